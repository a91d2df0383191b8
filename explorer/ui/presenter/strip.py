"""The timeline strip under a slide: eras, the events in the step's window, the current one marked.

One painter call draws it into any rectangle (a screen, a PNG, a PDF page). Events are packed
into a few rows so they do not hide each other; a date known only to the month or year is drawn
faintly across all of it rather than as a dot on its first day; certainty shows by style
(confirmed filled, the others outlined with their own dash), never by colour alone.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from explorer.core import dates, time_ticks
from explorer.core.models import Certainty
from explorer.ui.date_text import moment_precision
from explorer.ui.presenter.content import StripData, certainty_of
from explorer.ui.presenter.theme import SlideTheme, font

MAX_DRAWN = 800  # beyond this many events in view, draw how many there are per column (never a slow frame)
DETAILED = 200  # up to this many, each mark shows its certainty; beyond, plain shapes keep frames quick
_DASHES = {
    Certainty.REPORTED: Qt.PenStyle.SolidLine, Certainty.RUMORED: Qt.PenStyle.DashLine, Certainty.PLANNED: Qt.PenStyle.DotLine,
    Certainty.DENIED: Qt.PenStyle.DashDotLine, Certainty.DISPUTED: Qt.PenStyle.DashDotDotLine,
}


def _pack(starts: np.ndarray, ends: np.ndarray, max_rows: int, gap: float) -> np.ndarray:
    """A row for each mark (in time order) so marks in a row do not overlap, while rows last."""
    row_ends: list[float] = []
    rows = np.zeros(len(starts), dtype=np.int64)
    for i, (left, right) in enumerate(zip(starts.tolist(), ends.tolist(), strict=True)):
        row = next((r for r, end in enumerate(row_ends) if end + gap <= left), None)
        if row is None:
            if len(row_ends) < max_rows:
                row_ends.append(right)
                rows[i] = len(row_ends) - 1
                continue
            row = int(np.argmin(row_ends))
        row_ends[row] = max(row_ends[row], right)
        rows[i] = row
    return rows


class StripPainter:
    """Paints the strip for one window; ``focus`` is the current event's span or the "as of" instant."""

    def __init__(self, painter: QPainter, rect: QRectF, theme: SlideTheme, u: float, margin: float) -> None:
        self.p, self.rect, self.theme, self.u = painter, rect, theme, u
        self.left, self.right = rect.left() + margin, rect.right() - margin

    def x(self, seconds: float, window: tuple[float, float]) -> float:
        t0, t1 = window
        return self.left + (seconds - t0) / max(t1 - t0, 1e-9) * (self.right - self.left)

    def paint(self, strip: StripData, window: tuple[float, float], focus: tuple[int, int] | None, focus_id: int | None) -> None:
        p, u, rect, theme = self.p, self.u, self.rect, self.theme
        p.save()
        p.setClipRect(rect)
        p.fillRect(rect, theme.color("strip_background"))
        p.setPen(QPen(theme.color("rule"), max(1.0, 1.5 * u)))
        p.drawLine(QPointF(rect.left(), rect.top()), QPointF(rect.right(), rect.top()))
        era_top = rect.top() + 14 * u
        era_height = 34 * u
        axis_y = rect.bottom() - 52 * u
        self._eras(strip, window, QRectF(self.left, era_top, self.right - self.left, era_height))
        area = QRectF(self.left, era_top + era_height + 10 * u, self.right - self.left, axis_y - era_top - era_height - 20 * u)
        if focus is not None:
            self._focus_band(focus, window, area, focus_id is None)
        self._events(strip, window, area, focus_id)
        if focus is not None and focus_id is None:
            self._moment_label(focus[0], window, era_top, era_height)
        self._axis(window, axis_y)
        p.restore()

    def _eras(self, strip: StripData, window: tuple[float, float], band: QRectF) -> None:
        p, u = self.p, self.u
        p.setFont(font(21 * u, weight=QFont.Weight.DemiBold))
        metrics = QFontMetricsF(p.font())
        for i, (t0, t1, title, color) in enumerate(strip.eras):
            x0, x1 = max(self.x(t0, window), band.left()), min(self.x(t1, window), band.right())
            if x1 - x0 < 2:
                continue
            base = QColor(color) if color and QColor(color).isValid() else QColor(("#6d8fd6", "#d68a6d", "#6dbf8f", "#b08ad6")[i % 4])
            base.setAlpha(self.theme.era_alpha)
            box = QRectF(x0, band.top(), x1 - x0, band.height())
            p.fillRect(box, base)
            text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, box.width() - 16 * u)
            if len(text) > 3:
                p.setPen(self.theme.color("muted"))
                p.drawText(box.adjusted(8 * u, 0, -8 * u, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    def _focus_band(self, focus: tuple[int, int], window: tuple[float, float], area: QRectF, instant: bool) -> None:
        p, u = self.p, self.u
        x0, x1 = self.x(focus[0], window), self.x(focus[1], window)
        if instant:
            p.setPen(QPen(self.theme.color("accent"), 3 * u))
            p.drawLine(QPointF(x0, area.top() - 10 * u), QPointF(x0, area.bottom() + 12 * u))
        elif x1 - x0 > 6 * u:
            p.fillRect(QRectF(x0, area.top() - 6 * u, x1 - x0, area.height() + 12 * u), self.theme.color("accent", 38))

    def _moment_label(self, seconds: int, window: tuple[float, float], top: float, height: float) -> None:
        """The "as of" date of a relationships step, in a pill on the eras' row."""
        p, u = self.p, self.u
        label = dates.display(dates.from_seconds_at(seconds, moment_precision(seconds)))  # a year in deep time
        p.setFont(font(21 * u, bold=True))
        width = QFontMetricsF(p.font()).horizontalAdvance(label) + 24 * u
        x = self.x(seconds, window)
        box = QRectF(min(max(x - width / 2, self.left), self.right - width), top, width, height)
        p.setBrush(self.theme.color("accent"))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRoundedRect(box, height / 2, height / 2)
        p.setPen(QColor(self.theme.background))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    def _events(self, strip: StripData, window: tuple[float, float], area: QRectF, focus_id: int | None) -> None:
        p, u = self.p, self.u
        shown = strip.visible(*window)
        if not len(shown):
            return
        p.save()
        p.setClipRect(QRectF(self.left - 3 * u, self.rect.top(), self.right - self.left + 6 * u, self.rect.height()))
        if len(shown) > MAX_DRAWN:
            self._density(strip, shown, window, area, focus_id)
            p.restore()
            return
        dot = 16 * u
        scale = (self.right - self.left) / max(window[1] - window[0], 1e-9)
        starts = self.left + (strip.t_start[shown] - window[0]) * scale
        ends = self.left + (strip.t_end[shown] - window[0]) * scale
        precise = strip.precise[shown] & ~strip.span[shown]
        lefts = np.where(precise, starts - dot / 2, starts)
        rights = np.where(precise, starts + dot / 2, np.maximum(ends, starts + dot))
        is_current = strip.event_id[shown] == (focus_id if focus_id is not None else -1)
        row_height = 24 * u
        max_rows = max(int(area.height() // row_height), 1)
        rows = np.zeros(len(shown), dtype=np.int64)
        others = np.flatnonzero(~is_current)
        rows[others] = _pack(lefts[others], rights[others], max_rows, 6 * u)
        for i in np.flatnonzero(is_current):  # the current event gets a row where nothing hides it
            clash = (lefts[others] < rights[i] + 6 * u) & (rights[others] > lefts[i] - 6 * u)
            taken = set(rows[others][clash].tolist())
            rows[i] = next((r for r in range(max_rows + 1) if r not in taken), 0)
        used = int(rows.max()) + 1
        row_height = min(row_height * 1.3, area.height() / used)
        top = area.top() + (area.height() - used * row_height) / 2
        current = []
        if len(shown) > DETAILED:
            self._plain_marks(lefts, rights, top + (rows + 0.5) * row_height, precise, strip.span[shown], ~is_current, dot)
        for i, position in enumerate(shown.tolist()):
            if len(shown) > DETAILED and not is_current[i]:
                continue
            centre_y = top + (rows[i] + 0.5) * row_height
            mark = (lefts[i], rights[i], centre_y, bool(precise[i]), bool(strip.span[position]),
                    certainty_of(strip.certainty[position]), int(strip.importance[position]))
            if is_current[i]:
                current.append(mark)
            else:
                self._mark(*mark, color=self.theme.color("strip_event"), size=dot)
        for mark in current:
            self._mark(*mark, color=self.theme.color("accent"), size=dot * 1.5, halo=True)
        p.restore()

    def _density(self, strip: StripData, shown: np.ndarray, window: tuple[float, float], area: QRectF, focus_id: int | None) -> None:
        """Too many events to draw one by one: bars as tall as the number of events in each column."""
        p, u = self.p, self.u
        column = max(4 * u, 1.0)
        bins = max(int((self.right - self.left) / column), 1)
        scale = (self.right - self.left) / max(window[1] - window[0], 1e-9)
        xs = self.left + (np.maximum(strip.t_start[shown], window[0]) - window[0]) * scale
        counts, edges = np.histogram(xs, bins=bins, range=(self.left, self.right))
        tallest = max(int(counts.max()), 1)
        p.setPen(Qt.PenStyle.NoPen)
        color = self.theme.color("strip_event", 170)
        for i in np.flatnonzero(counts).tolist():
            height = max(area.height() * np.sqrt(counts[i] / tallest), 2 * u)  # square root: sparse columns still show
            p.fillRect(QRectF(edges[i], area.bottom() - height, column * 0.8, height), color)
        if focus_id is not None:
            where = np.flatnonzero(strip.event_id[shown] == focus_id)
            if len(where):
                i = int(shown[where[0]])
                x0, x1 = self.x(int(strip.t_start[i]), window), self.x(int(strip.t_end[i]), window)
                point = bool(strip.precise[i]) and not bool(strip.span[i])
                size = 24 * u
                left, right = ((x0 - size / 2, x0 + size / 2) if point else (x0, max(x1, x0 + size)))
                self._mark(left, right, area.top() + size, point, bool(strip.span[i]), certainty_of(strip.certainty[i]),
                           int(strip.importance[i]), self.theme.color("accent"), size, halo=True)

    def _plain_marks(self, lefts: np.ndarray, rights: np.ndarray, ys: np.ndarray, points: np.ndarray, spans: np.ndarray,
                     chosen: np.ndarray, size: float) -> None:
        """Many marks at once: dots and faint bars without outlines or antialiasing (a quick frame)."""
        p = self.p
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(Qt.PenStyle.NoPen)
        solid, faint = self.theme.color("strip_event"), self.theme.color("strip_event", 70)
        height = size * 0.6
        for i in np.flatnonzero(chosen & ~points).tolist():
            p.fillRect(QRectF(lefts[i], ys[i] - height / 2, max(rights[i] - lefts[i], height), height), solid if spans[i] else faint)
        p.setBrush(solid)
        for i in np.flatnonzero(chosen & points).tolist():
            p.drawEllipse(QPointF((lefts[i] + rights[i]) / 2, ys[i]), size / 2.4, size / 2.4)
        p.restore()

    def _mark(self, left: float, right: float, y: float, point: bool, span: bool, certainty: Certainty, importance: int,
              color: QColor, size: float, halo: bool = False) -> None:
        p, u = self.p, self.u
        size *= 1.2 if importance >= 3 else 1.0
        outline = QPen(color, max(2.2 * u, 1.0), _DASHES.get(certainty, Qt.PenStyle.SolidLine))
        filled = certainty is Certainty.CONFIRMED
        if halo:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(color.red(), color.green(), color.blue(), 70))
            grow = 8 * u
            if point:
                p.drawEllipse(QPointF(left + (right - left) / 2, y), size / 2 + grow, size / 2 + grow)
            else:
                p.drawRoundedRect(QRectF(left - grow, y - size / 2 - grow, right - left + 2 * grow, size + 2 * grow), size, size)
        if point:
            p.setPen(outline)
            p.setBrush(QBrush(color) if filled else Qt.BrushStyle.NoBrush)
            p.drawEllipse(QPointF(left + (right - left) / 2, y), size / 2, size / 2)
        else:  # a span, or a date known only to the month or year: faint across all of it
            faint = QColor(color)
            faint.setAlpha((120 if span else 60) if filled else 30)
            if not span and not halo:
                edge = QColor(color)
                edge.setAlpha(150)
                outline.setColor(edge)
                outline.setWidthF(max(1.6 * u, 1.0))
            p.setPen(outline)
            p.setBrush(faint)
            height = size * 0.75
            p.drawRoundedRect(QRectF(left, y - height / 2, max(right - left, height), height), height / 2, height / 2)
        if certainty is Certainty.DENIED:
            p.setPen(QPen(color, max(2.5 * u, 1.0)))
            p.drawLine(QPointF(left - 2 * u, y + size / 2), QPointF(right + 2 * u, y - size / 2))

    def _axis(self, window: tuple[float, float], y: float) -> None:
        p, u = self.p, self.u
        p.setPen(QPen(self.theme.color("muted"), max(1.5 * u, 1.0)))
        p.drawLine(QPointF(self.left, y), QPointF(self.right, y))
        p.setFont(font(23 * u))
        metrics = QFontMetricsF(p.font())
        ticks = time_ticks.ticks(window[0], window[1], self.right - self.left, label_pixels=150 * u,
                                 char_pixels=metrics.averageCharWidth() * 1.15)
        for tick in ticks:
            x = self.x(tick.seconds, window)
            p.drawLine(QPointF(x, y), QPointF(x, y + 10 * u))
            width = metrics.horizontalAdvance(tick.label)
            left = min(max(x - width / 2, self.rect.left() + 8 * u), self.rect.right() - width - 8 * u)
            p.drawText(QPointF(left, y + 14 * u + metrics.ascent()), tick.label)
