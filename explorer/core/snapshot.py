"""Everything a delete would take with it, captured before it happens, so undo can put it back.

A ``Snapshot`` holds records as models (with their uids); ``restore`` puts them back in
dependency order. Integer ids may differ afterwards; uids, content and links do not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from explorer.core.models import (
    Citation,
    CitationTarget,
    Entity,
    Era,
    Event,
    EventEffect,
    Note,
    NoteConflict,
    NoteRevision,
    NoteTarget,
    Relationship,
    Source,
    Tour,
)
from explorer.core.store import CaseStore


@dataclass
class Snapshot:
    entities: list[Entity] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)  # whole events, participants included
    effects: list[EventEffect] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    notes: list[tuple[Note, list[NoteRevision], list[NoteConflict]]] = field(default_factory=list)
    positions: dict[str, tuple[float, float]] = field(default_factory=dict)
    tours: list[Tour] = field(default_factory=list)
    eras: list[Era] = field(default_factory=list)

    def merge(self, other: Snapshot) -> Snapshot:
        """Both snapshots as one (records both hold counted once, by uid)."""
        merged = Snapshot()
        for name in ("entities", "relationships", "events", "sources", "citations", "tours", "eras"):
            seen: dict[str, object] = {}
            for record in getattr(self, name) + getattr(other, name):
                seen.setdefault(record.uid, record)
            setattr(merged, name, list(seen.values()))
        merged.effects = list(dict.fromkeys(self.effects + other.effects))
        notes: dict[str, tuple[Note, list[NoteRevision], list[NoteConflict]]] = {}
        for entry in self.notes + other.notes:
            notes.setdefault(entry[0].uid, entry)
        merged.notes = list(notes.values())
        merged.positions = {**other.positions, **self.positions}
        return merged

    def restore(self, store: CaseStore) -> None:
        """Put every record back, with its old id where free (in one transaction when called inside one)."""
        with store.keeping_ids():
            self._restore(store)

    def _restore(self, store: CaseStore) -> None:
        for entity in self.entities:
            store.put_entity(entity)
        for event in self.events:
            store.put_event(event)
        for relationship in self.relationships:
            store.put_relationship(relationship)
        for effect in self.effects:
            if store.exists("event", effect.event_uid) and store.exists("relationship", effect.relationship_uid):
                store.add_effect(effect)
        for source in self.sources:
            store.put_source(source)
        for citation in self.citations:
            store.put_citation(citation)
        for note, revisions, conflicts in self.notes:
            if store.note(note.uid) is None:
                store.put_note(note)
                for revision in revisions:
                    store.add_note_revision(note.uid, revision)
                for conflict in conflicts:
                    store.add_note_conflict(note.uid, conflict)
        for uid, position in self.positions.items():
            store.set_position(uid, position)
        for tour in self.tours:
            store.put_tour(tour)
        for era in self.eras:
            store.put_era(era)


def _with_history(store: CaseStore, note: Note) -> tuple[Note, list[NoteRevision], list[NoteConflict]]:
    return note, store.note_revisions(note.uid), store.note_conflicts(note.uid)


def _notes_on(store: CaseStore, kind: NoteTarget, uid: str) -> list[tuple[Note, list[NoteRevision], list[NoteConflict]]]:
    return [_with_history(store, note) for note in store.notes(kind, uid)]


def of_relationship(store: CaseStore, uid: str) -> Snapshot:
    relationship = store.relationship(uid)
    if relationship is None:
        return Snapshot()
    return Snapshot(
        relationships=[relationship], effects=store.effects_on_relationship(uid),
        citations=store.citations_on(CitationTarget.RELATIONSHIP, uid), notes=_notes_on(store, NoteTarget.RELATIONSHIP, uid),
    )


def of_event(store: CaseStore, uid: str) -> Snapshot:
    event = store.event(uid)
    if event is None:
        return Snapshot()
    return Snapshot(
        events=[event], effects=store.effects_of_event(uid), citations=store.citations_on(CitationTarget.EVENT, uid),
        notes=_notes_on(store, NoteTarget.EVENT, uid), tours=store.tours_with_event(uid),
    )


def of_entity(store: CaseStore, uid: str) -> Snapshot:
    entity = store.entity(uid)
    if entity is None:
        return Snapshot()
    snapshot = Snapshot(
        entities=[entity], events=store.events_by_uid(store.event_uids_with_entity(uid)),
        citations=store.citations_on(CitationTarget.ENTITY, uid), notes=_notes_on(store, NoteTarget.ENTITY, uid),
        positions={uid: store.positions()[uid]} if uid in store.positions() else {},
    )
    for relationship in store.relationships_of_entity(uid):
        part = of_relationship(store, relationship.uid)
        snapshot.relationships += part.relationships
        snapshot.effects += part.effects
        snapshot.citations += part.citations
        snapshot.notes += part.notes
    return snapshot


def of_source(store: CaseStore, uid: str) -> Snapshot:
    source = store.source(uid)
    return Snapshot(sources=[source], citations=store.citations_from(uid)) if source else Snapshot()


def of_note(store: CaseStore, uid: str) -> Snapshot:
    note = store.note(uid)
    return Snapshot(notes=[_with_history(store, note)]) if note else Snapshot()
