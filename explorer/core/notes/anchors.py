"""What notes hang on: the case, an event, entity or relationship, or a date range.

A ``NoteAnchor`` is the selection the notes panel follows. ``notes_on`` lists an anchor's notes
(for a range: every range note overlapping it), ``describe`` names it for people, and
``new_note`` starts a note on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.core import dates
from explorer.core.dates import PartialDate
from explorer.core.models import Note, NoteTarget, new_uid
from explorer.core.network.sentences import sentence
from explorer.core.notes.history import stamp
from explorer.core.store import CaseStore


@dataclass(frozen=True)
class NoteAnchor:
    kind: NoteTarget
    uid: str | None = None
    range_start: PartialDate | None = None
    range_end: PartialDate | None = None

    @classmethod
    def case(cls) -> NoteAnchor:
        return cls(NoteTarget.CASE)

    @classmethod
    def of(cls, kind: NoteTarget, uid: str) -> NoteAnchor:
        return cls(kind, uid)

    @classmethod
    def period(cls, start: PartialDate, end: PartialDate) -> NoteAnchor:
        return cls(NoteTarget.RANGE, None, start, end)

    @classmethod
    def of_note(cls, note: Note) -> NoteAnchor:
        return cls(note.target_kind, note.target_uid, note.range_start, note.range_end)

    def holds(self, note: Note) -> bool:
        """Whether the note belongs in this anchor's list."""
        if note.target_kind is not self.kind:
            return False
        if self.kind is NoteTarget.RANGE:
            return _overlaps(note.range_start, note.range_end, self.range_start, self.range_end)
        return note.target_uid == self.uid


def _overlaps(a0: PartialDate | None, a1: PartialDate | None, b0: PartialDate | None, b1: PartialDate | None) -> bool:
    if None in (a0, a1, b0, b1):
        return False
    return dates.start_seconds(a0) < dates.end_seconds(b1) and dates.start_seconds(b0) < dates.end_seconds(a1)


def period_from_seconds(t0: float, t1: float) -> NoteAnchor:
    """A range anchor for a span of the timeline, at a precision that suits its length."""
    span = abs(t1 - t0)
    year = 365 * 86_400
    precision = dates.Precision.DAY if span < 3 * year else dates.Precision.MONTH if span < 40 * year else dates.Precision.YEAR
    start = dates.from_seconds_at(int(min(t0, t1)), precision)
    end = dates.from_seconds_at(int(max(t0, t1)), precision)
    return NoteAnchor.period(start, end)


def notes_on(store: CaseStore, anchor: NoteAnchor) -> list[Note]:
    """The anchor's notes: pinned first, then newest first."""
    if anchor.kind is NoteTarget.RANGE:
        notes = sorted((note for note in store.notes(NoteTarget.RANGE) if anchor.holds(note)), key=lambda n: n.updated, reverse=True)
        return sorted(notes, key=lambda n: not n.pinned)  # stable: newest first within pinned and unpinned
    return store.notes(anchor.kind, anchor.uid)


def describe(store: CaseStore, anchor: NoteAnchor) -> str:
    """The anchor in words: "Event: Meta takes 49%…", "June 2025 – July 2025", "The whole case"."""
    if anchor.kind is NoteTarget.CASE:
        return "The whole case"
    if anchor.kind is NoteTarget.RANGE:
        return f"Period: {dates.display_span(anchor.range_start, anchor.range_end)}"
    if anchor.kind is NoteTarget.EVENT:
        event = store.event(anchor.uid)
        return f"Event: {event.title}" if event else "Event (deleted)"
    if anchor.kind is NoteTarget.ENTITY:
        entity = store.entity(anchor.uid)
        return f"{str(entity.kind).capitalize()}: {entity.name}" if entity else "Entity (deleted)"
    relationship = store.relationship(anchor.uid)
    if relationship is None:
        return "Relationship (deleted)"
    names = {e.uid: e.name for e in store.entities()}
    source, target = names.get(relationship.source_uid, "?"), names.get(relationship.target_uid, "?")
    return f"Relationship: {sentence(relationship.type, source, target)}"


def exists(store: CaseStore, anchor: NoteAnchor) -> bool:
    """Whether the record the anchor names is (still) in the case."""
    table = {NoteTarget.EVENT: "event", NoteTarget.ENTITY: "entity", NoteTarget.RELATIONSHIP: "relationship"}.get(anchor.kind)
    return table is None or (anchor.uid is not None and store.exists(table, anchor.uid))


def new_note(anchor: NoteAnchor, author: str, body: str = "") -> Note:
    """A fresh note on the anchor (not yet stored)."""
    created = stamp()
    return Note(
        uid=new_uid(), target_kind=anchor.kind, body=body, created=created, updated=created, target_uid=anchor.uid,
        range_start=anchor.range_start, range_end=anchor.range_end, author=author,
    )
