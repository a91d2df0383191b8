"""The timeline panel: constant item count, clicks, keys, wheel, cursor, lanes, filters, looks."""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip

from explorer.core import dates
from explorer.core.casefile import build_case, open_case
from explorer.core.filters import EventFilter
from explorer.core.generate import generate_case
from explorer.core.models import Certainty
from explorer.core.timeline_index import LaneMode
from explorer.ui.timeline.interaction import HIT_RADIUS
from explorer.ui.timeline.theme import DARK
from explorer.ui.timeline.view import TimelineView

_TOOLTIP_OFFSCREEN = pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")  # a real tooltip, offscreen


@pytest.fixture
def timeline(timeline_on, bundled_store) -> TimelineView:
    return timeline_on(bundled_store)


def _generated(folder: Path, events: int) -> Path:
    path = folder / f"g{events}.case.db"
    build_case(path, lambda store: generate_case(store, events, entities=30, seed=3))
    return path


def _paint(qtbot, view: TimelineView) -> None:
    view.graphics.viewport().repaint()
    qtbot.wait(1)


def _screen_point(view: TimelineView, uid: str) -> QPoint:
    """Where the event was last painted, in viewport pixels."""
    event = view.store.event(uid)
    position = int(view.index.position([event.id])[0])
    painted = view.events.painted
    chosen = np.flatnonzero(view.events.marks.event[painted.mark] == position)
    assert chosen.size, f"{uid} is not on screen"
    return QPoint(int(painted.x[chosen[0]]), int(painted.y[chosen[0]]))


def test_graphics_items_do_not_grow_with_events(qtbot, tmp_path: Path) -> None:
    counts = []
    for events in (50, 5000):
        store = open_case(_generated(tmp_path, events))
        view = TimelineView(store)
        qtbot.addWidget(view)
        view.resize(1200, 600)
        view.show()
        _paint(qtbot, view)
        counts.append(len(view.graphics.scene().items()))
        view.close()
        store.close()
    assert counts[0] == counts[1], f"item count changed with the number of events: {counts}"
    assert counts[0] < 60


@pytest.fixture
def dense(qtbot, tmp_path: Path) -> Iterator[TimelineView]:
    """25,000 events fitted in view: drawn as density."""
    store = open_case(_generated(tmp_path, 25_000))
    view = TimelineView(store)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    view.zoom_to_fit()
    _paint(qtbot, view)
    yield view
    view.close()
    store.close()


def _zoom_to_a_month(qtbot, view: TimelineView) -> None:
    centre = sum(view.visible_range()) / 2
    view.set_visible_range(centre, centre + 30 * 86_400)
    _paint(qtbot, view)


def test_many_events_draw_as_density_then_as_marks_when_zoomed(qtbot, dense: TimelineView) -> None:
    assert dense.events.density_shown
    _zoom_to_a_month(qtbot, dense)
    assert not dense.events.density_shown
    assert 0 < len(dense.events.painted.mark) < 20_000


def test_click_selects_the_event_under_the_pointer(qtbot, timeline: TimelineView) -> None:
    _paint(qtbot, timeline)
    point = _screen_point(timeline, "ev-openai-confirms-wind-down")
    with qtbot.waitSignal(timeline.event_selected, timeout=2000) as blocker:
        qtbot.mouseClick(timeline.graphics.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == ["ev-openai-confirms-wind-down"]
    assert timeline.selected_uid == "ev-openai-confirms-wind-down"
    assert timeline.events.selected.size == 1


def test_hovering_an_event_shows_its_title_date_and_certainty(qtbot, timeline: TimelineView, monkeypatch) -> None:
    _paint(qtbot, timeline)
    shown: list[tuple[QPoint, str]] = []
    monkeypatch.setattr(QToolTip, "showText", lambda where, text, *rest: shown.append((where, text)))
    point = _screen_point(timeline, "ev-openai-confirms-wind-down")
    timeline.interaction.hover(timeline.graphics.mapToScene(point))
    assert len(shown) == 1
    where, text = shown[0]
    event = timeline.store.event("ev-openai-confirms-wind-down")
    assert event.title in text and event.date_text in text and event.certainty in text
    assert where == timeline.graphics.mapToGlobal(point)


def test_no_tooltip_comes_up_while_a_button_is_held(qtbot, timeline: TimelineView, monkeypatch) -> None:
    """Dragging the cursor, a pan or a selection band across events does not flash their tooltips."""
    from explorer.ui.timeline import interaction

    _paint(qtbot, timeline)
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda where, text, *rest: shown.append(text))
    monkeypatch.setattr(interaction.QApplication, "mouseButtons", staticmethod(lambda: Qt.MouseButton.LeftButton))
    point = _screen_point(timeline, "ev-openai-confirms-wind-down")
    timeline.interaction.hover(timeline.graphics.mapToScene(point))
    assert shown == []
    monkeypatch.setattr(interaction.QApplication, "mouseButtons", staticmethod(lambda: Qt.MouseButton.NoButton))
    timeline.interaction.hover(timeline.graphics.mapToScene(point))
    assert len(shown) == 1  # let go: the event under the pointer is named again


