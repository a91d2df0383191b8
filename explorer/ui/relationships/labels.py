"""Where edge labels go: along each edge, wherever they cover no entity and no other label; and
which entity names are shown at the scale the graph is drawn.

Greedy, most important edges first (selected, then present, then the rest); a label that finds
no free place is left out (the edge's tooltip and the table still say everything). Names work
the same way: most important entities first (selected, in focus, most connected), each name
shown unless it would cover an entity or a name already shown. Rectangles are bucketed in a
grid, so placing thousands of labels stays linear.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF

from explorer.ui.relationships.edge_item import EdgeItem
from explorer.ui.relationships.node_item import MAX_NAME_SCALE, NodeItem

CROWDED = 500  # above this many shown edges, labels simply sit at their edge's middle (and show when zoomed in)
CELL = 160.0
PADDING = 3.0  # keep labels a little apart, not just not overlapping
ALONG = (0.5, 0.4, 0.6, 0.32, 0.68, 0.25, 0.75)
NAME_PLACES = ("below", "above", "right", "left")


class _Grid:
    def __init__(self, cell: float = CELL) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[QRectF]] = defaultdict(list)

    def _keys(self, rect: QRectF) -> Iterable[tuple[int, int]]:
        cell = self.cell
        for i in range(int(rect.left() // cell), int(rect.right() // cell) + 1):
            for j in range(int(rect.top() // cell), int(rect.bottom() // cell) + 1):
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


def _name_priority(node: NodeItem, focused: set[str]) -> tuple:
    return (not node.isSelected(), node.uid not in focused, node.faded, -len(node.edges), -node.size, node.entity.name, node.uid)


def place_names(nodes: Iterable[NodeItem], scale: float, focused: set[str] = frozenset(), room: QRectF | None = None) -> None:
    """Draw every name ``scale`` times its natural size, under its entity or else above, right or
    left of it, wherever it covers no entity and no name of a more important entity (and stays in
    ``room``, the part of the scene on show); a name with no such place is hidden, and all of them
    when drawn so far out they would need to be more than ``MAX_NAME_SCALE`` times larger (the
    selected entity's name always shows)."""
    nodes = [n for n in nodes if n.isVisible()]
    if not nodes:
        return
    if scale > MAX_NAME_SCALE:  # far too far out to read: no name but the selected one's, at no cost
        for node in nodes:
            node.set_name_scale(scale, node.isSelected())
        return
    if room is not None:  # names only for what is on show (the view places them again as it pans)
        shown = [n for n in nodes if room.contains(n.pos())]
        for node in nodes:
            if not room.contains(node.pos()):
                node.set_name_scale(scale, node.isSelected())
        nodes = shown
    height = nodes[0].name_rect.height() * scale if nodes else 0.0
    grid = _Grid(max(CELL, height * 4))
    for node in nodes:
        grid.add(node.mapRectToScene(node.outline.boundingRect()))
    for node in sorted(nodes, key=lambda n: _name_priority(n, focused)):
        place, rect = "below", node.mapRectToScene(node.name_rect_at("below", scale))
        shown = node.isSelected()
        for candidate in NAME_PLACES:
            candidate_rect = node.mapRectToScene(node.name_rect_at(candidate, scale))
            if (room is None or room.contains(candidate_rect)) and grid.free(candidate_rect):
                place, rect, shown = candidate, candidate_rect, True
                break
        node.set_name_scale(scale, shown, place)
        if shown:
            grid.add(rect)
