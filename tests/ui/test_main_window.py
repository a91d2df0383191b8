"""The first window: case title, event table linked to the detail pane, opening other cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.ui.messages import Dialogs
from tests.conftest import BUNDLED_JSON


def _bundled_events() -> list[dict]:
    return json.loads(BUNDLED_JSON.read_text(encoding="utf-8"))["events"]


def test_window_shows_case_title_and_every_event(main_window) -> None:
    assert main_window.windowTitle().startswith("Scale AI, Meta and the question of data neutrality (2025)")
    assert main_window.event_table.model().rowCount() == len(_bundled_events())
    assert "13 events" in main_window.status_case.text()


def test_selecting_a_row_fills_the_detail_pane(qtbot, main_window) -> None:
    table = main_window.event_table
    model = table.model()
    target_row = next(r for r in range(model.rowCount()) if model.event_at(r).uid == "ev-openai-confirms-wind-down")
    with qtbot.waitSignal(table.event_selected, timeout=2000) as blocker:
        table.selectRow(target_row)
    assert blocker.args == ["ev-openai-confirms-wind-down"]
    text = main_window.detail.text()
    assert "OpenAI confirms it is winding down work with Scale" in text
    assert "18 June 2025" in text
    assert "CONFIRMED" in text
    assert "Who: OpenAI" in text
    assert "Bloomberg" in text  # a cited source


def test_keyboard_moves_the_selection(qtbot, main_window) -> None:
    table = main_window.event_table
    table.setFocus()
    table.selectRow(0)
    first = main_window.detail.event_uid
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert main_window.detail.event_uid not in (None, first)


def test_detail_pane_shows_both_clocks_and_precision(qtbot, main_window) -> None:
    main_window.detail.show_event("ev-openai-gradual-reduction")
    text = main_window.detail.text()
    assert "Became public: 18 June 2025" in text
    assert "2024 – June 2025" in text  # the span at its real precision, no invented day


def test_detail_pane_renders_markdown_html_as_text(qtbot, main_window) -> None:
    from explorer.core import dates
    from explorer.core.models import Event

    body = "<img src='http://example.com/x.png'> <script>x</script> **fine**"
    main_window.store.put_event(Event("hostile", "<b>bold?</b>", dates.parse("2025"), body=body))
    main_window.detail.show_event("hostile")
    text = main_window.detail.text()
    assert "<b>bold?</b>" in text  # shown literally, not as markup
    assert "<script>x</script>" in text
    assert "fine" in text and "**fine**" not in text  # Markdown itself still renders


def test_opening_a_bad_file_names_the_problem_and_keeps_the_case(qtbot, main_window, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(Dialogs, "error", classmethod(lambda cls, parent, title, message: shown.append(message)))
    text_file = tmp_path / "notes.txt"
    text_file.write_text("just some notes\n")
    before = text_file.read_bytes()
    assert main_window.open_case_file(text_file) is False
    assert len(shown) == 1 and "text file" in shown[0] and str(text_file) in shown[0]
    assert text_file.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "scale.case.db"]
    assert main_window.event_table.model().rowCount() == len(_bundled_events())  # still showing the open case


def test_opening_another_case_replaces_the_view(qtbot, main_window, tmp_path: Path) -> None:
    from explorer.core.casefile import new_case

    other = tmp_path / "empty.case.db"
    new_case(other, "An empty case")
    assert main_window.open_case_file(other) is True
    assert main_window.windowTitle().startswith("An empty case")
    assert main_window.event_table.model().rowCount() == 0
    assert "0 events" in main_window.status_case.text()


def test_open_recent_names_each_case_with_its_folder_and_opens_it(qtbot, main_window, tmp_path: Path) -> None:
    from explorer.core.casefile import new_case

    other = tmp_path / "empty.case.db"
    new_case(other, "An empty case")
    assert main_window.open_case_file(other) is True
    main_window.recent_menu.aboutToShow.emit()
    texts = [action.text() for action in main_window.recent_menu.actions()]
    assert texts[0] == f"empty.case.db  —  {tmp_path}"  # the latest first, with its folder
    assert any(text.startswith("scale.case.db  —  ") for text in texts[1:])
    next(a for a in main_window.recent_menu.actions() if a.text().startswith("scale.case.db")).trigger()
    assert main_window.store.db.path.name == "scale.case.db"


def test_read_only_file_opens_read_only(qtbot, bundled_case: Path) -> None:
    from explorer.core.casefile import open_case
    from explorer.ui.main_window import MainWindow

    bundled_case.chmod(0o444)
    window = MainWindow(open_case(bundled_case))
    qtbot.addWidget(window)
    assert "[read-only]" in window.windowTitle()
    assert "read-only" in window.status_case.text()


def test_screenshot_of_the_main_window(qtbot, main_window, screenshot_dir: Path) -> None:
    main_window.event_table.selectRow(2)
    qtbot.waitUntil(lambda: main_window.detail.event_uid is not None)
    image = main_window.grab()
    assert image.save(str(screenshot_dir / "main-window.png"))
    assert image.width() >= 1000 and image.height() >= 600


def test_an_empty_case_opens_on_today_in_the_timeline_and_the_graph(qtbot, main_window, tmp_path: Path) -> None:
    import time

    from explorer.core.casefile import new_case

    empty = tmp_path / "new.case.db"
    new_case(empty)
    assert main_window.open_case_file(empty) is True
    now = time.time()
    x0, x1 = main_window.timeline.visible_range()
    assert x0 < now < x1
    assert abs(main_window.timeline.cursor_seconds() - now) < 2 * 86_400
    assert abs(main_window.relationships_controller.panel.shown_seconds() - now) < 2 * 86_400


def test_save_a_copy_writes_the_case_and_the_note_being_typed_and_stays_here(qtbot, main_window, tmp_path: Path,
                                                                              monkeypatch) -> None:
    from explorer.core.casefile import open_case
    from explorer.ui.messages import Dialogs

    target = tmp_path / "for class.case.db"
    monkeypatch.setattr(Dialogs, "copy_case_path", classmethod(lambda cls, parent, suggested: str(target)))
    main_window.notes.panel.new_note()
    qtbot.keyClicks(main_window.notes.panel.editor.text_edit, "Typed just now")
    main_window.copy_action.trigger()
    copy = open_case(target)
    try:
        assert any("Typed just now" in note.body for note in copy.notes())
        assert copy.counts()["event"] == main_window.store.counts()["event"]
    finally:
        copy.close()
    assert main_window.store.db.path.name == "scale.case.db" and "for class.case.db" in main_window.statusBar().currentMessage()


def test_an_empty_case_says_how_to_add_the_first_event_and_the_hint_goes_with_it(qtbot, main_window, tmp_path: Path) -> None:
    from explorer.core import dates, undo
    from explorer.core.casefile import new_case
    from explorer.core.models import Event

    empty = tmp_path / "new.case.db"
    new_case(empty)
    assert main_window.open_case_file(empty) is True
    hint = main_window.timeline.empty_hint
    qtbot.waitUntil(hint.isVisible)
    assert "no events yet" in hint.text() and "Ctrl+E" in hint.text()
    lanes = main_window.timeline.graphics.mapFromScene(main_window.timeline.viewbox.sceneBoundingRect()).boundingRect()
    assert lanes.contains(hint.geometry().center())
    event = Event(uid="first", title="The first event", start=dates.parse("2025-06-12"))
    main_window.run(undo.put(main_window.store, event))
    assert not hint.isVisible()
    main_window.undo()
    assert hint.isVisible()


def test_an_import_into_an_empty_case_shows_what_came_in(qtbot, main_window, tmp_path: Path) -> None:
    from explorer.core import dates
    from explorer.core.casefile import import_into, new_case

    empty = tmp_path / "new.case.db"
    new_case(empty)
    assert main_window.open_case_file(empty) is True
    timeline = tmp_path / "history.json"
    timeline.write_text(json.dumps({"events": [
        {"start_date": {"year": 1969, "month": 7, "day": 20}, "text": {"headline": "Moon landing"}},
        {"start_date": {"year": 1971}, "text": {"headline": "Microprocessor"}},
    ]}), encoding="utf-8")
    x0, x1 = main_window.timeline.visible_range()
    assert x0 > dates.start_seconds(dates.parse("1972-01-01"))  # the empty case's view is on today
    import_into(timeline, empty)
    main_window._after_import()
    x0, x1 = main_window.timeline.visible_range()
    assert x0 <= dates.start_seconds(dates.parse("1969-07-20")) and x1 >= dates.start_seconds(dates.parse("1971-01-01"))
    # and the time cursor left "today" for the events, with the relationship panel following it
    cursor = main_window.timeline.cursor_seconds()
    assert dates.start_seconds(dates.parse("1969-07-20")) <= cursor <= dates.end_seconds(dates.parse("1971"))
    assert main_window.relationships_controller.panel.seconds == cursor


def test_an_import_that_adds_events_shows_them_and_one_that_adds_none_keeps_the_view(qtbot, main_window, tmp_path: Path,
                                                                                        bundled_case: Path) -> None:
    from explorer.core import dates
    from explorer.core.casefile import import_into

    source = tmp_path / "history.json"
    source.write_text(json.dumps({"events": [{"start_date": {"year": 1969, "month": 7, "day": 20}, "text": {"headline": "Moon"}}]}),
                      encoding="utf-8")
    view = main_window.timeline
    june = (dates.start_seconds(dates.parse("2025-06-01")), dates.end_seconds(dates.parse("2025-06-30")))
    view.set_visible_range(*june)
    import_into(source, bundled_case)
    main_window._after_import()
    x0, x1 = view.visible_range()
    assert x0 <= dates.start_seconds(dates.parse("1969-07-20")) and x1 >= june[1]  # the new event and the rest
    view.set_visible_range(*june)
    import_into(source, bundled_case)  # the same file again: merged, nothing new
    main_window._after_import()
    assert view.visible_range() == pytest.approx(june)  # the reader's place in the case is kept


def test_a_case_opened_again_shows_where_the_reader_left_it(qtbot, bundled_case: Path, tmp_path: Path) -> None:
    from explorer.core import dates
    from explorer.core.casefile import new_case, open_case
    from explorer.ui.main_window import MainWindow

    def opened(path: Path) -> MainWindow:
        window = MainWindow(open_case(path))
        qtbot.addWidget(window)
        window.resize(1400, 860)
        window.show()
        qtbot.waitExposed(window)
        return window

    first = opened(bundled_case)
    start_view = first.timeline.visible_range()
    left_at = (dates.start_seconds(dates.parse("2024-01-01")), dates.end_seconds(dates.parse("2024-12-31")))
    assert start_view != pytest.approx(left_at)
    first.timeline.set_visible_range(*left_at)
    first.timeline.set_cursor(dates.start_seconds(dates.parse("2024-06-18")))
    other = tmp_path / "other.case.db"
    new_case(other)
    assert first.open_case_file(other)  # leaving the case for another remembers where it was
    assert first.timeline.visible_range() != pytest.approx(left_at)
    assert first.open_case_file(bundled_case)
    assert first.timeline.visible_range() == pytest.approx(left_at)
    first.timeline.set_cursor(dates.start_seconds(dates.parse("2024-07-01")))
    first.close()  # closing remembers too
    again = opened(bundled_case)
    assert again.timeline.visible_range() == pytest.approx(left_at)
    assert again.timeline.cursor_seconds() == dates.start_seconds(dates.parse("2024-07-01"))
    again.remember_layout = False
    again.close()


def test_lanes_chosen_in_a_case_stay_with_that_case(qtbot, main_window, tmp_path: Path, bundled_case: Path) -> None:
    """A new user switched one case to lanes by category, and every case opened that way since."""
    from PySide6.QtCore import QSettings

    from explorer.core.casefile import new_case
    from explorer.core.timeline_index import LaneMode
    from explorer.ui.settings import LANES_KEY

    main_window.set_lane_mode(LaneMode.CATEGORY)
    assert main_window.timeline.lane_mode == LaneMode.CATEGORY
    assert QSettings().value(LANES_KEY) is None  # Preferences' default lanes are untouched
    other = tmp_path / "other.case.db"
    new_case(other)
    assert main_window.open_case_file(other)
    assert main_window.timeline.lane_mode == LaneMode.ENTITY  # the default, for a case with no choice
    assert main_window.open_case_file(bundled_case)
    assert main_window.timeline.lane_mode == LaneMode.CATEGORY
