"""One graphics item that paints every event of the timeline, whatever their number.

Each frame it asks the index for the marks in view. Beyond ``DENSITY_LIMIT`` it paints a
per-pixel × per-lane density image; below, it paints the marks in batches (bars for spans,
faint bars across the month or year of dates known only that far, markers for instants), and
when the lane layout stacked them, their titles too. It never creates an item per event.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from explorer.core.models import Certainty
from explorer.core.timeline_columns import CERTAINTY_CODES
from explorer.core.timeline_index import Marks, TimelineIndex, certainty_code
from explorer.ui.timeline import lane_layout
from explorer.ui.timeline.lane_layout import LaneLayout, extents, kinds, label_start
from explorer.ui.timeline.painting import MARKER_SIZE, Batches, certainty_brush, certainty_pen, marker_pixmap
from explorer.ui.timeline.theme import TimelineTheme

DENSITY_LIMIT = 20_000
_DIMMED_OPACITY = 0.22


@dataclass
class PaintedMarks:
    """Where the last frame put its marks, in view pixels, for hit testing."""

    mark: np.ndarray
    x: np.ndarray
    y: np.ndarray
    left: np.ndarray
    right: np.ndarray

    @classmethod
    def none(cls) -> PaintedMarks:
        return cls(*(np.zeros(0) for _ in range(5)))


class EventLayer(pg.GraphicsObject):
    def __init__(self, theme: TimelineTheme) -> None:
        super().__init__()
        self.theme = theme
        self.index: TimelineIndex | None = None
        self.marks: Marks | None = None
        self.lane_colors: list[QColor] = []
        self.layout = lane_layout.uniform(0)
        self.keep: np.ndarray | None = None  # per event: True shown, False dimmed or hidden
        self.hide_others = False
        self.selected: np.ndarray = np.zeros(0, dtype=np.int64)  # event positions
        self.titles: dict[int, str] = {}  # event id -> title, filled by the view before layout
        self.painted = PaintedMarks.none()
        self.density_shown = False
        self.font = QFont()
        self._batches = Batches()
        self._styles: dict[tuple[int, int], tuple[QPen, QBrush, QColor]] = {}
        self._bounds = QRectF(0, 0, 1, 1)
        self.setZValue(10)

    # --- state ---------------------------------------------------------------------------

    def set_marks(self, index: TimelineIndex, marks: Marks, lane_colors: list[QColor]) -> None:
        self.index, self.marks, self.lane_colors = index, marks, lane_colors
        self.set_layout(lane_layout.uniform(len(marks.lanes)))

    def set_layout(self, layout: LaneLayout) -> None:
        self.prepareGeometryChange()
        self.layout = layout
        start, end = self.index.time_range if self.index is not None else (0, 1)
        margin = max(end - start, 86_400) * 0.05
        self._bounds = QRectF(start - margin, 0, (end - start) + 2 * margin, max(layout.total_rows, 1))
        self.update()

    def hidden(self) -> np.ndarray | None:
        return self.keep if self.keep is not None and self.hide_others else None

    def boundingRect(self) -> QRectF:
        return self._bounds

    # --- painting ------------------------------------------------------------------------

    def paint(self, painter: QPainter, *args: object) -> None:
        view = self.getViewBox()
        if self.marks is None or self.index is None or view is None:
            return
        (x0, x1), (y0, y1) = view.viewRange()
        transform = painter.transform()
        sx, dx, sy, dy = transform.m11(), transform.dx(), transform.m22(), transform.dy()
        painter.save()
        painter.resetTransform()
        lanes = self.layout.lanes_between(y0, y1)
        visible = self._visible(x0, x1, lanes)
        self.density_shown = visible is None
        if visible is None:
            self._paint_density(painter, x0, x1, lanes, sx, dx, sy, dy)
            self.painted = PaintedMarks.none()
        else:
            self._paint_marks(painter, visible, x0 * sx + dx, sx, dx, sy, dy)
        painter.restore()

    def _visible(self, x0: float, x1: float, lanes: range) -> np.ndarray | None:
        """The marks to draw one by one (with their layout rows if stacked), or None for density."""
        if self.layout.visible is not None:
            return np.arange(len(self.layout.visible))  # indexes into the stacked layout
        if self.marks.count_upper_bound(x0, x1) > 4 * DENSITY_LIMIT:
            return None
        found = self.marks.visible(x0, x1)
        lane = self.marks.lane[found]
        found = found[(lane >= lanes.start) & (lane < lanes.stop)]
        hidden = self.hidden()
        if hidden is not None:
            found = found[hidden[self.marks.event[found]]]
        return None if len(found) > DENSITY_LIMIT else found

    def _paint_density(self, painter: QPainter, x0: float, x1: float, lanes: range,
                       sx: float, dx: float, sy: float, dy: float) -> None:
        left, right = x0 * sx + dx, x1 * sx + dx
        width = max(1, round(right - left))
        counts = self.marks.density(x0, x1, width, lanes)
        peak = max(int(counts.max()), 1)
        strength = np.log1p(counts) / np.log1p(peak)
        centres = self.layout.centres()
        height = abs(sy) * 0.8
        for lane in lanes:
            color = self.lane_colors[lane % len(self.lane_colors)]
            rgba = np.empty((1, width, 4), dtype=np.uint8)
            rgba[..., 0], rgba[..., 1], rgba[..., 2] = color.red(), color.green(), color.blue()
            rgba[0, :, 3] = np.where(counts[lane] > 0, 40 + 215 * strength[lane], 0).astype(np.uint8)
            image = QImage(rgba.data, width, 1, 4 * width, QImage.Format.Format_RGBA8888)
            painter.drawImage(QRectF(left, centres[lane] * sy + dy - height / 2, width, height), image)

    def _paint_marks(self, painter: QPainter, chosen: np.ndarray, view_left: float,
                     sx: float, dx: float, sy: float, dy: float) -> None:
        marks, index, layout = self.marks, self.index, self.layout
        stacked = layout.visible is not None
        visible = layout.visible[chosen] if stacked else chosen
        events = marks.event[visible]
        lane = marks.lane[visible]
        style = index.style[events]
        left = marks.t0[visible] * sx + dx
        right = marks.t1[visible] * sx + dx
        bar, fuzzy, point = kinds(style, right - left)
        box_left, box_right = extents(left, right, point)
        rows = layout.stacked_rows(lane) if stacked else layout.mark_rows(lane)
        y = rows * sy + dy
        row_pixels = abs(sy)
        # unstacked, many marks share a row: thinner bars keep them legible and cheap to fill
        bar_height = float(np.clip(row_pixels * (0.7 if stacked else 0.35), 4, 16))
        self.painted = PaintedMarks(visible, (left + right) / 2, y, box_left, box_right)
        dimmed = ~self.keep[events] if self.keep is not None else np.zeros(len(events), dtype=bool)
        for faded in (True, False):
            group = dimmed if faded else ~dimmed
            if group.any():
                painter.setOpacity(_DIMMED_OPACITY if faded else 1.0)
                self._paint_styled(painter, group, bar, fuzzy, left, right, y, lane, style, bar_height)
        painter.setOpacity(1.0)
        self._paint_selection(painter, events, box_left, box_right, y, point, bar_height)
        if stacked:
            labels = label_start(box_left - view_left, box_right - view_left, point) + view_left
            self._paint_labels(painter, layout.titles, layout.labelled, labels, y, dimmed)

    def _paint_styled(self, painter: QPainter, chosen: np.ndarray, bar: np.ndarray, fuzzy: np.ndarray, left: np.ndarray,
                      right: np.ndarray, y: np.ndarray, lane: np.ndarray, style: np.ndarray, bar_height: float) -> None:
        """Draw the chosen marks in batches of one colour and certainty (one sort, then slices)."""
        picked = np.flatnonzero(chosen)
        key = (lane[picked] % len(self.lane_colors)) * 8 + certainty_code(style[picked])
        order = np.argsort(key, kind="stable")
        picked, key = picked[order], key[order]
        starts = np.flatnonzero(np.concatenate([[True], key[1:] != key[:-1]]))
        ends = np.concatenate([starts[1:], [len(key)]])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        fuzzy_height = bar_height * 0.85
        for first, last in zip(starts, ends, strict=True):
            members = picked[first:last]
            group = int(key[first])
            color = self.lane_colors[group // 8]
            certainty = CERTAINTY_CODES[group % 8]
            pen, brush, faint = self._style(group, color, certainty)
            painter.setPen(pen)
            bars = members[bar[members]]
            if bars.size:
                painter.setBrush(brush)
                self._batches.rects(painter, left[bars], y[bars] - bar_height / 2, right[bars] - left[bars], np.full(bars.size, bar_height))
            fuzzies = members[fuzzy[members]]
            if fuzzies.size:
                painter.setBrush(faint)
                self._batches.rects(painter, left[fuzzies], y[fuzzies] - fuzzy_height / 2, right[fuzzies] - left[fuzzies],
                                    np.full(fuzzies.size, fuzzy_height))
            if certainty is Certainty.DENIED:
                crossed = np.concatenate([bars, fuzzies])
                if crossed.size:
                    self._batches.lines(painter, left[crossed], y[crossed] - bar_height / 2, right[crossed], y[crossed] + bar_height / 2)
            points = members[~(bar[members] | fuzzy[members])]
            if points.size:
                centre = (left[points] + right[points]) / 2
                self._batches.markers(painter, centre, y[points], marker_pixmap(color.rgba(), group % 8))

    def _style(self, group: int, color: QColor, certainty: Certainty) -> tuple[QPen, QBrush, QColor]:
        """The pen, bar brush and faint fill of one colour and certainty, made once."""
        key = (group, color.rgba())
        found = self._styles.get(key)
        if found is None:
            faint = QColor(color)
            faint.setAlpha(80 if certainty is Certainty.CONFIRMED else 25)
            found = self._styles[key] = (certainty_pen(color, certainty), certainty_brush(color, certainty), faint)
        return found

    def _paint_selection(self, painter: QPainter, events: np.ndarray, box_left: np.ndarray, box_right: np.ndarray,
                         y: np.ndarray, point: np.ndarray, bar_height: float) -> None:
        if not len(self.selected):
            return
        chosen = np.flatnonzero(np.isin(events, self.selected))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(self.theme.selection, 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for i in chosen:
            if point[i]:
                radius = MARKER_SIZE / 2 + 3.5
                centre = (box_left[i] + box_right[i]) / 2
                painter.drawEllipse(QRectF(centre - radius, y[i] - radius, 2 * radius, 2 * radius))
            else:
                height = bar_height + 6
                painter.drawRoundedRect(QRectF(box_left[i] - 3, y[i] - height / 2, box_right[i] - box_left[i] + 6, height), 3, 3)

    def _paint_labels(self, painter: QPainter, titles: list[str], labelled: np.ndarray, label_left: np.ndarray,
                      y: np.ndarray, dimmed: np.ndarray) -> None:
        painter.setFont(self.font)
        metrics = QFontMetricsF(self.font)
        painter.setPen(self.theme.text)
        for i in np.flatnonzero(labelled):
            painter.setOpacity(_DIMMED_OPACITY if dimmed[i] else 1.0)
            width = metrics.horizontalAdvance(titles[i])
            painter.drawText(QRectF(label_left[i], y[i] - metrics.height() / 2, width + 2, metrics.height()),
                             Qt.AlignmentFlag.AlignVCenter, titles[i])
        painter.setOpacity(1.0)
