"""Direct manipulation on the timeline: drag to a new date, select several, delete, add, undo."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from explorer.core import dates
from explorer.core.timeline_index import LaneMode
from explorer.ui.forms.event_form import EventForm
from explorer.ui.main_window import MainWindow
from tests.ui.test_forms_support import ModalDriver


def _paint(qtbot, window: MainWindow) -> None:
    window.timeline.graphics.viewport().repaint()
    qtbot.wait(1)


def _point_of(window: MainWindow, uid: str) -> QPoint:
    view = window.timeline
    event = view.store.event(uid)
    position = int(view.index.position([event.id])[0])
    painted = view.events.painted
    chosen = np.flatnonzero(view.events.marks.event[painted.mark] == position)
    assert chosen.size, f"{uid} is not on screen"
    return QPoint(int(painted.x[chosen[0]]), int(painted.y[chosen[0]]))


def _x_of(window: MainWindow, seconds: float) -> float:
    view = window.timeline
    return view.graphics.mapFromScene(view.viewbox.mapViewToScene(QPointF(seconds, 0))).x()


def _drag(qtbot, widget, start: QPoint, end: QPoint, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Press, move in steps with the button and modifiers held (as a hand would), release."""
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, modifiers, start)
    for step in range(1, 6):
        point = QPointF(start + (end - start) * step / 5)
        move = QMouseEvent(QEvent.Type.MouseMove, point, widget.mapToGlobal(point), Qt.MouseButton.NoButton,
                           Qt.MouseButton.LeftButton, modifiers)
        QApplication.sendEvent(widget, move)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, modifiers, end)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip, offscreen
def test_dragging_a_day_event_moves_it_by_days_and_undo_puts_it_back(qtbot, main_window: MainWindow) -> None:
    view = main_window.timeline
    view.set_lane_mode(LaneMode.PACKED)
    view.set_visible_range(dates.start_seconds(dates.parse("2025-07-01")), dates.end_seconds(dates.parse("2025-07-31")))
    _paint(qtbot, main_window)
    start = _point_of(main_window, "ev-scale-layoffs")  # 16 July 2025, known to the day
    three_days = _x_of(main_window, dates.start_seconds(dates.parse("2025-07-19"))) - _x_of(
        main_window, dates.start_seconds(dates.parse("2025-07-16")))
    said: list[str] = []
    view.interaction.drag_text = ""
    original = view.interaction._say_where

    def say_where(position, scene_pos) -> None:
        original(position, scene_pos)
        said.append(view.interaction.drag_text)

    view.interaction._say_where = say_where
    _drag(qtbot, view.graphics.viewport(), start, start + QPoint(int(three_days), 0))
    title = main_window.store.event("ev-scale-layoffs").title
    assert said and all(text.startswith(f"{title}\n→ ") and text.endswith("July 2025") for text in said), said  # while moving
    assert main_window.store.event("ev-scale-layoffs").start == dates.parse("2025-07-19")
    assert main_window.undo_action.text() == "&Undo Change date"
    main_window.undo()
    assert main_window.store.event("ev-scale-layoffs").start == dates.parse("2025-07-16")


def test_ctrl_click_selects_several_and_delete_removes_them_as_one_step(qtbot, main_window: MainWindow) -> None:
    view = main_window.timeline
    view.set_lane_mode(LaneMode.PACKED)
    view.set_visible_range(dates.start_seconds(dates.parse("2025-06-10")), dates.end_seconds(dates.parse("2025-07-31")))
    _paint(qtbot, main_window)
    viewport = view.graphics.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_point_of(main_window, "ev-scale-layoffs"))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     _point_of(main_window, "ev-meta-deal-announced"))
    assert sorted(view.selected_uids) == ["ev-meta-deal-announced", "ev-scale-layoffs"]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert main_window.store.event("ev-scale-layoffs") is None and main_window.store.event("ev-meta-deal-announced") is None
    assert len(view.index) == 11 and main_window.undo_action.text() == "&Undo Delete 2 events"
    main_window.undo()
    assert len(view.index) == 13


