"""The search panel: results as you type, hostile text, keyboard choice, stale pages, filters, looks."""

from __future__ import annotations

import math
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QListWidget

from explorer.core import search as search_module
from explorer.core.changes import Changed, Changes
from explorer.core.dates import parse
from explorer.core.filters import EventFilter
from explorer.core.models import Certainty, Entity, EntityKind, Event, Participant
from explorer.core.search import MARK_START, HitKind
from explorer.core.store import CaseStore
from explorer.ui.search import SearchPanel
from explorer.ui.search.delegate import MARK_COLORS, _mark_in_view
from explorer.ui.search.model import SearchResultsModel
from explorer.ui.search.wording import HINT, NO_RESULTS, PLACEHOLDER
from explorer.ui.search.worker import SearchPage, SearchWorker, first_page_ms

WAIT_MS = 5000


@pytest.fixture
def panel(qtbot, bundled_store: CaseStore) -> Iterator[SearchPanel]:
    widget = SearchPanel(bundled_store)
    qtbot.addWidget(widget)
    widget.resize(420, 760)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()


def _type(qtbot, panel: SearchPanel, text: str) -> None:
    """Type into the box as a user would and wait for the newest page."""
    panel.search_edit.clear()
    qtbot.keyClicks(panel.search_edit, text)
    qtbot.waitUntil(lambda: not panel.pending, timeout=WAIT_MS)


def _rows(panel: SearchPanel) -> list[tuple[HitKind, str]]:
    model = panel.results_model
    return [(model.hit_at(r).kind, model.hit_at(r).uid) for r in range(model.rowCount())]


# --- results as you type --------------------------------------------------------------------------


def test_the_box_says_what_it_searches(panel: SearchPanel) -> None:
    assert panel.search_edit.placeholderText() == PLACEHOLDER
    assert panel.search_edit.isClearButtonEnabled()
    assert panel.search_edit.accessibleName() == "Search"
    assert panel.results.accessibleName()
    assert panel.count_label.text() == HINT
    assert panel.worker.threaded  # a case file: searched on its own reader thread


def test_typing_shows_results_with_marked_snippets(qtbot, panel: SearchPanel) -> None:
    _type(qtbot, panel, "neutral")
    rows = _rows(panel)
    assert (HitKind.EVENT, "ev-neutral-providers-surge") in rows
    assert (HitKind.NOTE, "note-neutrality-trust") in rows
    model = panel.results_model
    for row in range(model.rowCount()):
        assert MARK_START in model.data(model.index(row), SearchResultsModel.SnippetRole)
        spoken = model.data(model.index(row), Qt.ItemDataRole.AccessibleTextRole)
        assert MARK_START not in spoken and spoken.split(":")[0] in ("Event", "Note")
    assert "event" in panel.count_label.text() and "note" in panel.count_label.text()
    assert panel.results.currentIndex().row() == 0  # Enter would choose the first hit


def test_every_keystroke_updates_the_results(qtbot, panel: SearchPanel) -> None:
    _type(qtbot, panel, "wan")
    assert (HitKind.ENTITY, "alexandr-wang") in _rows(panel)
    qtbot.keyClicks(panel.search_edit, "gx")
    qtbot.waitUntil(lambda: not panel.pending, timeout=WAIT_MS)
    assert _rows(panel) == []
    assert panel.count_label.text().startswith(NO_RESULTS)
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not panel.pending and panel.results_model.rowCount() > 0, timeout=WAIT_MS)
    assert _rows(panel)[0] == (HitKind.ENTITY, "alexandr-wang")


HOSTILE = ['"', "AND", "c++", "e-mail", "foo:bar", "*", "\x00", "", "NEAR(", "'); DROP TABLE event; --", "🙂", "x" * 5000]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:12]))
def test_hostile_text_never_raises(qtbot, panel: SearchPanel, bundled_store: CaseStore, text: str) -> None:
    events = bundled_store.event_count()
    _type(qtbot, panel, "neutral")
    panel.set_text(text)  # setText: keyClicks cannot type NUL
    qtbot.waitUntil(lambda: not panel.pending, timeout=WAIT_MS)
    label = panel.count_label.text()
    if panel.results_model.rowCount():
        assert any(noun in label for noun in ("event", "entit", "note"))
    elif search_module.match_expression(text) is None:
        assert label in (HINT, f"{NO_RESULTS} for “{' '.join(text.split())[:80]}”")
    else:
        assert label.startswith(NO_RESULTS)
    assert bundled_store.event_count() == events


