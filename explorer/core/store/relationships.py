"""Relationships between entities over time, and the events that start, end or change them."""

from __future__ import annotations

from collections.abc import Sequence

from explorer.core import dates
from explorer.core.changes import Changed, Changes
from explorer.core.models import Certainty, Effect, EventEffect, Relationship
from explorer.core.store._base import RecordError, StoreBase, iso, read_date, read_enum, text

_SELECT = (
    "SELECT r.id, r.uid, s.uid, t.uid, r.type, r.directed, r.label, r.start, r.\"end\", r.t_start, r.t_end, "
    "r.certainty, r.summary FROM relationship r JOIN entity s ON s.id = r.source_id JOIN entity t ON t.id = r.target_id"
)
_SELECT_EFFECTS = (
    "SELECT e.uid, r.uid, x.effect FROM event_effect x JOIN event e ON e.id = x.event_id "
    "JOIN relationship r ON r.id = x.relationship_id"
)


def _relationship(row: Sequence) -> Relationship:
    id_, uid, source, target, type_, directed, label, start, end, t_start, t_end, certainty, summary = row
    return Relationship(
        uid=uid, source_uid=source, target_uid=target, type=text(type_), directed=bool(directed), label=text(label),
        start=read_date(start, t_start), end=read_date(end, t_end - 1 if isinstance(t_end, int) else None),
        certainty=read_enum(Certainty, certainty, Certainty.CONFIRMED), summary=text(summary), id=id_,
    )


def _effect(row: Sequence) -> EventEffect:
    return EventEffect(row[0], row[1], read_enum(Effect, row[2], Effect.MODIFIES))


def check_relationship(relationship: Relationship) -> None:
    if not relationship.type.strip():
        raise RecordError("type", "a relationship needs a type")
    if relationship.source_uid == relationship.target_uid:
        raise RecordError("target", "a relationship needs two different entities")
    start, end = relationship.start, relationship.end
    if start is not None and end is not None and dates.ends_before(end, start):
        raise RecordError("end", f"{end} is before the start {start}")


class RelationshipStore(StoreBase):
    def relationships(self) -> list[Relationship]:
        return [_relationship(row) for row in self.conn.execute(f"{_SELECT} ORDER BY r.id")]

    def relationship(self, uid: str) -> Relationship | None:
        row = self.conn.execute(f"{_SELECT} WHERE r.uid = ?", (uid,)).fetchone()
        return None if row is None else _relationship(row)

    def put_relationship(self, relationship: Relationship) -> Changes:
        check_relationship(relationship)
        start, end = relationship.start, relationship.end
        with self._write() as conn:
            values = (
                self._id_of("entity", relationship.source_uid, "source"), self._id_of("entity", relationship.target_uid, "target"),
                relationship.type, int(relationship.directed), relationship.label, iso(start), iso(end),
                dates.start_seconds(start) if start else None, dates.end_seconds(end) if end else None,
                str(relationship.certainty), relationship.summary,
            )
            existing = self._id_or_none("relationship", relationship.uid)
            if existing is None:
                conn.execute(
                    "INSERT INTO relationship (id, source_id, target_id, type, directed, label, start, \"end\", t_start, t_end, "
                    "certainty, summary, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (self._new_id("relationship", relationship.id), *values, relationship.uid),
                )
            else:
                conn.execute(
                    "UPDATE relationship SET source_id = ?, target_id = ?, type = ?, directed = ?, label = ?, start = ?, "
                    "\"end\" = ?, t_start = ?, t_end = ?, certainty = ?, summary = ? WHERE id = ?",
                    (*values, existing),
                )
        return Changes.of(Changed.RELATIONSHIPS, relationship.uid)

    def delete_relationship(self, uid: str) -> Changes:
        with self._write() as conn:
            conn.execute("DELETE FROM relationship WHERE id = ?", (self._id_of("relationship", uid),))
        return Changes.of(Changed.RELATIONSHIPS | Changed.EFFECTS | Changed.CITATIONS | Changed.NOTES, uid)

    # --- event effects ---------------------------------------------------------------------

    def effects(self) -> list[EventEffect]:
        return [_effect(row) for row in self.conn.execute(f"{_SELECT_EFFECTS} ORDER BY e.id, r.id, x.effect")]

    def effects_of_event(self, event_uid: str) -> list[EventEffect]:
        rows = self.conn.execute(f"{_SELECT_EFFECTS} WHERE e.uid = ? ORDER BY r.id, x.effect", (event_uid,))
        return [_effect(row) for row in rows]

    def effects_on_relationship(self, relationship_uid: str) -> list[EventEffect]:
        rows = self.conn.execute(f"{_SELECT_EFFECTS} WHERE r.uid = ? ORDER BY e.t_start, e.id, x.effect", (relationship_uid,))
        return [_effect(row) for row in rows]

    def has_effect(self, effect: EventEffect) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM event_effect x JOIN event e ON e.id = x.event_id JOIN relationship r ON r.id = x.relationship_id "
            "WHERE e.uid = ? AND r.uid = ? AND x.effect = ?",
            (effect.event_uid, effect.relationship_uid, str(effect.effect)),
        ).fetchone()
        return row is not None

    def _effect_key(self, effect: EventEffect) -> tuple[int, int, str]:
        event_id = self._id_of("event", effect.event_uid, "event")
        return event_id, self._id_of("relationship", effect.relationship_uid, "relationship"), str(effect.effect)

    def add_effect(self, effect: EventEffect) -> Changes:
        with self._write() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO event_effect (event_id, relationship_id, effect) VALUES (?, ?, ?)",
                self._effect_key(effect),
            )
        return Changes.of(Changed.EFFECTS, effect.event_uid, effect.relationship_uid)

    def remove_effect(self, effect: EventEffect) -> Changes:
        with self._write() as conn:
            conn.execute(
                "DELETE FROM event_effect WHERE event_id = ? AND relationship_id = ? AND effect = ?",
                self._effect_key(effect),
            )
        return Changes.of(Changed.EFFECTS, effect.event_uid, effect.relationship_uid)
