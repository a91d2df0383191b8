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
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QRegion

from explorer.core.models import Certainty
from explorer.core.timeline_columns import CERTAINTY_CODES
from explorer.core.timeline_index import Marks, TimelineIndex, certainty_code
from explorer.ui.timeline import lane_layout
from explorer.ui.timeline.lane_layout import BADGE_WIDTH, LABEL_GAP, LaneLayout, extents, kinds, label_start
from explorer.ui.timeline.painting import (
    MARKER_SIZE,
    Batches,
    GroupedPrimitives,
    certainty_brush,
    certainty_pen,
    device_ratio,
    edge_brush,
    edge_strips,
    group_ranges,
    marker_pixmap,
)
from explorer.ui.timeline.reach import within_reach
from explorer.ui.timeline.theme import FAINT, FAINT_CONFIRMED, TimelineTheme

DENSITY_LIMIT = 2_000  # marks in the lanes on screen; measured: beyond this, filling them costs more than a frame
_MIN_LABEL_CHARS = 6  # a label cut at the view's edge is drawn only if this much of it shows
_DIMMED_OPACITY = 0.22


@dataclass
class PaintedMarks:
    """Where the last frame put its marks, in view pixels, for hit testing."""

    mark: np.ndarray
    x: np.ndarray
    y: np.ndarray
    left: np.ndarray
    right: np.ndarray
    label_left: np.ndarray | None = None  # where each mark's title was drawn (NaN: no title)
    label_right: np.ndarray | None = None

    def __post_init__(self) -> None:
        if self.label_left is None:
            self.label_left = np.full(len(self.mark), np.nan)
            self.label_right = np.full(len(self.mark), np.nan)

    @classmethod
    def none(cls) -> PaintedMarks:
        return cls(*(np.zeros(0) for _ in range(5)))


@dataclass(frozen=True, slots=True)
class _GroupLook:
    """The brushes of one colour and certainty: the bar fill (None: hollow), the faint fill of a
    fuzzy date, the edge strips along the top and bottom and down the ends (None: confirmed bars
    have none) and the strike of a denied event."""

    fill: QBrush | None
    faint: QBrush
    edges: tuple[QBrush, QBrush] | None
    strike: QBrush | None


