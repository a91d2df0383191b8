"""File ▸ Open on a TimelineJS file or another program's database: the message says in plain words
what the file is, and for a file Import reads, to use File ▸ Import; the open case stays."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from explorer.ui.main_window import MainWindow
from explorer.ui.messages import Dialogs

TIMELINE = Path(__file__).resolve().parent.parent / "fixtures" / "timelinejs" / "world-history.json"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(Dialogs, "error", classmethod(lambda cls, parent, title, message: messages.append(message)))
    monkeypatch.setattr(MainWindow, "OPEN_BUSY_TIMEOUT_S", 0.5)
    return messages


def test_opening_a_timelinejs_file_points_to_file_import(shown: list[str], main_window, tmp_path: Path) -> None:
    path = tmp_path / "world-history.json"
    path.write_bytes(TIMELINE.read_bytes())
    rows = main_window.event_table.model().rowCount()
    assert main_window.open_case_file(path) is False
    assert shown == [f"The case could not be opened.\n\n{path}: is a TimelineJS file, not a case file: use File ▸ Import "
                     "to bring it into a case (or `case-explorer import world-history.json --into world-history.case.db`)"]
    assert main_window.event_table.model().rowCount() == rows


def test_opening_another_program_s_database_says_so_plainly(shown: list[str], main_window, tmp_path: Path) -> None:
    path = tmp_path / "photos.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE album (id INTEGER PRIMARY KEY); CREATE TABLE photo (id INTEGER PRIMARY KEY);")
    conn.close()
    assert main_window.open_case_file(path) is False
    assert shown == [f"The case could not be opened.\n\n{path}: is a SQLite database made by another program, "
                     "not a Case Explorer case (it holds 2 tables)"]
    assert "application_id" not in shown[0] and "0x" not in shown[0]