def test_hovering_an_event_title_names_that_event(qtbot, timeline: TimelineView, monkeypatch) -> None:
    _paint(qtbot, timeline)
    painted = timeline.events.painted
    titled = np.flatnonzero(~np.isnan(painted.label_left) & (painted.label_right - painted.label_left > 60))
    assert titled.size, "no event title was drawn"
    i = int(titled[0])
    x = int((painted.label_left[i] + painted.label_right[i]) / 2)  # the middle of the title, well past the marker
    assert x > painted.right[i] + 2 * HIT_RADIUS
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda where, text, *rest: shown.append(text))
    timeline.interaction.hover(timeline.graphics.mapToScene(QPoint(x, int(painted.y[i]))))
    position = int(timeline.events.marks.event[painted.mark[i]])
    title = timeline.store.events_by_id([int(timeline.index.event_id[position])])[0].title
    assert len(shown) == 1 and html.escape(title) in shown[0]


def test_a_drag_from_a_title_pans_rather_than_moving_the_event(qtbot, timeline: TimelineView) -> None:
    _paint(qtbot, timeline)
    painted = timeline.events.painted
    i = int(np.flatnonzero(~np.isnan(painted.label_left) & (painted.label_right - painted.label_left > 60))[0])
    on_title = timeline.graphics.mapToScene(QPoint(int((painted.label_left[i] + painted.label_right[i]) / 2), int(painted.y[i])))
    on_mark = timeline.graphics.mapToScene(QPoint(int(painted.x[i]), int(painted.y[i])))
    assert timeline.interaction.hit(on_title) is not None
    assert not timeline.interaction.begin_drag(on_title, Qt.KeyboardModifier.NoModifier)
    assert timeline.interaction.begin_drag(on_mark, Qt.KeyboardModifier.NoModifier)
    timeline.interaction.end_drag(on_mark)  # released where it was pressed: nothing moves


@_TOOLTIP_OFFSCREEN
def test_an_event_tooltip_stays_while_the_pointer_rests_on_the_event(qtbot, timeline: TimelineView) -> None:
    """Qt asks for a tooltip when the pointer rests; the scene, which set none, would hide ours."""
    _paint(qtbot, timeline)
    point = _screen_point(timeline, "ev-openai-confirms-wind-down")
    timeline.interaction.hover(timeline.graphics.mapToScene(point))
    assert QToolTip.isVisible()
    viewport = timeline.graphics.viewport()
    request = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, request)
    qtbot.wait(600)  # a hidden tooltip fades out after 300 ms
    assert QToolTip.isVisible()
    assert "winding down" in QToolTip.text()
    timeline.interaction.hover(timeline.graphics.mapToScene(QPoint(2, 2)))  # off every event: it goes
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)


@_TOOLTIP_OFFSCREEN
def test_hovering_the_same_event_again_does_not_show_the_tooltip_again(qtbot, timeline: TimelineView, monkeypatch) -> None:
    _paint(qtbot, timeline)
    point = _screen_point(timeline, "ev-openai-confirms-wind-down")
    timeline.interaction.hover(timeline.graphics.mapToScene(point))
    assert QToolTip.isVisible()
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda where, text, *rest: shown.append(text))
    timeline.interaction.hover(timeline.graphics.mapToScene(point + QPoint(1, 0)))
    assert shown == []


