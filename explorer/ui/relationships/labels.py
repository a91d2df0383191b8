"""Where edge labels go: along each edge, wherever they cover no entity and no other label.

Greedy, most important edges first (selected, then present, then the rest); a label that finds
no free place is left out (the edge's tooltip and the table still say everything). Rectangles
are bucketed in a grid, so placing thousands of labels stays linear.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF

from explorer.ui.relationships.edge_item import EdgeItem
from explorer.ui.relationships.node_item import NodeItem

CROWDED = 500  # above this many shown edges, labels simply sit at their edge's middle (and show when zoomed in)
CELL = 160.0
PADDING = 3.0  # keep labels a little apart, not just not overlapping
ALONG = (0.5, 0.4, 0.6, 0.32, 0.68, 0.25, 0.75)


class _Grid:
    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[QRectF]] = defaultdict(list)

    def _keys(self, rect: QRectF) -> Iterable[tuple[int, int]]:
        for i in range(int(rect.left() // CELL), int(rect.right() // CELL) + 1):
            for j in range(int(rect.top() // CELL), int(rect.bottom() // CELL) + 1):
                yield i, j

    def add(self, rect: QRectF) -> None:
        for key in self._keys(rect):
            self.cells[key].append(rect)

    def free(self, rect: QRectF) -> bool:
        padded = rect.adjusted(-PADDING, -PADDING, PADDING, PADDING)
        return not any(other.intersects(padded) for key in self._keys(padded) for other in self.cells.get(key, ()))


def _priority(edge: EdgeItem) -> tuple:
    look = edge.look
    return (
        not (edge.isSelected() or edge.emphasized),
        look is None or not look.state.present,
        -(look.opacity if look else 0.0),
        edge.uid,
    )


def _candidates(edge: EdgeItem, width: float, height: float) -> Iterable[QRectF]:
    """Centred on the edge from its middle outwards, then beside it on either side."""
    for t in ALONG:
        centre = edge.point(t)
        yield QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
    for t in ALONG[:5]:
        centre, after = edge.point(t), edge.point(t + 0.05)
        dx, dy = after.x() - centre.x(), after.y() - centre.y()
        length = (dx * dx + dy * dy) ** 0.5 or 1.0
        normal = QPointF(-dy / length, dx / length)
        reach = abs(normal.x()) * width / 2 + abs(normal.y()) * height / 2 + 6  # clear of the line itself
        for side in (1, -1):
            shifted = centre + normal * side * reach
            yield QRectF(shifted.x() - width / 2, shifted.y() - height / 2, width, height)


def place_labels(edges: Iterable[EdgeItem], nodes: Iterable[NodeItem]) -> None:
    edges = list(edges)
    shown = [e for e in edges if e.look is not None and e.look.visible]
    if len(shown) > CROWDED:
        _centre_labels(edges)
        return
    grid = _Grid()
    for node in nodes:
        if node.isVisible():
            grid.add(node.mapRectToScene(node.boundingRect().adjusted(-2, -2, 2, 2)))
    for edge in sorted(edges, key=_priority):
        if edge.look is None or not edge.look.visible:
            edge.set_label_rect(None)
            continue
        size = edge.label_size()
        placed = next((r for r in _candidates(edge, size.width(), size.height()) if grid.free(r)), None)
        edge.set_label_rect(placed)
        if placed is not None:
            grid.add(placed)


def _centre_labels(edges: list[EdgeItem]) -> None:
    for edge in edges:
        if edge.look is None or not edge.look.visible:
            edge.set_label_rect(None)
            continue
        size, centre = edge.label_size(), edge.point(0.5)
        edge.set_label_rect(QRectF(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height()))
