"""Entities: the companies, people, organizations and groups of a case."""

from __future__ import annotations

import re

from explorer.core.changes import Changed, Changes
from explorer.core.models import Entity, EntityKind
from explorer.core.store._base import RecordError, StoreBase, read_enum, text

_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_COLUMNS = "id, uid, kind, name, aliases, summary, color, url, wikidata"


def check_color(value: str | None, what: str) -> None:
    if value is not None and not _COLOR.fullmatch(value):
        raise RecordError(what, f"{value!r} is not a colour like #1f77b4")


def _entity(row: tuple) -> Entity:
    id_, uid, kind, name, aliases, summary, color, url, wikidata = row
    return Entity(
        uid=uid, kind=read_enum(EntityKind, kind, EntityKind.ORGANIZATION), name=text(name),
        aliases=tuple(a for a in text(aliases).split("\n") if a), summary=text(summary),
        color=color, url=url, wikidata=wikidata, id=id_,
    )


class EntityStore(StoreBase):
    def entities(self) -> list[Entity]:
        return [_entity(row) for row in self.conn.execute(f"SELECT {_COLUMNS} FROM entity ORDER BY id")]

    def entity(self, uid: str) -> Entity | None:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM entity WHERE uid = ?", (uid,)).fetchone()
        return None if row is None else _entity(row)

    def put_entity(self, entity: Entity) -> Changes:
        """Insert the entity, or update the one with the same uid."""
        if not entity.name.strip():
            raise RecordError("name", "an entity needs a name")
        if any("\n" in alias for alias in entity.aliases):
            raise RecordError("aliases", "an alias cannot contain a line break")
        check_color(entity.color, "color")
        values = (
            str(entity.kind), entity.name, "\n".join(entity.aliases), entity.summary,
            entity.color, entity.url, entity.wikidata,
        )
        with self._write() as conn:
            existing = self._id_or_none("entity", entity.uid)
            if existing is None:
                conn.execute(
                    "INSERT INTO entity (id, kind, name, aliases, summary, color, url, wikidata, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (self._new_id("entity", entity.id), *values, entity.uid),
                )
            else:
                conn.execute(
                    "UPDATE entity SET kind = ?, name = ?, aliases = ?, summary = ?, color = ?, url = ?, wikidata = ? WHERE id = ?",
                    (*values, existing),
                )
        return Changes.of(Changed.ENTITIES, entity.uid)

    def positions(self) -> dict[str, tuple[float, float]]:
        """Pinned places of entities in the relationship graph, by entity uid."""
        rows = self.conn.execute("SELECT e.uid, p.x, p.y FROM entity_position p JOIN entity e ON e.id = p.entity_id")
        return {uid: (float(x), float(y)) for uid, x, y in rows}

    def set_position(self, uid: str, position: tuple[float, float] | None) -> Changes:
        """Pin an entity at (x, y) in the relationship graph, or unpin it with None."""
        with self._write() as conn:
            entity_id = self._id_of("entity", uid)
            if position is None:
                conn.execute("DELETE FROM entity_position WHERE entity_id = ?", (entity_id,))
            else:
                x, y = (float(v) for v in position)
                conn.execute(
                    "INSERT INTO entity_position (entity_id, x, y) VALUES (?, ?, ?) ON CONFLICT (entity_id) DO UPDATE SET x = ?, y = ?",
                    (entity_id, x, y, x, y),
                )
        return Changes.of(Changed.POSITIONS, uid)

    def delete_entity(self, uid: str) -> Changes:
        """Delete an entity with its participations, relationships, citations and notes."""
        with self._write() as conn:
            entity_id = self._id_of("entity", uid)
            conn.execute("DELETE FROM entity WHERE id = ?", (entity_id,))
        return Changes.of(
            Changed.ENTITIES | Changed.PARTICIPANTS | Changed.RELATIONSHIPS | Changed.EFFECTS | Changed.CITATIONS | Changed.NOTES,
            uid,
        )
