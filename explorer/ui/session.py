"""The open case as the panels share it: the store, its undo history, and change broadcasts.

Every edit goes through ``run(operation, initiator)``; the session runs it on the core's undo
stack (one transaction) and broadcasts ``changed(changes, initiator)``. Panels refresh only
what the flags say, and skip the echo of their own edits by comparing the initiator with
themselves. Undo and redo broadcast with no initiator, so every panel follows them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from explorer.core.changes import Changes
from explorer.core.store import CaseStore
from explorer.core.undo import Operation, UndoStack


class CaseSession(QObject):
    changed = Signal(object, object)  # Changes, the object that made the change (or None)
    history_changed = Signal()  # what Undo / Redo would do has changed

    def __init__(self, store: CaseStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.history = UndoStack(store)

    @property
    def readonly(self) -> bool:
        return self.store.readonly

    def run(self, operation: Operation, initiator: object = None) -> Changes:
        """Do an edit (all or nothing); errors propagate for the caller to show, nothing changed."""
        changes = self.history.run(operation)
        self.history_changed.emit()
        if changes:
            self.changed.emit(changes, initiator)
        return changes

    def undo(self) -> Changes:
        changes = self.history.undo()
        self.history_changed.emit()
        if changes:
            self.changed.emit(changes, None)
        return changes

    def redo(self) -> Changes:
        changes = self.history.redo()
        self.history_changed.emit()
        if changes:
            self.changed.emit(changes, None)
        return changes

    def announce(self, changes: Changes, initiator: object = None) -> None:
        """Broadcast changes made outside the undo history (an import, a merge of notes)."""
        if changes:
            self.changed.emit(changes, initiator)
