"""The notes editor: autosave within a second, cursor and undo kept, one undo step per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from explorer.core.casefile import open_case
from explorer.core.models import NoteTarget
from explorer.ui.notes import attach
from explorer.ui.notes.controller import NotesController


def type_text(qtbot, widget, text: str) -> None:
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(widget, line)


@pytest.fixture
def notes(main_window) -> NotesController:
    return getattr(main_window, "notes", None) or attach(main_window)


def _new_note_typed(qtbot, notes: NotesController, text: str) -> str:
    notes.window.timeline.event_selected.emit("ev-meta-stake")
    draft = notes.panel.new_note()
    with qtbot.waitSignal(notes.panel.autosaver.saved, timeout=2000):
        type_text(qtbot, notes.panel.editor.text_edit, text)
    return draft.uid


def test_typing_autosaves_within_a_second_and_keeps_cursor_and_undo(qtbot, notes: NotesController) -> None:
    uid = _new_note_typed(qtbot, notes, "Why 49%")
    edit = notes.panel.editor.text_edit
    assert notes.window.store.note(uid).body == "Why 49%"
    assert notes.window.store.note(uid).target_uid == "ev-meta-stake"
    edit.moveCursor(edit.textCursor().MoveOperation.Left)
    position = edit.textCursor().position()
    with qtbot.waitSignal(notes.panel.autosaver.saved, timeout=2000) as saved:
        qtbot.keyClicks(edit, " of")
    assert saved.args[0].body == "Why 49 of%"
    assert edit.textCursor().position() == position + 3  # the save did not move the cursor
    assert edit.document().isUndoAvailable()
    edit.undo()  # the editor's own undo still knows the typing before the saves
    assert edit.text() == "Why 49%"
    assert notes.panel.editor.state.text() in ("Editing…", "Saved")


def test_a_save_comes_within_a_second_even_while_typing_goes_on(qtbot, notes: NotesController) -> None:
    uid = _new_note_typed(qtbot, notes, "a")
    edit = notes.panel.editor.text_edit
    assert notes.panel.autosaver.MAX_WAIT_MS < 1000 and notes.panel.autosaver.IDLE_MS < 1000
    typist = QTimer(interval=100)  # a keystroke every 100 ms: the idle timer alone would never fire
    typist.timeout.connect(lambda: qtbot.keyClicks(edit, "x"))
    typist.start()
    try:
        with qtbot.waitSignal(notes.panel.autosaver.saved, timeout=1000) as saved:
            pass
        assert typist.isActive() and saved.args[0].body.startswith("ax")
    finally:
        typist.stop()
    assert notes.window.store.note(uid).body.startswith("ax")


def test_each_editing_session_is_one_undo_step(qtbot, notes: NotesController) -> None:
    window = notes.window
    uid = _new_note_typed(qtbot, notes, "First")
    edit = notes.panel.editor.text_edit
    with qtbot.waitSignal(notes.panel.autosaver.saved, timeout=2000):
        qtbot.keyClicks(edit, " draft")
    assert window.undo_action.text() == "&Undo Add note"
    window.timeline.setFocus()  # focus leaves: the session ends, saved
    qtbot.waitUntil(lambda: not edit.hasFocus())
    edit.setFocus()
    with qtbot.waitSignal(notes.panel.autosaver.saved, timeout=2000):
        qtbot.keyClicks(edit, ", edited")
    with qtbot.waitSignal(notes.panel.autosaver.saved, timeout=2000):
        qtbot.keyClicks(edit, " twice")
    assert window.undo_action.text() == "&Undo Edit note"
    window.timeline.setFocus()
    window.undo()
    assert window.store.note(uid).body == "First draft"
    assert edit.text() == "First draft"  # the editor follows an undo it did not make
    window.undo()
    assert window.store.note(uid) is None
    window.redo()
    window.redo()
    assert window.store.note(uid).body == "First draft, edited twice"
    assert "First draft" in [r.body for r in window.store.note_revisions(uid)]


def test_a_note_chosen_in_search_opens_in_the_dock(qtbot, notes: NotesController) -> None:
    notes.dock.hide()
    notes.window.search.note_chosen.emit("note-neutrality-trust")
    assert notes.dock.isVisible()
    assert notes.panel.current_note().uid == "note-neutrality-trust"
    assert notes.panel.editor.text_edit.text().startswith("Neutrality, confidentiality")
    notes.window.search.entity_chosen.emit("scale-ai")
    assert notes.panel.title.text() == "Company: Scale AI"


def test_closing_the_window_saves_what_was_just_typed(qtbot, notes: NotesController, bundled_case: Path) -> None:
    notes.window.timeline.event_selected.emit("ev-scale-layoffs")
    draft = notes.panel.new_note()
    type_text(qtbot, notes.panel.editor.text_edit, "Typed just before closing")
    notes.window.close()  # no wait: the timers have not fired
    store = open_case(bundled_case)
    try:
        assert store.note(draft.uid).body == "Typed just before closing"
    finally:
        store.close()


def test_opening_another_case_keeps_the_typing_in_the_first(qtbot, notes: NotesController, bundled_case: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.case.db"
    other.write_bytes(bundled_case.read_bytes())
    draft = notes.panel.new_note()
    type_text(qtbot, notes.panel.editor.text_edit, "Written as the case changed")
    notes.panel.autosaver._stop_timers()  # simulate a switch before any timer fired and without a focus change
    assert notes.window.open_case_file(other)
    assert notes.panel.current_note() is None or notes.window.store.note(notes.panel.current_note().uid) is not None
    store = open_case(bundled_case)
    try:
        assert store.note(draft.uid).body == "Written as the case changed"
    finally:
        store.close()


def test_a_failed_save_keeps_the_text_and_says_so(qtbot, notes: NotesController, monkeypatch) -> None:
    from explorer.core.database import BusyError

    uid = _new_note_typed(qtbot, notes, "Kept")
    session = notes.window.session

    def busy(*_args: object, **_kwargs: object) -> None:
        raise BusyError("the case is locked by another program")

    monkeypatch.setattr(session, "announce", busy)
    monkeypatch.setattr(session, "run", busy)
    with qtbot.waitSignal(notes.panel.autosaver.failed, timeout=2000):
        qtbot.keyClicks(notes.panel.editor.text_edit, " safe")
    assert notes.panel.editor.text_edit.text() == "Kept safe"
    assert "Not saved yet" in notes.panel.editor.state.text()
    monkeypatch.undo()
    assert notes.panel.flush()
    assert notes.window.store.note(uid).body == "Kept safe"


def test_notes_are_read_only_in_a_read_only_case(qtbot, bundled_case: Path) -> None:
    from explorer.ui.main_window import MainWindow

    window = MainWindow(open_case(bundled_case, readonly=True))
    qtbot.addWidget(window)
    window.remember_layout = False
    notes = attach(window)
    notes.show_note("note-data-core-asset")
    assert notes.panel.editor.text_edit.isReadOnly()
    assert not notes.panel.add_button.isEnabled()
    assert notes.panel.new_note() is None
    assert not notes.panel.editor.pin_action.isEnabled()
    assert notes.panel.current_note().target_kind is NoteTarget.CASE
    notes.window.timeline.event_selected.emit("ev-scale-layoffs")  # no notes on it: nothing to show, nothing to add
    assert notes.panel.current_note() is None
    assert notes.panel.editor.byline.text() == "Choose a note to read it (the case is open read-only)."
    QApplication.processEvents()
