"""The role an entity plays in a case's network, read from the types of its relationships.

"Columns by role" lays a network out as, for example, labs (customers) | suppliers | investors |
people. An entity's role is the one most of its relationships give it; people are always people.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from enum import StrEnum

from explorer.core.models import Entity, EntityKind, Relationship


class Role(StrEnum):
    INVESTOR = "investors & owners"
    CUSTOMER = "customers"
    SUPPLIER = "suppliers"
    PEOPLE = "people"
    OTHER = "others"


# (role of the source, role of the target) each relationship type gives
_ROLES_OF_TYPE: dict[str, tuple[Role | None, Role | None]] = {
    "customer_of": (Role.CUSTOMER, Role.SUPPLIER),
    "supplier_to": (Role.SUPPLIER, Role.CUSTOMER),
    "investor_in": (Role.INVESTOR, None),
    "owns_stake_in": (Role.INVESTOR, None),
    "acquired": (Role.INVESTOR, None),
    "founder_of": (Role.PEOPLE, None),
    "ceo_of": (Role.PEOPLE, None),
    "executive_of": (Role.PEOPLE, None),
    "board_member_of": (Role.PEOPLE, None),
    "employee_of": (Role.PEOPLE, None),
    "leads_unit_at": (Role.PEOPLE, None),
}
COLUMN_ORDER = (Role.INVESTOR, Role.CUSTOMER, Role.SUPPLIER, Role.PEOPLE, Role.OTHER)
_TIE_ORDER = (Role.CUSTOMER, Role.SUPPLIER, Role.INVESTOR, Role.PEOPLE)


def roles(entities: Iterable[Entity], relationships: Iterable[Relationship]) -> dict[str, Role]:
    """Each entity's role; entities whose ties say nothing (or who have none) are 'others'."""
    votes: dict[str, Counter[Role]] = {}
    for relationship in relationships:
        source_role, target_role = _ROLES_OF_TYPE.get(relationship.type, (None, None))
        for uid, role in ((relationship.source_uid, source_role), (relationship.target_uid, target_role)):
            if role is not None:
                votes.setdefault(uid, Counter())[role] += 1
    found = {}
    for entity in entities:
        if entity.kind is EntityKind.PERSON:
            found[entity.uid] = Role.PEOPLE
            continue
        counts = votes.get(entity.uid, Counter())
        counts.pop(Role.PEOPLE, None)  # an organisation named as a person's employer is not a person
        if not counts:
            found[entity.uid] = Role.OTHER
            continue
        best = max(counts.values())
        found[entity.uid] = next(role for role in _TIE_ORDER if counts.get(role) == best)
    return found
