"""What the notes panel does to a note besides typing: pin, for the speaker, history, delete, conflicts.

Each is an undoable operation run through the panel's ``runner`` (the window's ``run``), after
the editor's text is saved and its editing session closed, so the undo history stays in order.
The list's context menu and the Delete key offer the same.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from explorer.core import undo
from explorer.core.models import Note, NoteConflict
from explorer.core.notes import editing
from explorer.ui.notes.icons import icon
from explorer.ui.notes.note_list import NOTE_ROLE

if TYPE_CHECKING:
    from explorer.ui.notes.panel import NotesPanel

_RESOLVE = {"mine": editing.keep_mine, "theirs": editing.take_theirs, "both": editing.keep_both}


class NoteActions(QObject):
    def __init__(self, panel: NotesPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        editor = panel.editor
        editor.pin_toggled.connect(lambda on: self.set_flags(pinned=on))
        editor.speaker_toggled.connect(lambda on: self.set_flags(for_speaker=on))
        editor.history_requested.connect(self.show_history)
        editor.delete_requested.connect(self.delete)
        editor.conflicts.resolve.connect(self.resolve)
        panel.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        panel.list.customContextMenuRequested.connect(self._menu)
        self.delete_key = QAction(self.tr("Delete note"), panel.list)
        self.delete_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_key.triggered.connect(self.delete)
        panel.list.addAction(self.delete_key)

    def _note(self) -> Note | None:
        """The stored note being edited, after saving what is typed (None for an unsaved draft)."""
        panel = self.panel
        if not panel.end_session():
            return None
        note = panel.autosaver.note
        return panel.store.note(note.uid) if note is not None and panel.autosaver.stored else None

    def _run(self, operation: object) -> bool:
        return self.panel.runner(operation)

    def set_flags(self, *, pinned: bool | None = None, for_speaker: bool | None = None) -> None:
        panel = self.panel
        if panel.readonly or not panel.end_session() or panel.autosaver.note is None:
            return
        if panel.autosaver.stored:
            self._run(editing.set_flags(panel.store, panel.autosaver.note.uid, pinned=pinned, for_speaker=for_speaker))
            return
        wanted = {name: value for name, value in (("pinned", pinned), ("for_speaker", for_speaker)) if value is not None}
        flagged = replace(panel.autosaver.note, **wanted)  # a new note not typed into yet: add it flagged
        panel.autosaver.note, panel.autosaver.stored = flagged, True
        if not self._run(undo.put(panel.store, flagged, "Add note")):
            panel.autosaver.stored = False

    def delete(self) -> None:
        panel = self.panel
        if panel.readonly:
            return
        shown = panel.autosaver.note
        if shown is not None and not panel.autosaver.stored and not panel.autosaver.dirty:
            panel.draft = None  # an empty draft just goes away
            panel.autosaver.load(None)
            panel.reload()
            return
        note = self._note()
        if note is not None:
            self._run(undo.delete(panel.store, Note, note.uid, "Delete note"))

    def show_history(self) -> None:
        note = self._note()
        if note is None:
            return
        from explorer.ui.notes.history_dialog import HistoryDialog  # imported when first opened

        body = HistoryDialog.choose(note, self.panel.store.note_revisions(note.uid), self.panel)
        if body is not None and body != note.body and not self.panel.readonly:
            self._run(editing.set_body(self.panel.store, note.uid, body))

    def resolve(self, how: str, conflict: NoteConflict) -> None:
        note = self._note()
        if note is not None:
            self._run(_RESOLVE[how](self.panel.store, note.uid, conflict))

    def _menu(self, position: QPoint) -> None:
        panel = self.panel
        index = panel.list.indexAt(position)
        note = index.data(NOTE_ROLE) if index.isValid() else None
        menu = QMenu(panel.list)
        if note is not None:
            panel.list.setCurrentIndex(index)
            stored = panel.store.note(note.uid) is not None
            writable = stored and not panel.readonly
            pin = menu.addAction(icon("pin"), "Unpin" if note.pinned else "Pin to the Top")
            pin.triggered.connect(lambda: self.set_flags(pinned=not note.pinned))
            speaker = menu.addAction(icon("speaker"), "For the Speaker")
            speaker.setCheckable(True)
            speaker.setChecked(note.for_speaker)
            speaker.triggered.connect(lambda on: self.set_flags(for_speaker=on))
            history = menu.addAction(icon("history"), "History…")
            history.triggered.connect(self.show_history)
            menu.addSeparator()
            delete = menu.addAction(icon("delete"), "Delete Note")
            delete.triggered.connect(self.delete)
            for action in (pin, speaker, delete):
                action.setEnabled(writable)
            history.setEnabled(stored)
            menu.addSeparator()
        new = menu.addAction(icon("add"), "New Note")
        new.setEnabled(not panel.readonly)
        new.triggered.connect(lambda: panel.new_note())
        menu.popup(panel.list.viewport().mapToGlobal(position))
