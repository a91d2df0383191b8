"""Reads that find what hangs off a record: what a delete would take with it, for undo."""

from __future__ import annotations

from explorer.core.models import Citation, CitationTarget, Relationship, Tour
from explorer.core.store._base import StoreBase


class LookupStore(StoreBase):
    def event_uids_with_entity(self, entity_uid: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT e.uid FROM event_entity p JOIN event e ON e.id = p.event_id "
            "WHERE p.entity_id = (SELECT id FROM entity WHERE uid = ?) ORDER BY e.id",
            (entity_uid,),
        )
        return [row[0] for row in rows]

    def relationships_of_entity(self, entity_uid: str) -> list[Relationship]:
        ids = {row[0] for row in self.conn.execute(
            "SELECT r.uid FROM relationship r JOIN entity e ON e.id IN (r.source_id, r.target_id) WHERE e.uid = ?", (entity_uid,)
        )}
        return [r for r in self.relationships() if r.uid in ids]  # type: ignore[attr-defined]

    def citations_from(self, source_uid: str) -> list[Citation]:
        return [c for c in self.citations() if c.source_uid == source_uid]  # type: ignore[attr-defined]

    def citations_on(self, kind: CitationTarget, uid: str) -> list[Citation]:
        return [citation for citation, _source in self.citations_of(kind, uid)]  # type: ignore[attr-defined]

    def tours_with_event(self, event_uid: str) -> list[Tour]:
        return [t for t in self.tours() if any(step.event_uid == event_uid for step in t.steps)]  # type: ignore[attr-defined]
