"""What lies behind the events: alternate lane stripes and eras as named, shaded bands."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from explorer.ui.timeline.lane_layout import TOP_PAD
from explorer.ui.timeline.reach import within_reach
from explorer.ui.timeline.theme import TimelineTheme


@dataclass(frozen=True)
class EraBand:
    t0: int
    t1: int
    title: str
    color: QColor


class Backdrop(pg.GraphicsObject):
    """Lane stripes and era bands, painted in view pixels like the event layer."""

    def __init__(self, theme: TimelineTheme) -> None:
        super().__init__()
        self.theme = theme
        self.tops = np.zeros(1)
        self.eras: list[EraBand] = []
        self.range_notes: list[EraBand] = []  # notes on date ranges, shown as brackets along the top
        self._content = self._bounds = QRectF(0, 0, 1, 1)
        self._view = (0.0, 1.0, 0.0)  # the view's range and width in pixels, for the bounds Qt is given
        self.setZValue(-10)

    def set_content(self, tops: np.ndarray, eras: list[EraBand], x0: float, x1: float) -> None:
        """Lane edges (in rows) and eras, over the time range [x0, x1]."""
        self.prepareGeometryChange()
        self.tops, self.eras = tops, eras
        self._content = QRectF(x0, 0, max(x1 - x0, 1.0), max(float(tops[-1]), 1.0))
        self._bounds = within_reach(self._content, *self._view)
        self.update()

    def set_view(self, x0: float, x1: float, pixels: float) -> None:
        """The view now shows [x0, x1] across ``pixels``: the bounds Qt is given stay within its reach."""
        self._view = (x0, x1, pixels)
        bounds = within_reach(self._content, x0, x1, pixels)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, *args: object) -> None:
        view = self.getViewBox()
        if view is None:
            return
        (x0, x1), (y0, y1) = view.viewRange()
        transform = painter.transform()
        sx, dx, sy, dy = transform.m11(), transform.dx(), transform.m22(), transform.dy()
        painter.save()
        painter.resetTransform()
        left, right = x0 * sx + dx, x1 * sx + dx
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.theme.stripe)
        for lane in range(1, len(self.tops) - 1, 2):
            a, b = self.tops[lane], self.tops[lane + 1]
            if b >= y0 and a <= y1:
                painter.drawRect(QRectF(left, a * sy + dy, right - left, (b - a) * sy))
        top_px, bottom_px = sorted((y0 * sy + dy, y1 * sy + dy))
        font = QFont(painter.font())
        font.setBold(True)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        title_top = min(0 * sy + dy, TOP_PAD * sy + dy) + 2  # the titles' own row above the lanes
        titles_shown = title_top >= top_px - 1  # scrolled down, the row is gone: no title over the events
        for era in self.eras:
            a, b = max(era.t0 * sx + dx, left), min(era.t1 * sx + dx, right)
            if b <= a:
                continue
            fill = QColor(era.color)
            fill.setAlpha(self.theme.era_alpha)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRect(QRectF(a, top_px, b - a, bottom_px - top_px))
            edge = QColor(era.color)
            edge.setAlpha(150)
            painter.setPen(edge)
            start = era.t0 * sx + dx
            if left <= start <= right:  # (far off screen it would overflow Qt's whole pixels)
                painter.drawLine(QPointF(start, top_px), QPointF(start, bottom_px))
            title = metrics.elidedText(era.title, Qt.TextElideMode.ElideRight, max(b - a - 12, 0))
            if title and titles_shown:
                painter.setPen(self.theme.muted)
                painter.drawText(QRectF(a + 6, title_top, b - a - 12, metrics.height()), title)
        self._paint_range_notes(painter, sx, dx, left, right, bottom_px)
        painter.restore()

    def _paint_range_notes(self, painter: QPainter, sx: float, dx: float, left: float, right: float, bottom_px: float) -> None:
        """A bracket above the axis for each note on a period, with its title where it fits."""
        painter.setFont(QFont(painter.font()))
        metrics = QFontMetricsF(painter.font())
        for row, note in enumerate(self.range_notes):
            a, b = max(note.t0 * sx + dx, left), min(note.t1 * sx + dx, right)
            if b <= a:
                continue
            y = bottom_px - 6 - (row % 3) * 5
            pen = QPen(self.theme.selection, 2)
            painter.setPen(pen)
            painter.drawLine(QPointF(a, y), QPointF(b, y))
            painter.drawLine(QPointF(a, y - 4), QPointF(a, y + 2))
            painter.drawLine(QPointF(b, y - 4), QPointF(b, y + 2))
            title = metrics.elidedText(f"✎ {note.title}", Qt.TextElideMode.ElideRight, max(b - a - 8, 0))
            if len(title) > 3:
                painter.setPen(self.theme.muted)
                painter.drawText(QRectF(a + 4, y - 4 - metrics.height(), b - a - 8, metrics.height()), title)
