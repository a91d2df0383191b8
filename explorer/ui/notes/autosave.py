"""Autosave of the note being edited: nothing typed more than a second ago is ever only in memory.

A save happens 0.4 s after typing stops (a single-shot timer restarted by each keystroke) and,
while typing goes on, at most 0.6 s after the first unsaved keystroke, so a kill at any moment
loses less than the last second (the rest of the second is margin for a busy machine and the
save itself, which takes a few milliseconds with ``synchronous=FULL``). ``flush()`` saves at once (focus leaving the
editor, another selection, closing); each save is one transaction (``save_note``).

Undo: the first save of an editing session runs an ``EditSession`` step through the undo
history ("Edit note" / "Add note"); later saves of the session update that step and are only
announced, so Edit ▸ Undo takes back a whole session, not a second of typing. A session ends
when focus leaves the editor for another widget, another note is shown, or anything else
enters the undo history. The editor is never reloaded from its own saves (``initiator`` is this
object), so its cursor and its own undo stack survive every autosave.

A note whose event, entity or relationship is no longer in the case (deleted while its note was
being written) is saved on the whole case instead, outside the undo history, and ``moved`` says
so: the text is never held hostage by a record that is gone.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from explorer.core.database import BusyError, ReadOnlyError
from explorer.core.models import Note, NoteTarget, new_uid
from explorer.core.notes.editing import EditSession
from explorer.core.notes.history import save_note, with_body
from explorer.core.store import NotFound, RecordError
from explorer.ui import settings
from explorer.ui.notes.markdown_edit import MarkdownEdit
from explorer.ui.session import CaseSession

SAVE_ERRORS = (RecordError, ReadOnlyError, BusyError, sqlite3.Error, KeyError)


class NoteAutosaver(QObject):
    saving = Signal(str)  # note uid, just before the transaction
    saved = Signal(object)  # the Note as stored
    failed = Signal(str)  # why the last save did not happen (the text stays in the editor)
    moved = Signal(object, object)  # the note (now on the whole case), the note as it was: its record is gone

    IDLE_MS = 400
    MAX_WAIT_MS = 600
    RETRY_MS = 3000
    AGAIN_AFTER_S = 2.0  # a save of the same text that failed is not tried again sooner (but by the retry timer)

    def __init__(self, edit: MarkdownEdit, session: CaseSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.edit = edit
        self.session = session
        self.note: Note | None = None  # the note shown, as last loaded or saved
        self.stored = False  # whether that note is in the case yet (a new note is not, until typed into)
        self.edit_session: EditSession | None = None
        self.last_error = ""  # why the last save failed ("" after a save that worked)
        self._failed: tuple[str, float] | None = None  # the text whose save just failed, and when
        self._stopped = False
        self._loading = False
        self._running_step = False
        self._idle = QTimer(self, singleShot=True, interval=self.IDLE_MS)
        self._max_wait = QTimer(self, singleShot=True, interval=self.MAX_WAIT_MS)
        self.set_delay(settings.autosave_delay_ms())  # Preferences ▸ Notes
        self._idle.timeout.connect(self.flush)
        self._max_wait.timeout.connect(self.flush)
        edit.textChanged.connect(self._on_text_changed)
        session.history_changed.connect(self._on_history_changed)

    def set_delay(self, idle_ms: int) -> None:
        """Save this long after typing stops; while typing goes on, at most 200 ms later than that
        after the first unsaved keystroke (never later than the default's 0.6 s for short delays)."""
        self.IDLE_MS = idle_ms
        self.MAX_WAIT_MS = max(type(self).MAX_WAIT_MS, idle_ms + 200)
        self._max_wait.setInterval(self.MAX_WAIT_MS)

    def set_session(self, session: CaseSession) -> None:
        """Another case was opened: forget the note (the caller saved it first)."""
        self.session.history_changed.disconnect(self._on_history_changed)
        self.session = session
        session.history_changed.connect(self._on_history_changed)
        self._stopped = False
        self.load(None)

    def load(self, note: Note | None, stored: bool = True) -> None:
        """Show a note in the editor (save the one before first: ``end_session``)."""
        self._stop_timers()
        self.edit_session, self._failed = None, None
        self.note, self.stored = note, stored and note is not None
        self._loading = True
        try:
            self.edit.setPlainText(note.body if note else "")
        finally:
            self._loading = False

    def reload(self, note: Note) -> None:
        """The stored note changed elsewhere (undo, a merge): show it, keeping the cursor near."""
        self._stop_timers()
        self.edit_session = None
        self.note, self.stored = note, True
        if self.edit.text() != note.body:
            self._loading = True
            try:
                self.edit.replace_all(note.body)
            finally:
                self._loading = False

    @property
    def dirty(self) -> bool:
        """Whether the editor holds text the case does not have yet."""
        return self.note is not None and (self.edit.text() != self.note.body or (not self.stored and bool(self.edit.text())))

    def _on_text_changed(self) -> None:
        if self._loading or self.note is None:
            return
        self._idle.start(self.IDLE_MS)  # restarted by every keystroke
        if not self._max_wait.isActive():
            self._max_wait.start()  # but never more than this after the first unsaved one

    def stop(self) -> None:
        """No more saves: the case is closing, and its note was saved or given up on by the user
        (a save now could only wait out another program's lock again). Another case (``set_session``)
        starts them again."""
        self._stop_timers()
        self._stopped = True

    def _stop_timers(self) -> None:
        self._idle.stop()
        self._max_wait.stop()

    def flush(self, again: bool = True) -> bool:
        """Save now if anything is unsaved; False when the save failed (the text stays here). Without
        ``again`` (moving to another note: focus leaves, the selection changes, the note is let go
        of, one after the other), the same text is not tried again within ``AGAIN_AFTER_S`` of a
        failure: each try may wait out another program's lock for seconds."""
        self._stop_timers()
        if not self.dirty:
            return True
        if self._stopped:
            return False
        note, body = self.note, self.edit.text()
        if not again and self._failed is not None and self._failed[0] == body and time.monotonic() - self._failed[1] < self.AGAIN_AFTER_S:
            return False  # the same text failed a moment ago (a lock waits seconds): the retry timer tries again
        before: Note | None = None  # the note as it was, when its record is gone and it moves to the whole case
        self.saving.emit(note.uid)
        try:
            try:
                latest = self._save(note, body)
            except NotFound as exc:
                if exc.field != "target" or note.target_kind is NoteTarget.CASE:
                    raise
                # a new note on the whole case, with a uid of its own (undoing the delete brings back the
                # record's notes as they were) and no step in the history: Edit ▸ Undo goes on to the delete
                before = note
                latest = with_body(replace(note, uid=new_uid(), target_kind=NoteTarget.CASE, target_uid=None,
                                           range_start=None, range_end=None), body)
                self.session.announce(save_note(self.session.store, latest), initiator=self)
                self.edit_session = None  # more typing is an "Edit note" step of its own
        except SAVE_ERRORS as exc:
            self.edit_session = None
            self._idle.start(self.RETRY_MS)
            self._failed = (body, time.monotonic())
            self.last_error = str(exc) or type(exc).__name__
            self.failed.emit(self.last_error)
            return False
        self.note, self.stored, self.last_error, self._failed = latest, True, "", None
        if before is not None:
            self.moved.emit(latest, before)
        self.saved.emit(latest)
        return True

    def _save(self, note: Note, body: str) -> Note:
        """Store the note with this body: the first save of a session as an undo step, later ones announced."""
        stored = self.session.store.note(note.uid) if self.stored else None
        latest = with_body(stored or note, body)
        if self.edit_session is None:
            self.edit_session = EditSession(stored, latest)
            self._running_step = True
            try:
                self.session.run(self.edit_session.operation(), initiator=self)
            finally:
                self._running_step = False
        else:
            self.edit_session.latest = latest
            self.session.announce(save_note(self.session.store, latest), initiator=self)
        return latest

    def end_session(self, again: bool = True) -> bool:
        """Save, and let the next save start a new undo step."""
        ok = self.flush(again)
        self.edit_session = None
        return ok

    def _on_history_changed(self) -> None:
        if not self._running_step:
            self.edit_session = None  # another edit, an undo or a redo: this session's step is no longer on top
