"""How sure an event is shows in how its bar is drawn: confirmed solid, reported hollow, rumoured
dashed, planned dotted, denied struck through. Checked on the painted pixels of a small case with
one six-week event of each, sampled in each bar's right half (clear of its title)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from explorer.core import dates
from explorer.core.casefile import build_case, open_case
from explorer.core.models import Certainty, Event
from explorer.core.store import CaseStore
from explorer.ui.timeline.view import TimelineView

_SPANS = {  # six weeks each, two weeks apart
    "confirmed": ("2025-01-01", "2025-02-15"), "reported": ("2025-03-01", "2025-04-15"), "rumored": ("2025-05-01", "2025-06-15"),
    "planned": ("2025-07-01", "2025-08-15"), "denied": ("2025-09-01", "2025-10-15"),
}
_HEIGHTS = range(400, 420, 2)  # each moves the lane's row down a pixel: the bars sit on ten rows of pixels in turn


def _fill(store: CaseStore) -> None:
    store.set_meta("title", "Certainty looks")
    for certainty, (start, end) in _SPANS.items():
        store.put_event(Event(certainty, certainty.capitalize(), dates.parse(start), dates.parse(end), certainty=Certainty(certainty)))


@pytest.fixture
def looks_view(qtbot, tmp_path: Path) -> Iterator[TimelineView]:
    path = tmp_path / "looks.case.db"
    build_case(path, _fill)
    store = open_case(path)
    view = TimelineView(store)
    qtbot.addWidget(view)
    view.resize(1400, _HEIGHTS[0])
    view.show()
    qtbot.waitExposed(view)
    view.set_visible_range(dates.start_seconds(dates.parse("2024-12-01")), dates.end_seconds(dates.parse("2025-11")))
    view.set_cursor(dates.start_seconds(dates.parse("2024-12-05")))  # out of the bars' way
    yield view
    view.close()
    store.close()


@dataclass(frozen=True)
class Bar:
    """One painted bar: for each pixel row from its top edge to its bottom edge and each sampled
    column, whether the pixel has the lane's colour; ``middle`` is the row of the bar's centre line."""

    inked: np.ndarray
    middle: int

    @property
    def top(self) -> np.ndarray:
        """The columns the top edge colours (its one or two rows seen together, as the eye sees them)."""
        return self.inked[:2].any(axis=0)

    @property
    def bottom(self) -> np.ndarray:
        return self.inked[-2:].any(axis=0)

    @property
    def strike(self) -> float:
        """The share of its most inked row about its centre line (where the centre falls between rows, either)."""
        return float(self.inked[self.middle - 1: self.middle + 2].mean(axis=1).max())

    @property
    def inside(self) -> float:
        """The share of the bar's inside (off its edges and centre line) in the lane's colour."""
        rows = [r for r in range(3, len(self.inked) - 3) if not self.middle - 2 <= r <= self.middle + 2]
        return float(self.inked[rows].mean())


def _lane_coloured(image: QImage, x: int, y: int, lane: QColor) -> bool:
    pixel = image.pixelColor(x, y)
    return abs(pixel.red() - lane.red()) + abs(pixel.green() - lane.green()) + abs(pixel.blue() - lane.blue()) < 60


def _bars(qtbot, view: TimelineView, save_to: Path | None = None) -> dict[str, Bar]:
    view.graphics.viewport().repaint()
    qtbot.wait(1)
    image = view.graphics.grab().toImage()
    if save_to is not None:
        assert image.save(str(save_to))
    lane = view.events.lane_colors[0]  # one lane: every bar has its colour
    painted = view.events.painted
    bars = {}
    for uid in _SPANS:
        position = int(view.index.position([view.store.event(uid).id])[0])
        i = int(np.flatnonzero(view.events.marks.event[painted.mark] == position)[0])
        right = int(painted.right[i]) - 4
        left = int(max(painted.label_right[i] + 4, (painted.left[i] + painted.right[i]) / 2))  # past the title
        assert right - left > 30, f"{uid}: too little of the bar to sample"
        y = int(painted.y[i])
        rows = np.array([[_lane_coloured(image, x, r, lane) for x in range(left, right)] for r in range(y - 14, y + 15)])
        inked = np.flatnonzero(rows.mean(axis=1) > 0.15)
        bars[uid] = Bar(rows[inked.min(): inked.max() + 1], 14 - int(inked.min()))  # y is row 14 of rows
    return bars


def _longest_run(columns: np.ndarray) -> int:
    longest = run = 0
    for on in columns:
        run = run + 1 if on else 0
        longest = max(longest, run)
    return longest


def test_confirmed_is_solid_reported_hollow_and_denied_struck_through(qtbot, looks_view: TimelineView,
                                                                     screenshot_dir: Path) -> None:
    for height in _HEIGHTS:
        looks_view.resize(1400, height)
        bars = _bars(qtbot, looks_view, screenshot_dir / "timeline-certainty-looks.png" if height == _HEIGHTS[0] else None)
        assert bars["confirmed"].inside > 0.95 and bars["confirmed"].strike > 0.95  # filled
        for hollow in ("reported", "rumored", "planned", "denied"):
            assert bars[hollow].inside < 0.05, f"{hollow} is filled at height {height}"
        for uid in ("reported", "denied"):  # a solid outline
            assert bars[uid].top.mean() > 0.95 and bars[uid].bottom.mean() > 0.95, f"{uid} at height {height}"
        assert bars["denied"].strike > 0.95  # struck through
        for uid in ("reported", "rumored", "planned"):
            assert bars[uid].strike < 0.05, f"{uid} is struck through at height {height}"


@pytest.mark.parametrize(("uid", "dash"), [("rumored", range(4, 8)), ("planned", range(1, 4))])
def test_rumoured_bars_are_dashed_and_planned_ones_dotted_wherever_they_sit(qtbot, looks_view: TimelineView, uid: str,
                                                                          dash: range) -> None:
    for height in _HEIGHTS:
        looks_view.resize(1400, height)
        bar = _bars(qtbot, looks_view)[uid]
        for name, edge in (("top", bar.top), ("bottom", bar.bottom)):
            assert 0.2 < edge.mean() < 0.85, f"{uid}: its {name} edge is not broken at height {height}"
            assert _longest_run(edge) in dash, f"{uid}: its {name} edge's dashes are {_longest_run(edge)} px at height {height}"
