"""Where edge labels go: along each edge, wherever they cover no entity and no other label; and
which entity names are shown at the scale the graph is drawn.

Greedy, most important edges first (selected, then present, then the rest); a label that finds
no free place is left out (the edge's tooltip and the table still say everything). Names work
the same way: most important entities first (selected or pointed at, in focus, most connected),
each name shown where it covers no entity and no name already shown, smaller or shortened if it
must; in a view the rest are hidden (never all of them), in a picture they are moved further out.
Rectangles are bucketed in a grid, so placing thousands of labels stays linear.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF

from explorer.ui.relationships.edge_item import EdgeItem
from explorer.ui.relationships.node_item import MAX_NAME_SCALE, MIN_NAME_PX, TIGHT_NAME_PX, NodeItem

CROWDED = 500  # above this many shown edges, labels simply sit at their edge's middle (and show when zoomed in)
CELL = 160.0
PADDING = 3.0  # keep labels a little apart, not just not overlapping
ALONG = (0.5, 0.4, 0.6, 0.32, 0.68, 0.25, 0.75)
NAME_PLACES = ("below", "above", "right", "left")
ALL_NAME_PLACES = (*NAME_PLACES, "below-right", "below-left", "above-right", "above-left")
CROWDED_NAMES = 300  # more entities than this on show, drawn far out: no names (as too small to tell apart)


class _Grid:
    """Rectangles bucketed by cell, kept as plain (left, top, right, bottom) numbers: placing a
    name tries a dozen places against its neighbours, and comparing numbers in Python costs a
    fraction of a call into Qt per pair (names for 200 entities: 45,000 comparisons)."""

    def __init__(self, cell: float = CELL) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[tuple[float, float, float, float]]] = defaultdict(list)

    def _keys(self, left: float, top: float, right: float, bottom: float) -> Iterable[tuple[int, int]]:
        cell = self.cell
        for i in range(int(left // cell), int(right // cell) + 1):
            for j in range(int(top // cell), int(bottom // cell) + 1):
                yield i, j

    def add(self, rect: QRectF) -> None:
        box = rect.left(), rect.top(), rect.right(), rect.bottom()
        for key in self._keys(*box):
            self.cells[key].append(box)

    def free(self, rect: QRectF) -> bool:
        """Whether ``rect``, a little enlarged, overlaps none of the rectangles (touching is not overlapping)."""
        left, top = rect.left() - PADDING, rect.top() - PADDING
        right, bottom = rect.right() + PADDING, rect.bottom() + PADDING
        for key in self._keys(left, top, right, bottom):
            for other_left, other_top, other_right, other_bottom in self.cells.get(key, ()):
                if left < other_right and other_left < right and top < other_bottom and other_top < bottom:
                    return False
        return True


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
    return (
        not (node.isSelected() or node.hovered), node.uid not in focused, node.faded, -len(node.edges), -node.size,
        node.entity.name, node.uid,
    )


Candidate = tuple[str, float, str, float, float]  # place, scale, text, natural width, reach


def _name_candidates(node: NodeItem, scale: float, tight: float, keep_all: bool) -> Iterable[tuple[Candidate, bool]]:
    """Each place to try and whether it must lie in the room on show: whole names at the usual size
    in the four usual places first, then smaller, then at the four corners, then shortened. For a
    picture (``keep_all``) whole names are moved to the corners and further out, anywhere, before
    any is shortened."""
    variants = node.name_variants()
    text, width = variants[0]
    sizes = (scale, tight) if tight < scale else (scale,)
    for size in sizes:
        for place in NAME_PLACES:
            yield (place, size, text, width, 0.0), True
    if not keep_all:  # a name hemmed in above, below and beside often fits at a corner
        for size in sizes:
            for place in ALL_NAME_PLACES[len(NAME_PLACES):]:
                yield (place, size, text, width, 0.0), True
    for text, width in variants[0 if keep_all else 1:]:
        if keep_all:
            for size in (scale, tight) if tight < scale else (scale,):
                step = node.name_rect.height() * size
                for reach in (0.0, step, 2 * step, 3.5 * step):
                    for place in ALL_NAME_PLACES:
                        yield (place, size, text, width, reach), False
        else:
            for place in NAME_PLACES:
                yield (place, tight, text, width, 0.0), True


def place_names(
    nodes: Iterable[NodeItem], scale: float, focused: set[str] = frozenset(), room: QRectF | None = None, keep_all: bool = False,
) -> None:
    """Draw the names ``scale`` times their natural size, under each entity or else above, right or
    left of it, wherever they cover no entity and no name of a more important entity (and stay in
    ``room``, the part of the scene on show). A name with no such place is tried smaller (down to
    ``TIGHT_NAME_PX`` on screen), then shortened with "…"; with none still, it is hidden, but never
    all of them: the most important name always shows. ``keep_all`` (pictures: slides, exports)
    hides none: a name is moved out to a corner or further out, anywhere in the scene (the picture
    is fitted round them afterwards). A crowd of entities drawn so far out that names would be more
    than ``MAX_NAME_SCALE`` times larger gets no names but the selected one's, at no cost."""
    nodes = [n for n in nodes if n.isVisible()]
    if not nodes:
        return
    if room is not None and not keep_all:  # names only for what is on show (the view places them again as it pans)
        shown = [n for n in nodes if room.contains(n.pos())]
        for node in nodes:
            if not room.contains(node.pos()):
                node.set_name_scale(scale, node.isSelected())
        nodes = shown
        if not nodes:
            return
    if scale > MAX_NAME_SCALE and len(nodes) > CROWDED_NAMES and not keep_all:
        for node in nodes:
            node.set_name_scale(scale, node.isSelected())
        return
    tight = scale * TIGHT_NAME_PX / MIN_NAME_PX
    grid = _Grid(max(CELL, nodes[0].name_rect.height() * scale * 4))
    for node in nodes:
        grid.add(node.mapRectToScene(node.outline.boundingRect()))
    ordered = sorted(nodes, key=lambda n: _name_priority(n, focused))
    for index, node in enumerate(ordered):
        chosen = None
        for candidate, in_room in _name_candidates(node, scale, tight, keep_all):
            rect = node.mapRectToScene(node.name_rect_at(candidate[0], candidate[1], candidate[3], candidate[4]))
            if (room is None or not in_room or room.contains(rect)) and grid.free(rect):
                chosen = candidate
                break
        if chosen is None and (keep_all or index == 0 or node.isSelected() or node.hovered):  # shown all the same
            chosen = _fallback(node, tight, None if keep_all else room, whole=keep_all)
        if chosen is None:
            node.set_name_scale(scale, False)
            continue
        place, size, text, _width, reach = chosen
        node.set_name_scale(size, True, place, text, reach)
        grid.add(node.mapRectToScene(node.shown_name_rect))


def _fallback(node: NodeItem, tight: float, room: QRectF | None, whole: bool) -> Candidate:
    """A name that must show and has no free place: small (and shortened unless ``whole``), in the
    first usual place inside ``room``, covering what it must."""
    text, width = node.name_variants()[0 if whole else -1]
    for place in ALL_NAME_PLACES:
        if room is None or room.contains(node.mapRectToScene(node.name_rect_at(place, tight, width))):
            return place, tight, text, width, 0.0
    return "below", tight, text, width, 0.0
