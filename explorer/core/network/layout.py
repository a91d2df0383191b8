"""Where each entity sits in the relationship graph: four deterministic layouts, pins on top.

Layouts use every relationship of the case, whatever the date, so nodes stay put while the time
cursor moves. Nodes are taken in uid order, so the picture depends on the case's content only:
the same case gives the same layout on every run. Pinned positions (dragged by a user and saved
in the case) override whatever the layout says.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Sequence
from enum import StrEnum

import numpy as np

from explorer.core.models import Entity, Relationship
from explorer.core.network import force
from explorer.core.network.roles import COLUMN_ORDER, roles

EDGE_LENGTH = 210.0  # scene units between tied entities
MIN_GAP = 150.0  # no two entities closer than this, room for their names
COLUMN_GAP = 340.0
ROW_GAP = 120.0
MAX_COLUMN_ROWS = 30
Position = tuple[float, float]


class LayoutKind(StrEnum):
    DEFAULT = "default"
    FORCE = "force"
    CIRCULAR = "circular"
    COLUMNS = "columns"

    @property
    def label(self) -> str:
        return {"default": "Default", "force": "Force-directed", "circular": "Circular", "columns": "Columns by role"}[self.value]


def _graph(entities: Sequence[Entity], relationships: Sequence[Relationship]) -> tuple[list[str], np.ndarray]:
    uids = sorted(e.uid for e in entities)
    index = {uid: i for i, uid in enumerate(uids)}
    pairs = {
        tuple(sorted((index[r.source_uid], index[r.target_uid])))
        for r in relationships
        if r.source_uid in index and r.target_uid in index and r.source_uid != r.target_uid
    }
    return uids, np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)


def _components(n: int, edges: np.ndarray) -> list[np.ndarray]:
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in edges:
        parent[root(int(a))] = root(int(b))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[root(i)].append(i)
    return sorted((np.array(g) for g in groups.values()), key=lambda g: (-len(g), int(g[0])))


def _seed(uids: list[str]) -> int:
    return zlib.crc32("\n".join(uids).encode("utf-8"))


def _piece(nodes: np.ndarray, edges: np.ndarray, kind: LayoutKind, seed: int) -> np.ndarray:
    if len(nodes) == 1:  # an entity without ties sits where packing puts it (a case may have hundreds)
        return np.zeros((1, 2))
    local = {int(node): i for i, node in enumerate(nodes)}
    mask = np.isin(edges[:, 0], nodes) & np.isin(edges[:, 1], nodes)
    piece_edges = np.array([[local[int(a)], local[int(b)]] for a, b in edges[mask]], dtype=np.int64).reshape(-1, 2)
    if kind is LayoutKind.DEFAULT and len(nodes) <= force.STRESS_LIMIT:
        xy = force.stress(len(nodes), piece_edges)
    else:
        xy = force.force(len(nodes), piece_edges, seed)
    return force.separate(xy * EDGE_LENGTH, MIN_GAP)


def _pack(pieces: list[np.ndarray]) -> list[np.ndarray]:
    """Place pieces side by side in rows (largest first), singletons in a grid after them."""
    boxes = [(p.min(axis=0), p.max(axis=0)) for p in pieces]
    area = sum(float(np.prod(hi - lo + MIN_GAP)) for lo, hi in boxes)
    row_width = max(np.sqrt(area) * 1.6, max(float(hi[0] - lo[0]) for lo, hi in boxes))
    placed, x, y, row_height = [], 0.0, 0.0, 0.0
    for piece, (lo, hi) in zip(pieces, boxes, strict=True):
        width, height = hi - lo
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height + MIN_GAP, 0.0
        placed.append(piece - lo + (x, y))
        x += width + MIN_GAP
        row_height = max(row_height, float(height))
    return placed


def _numeric(uids: list[str], edges: np.ndarray, kind: LayoutKind) -> np.ndarray:
    pieces = _components(len(uids), edges)
    seed = _seed(uids)
    shapes = [_piece(nodes, edges, kind, seed + i) for i, nodes in enumerate(pieces)]
    xy = np.zeros((len(uids), 2))
    for nodes, placed in zip(pieces, _pack(shapes), strict=True):
        xy[nodes] = placed
    return xy


def _circular(uids: list[str], edges: np.ndarray) -> np.ndarray:
    """A circle in breadth-first order from each piece's best-connected entity, so ties stay short."""
    n = len(uids)
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for a, b in edges:
        neighbours[int(a)].append(int(b))
        neighbours[int(b)].append(int(a))
    order: list[int] = []
    for piece in _components(n, edges):
        start = max(piece, key=lambda i: (len(neighbours[i]), -i))
        seen, queue = {int(start)}, [int(start)]
        while queue:
            node = queue.pop(0)
            order.append(node)
            for other in sorted(neighbours[node], key=lambda i: (-len(neighbours[i]), i)):
                if other not in seen:
                    seen.add(other)
                    queue.append(other)
    radius = max(EDGE_LENGTH * 1.5, n * MIN_GAP * 1.3 / (2 * np.pi))
    angles = -np.pi / 2 + 2 * np.pi * np.arange(n) / max(n, 1)
    xy = np.zeros((n, 2))
    xy[order] = np.column_stack([np.cos(angles), np.sin(angles)]) * radius
    return xy


