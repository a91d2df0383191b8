"""A whole case held in memory as models: what every importer produces and the merge consumes."""

from __future__ import annotations

from dataclasses import dataclass, field

from explorer.core.models import (
    Citation,
    Entity,
    Era,
    Event,
    EventEffect,
    Note,
    NoteConflict,
    NoteRevision,
    Relationship,
    Source,
    Tour,
)


@dataclass
class CaseData:
    meta: dict[str, str] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    event_effects: list[EventEffect] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    eras: list[Era] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    note_revisions: dict[str, list[NoteRevision]] = field(default_factory=dict)  # by note uid
    note_conflicts: dict[str, list[NoteConflict]] = field(default_factory=dict)  # by note uid
    positions: dict[str, tuple[float, float]] = field(default_factory=dict)  # pinned graph places, by entity uid
    tours: list[Tour] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)  # what reading the file changed, for the import report

    def counts(self) -> dict[str, int]:
        return {
            "entities": len(self.entities),
            "events": len(self.events),
            "relationships": len(self.relationships),
            "event_effects": len(self.event_effects),
            "sources": len(self.sources),
            "citations": len(self.citations),
            "eras": len(self.eras),
            "notes": len(self.notes),
            "tours": len(self.tours),
        }
