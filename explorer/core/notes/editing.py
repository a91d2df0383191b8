"""Undoable note edits: an editing session as one step, restoring a version, resolving conflicts.

The editor autosaves about once a second, but the undo history gets one step per *editing
session* (from the first save after the note is opened or focused until focus leaves it, another
note is shown, or any other edit enters the history). ``EditSession.operation()`` is run through
the undo history on the session's first save; later saves of the same session go straight to
``save_note`` and update ``session.latest``, which the step's redo writes back. Undo puts the body
back as the session found it (a new note: deletes it, remembering it with its history for redo).
Every body change, undo and redo included, goes through ``save_note``, so no version is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from explorer.core import snapshot
from explorer.core.changes import Changed, Changes
from explorer.core.models import Note, NoteConflict, new_uid
from explorer.core.notes.history import save_note, stamp, with_body
from explorer.core.store import CaseStore
from explorer.core.undo import Operation


@dataclass
class EditSession:
    """One note's edits from the first save to the end of the session."""

    before: Note | None  # the note as the session found it; None when the session creates it
    latest: Note  # the last version saved
    _removed: list[snapshot.Snapshot] = field(default_factory=list)
    _ran: bool = False

    @property
    def label(self) -> str:
        return "Add note" if self.before is None else "Edit note"

    def operation(self) -> Operation:
        uid = self.latest.uid

        def do(store: CaseStore) -> Changes:
            if self._removed and store.note(uid) is None:
                self._removed.pop().restore(store)
                return Changes.of(Changed.NOTES, uid)
            current = store.note(uid)
            body = self.latest.body
            note = self.latest if not self._ran or current is None else with_body(current, body)
            self._ran = True
            return save_note(store, note)

        def undo(store: CaseStore) -> Changes:
            current = store.note(uid)
            if current is None:
                return Changes()
            if self.before is None:
                self._removed.append(snapshot.of_note(store, uid))
                return store.delete_note(uid)
            return save_note(store, with_body(current, self.before.body))

        return Operation(self.label, do, undo)


def set_body(store: CaseStore, uid: str, body: str, label: str = "Restore note version") -> Operation:
    """Give a note another body (e.g. a version from its history); undo gives the current one back."""
    current = store.note(uid)
    if current is None:
        raise KeyError(f"the case has no note with uid {uid!r}")
    before = current.body

    def do(s: CaseStore) -> Changes:
        return save_note(s, with_body(s.note(uid), body))

    def undo(s: CaseStore) -> Changes:
        return save_note(s, with_body(s.note(uid), before))

    return Operation(label, do, undo)


def set_flags(store: CaseStore, uid: str, *, pinned: bool | None = None, for_speaker: bool | None = None) -> Operation:
    """Pin or unpin a note, or mark it for the speaker; the body and its dates stay as they are."""
    current = store.note(uid)
    if current is None:
        raise KeyError(f"the case has no note with uid {uid!r}")
    wanted = {"pinned": pinned, "for_speaker": for_speaker}
    wanted = {name: value for name, value in wanted.items() if value is not None}
    if pinned is not None:
        label = "Pin note" if pinned else "Unpin note"
    else:
        label = "Mark note for the speaker" if for_speaker else "Unmark note for the speaker"
    old = {name: getattr(current, name) for name in wanted}

    def do(s: CaseStore) -> Changes:
        return s.put_note(replace(s.note(uid), **wanted))

    def undo(s: CaseStore) -> Changes:
        return s.put_note(replace(s.note(uid), **old))

    return Operation(label, do, undo)


# --- conflicts brought in by a merge ------------------------------------------------------------


def _without(store: CaseStore, uid: str, conflict: NoteConflict) -> Changes:
    """Remove one pending conflict of a note (the others stay, in order)."""
    remaining = list(store.note_conflicts(uid))
    if conflict in remaining:
        remaining.remove(conflict)
    changes = store.clear_note_conflicts(uid)
    for other in remaining:
        changes |= store.add_note_conflict(uid, other)
    return changes


def _conflict_step(store: CaseStore, uid: str, label: str, apply: object) -> Operation:
    before_conflicts = store.note_conflicts(uid)
    before_body = store.note(uid).body

    def undo(s: CaseStore) -> Changes:
        changes = Changes()
        if s.note(uid).body != before_body:
            changes |= save_note(s, with_body(s.note(uid), before_body))
        changes |= s.clear_note_conflicts(uid)
        for conflict in before_conflicts:
            changes |= s.add_note_conflict(uid, conflict)
        return changes

    return Operation(label, apply, undo)  # type: ignore[arg-type]


def keep_mine(store: CaseStore, uid: str, conflict: NoteConflict) -> Operation:
    """Resolve a conflict by keeping the local text; the other version is dropped."""
    return _conflict_step(store, uid, "Keep my version", lambda s: _without(s, uid, conflict))


def take_theirs(store: CaseStore, uid: str, conflict: NoteConflict) -> Operation:
    """Resolve a conflict by taking the other text; the local one stays in the note's history."""

    def apply(s: CaseStore) -> Changes:
        return save_note(s, with_body(s.note(uid), conflict.body)) | _without(s, uid, conflict)

    return _conflict_step(store, uid, "Take their version", apply)


def keep_both(store: CaseStore, uid: str, conflict: NoteConflict) -> Operation:
    """Resolve a conflict by keeping the other text as a second note on the same record."""
    note = store.note(uid)
    if note is None:
        raise KeyError(f"the case has no note with uid {uid!r}")
    theirs = replace(note, uid=new_uid(), body=conflict.body, author=conflict.author or note.author, created=stamp(),
                     updated=conflict.updated or stamp(), pinned=False, id=None)

    def apply(s: CaseStore) -> Changes:
        return s.put_note(theirs) | _without(s, uid, conflict)

    step = _conflict_step(store, uid, "Keep both versions", apply)

    def undo(s: CaseStore) -> Changes:
        changes = s.delete_note(theirs.uid) if s.note(theirs.uid) else Changes()
        return changes | step.undo(s)

    return Operation(step.label, step.do, undo)