def test_typed_hostile_text_gives_results_or_no_results(qtbot, panel: SearchPanel) -> None:
    for text in ('"', "AND", "c++", "e-mail", "foo:bar", "*"):
        _type(qtbot, panel, text)
        label = panel.count_label.text()
        assert label.startswith(NO_RESULTS) or panel.results_model.rowCount() > 0, (text, label)
    _type(qtbot, panel, "scale-ai")
    assert panel.results_model.rowCount() > 0  # "scale" "ai"*: words, never FTS5's minus operator


def test_in_memory_cases_search_on_the_main_connection(qtbot) -> None:
    store = CaseStore.in_memory()
    store.put_event(Event("kiwi", "The kiwi deal", parse("2025")))
    widget = SearchPanel(store)
    qtbot.addWidget(widget)
    assert not widget.worker.threaded
    qtbot.keyClicks(widget.search_edit, "kiw")
    assert _rows(widget) == [(HitKind.EVENT, "kiwi")]  # at once: no thread, no waiting
    widget.shutdown()
    store.close()


def test_case_text_that_looks_like_html_stays_text(qtbot) -> None:
    store = CaseStore.in_memory()
    store.put_entity(Entity("evil", EntityKind.COMPANY, "<b>Bold</b> & <img src=x> Corp"))
    store.put_event(Event("ev", "<script>kiwi</script>", parse("2025"), body="<i>kiwi</i> body"))
    widget = SearchPanel(store)
    qtbot.addWidget(widget)
    widget.set_text("kiwi")
    model = widget.results_model
    tooltip = model.data(model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;script&gt;kiwi&lt;/script&gt;" in tooltip and "<script>" not in tooltip
    assert model.data(model.index(0), Qt.ItemDataRole.DisplayRole) == "<script>kiwi</script>"  # painted as plain text
    entity_item = widget.filter_box.entities.list.item(0)
    assert entity_item.text() == "<b>Bold</b> & <img src=x> Corp"
    assert "&lt;b&gt;" in entity_item.toolTip()
    widget.results.viewport().grab()  # paints without trouble
    widget.shutdown()
    store.close()


def test_a_failing_search_shows_no_results_and_the_next_one_works(qtbot, panel: SearchPanel, monkeypatch, caplog) -> None:
    real_search = search_module.search

    def broken_once(conn, text, *args, **kwargs):
        if text == "meta":
            raise sqlite3.DatabaseError("database disk image is malformed")
        return real_search(conn, text, *args, **kwargs)

    monkeypatch.setattr(search_module, "search", broken_once)
    _type(qtbot, panel, "meta")
    assert _rows(panel) == [] and panel.count_label.text().startswith(NO_RESULTS)
    assert "search for 'meta' failed" in caplog.text
    _type(qtbot, panel, "wang")
    assert (HitKind.ENTITY, "alexandr-wang") in _rows(panel)  # the reader thread lives on


# --- choosing with the keyboard and the mouse -------------------------------------------------------


def test_down_enters_the_list_and_return_chooses_the_event(qtbot, panel: SearchPanel) -> None:
    _type(qtbot, panel, "neutral")
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Down)
    assert panel.results.hasFocus()
    qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    second = panel.results_model.hit_at(1)
    assert second.kind is HitKind.EVENT
    with qtbot.waitSignal(panel.event_chosen, timeout=WAIT_MS) as chosen:
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert chosen.args == [second.uid]


def test_up_at_the_top_returns_to_the_box(qtbot, panel: SearchPanel) -> None:
    _type(qtbot, panel, "neutral")
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    qtbot.keyClick(panel.results, Qt.Key.Key_Up)
    assert panel.results.hasFocus()  # row 1 -> row 0 stays in the list
    qtbot.keyClick(panel.results, Qt.Key.Key_Up)
    assert panel.search_edit.hasFocus()


def test_return_in_the_box_chooses_the_first_hit_by_its_kind(qtbot, panel: SearchPanel) -> None:
    _type(qtbot, panel, "wang")
    assert panel.results_model.hit_at(0).kind is HitKind.ENTITY
    with qtbot.waitSignal(panel.entity_chosen, timeout=WAIT_MS) as chosen:
        qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    assert chosen.args == ["alexandr-wang"]


def test_double_click_chooses_a_note(qtbot, panel: SearchPanel) -> None:
    _type(qtbot, panel, "neutrality trust")
    row = next(r for r, (kind, _) in enumerate(_rows(panel)) if kind is HitKind.NOTE)
    rect = panel.results.visualRect(panel.results_model.index(row))
    qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current_hit() == panel.results_model.hit_at(row)
    with qtbot.waitSignal(panel.note_chosen, timeout=WAIT_MS) as chosen:
        qtbot.mouseDClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args == [panel.results_model.hit_at(row).uid]


