"""Reads that find what hangs off a record: what a delete would take with it, for undo."""

from __future__ import annotations

from collections.abc import Sequence

from explorer.core.models import Citation, CitationTarget, Relationship, Tour
from explorer.core.store._base import StoreBase

_BATCH = 500  # uids bound per statement (SQLite allows at least 999 parameters)


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

    def note_count_on_events(self, uids: Sequence[str]) -> int:
        """How many notes are written on these events (deleting them deletes those notes too)."""
        total = 0
        for start in range(0, len(uids), _BATCH):
            chunk = list(uids[start : start + _BATCH])
            marks = ",".join("?" * len(chunk))
            total += self.conn.execute(
                f"SELECT count(*) FROM note WHERE event_id IN (SELECT id FROM event WHERE uid IN ({marks}))", chunk
            ).fetchone()[0]
        return total

    def note_counts_by_event(self) -> dict[int, int]:
        """How many notes each event has (by event id), for badges on the timeline."""
        return dict(self.conn.execute("SELECT event_id, count(*) FROM note WHERE event_id IS NOT NULL GROUP BY event_id"))

    def range_notes(self) -> list[tuple[str, str, str, str]]:
        """Notes on date ranges: (uid, title line, range start, range end) as stored."""
        rows = self.conn.execute("SELECT uid, body, range_start, range_end FROM note WHERE target_kind = 'range' ORDER BY range_start")
        return [(uid, body.strip().split("\n", 1)[0][:80] if body else "", start, end) for uid, body, start, end in rows]

    def tours_with_event(self, event_uid: str) -> list[Tour]:
        return [t for t in self.tours() if any(step.event_uid == event_uid for step in t.steps)]  # type: ignore[attr-defined]
