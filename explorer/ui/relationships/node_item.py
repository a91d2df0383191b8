"""One entity in the graph: its shape by kind, its colour, its name; dragged to pin it.

Names are painted only when they would be readable (the level of detail of the painter's
transform) or when the entity is selected or under the pointer, so a graph of thousands of
entities zoomed out draws shapes only and stays smooth.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QGraphicsSceneMouseEvent, QStyleOptionGraphicsItem, QWidget

from explorer.core.models import Entity, EntityKind
from explorer.ui.relationships.shapes import building_mark, node_path, person_mark
from explorer.ui.relationships.theme import EDGE_FONT_PX, KIND_LABELS, NAME_FONT_PX, NODE_SIZE, GraphTheme
from explorer.ui.safe_text import plain_tooltip

FADED_OPACITY = 0.3
MARKS = {EntityKind.PERSON: person_mark, EntityKind.COMPANY: building_mark}
DIMMED_OPACITY = 0.4


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


@dataclass
class Canvas:
    """What every item of one graph paints with: colours, fonts, when labels are readable."""

    theme: GraphTheme
    name_font: QFont = field(default_factory=lambda: _font(NAME_FONT_PX, bold=True))
    edge_font: QFont = field(default_factory=lambda: _font(EDGE_FONT_PX))
    edge_bold_font: QFont = field(default_factory=lambda: _font(EDGE_FONT_PX, bold=True))
    label_lod: float = 0.5  # painter scale below which names are left out (raised for big graphs)

    detail_lod: float = 0.3  # below this scale, shapes are drawn plainly (a big graph zoomed out)

    def labels_readable(self, painter: QPainter) -> bool:
        return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()) >= self.label_lod

    def detailed(self, painter: QPainter) -> bool:
        return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()) >= self.detail_lod


class NodeItem(QGraphicsItem):
    def __init__(self, entity: Entity, color: QColor, canvas: Canvas) -> None:
        super().__init__()
        self.entity = entity
        self.color = color
        self.canvas = canvas
        self.size = NODE_SIZE.get(entity.kind, 42.0)
        self.outline = node_path(entity.kind, self.size)
        self.edges: list = []  # EdgeItems ending here, kept up to date as the node moves
        self.faded = False
        self.dimmed = False
        self.hovered = False
        self._press_pos: QPointF | None = None
        metrics = QFontMetricsF(canvas.name_font)
        width = metrics.horizontalAdvance(entity.name) + 10
        self.name_rect = QRectF(-width / 2, self.size / 2 + 4, width, metrics.height() + 4)
        self._bounds = self.outline.boundingRect().adjusted(-6, -6, 6, 6).united(self.name_rect.adjusted(-1, -1, 1, 1))
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        summary = f"\n\n{entity.summary}" if entity.summary else ""
        self.setToolTip(plain_tooltip(f"{entity.name} ({KIND_LABELS.get(entity.kind, entity.kind)}){summary}"))

    @property
    def uid(self) -> str:
        return self.entity.uid

    @property
    def radius(self) -> float:
        return self.size / 2 + (3 if self.entity.kind is not EntityKind.PERSON else 1)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath(self.outline)
        path.addRect(self.name_rect)
        return path

    def set_faded(self, faded: bool, dimmed: bool) -> None:
        if (faded, dimmed) != (self.faded, self.dimmed):
            self.faded, self.dimmed = faded, dimmed
            self.setOpacity(FADED_OPACITY if faded else DIMMED_OPACITY if dimmed else 1.0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        theme = self.canvas.theme
        if not self.canvas.detailed(painter) and not self.isSelected():
            painter.fillRect(self.outline.boundingRect(), self.color)  # zoomed far out: a dot of colour
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isSelected():
            painter.setPen(QPen(theme.selection, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(node_path(self.entity.kind, self.size + 10))
        painter.setPen(QPen(theme.node_outline, 2))
        painter.setBrush(QBrush(self.color))
        painter.drawPath(self.outline)
        readable = self.canvas.labels_readable(painter)
        mark = MARKS.get(self.entity.kind)
        if mark is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 235))
            painter.drawPath(mark(self.size))
        if readable or self.isSelected() or self.hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.label_background)
            painter.drawRoundedRect(self.name_rect, 4, 4)
            painter.setFont(self.canvas.name_font)
            painter.setPen(theme.text)
            painter.drawText(self.name_rect, Qt.AlignmentFlag.AlignCenter, self.entity.name)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.update_geometry()
        return super().itemChange(change, value)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._press_pos = QPointF(self.pos())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        start, self._press_pos = self._press_pos, None
        scene = self.scene()
        if start is not None and start != self.pos() and scene is not None:
            scene.entity_dragged.emit(self.uid, self.pos().x(), self.pos().y())