def test_escape_clears_the_box_and_focus_search_selects_its_text(qtbot, panel: SearchPanel) -> None:
    _type(qtbot, panel, "meta")
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Escape)
    assert panel.text() == ""
    qtbot.waitUntil(lambda: not panel.pending, timeout=WAIT_MS)
    assert panel.results_model.rowCount() == 0 and panel.count_label.text() == HINT
    panel.set_text("scale")
    panel.results.setFocus()
    panel.focus_search()
    assert panel.search_edit.hasFocus()
    assert panel.search_edit.selectedText() == "scale"


# --- stale queries ------------------------------------------------------------------------------------


def test_a_slow_stale_query_never_replaces_a_newer_one(qtbot, panel: SearchPanel, monkeypatch) -> None:
    real_search = search_module.search
    started, release = threading.Event(), threading.Event()

    def slow_for_neutral(conn, text, *args, **kwargs):
        if text == "neutral":
            started.set()
            release.wait(WAIT_MS / 1000)  # a query that is slow in Python, where no interrupt reaches
        return real_search(conn, text, *args, **kwargs)

    monkeypatch.setattr(search_module, "search", slow_for_neutral)
    delivered: list[str] = []
    panel.worker.page_ready.connect(lambda page: delivered.append(page.text))
    panel.set_text("neutral")
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    panel.set_text("wang")
    release.set()
    qtbot.waitUntil(lambda: not panel.pending, timeout=WAIT_MS)
    assert panel.text() == "wang"
    assert (HitKind.ENTITY, "alexandr-wang") in _rows(panel)
    qtbot.wait(50)  # let anything still queued arrive: it must not replace the newer page
    assert delivered == ["wang"]
    assert (HitKind.ENTITY, "alexandr-wang") in _rows(panel)


def test_a_new_keystroke_interrupts_the_running_statement(qtbot, panel: SearchPanel, monkeypatch) -> None:
    real_search = search_module.search
    started = threading.Event()
    interrupted: list[str] = []

    def endless_for_neutral(conn, text, *args, **kwargs):
        if text == "neutral":
            started.set()
            try:  # counts for ever unless the reader is interrupted
                conn.execute("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n").fetchone()
            except sqlite3.OperationalError as exc:
                interrupted.append(str(exc))
            return []
        return real_search(conn, text, *args, **kwargs)

    monkeypatch.setattr(search_module, "search", endless_for_neutral)
    panel.set_text("neutral")
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    panel.set_text("wang")
    qtbot.waitUntil(lambda: not panel.pending, timeout=WAIT_MS)
    assert interrupted == ["interrupted"]
    assert (HitKind.ENTITY, "alexandr-wang") in _rows(panel)


def test_a_page_of_an_older_generation_is_ignored(qtbot, panel: SearchPanel) -> None:
    _type(qtbot, panel, "wang")
    before = _rows(panel)
    stale = SearchPage(panel.worker.generation - 1, "neutral", (search_module.SearchHit(HitKind.NOTE, "x", "Stale", ""),))
    panel.worker.page_ready.emit(stale)
    assert _rows(panel) == before


def test_first_page_ms_measures_the_worker_path(bundled_case: Path, qapp) -> None:
    ms = first_page_ms(bundled_case, "neutral")
    assert 0 < ms < WAIT_MS and math.isfinite(ms)


def test_the_worker_closes_its_reader(bundled_store: CaseStore, qapp) -> None:
    worker = SearchWorker(bundled_store)
    reader_thread = worker._thread
    worker.close()
    assert not reader_thread._thread.is_alive()
    with pytest.raises(sqlite3.ProgrammingError):
        reader_thread._reader.conn.execute("SELECT 1")


# --- filters --------------------------------------------------------------------------------------


def _toggle(qtbot, checklist_list: QListWidget, label: str) -> None:
    """Toggle one choice with the keyboard, as a user would: move to it and press Space."""
    row = next(r for r in range(checklist_list.count()) if checklist_list.item(r).text() == label)
    checklist_list.setFocus()
    checklist_list.setCurrentRow(row)
    qtbot.keyClick(checklist_list, Qt.Key.Key_Space)