def test_titles_are_placed_again_for_the_width_after_a_resize(qtbot, bundled_store) -> None:
    """A window made narrower kept the titles placed for its old width: one near the right edge was
    cut to nothing (seen on a laptop, where the first window, made 1500 px wide, is fitted to the screen)."""
    from explorer.ui.main_window import MainWindow

    window = MainWindow(bundled_store, automatic_backups=False)
    qtbot.addWidget(window)
    window.remember_layout = False
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    view = window.timeline
    _paint(qtbot, view)
    event = view.store.event("ev-scale-layoffs")
    position = int(view.index.position([event.id])[0])
    painted = view.events.painted
    i = int(np.flatnonzero(view.events.marks.event[painted.mark] == position)[0])
    assert not np.isnan(painted.label_left[i]), "the title was left out"
    assert painted.label_right[i] <= painted.x[i]  # flipped to the marker's left, whole
    assert painted.label_right[i] - painted.label_left[i] > 100


def test_the_first_frame_of_marks_makes_no_brushes_or_marker_pictures(qtbot, dense: TimelineView) -> None:
    """They are made just after the case is shown; made by the first frame that draws marks one by
    one, they doubled its time at a million events (23.8 ms against 12)."""
    from explorer.ui.timeline.painting import marker_pixmap

    assert dense.events.density_shown
    qtbot.wait(20)  # the warm-up runs once the event loop is free
    looks, pictures = len(dense.events._looks), marker_pixmap.cache_info().misses
    _zoom_to_a_month(qtbot, dense)
    assert not dense.events.density_shown and len(dense.events.painted.mark)
    assert len(dense.events._looks) == looks and marker_pixmap.cache_info().misses == pictures


def test_keys_zoom_pan_and_fit(qtbot, timeline: TimelineView) -> None:
    timeline.setFocus()
    x0, x1 = timeline.visible_range()
    qtbot.keyClick(timeline, Qt.Key.Key_Plus)
    a0, a1 = timeline.visible_range()
    assert (a1 - a0) == pytest.approx((x1 - x0) / 2, rel=1e-6)
    qtbot.keyClick(timeline, Qt.Key.Key_Minus)
    b0, b1 = timeline.visible_range()
    assert (b1 - b0) == pytest.approx(x1 - x0, rel=1e-6)
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    c0, _ = timeline.visible_range()
    assert c0 > b0
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    d0, _ = timeline.visible_range()
    assert d0 < timeline.index.time_range[0] < d0 + (b1 - b0)
    qtbot.keyClick(timeline, Qt.Key.Key_F)
    e0, e1 = timeline.visible_range()
    start, end = timeline.index.time_range
    assert e0 <= start and e1 >= end


