"""The legend: what shapes, line patterns, strengths and colours mean, painted in flowing rows.

One painting function serves the strip under the graph and the exported images, so a PNG or
SVG handed to a class explains itself. Under the graph the strip shows a few rows and scrolls to
the rest, so a short dock never cuts entries off.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

from explorer.core.models import Certainty, EntityKind
from explorer.core.network import EdgeState
from explorer.ui.preferences.font_size import text_scale
from explorer.ui.relationships.shapes import arrowhead, building_mark, node_path, person_mark
from explorer.ui.relationships.theme import (
    CERTAINTY_WORDS,
    DASH_PATTERNS,
    FAMILY_LABELS,
    GHOST_OPACITY,
    KIND_LABELS,
    PEN_STYLES,
    STATE_OPACITY,
    GraphTheme,
)

SWATCH = 30.0
ROW = 20.0
GAP = 14.0
Swatch = Callable[[QPainter, QRectF, GraphTheme], None] | None


@dataclass(frozen=True)
class Entry:
    text: str
    swatch: Swatch = None  # None: a section title


def _shape(kind: EntityKind) -> Swatch:
    def draw(painter: QPainter, rect: QRectF, theme: GraphTheme) -> None:
        size = 14.0 if kind is EntityKind.PERSON else 16.0
        painter.save()
        painter.translate(rect.center())
        painter.setPen(QPen(theme.muted, 1))
        painter.setBrush(theme.muted)
        painter.drawPath(node_path(kind, size))
        mark = {EntityKind.PERSON: person_mark, EntityKind.COMPANY: building_mark}.get(kind)
        if mark is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.background)
            painter.drawPath(mark(size))
        painter.restore()

    return draw


def _line(color: str | None = None, certainty: Certainty = Certainty.CONFIRMED, opacity: float = 1.0, arrow: bool = False) -> Swatch:
    def draw(painter: QPainter, rect: QRectF, theme: GraphTheme) -> None:
        painter.save()
        painter.setOpacity(opacity)
        pen_color = theme.families[color] if color else theme.text
        pen = QPen(pen_color, 2.2)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if certainty in DASH_PATTERNS:
            pen.setDashPattern(DASH_PATTERNS[certainty])
        else:
            pen.setStyle(PEN_STYLES[certainty])
        y = rect.center().y()
        start, end = QPointF(rect.left() + 2, y), QPointF(rect.right() - 2, y)
        painter.setPen(pen)
        painter.drawLine(start, end)
        if certainty is Certainty.DENIED:
            painter.setPen(QPen(pen_color, 2))
            x = rect.center().x()
            painter.drawLine(QPointF(x - 4, y - 4), QPointF(x + 4, y + 4))
            painter.drawLine(QPointF(x - 4, y + 4), QPointF(x + 4, y - 4))
        if arrow:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pen_color)
            painter.drawPolygon(arrowhead(end, QPointF(1, 0), 9))
        painter.restore()

    return draw


def entries(kinds: Iterable[EntityKind], families: Iterable[str], ghosts: bool) -> list[Entry]:
    shown_kinds = [k for k in EntityKind if k in set(kinds)] or [EntityKind.COMPANY, EntityKind.PERSON]
    found = [Entry("Entities")] + [Entry(KIND_LABELS[k], _shape(k)) for k in shown_kinds]
    found += [Entry("On the date"), Entry("active", _line(arrow=True)),
              Entry("beginning (sometime within its date)", _line(opacity=STATE_OPACITY[EdgeState.BEGINNING])),
              Entry("ended", _line(opacity=STATE_OPACITY[EdgeState.ENDED]))]
    if ghosts:
        found.append(Entry("not yet begun", _line(opacity=GHOST_OPACITY)))
    found.append(Entry("Certainty"))
    found += [Entry(CERTAINTY_WORDS[c] or "confirmed", _line(certainty=c)) for c in Certainty]
    found.append(Entry("Types"))
    found += [Entry(FAMILY_LABELS[f], _line(color=f)) for f in FAMILY_LABELS if f in set(families)]
    return found


def _font(bold: bool) -> QFont:
    font = QFont()
    font.setPixelSize(11)
    font.setBold(bold)
    return font


def paint_legend(painter: QPainter | None, rect: QRectF, theme: GraphTheme, items: list[Entry], scale: float = 1.0) -> float:
    """Paint the entries in rows within ``rect`` (or only measure, without a painter); returns the
    height used. ``scale``: text, swatches and rows that much larger (a larger font size)."""
    if scale == 1.0:
        return _paint_rows(painter, rect, theme, items)
    if painter is not None:
        painter.save()
        painter.scale(scale, scale)
    try:
        unscaled = QRectF(rect.left() / scale, rect.top() / scale, rect.width() / scale, rect.height() / scale)
        return _paint_rows(painter, unscaled, theme, items) * scale
    finally:
        if painter is not None:
            painter.restore()


def _paint_rows(painter: QPainter | None, rect: QRectF, theme: GraphTheme, items: list[Entry]) -> float:
    x, y = rect.left(), rect.top()
    for entry in items:
        font = _font(entry.swatch is None)
        text_width = QFontMetricsF(font).horizontalAdvance(entry.text)
        width = text_width + (SWATCH + 6 if entry.swatch else 0)
        if entry.swatch is None and x > rect.left():
            x += GAP  # a little more room before a new section
        if x > rect.left() and x + width > rect.right():
            x, y = rect.left(), y + ROW
        if painter is not None:
            if entry.swatch is not None:
                entry.swatch(painter, QRectF(x, y, SWATCH, ROW), theme)
            painter.setFont(font)
            painter.setPen(theme.text if entry.swatch else theme.muted)
            left = x + (SWATCH + 6 if entry.swatch else 0)
            painter.drawText(QRectF(left, y, text_width + 2, ROW), Qt.AlignmentFlag.AlignVCenter, entry.text)
        x += width + GAP
    return y + ROW - rect.top()


MAX_ROWS = 3  # rows shown under the graph; more scroll, so a short dock keeps its room for the graph
PAD = 4


class _LegendCanvas(QWidget):
    """The legend's rows, as tall as they need to be, inside the strip's scroll area."""

    def __init__(self, strip: LegendStrip) -> None:
        super().__init__(strip)
        self.strip = strip

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = self.strip.theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), theme.background)
        rect = QRectF(8, PAD, self.width() - 16, self.height() - 2 * PAD)
        paint_legend(painter, rect, theme, self.strip.items, self.strip.scale)


class LegendStrip(QScrollArea):
    """The legend under the graph: wrapped to the strip's width, at most ``MAX_ROWS`` rows high;
    when the entries need more rows, a scroll bar reaches the rest (nothing is cut off unseen).
    It grows with the font size chosen in Preferences (``text_scale``), never below its own size."""

    def __init__(self, theme: GraphTheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationshipLegend")
        self.setAccessibleName("Legend")
        self.theme = theme
        self.items = entries([], [], False)
        self.scale = text_scale(self.font())
        self.canvas = _LegendCanvas(self)
        self.setWidget(self.canvas)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalScrollBar().setSingleStep(round(ROW * self.scale))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._fit()

    def set_entries(self, items: list[Entry], theme: GraphTheme) -> None:
        self.items, self.theme = items, theme
        self.setAccessibleDescription(self.text())
        line = theme.muted.name()  # a thin rule between the graph and its legend
        self.setStyleSheet(f"QScrollArea#relationshipLegend {{ border: none; border-top: 1px solid {line}; }}")
        self._fit()
        self.canvas.update()

    def text(self) -> str:
        return " · ".join(entry.text for entry in self.items)

    def content_height(self, width: int) -> int:
        """The height all the rows take at ``width``."""
        return int(paint_legend(None, QRectF(8, PAD, max(width, 40) - 16, 1000), self.theme, self.items, self.scale)) + 2 * PAD

    def rows_shown(self) -> int:
        return max(round((self.viewport().height() - 2 * PAD) / (ROW * self.scale)), 0)

    def _fit(self) -> None:
        """Size the canvas to the rows at the current width and the strip to at most ``MAX_ROWS`` of them."""
        width = max(self.width(), 1)
        full = self.content_height(width)
        most = int(MAX_ROWS * ROW * self.scale) + 2 * PAD
        scrolls = full > most
        if scrolls:  # the scroll bar takes some of the width: wrap again in what is left
            width -= self.verticalScrollBar().sizeHint().width()
            full = self.content_height(width)
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOn if scrolls else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)  # at once: "as needed" would only decide on a later pass
        self.canvas.setFixedSize(width, full)
        height = min(full, most) + 1  # and the rule
        if height != self.height():
            self.setFixedHeight(height)
            layout = self.parentWidget().layout() if self.parentWidget() else None
            if layout is not None:
                layout.activate()  # give the graph the room (or the rows) at once, not on a later pass

    def sizeHint(self) -> QSize:
        return QSize(600, self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Preferences ▸ Font size
            self.scale = text_scale(self.font())
            self.verticalScrollBar().setSingleStep(round(ROW * self.scale))
            self._fit()
            self.canvas.update()
