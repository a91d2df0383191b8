"""How each edge bends: parallel ties between the same two entities fan out, and a lone tie that
would run straight through another entity curves around it.

A bend is the signed sideways offset of the edge's midpoint, in scene units, to the left of the
direction from its source to its target (0 = straight). Views draw a quadratic curve through it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from explorer.core.models import Relationship

Position = tuple[float, float]
PARALLEL_SPACING = 46.0
CLEARANCE = 44.0  # how far a straight tie must pass from another entity's centre
MIN_DETOUR = 30.0
AVOID_LIMIT = 1500  # above this many entities, ties are not checked against every entity


def _pair_key(relationship: Relationship) -> tuple[str, str]:
    return tuple(sorted((relationship.source_uid, relationship.target_uid)))  # type: ignore[return-value]


def _avoiding(p: np.ndarray, q: np.ndarray, others: np.ndarray) -> float:
    """The bend that keeps the tie p→q clear of the nearest entity sitting on it, or 0."""
    direction = q - p
    length = float(np.hypot(*direction))
    if length < 1e-6 or not len(others):
        return 0.0
    unit = direction / length
    normal = np.array([unit[1], -unit[0]])  # left of the direction, in y-down scene coordinates
    along = (others - p) @ unit / length
    across = (others - p) @ normal
    blocking = (along > 0.08) & (along < 0.92) & (np.abs(across) < CLEARANCE)
    if not blocking.any():
        return 0.0
    side = -1.0 if across[blocking].sum() > 0 else 1.0  # go round on the side with fewer blockers
    depth = max(float(np.max(CLEARANCE + side * across[blocking])), MIN_DETOUR)  # a slight bend looks like a mistake
    return side * min(depth, 0.45 * length)


def bends(relationships: Sequence[Relationship], positions: dict[str, Position], avoid: bool = True) -> dict[str, float]:
    """Each relationship's bend, from the entities' positions."""
    groups: dict[tuple[str, str], list[Relationship]] = defaultdict(list)
    for relationship in relationships:
        if relationship.source_uid in positions and relationship.target_uid in positions:
            groups[_pair_key(relationship)].append(relationship)
    uids = list(positions)
    xy = np.array([positions[u] for u in uids], dtype=float).reshape(-1, 2)
    row = {uid: i for i, uid in enumerate(uids)}
    avoid = avoid and len(uids) <= AVOID_LIMIT
    result: dict[str, float] = {}
    for (first, _second), members in groups.items():
        count = len(members)
        for k, relationship in enumerate(members):
            offset = (k - (count - 1) / 2) * PARALLEL_SPACING
            # offsets are laid out along the pair's own direction (first → second); flip for the reverse
            result[relationship.uid] = offset if relationship.source_uid == first else -offset
        if avoid and count % 2 == 1:
            middle = members[count // 2]
            p, q = xy[row[middle.source_uid]], xy[row[middle.target_uid]]
            keep = np.ones(len(uids), dtype=bool)
            keep[[row[middle.source_uid], row[middle.target_uid]]] = False
            detour = _avoiding(p, q, xy[keep])
            if detour and count == 1:
                result[middle.uid] = detour
            elif detour:  # shift the whole fan so its middle tie clears the entity
                sign = 1.0 if middle.source_uid == first else -1.0
                for relationship in members:
                    own = 1.0 if relationship.source_uid == first else -1.0
                    result[relationship.uid] += own * sign * detour
    return result