def test_wheel_zooms_around_the_pointer(qtbot, timeline: TimelineView) -> None:
    _paint(qtbot, timeline)
    viewport = timeline.graphics.viewport()
    pointer = QPointF(viewport.width() * 0.75, viewport.height() / 2)
    before = timeline.viewbox.mapSceneToView(timeline.graphics.mapToScene(pointer.toPoint())).x()
    wheel = QWheelEvent(pointer, viewport.mapToGlobal(pointer), QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    x0, x1 = timeline.visible_range()
    QApplication.sendEvent(viewport, wheel)
    y0, y1 = timeline.visible_range()
    assert y1 - y0 < x1 - x0
    after = timeline.viewbox.mapSceneToView(timeline.graphics.mapToScene(pointer.toPoint())).x()
    assert after == pytest.approx(before, abs=(x1 - x0) * 0.01)


def test_time_cursor_reports_its_date(qtbot, timeline: TimelineView) -> None:
    target = dates.start_seconds(dates.parse("2025-06-18"))
    with qtbot.waitSignal(timeline.cursor_moved, timeout=1000) as blocker:
        timeline.set_cursor(target)
    assert blocker.args == [target]
    assert timeline.cursor_text() == "18 June 2025"


def test_the_cursor_date_is_a_badge_on_the_ruler_not_over_the_lanes(qtbot, timeline: TimelineView) -> None:
    timeline.set_cursor(dates.start_seconds(dates.parse("2025-06-18")))
    _paint(qtbot, timeline)
    picture = timeline.graphics.grab().toImage()
    view = timeline.graphics
    x = view.mapFromScene(timeline.viewbox.mapViewToScene(QPointF(timeline.cursor_seconds(), 0))).x()
    ruler = view.mapFromScene(timeline.time_axis.sceneBoundingRect()).boundingRect()
    lanes = view.mapFromScene(timeline.viewbox.sceneBoundingRect()).boundingRect()
    cursor = QColor(timeline.theme.cursor)

    def cursor_coloured(y: int, dx: int) -> bool:
        pixel = picture.pixelColor(x + dx, y)
        return abs(pixel.red() - cursor.red()) + abs(pixel.green() - cursor.green()) + abs(pixel.blue() - cursor.blue()) < 40

    badge_rows = [y for y in range(ruler.top(), ruler.bottom()) if cursor_coloured(y, 25)]  # beside the line: the badge
    assert len(badge_rows) >= 8
    assert not any(cursor_coloured(y, 25) for y in range(lanes.top(), min(lanes.bottom(), ruler.top()) - 1))  # none on the lanes


def _drawn_labels(timeline: TimelineView) -> list[str]:
    """The ruler's labels that will be drawn (neither under the cursor's badge nor past an end)."""
    axis = timeline.time_axis
    values = [float(tick.seconds) for tick in axis._ticks]
    unseen = axis._unseen_test()
    return [label for value, label in zip(values, axis.tickStrings(values, 1.0, 1.0), strict=True) if label and not unseen(value, label)]


@pytest.mark.parametrize("cursor", ["2026-12-30", "2027-01-10", "2027-01-11", "2027-01-12"])
def test_a_year_the_badge_covers_is_said_by_a_label_that_shows(qtbot, timeline: TimelineView, cursor: str) -> None:
    """A trial's cursor badge covered "Jan 2027": the months after it read as the badge's 2026.
    The label that takes the year over must itself show (a longer label may reach the badge too)."""
    timeline.resize(1400, 500)
    timeline.set_visible_range(dates.start_seconds(dates.parse("2026-09-01")), dates.start_seconds(dates.parse("2027-08-01")))
    timeline.set_cursor(dates.start_seconds(dates.parse(cursor)))
    _paint(qtbot, timeline)
    plain = [tick.label for tick in timeline.time_axis._ticks]
    assert "Jan 2027" in plain
    drawn = _drawn_labels(timeline)
    assert "Jan 2027" not in drawn  # under the badge
    assert sum(" 2027" in label for label in drawn) == 1  # a label after it says the year, once
    dated = next(label for label in drawn if label.endswith(" 2027"))
    assert dated.startswith(("Feb", "Mar"))  # the first after the badge whose longer form shows clear of it


def test_the_day_the_badge_covers_is_said_by_the_next_label(qtbot, timeline: TimelineView) -> None:
    """Zoomed to hours: the badge over "4 Mar 00:00" left 06:00 reading as the badge's 3 March."""
    timeline.resize(1400, 500)
    start = dates.start_seconds(dates.parse("2027-03-03T06:00"))
    timeline.set_visible_range(start, start + 36 * 3600)
    timeline.set_cursor(dates.start_seconds(dates.parse("2027-03-03T23:50")))
    _paint(qtbot, timeline)
    assert any(label.startswith("4 Mar") for label in (tick.label for tick in timeline.time_axis._ticks))
    drawn = _drawn_labels(timeline)
    assert not any(label.startswith("4 Mar") and label.endswith("00:00") for label in drawn)  # under the badge
    after = [label for label in drawn if not label.startswith("3 Mar")]
    assert any("4 Mar 2027" in label for label in after)  # said by a later label


def test_a_year_cut_off_at_the_left_end_is_said_by_the_next_label(qtbot, timeline: TimelineView) -> None:
    """pyqtgraph leaves out a label sticking out past the axis' end: "Sep 2026" there took the year away."""
    timeline.resize(1400, 500)
    timeline.set_visible_range(dates.start_seconds(dates.parse("2026-08-29")), dates.start_seconds(dates.parse("2027-08-01")))
    timeline.set_cursor(dates.start_seconds(dates.parse("2027-06-20")))
    _paint(qtbot, timeline)
    drawn = _drawn_labels(timeline)
    assert "Sep 2026" not in drawn
    assert drawn[0].endswith(" 2026")


def test_month_precision_is_drawn_across_the_month(qtbot, timeline: TimelineView) -> None:
    timeline.set_visible_range(dates.start_seconds(dates.parse("2025-05-15")), dates.end_seconds(dates.parse("2025-07-15")))
    _paint(qtbot, timeline)
    event = timeline.store.event("ev-meta-stake")  # known only to June 2025
    position = int(timeline.index.position([event.id])[0])
    painted = timeline.events.painted
    chosen = np.flatnonzero(timeline.events.marks.event[painted.mark] == position)[0]
    to_pixels = timeline.viewbox.mapViewToScene
    june_1 = timeline.graphics.mapFromScene(to_pixels(QPointF(dates.start_seconds(dates.parse("2025-06")), 0))).x()
    july_1 = timeline.graphics.mapFromScene(to_pixels(QPointF(dates.end_seconds(dates.parse("2025-06")), 0))).x()
    assert painted.left[chosen] == pytest.approx(june_1, abs=2)
    assert painted.right[chosen] == pytest.approx(july_1, abs=2)


def test_lane_modes(qtbot, timeline: TimelineView) -> None:
    assert timeline.lane_axis.names[:2] == ["Scale AI", "Meta"]  # companies first, busiest first
    timeline.set_lane_mode(LaneMode.CATEGORY)
    assert set(timeline.lane_axis.names) == {"customer", "deal", "founding", "leadership", "market", "restructuring", "statement"}
    timeline.set_lane_mode(LaneMode.PACKED)
    assert timeline.lane_axis.names == ["All events"]


def test_filters_hide_or_dim_other_events(qtbot, timeline: TimelineView) -> None:
    timeline.set_lane_mode(LaneMode.PACKED)
    timeline.zoom_to_fit()
    timeline.set_filter(EventFilter(certainties={Certainty.REPORTED}, hide=True))
    _paint(qtbot, timeline)
    shown = timeline.events.marks.event[timeline.events.painted.mark]
    certainties = {timeline.store.events_by_id([int(timeline.index.event_id[p])])[0].certainty for p in shown}
    assert certainties == {Certainty.REPORTED}
    timeline.set_filter(EventFilter(certainties={Certainty.REPORTED}, hide=False))
    _paint(qtbot, timeline)
    assert len(timeline.events.painted.mark) == timeline.store.event_count()


def test_select_event_reveals_it(qtbot, timeline: TimelineView) -> None:
    timeline.set_visible_range(dates.start_seconds(dates.parse("2016")), dates.end_seconds(dates.parse("2016-03")))
    timeline.select_event("ev-scale-layoffs")
    x0, x1 = timeline.visible_range()
    assert x0 <= dates.start_seconds(dates.parse("2025-07-16")) <= x1


def test_selecting_an_event_scrolls_its_stacked_row_into_view(qtbot, timeline: TimelineView) -> None:
    timeline.resize(1400, 260)
    qtbot.waitUntil(lambda: timeline.viewbox.height() < 260)
    timeline.set_visible_range(dates.start_seconds(dates.parse("2025-06-01")), dates.end_seconds(dates.parse("2025-07-20")))
    _paint(qtbot, timeline)
    timeline.viewbox.setYRange(0, 4, padding=0)  # the top of the tall Scale AI lane
    layout, marks = timeline.events.layout, timeline.events.marks
    for uid in ("ev-scale-layoffs", "ev-scale-gc-statement", "ev-meta-stake"):
        event = timeline.store.event(uid)
        timeline.select_event(uid)
        _paint(qtbot, timeline)
        layout, marks = timeline.events.layout, timeline.events.marks
        position = int(timeline.index.position([event.id])[0])
        shown = layout.visible
        rows = layout.stacked_rows(marks.lane[shown])[marks.event[shown] == position]
        (y0, y1) = sorted(timeline.viewbox.viewRange()[1])
        assert ((rows >= y0) & (rows <= y1)).any(), (uid, rows, y0, y1)


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize(
    ("zoom", "start", "end"),
    [("opening", None, None), ("whole-case", "2015-10", "2025-12"), ("june-2025", "2025-06-08", "2025-06-24")],
)
def test_screenshots(qtbot, timeline: TimelineView, screenshot_dir: Path, theme: str, zoom: str, start: str, end: str) -> None:
    if theme == "dark":
        timeline.apply_theme(DARK)
    if start:
        timeline.set_visible_range(dates.start_seconds(dates.parse(start)), dates.end_seconds(dates.parse(end)))
    timeline.select_event("ev-meta-stake", reveal=False)
    _paint(qtbot, timeline)
    assert timeline.grab().save(str(screenshot_dir / f"timeline-{zoom}-{theme}.png"))


def test_notes_show_as_badges_and_period_notes_as_brackets(qtbot, timeline: TimelineView) -> None:
    from explorer.core.changes import Changed, Changes
    from explorer.core.models import Note, NoteTarget

    stamp = "2026-01-01T00:00:00Z"
    store = timeline.store
    store.put_note(Note("on-event", NoteTarget.EVENT, "About the stake", stamp, stamp, target_uid="ev-meta-stake"))
    store.put_note(Note("on-period", NoteTarget.RANGE, "The turbulent week", stamp, stamp,
                        range_start=dates.parse("2025-06-12"), range_end=dates.parse("2025-06-18")))
    timeline.refresh(Changes.of(Changed.NOTES, "on-event", "on-period"))
    stake = timeline.store.event("ev-meta-stake")
    assert timeline.events.note_counts[int(timeline.index.position([stake.id])[0])] == 1
    assert [band.title for band in timeline.backdrop.range_notes] == ["The turbulent week"]


def test_a_label_at_the_right_edge_goes_left_of_its_marker_and_stays_in_view(qtbot, timeline: TimelineView) -> None:
    event = timeline.store.event("ev-scale-layoffs")  # a day-precision instant: drawn as a marker
    timeline.set_visible_range(event.t_start - 40 * 86_400, event.t_start + 2 * 86_400)
    _paint(qtbot, timeline)
    layout = timeline.events.layout
    position = int(timeline.index.position([event.id])[0])
    marks = timeline.events.marks
    chosen = np.flatnonzero(marks.event[layout.visible] == position)
    assert chosen.size and layout.labelled[chosen].any(), "the event near the right edge keeps its label"
    assert layout.flipped[chosen].all()
    timeline.set_visible_range(event.t_start - 2 * 86_400, event.t_start + 40 * 86_400)
    _paint(qtbot, timeline)
    layout = timeline.events.layout
    chosen = np.flatnonzero(timeline.events.marks.event[layout.visible] == position)
    assert chosen.size and not layout.flipped[chosen].any(), "with room on the right the label stays there"


def test_rows_keep_their_height_when_the_view_gets_shorter(qtbot, timeline: TimelineView) -> None:
    from explorer.ui.timeline.view import ROW_PIXELS

    timeline.set_visible_range(dates.start_seconds(dates.parse("2025-06-01")), dates.end_seconds(dates.parse("2025-07-20")))
    _paint(qtbot, timeline)
    assert timeline.events.layout.total_rows * ROW_PIXELS > 300, "enough stacked rows to need scrolling in a short view"
    timeline.resize(1400, 300)
    qtbot.waitUntil(lambda: timeline.viewbox.height() < 300)
    _paint(qtbot, timeline)
    _, (y0, y1) = timeline.viewbox.viewRange()
    assert timeline.viewbox.height() / (y1 - y0) >= ROW_PIXELS - 0.5, "rows are not squeezed below their height"
    assert timeline.lane_scroll.isVisible()


def test_every_lane_in_view_shows_its_name_even_when_its_middle_is_scrolled_away(qtbot, timeline: TimelineView) -> None:
    timeline.set_visible_range(dates.start_seconds(dates.parse("2025-06-01")), dates.end_seconds(dates.parse("2025-07-20")))
    timeline.resize(1400, 260)
    qtbot.waitUntil(lambda: timeline.viewbox.height() < 260)
    _paint(qtbot, timeline)
    axis, layout = timeline.lane_axis, timeline.events.layout
    tops = layout.tops
    tall = int(np.argmax(np.diff(tops)))  # the busiest lane, taller than the view
    slivers = 0
    for y0 in np.arange(0, layout.total_rows, 0.25):
        timeline.viewbox.setYRange(y0, y0 + 4, padding=0)
        _paint(qtbot, timeline)
        (low, high) = sorted(timeline.viewbox.viewRange()[1])
        in_view = {axis.names[i] for i in range(len(axis.names)) if tops[i + 1] > low + 0.6 and tops[i] < high - 0.6}
        pixels = timeline.viewbox.height()
        shown = axis.tickValues(low, high, pixels)[0][1]
        assert {axis._shown[v] for v in shown} >= in_view, (y0, in_view)
        assert all(low - 0.01 <= v <= high + 0.01 for v in shown)
        # and no name for a sliver at the edge, where it would be drawn over the next lane or cut off
        text_rows = QFontMetricsF(axis.style.get("tickFont") or axis.font()).height() * (high - low) / pixels
        for i, name in enumerate(axis.names):
            seen = min(tops[i + 1], high) - max(tops[i], low)
            if 0 < seen < min(text_rows, tops[i + 1] - tops[i]) - 0.01:
                slivers += 1
                assert name not in {axis._shown[v] for v in shown}, (y0, name, seen)
    assert tops[tall + 1] - tops[tall] > 4  # the test did scroll through a lane taller than the view
    assert slivers > 5  # and past lanes cut to a sliver at the edges


def test_labels_of_events_below_a_short_view_stay_out_of_the_overview(qtbot, timeline: TimelineView) -> None:
    timeline.resize(1000, 230)
    qtbot.waitUntil(lambda: timeline.viewbox.height() < 150)
    timeline.set_visible_range(dates.start_seconds(dates.parse("2025-06-01")), dates.end_seconds(dates.parse("2025-07-20")))
    _paint(qtbot, timeline)
    picture = timeline.graphics.grab().toImage()
    strip = timeline.graphics.mapFromScene(timeline.overview.sceneBoundingRect()).boundingRect()
    text = QColor(timeline.theme.text)

    def is_text(x: int, y: int) -> bool:
        pixel = picture.pixelColor(x, y)
        return abs(pixel.red() - text.red()) + abs(pixel.green() - text.green()) + abs(pixel.blue() - text.blue()) < 60

    assert timeline.events.layout.total_rows > 6  # rows below the view exist, with labels that used to spill
    assert not any(is_text(x, y) for x in range(strip.left(), strip.right(), 2) for y in range(strip.top(), strip.top() + 40))


def test_a_label_cut_to_a_letter_or_two_at_the_edge_is_not_drawn(qtbot, timeline: TimelineView) -> None:
    from PySide6.QtGui import QImage, QPainter

    layer = timeline.events

    def inked(left: float) -> int:
        image = QImage(300, 40, QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.setClipRect(0, 0, 150, 40)  # the view box ends at x = 150
        one = np.ones(1, dtype=bool)
        layer._paint_labels(painter, ["Scale's general counsel promises"], one, np.array([left]), np.array([20.0]), ~one,
                            np.zeros(1, dtype=np.int64), ~one, np.array([left - 8]), ({}, np.zeros(1), np.zeros(1), 10.0))
        painter.end()
        return sum(image.pixelColor(x, y).lightness() < 128 for x in range(150) for y in range(40))

    assert inked(40.0) > 0  # most of it shows: drawn, cut at the edge
    assert inked(140.0) == 0  # one letter would show: left out


def test_changing_the_lanes_stacks_the_marks_in_view_at_once(qtbot, timeline: TimelineView) -> None:
    """Without a zoom or a resize after it (as the brief's picture is made), the new lanes are stacked."""
    timeline.set_visible_range(dates.start_seconds(dates.parse("2025-06-01")), dates.end_seconds(dates.parse("2025-07-20")))
    _paint(qtbot, timeline)
    timeline.set_lane_mode(LaneMode.PACKED)
    layout = timeline.events.layout
    assert layout.visible is not None and layout.total_rows > 8  # one row per overlapping event, not one row


def test_era_titles_keep_to_their_row_and_leave_with_it(qtbot, timeline: TimelineView) -> None:
    timeline.resize(1400, 300)
    qtbot.waitUntil(lambda: timeline.viewbox.height() < 300)
    timeline.set_visible_range(dates.start_seconds(dates.parse("2025-05-20")), dates.end_seconds(dates.parse("2025-07-20")))
    box = timeline.graphics.mapFromScene(timeline.viewbox.sceneBoundingRect()).boundingRect()
    muted = QColor(timeline.theme.muted)

    def title_ink() -> int:
        _paint(qtbot, timeline)
        picture = timeline.graphics.grab().toImage()
        close = 0
        for x in range(box.left() + 2, box.right() - 2):
            for y in range(box.top() + 2, box.top() + 16):
                pixel = picture.pixelColor(x, y)
                close += abs(pixel.red() - muted.red()) + abs(pixel.green() - muted.green()) + abs(pixel.blue() - muted.blue()) < 30
        return close

    timeline.viewbox.setYRange(0, 6, padding=0)
    in_their_row = title_ink()  # "Scale as a neutral supplier", "After the Meta deal"
    timeline.viewbox.setYRange(3, 9, padding=0)
    scrolled = title_ink()  # only the grey edges of event labels: the titles went with their row
    assert in_their_row > 3 * scrolled + 100, (in_their_row, scrolled)