def test_rubber_band_selects_what_it_covers(qtbot, main_window: MainWindow) -> None:
    view = main_window.timeline
    view.set_lane_mode(LaneMode.PACKED)
    view.set_visible_range(dates.start_seconds(dates.parse("2025-06-10")), dates.end_seconds(dates.parse("2025-07-31")))
    _paint(qtbot, main_window)
    viewport = view.graphics.viewport()
    left = int(_x_of(main_window, dates.start_seconds(dates.parse("2025-07-10"))))
    right = int(_x_of(main_window, dates.start_seconds(dates.parse("2025-07-25"))))
    _drag(qtbot, viewport, QPoint(left, 25), QPoint(right, viewport.height() - 60), Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_uids == ["ev-scale-layoffs"]


def test_double_click_on_empty_space_asks_for_an_event_there(qtbot, main_window: MainWindow) -> None:
    view = main_window.timeline
    view.set_visible_range(dates.start_seconds(dates.parse("2025-05-01")), dates.end_seconds(dates.parse("2025-05-31")))
    _paint(qtbot, main_window)
    x = int(_x_of(main_window, dates.start_seconds(dates.parse("2025-05-15"))))
    scene_pos = view.graphics.mapToScene(QPoint(x, 20))
    # pyqtgraph reads double-clicks from the scene; QTest's synthetic ones do not always reach it
    double_click = _SceneClick(scene_pos, double=True)
    driver = ModalDriver(qtbot)
    shown: list[tuple[str, str]] = []

    def look(form: EventForm) -> None:  # the window answers with the new-event form, filled in
        shown.append((form.start_edit.text(), form.participants_editor.participants()[0].entity_uid))
        form.reject()

    driver.on_next(EventForm, look)
    with qtbot.waitSignal(view.add_requested, timeout=2000) as blocker:
        view.interaction.clicked(double_click)
    driver.check()
    seconds, lane = blocker.args
    assert dates.from_seconds_at(seconds, dates.Precision.DAY) in (dates.parse("2025-05-15"), dates.parse("2025-05-14"))
    assert lane == "scale-ai"  # the top lane
    assert len(shown) == 1 and shown[0][0] in ("15 May 2025", "14 May 2025") and shown[0][1] == "scale-ai", shown


class _SceneClick:
    """Stands in for pyqtgraph's MouseClickEvent."""

    def __init__(self, scene_pos: QPointF, double: bool = False) -> None:
        self._pos, self._double = scene_pos, double

    def button(self) -> Qt.MouseButton:
        return Qt.MouseButton.LeftButton

    def double(self) -> bool:
        return self._double

    def scenePos(self) -> QPointF:
        return self._pos

    def modifiers(self) -> Qt.KeyboardModifier:
        return Qt.KeyboardModifier.NoModifier


def _badge_centre(window: MainWindow) -> QPoint:
    """The middle of the cursor's date badge on the ruler, in viewport pixels."""
    axis = window.timeline.time_axis
    badge = axis.badge_rect()
    assert badge is not None, "the badge is not on the ruler"
    return window.timeline.graphics.mapFromScene(axis.mapToScene(badge.center()))


@pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")  # a tooltip, offscreen
def test_dragging_the_cursor_badge_moves_the_time_cursor(qtbot, main_window: MainWindow) -> None:
    view = main_window.timeline
    view.set_visible_range(dates.start_seconds(dates.parse("2025-06-01")), dates.end_seconds(dates.parse("2025-07-31")))
    view.set_cursor(dates.start_seconds(dates.parse("2025-06-22")))
    _paint(qtbot, main_window)
    start = _badge_centre(main_window)
    target = dates.start_seconds(dates.parse("2025-07-10"))
    before = view.visible_range()
    _drag(qtbot, view.graphics.viewport(), start, QPoint(round(_x_of(main_window, target)), start.y()))
    assert abs(view.cursor_seconds() - target) < 2 * 86_400
    assert view.visible_range() == before  # the view did not pan


def test_the_ruler_leaves_out_the_tick_labels_the_badge_would_cover(qtbot, main_window: MainWindow, monkeypatch) -> None:
    view = main_window.timeline
    view.set_visible_range(dates.start_seconds(dates.parse("2025-06-01")), dates.end_seconds(dates.parse("2025-07-31")))
    drawn: list[list] = []
    base = pg.AxisItem.drawPicture

    def record(axis, painter, axis_spec, ticks, texts) -> None:
        if axis is view.time_axis:
            drawn.append(list(texts))
        base(axis, painter, axis_spec, ticks, texts)

    monkeypatch.setattr(pg.AxisItem, "drawPicture", record)
    for day in ("2025-06-15", "2025-07-01"):  # right on a tick: "15 Jun", then "1 Jul"
        view.set_cursor(dates.start_seconds(dates.parse(day)))
        drawn.clear()
        _paint(qtbot, main_window)
        badge = view.time_axis.badge_rect()
        assert drawn and badge is not None
        assert drawn[-1], "every tick label was left out"
        assert not any(rect.intersects(badge) for rect, _flags, _text in drawn[-1])
