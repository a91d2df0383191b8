"""A note is never lost because what it was on went away, or because the case would not take it
when the user moved on (a new user's trial: a note typed on an event just deleted showed an
internal error, was dropped at the next click, and the error's one long line widened the notes
dock until the timeline was 300 px wide)."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.core.database import BusyError
from explorer.core.models import NoteTarget
from explorer.ui.main_window import MainWindow
from explorer.ui.messages import Dialogs
from explorer.ui.notes.autosave import NoteAutosaver
from explorer.ui.notes.files import NoteDialogs

TYPED = "Why the deal changed everything"


@pytest.fixture
def window(window_on, bundled_case: Path) -> MainWindow:
    return window_on(bundled_case)


def _type(qtbot, window: MainWindow, text: str) -> None:
    edit = window.notes.panel.editor.text_edit
    with qtbot.waitSignal(window.notes.panel.autosaver.saved, timeout=3000):
        qtbot.keyClicks(edit, text)


def test_after_the_selected_event_is_deleted_a_new_note_goes_on_the_whole_case(qtbot, window: MainWindow) -> None:
    window.timeline.event_selected.emit("ev-droege-pivot")  # an event without notes: deleted without a question
    assert window.notes.panel.anchor.uid == "ev-droege-pivot"
    window.delete_events(["ev-droege-pivot"])
    panel = window.notes.panel
    assert panel.anchor.kind is NoteTarget.CASE and panel.title.text() == "The whole case"  # as with nothing selected
    window.notes.new_note()
    _type(qtbot, window, TYPED)
    window.timeline.event_selected.emit("ev-meta-stake")  # the user moves on
    kept = [note for note in window.store.notes() if note.body == TYPED]
    assert len(kept) == 1 and kept[0].target_kind is NoteTarget.CASE


def test_a_note_being_written_when_its_event_is_deleted_moves_to_the_whole_case(qtbot, window: MainWindow, screenshot_dir: Path,
                                                                              monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(Dialogs, "unsaved_note", classmethod(lambda cls, parent, reason: asked.append(reason) or "discard"))
    window.timeline.event_selected.emit("ev-droege-pivot")
    window.notes.new_note()
    panel = window.notes.panel
    edit = panel.editor.text_edit
    qtbot.keyClicks(edit, TYPED)
    panel.autosaver._stop_timers()  # the words are still only in the editor…
    window.delete_events(["ev-droege-pivot"])  # …when the event goes
    assert not panel.autosaver.dirty
    moved = panel.autosaver.note
    assert moved.target_kind is NoteTarget.CASE and window.store.note(moved.uid).body == TYPED
    assert edit.text() == TYPED  # the editor was not reloaded under the user
    assert panel.anchor.kind is NoteTarget.CASE and panel.model.row_of(moved.uid) >= 0
    assert "deleted" in panel.editor.problem.text() and "whole case" in panel.editor.problem.text()
    assert panel.editor.problem.isVisible()
    window.notes.dock.grab().save(str(screenshot_dir / "notes-moved-to-case.png"))
    assert window.session.history.undo_label == "Delete event"  # the rescue is no step of its own
    window.undo()  # the event (and what was on it) comes back; the moved note stays: no clash of uids
    assert window.store.event("ev-droege-pivot") is not None and window.store.note(moved.uid) is not None
    window.close()
    assert asked == []  # nothing was left unsaved to ask about


def test_text_the_case_will_not_take_is_written_to_a_file_when_the_user_moves_on(qtbot, window: MainWindow, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(NoteDialogs, "error", classmethod(lambda cls, parent, title, message: told.append(message)))
    window.timeline.event_selected.emit("ev-meta-stake")
    window.notes.new_note()
    panel = window.notes.panel

    def locked(*_args, **_kwargs):
        raise BusyError("the case is locked by another program")

    monkeypatch.setattr(window.store, "put_note", locked)
    with qtbot.waitSignal(panel.autosaver.failed, timeout=3000):
        qtbot.keyClicks(panel.editor.text_edit, TYPED)
    window.timeline.event_selected.emit("ev-wang-joins-meta")  # the editor lets go of the text
    assert len(told) == 1 and "locked by another program" in told[0]
    written = Path(told[0].rsplit("\n", 1)[1])
    assert written.read_text(encoding="utf-8") == TYPED and written.name.startswith("unsaved note ")
    assert written.parent == window.store.db.path.parent


def test_a_long_problem_is_wrapped_below_the_byline_and_does_not_widen_the_dock(qtbot, window: MainWindow) -> None:
    dock = window.notes.dock
    editor = window.notes.panel.editor
    width = dock.width()
    editor.set_state("Not saved yet: " + "a very long reason that goes on and on " * 6, problem=True)
    qtbot.wait(1)
    assert editor.problem.isVisible() and not editor.state.isVisible()
    assert dock.width() == width and editor.minimumSizeHint().width() < 400
    editor.set_state("Saved")
    assert editor.state.isVisible() and not editor.problem.isVisible()


def test_moving_on_from_a_locked_note_tries_once_and_no_retry_saves_it_behind_the_message(qtbot, window: MainWindow,
                                                                                        monkeypatch) -> None:
    """Each try may wait out another program's lock for seconds: moving to another event tried three
    times in a row, and the retry timer saved the text into the case while the message said it
    was written to a file (a review's finding)."""
    from PySide6.QtCore import QEventLoop, QTimer

    panel = window.notes.panel
    window.timeline.event_selected.emit("ev-meta-stake")
    window.notes.new_note()
    tries: list[str] = []
    locked = {"on": True}
    real_put = window.store.put_note

    def put(note, *args, **kwargs):
        tries.append(note.uid)
        if locked["on"]:
            raise BusyError("the case is locked by another program")
        return real_put(note, *args, **kwargs)

    monkeypatch.setattr(window.store, "put_note", put)
    with qtbot.waitSignal(panel.autosaver.failed, timeout=3000):
        qtbot.keyClicks(panel.editor.text_edit, TYPED)
    tries.clear()
    told: list[str] = []

    def message(cls, parent, title, text) -> None:  # the user reads it while the other program lets go
        told.append(text)
        locked["on"] = False
        loop = QEventLoop()
        QTimer.singleShot(NoteAutosaver.RETRY_MS + 500, loop.quit)  # a retry would come meanwhile
        loop.exec()

    monkeypatch.setattr(NoteDialogs, "error", classmethod(message))
    panel.editor.text_edit.clearFocus()  # focus leaves the editor (a click on the timeline)…
    window.timeline.event_selected.emit("ev-wang-joins-meta")  # …which selects another event
    assert len(tries) <= 1 and len(told) == 1  # it failed a moment ago: at most one more try, not three
    assert [note for note in window.store.notes() if note.body == TYPED] == []  # in the file only, not twice
    assert Path(told[0].rsplit("\n", 1)[1]).read_text(encoding="utf-8") == TYPED


def test_a_note_moved_while_all_notes_are_listed_is_the_one_in_the_editor(qtbot, window: MainWindow, monkeypatch) -> None:
    """In the All notes list, a note whose event was deleted under unsaved words moved to the whole
    case while the list opened another: the list showed the one, the editor the other."""
    from explorer.ui.notes.note_list import NOTE_ROLE

    panel = window.notes.panel
    monkeypatch.setattr(MainWindow, "_deleting_notes_confirmed", lambda self, uids, notes: True)
    window.timeline.event_selected.emit("ev-droege-pivot")
    window.notes.new_note()
    _type(qtbot, window, "first words")
    panel.end_session()
    panel.set_scope("all")
    qtbot.keyClicks(panel.editor.text_edit, " and more")
    panel.autosaver._stop_timers()
    window.delete_events(["ev-droege-pivot"])
    moved = [note for note in window.store.notes() if note.body == "first words and more"]
    assert len(moved) == 1 and moved[0].target_kind is NoteTarget.CASE
    current = panel.model.index(panel.list.selectionModel().currentIndex().row()).data(NOTE_ROLE)
    assert panel.autosaver.note.uid == moved[0].uid == current.uid
    assert panel.editor.text_edit.text() == "first words and more"


def test_the_moved_notice_goes_once_an_undo_brings_the_event_back(qtbot, window: MainWindow) -> None:
    panel = window.notes.panel
    window.timeline.event_selected.emit("ev-droege-pivot")
    window.notes.new_note()
    qtbot.keyClicks(panel.editor.text_edit, TYPED)
    panel.autosaver._stop_timers()
    window.delete_events(["ev-droege-pivot"])
    assert "deleted" in panel.editor.problem.text()
    window.undo()
    _type(qtbot, window, " more")
    assert not panel.editor.problem.isVisible() and panel.editor.state.text() == "Saved"
