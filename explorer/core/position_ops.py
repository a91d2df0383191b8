"""Undoable operations that pin entities in the relationship graph, or let them go.

A pinned position is saved in the case (``entity_position``) and overrides the layout. Each
operation remembers where the entity was pinned before (or that it was not), so undo puts it
back exactly.
"""

from __future__ import annotations

from collections.abc import Mapping

from explorer.core.changes import Changes
from explorer.core.store import CaseStore
from explorer.core.undo import Operation, Step

Position = tuple[float, float]


def _setter(positions: Mapping[str, Position | None]) -> Step:
    def apply(store: CaseStore) -> Changes:
        changes = Changes()
        for uid, position in positions.items():
            changes |= store.set_position(uid, position)
        return changes

    return apply


def pin_many(store: CaseStore, positions: Mapping[str, Position | None], label: str | None = None) -> Operation:
    """Pin several entities at once (None unpins one); undo restores every previous pin."""
    if not positions:
        raise ValueError("nothing to pin")
    known = store.positions()
    for uid in positions:
        if not store.exists("entity", uid):
            raise KeyError(f"the case has no entity with uid {uid!r}")
    after = {uid: (None if p is None else (float(p[0]), float(p[1]))) for uid, p in positions.items()}
    before = {uid: known.get(uid) for uid in positions}
    if label is None:
        label = "Move entity" if len(after) == 1 else f"Move {len(after)} entities"
    return Operation(label, _setter(after), _setter(before))


def pin(store: CaseStore, uid: str, position: Position) -> Operation:
    """Pin one entity where it was dragged to."""
    return pin_many(store, {uid: position}, "Move entity")


def unpin(store: CaseStore, uid: str) -> Operation:
    """Let the layout place the entity again."""
    return pin_many(store, {uid: None}, "Unpin entity")


def unpin_all(store: CaseStore) -> Operation | None:
    """Let the layout place every pinned entity again; None when none is pinned."""
    pinned = store.positions()
    if not pinned:
        return None
    return pin_many(store, dict.fromkeys(pinned), "Unpin all entities")