def _columns(uids: list[str], edges: np.ndarray, entities: Sequence[Entity], relationships: Sequence[Relationship]) -> np.ndarray:
    """Columns by role (investors | customers | suppliers | people | others), ordered to cut crossings."""
    role_of = roles(entities, relationships)
    neighbours: list[list[int]] = [[] for _ in uids]
    for a, b in edges:
        neighbours[int(a)].append(int(b))
        neighbours[int(b)].append(int(a))
    columns = [[i for i, uid in enumerate(uids) if role_of.get(uid) is role] for role in COLUMN_ORDER]
    columns = [sorted(c, key=lambda i: (-len(neighbours[i]), uids[i])) for c in columns if c]
    rank = {i: float(row) for column in columns for row, i in enumerate(column)}
    for _sweep in range(6):  # barycentre ordering: each entity near the mean row of its ties
        for column in columns:
            def centre(i: int) -> tuple[float, str]:
                tied = [rank[j] for j in neighbours[i]]
                return (sum(tied) / len(tied) if tied else rank[i], uids[i])

            column.sort(key=centre)
            for row, i in enumerate(column):
                rank[i] = float(row) - (len(column) - 1) / 2
    xy = np.zeros((len(uids), 2))
    x = 0.0
    for column in columns:
        stacks = [column[k : k + MAX_COLUMN_ROWS] for k in range(0, len(column), MAX_COLUMN_ROWS)]
        for stack in stacks:
            for row, i in enumerate(stack):
                xy[i] = (x, (row - (len(stack) - 1) / 2) * ROW_GAP)
            x += COLUMN_GAP * (0.6 if stack is not stacks[-1] else 1.0)
    return xy


def layout(
    entities: Sequence[Entity], relationships: Sequence[Relationship], kind: LayoutKind = LayoutKind.DEFAULT,
    pinned: dict[str, Position] | None = None,
) -> dict[str, Position]:
    """Every entity's place in scene units; pinned entities keep their pinned place."""
    uids, edges = _graph(entities, relationships)
    if not uids:
        return {}
    if kind is LayoutKind.CIRCULAR:
        xy = _circular(uids, edges)
    elif kind is LayoutKind.COLUMNS:
        xy = _columns(uids, edges, entities, relationships)
    else:
        xy = _numeric(uids, edges, kind)
    xy = np.round(xy, 3)  # the same numbers whatever the last bits of floating point did
    positions = {uid: (float(x), float(y)) for uid, (x, y) in zip(uids, xy, strict=True)}
    for uid, place in (pinned or {}).items():
        if uid in positions:
            positions[uid] = (float(place[0]), float(place[1]))
    return positions
