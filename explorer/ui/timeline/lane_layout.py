"""How tall each lane is for the current view, and where each mark and label sits in it.

The vertical unit is a *row* (one mark high). When few marks are in view, marks and their
labels stack into as many rows as their lane needs (up to ``MAX_ROWS``), so lanes grow and
shrink as you zoom, like vis-timeline's groups; with many marks in view every lane is one row.

Marks that span the whole view (long spans, and dates known only to the month or year when
zoomed to days) cannot be told apart there, and in a large case they are thousands at any zoom:
counted with the others they kept every label off the timeline. So when there are too many to
stack them all, they are not stacked: each lane that has some gets a band row on top, drawn as
one of them (the most important), labelled with its title when it is alone and with how many
there are when not. The marks that begin or end in view are stacked and labelled below it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetricsF

from explorer.core.models import Certainty
from explorer.core.timeline_columns import CERTAINTY_CODES
from explorer.core.timeline_index import Marks, TimelineIndex, certainty_code, has_end, importance_of
from explorer.ui.timeline.painting import MARKER_SIZE
from explorer.ui.timeline.stacking import stack

LABEL_LIMIT = 400  # at most this many marks in view get stacked and labelled
_DENIED = CERTAINTY_CODES.index(Certainty.DENIED)
SEARCH_LIMIT = 60_000  # beyond this many marks meeting the view (an upper bound), no search for the few to stack
MAX_ROWS = 12
LANE_PAD = 0.4  # rows of air per lane
TOP_PAD = 0.9  # rows kept free above the first lane, where era titles are written
MIN_BAR_PIXELS = 4  # a span narrower than this is drawn as a marker
MIN_FUZZY_PIXELS = 24  # a date known only to its month or year is drawn across it from this width


@dataclass
class LaneLayout:
    tops: np.ndarray  # lanes + 1 edges, in rows
    visible: np.ndarray | None = None  # the stacked marks, or None when lanes are one row
    row: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    labelled: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    titles: list[str] = field(default_factory=list)
    key: tuple[float, float, int] = (0.0, 0.0, 0)  # the view it was made for: x0, x1, width
    flipped: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))  # label left of its marker
    summary: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))  # label counts a band's marks

    @property
    def total_rows(self) -> float:
        return float(self.tops[-1])

    def centres(self) -> np.ndarray:
        return (self.tops[:-1] + self.tops[1:]) / 2

    def mark_rows(self, lane: np.ndarray) -> np.ndarray:
        """Row coordinate (centre) of unstacked marks in these lanes."""
        return self.centres()[lane]

    def stacked_rows(self, lane: np.ndarray) -> np.ndarray:
        return self.tops[lane] + LANE_PAD / 2 + self.row + 0.5

    def lanes_between(self, y0: float, y1: float) -> range:
        first = int(np.searchsorted(self.tops, y0, side="right")) - 1
        last = int(np.searchsorted(self.tops, y1, side="left"))
        return range(max(first, 0), min(last, len(self.tops) - 1))


def uniform(lanes: int) -> LaneLayout:
    return LaneLayout(TOP_PAD + np.arange(lanes + 1, dtype=float) * (1 + LANE_PAD))


def kinds(style: np.ndarray, width: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(bar, fuzzy, point) masks: real spans, dates known to a coarser unit, and instants."""
    spans = has_end(style) == 1
    bar = spans & (width >= MIN_BAR_PIXELS)
    fuzzy = ~spans & (width >= MIN_FUZZY_PIXELS)
    return bar, fuzzy, ~bar & ~fuzzy


