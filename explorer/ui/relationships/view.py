"""The graph's view: zoom (wheel, + and -), pan (drag the background), fit, and drawing new ties.

Dragging an entity moves it (the panel pins it); Shift+drag from one entity to another, or any
drag while the "connect" tool is on, asks for a new relationship between them. Until the user
zooms or pans, the view keeps the whole graph fitted as it is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPen, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsView, QWidget

from explorer.ui.relationships.edge_item import EdgeItem
from explorer.ui.relationships.node_item import NodeItem
from explorer.ui.relationships.scene import GraphScene

MAX_FIT_SCALE = 1.4
MIN_SCALE, MAX_SCALE = 0.02, 6.0
FIT_MARGIN = 24


class GraphView(QGraphicsView):
    connect_requested = Signal(str, str)  # from entity uid, to entity uid
    delete_requested = Signal()
    edit_requested = Signal(str)  # a relationship was double-clicked

    def __init__(self, scene: GraphScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("relationshipGraph")
        self.setAccessibleName("Relationship graph")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # drag to pan, wheel to zoom
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.connect_mode = False
        self.user_zoomed = False
        self._connect_from: NodeItem | None = None
        self._rubber: QGraphicsLineItem | None = None

    @property
    def graph(self) -> GraphScene:
        return self.scene()  # type: ignore[return-value]

    # --- zoom and fit ---------------------------------------------------------------------

    def scale_factor(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        rect = self.graph.shown_rect()
        if rect.isEmpty():
            return
        rect = rect.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)
        self.setSceneRect(rect.united(self.graph.itemsBoundingRect()).adjusted(-2000, -2000, 2000, 2000))
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.scale_factor() > MAX_FIT_SCALE:
            self.resetTransform()
            self.scale(MAX_FIT_SCALE, MAX_FIT_SCALE)
            self.centerOn(rect.center())
        self.user_zoomed = False

    def zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        target = min(max(self.scale_factor() * factor, MIN_SCALE), MAX_SCALE)
        factor = target / self.scale_factor()
        if anchor is None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(factor, factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.user_zoomed = True

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom(1.18**steps, event.position())
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.user_zoomed:
            self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom(0.8)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_F):
            self.fit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
        else:
            super().keyPressEvent(event)

    # --- drawing a new tie ------------------------------------------------------------------

    def _node_at(self, point: QPointF) -> NodeItem | None:
        for item in self.items(point.toPoint()):
            if isinstance(item, NodeItem):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        wants_connect = self.connect_mode or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        node = self._node_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if wants_connect and node is not None:
            self._connect_from = node
            self._rubber = QGraphicsLineItem(QLineF(node.pos(), node.pos()))
            pen = QPen(self.graph.canvas.theme.selection, 2.5, Qt.PenStyle.DashLine)
            self._rubber.setPen(pen)
            self._rubber.setZValue(20)
            self.graph.addItem(self._rubber)
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        for item in self.items(event.position().toPoint()):
            if isinstance(item, EdgeItem):
                self.edit_requested.emit(item.uid)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._rubber is not None and self._connect_from is not None:
            self._rubber.setLine(QLineF(self._connect_from.pos(), self.mapToScene(event.position().toPoint())))
            event.accept()
            return
        super().mouseMoveEvent(event)
        if event.buttons() & Qt.MouseButton.LeftButton and self.graph.mouseGrabberItem() is None:
            self.user_zoomed = True  # panned by hand: stop fitting on resize

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._rubber is not None:
            source, target = self._connect_from, self._node_at(event.position())
            self.graph.removeItem(self._rubber)
            self._rubber, self._connect_from = None, None
            self.viewport().unsetCursor()
            if source is not None and target is not None and target is not source:
                self.connect_requested.emit(source.uid, target.uid)
            event.accept()
            return
        super().mouseReleaseEvent(event)
