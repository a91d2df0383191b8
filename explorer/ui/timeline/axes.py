"""Axes of the timeline: calendar-aware time ticks along the bottom, lane names down the side.

The time axis also carries the time cursor's date, as a badge on the ruler under the cursor, so
that the date never covers an event's label in the lanes above.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from explorer.core import time_ticks

LANE_AXIS_WIDTH = 150


def without_unit_prefixes(plot: pg.PlotItem) -> None:
    """Turn off pyqtgraph's SI prefixes (k, M…) on every axis of a plot: dates and lanes have no
    units, and each range change would otherwise re-typeset every axis title (a fifth of the
    timeline's construction at start-up)."""
    for name in ("left", "bottom", "top", "right"):
        plot.getAxis(name).enableAutoSIPrefix(False)


class TimeAxis(pg.AxisItem):
    """Ticks on round calendar values at any zoom: minutes to billions of years, BCE included."""

    badge_dragged = Signal(float)  # the cursor's date badge dragged to this time (seconds)

    def __init__(self, orientation: str = "bottom", **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self.setStyle(tickTextOffset=6, autoExpandTextSpace=False)
        self.fit_to_font()
        self.cursor_seconds: float | None = None  # where the badge goes (None: no badge)
        self.cursor_text = ""
        self.cursor_colors = (QColor("#c2185b"), QColor("#ffffff"))  # the badge's fill and its text
        self._dragging_badge = False
        self.setAcceptHoverEvents(True)

    def fit_to_font(self) -> None:
        """As tall as the labels in the current font need (28 px at the usual 9–10 pt): a larger font
        size (Preferences) would otherwise cut the labels' lower half off."""
        height = QFontMetricsF(self.style.get("tickFont") or self.font()).height()
        self.setHeight(max(28, round(height + self.style["tickTextOffset"][1] + 8)))
        self.picture = None  # the labels are typeset again in the new font
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Preferences ▸ Font size, passed on by the view
            self.fit_to_font()

    def set_cursor(self, seconds: float | None, text: str = "") -> None:
        """Show ``text`` in a badge on the ruler at ``seconds`` (the time cursor's date)."""
        self.cursor_seconds, self.cursor_text = seconds, text
        self.picture = None  # the tick labels under the badge change
        self.update()

    def badge_rect(self) -> QRectF | None:
        """Where the cursor's date badge is, in this axis' coordinates (None: not on the ruler)."""
        view = self.linkedView()
        if self.cursor_seconds is None or not self.cursor_text or view is None:
            return None
        x = self.mapFromScene(view.mapViewToScene(QPointF(self.cursor_seconds, 0))).x()
        bounds = self.boundingRect()
        if not bounds.left() - 1 <= x <= bounds.right() + 1:
            return None
        metrics = QFontMetricsF(self.style.get("tickFont") or self.font())
        width, height = metrics.horizontalAdvance(self.cursor_text) + 12, metrics.height() + 4
        left = min(max(x - width / 2, bounds.left()), bounds.right() - width)
        return QRectF(left, bounds.top() + 3, width, height)

    def drawPicture(self, painter: QPainter, axis: object, ticks: list, texts: list) -> None:
        """Tick labels, but not those the badge would cover: the badge's full date reads in their place."""
        badge = self.badge_rect()
        if badge is not None:
            texts = [spec for spec in texts if not spec[0].intersects(badge.adjusted(-4, 0, 4, 0))]
        super().drawPicture(painter, axis, ticks, texts)

    # dragging the badge moves the cursor, as dragging its line does
    def hoverMoveEvent(self, event: object) -> None:
        badge = self.badge_rect()
        if badge is not None and badge.contains(event.pos()):
            self.setCursor(Qt.CursorShape.SizeHorCursor)
        else:
            self.unsetCursor()

    def hoverLeaveEvent(self, event: object) -> None:
        self.unsetCursor()

    def mouseDragEvent(self, event: object) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            badge = self.badge_rect()
            if event.isStart():
                self._dragging_badge = badge is not None and badge.contains(event.buttonDownPos())
            if self._dragging_badge:
                event.accept()
                view = self.linkedView()
                self.badge_dragged.emit(view.mapSceneToView(event.scenePos()).x())
                if event.isFinish():
                    self._dragging_badge = False
                return
        super().mouseDragEvent(event)

    def paint(self, painter: QPainter, *args: object) -> None:
        super().paint(painter, *args)
        badge = self.badge_rect()
        if badge is None:
            return
        fill, text = self.cursor_colors
        painter.save()
        painter.setFont(self.style.get("tickFont") or self.font())  # as measured by badge_rect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(text)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, self.cursor_text)
        painter.restore()

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        self._ticks = time_ticks.ticks(minVal, maxVal, size, char_pixels=self._char_pixels())
        return [(1.0, [float(tick.seconds) for tick in self._ticks])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        ticks = {float(tick.seconds): tick for tick in getattr(self, "_ticks", [])}
        labels = [ticks[value].label if value in ticks else "" for value in values]
        hidden = self._under_badge(values, labels)
        # a label the badge hides may carry the year ("Jan 2027"): the first one seen after it says it
        carried = False
        for i, value in enumerate(values):
            if i in hidden:
                carried = carried or (value in ticks and ticks[value].label == ticks[value].with_date)
            elif carried and value in ticks:
                labels[i], carried = ticks[value].with_date, False
        return labels

    def _under_badge(self, values: list[float], labels: list[str]) -> set[int]:
        """Which labels the cursor's date badge will cover (``drawPicture`` leaves them out)."""
        badge, view = self.badge_rect(), self.linkedView()
        if badge is None or view is None:
            return set()
        metrics = QFontMetricsF(self.style.get("tickFont") or self.font())
        zone = badge.adjusted(-4, 0, 4, 0)
        hidden = set()
        for i, (value, label) in enumerate(zip(values, labels, strict=True)):
            x = self.mapFromScene(view.mapViewToScene(QPointF(value, 0))).x()
            half = metrics.horizontalAdvance(label) / 2
            if label and x + half > zone.left() and x - half < zone.right():
                hidden.add(i)
        return hidden

    def _char_pixels(self) -> float:
        font = self.style.get("tickFont") or self.font()
        return pg.QtGui.QFontMetricsF(font).averageCharWidth() * 1.05


class LaneAxis(pg.AxisItem):
    """Lane names beside their lanes: at a lane's centre, or, when only part of a tall lane is in
    view, in the middle of that part, so every lane on screen shows its name."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__("left", **kwargs)
        self.names: list[str] = []
        self.centres: list[float] = []
        self.spans: list[tuple[float, float]] = []  # each lane's top and bottom row
        self._shown: dict[float, str] = {}  # where each name was put last, for tickStrings
        self.setStyle(tickLength=0, autoExpandTextSpace=False, tickTextOffset=8)
        self.setWidth(LANE_AXIS_WIDTH)

    def set_lanes(self, names: list[str], centres: list[float], spans: list[tuple[float, float]] | None = None) -> None:
        self.names, self.centres = names, centres
        self.spans = spans if spans is not None else [(c - 0.5, c + 0.5) for c in centres]
        self.picture = None
        self.update()

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        low, high = sorted((minVal, maxVal))  # the lane axis runs downwards: its range comes reversed
        self._shown = {}
        font = self.style.get("tickFont") or self.font()
        text_rows = pg.QtGui.QFontMetricsF(font).height() * (high - low) / max(size, 1.0)  # a name's height, in rows
        for name, centre, (top, bottom) in zip(self.names, self.centres, self.spans, strict=True):
            if bottom < low or top > high:
                continue
            seen_top, seen_bottom = max(top, low), min(bottom, high)
            if seen_bottom - seen_top < min(text_rows, bottom - top):
                continue  # a sliver at the edge: its name would be drawn over the next lane, or cut off
            at = centre if seen_top + 0.5 <= centre <= seen_bottom - 0.5 else (seen_top + seen_bottom) / 2
            self._shown[at] = name
        return [(1.0, list(self._shown))]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        metrics = pg.QtGui.QFontMetrics(self.style.get("tickFont") or self.font())
        return [
            metrics.elidedText(self._shown.get(v, ""), pg.QtCore.Qt.TextElideMode.ElideRight, LANE_AXIS_WIDTH - 16) for v in values
        ]
