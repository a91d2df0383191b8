"""The graph's view: zoom (wheel, + and -), pan (drag the background), fit, and drawing new ties.

Dragging an entity moves it (the panel pins it); Shift+drag from one entity to another, or any
drag while the "connect" tool is on, asks for a new relationship between them. Until the user
zooms or pans, the view keeps the whole graph fitted as it is resized (a click on the background
that hardly moves is not a pan). The view tells the scene its scale, so names stay readable.

``GRAPH_KEYS`` is the one table of the keys the view handles itself: ``keyPressEvent`` looks keys
up in it, and Help ▸ Keyboard Shortcuts lists it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QLineF, QPoint, QPointF, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsLineItem, QGraphicsView, QWidget

from explorer.ui.preferences.font_size import text_scale
from explorer.ui.relationships.edge_item import EdgeItem
from explorer.ui.relationships.node_item import NodeItem
from explorer.ui.relationships.scene import GraphScene

MAX_FIT_SCALE = 1.4
MIN_SCALE, MAX_SCALE = 0.02, 6.0
FIT_MARGIN = 16  # screen pixels kept free round the fitted graph (less in a small view)
MIN_FIT_PX = 40  # a view smaller than this is not laid out yet
NAMES_AFTER_PAN_MS = 60
Key = Qt.Key

# The keys the graph view handles (when it has the focus): keys, the keys as Help shows them, what they do, command
GRAPH_KEYS: tuple[tuple[tuple[Key, ...], str, str, str], ...] = (
    ((Key.Key_Plus, Key.Key_Equal), "+  =", QT_TRANSLATE_NOOP("GraphView", "Zoom in"), "zoom_in"),
    ((Key.Key_Minus,), "-", QT_TRANSLATE_NOOP("GraphView", "Zoom out"), "zoom_out"),
    ((Key.Key_0, Key.Key_F), "0  F", QT_TRANSLATE_NOOP("GraphView", "Fit the whole graph"), "fit"),
    ((Key.Key_Delete, Key.Key_Backspace), "Delete  Backspace",
     QT_TRANSLATE_NOOP("GraphView", "Delete the selected relationship"), "delete"),
)
# What the pointer does on the graph (for Help): gesture, what it does
GRAPH_GESTURES: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("GraphView", "Wheel"), QT_TRANSLATE_NOOP("GraphView", "Zoom in or out around the pointer")),
    (QT_TRANSLATE_NOOP("GraphView", "Drag the background"), QT_TRANSLATE_NOOP("GraphView", "Pan")),
    (QT_TRANSLATE_NOOP("GraphView", "Click"), QT_TRANSLATE_NOOP("GraphView", "Select an entity or a relationship (empty space: clear)")),
    (QT_TRANSLATE_NOOP("GraphView", "Drag an entity"), QT_TRANSLATE_NOOP("GraphView", "Move it and pin it there")),
    (QT_TRANSLATE_NOOP("GraphView", "Shift+drag from one entity to another"),
     QT_TRANSLATE_NOOP("GraphView", "Add a relationship between them")),
    (QT_TRANSLATE_NOOP("GraphView", "Double-click a relationship"), QT_TRANSLATE_NOOP("GraphView", "Edit it")),
)
_COMMAND_OF_KEY = {key: command for keys, _shown, _does, command in GRAPH_KEYS for key in keys}


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
        self._pan_from: QPoint | None = None  # where a press on the background was, until it moves far enough to pan
        self._names_timer = QTimer(self)  # names follow a pan once it pauses, not at every step
        self._names_timer.setSingleShot(True)
        self._names_timer.setInterval(NAMES_AFTER_PAN_MS)
        self._names_timer.timeout.connect(self.place_names)
        self._fit_timer = QTimer(self)  # a burst of resizes (a window settling its docks) is fitted once, after it
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_unless_zoomed)
        scene.set_text_scale(text_scale(self.font()))
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.valueChanged.connect(lambda _value: self._names_timer.start())
        self._connect_from: NodeItem | None = None
        self._rubber: QGraphicsLineItem | None = None

    @property
    def graph(self) -> GraphScene:
        return self.scene()  # type: ignore[return-value]

    # --- zoom and fit ---------------------------------------------------------------------

    def scale_factor(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        """Show the whole graph, names included, as large as the view allows (up to ``MAX_FIT_SCALE``)."""
        viewport = self.viewport().size()
        if self.graph.shown_rect().isEmpty() or min(viewport.width(), viewport.height()) < MIN_FIT_PX:
            return  # not laid out yet: fitted when it is given its size
        margin = min(FIT_MARGIN, max(4.0, min(viewport.width(), viewport.height()) * 0.05))  # a small view keeps its room for the graph
        rect, scale = self.graph.fit_rect(QSizeF(viewport), margin, MAX_FIT_SCALE, MIN_SCALE)
        self.setSceneRect(rect.united(self.graph.itemsBoundingRect()).adjusted(-4000, -4000, 4000, 4000))
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(rect.center())
        self.graph.room = self.visible_rect()
        self.graph.place_names(give_way=True)  # again, in all the room the view has (the margins too)
        self._names_timer.stop()
        self._fit_timer.stop()
        self.user_zoomed = False

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        target = min(max(self.scale_factor() * factor, MIN_SCALE), MAX_SCALE)
        factor = target / self.scale_factor()
        if anchor is None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(factor, factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.graph.room = self.visible_rect()
        self.graph.set_view_scale(self.scale_factor())
        self._names_timer.stop()
        self.user_zoomed = True

    def place_names(self) -> None:
        """Names for what is on show now (after a pan or a resize)."""
        self.graph.room = self.visible_rect()
        self.graph.place_names()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom(1.18**steps, event.position())
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.user_zoomed:
            self._fit_timer.start()
        else:
            self._names_timer.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Preferences ▸ Font size: names grow with the text around them
            self.graph.set_text_scale(text_scale(self.font()))
            if self.user_zoomed:
                self.place_names()
            else:
                self.fit()

    def _fit_unless_zoomed(self) -> None:
        if not self.user_zoomed:
            self.fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._fit_timer.isActive():  # a fit is pending: made now, so that no frame shows the graph unfitted
            self._fit_timer.stop()
            self._fit_unless_zoomed()
        super().paintEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = _COMMAND_OF_KEY.get(Qt.Key(event.key()))
        if command is None or event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
            return
        if command == "zoom_in":
            self.zoom(1.25)
        elif command == "zoom_out":
            self.zoom(0.8)
        elif command == "fit":
            self.fit()
        elif command == "delete":
            self.delete_requested.emit()
        event.accept()

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
        grabbed = self.graph.mouseGrabberItem() is not None
        self._pan_from = event.position().toPoint() if event.button() == Qt.MouseButton.LeftButton and not grabbed else None

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
        start = self._pan_from
        panning = start is not None and event.buttons() & Qt.MouseButton.LeftButton and self.graph.mouseGrabberItem() is None
        if panning and (event.position().toPoint() - start).manhattanLength() >= QApplication.startDragDistance():
            self.user_zoomed = True  # panned by hand: stop fitting on resize
            self._pan_from = None

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
        self._pan_from = None
        super().mouseReleaseEvent(event)