def extents(left: np.ndarray, right: np.ndarray, point: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    centre = (left + right) / 2
    return np.where(point, centre - MARKER_SIZE / 2, left), np.where(point, centre + MARKER_SIZE / 2, right)


BADGE_WIDTH = 22.0  # room for a note-count badge after a label


@dataclass(frozen=True)
class Chosen:
    """The marks a stacked layout shows: those that begin or end in view, one by one, and for the
    marks spanning the whole view one per lane and look (a lane's band)."""

    local: np.ndarray
    band: np.ndarray  # one per lane that has marks spanning the view, by lane
    across: np.ndarray  # per band mark: how many marks span the view in its lane

    def labelled(self) -> np.ndarray:
        """The marks whose titles a layout may show."""
        return np.concatenate([self.local, self.band[self.across == 1]])


def choose(marks: Marks, index: TimelineIndex, x0: float, x1: float, keep: np.ndarray | None) -> Chosen | None:
    """The marks to stack for the view [x0, x1], or None when too many begin or end in it."""
    if x1 <= x0 or marks.count_starting(x0, x1) > 8 * LABEL_LIMIT or marks.count_upper_bound(x0, x1) > SEARCH_LIMIT:
        return None
    visible = marks.visible(x0, x1)
    if keep is not None:
        visible = visible[keep[marks.event[visible]]]
    if len(visible) <= LABEL_LIMIT:  # few enough: every mark in a row of its own, with its title
        return Chosen(visible, np.zeros(0, dtype=visible.dtype), np.zeros(0, dtype=np.int64))
    across = (marks.t0[visible] <= x0) & (marks.t1[visible] >= x1)
    local = visible[~across]
    if len(local) > LABEL_LIMIT:
        return None
    spanning = visible[across]
    lane = marks.lane[spanning]
    style = index.style[marks.event[spanning]]
    denied = certainty_code(style) == _DENIED
    # one mark stands for its lane's band: the most important, not a denied one (its strike would cross the label)
    order = np.lexsort((-importance_of(style), denied, lane))
    firsts = order[np.concatenate([[True], lane[order][1:] != lane[order][:-1]])] if len(order) else order
    band = spanning[firsts]
    per_lane = np.bincount(lane, minlength=len(marks.lanes))
    return Chosen(local, band, per_lane[marks.lane[band]])


def band_summary(count: int) -> str:
    return QCoreApplication.translate("LaneLayout", "%1 events span this view").replace("%1", f"{count:,}")


def compute(marks: Marks, index: TimelineIndex, titles: dict[int, str], x0: float, x1: float, width: int,
            chosen: Chosen | None, font: QFont, note_counts: np.ndarray | None = None) -> LaneLayout:
    """Stack the marks ``choose`` picked for the view; with none picked (too many in view), one row per lane."""
    lanes = len(marks.lanes)
    key = (x0, x1, width)
    if chosen is None:
        layout = uniform(lanes)
        layout.key = key
        return layout
    placed = _stack_local(marks, index, titles, chosen.local, x0, x1, width, font, note_counts)
    has_band = np.zeros(lanes, dtype=np.int32)
    has_band[marks.lane[chosen.band]] = 1
    local_rows = np.zeros(lanes)
    local_rows[marks.lane[chosen.local]] = placed.rows_used
    rows = np.maximum(local_rows + has_band, 1)
    tops = TOP_PAD + np.concatenate([[0.0], np.cumsum(rows + LANE_PAD)])
    band_names = ["" if not count else titles.get(int(index.event_id[marks.event[m]]), "") if count == 1 else band_summary(int(count))
                  for m, count in zip(chosen.band, chosen.across, strict=True)]
    band_count = len(chosen.band)
    return LaneLayout(
        tops, np.concatenate([chosen.local, chosen.band]),
        np.concatenate([placed.row + has_band[marks.lane[chosen.local]], np.zeros(band_count, dtype=np.int32)]),
        np.concatenate([placed.labelled, (chosen.across > 0) & np.array([bool(n) for n in band_names], dtype=bool)]),
        placed.names + band_names, key,
        np.concatenate([placed.flipped, np.zeros(band_count, dtype=bool)]),
        np.concatenate([np.zeros(len(chosen.local), dtype=bool), chosen.across > 1]),
    )


@dataclass(frozen=True)
class _Stacked:
    row: np.ndarray
    rows_used: np.ndarray
    labelled: np.ndarray
    names: list[str]
    flipped: np.ndarray


def _stack_local(marks: Marks, index: TimelineIndex, titles: dict[int, str], visible: np.ndarray, x0: float, x1: float,
                 width: int, font: QFont, note_counts: np.ndarray | None) -> _Stacked:
    """Sub-rows and labels for the marks that begin or end in view."""
    events = marks.event[visible]
    style = index.style[events]
    scale = width / (x1 - x0)
    left, right = (marks.t0[visible] - x0) * scale, (marks.t1[visible] - x0) * scale
    _bar, _fuzzy, point = kinds(style, right - left)
    box_left, box_right = extents(left, right, point)
    names = [titles.get(int(index.event_id[e]), "") for e in events]
    label_width = np.array(_widths(font, names))
    if note_counts is not None:
        label_width = label_width + np.where(note_counts[events] > 0, BADGE_WIDTH, 0.0)
    label_left = label_start(box_left, box_right, point)
    flipped = flip_labels(label_left, label_width, box_left, width)
    label_left = np.where(flipped, box_left - LABEL_GAP - label_width, label_left)
    label_end = np.where(flipped, box_left, label_left + label_width)
    lane = marks.lane[visible]
    placement = stack(lane, box_left, box_right, label_end, label_width > 0, importance_of(style), MAX_ROWS, label_left)
    return _Stacked(placement.row, placement.rows_used, placement.labelled, names, flipped)


_WIDTHS: dict[str, dict[str, float]] = {}  # per font: the width of each title measured (a pan measures the same ones again)


def _widths(font: QFont, names: list[str]) -> list[float]:
    metrics, known = None, _WIDTHS.setdefault(font.key(), {})
    if len(known) > 50_000:
        known.clear()
    widths = []
    for name in names:
        width = known.get(name)
        if width is None:
            if metrics is None:
                metrics = QFontMetricsF(font)
            width = known[name] = metrics.horizontalAdvance(name) if name else 0.0
        widths.append(width)
    return widths


LABEL_GAP = 3.0  # pixels between a marker and its label


def label_start(box_left: np.ndarray, box_right: np.ndarray, point: np.ndarray) -> np.ndarray:
    """Where a label begins: right of a marker, or inside the start of a bar (kept on screen)."""
    return np.where(point, box_right + LABEL_GAP, np.maximum(box_left, 0) + 5)


def flip_labels(label_left: np.ndarray, label_width: np.ndarray, box_left: np.ndarray, width: float) -> np.ndarray:
    """Marks whose label would run off the right edge but fits on their left: label them there."""
    return (label_left + label_width > width) & (box_left - LABEL_GAP - label_width >= 0)
