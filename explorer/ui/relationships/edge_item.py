"""One relationship in the graph: a curve from one entity to another, styled by its look.

Colour names the type's family, the pattern its certainty (denied ties are crossed), the arrow
its direction, and a label names the type, its own label and where it stands on the date. The
item's strength (opacity) is the scene's to set and animate.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QStyleOptionGraphicsItem, QWidget

from explorer.core.models import Certainty, Relationship
from explorer.ui.relationships.looks import EdgeLook
from explorer.ui.relationships.node_item import Canvas, NodeItem
from explorer.ui.relationships.shapes import arrowhead, edge_curve, point_at, tangent_at
from explorer.ui.relationships.theme import DASH_PATTERNS, PEN_STYLES

HIT_WIDTH = 12.0
LINE_GAP = 1.0


class EdgeItem(QGraphicsItem):
    def __init__(self, relationship: Relationship, source: NodeItem, target: NodeItem, color: QColor, canvas: Canvas) -> None:
        super().__init__()
        self.relationship = relationship
        self.source = source
        self.target = target
        self.color = color
        self.canvas = canvas
        self.bend = 0.0
        self.look: EdgeLook | None = None
        self.strength = 0.0  # how strongly it is drawn: 1 = full, 0 = hidden (animated by the scene)
        self.emphasized = False
        self.hovered = False
        self.label_rect: QRectF | None = None  # where the scene placed the label; None = no room
        self._label_size: tuple[tuple[tuple[str, ...], int], QSizeF] | None = None  # measured for (lines, font size)
        self.curve = (QPointF(), QPointF(), QPointF())
        self.path = QPainterPath()
        self._bounds = QRectF()
        source.edges.append(self)
        target.edges.append(self)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        self.update_geometry()

    @property
    def uid(self) -> str:
        return self.relationship.uid

    # --- geometry ---------------------------------------------------------------------------

    def set_bend(self, bend: float) -> None:
        if bend != self.bend:
            self.bend = bend
            self.update_geometry()

    def update_geometry(self) -> None:
        self.prepareGeometryChange()
        self.curve = edge_curve(self.source.pos(), self.target.pos(), self.bend, self.source.radius, self.target.radius)
        start, control, end = self.curve
        self.path = QPainterPath(start)
        self.path.quadTo(control, end)
        self._refresh_bounds()

    def _refresh_bounds(self) -> None:
        bounds = self.path.boundingRect().adjusted(-14, -14, 14, 14)
        if self.label_rect is not None:
            bounds = bounds.united(self.label_rect.adjusted(-2, -2, 2, 2))
        self._bounds = bounds

    def point(self, t: float) -> QPointF:
        return point_at(*self.curve, t)

    def label_size(self) -> QSizeF:
        if self.look is None:
            return QSizeF()
        measured_for = (self.look.lines, self.canvas.edge_font.pixelSize())
        if self._label_size is None or self._label_size[0] != measured_for:
            self._label_size = (measured_for, self._measure())
        return self._label_size[1]

    def _measure(self) -> QSizeF:
        bold, plain = QFontMetricsF(self.canvas.edge_bold_font), QFontMetricsF(self.canvas.edge_font)
        widths = [bold.horizontalAdvance(self.look.lines[0])] + [plain.horizontalAdvance(line) for line in self.look.lines[1:]]
        height = bold.height() + plain.height() * (len(self.look.lines) - 1) + LINE_GAP * (len(self.look.lines) - 1)
        return QSizeF(max(widths) + 10, height + 4)

    def set_label_rect(self, rect: QRectF | None) -> None:
        if rect != self.label_rect:
            self.prepareGeometryChange()
            self.label_rect = rect
            self._refresh_bounds()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(HIT_WIDTH)
        shape = stroker.createStroke(self.path)
        if self.label_rect is not None and self._label_shown_always():
            shape.addRect(self.label_rect)
        return shape

    def _label_shown_always(self) -> bool:
        return self.look is not None and self.look.visible

    # --- looks ------------------------------------------------------------------------------

    def set_look(self, look: EdgeLook) -> None:
        if look != self.look:
            size_before = self.label_size()
            self.look = look
            if self.label_rect is not None and self.label_size() != size_before:
                centre = self.label_rect.center()
                size = self.label_size()
                self.set_label_rect(QRectF(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height()))
            self.update()

    def set_strength(self, strength: float) -> None:
        """Draw the edge this strongly; its label stays more legible than a faded line."""
        if strength != self.strength:
            self.strength = strength
            self.setVisible(strength > 0.001)
            self.update()

    def set_emphasized(self, emphasized: bool) -> None:
        if emphasized != self.emphasized:
            self.emphasized = emphasized
            self.setZValue(5 if emphasized else 1)
            self.update()

    def _pen(self) -> QPen:
        look = self.look
        width = (look.width if look else 2.0) + (1.2 if self.emphasized else 0.0)
        pen = QPen(self.color, width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        certainty = self.relationship.certainty
        if certainty in DASH_PATTERNS:
            pen.setDashPattern(DASH_PATTERNS[certainty])
        else:
            pen.setStyle(PEN_STYLES[certainty])
        return pen

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setOpacity(self.strength)
        if not self.canvas.detailed(painter) and not self.isSelected():
            painter.setPen(QPen(self.color, 0))  # zoomed far out: a hairline, nothing more
            painter.drawPath(self.path)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme = self.canvas.theme
        if self.isSelected():
            halo = QColor(theme.selection)
            halo.setAlpha(110)
            painter.setPen(QPen(halo, 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawPath(self.path)
        pen = self._pen()
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path)
        start, control, end = self.curve
        if self.relationship.certainty is Certainty.DENIED:
            painter.setPen(QPen(self.color, max(pen.widthF(), 2.0)))
            for t in (0.25, 0.75):
                self._cross(painter, t)
        if self.relationship.directed:
            painter.setPen(QPen(self.color, 1.0))
            painter.setBrush(self.color)
            painter.drawPolygon(arrowhead(end, tangent_at(start, control, end, 1.0), 10 + pen.widthF() * 1.5))
        if self.label_rect is not None and self.look is not None and (
            self.canvas.labels_readable(painter) or self.isSelected() or self.hovered or self.emphasized
        ):
            painter.setOpacity(min(1.0, self.strength * 1.3 + 0.25))
            self._paint_label(painter)

    def _cross(self, painter: QPainter, t: float) -> None:
        centre = self.point(t)
        direction = tangent_at(*self.curve, t)
        angle = math.atan2(direction.y(), direction.x())
        for turn in (math.pi / 4, -math.pi / 4):
            dx, dy = 7 * math.cos(angle + turn), 7 * math.sin(angle + turn)
            painter.drawLine(QPointF(centre.x() - dx, centre.y() - dy), QPointF(centre.x() + dx, centre.y() + dy))

    def _paint_label(self, painter: QPainter) -> None:
        theme = self.canvas.theme
        rect = self.label_rect
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.label_background)
        painter.drawRoundedRect(rect, 4, 4)
        y = rect.top() + 2
        for number, line in enumerate(self.look.lines):
            font = self.canvas.edge_bold_font if number == 0 else self.canvas.edge_font
            metrics = QFontMetricsF(font)
            painter.setFont(font)
            painter.setPen(self.color if number == 0 else theme.text if number == 1 else theme.muted)
            painter.drawText(QRectF(rect.left(), y, rect.width(), metrics.height()), Qt.AlignmentFlag.AlignCenter, line)
            y += metrics.height() + LINE_GAP

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self.update()
        super().hoverLeaveEvent(event)
