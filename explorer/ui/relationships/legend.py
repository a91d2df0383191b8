"""The legend: what shapes, line patterns, strengths and colours mean, painted in flowing rows.

One painting function serves the strip under the graph and the exported images, so a PNG or
SVG handed to a class explains itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from explorer.core.models import Certainty, EntityKind
from explorer.core.network import EdgeState
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


def paint_legend(painter: QPainter | None, rect: QRectF, theme: GraphTheme, items: list[Entry]) -> float:
    """Paint the entries in rows within ``rect`` (or only measure, without a painter); returns the height used."""
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


MIN_LAYOUT_WIDTH = 320  # narrower docks clip the legend rather than stack it ever higher
MAX_HEIGHT = 72


class LegendStrip(QWidget):
    """The legend under the graph; wraps to as many rows as its width needs."""

    def __init__(self, theme: GraphTheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationshipLegend")
        self.theme = theme
        self.items = entries([], [], False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_entries(self, items: list[Entry], theme: GraphTheme) -> None:
        self.items, self.theme = items, theme
        self.setFixedHeight(self._height(max(self.width(), 400)))
        self.update()

    def text(self) -> str:
        return " · ".join(entry.text for entry in self.items)

    def heightForWidth(self, width: int) -> int:  # not announced as height-for-width: a fixed height, set on resize
        return int(paint_legend(None, QRectF(8, 4, width - 16, 1000), self.theme, self.items)) + 8

    def _height(self, width: int) -> int:
        """The height to take at a width: all rows, but never so tall that a narrow (or hidden,
        tabbed) dock would make the main window taller than a laptop screen; the rest is clipped."""
        return min(self.heightForWidth(max(width, MIN_LAYOUT_WIDTH)), MAX_HEIGHT)

    def sizeHint(self) -> QSize:
        return QSize(600, self._height(600))

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)
        height = self._height(self.width())
        if height != self.height():
            self.setFixedHeight(height)
            layout = self.parentWidget().layout() if self.parentWidget() else None
            if layout is not None:
                layout.activate()  # give the graph the room at once, not on a later pass

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.theme.background)
        painter.setPen(QPen(QColor(self.theme.muted), 0.5))
        painter.drawLine(0, 0, self.width(), 0)
        paint_legend(painter, QRectF(8, 4, self.width() - 16, self.height() - 8), self.theme, self.items)
