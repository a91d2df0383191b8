"""Axes of the timeline: calendar-aware time ticks along the bottom, lane names down the side.

The time axis also carries the time cursor's date, as a badge on the ruler under the cursor, so
that the date never covers an event's label in the lanes above.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from explorer.core import time_ticks

LANE_AXIS_WIDTH = 150
BADGE_MARGIN = 4  # tick labels closer than this to the cursor's date badge are left out


def tick_font(axis: pg.AxisItem) -> QFont:
    """The font an axis draws its tick labels in (its own unless a tick font was set)."""
    return axis.style.get("tickFont") or axis.font()


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
        height = QFontMetricsF(tick_font(self)).height()
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
        metrics = QFontMetricsF(tick_font(self))
        width, height = metrics.horizontalAdvance(self.cursor_text) + 12, metrics.height() + 4
        left = min(max(x - width / 2, bounds.left()), bounds.right() - width)
        return QRectF(left, bounds.top() + 3, width, height)

    def drawPicture(self, painter: QPainter, axis: object, ticks: list, texts: list) -> None:
        """Tick labels, but not those the badge would cover: the badge's full date reads in their place."""
        badge = self.badge_rect()
        if badge is not None:
            zone = badge.adjusted(-BADGE_MARGIN, 0, BADGE_MARGIN, 0)
            texts = [spec for spec in texts if not spec[0].intersects(zone)]
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
        painter.setFont(tick_font(self))  # as measured by badge_rect
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
        unseen = self._unseen_test()
        if unseen is None:
            return labels
        # A label that will not be drawn (under the cursor's date badge, or past an end of the axis)
        # may be the one saying the year ("Jan 2027") or the day: the first label seen after it says it.
        carried = False
        for i, value in enumerate(values):
            tick = ticks.get(value)
            if tick is None:
                continue
            if unseen(value, labels[i]):
                carried = carried or tick.context
            elif carried and tick.with_date != labels[i] and not unseen(value, tick.with_date):
                labels[i], carried = tick.with_date, False
            elif carried and tick.context:
                carried = False  # it says its own year or day
        return labels

    def _unseen_test(self) -> Callable[[float, str], bool] | None:
        """Whether a label at a value will be left out: ``drawPicture`` drops those under the badge,
        pyqtgraph those sticking out past either end. The axis maps values linearly, so two points
        of the view give every label's place (this runs on every frame while zooming)."""
        view = self.linkedView()
        if view is None:
            return None
        (v0, v1), _ = view.viewRange()
        if v1 == v0:
            return None
        x0 = self.mapFromScene(view.mapViewToScene(QPointF(v0, 0))).x()
        x1 = self.mapFromScene(view.mapViewToScene(QPointF(v1, 0))).x()
        per_value = (x1 - x0) / (v1 - v0)
        bounds = self.boundingRect()
        badge = self.badge_rect()
        zone = badge.adjusted(-BADGE_MARGIN, 0, BADGE_MARGIN, 0) if badge is not None else None
        advance = QFontMetricsF(tick_font(self)).horizontalAdvance

        def unseen(value: float, text: str) -> bool:
            if not text:
                return False
            x, half = x0 + (value - v0) * per_value, advance(text) / 2
            if x - half < bounds.left() - 0.5 or x + half > bounds.right() + 0.5:
                return True
            return zone is not None and x + half > zone.left() and x - half < zone.right()

        return unseen

    def _char_pixels(self) -> float:
        font = tick_font(self)
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
        font = tick_font(self)
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
        metrics = pg.QtGui.QFontMetrics(tick_font(self))
        return [
            metrics.elidedText(self._shown.get(v, ""), pg.QtCore.Qt.TextElideMode.ElideRight, LANE_AXIS_WIDTH - 16) for v in values
        ]
