"""The timeline under the mouse and the End key: dragging the overview's region, the time cursor and
empty space (which pans), as a hand does it, with real presses, moves and releases."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from explorer.core import dates
from explorer.ui import date_text
from explorer.ui.timeline.view import TimelineView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # an event's tooltip on the way, offscreen


@pytest.fixture(autouse=True)
def every_move_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    """pyqtgraph drops mouse moves that come less than 10 ms after the last (its mouseRateLimit);
    a test's moves come at once, and each should count without waiting."""
    monkeypatch.setitem(pg.CONFIG_OPTIONS, "mouseRateLimit", -1)


@pytest.fixture
def timeline(timeline_on, bundled_store) -> TimelineView:
    return timeline_on(bundled_store)


def _paint(qtbot, view: TimelineView) -> None:
    view.graphics.viewport().repaint()
    qtbot.wait(1)


def _drag(qtbot, widget: QWidget, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """Press, move in steps with the left button held, release."""
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, steps + 1):
        point = QPointF(start + (end - start) * step / steps)
        move = QMouseEvent(QEvent.Type.MouseMove, point, widget.mapToGlobal(point), Qt.MouseButton.NoButton,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, move)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def _pixel(view: TimelineView, viewbox: pg.ViewBox, seconds: float, y: float) -> QPoint:
    """Where a time (and a height, in ``viewbox``'s units) is drawn, in the viewport's pixels."""
    return view.graphics.mapFromScene(viewbox.mapViewToScene(QPointF(seconds, y)))


def _seconds_at(view: TimelineView, viewbox: pg.ViewBox, point: QPoint) -> float:
    return viewbox.mapSceneToView(view.graphics.mapToScene(point)).x()


def _lanes_middle(view: TimelineView) -> float:
    _, (y0, y1) = view.viewbox.viewRange()
    return (y0 + y1) / 2


def test_dragging_the_overview_region_moves_the_timeline_with_it(qtbot, timeline: TimelineView) -> None:
    timeline.set_visible_range(dates.start_seconds(dates.parse("2019-01-01")), dates.start_seconds(dates.parse("2021-01-01")))
    _paint(qtbot, timeline)
    overview = timeline.overview
    strip = overview.getViewBox()
    (r0, r1), (_y0, y1) = overview.region.getRegion(), strip.viewRange()[1]
    grab = _pixel(timeline, strip, (r0 + r1) / 2, y1 / 2)  # the region's middle, well clear of its edge lines
    assert _pixel(timeline, strip, r1, 0).x() - grab.x() > 40
    x0, x1 = timeline.visible_range()
    moved = _seconds_at(timeline, strip, grab + QPoint(150, 0)) - _seconds_at(timeline, strip, grab)
    one_pixel = moved / 150
    _drag(qtbot, timeline.graphics.viewport(), grab, grab + QPoint(150, 0))
    a0, a1 = timeline.visible_range()
    assert a0 == pytest.approx(x0 + moved, abs=2 * one_pixel)
    assert a1 - a0 == pytest.approx(x1 - x0, rel=1e-6)  # moved, not resized
    assert overview.region.getRegion()[0] == pytest.approx(a0, abs=one_pixel)


def test_dragging_the_time_cursor_moves_it_and_names_its_new_date(qtbot, timeline: TimelineView) -> None:
    x0, x1 = timeline.visible_range()
    timeline.set_cursor(int(x0 + (x1 - x0) * 0.3))
    _paint(qtbot, timeline)
    start = _pixel(timeline, timeline.viewbox, timeline.cursor_seconds(), _lanes_middle(timeline))
    target = _seconds_at(timeline, timeline.viewbox, start + QPoint(200, 0))
    one_pixel = (x1 - x0) / timeline.viewbox.width()
    seen: list[int] = []
    timeline.cursor_moved.connect(seen.append)
    before = timeline.cursor_text()
    _drag(qtbot, timeline.graphics.viewport(), start, start + QPoint(200, 0))
    assert len(seen) >= 2  # it followed the pointer, not only jumped at the release
    assert seen[-1] == timeline.cursor_seconds() == pytest.approx(target, abs=2 * one_pixel)
    assert timeline.cursor_text() == date_text.moment(seen[-1], x1 - x0) != before
    assert timeline.visible_range() == (x0, x1)  # the cursor moved, the view did not


def _empty_point(view: TimelineView) -> QPoint:
    """A point on the lanes with no event (its mark or its title) under it, far from the time cursor."""
    lanes = view.graphics.mapFromScene(view.viewbox.sceneBoundingRect()).boundingRect()
    cursor_x = _pixel(view, view.viewbox, view.cursor_seconds(), 0).x()
    for x in range(lanes.left() + 100, lanes.right() - 300, 17):
        for y in range(lanes.top() + 10, lanes.bottom() - 10, 7):
            point = QPoint(x, y)
            if abs(x - cursor_x) > 40 and view.interaction.hit(view.graphics.mapToScene(point)) is None:
                return point
    raise AssertionError("no empty space on the timeline")


def test_dragging_empty_space_pans_the_view_by_the_pixels_dragged(qtbot, timeline: TimelineView) -> None:
    _paint(qtbot, timeline)
    start = _empty_point(timeline)
    x0, x1 = timeline.visible_range()
    one_pixel = (x1 - x0) / timeline.viewbox.width()
    cursor = timeline.cursor_seconds()
    _drag(qtbot, timeline.graphics.viewport(), start, start - QPoint(250, 0))  # dragged left: later times come in
    a0, a1 = timeline.visible_range()
    assert a0 - x0 == pytest.approx(250 * one_pixel, rel=0.03)
    assert a1 - a0 == pytest.approx(x1 - x0, rel=1e-6)
    assert timeline.cursor_seconds() == cursor and not timeline.selected_uids  # it panned: nothing else


def test_the_end_key_shows_the_end_of_the_case_at_the_same_zoom(qtbot, timeline: TimelineView) -> None:
    timeline.set_visible_range(dates.start_seconds(dates.parse("2016-01-01")), dates.start_seconds(dates.parse("2016-03-01")))
    x0, x1 = timeline.visible_range()
    end = timeline.index.time_range[1]
    assert x1 < end
    qtbot.keyClick(timeline, Qt.Key.Key_End)
    a0, a1 = timeline.visible_range()
    assert a1 - a0 == pytest.approx(x1 - x0, rel=1e-6)
    assert a0 < end < a1
    assert a1 - end == pytest.approx((a1 - a0) * 0.05, rel=0.01)  # the last event near the right edge, a little room after it
