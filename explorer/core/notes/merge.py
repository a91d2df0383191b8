"""Merging notes from a colleague or a student into the open case, without overwriting anything.

Notes match by uid. For each incoming note, in this order:

1. no local note with its uid: **added** (with its revisions and conflicts), unless it hangs on
   an event, entity or relationship the case does not hold: **skipped** (reported).
2. same body as the local note: **unchanged**.
3. its body already waits as a conflict on the local note: **pending** (not added twice).
4. the local body is one of the incoming note's earlier versions (its revisions) and the incoming
   note is not older (``updated``): the local note was not edited since the colleague's copy was
   taken, so it is **updated** to theirs; the local body goes into its history.
5. the incoming body is one of the local note's earlier versions and the local note is not older:
   theirs is a version we already moved past: **older**, skipped.
6. otherwise both sides edited the note since they parted: a **conflict**. The incoming version
   is kept beside the local one as a ``NoteConflict`` for the user to resolve.

``merge_operation`` makes the merge one undoable step; ``merge_notes`` applies it directly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from explorer.core import snapshot
from explorer.core.changes import Changed, Changes
from explorer.core.models import Note, NoteConflict, NoteRevision, NoteTarget
from explorer.core.notes.history import parse_stamp, save_note
from explorer.core.store import CaseStore
from explorer.core.undo import Operation

_TABLES = {NoteTarget.EVENT: "event", NoteTarget.ENTITY: "entity", NoteTarget.RELATIONSHIP: "relationship"}


class Outcome(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    PENDING = "already waiting as a conflict"
    OLDER = "older than ours"
    CONFLICT = "conflict"
    NO_TARGET = "skipped: not in this case"


@dataclass(frozen=True)
class IncomingNote:
    note: Note
    revisions: tuple[NoteRevision, ...] = ()
    conflicts: tuple[NoteConflict, ...] = ()


@dataclass
class MergeReport:
    origin: str
    outcomes: dict[str, Outcome] = field(default_factory=dict)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for value in self.outcomes.values() if value is outcome)

    @property
    def changed(self) -> bool:
        return any(o in (Outcome.ADDED, Outcome.UPDATED, Outcome.CONFLICT) for o in self.outcomes.values())

    def summary(self) -> str:
        """One line for people: "2 added, 1 updated, 1 conflict to resolve, 4 unchanged"."""
        counts = Counter(self.outcomes.values())
        parts = []
        for outcome in Outcome:
            n = counts.get(outcome, 0)
            if n and outcome is Outcome.CONFLICT:
                parts.append(f"{n} conflict{'s' if n != 1 else ''} to resolve")
            elif n:
                parts.append(f"{n} {outcome.value}")
        return ", ".join(parts) if parts else "no notes"


def _later_or_same(a: str, b: str) -> bool:
    """Whether timestamp ``a`` is not before ``b`` (unreadable timestamps count as not later)."""
    first, second = parse_stamp(a), parse_stamp(b)
    return first is not None and second is not None and first >= second


def decide(store: CaseStore, incoming: IncomingNote) -> Outcome:
    """What merging one incoming note would do (see the module docstring)."""
    theirs = incoming.note
    local = store.note(theirs.uid)
    if local is None:
        table = _TABLES.get(theirs.target_kind)
        return Outcome.NO_TARGET if table and not store.exists(table, theirs.target_uid) else Outcome.ADDED
    if local.body == theirs.body:
        return Outcome.UNCHANGED
    if any(conflict.body == theirs.body for conflict in store.note_conflicts(local.uid)):
        return Outcome.PENDING
    if any(r.body == local.body for r in incoming.revisions) and _later_or_same(theirs.updated, local.updated):
        return Outcome.UPDATED
    local_history = store.note_revisions(local.uid)
    if any(r.body == theirs.body for r in local_history) and _later_or_same(local.updated, theirs.updated):
        return Outcome.OLDER
    return Outcome.CONFLICT


def _apply(store: CaseStore, incoming: IncomingNote, outcome: Outcome, origin: str) -> Changes:
    theirs = incoming.note
    if outcome is Outcome.ADDED:
        changes = store.put_note(theirs)
        for revision in incoming.revisions:
            store.add_note_revision(theirs.uid, revision)
        for conflict in incoming.conflicts:
            store.add_note_conflict(theirs.uid, conflict)
        return changes
    if outcome is Outcome.UPDATED:
        local = store.note(theirs.uid)
        merged = replace(theirs, target_kind=local.target_kind, target_uid=local.target_uid,
                         range_start=local.range_start, range_end=local.range_end, id=local.id)
        return save_note(store, merged)  # keeps where our note hangs; our body goes into its history
    if outcome is Outcome.CONFLICT:
        return store.add_note_conflict(theirs.uid, NoteConflict(theirs.body, theirs.updated, theirs.author, origin))
    return Changes()


def _checked(incoming: Sequence[IncomingNote]) -> None:
    seen = Counter(item.note.uid for item in incoming)
    twice = [uid for uid, n in seen.items() if n > 1]
    if twice:
        raise ValueError(f"the incoming notes hold uid {twice[0]!r} more than once")


def merge_operation(store: CaseStore, incoming: Sequence[IncomingNote], origin: str) -> tuple[Operation, MergeReport]:
    """The merge as one undoable step ("Import notes"), and what it will do."""
    _checked(incoming)
    report = MergeReport(origin, {item.note.uid: decide(store, item) for item in incoming})
    touched = [uid for uid, o in report.outcomes.items() if o in (Outcome.UPDATED, Outcome.CONFLICT)]
    added = [uid for uid, o in report.outcomes.items() if o is Outcome.ADDED]
    saved = snapshot.Snapshot()
    for uid in touched:
        saved = saved.merge(snapshot.of_note(store, uid))
    plan = [(item, report.outcomes[item.note.uid]) for item in incoming]

    def do(s: CaseStore) -> Changes:
        changes = Changes.of(Changed.NOTES, *added, *touched)
        for item, outcome in plan:
            changes |= _apply(s, item, outcome, origin)
        return changes

    def undo(s: CaseStore) -> Changes:
        for uid in added + touched:
            if s.note(uid) is not None:
                s.delete_note(uid)
        saved.restore(s)
        return Changes.of(Changed.NOTES, *added, *touched)

    return Operation("Import notes", do, undo), report


def merge_notes(store: CaseStore, incoming: Sequence[IncomingNote], origin: str) -> MergeReport:
    """Merge in one transaction, outside any undo history (the command line)."""
    operation, report = merge_operation(store, incoming, origin)
    with store.db.atomic():
        operation.do(store)
    return report