def test_filters_produce_event_filter_values(qtbot, panel: SearchPanel) -> None:
    panel.filters_button.click()
    box = panel.filter_box
    assert box.isVisible() and panel.event_filter() == EventFilter()
    with qtbot.waitSignal(panel.filter_changed, timeout=WAIT_MS) as changed:
        _toggle(qtbot, box.entities.list, "OpenAI")
    everyone_but_openai = frozenset(e.uid for e in panel.store.entities()) - {"openai"}
    assert changed.args == [EventFilter(entities=everyone_but_openai)]
    assert panel.filters_button.text() == "Filters · 1 on"
    with qtbot.waitSignal(panel.filter_changed, timeout=WAIT_MS) as changed:
        _toggle(qtbot, box.certainties.list, "Rumoured")
    assert changed.args[0].certainties == frozenset(Certainty) - {Certainty.RUMORED}
    qtbot.waitUntil(lambda: box.categories.list.count() > 0, timeout=WAIT_MS)  # read on the worker thread
    with qtbot.waitSignal(panel.filter_changed, timeout=WAIT_MS) as changed:
        qtbot.mouseClick(box.categories.none_button, Qt.MouseButton.LeftButton)
    assert changed.args[0].categories == frozenset()
    with qtbot.waitSignal(panel.filter_changed, timeout=WAIT_MS) as changed:
        _toggle(qtbot, box.categories.list, "deal")
    assert changed.args[0].categories == frozenset({"deal"})
    with qtbot.waitSignal(panel.filter_changed, timeout=WAIT_MS) as changed:
        qtbot.mouseClick(box.hide_button, Qt.MouseButton.LeftButton)
    assert changed.args[0] == EventFilter(everyone_but_openai, frozenset({"deal"}), frozenset(Certainty) - {Certainty.RUMORED}, hide=True)
    with qtbot.waitSignal(panel.filter_changed, timeout=WAIT_MS) as changed:
        qtbot.mouseClick(panel.clear_filters_button, Qt.MouseButton.LeftButton)
    assert changed.args == [EventFilter(hide=True)]
    assert panel.filters_button.text() == "Filters" and not panel.clear_filters_button.isVisible()


def test_checking_every_choice_again_means_no_filter(qtbot, panel: SearchPanel) -> None:
    panel.show_filters()
    with qtbot.waitSignal(panel.filter_changed, timeout=WAIT_MS):
        _toggle(qtbot, panel.filter_box.certainties.list, "Denied")
    with qtbot.waitSignal(panel.filter_changed, timeout=WAIT_MS) as changed:
        _toggle(qtbot, panel.filter_box.certainties.list, "Denied")
    assert changed.args == [EventFilter()]
    with qtbot.assertNotEmitted(panel.filter_changed):
        qtbot.mouseClick(panel.filter_box.entities.all_button, Qt.MouseButton.LeftButton)  # already all: no change


def test_the_entity_list_can_be_narrowed_by_typing(qtbot, panel: SearchPanel) -> None:
    panel.show_filters()
    entities = panel.filter_box.entities
    qtbot.keyClicks(entities.find_edit, "ai")
    shown = [entities.list.item(r).text() for r in range(entities.list.count()) if not entities.list.item(r).isHidden()]
    assert shown == ["OpenAI", "Scale AI", "xAI"]


def test_search_results_outside_the_filters_are_dimmed_or_hidden(qtbot, panel: SearchPanel) -> None:
    _type(qtbot, panel, "neutral")
    events = [uid for kind, uid in _rows(panel) if kind is HitKind.EVENT]
    assert len(events) >= 2
    only_first = EventFilter(certainties=frozenset({panel.store.event(events[0]).certainty}))
    assert not all(only_first.matches(panel.store.event(uid)) for uid in events), "the test needs an event outside the filter"
    with qtbot.waitSignal(panel.filter_changed, timeout=WAIT_MS):
        panel.set_event_filter(only_first)
    model = panel.results_model
    dimmed = {model.hit_at(r).uid for r in range(model.rowCount()) if model.data(model.index(r), SearchResultsModel.DimmedRole)}
    assert dimmed == {uid for uid in events if not only_first.matches(panel.store.event(uid))}
    assert all("outside the filters" in model.data(model.index(r), Qt.ItemDataRole.AccessibleTextRole)
               for r in range(model.rowCount()) if model.hit_at(r).uid in dimmed)
    panel.set_event_filter(only_first.with_hide(True))
    assert not dimmed & {uid for _, uid in _rows(panel)}
    assert f"{len(dimmed)} hidden by filters" in panel.count_label.text()
    assert (HitKind.NOTE, "note-neutrality-trust") in _rows(panel)  # notes are never filtered out


# --- following the case -----------------------------------------------------------------------------


