"""One entity in the graph: its shape by kind, its colour, its name; dragged to pin it.

Names keep a readable size on screen however small the graph is drawn: below the scale at which
``NAME_FONT_PX`` would fall under ``MIN_NAME_PX`` screen pixels, a name is drawn larger in the
scene by ``name_scale`` (set by the scene for the scale it is shown at). Where room is short the
scene may draw a name a little smaller (down to ``TIGHT_NAME_PX``) or shortened with "…"
(``name_variants``), in one of eight places round the entity, and hides the names that would
still cover another name or entity (``name_shown``); the selected entity and the one under the
pointer always show theirs, in full. A graph of thousands of entities zoomed out so draws a few
names, not thousands, and stays smooth.

Shapes keep a size that can be told apart the same way, within limits: drawn far out, where names
at their readable size would leave a company a few pixels wide, every shape is drawn up to
``MAX_SHAPE_SCALE`` times larger (``set_shape_scale``, the same for all, so a person stays smaller
than a company), about ``MIN_SHAPE_PX`` on screen, unless two would then touch.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QTextDocument
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QGraphicsSceneMouseEvent, QStyleOptionGraphicsItem, QWidget

from explorer.core.models import Entity, EntityKind
from explorer.ui.relationships.shapes import building_mark, node_path, person_mark
from explorer.ui.relationships.theme import EDGE_FONT_PX, KIND_LABELS, NAME_FONT_PX, NODE_SIZE, GraphTheme
from explorer.ui.safe_text import MARKDOWN_FEATURES, plain_tooltip

FADED_OPACITY = 0.3
MARKS = {EntityKind.PERSON: person_mark, EntityKind.COMPANY: building_mark}
DIMMED_OPACITY = 0.4
MIN_NAME_PX = 11.0  # names are drawn at least this large on screen where there is room
TIGHT_NAME_PX = 9.0  # and never smaller than this where there is not (a small dock, a crowded spot)
MAX_NAME_SCALE = 8.0  # a crowded graph drawn further out than this shows no names (unless selected or pointed at)
SHORT_NAMES = (11, 7)  # names are shortened to about this many characters (and "…") when nothing longer fits
DIAGONAL = 0.55  # a name beside a corner starts this far (in half sizes) from the entity's centre
MIN_SHAPE_PX = 16.0  # a company's shape is drawn at least this large on screen (others in proportion)…
MAX_SHAPE_SCALE = 2.5  # …but never more than this many times its size in the scene (far out, shapes shrink)
SHAPE_STEPS = 4  # shapes grow in steps of a quarter of their size
NAME_GAP = 4.0  # between a shape and the name under it, in natural pixels


def markdown_as_plain(text: str) -> str:
    """What Markdown reads as, without its marks (``**2016**`` is "2016"): for tooltips."""
    document = QTextDocument()
    document.setMarkdown(text, MARKDOWN_FEATURES)
    return document.toPlainText().strip()


def name_scale_for(view_scale: float, text_scale: float = 1.0) -> float:
    """How much larger than ``NAME_FONT_PX`` scene pixels a name is drawn at a view scale, so it
    stays ``MIN_NAME_PX`` screen pixels tall (1 when it already is); ``text_scale`` times that at a
    font size larger than the platform's (Preferences ▸ Font size), like the text around the graph."""
    return text_scale * max(1.0, MIN_NAME_PX / (NAME_FONT_PX * max(view_scale, 1e-6)))


