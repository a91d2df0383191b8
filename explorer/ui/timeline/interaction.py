"""What the pointer does on the timeline: select (Ctrl/Shift to add), hover, drag an event to a
new date, drag a rubber band, double-click to add or edit.

Hit tests use where the event layer last painted its marks, so they cost nothing per event.
Edits are only requested (signals on the view); the main window turns them into undoable
operations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QToolTip

from explorer.core.date_shift import moved_span
from explorer.core.timeline_index import distinct
from explorer.ui import date_text
from explorer.ui.safe_text import plain_tooltip, tooltip_html
from explorer.ui.style import certainty_word

if TYPE_CHECKING:
    from explorer.ui.timeline.view import TimelineView

HIT_RADIUS = 8.0
_DRAG_THRESHOLD_PX = 4


class _TooltipRequests(QObject):
    """Takes the viewport's tooltip requests from the scene (which hides tooltips it did not set)."""

    def __init__(self, interaction: TimelineInteraction) -> None:
        super().__init__(interaction.view)
        self.interaction = interaction

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            graphics = self.interaction.view.graphics
            self.interaction.help_event(graphics.mapToScene(event.pos()))
            return True
        return False


class TimelineInteraction:
    def __init__(self, view: TimelineView) -> None:
        self.view = view
        self._drag: tuple[str, object] | None = None  # ("move", position) or ("band", start point)
        self.drag_text = ""  # what the tooltip says while an event is dragged
        self._press: QPointF | None = None
        self._tip_for: int | None = None  # the event the tooltip names
        self.band = QGraphicsRectItem()
        self.band.setPen(QPen(QColor(61, 123, 217), 1, Qt.PenStyle.DashLine))
        self.band.setBrush(QColor(61, 123, 217, 40))
        self.band.setZValue(40)
        self.band.hide()
        view.graphics.scene().addItem(self.band)
        view.viewbox.interaction = self
        scene = view.graphics.scene()
        scene.sigMouseMoved.connect(self.hover)
        scene.sigMouseClicked.connect(self.clicked)
        self._tooltips = _TooltipRequests(self)
        view.graphics.viewport().installEventFilter(self._tooltips)

    # --- hit testing ---------------------------------------------------------------------

    def _point(self, scene_pos: QPointF) -> QPoint:
        return self.view.graphics.mapFromScene(scene_pos)  # a QPoint: a widget pixel

    def hit(self, scene_pos: QPointF, titles: bool = True) -> int | None:
        """The event position under a scene point (within HIT_RADIUS pixels of its mark, or on its
        title when ``titles``), or None."""
        painted = self.view.events.painted
        if not len(painted.mark):
            return None
        point = self._point(scene_pos)
        x, y = point.x(), point.y()
        near_row = np.abs(painted.y - y) <= HIT_RADIUS
        inside_bar = (painted.left - 2 <= x) & (x <= painted.right + 2) & near_row
        on_title = (painted.label_left <= x) & (x <= painted.label_right) & near_row & titles
        distance = np.where(inside_bar | on_title, 0.0, np.hypot(painted.x - x, painted.y - y))
        best = int(np.argmin(distance))
        if distance[best] > HIT_RADIUS:
            return None
        return int(self.view.events.marks.event[painted.mark[best]])

    def _uids(self, positions: list[int]) -> list[str]:
        index = self.view.index
        events = self.view.store.events_by_id([int(index.event_id[p]) for p in positions])
        return [event.uid for event in events]

    # --- clicks and hover ----------------------------------------------------------------

    def clicked(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.view.setFocus()
        position = self.hit(event.scenePos())
        if event.double():
            if position is not None:
                self.view.edit_requested.emit(self._uids([position])[0])
            else:
                self._request_add(event.scenePos())
            return
        if position is None:
            return
        uid = self._uids([position])[0]
        modifiers = event.modifiers()
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            self.view.toggle_selected(uid)
        else:
            self.view.select_event(uid, reveal=False)
            self.view.event_selected.emit(uid)

    def _request_add(self, scene_pos: QPointF) -> None:
        """Double-click on empty space: ask for a new event at that moment (and lane's entity)."""
        point = self.view.viewbox.mapSceneToView(scene_pos)
        marks, layout = self.view.events.marks, self.view.events.layout
        lane_key = ""
        if marks is not None and len(layout.tops) > 1:
            y = min(max(point.y(), layout.tops[0] + 1e-6), layout.tops[-1] - 1e-6)  # above the first lane: the first lane
            lanes = layout.lanes_between(y, y)
            if len(lanes):
                lane_key = marks.lanes[lanes.start].key
        self.view.add_requested.emit(int(point.x()), lane_key)

    def hover(self, scene_pos: QPointF) -> None:
        """Name the event under the pointer (its marker, bar or title) in a tooltip; it stays while
        the pointer stays on that event, and goes when the pointer leaves it. Not while a button is
        held (the cursor, a pan or a selection band being dragged across the events)."""
        if self._drag is not None:
            return
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            if self._tip_for is not None:
                self._tip_for = None
                QToolTip.hideText()
            return
        position = self.hit(scene_pos)
        if position is None:
            if self._tip_for is not None:
                self._tip_for = None
                QToolTip.hideText()
            return
        if position == self._tip_for and QToolTip.isVisible():
            return  # already named: showing it again would only make it flicker
        found = self.view.store.events_by_id([int(self.view.index.event_id[position])])
        if found:
            event = found[0]
            text = tooltip_html(event.title, f"{event.date_text} · {certainty_word(event.certainty)}")
            graphics = self.view.graphics
            QToolTip.showText(graphics.mapToGlobal(self._point(scene_pos)), text, graphics)
            self._tip_for = position

    def help_event(self, scene_pos: QPointF) -> None:
        """Qt's own tooltip request (the pointer resting): answered here, since the scene would hide
        any tooltip that none of its items has set — the event's, a moment after it appeared."""
        self._tip_for = None if not QToolTip.isVisible() else self._tip_for
        self.hover(scene_pos)

    # --- dragging (called by the view box) -----------------------------------------------

    def begin_drag(self, scene_pos: QPointF, modifiers: Qt.KeyboardModifier) -> bool:
        """Take over a drag that starts on an event's mark (move it) or with Ctrl/Shift (rubber band);
        a drag from a title pans, as titles cover much of the view."""
        position = self.hit(scene_pos, titles=False)
        if position is not None and not self.view.store.readonly:
            self._drag = ("move", position)
            self._press = scene_pos
            return True
        modifiers |= QApplication.keyboardModifiers()  # as held at the press, not only at the first move
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            self._drag = ("band", scene_pos)
            self.band.setRect(QRectF(scene_pos, scene_pos))
            self.band.show()
            return True
        return False

    def drag_to(self, scene_pos: QPointF) -> None:
        if self._drag is None:
            return
        kind, value = self._drag
        if kind == "band":
            self.band.setRect(QRectF(value, scene_pos).normalized())
        else:
            self.view.events.ghost = (int(value), scene_pos.x() - self._press.x())
            self.view.events.update()
            self._say_where(int(value), scene_pos)

    def _say_where(self, position: int, scene_pos: QPointF) -> None:
        """While an event is dragged, the date it would move to, beside the pointer."""
        if abs(scene_pos.x() - self._press.x()) < _DRAG_THRESHOLD_PX:
            QToolTip.hideText()
            return
        event = self.view.store.event(self._uids([position])[0])
        if event is None:
            return
        viewbox = self.view.viewbox
        delta = viewbox.mapSceneToView(scene_pos).x() - viewbox.mapSceneToView(self._press).x()
        start, end = moved_span(event.start, event.end, delta)
        self.drag_text = f"{event.title}\n→ {date_text.display_span(start, end)}"
        graphics = self.view.graphics
        QToolTip.showText(graphics.mapToGlobal(self._point(scene_pos)), plain_tooltip(self.drag_text), graphics)

    def end_drag(self, scene_pos: QPointF) -> None:
        if self._drag is None:
            return
        kind, value = self._drag
        self._drag = None
        if kind == "band":
            self.band.hide()
            self._select_in_band(QRectF(value, scene_pos).normalized())
            return
        self.view.events.ghost = None
        self.view.events.update()
        QToolTip.hideText()
        if abs(scene_pos.x() - self._press.x()) < _DRAG_THRESHOLD_PX:
            return
        viewbox = self.view.viewbox
        delta = viewbox.mapSceneToView(scene_pos).x() - viewbox.mapSceneToView(self._press).x()
        uid = self._uids([int(value)])[0]
        event = self.view.store.event(uid)
        start, end = moved_span(event.start, event.end, delta)
        if start != event.start:
            self.view.event_moved.emit(uid, start.iso(), end.iso() if end else "")

    def _select_in_band(self, band: QRectF) -> None:
        painted = self.view.events.painted
        if not len(painted.mark):
            return
        rect = QRectF(self._point(band.topLeft()), self._point(band.bottomRight())).normalized()
        inside = ((painted.right >= rect.left()) & (painted.left <= rect.right())
                  & (painted.y >= rect.top()) & (painted.y <= rect.bottom()))
        positions = distinct(self.view.events.marks.event[painted.mark[inside]])
        self.view.set_selection(self._uids([int(p) for p in positions]))