def test_refresh_runs_the_search_again_after_an_edit(qtbot, panel: SearchPanel, bundled_store: CaseStore) -> None:
    _type(qtbot, panel, "platypus")
    assert _rows(panel) == []
    bundled_store.put_entity(Entity("platy", EntityKind.COMPANY, "Platypus Labs"))
    changes = bundled_store.put_event(Event("ev-platypus", "Platypus Labs is founded", parse("2025-07"),
                                            category="platypus-category", participants=(Participant("platy"),)))
    panel.refresh(changes | Changes.of(Changed.ENTITIES, "platy"))
    qtbot.waitUntil(lambda: not panel.pending and len(_rows(panel)) == 2, timeout=WAIT_MS)
    assert set(_rows(panel)) == {(HitKind.ENTITY, "platy"), (HitKind.EVENT, "ev-platypus")}
    assert "platy" in panel.filter_box.entities.values()
    qtbot.waitUntil(lambda: "platypus-category" in panel.filter_box.categories.values(), timeout=WAIT_MS)


def test_set_store_searches_the_new_case_with_cleared_filters(qtbot, panel: SearchPanel) -> None:
    panel.set_event_filter(EventFilter(entities=frozenset({"openai"}), hide=True))
    _type(qtbot, panel, "kiwi")
    other = CaseStore.in_memory()
    other.put_entity(Entity("kiwi-co", EntityKind.COMPANY, "Kiwi Co"))
    other.put_event(Event("kiwi", "The kiwi deal", parse("2025"), category="fruit"))
    old_worker = panel.worker
    with qtbot.waitSignal(panel.filter_changed, timeout=WAIT_MS) as changed:
        panel.set_store(other)
    assert changed.args == [EventFilter(hide=True)]
    assert old_worker._thread is None  # closed
    assert set(_rows(panel)) == {(HitKind.ENTITY, "kiwi-co"), (HitKind.EVENT, "kiwi")}
    assert panel.filter_box.entities.values() == ["kiwi-co"]
    assert panel.filter_box.categories.values() == ["fruit"]
    panel.shutdown()
    other.close()


# --- the model and the looks -------------------------------------------------------------------------


def test_results_model_passes_qt_model_tester(qtmodeltester, bundled_store: CaseStore) -> None:
    model = SearchResultsModel()
    hits = search_module.search(bundled_store.conn, "meta")
    model.set_rows([(hit, i % 2 == 1) for i, hit in enumerate(hits)])
    assert model.rowCount() == len(hits) > 3
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)


def _count_color(image: QImage, color: QColor, tolerance: int = 6) -> int:
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if abs(pixel.red() - color.red()) + abs(pixel.green() - color.green()) + abs(pixel.blue() - color.blue()) <= tolerance:
                count += 1
    return count


def test_matched_words_are_painted_on_a_highlight(qtbot, panel: SearchPanel) -> None:
    panel.set_text("zzzznothing")
    qtbot.waitUntil(lambda: not panel.pending, timeout=WAIT_MS)
    assert _count_color(panel.results.viewport().grab().toImage(), QColor(MARK_COLORS[0])) == 0
    _type(qtbot, panel, "neutral")
    assert _count_color(panel.results.viewport().grab().toImage(), QColor(MARK_COLORS[0])) > 20


def test_a_match_late_in_a_long_snippet_is_brought_into_view(qapp) -> None:
    font = QApplication.font()
    early = [("Kiwi", True), (" and then " + "many more words " * 20, False)]
    assert _mark_in_view(early, font, 200, 2) == early
    late = [("words " * 40, False), ("kiwi", True), (" at last", False)]
    shown = _mark_in_view(late, font, 200, 2)
    assert shown[0] == ("…", False) and ("kiwi", True) in shown
    text = "".join(piece for piece, _ in shown)
    assert text.index("kiwi") <= 40 and text.startswith("…words ")  # a little context, cut at a word


def test_a_dark_palette_uses_the_dark_highlight(qtbot, panel: SearchPanel) -> None:
    dark = QPalette(QApplication.palette())
    for role, color in ((QPalette.ColorRole.Base, "#1e1f22"), (QPalette.ColorRole.Window, "#2b2d30"),
                        (QPalette.ColorRole.Text, "#dfe1e5"), (QPalette.ColorRole.WindowText, "#dfe1e5")):
        dark.setColor(role, QColor(color))
    panel.setPalette(dark)
    _type(qtbot, panel, "neutral")
    image = panel.results.viewport().grab().toImage()
    assert _count_color(image, QColor(MARK_COLORS[1])) > 20
    assert _count_color(image, QColor(MARK_COLORS[0])) == 0
    assert image.pixelColor(QPoint(image.width() - 5, image.height() - 5)).lightness() < 80  # dark empty space