def shape_scale_for(view_scale: float) -> float:
    """How much larger than their size in the scene shapes are drawn at a view scale, so that a
    company stays about ``MIN_SHAPE_PX`` on screen: 1 when it already is, at most ``MAX_SHAPE_SCALE``.
    In quarter steps, so that a zoom resizes shapes (and reroutes edges) a few times, not at every step."""
    wanted = MIN_SHAPE_PX / (NODE_SIZE[EntityKind.COMPANY] * max(view_scale, 1e-6))
    return min(MAX_SHAPE_SCALE, max(1.0, math.ceil(wanted * SHAPE_STEPS - 1e-9) / SHAPE_STEPS))


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
    label_lod: float = 0.5  # painter scale below which edge labels are left out (raised for big graphs)

    detail_lod: float = 0.0  # below this scale, shapes are drawn plainly (raised for big graphs zoomed out)

    def set_label_scale(self, scale: float) -> None:
        """Edge labels ``scale`` times their usual size: a font size larger than the platform's."""
        for font, pixels in ((self.edge_font, EDGE_FONT_PX), (self.edge_bold_font, EDGE_FONT_PX)):
            font.setPixelSize(max(1, round(pixels * scale)))

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
        self.base_size = NODE_SIZE.get(entity.kind, 42.0)  # in the scene; drawn ``shape_scale`` times that
        self.shape_scale = 1.0
        self.size = self.base_size
        self.outline = node_path(entity.kind, self.size)
        self.edges: list = []  # EdgeItems ending here, kept up to date as the node moves
        self.faded = False
        self.dimmed = False
        self.hovered = False
        self._press_pos: QPointF | None = None
        metrics = QFontMetricsF(canvas.name_font)
        width = metrics.horizontalAdvance(entity.name) + 10
        self.name_rect = QRectF(-width / 2, self.size / 2 + NAME_GAP, width, metrics.height() + 4)  # at natural size
        self._variants: list[tuple[str, float]] | None = None  # the name and its shortened forms, made when needed
        self.name_scale = 1.0
        self.name_place = "below"  # or "above", "right", "left", "below-right"…: where there was room
        self._placed_text = entity.name  # the name as placed: whole, or shortened to fit
        self._reach = 0.0  # how much further out than usual the name was put (pictures move names rather than drop them)
        self.name_shown = True  # False: it would cover another name or entity at the scale shown, or be unreadable
        self._bounds = QRectF()
        self._refresh_bounds()
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        self._tooltip_ready = False  # made on the first hover: a graph of thousands never parses every summary

    @property
    def uid(self) -> str:
        return self.entity.uid

    @property
    def radius(self) -> float:
        return self.size / 2 + (3 if self.entity.kind is not EntityKind.PERSON else 1)

    def tooltip_text(self) -> str:
        entity = self.entity
        summary = markdown_as_plain(entity.summary) if entity.summary else ""
        return f"{entity.name} ({KIND_LABELS.get(entity.kind, entity.kind)})" + (f"\n\n{summary}" if summary else "")

    def set_shape_scale(self, scale: float, edges: bool = True) -> None:
        """Draw the shape ``scale`` times its size in the scene; its name moves out with it, and its
        edges unless ``edges`` is False (the caller reroutes every edge once)."""
        if scale == self.shape_scale:
            return
        self.prepareGeometryChange()
        self.shape_scale = scale
        self.size = self.base_size * scale
        self.outline = node_path(self.entity.kind, self.size)
        self.name_rect.moveTop(self.size / 2 + NAME_GAP)
        self._refresh_bounds()
        if edges:
            for edge in self.edges:
                edge.update_geometry()
        self.update()

    def name_variants(self) -> list[tuple[str, float]]:
        """The name as it may be drawn, longest first: whole, then shortened with "…" (each with its
        natural width); the shortened forms only where they are shorter."""
        if self._variants is None:
            metrics = QFontMetricsF(self.canvas.name_font)
            found = [(self.entity.name, self.name_rect.width())]
            for letters in SHORT_NAMES:
                if len(self.entity.name) > letters + 1:
                    text = self.entity.name[:letters].rstrip() + "…"
                    width = metrics.horizontalAdvance(text) + 10
                    if width < found[-1][1] - 1:
                        found.append((text, width))
            self._variants = found
        return self._variants

    @property
    def name_text(self) -> str:
        """The name as drawn now: whole when selected or pointed at, else as placed (maybe shortened)."""
        return self.entity.name if self.isSelected() or self.hovered else self._placed_text

    def _text_width(self, text: str) -> float:
        return next((width for variant, width in self.name_variants() if variant == text), self.name_rect.width())

    def name_rect_at(self, place: str, scale: float, width: float | None = None, reach: float = 0.0) -> QRectF:
        """Where the name goes, ``scale`` times its natural size (``width`` natural pixels wide, the
        whole name's by default): under the shape, above, right or left of it, or beside a corner
        ("below-right"…), ``reach`` scene pixels further out."""
        width = (self.name_rect.width() if width is None else width) * scale
        height = self.name_rect.height() * scale
        half, gap = self.size / 2, NAME_GAP
        vertical, _, side = place.partition("-")
        if vertical in ("right", "left"):
            side, vertical = vertical, ""
        if side == "right":
            left = (half + gap if not vertical else half * DIAGONAL) + reach
        elif side == "left":
            left = -(half + gap if not vertical else half * DIAGONAL) - width - reach
        else:
            left = -width / 2
        if vertical == "below":
            top = half + gap + reach
        elif vertical == "above":
            top = -half - gap - height - reach
        else:
            top = -height / 2
        return QRectF(left, top, width, height)

    @property
    def shown_name_rect(self) -> QRectF:
        """Where the name is drawn: at ``name_scale``, on the side ``name_place`` says, as wide as ``name_text``."""
        return self.name_rect_at(self.name_place, self.name_scale, self._text_width(self.name_text), self._reach)

    def set_name_scale(self, scale: float, shown: bool, place: str = "below", text: str | None = None, reach: float = 0.0) -> None:
        text = self.entity.name if text is None else text
        if (scale, shown, place, text, reach) != (self.name_scale, self.name_shown, self.name_place, self._placed_text, self._reach):
            self.prepareGeometryChange()  # the shape (what a click hits) changes too
            self.name_scale, self.name_shown, self.name_place = scale, shown, place
            self._placed_text, self._reach = text, reach
            self._refresh_bounds()
            self.update()

    def _name_drawn(self) -> bool:
        return self.name_shown or self.isSelected() or self.hovered

    def _refresh_bounds(self) -> None:
        bounds = self.outline.boundingRect().adjusted(-6, -6, 6, 6)
        if self._name_drawn():  # a hidden name takes no room: a big graph zoomed out repaints only shapes
            bounds = bounds.united(self.shown_name_rect.adjusted(-1, -1, 1, 1))
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath(self.outline)
        if self.name_shown:
            path.addRect(self.shown_name_rect)
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
        mark = MARKS.get(self.entity.kind)
        if mark is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 235))
            painter.drawPath(mark(self.size))
        if self.name_shown or self.isSelected() or self.hovered:
            self._paint_name(painter, theme)

    def _paint_name(self, painter: QPainter, theme: GraphTheme) -> None:
        """The name laid out at its natural size, then scaled into its place."""
        text = self.name_text
        rect, shown = QRectF(0, 0, self._text_width(text), self.name_rect.height()), self.shown_name_rect
        painter.save()
        painter.translate(shown.topLeft())
        painter.scale(self.name_scale, self.name_scale)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.label_background)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setFont(self.canvas.name_font)
        painter.setPen(theme.text)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.update_geometry()
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self._refresh_bounds()  # a selected entity always shows its name
        return super().itemChange(change, value)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if not self._tooltip_ready:
            self._tooltip_ready = True
            self.setToolTip(plain_tooltip(self.tooltip_text()))
        self.hovered = True
        self._refresh_bounds()
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self._refresh_bounds()
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

