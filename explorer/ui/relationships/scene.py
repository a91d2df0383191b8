"""The graph as a Qt scene: one item per entity and per relationship, looks applied with a fade.

The scene knows nothing of dates or the store: the panel hands it a ``Network``, positions and
``looks``; the scene builds items, bends parallel edges apart, places labels, fades edges in and
out when looks change, and dims what is not related to the focused entity or relationship.

Whoever shows the scene tells it the scale it is drawn at (``set_view_scale``: the view as it
zooms, a picture before it paints); the scene then sizes the entities' shapes and names to stay
readable and hides the names that would cover another (``place_names``). ``fit_rect`` finds the part of the
scene to show in a box of a given size, names included (in a small box, names smaller and
shortened, so the entities stay apart); ``fit_picture`` does the same for a slide or an export,
where no name is hidden: colliding names are moved and the part shown grows to take them in.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEasingCurve, QObject, QRectF, QSizeF, QVariantAnimation, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from explorer.core.network import Network, bends
from explorer.core.timeline_index import palette_slot
from explorer.ui.relationships.edge_item import EdgeItem
from explorer.ui.relationships.labels import CROWDED_NAMES, place_labels, place_names
from explorer.ui.relationships.looks import EdgeLook
from explorer.ui.relationships.node_item import MIN_NAME_PX, NAME_GAP, TIGHT_NAME_PX, Canvas, NodeItem, name_scale_for, shape_scale_for
from explorer.ui.relationships.theme import NAME_FONT_PX, GraphTheme, family

FADE_MS = 380
UNFOCUSED = 0.22  # strength of edges unrelated to the focused entity or relationship
LABEL_LOD = ((300, 0.5), (1500, 0.9), (10**9, 1.4))  # (up to this many entities, edge labels shown from this scale)
DETAIL_LOD = ((300, 0.0), (10**9, 0.3))  # (up to this many entities, shapes drawn in full from this scale)
SHAPE_MARGIN = 6.0  # scene pixels kept round each shape when fitting, and between shapes grown to be seen
NAMES_BEFORE_SHAPES = 60  # up to this many entities, shapes are not grown where that would cost a name its place
SMALL_FIT_SCALE = 0.15  # fitted smaller than this with whole names, entities blur: fit with small, short names instead


class GraphScene(QGraphicsScene):
    entity_dragged = Signal(str, float, float)  # an entity was dragged to (x, y)

    def __init__(self, theme: GraphTheme, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.canvas = Canvas(theme)
        self.network: Network | None = None
        self.nodes: dict[str, NodeItem] = {}
        self.edges: dict[str, EdgeItem] = {}
        self.looks: dict[str, EdgeLook] = {}
        self.faded: set[str] = set()
        self.focus_entity: str | None = None
        self.focus_relationship: str | None = None
        self.animate = True
        self.fader = QVariantAnimation(self)
        self.fader.setDuration(FADE_MS)
        self.fader.setStartValue(0.0)
        self.fader.setEndValue(1.0)
        self.fader.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self.fader.valueChanged.connect(self._on_fade_step)
        self.fader.finished.connect(self._on_fade_finished)
        self._fading: list[tuple[EdgeItem, float, float]] = []
        self.view_scale = 1.0  # the scale the scene is drawn at, as told by ``set_view_scale``
        self.text_scale = 1.0  # names this much larger: the font size chosen against the platform's (``set_text_scale``)
        self.shape_scale = 1.0  # every shape drawn this much larger than its size in the scene (``_size_shapes``)
        self._shape_room: float | None = None  # how much larger shapes may grow before two touch (None: not known)
        self.room: QRectF | None = None  # the part of the scene on show, names kept inside (None: anywhere)
        self.setBackgroundBrush(theme.background)

    # --- building -------------------------------------------------------------------------

    def set_network(self, network: Network, positions: dict[str, tuple[float, float]]) -> None:
        self.fader.stop()
        self._fading = []
        self.nodes, self.edges, self.looks = {}, {}, {}
        blocked = self.blockSignals(True)  # removing selected items must not announce a selection change
        try:
            self.clear()
        finally:
            self.blockSignals(blocked)
        self.network = network
        theme = self.canvas.theme
        for index, entity in enumerate(network.entities.values()):
            node = NodeItem(entity, theme.entity_color(palette_slot(entity, index), entity.color), self.canvas)
            node.setPos(*positions.get(entity.uid, (0.0, 0.0)))
            self.addItem(node)
            self.nodes[entity.uid] = node
        for relationship in network.relationships:
            source, target = self.nodes.get(relationship.source_uid), self.nodes.get(relationship.target_uid)
            if source is None or target is None:
                continue
            edge = EdgeItem(relationship, source, target, theme.families[family(relationship.type)], self.canvas)
            edge.setVisible(False)
            self.addItem(edge)
            self.edges[relationship.uid] = edge
        count = len(self.nodes)
        self.canvas.label_lod = next(lod for limit, lod in LABEL_LOD if count <= limit)
        self.canvas.detail_lod = next(lod for limit, lod in DETAIL_LOD if count <= limit)
        self._bend_edges()
        self.shape_scale, self._shape_room = 1.0, None
        self._size_shapes()
        self.room = None  # names are placed once it is known where and how large it is shown

    def set_positions(self, positions: dict[str, tuple[float, float]]) -> None:
        """Move entities (after a layout change, a pin or an undo) and reroute their edges."""
        for uid, (x, y) in positions.items():
            node = self.nodes.get(uid)
            if node is not None and (node.pos().x(), node.pos().y()) != (x, y):
                node.setPos(x, y)
        self._shape_room = None
        self._bend_edges()
        if not self._size_shapes():
            self.place_labels()
        self.place_names()

    def positions(self) -> dict[str, tuple[float, float]]:
        return {uid: (node.pos().x(), node.pos().y()) for uid, node in self.nodes.items()}

    def _bend_edges(self) -> None:
        if self.network is None:
            return
        found = bends([e.relationship for e in self.edges.values()], self.positions())
        for uid, edge in self.edges.items():
            edge.set_bend(found.get(uid, 0.0))

    def entity_moved(self) -> None:
        """After a drag: reroute around the entity's new place and place labels again."""
        self._shape_room = None
        self._bend_edges()
        if not self._size_shapes():
            self.place_labels()
        self.place_names()

    def set_theme(self, theme: GraphTheme) -> None:
        self.canvas.theme = theme
        self.setBackgroundBrush(theme.background)
        if self.network is not None:
            for index, entity in enumerate(self.network.entities.values()):
                if entity.uid in self.nodes:
                    self.nodes[entity.uid].color = theme.entity_color(palette_slot(entity, index), entity.color)
        for edge in self.edges.values():
            edge.color = QColor(theme.families[family(edge.relationship.type)])
        self.update()

    # --- looks, focus and the fade ----------------------------------------------------------

    def apply_looks(self, looks: dict[str, EdgeLook], faded: set[str], animate: bool | None = None) -> None:
        self.looks, self.faded = looks, faded
        for uid, edge in self.edges.items():
            if uid in looks:
                edge.set_look(looks[uid])
        self._apply_strength(self.animate if animate is None else animate)
        self.place_labels()

    def set_focus(self, entity_uid: str | None = None, relationship_uid: str | None = None) -> None:
        self.focus_entity, self.focus_relationship = entity_uid, relationship_uid
        self._apply_strength(animate=False)
        self.place_labels()
        self.place_names()

    def _related(self) -> tuple[set[str], set[str]]:
        """The edges and entities in focus (all of them when nothing is focused)."""
        if self.focus_relationship in self.edges:
            edge = self.edges[self.focus_relationship]
            return {edge.uid}, {edge.source.uid, edge.target.uid}
        if self.focus_entity in self.nodes:
            edges = {e.uid for e in self.nodes[self.focus_entity].edges if self.looks.get(e.uid) and self.looks[e.uid].visible}
            entities = {self.focus_entity} | {u for e in edges for u in (self.edges[e].source.uid, self.edges[e].target.uid)}
            return edges, entities
        return set(self.edges), set(self.nodes)

    def _apply_strength(self, animate: bool) -> None:
        self.fader.stop()
        edges, entities = self._related()
        focused = self.focus_entity is not None or self.focus_relationship is not None

        def target_opacity(uid: str) -> float:
            look = self.looks.get(uid)
            if look is None:
                return 0.0
            return look.opacity if not focused or uid in edges else min(look.opacity, UNFOCUSED)

        for uid, node in self.nodes.items():
            node.set_faded(uid in self.faded, focused and uid not in entities)
        self._fading = []
        for uid, edge in self.edges.items():
            target = target_opacity(uid)
            edge.set_emphasized(focused and uid in edges)
            current = edge.strength
            if abs(current - target) < 1e-3:
                edge.set_strength(target)
            elif animate:
                self._fading.append((edge, current, target))
            else:
                edge.set_strength(target)
        if self._fading:
            self.fader.start()

    def _on_fade_step(self, value: object) -> None:
        progress = float(value)
        for edge, start, end in self._fading:
            edge.set_strength(start + (end - start) * progress)

    def _on_fade_finished(self) -> None:
        for edge, _start, end in self._fading:
            edge.set_strength(end)
        self._fading = []

    def settle(self) -> None:
        """Finish any fade at once (before painting a picture of the graph)."""
        if self._fading:
            self.fader.stop()
            self._on_fade_finished()

    @property
    def fading(self) -> bool:
        return bool(self._fading)

    def place_labels(self) -> None:
        place_labels(self.edges.values(), self.nodes.values())

    # --- names at the scale shown -----------------------------------------------------------

    def set_view_scale(self, scale: float) -> None:
        """The scene is drawn at ``scale`` now: size the names to stay readable, hide those that collide."""
        if scale > 0 and abs(scale - self.view_scale) > 1e-9:
            self.view_scale = scale
            self._size_shapes()
            self.place_names()

    def set_text_scale(self, scale: float) -> None:
        """Names are drawn ``scale`` times larger (a font size larger than the platform's) from the next
        placing; edge labels at once, placed again for their new size."""
        scale = max(1.0, scale)
        if scale == self.text_scale:
            return
        self.text_scale = scale
        self.canvas.set_label_scale(scale)
        self.place_labels()
        for edge in self.edges.values():
            edge.update()

    def _shape_scale_at(self, view_scale: float) -> float:
        """The shapes' scale at a view scale: none for a crowd (zoomed out, a big graph is an overview),
        and never so large that two shapes would touch."""
        if len(self.nodes) > CROWDED_NAMES:
            return 1.0
        return min(shape_scale_for(view_scale), self._roomiest_shape_scale())

    def _roomiest_shape_scale(self) -> float:
        """The largest scale at which no two shapes come closer than ``SHAPE_MARGIN`` (at least 1)."""
        if self._shape_room is None:
            nodes = list(self.nodes.values())
            self._shape_room = np.inf
            if len(nodes) > 1:
                x = np.array([n.pos().x() for n in nodes])
                y = np.array([n.pos().y() for n in nodes])
                half = np.array([n.base_size / 2 for n in nodes])
                apart = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :]) - SHAPE_MARGIN
                reach = half[:, None] + half[None, :]
                np.fill_diagonal(apart, np.inf)
                self._shape_room = float(np.min(apart / reach))
        return max(1.0, self._shape_room)

    def _size_shapes(self, scale: float | None = None) -> bool:
        """Size every shape for the view scale, or ``scale`` (and place the edge labels around them
        again); whether they changed."""
        scale = self._shape_scale_at(self.view_scale) if scale is None else scale
        if scale == self.shape_scale:
            return False
        self.shape_scale = scale
        for node in self.nodes.values():
            node.set_shape_scale(scale, edges=False)
        for edge in self.edges.values():  # once each, not once per end
            edge.update_geometry()
        self.place_labels()
        return True

    def place_names(self, room: QRectF | None = None, keep_all: bool = False, give_way: bool = False) -> None:
        """Names for the scale the scene is drawn at, in ``room`` (the part on show by default). With
        ``give_way`` (a fit), in a small graph, a name that grown shapes leave no room for is worth
        more than the shapes' size: they are drawn at their own size again and the names placed once
        more (if that shows more of them). Not at every step of a zoom: that would place them thrice."""
        focused = self._related()[1] if self.focus_entity or self.focus_relationship else set()
        room = self.room if room is None else room
        scale = name_scale_for(self.view_scale, self.text_scale)
        place_names(self.nodes.values(), scale, focused, room, keep_all)
        if keep_all or not give_way or self.shape_scale == 1.0 or len(self.nodes) > NAMES_BEFORE_SHAPES:
            return
        hidden = self._names_hidden(room)
        if hidden:
            grown = self.shape_scale
            self._size_shapes(1.0)
            place_names(self.nodes.values(), scale, focused, room, keep_all)
            if self._names_hidden(room) >= hidden:  # no better: the shapes keep their size
                self._size_shapes(grown)
                place_names(self.nodes.values(), scale, focused, room, keep_all)

    def _names_hidden(self, room: QRectF | None) -> int:
        return sum(not node.name_shown and node.isVisible() and (room is None or room.contains(node.pos())) for node in self.nodes.values())

    def shown_rect(self) -> QRectF:
        """What fit-to-view shows: every entity with its name as drawn now, and every visible edge with its label."""
        rect = None
        for node in self.nodes.values():
            bounds = node.mapRectToScene(node.outline.boundingRect().adjusted(-6, -6, 6, 6))
            if node.name_shown:
                bounds = bounds.united(node.mapRectToScene(node.shown_name_rect))
            rect = bounds if rect is None else rect.united(bounds)
        for edge in self.edges.values():
            if self.looks.get(edge.uid) and self.looks[edge.uid].visible:
                bounds = edge.sceneBoundingRect()
                rect = bounds if rect is None else rect.united(bounds)
        return rect if rect is not None else self.itemsBoundingRect()

    def fit_rect(self, box: QSizeF, margin: float, max_scale: float, min_scale: float = 0.02) -> tuple[QRectF, float]:
        """The part of the scene to show in a box of ``box`` pixels (``margin`` pixels kept free on
        each side), and its scale (at most ``max_scale``); the caller then places the names.

        A name keeps its size on screen below a certain scale, so the room the graph needs is not
        proportional to the scale: the largest scale that fits is searched for (the room needed
        grows with the scale), every name counted as shown."""
        edges, shapes, names = self._extents()
        width, height = max(box.width() - 2 * margin, 1.0), max(box.height() - 2 * margin, 1.0)
        if edges is None and not len(shapes[0]):
            return QRectF(), self.view_scale

        def needed(scale: float, tight: bool = False) -> tuple[float, float, float, float]:
            """The box the graph takes at ``scale``, its shapes as drawn there, its names whole and
            ``MIN_NAME_PX`` tall on screen (``tight``: ``TIGHT_NAME_PX`` tall and no longer than their
            shortest forms)."""
            grown = self._shape_scale_at(scale)
            reach = shapes[2] * grown + SHAPE_MARGIN
            left, right = float(np.min(shapes[0] - reach, initial=np.inf)), float(np.max(shapes[0] + reach, initial=-np.inf))
            top, bottom = float(np.min(shapes[1] - reach, initial=np.inf)), float(np.max(shapes[1] + reach, initial=-np.inf))
            if edges is not None:
                left, right, top, bottom = min(left, edges[0]), max(right, edges[1]), min(top, edges[2]), max(bottom, edges[3])
            left, right, top, bottom = left * scale, right * scale, top * scale, bottom * scale
            if not len(names[0]):
                return left, top, right, bottom
            on_screen = self.text_scale * max(scale, (TIGHT_NAME_PX if tight else MIN_NAME_PX) / NAME_FONT_PX)  # per natural pixel
            widths = names[4] if tight else names[1]
            name_tops = (names[2] + names[5] * grown + NAME_GAP) * scale
            left = min(left, float(np.min(names[0] * scale - widths / 2 * on_screen)))
            right = max(right, float(np.max(names[0] * scale + widths / 2 * on_screen)))
            top = min(top, float(np.min(name_tops)))
            bottom = max(bottom, float(np.max(name_tops + names[3] * on_screen)))
            return left, top, right, bottom

        def largest(tight: bool) -> float:
            def fits(scale: float) -> bool:
                left, top, right, bottom = needed(scale, tight)
                return right - left <= width and bottom - top <= height

            low, high = min_scale, max(max_scale, min_scale)
            if fits(high):
                return high
            for _ in range(14):  # halving the log of a 1e4 range 14 times: within 0.06 % of the best scale
                middle = (low * high) ** 0.5
                low, high = (middle, high) if fits(middle) else (low, middle)
            return low

        scale, tight = largest(False), False
        if scale < SMALL_FIT_SCALE:  # whole names leave the graph too small to tell entities apart: fit smaller ones
            scale, tight = max((scale, False), (largest(True), True))
        left, top, right, bottom = needed(scale, tight)
        rect = QRectF(left / scale, top / scale, (right - left) / scale, (bottom - top) / scale)
        self.view_scale = scale  # the caller places the names, in the room it ends up showing
        self._size_shapes()
        return rect, scale

    def fit_picture(self, box: QSizeF, margin: float, max_scale: float) -> tuple[QRectF, float]:
        """Like ``fit_rect``, for a picture where every name must show (a slide is read by a room): no
        name is hidden, those that collide are moved, and the part shown grows to take them all in
        (the scale shrinking to match, a few rounds)."""
        rect, scale = self.fit_rect(box, margin, max_scale)
        width, height = max(box.width() - 2 * margin, 1.0), max(box.height() - 2 * margin, 1.0)
        for _ in range(4):
            self.place_names(rect, keep_all=True)  # in the part fitted if they can, else moved out of it
            rect = self.shown_rect()
            fitting = min(width / max(rect.width(), 1e-6), height / max(rect.height(), 1e-6), max_scale)
            if fitting >= scale * 0.995:
                break
            scale = fitting
            self.view_scale = scale
            self._size_shapes()
        return rect, scale

    def _extents(self) -> tuple[tuple[float, float, float, float] | None, tuple[np.ndarray, ...], tuple[np.ndarray, ...]]:
        """The scene box of the visible edges; of each entity its centre and half its size in the scene;
        and of each name its centre, natural width, the centre's y, natural height, shortest form's
        natural width and the half size of its entity (the name's top is below the shape as drawn)."""
        rect = None
        for edge in self.edges.values():
            if self.looks.get(edge.uid) and self.looks[edge.uid].visible:
                rect = edge.sceneBoundingRect() if rect is None else rect.united(edge.sceneBoundingRect())
        every = list(self.nodes.values())
        shapes = (
            np.array([n.pos().x() for n in every], dtype=float),
            np.array([n.pos().y() for n in every], dtype=float),
            np.array([n.outline.boundingRect().width() / 2 / n.shape_scale for n in every], dtype=float),
        )
        nodes = [n for n in every if n.isVisible()]
        names = (
            np.array([n.pos().x() + n.name_rect.center().x() for n in nodes], dtype=float),
            np.array([n.name_rect.width() for n in nodes], dtype=float),
            np.array([n.pos().y() for n in nodes], dtype=float),
            np.array([n.name_rect.height() for n in nodes], dtype=float),
            np.array([n.name_variants()[-1][1] for n in nodes] if len(nodes) <= CROWDED_NAMES else [n.name_rect.width() for n in nodes],
                     dtype=float),
            np.array([n.base_size / 2 for n in nodes], dtype=float),
        )
        edges = (rect.left(), rect.right(), rect.top(), rect.bottom()) if rect is not None else None
        return edges, shapes, names