class EventLayer(pg.GraphicsObject):
    def __init__(self, theme: TimelineTheme) -> None:
        super().__init__()
        self.theme = theme
        self.index: TimelineIndex | None = None
        self.marks: Marks | None = None
        self.lane_colors: list[QColor] = []  # the distinct colours in use
        self._color_of_lane = np.zeros(1, dtype=np.int64)  # index into lane_colors, per lane
        self.layout = lane_layout.uniform(0)
        self.keep: np.ndarray | None = None  # per event: True shown, False dimmed or hidden
        self.hide_others = False
        self.selected: np.ndarray = np.zeros(0, dtype=np.int64)  # event positions
        self.ghost: tuple[int, float] | None = None  # an event being dragged: (position, pixels moved)
        self.note_counts: np.ndarray | None = None  # notes per event position, for badges
        self.titles: dict[int, str] = {}  # event id -> title, filled by the view before layout
        self.painted = PaintedMarks.none()
        self.density_shown = False
        self.font = QFont()
        self._batches = Batches()
        self._styles: dict[tuple[int, int], tuple[QPen, QBrush, QColor]] = {}
        self._looks: dict[tuple[int, int, float], _GroupLook] = {}
        self._rects = GroupedPrimitives(QRectF, 4)
        self._edges_along = GroupedPrimitives(QRectF, 4)  # a bar's top and bottom
        self._edges_down = GroupedPrimitives(QRectF, 4)  # and its two ends
        self._fragments = GroupedPrimitives(QPainter.PixmapFragment, 10)
        self._content = self._bounds = QRectF(0, 0, 1, 1)
        self._view = (0.0, 1.0, 0.0)  # the view's range and width in pixels, for the bounds Qt is given
        self.setZValue(10)

    # --- state ---------------------------------------------------------------------------

    def set_theme(self, theme: TimelineTheme) -> None:
        self.theme = theme
        self._styles.clear()  # pale fills are mixed with the theme's background
        self._looks.clear()
        self.update()
        self._warm_up_soon()

    def _warm_up_soon(self) -> None:
        QTimer.singleShot(0, self, self.warm_up)  # after the frame being drawn, before the user zooms in (not if gone)

    def warm_up(self) -> None:
        """Make the brushes and marker pictures of every colour and certainty in use now, so that
        the first frame that draws marks one by one (zooming in from the density view) does not
        make them all at once: that frame took twice as long as the next at a million events."""
        if self.scene() is None:
            return
        views = self.scene().views()
        ratio = min(max(round(views[0].devicePixelRatioF() * 4) / 4, 1.0), 4.0) if views else 1.0
        for color_index, color in enumerate(self.lane_colors):
            for code in range(len(CERTAINTY_CODES)):
                self._look(color_index * 8 + code, ratio)
                marker_pixmap(color.rgba(), code, MARKER_SIZE, ratio)

    def set_marks(self, index: TimelineIndex, marks: Marks, lane_colors: list[QColor]) -> None:
        self.index, self.marks = index, marks
        # lanes share colours; batching by colour rather than by lane keeps the number of draw calls small
        distinct: dict[int, int] = {}
        self._color_of_lane = np.array([distinct.setdefault(c.rgba(), len(distinct)) for c in lane_colors] or [0], dtype=np.int64)
        by_value = {rgba: i for rgba, i in distinct.items()}
        self.lane_colors = [QColor.fromRgba(rgba) for rgba in sorted(by_value, key=by_value.get)] or [QColor("#1f77b4")]
        self.set_layout(lane_layout.uniform(len(marks.lanes)))
        self._warm_up_soon()

    def set_layout(self, layout: LaneLayout) -> None:
        self.layout = layout
        start, end = self.index.time_range if self.index is not None else (0, 1)
        margin = max(end - start, 86_400) * 0.05
        self._content = QRectF(start - margin, 0, (end - start) + 2 * margin, max(layout.total_rows, 1))
        self._set_bounds()
        self.update()

    def set_view(self, x0: float, x1: float, pixels: float) -> None:
        """The view now shows [x0, x1] across ``pixels``: the bounds Qt is given stay within its reach."""
        self._view = (x0, x1, pixels)
        self._set_bounds()

    def _set_bounds(self) -> None:
        bounds = within_reach(self._content, *self._view)
        if bounds != self._bounds:  # the scene re-indexes an item whose bounds change: only when they do
            self.prepareGeometryChange()
            self._bounds = bounds

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
        # labels may run past the lanes' edges: keep them inside the view box, off the axis and overview
        painter.setClipRect(QRectF(QPointF(x0 * sx + dx, y0 * sy + dy), QPointF(x1 * sx + dx, y1 * sy + dy)).normalized(),
                            Qt.ClipOperation.IntersectClip)
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
        share = max(len(lanes), 1) / max(len(self.marks.lanes), 1)  # the lanes on screen hold about this share
        if self.marks.count_upper_bound(x0, x1) * share > 4 * DENSITY_LIMIT:
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
        """One image for all the lanes on screen, a row per lane, each row drawn as a band of its lane."""
        if not len(lanes):
            return
        left, right = x0 * sx + dx, x1 * sx + dx
        width = max(1, round((right - left) * device_ratio(painter)))  # a column per device pixel: sharp on 2x screens
        counts = self.marks.density(x0, x1, width, lanes)[lanes.start:lanes.stop]
        strength = np.log1p(counts) / np.log1p(max(int(counts.max()), 1))
        rgb = np.array([(c.red(), c.green(), c.blue()) for c in self.lane_colors], dtype=np.uint8)
        rgba = np.empty((len(lanes), width, 4), dtype=np.uint8)
        rgba[..., :3] = rgb[self._color_of_lane[lanes.start:lanes.stop]][:, None, :]
        rgba[..., 3] = np.where(counts > 0, 40 + 215 * strength, 0).astype(np.uint8)
        image = QImage(rgba.data, width, len(lanes), 4 * width, QImage.Format.Format_RGBA8888)  # shares rgba's memory
        centres = self.layout.centres()
        height = abs(sy) * 0.8
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)  # no blending of a lane's row into the next
        for row, lane in enumerate(lanes):
            painter.drawImage(QRectF(left, centres[lane] * sy + dy - height / 2, right - left, height), image,
                              QRectF(0, row, width, 1))

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
        if self.ghost is not None:
            self._paint_ghost(painter, events, box_left, box_right, y, bar_height)
        if stacked:
            labels = label_start(box_left - view_left, box_right - view_left, point) + view_left
            flipped = layout.flipped if len(layout.flipped) == len(labels) else np.zeros(len(labels), dtype=bool)
            solid = self._solid_fills(bar & ~dimmed, lane, style)
            bars = (solid, box_left, box_right, bar_height)
            summary = layout.summary if len(layout.summary) == len(labels) else None
            self._paint_labels(painter, layout.titles, layout.labelled, labels, y, dimmed, events, flipped, box_left, bars, summary)

    def _paint_styled(self, painter: QPainter, chosen: np.ndarray, bar: np.ndarray, fuzzy: np.ndarray, left: np.ndarray,
                      right: np.ndarray, y: np.ndarray, lane: np.ndarray, style: np.ndarray, bar_height: float) -> None:
        """Draw the chosen marks with one call per colour and certainty (sorted once, drawn from pointers)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        key = self._color_of_lane[lane] * 8 + certainty_code(style)
        view = painter.viewport()
        low, high = view.left() - 4.0, view.right() + 4.0  # clipped here: Qt pays for every pixel it is given
        painter.setPen(Qt.PenStyle.NoPen)  # everything below is filled: Qt fills far faster than it strokes
        ratio = device_ratio(painter)
        for kind, height in ((bar, bar_height), (fuzzy, bar_height * 0.85)):
            picked = np.flatnonzero(chosen & kind)
            picked = picked[np.argsort(key[picked], kind="stable")]
            x0, x1 = np.clip(left[picked], low, high), np.clip(right[picked], low, high)
            top, heights = y[picked] - height / 2, np.full(len(picked), height)
            self._rects.fill([x0, top, x1 - x0, heights])
            if kind is bar:
                along, down = edge_strips(x0, top, x1 - x0, heights)
                self._edges_along.fill(along)
                self._edges_down.fill(down)
            for group, first, last in group_ranges(key[picked]):
                look = self._look(group, ratio)
                fill = look.faint if kind is fuzzy else look.fill
                if fill is not None:
                    painter.setBrush(fill)
                    painter.drawRects(self._rects.pointer(first), last - first)
                if kind is bar and look.edges is not None:
                    for edges, brush in zip((self._edges_along, self._edges_down), look.edges, strict=True):
                        painter.setBrush(brush)
                        painter.drawRects(edges.pointer(2 * first), 2 * (last - first))
                if look.strike is not None:  # denied: struck through, as a cheap filled strip
                    members = slice(first, last)
                    painter.setBrush(look.strike)
                    self._batches.rects(painter, x0[members], y[picked[members]] - 1, x1[members] - x0[members],
                                        np.full(last - first, 2.0))
        picked = np.flatnonzero(chosen & ~bar & ~fuzzy)
        picked = picked[np.argsort(key[picked], kind="stable")]
        size = float(max(round(MARKER_SIZE * ratio), 1))  # the pixmap's device pixels, scaled back to logical ones
        count = len(picked)
        self._fragments.fill([(left[picked] + right[picked]) / 2, y[picked], np.zeros(count), np.zeros(count),
                              np.full(count, size), np.full(count, size), np.full(count, 1 / ratio), np.full(count, 1 / ratio),
                              np.zeros(count), np.ones(count)])
        for group, first, last in group_ranges(key[picked]):
            color = self.lane_colors[group // 8]
            pixmap = marker_pixmap(color.rgba(), group % 8, MARKER_SIZE, ratio)
            painter.drawPixmapFragments(self._fragments.pointer(first), last - first, pixmap)

    def _solid_fills(self, chosen: np.ndarray, lane: np.ndarray, style: np.ndarray) -> dict[int, QColor]:
        """The opaque colour of each chosen bar filled strongly enough that labels need their own
        text colour on it (confirmed: the lane colour; disputed: it half mixed with the background)."""
        fills: dict[int, QColor] = {}
        codes = certainty_code(style)
        for i in np.flatnonzero(chosen):
            certainty = CERTAINTY_CODES[int(codes[i])]
            if certainty not in (Certainty.CONFIRMED, Certainty.DISPUTED):
                continue
            group = int(self._color_of_lane[lane[i]]) * 8 + int(codes[i])
            brush = self._style(group)[1]
            fill = brush.color()
            if fill.alpha() < 255:
                share, base = fill.alphaF(), self.theme.background
                fill = QColor(*(round(a * share + b * (1 - share)) for a, b in
                                ((fill.red(), base.red()), (fill.green(), base.green()), (fill.blue(), base.blue()))))
            fills[int(i)] = fill
        return fills

    def _look(self, group: int, ratio: float) -> _GroupLook:
        """What one colour and certainty group is drawn with, worked out once (a frame draws dozens of groups)."""
        color = self.lane_colors[group // 8]
        key = (group, color.rgba(), ratio)
        look = self._looks.get(key)
        if look is None:
            _pen, brush, faint = self._style(group)
            certainty = CERTAINTY_CODES[group % 8]
            look = self._looks[key] = _GroupLook(
                fill=brush if brush.style() != Qt.BrushStyle.NoBrush else None,
                faint=QBrush(faint),
                edges=(edge_brush(color.rgba(), group % 8, ratio), edge_brush(color.rgba(), group % 8, ratio, vertical=True))
                if certainty is not Certainty.CONFIRMED else None,
                strike=QBrush(color) if certainty is Certainty.DENIED else None,
            )
        return look

    def _style(self, group: int) -> tuple[QPen, QBrush, QColor]:
        """The pen, bar brush and faint fill of one colour and certainty, made once."""
        color = self.lane_colors[group // 8]
        key = (group, color.rgba())
        found = self._styles.get(key)
        if found is None:
            certainty = CERTAINTY_CODES[group % 8]
            # an opaque pale tint rather than a translucent one: solid fills are far cheaper than blending
            strength = FAINT_CONFIRMED if certainty is Certainty.CONFIRMED else FAINT
            base = self.theme.background
            faint = QColor(*(round(a * strength + b * (1 - strength)) for a, b in
                             ((color.red(), base.red()), (color.green(), base.green()), (color.blue(), base.blue()))))
            # 1-pixel cosmetic pens keep Qt on its fast path for thousands of rectangles
            found = self._styles[key] = (certainty_pen(color, certainty, 1.0), certainty_brush(color, certainty), faint)
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

    def _paint_ghost(self, painter: QPainter, events: np.ndarray, box_left: np.ndarray, box_right: np.ndarray,
                     y: np.ndarray, bar_height: float) -> None:
        """Where a dragged event would land (its date snaps to its precision when dropped)."""
        position, shift = self.ghost
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(self.theme.selection, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for i in np.flatnonzero(events == position):
            height = bar_height + 6
            painter.drawRoundedRect(QRectF(box_left[i] + shift - 3, y[i] - height / 2, box_right[i] - box_left[i] + 6, height), 3, 3)

    def _paint_labels(self, painter: QPainter, titles: list[str], labelled: np.ndarray, label_left: np.ndarray,
                      y: np.ndarray, dimmed: np.ndarray, events: np.ndarray, flipped: np.ndarray, box_left: np.ndarray,
                      bars: tuple[dict[int, QColor], np.ndarray, np.ndarray, float], summary: np.ndarray | None = None) -> None:
        """Titles in the theme's text colour; where one lies on a solid bar, that part in black or white,
        whichever reads on the bar's colour. A ``summary`` label counts a lane's band of marks: it has
        no note badge and does not name its mark when pointed at."""
        painter.setFont(self.font)
        metrics = QFontMetricsF(self.font)
        solid, bar_left, bar_right, bar_height = bars
        shown = painter.clipBoundingRect() if painter.hasClipping() else QRectF(painter.viewport())
        legible = metrics.averageCharWidth() * _MIN_LABEL_CHARS
        summary = summary if summary is not None else np.zeros(len(labelled), dtype=bool)
        for i in np.flatnonzero(labelled):
            width = metrics.horizontalAdvance(titles[i])
            count = int(self.note_counts[events[i]]) if self.note_counts is not None and not summary[i] else 0
            left = label_left[i]
            if flipped[i]:  # at the right edge the label ends just before its marker
                left = box_left[i] - LABEL_GAP - width - (BADGE_WIDTH if count else 0.0)
            rect = QRectF(left, y[i] - metrics.height() / 2, width + 2, metrics.height())
            if min(rect.right(), shown.right()) - max(rect.left(), shown.left()) < min(width, legible):
                continue  # a letter or two cut off at the edge reads as noise; the tooltip names it
            painter.setOpacity(_DIMMED_OPACITY if dimmed[i] else 1.0)
            if not summary[i]:
                self.painted.label_left[i] = max(rect.left(), shown.left())  # the pointer over a title names its event too
                self.painted.label_right[i] = min(rect.right() + (BADGE_WIDTH if count else 0.0), shown.right())
            fill = solid.get(int(i))
            if fill is None:
                painter.setPen(self.theme.text)
                painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter, titles[i])
            else:
                a, b = max(bar_left[i], shown.left() - 1), min(bar_right[i], shown.right() + 1)  # whole pixels fit 32 bits
                on_bar = QRectF(a, y[i] - bar_height / 2, max(b - a, 0.0), bar_height)
                self._paint_split_label(painter, rect, on_bar, titles[i], self.theme.text_on(fill))
            if count:
                self._paint_badge(painter, left + width + 5, y[i], count)
        painter.setOpacity(1.0)

    def _paint_split_label(self, painter: QPainter, rect: QRectF, on_bar: QRectF, title: str, on_bar_color: QColor) -> None:
        """A title drawn twice, clipped: over the bar in ``on_bar_color``, beside it in the text colour."""
        outside = QRegion(rect.toAlignedRect()).subtracted(QRegion(on_bar.toAlignedRect()))
        for region, color in ((outside, self.theme.text), (QRegion(on_bar.toAlignedRect()), on_bar_color)):
            painter.save()  # each part within the view box's clip, not instead of it
            painter.setClipRegion(region, Qt.ClipOperation.IntersectClip)
            painter.setPen(color)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter, title)
            painter.restore()

    def _paint_badge(self, painter: QPainter, left: float, y: float, count: int) -> None:
        """A small note sign with the number of notes on the event."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(left, y - 7, 16, 14)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.theme.selection)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(self.theme.text_on(self.theme.selection))
        small = QFont(self.font)
        small.setPointSizeF(max(self.font.pointSizeF() * 0.8, 6))
        small.setBold(True)
        painter.setFont(small)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(min(count, 99)))
        painter.setFont(self.font)
