"""Which relationships the panel shows: by type, by certainty, by an entity at either end.

One filter value serves the graph and the table alike, so both always show the same ties.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.core.models import Certainty, Relationship


@dataclass(frozen=True)
class RelationshipFilter:
    types: frozenset[str] | None = None  # None = every type
    certainties: frozenset[Certainty] | None = None
    entity: str | None = None  # only ties with this entity at one end

    @property
    def is_active(self) -> bool:
        return self.types is not None or self.certainties is not None or self.entity is not None

    def matches(self, relationship: Relationship) -> bool:
        if self.types is not None and relationship.type not in self.types:
            return False
        if self.certainties is not None and relationship.certainty not in self.certainties:
            return False
        return self.entity is None or self.entity in (relationship.source_uid, relationship.target_uid)

    def keeps_entity(self, uid: str, neighbours: set[str]) -> bool:
        """Whether an entity node stays in full view: the chosen entity and those tied to it."""
        return self.entity is None or uid == self.entity or uid in neighbours


NO_FILTER = RelationshipFilter()
