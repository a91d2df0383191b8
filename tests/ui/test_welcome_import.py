"""Welcome ▸ Import from TimelineJS or CSV… makes a new case from the file, saved where the user
says (by default in their documents folder, named after the file), and opens it; the case that
was open (on a first start, the bundled sample) is left as it was. File ▸ Import still adds to
the open case."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer import paths
from explorer.core.casefile import open_case
from explorer.core.interchange.csv_mapping import CsvKind, CsvOptions
from explorer.ui.dialogs.prompts import InterchangeDialogs
from explorer.ui.welcome.new_case_import import NewCaseQuestions, default_target, documents_folder

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(InterchangeDialogs, "info", classmethod(lambda cls, parent, title, text: messages.append((title, text))))
    monkeypatch.setattr(InterchangeDialogs, "error", classmethod(lambda cls, parent, title, text: messages.append((title, text))))
    return messages


def answer(monkeypatch: pytest.MonkeyPatch, source: Path, targets: list[Path]) -> list[Path]:
    """The file chosen, and the places given to the save dialog in turn; returns what it suggested."""
    suggested: list[Path] = []
    monkeypatch.setattr(NewCaseQuestions, "source_path", classmethod(lambda cls, parent: str(source)))

    def target(cls, parent, proposed: Path) -> str | None:
        suggested.append(proposed)
        return str(targets.pop(0)) if targets else None

    monkeypatch.setattr(NewCaseQuestions, "target_path", classmethod(target))
    return suggested


def choose_import(qtbot, main_window) -> None:
    page = main_window.help.show_welcome()  # deleted once closed: not handed to qtbot
    page.buttons["import"].click()


def timeline_file(folder: Path) -> Path:
    """A small TimelineJS file of our times (the timeline's cursor signal is 32-bit; see the report)."""
    events = ",".join(
        f'{{"start_date": {{"year": "2024", "month": "{month}"}}, "text": {{"headline": "Step {month}"}}}}' for month in range(1, 6))
    path = folder / "my-timeline.json"
    path.write_text(f'{{"title": {{"text": {{"headline": "Mine"}}}}, "events": [{events}]}}', encoding="utf-8")
    return path


def test_welcome_import_makes_a_new_case_and_leaves_the_open_one_alone(qtbot, main_window, said, monkeypatch, tmp_path) -> None:
    sample = main_window.store.db.path
    sample_events = main_window.store.event_count()
    target = tmp_path / "mine" / "world.case.db"
    target.parent.mkdir()
    suggested = answer(monkeypatch, timeline_file(tmp_path), [target])
    with qtbot.waitSignal(main_window.case_opened, timeout=10000):
        choose_import(qtbot, main_window)
    assert main_window.store.db.path.resolve() == target.resolve()
    assert main_window.store.event_count() == 5
    assert suggested[0].name == "my-timeline.case.db"
    assert not str(suggested[0].resolve()).startswith(str(paths.data_home().resolve()))
    assert said and said[-1][0] == "Import finished" and str(target) in said[-1][1]
    before = open_case(sample, readonly=True)
    try:
        assert before.event_count() == sample_events  # nothing merged into the sample
    finally:
        before.close()


def test_a_csv_is_read_through_the_mapping_dialog_into_the_new_case(qtbot, main_window, said, monkeypatch, tmp_path) -> None:
    target = tmp_path / "deals.case.db"
    answer(monkeypatch, FIXTURES / "csv" / "events-day-first.csv", [target])
    options = CsvOptions(kind=CsvKind.EVENTS, mapping={"title": "Headline", "start": "Date"}, day_first=True, guess=False)
    monkeypatch.setattr(InterchangeDialogs, "csv_options", classmethod(lambda cls, parent, path: options))
    with qtbot.waitSignal(main_window.case_opened, timeout=10000):
        choose_import(qtbot, main_window)
    assert main_window.store.db.path.resolve() == target.resolve()
    assert main_window.store.event_count() == 4
    assert main_window.store.title == "deals"  # a CSV has no title: the case is named after its file


def test_an_existing_file_is_never_replaced_or_merged_into(qtbot, main_window, said, monkeypatch, tmp_path) -> None:
    taken = tmp_path / "taken.case.db"
    taken.write_bytes(b"someone's file")
    fresh = tmp_path / "fresh.case.db"
    suggested = answer(monkeypatch, timeline_file(tmp_path), [taken, fresh])
    with qtbot.waitSignal(main_window.case_opened, timeout=10000):
        choose_import(qtbot, main_window)
    assert taken.read_bytes() == b"someone's file"
    assert ("Import", f"{taken} already exists. Choose a new name: a new case never replaces a file "
            "(File ▸ Import adds to the case that is open).") in said
    assert suggested[1].parent == tmp_path  # asked again, in the folder the user went to
    assert main_window.store.db.path.resolve() == fresh.resolve()


def test_a_bad_file_makes_no_case_and_keeps_the_open_one(qtbot, main_window, said, monkeypatch, tmp_path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"events": [{"start_date": {"year": "nope"}, "text": {"headline": "x"}}]}', encoding="utf-8")
    target = tmp_path / "broken.case.db"
    answer(monkeypatch, bad, [target])
    opened = main_window.store.db.path
    choose_import(qtbot, main_window)
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert said[-1][0] in ("Import failed", "Import") and not target.exists()
    assert not list(tmp_path.glob(".broken.case.db*"))  # no partial file left behind
    assert main_window.store.db.path == opened


def test_the_default_name_comes_from_the_file_and_never_clashes(tmp_path: Path) -> None:
    assert default_target(Path("/x/Scale AI events.csv"), tmp_path) == tmp_path / "Scale AI events.case.db"
    (tmp_path / "Scale AI events.case.db").write_bytes(b"")
    assert default_target(Path("/x/Scale AI events.csv"), tmp_path) == tmp_path / "Scale AI events 2.case.db"
    assert default_target(Path("/x/old.case.json"), tmp_path).name == "old.case.db"
    folder = documents_folder()
    assert folder.is_dir() and not str(folder.resolve()).startswith(str(paths.data_home().resolve()))
