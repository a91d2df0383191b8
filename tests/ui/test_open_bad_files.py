"""File ▸ Open on every kind of bad file: a message naming the problem, the open case kept,
nothing changed on disk; read-only files open read-only."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.ui.main_window import MainWindow
from explorer.ui.messages import Dialogs
from tests.reliability.bad_files import READONLY, UNOPENABLE, BadFile, prepare, snapshot


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "work"
    path.mkdir()
    return path


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(Dialogs, "error", classmethod(lambda cls, parent, title, message: messages.append(message)))
    monkeypatch.setattr(MainWindow, "OPEN_BUSY_TIMEOUT_S", 0.5)
    return messages


@pytest.mark.parametrize("bad", UNOPENABLE, ids=lambda bad: bad.name)
def test_bad_file_is_refused_with_its_problem_named(
    bad: BadFile, shown: list[str], main_window, folder: Path, bundled_case_template: Path
) -> None:
    rows = main_window.event_table.model().rowCount()
    with prepare(bad, folder, bundled_case_template) as path:
        before = snapshot(folder)
        assert main_window.open_case_file(path) is False
        after = snapshot(folder)
    assert len(shown) == 1
    for word in bad.words:
        assert word.lower() in shown[0].lower(), f"{word!r} not in {shown[0]!r}"
    assert str(path) in shown[0]
    assert before == after, "opening a bad file changed the disk"
    assert main_window.event_table.model().rowCount() == rows  # the open case is still shown


@pytest.mark.parametrize("bad", READONLY, ids=lambda bad: bad.name)
def test_read_only_file_opens_read_only(bad: BadFile, shown: list[str], main_window, folder: Path, bundled_case_template: Path) -> None:
    with prepare(bad, folder, bundled_case_template) as path:
        before = snapshot(folder)
        assert main_window.open_case_file(path) is True
        assert "[read-only]" in main_window.windowTitle()
        assert "read-only" in main_window.status_case.text()
        main_window.store.close()  # release the file before looking at it again
        after = snapshot(folder)
    assert shown == []
    assert before == after
