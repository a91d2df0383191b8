"""The graph as a Qt scene: one item per entity and per relationship, looks applied with a fade.

The scene knows nothing of dates or the store: the panel hands it a ``Network``, positions and
``looks``; the scene builds items, bends parallel edges apart, places labels, fades edges in and
out when looks change, and dims what is not related to the focused entity or relationship.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QObject, QRectF, QVariantAnimation, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from explorer.core.network import Network, bends
from explorer.ui.relationships.edge_item import EdgeItem
from explorer.ui.relationships.labels import place_labels
from explorer.ui.relationships.looks import EdgeLook
from explorer.ui.relationships.node_item import Canvas, NodeItem
from explorer.ui.relationships.theme import GraphTheme, family

FADE_MS = 380
UNFOCUSED = 0.22  # strength of edges unrelated to the focused entity or relationship
LABEL_LOD = ((300, 0.5), (1500, 0.9), (10**9, 1.4))  # (up to this many entities, names readable from this scale)


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
            node = NodeItem(entity, theme.entity_color(index, entity.color), self.canvas)
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
        self._bend_edges()

    def set_positions(self, positions: dict[str, tuple[float, float]]) -> None:
        """Move entities (after a layout change, a pin or an undo) and reroute their edges."""
        for uid, (x, y) in positions.items():
            node = self.nodes.get(uid)
            if node is not None and (node.pos().x(), node.pos().y()) != (x, y):
                node.setPos(x, y)
        self._bend_edges()
        self.place_labels()

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
        self._bend_edges()
        self.place_labels()

    def set_theme(self, theme: GraphTheme) -> None:
        self.canvas.theme = theme
        self.setBackgroundBrush(theme.background)
        if self.network is not None:
            for index, entity in enumerate(self.network.entities.values()):
                if entity.uid in self.nodes:
                    self.nodes[entity.uid].color = theme.entity_color(index, entity.color)
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

    def shown_rect(self) -> QRectF:
        """What fit-to-view shows: every entity, and every visible edge with its label."""
        rect = None
        for item in [*self.nodes.values(), *(e for e in self.edges.values() if self.looks.get(e.uid) and self.looks[e.uid].visible)]:
            bounds = item.sceneBoundingRect()
            rect = bounds if rect is None else rect.united(bounds)
        return rect if rect is not None else self.itemsBoundingRect()
