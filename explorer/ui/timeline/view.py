"""The timeline panel: lanes of events over a calendar axis, an overview strip, a time cursor.

It owns the numpy index of the open case and a fixed handful of graphics items (backdrop,
events, cursor, overview) however many events there are. Selection, hover and clicks are hit
tested against where the event layer last painted; keys zoom and pan.
"""

from __future__ import annotations

import itertools
import threading

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollBar, QWidget

from explorer.core import contrast, dates
from explorer.core.changes import Changed, Changes
from explorer.core.filters import EventFilter
from explorer.core.store import CaseStore
from explorer.core.timeline_columns import CERTAINTY_CODES, read_categories
from explorer.core.timeline_index import LaneMode, TimelineIndex, distinct
from explorer.core.timeline_loader import load_index
from explorer.core.timeline_update import updated
from explorer.ui import app_theme, date_text
from explorer.ui.timeline import lane_layout
from explorer.ui.timeline.axes import LaneAxis, TimeAxis, without_unit_prefixes
from explorer.ui.timeline.backdrop import Backdrop, EraBand
from explorer.ui.timeline.event_layer import EventLayer
from explorer.ui.timeline.interaction import TimelineInteraction
from explorer.ui.timeline.lane_layout import LaneLayout
from explorer.ui.timeline.overview import OverviewStrip
from explorer.ui.timeline.theme import LIGHT, TimelineTheme
from explorer.ui.timeline.viewbox import TimelineViewBox

ROW_PIXELS = 24  # rows are at least this tall; when all fit, they stretch to fill the height
MIN_RANGE_SECONDS = 60.0
CURSOR_TAKEN_IN = 0.25  # Zoom to Fit widens the view for a cursor this far (a share of the events' span) outside them


class TimelineView(QWidget):
    event_selected = Signal(str)  # the user clicked an event
    selection_changed = Signal(list)  # uids of the selected events (Ctrl/Shift-click, rubber band)
    cursor_moved = Signal("qlonglong")  # the "as of" time, in seconds (64 bits: a C int wraps outside 1901-2038)
    lane_mode_changed = Signal(str)
    add_requested = Signal("qlonglong", str)  # double-click on empty space: seconds, the lane's entity uid ("" if none)
    edit_requested = Signal(str)  # double-click, Enter or F2 on an event
    event_moved = Signal(str, str, str)  # dragged to a new date: uid, new start, new end ("" when none)
    delete_requested = Signal(list)  # Delete pressed with events selected

    def __init__(self, store: CaseStore, parent: QWidget | None = None, theme: TimelineTheme = LIGHT) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName("Timeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.theme = theme
        self.store = store
        self.index: TimelineIndex | None = None
        self._era_rows: list[tuple[int, int, str, str | None]] = []  # (start, end, title, own colour) of each era
        self.lane_mode = LaneMode.ENTITY
        self.event_filter = EventFilter()
        self.selected_uids: list[str] = []

        self.graphics = pg.GraphicsLayoutWidget(self)
        self.graphics.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.graphics.setAccessibleName(self.tr("Timeline chart"))
        self.viewbox = TimelineViewBox()
        self.time_axis, self.lane_axis = TimeAxis(), LaneAxis()
        self.plot = self.graphics.addPlot(row=0, col=0, viewBox=self.viewbox, axisItems={"bottom": self.time_axis, "left": self.lane_axis})
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        without_unit_prefixes(self.plot)
        self.backdrop = Backdrop(theme)
        self.events = EventLayer(theme)
        self.cursor = pg.InfiniteLine(angle=90, movable=True)  # its date is a badge on the ruler (TimeAxis)
        self.cursor.setZValue(30)
        for item in (self.backdrop, self.events, self.cursor):
            self.plot.addItem(item)
        self.overview = OverviewStrip(theme)
        self.graphics.addItem(self.overview, row=1, col=0)
        self.empty_hint = QLabel(self.tr(
            "This case has no events yet.\n\nDouble-click here or press Ctrl+E (Edit ▸ New Event…) to add one, "
            "or bring in a timeline with File ▸ Import…"), self.graphics)
        self.empty_hint.setObjectName("emptyCaseHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setAutoFillBackground(True)  # readable over the time cursor
        self.empty_hint.setMargin(12)
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # a double-click reaches the lanes
        self.empty_hint.hide()
        self.lane_scroll = QScrollBar(Qt.Orientation.Vertical, self)
        self.lane_scroll.setAccessibleName("Scroll lanes")
        self.lane_scroll.valueChanged.connect(self._on_lane_scrolled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.lane_scroll)

        self.viewbox.sigXRangeChanged.connect(self._on_range_changed)
        self.viewbox.sigYRangeChanged.connect(self._sync_lane_scroll)
        self.viewbox.sigResized.connect(self._relayout)  # titles are placed and flipped for the width shown
        self.viewbox.sigResized.connect(self._fit_lanes)  # a shorter window shows fewer rows, never squeezed ones
        self.viewbox.sigResized.connect(self._place_empty_hint)
        self.overview.region_dragged.connect(self._on_overview_dragged)
        self.cursor.sigPositionChanged.connect(self._on_cursor_moved)
        self.viewbox.sigXRangeChanged.connect(self.refresh_dates)  # the badge's precision follows the zoom
        self.time_axis.badge_dragged.connect(lambda seconds: self.set_cursor(int(seconds)))
        self.interaction = TimelineInteraction(self)
        self.apply_theme(theme)
        app_theme.notifier().changed.connect(self._follow_app_look)
        self.reload()

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the case's events again (after opening, importing or editing)."""
        self.index, save_to_cache = load_index(self.store)
        if self.lane_mode is LaneMode.CATEGORY:
            self.index.set_categories(*read_categories(self.store.conn))
        self._eras = self._read_eras()
        self._read_note_counts()
        self._show_marks()
        self.zoom_to_start_view()
        if self.cursor.value() == 0:
            x0, x1 = self.visible_range()
            self.set_cursor(int((x0 + x1) / 2))
        if save_to_cache is not None:  # after the first paint, on a thread of its own: the next open is fast
            QTimer.singleShot(0, lambda: threading.Thread(target=save_to_cache, name="timeline-cache", daemon=True).start())

    def refresh(self, changes: Changes, initiator: object = None) -> None:
        """Follow an edit: splice the touched events into the index, keep the view where it is."""
        if self.index is None:
            return
        timeline_flags = Changed.EVENTS | Changed.PARTICIPANTS | Changed.ENTITIES
        if changes.touches(timeline_flags):
            had_events = len(self.index) > 0
            had_categories = bool(self.index.categories)
            if changes.touches(Changed.ENTITIES) and changes.touches(Changed.PARTICIPANTS):
                self.index, _save = load_index(self.store)  # an entity with its ties: its events are not named
            elif changes.touches(Changed.EVENTS | Changed.PARTICIPANTS):
                self.index = updated(self.index, self.store, set(changes.uids))
            else:
                self.index = TimelineIndex(self.index.columns, self.store.entities())  # names, colours, new lanes
            if had_categories or self.lane_mode is LaneMode.CATEGORY:
                self.index.set_categories(*read_categories(self.store.conn))
            self.events.titles.clear()
        if changes.touches(Changed.ERAS):
            self._eras = self._read_eras()
        if changes.touches(timeline_flags | Changed.NOTES):
            self._read_note_counts()
        if changes.touches(timeline_flags | Changed.ERAS | Changed.NOTES):
            x0, x1 = self.visible_range()
            _, (y0, y1) = self.viewbox.viewRange()
            self._show_marks()
            self.set_visible_range(x0, x1)
            self.viewbox.setYRange(y0, y1, padding=0)
            self._show_selection(self.selected_uids)
        if changes.touches(timeline_flags) and not had_events:
            self.bring_cursor_to_events()  # a case built by hand: its first events, the cursor still on "today"

    def _read_note_counts(self) -> None:
        """Notes per event, by position, for the badges beside labels; notes on periods as brackets."""
        brackets = []
        for _uid, title, start, end in self.store.range_notes():
            try:
                brackets.append(EraBand(*dates.span_seconds(dates.parse(start), dates.parse(end)), title, self.theme.selection))
            except dates.DateError:
                continue  # a damaged range is left out of the picture, not fatal
        self.backdrop.range_notes = brackets
        counts = np.zeros(len(self.index), dtype=np.int32)
        by_id = self.store.note_counts_by_event()
        if by_id:
            positions = self.index.position(list(by_id))
            found = positions >= 0
            counts[positions[found]] = np.array(list(by_id.values()), dtype=np.int32)[found]
        self.events.note_counts = counts

    def _read_eras(self) -> list[EraBand]:
        self._era_rows = [(*dates.span_seconds(era.start, era.end), era.title, era.color) for era in self.store.eras()]
        return self._era_bands()

    def _era_bands(self) -> list[EraBand]:
        """The eras read last, in this theme's colours (no store read: a theme change may come late)."""
        return [EraBand(t0, t1, title, self.theme.lane_color(i, own)) for i, (t0, t1, title, own) in enumerate(self._era_rows)]

    def set_store(self, store: CaseStore) -> None:
        self.store = store
        self.selected_uids = []
        self.events.selected = np.zeros(0, dtype=np.int64)
        self.events.titles.clear()
        self.cursor.setValue(0)
        self.reload()

    def set_lane_mode(self, mode: LaneMode | str) -> None:
        mode = LaneMode(mode)
        if mode is self.lane_mode or self.index is None:
            return
        if mode is LaneMode.CATEGORY and not self.index.categories:
            self.index.set_categories(*read_categories(self.store.conn))
        self.lane_mode = mode
        self._show_marks()
        self.lane_mode_changed.emit(str(mode))

    def _show_marks(self) -> None:
        index = self.index
        marks = index.marks(self.lane_mode)
        eras = tuple(era.color for era in self._eras)  # marks lie on the era bands too
        colors = [self.theme.lane_color(i if lane.slot is None else lane.slot, lane.color, eras) for i, lane in enumerate(marks.lanes)]
        self.events.set_marks(index, marks, colors)
        self._apply_filter()
        start, end = index.time_range
        margin = max(end - start, 86_400) * 0.05
        self._x_span = (start - margin, end + margin)
        self.viewbox.setLimits(xMin=start - margin * 4, xMax=end + margin * 4, minXRange=MIN_RANGE_SECONDS)
        self.overview.set_marks(marks, start - margin, end + margin)
        self._apply_layout(lane_layout.uniform(len(marks.lanes)), force=True)
        self._relayout()
        self.empty_hint.setVisible(len(index) == 0)
        self._place_empty_hint()

    def _place_empty_hint(self) -> None:
        """The hint of an empty case, in the middle of the lanes."""
        if not self.empty_hint.isVisible():
            return
        box = self.graphics.mapFromScene(self.viewbox.sceneBoundingRect()).boundingRect()
        width = min(max(box.width() - 40, 200), 520)
        self.empty_hint.setFixedWidth(width)
        self.empty_hint.adjustSize()
        self.empty_hint.move(box.center().x() - width // 2, box.center().y() - self.empty_hint.height() // 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_empty_hint()

    def _relayout(self) -> None:
        """Stack the marks in view (when few) and resize the lanes to fit them."""
        if self.index is None or self.events.marks is None:
            return
        x0, x1 = self.visible_range()
        for item in (self.backdrop, self.events):  # (on a zoom, a pan or a resize)
            item.set_view(x0, x1, self.viewbox.width())
        chosen = lane_layout.choose(self.events.marks, self.index, x0, x1, self.events.hidden())
        if chosen is not None:
            self._load_titles(chosen.labelled())
        width = max(int(self.viewbox.width()), 1)
        layout = lane_layout.compute(self.events.marks, self.index, self.events.titles, x0, x1, width,
                                     chosen, self.events.font, self.events.note_counts)
        self._apply_layout(layout)

    def _apply_layout(self, layout: LaneLayout, force: bool = False) -> None:
        changed = force or not np.array_equal(layout.tops, self.events.layout.tops)
        self.events.set_layout(layout)
        if not changed:
            return
        marks = self.events.marks
        self.lane_axis.set_lanes([lane.name for lane in marks.lanes], [float(c) for c in layout.centres()],
                                 list(itertools.pairwise(float(t) for t in layout.tops)))
        self.backdrop.set_content(layout.tops, self._eras, *self._x_span)
        total = layout.total_rows
        self.viewbox.lane_count = total
        self.viewbox.setLimits(yMin=0, yMax=max(total, 1))
        self._fit_lanes()

    def _fit_lanes(self) -> None:
        total = max(self.events.layout.total_rows, 1)
        fits = self.viewbox.height() / ROW_PIXELS if self.viewbox.height() > 0 else 20
        _, (y0, _y1) = self.viewbox.viewRange()
        if total <= fits:
            self.viewbox.setYRange(0, total, padding=0)
        else:
            top = min(max(y0, 0), total - fits)
            self.viewbox.setYRange(top, top + fits, padding=0)

    _SCROLL_STEPS_PER_ROW = 10

    def _sync_lane_scroll(self) -> None:
        """Show the scroll bar when the lanes do not fit, positioned where the view is."""
        _, (y0, y1) = self.viewbox.viewRange()
        total = self.events.layout.total_rows
        hidden = max(total - (y1 - y0), 0.0)
        self.lane_scroll.setVisible(bool(hidden > 0.05))  # a numpy bool (from a numpy range) is refused
        self.lane_scroll.blockSignals(True)
        self.lane_scroll.setRange(0, int(hidden * self._SCROLL_STEPS_PER_ROW))
        self.lane_scroll.setPageStep(int((y1 - y0) * self._SCROLL_STEPS_PER_ROW))
        self.lane_scroll.setSingleStep(self._SCROLL_STEPS_PER_ROW)
        self.lane_scroll.setValue(int(y0 * self._SCROLL_STEPS_PER_ROW))
        self.lane_scroll.blockSignals(False)

    def _on_lane_scrolled(self, value: int) -> None:
        _, (y0, y1) = self.viewbox.viewRange()
        top = value / self._SCROLL_STEPS_PER_ROW
        self.viewbox.setYRange(top, top + (y1 - y0), padding=0)

    # --- navigation ----------------------------------------------------------------------

    def visible_range(self) -> tuple[float, float]:
        (x0, x1), _ = self.viewbox.viewRange()
        return x0, x1

    def set_visible_range(self, x0: float, x1: float) -> None:
        if x1 - x0 < MIN_RANGE_SECONDS:
            centre = (x0 + x1) / 2
            x0, x1 = centre - MIN_RANGE_SECONDS / 2, centre + MIN_RANGE_SECONDS / 2
        self.viewbox.setXRange(x0, x1, padding=0)

    def zoom_to_fit(self) -> None:
        """Show every event, and the time cursor: a cursor a little way outside them (today, just
        after the last event) is taken in; one far off comes among them rather than shrink them."""
        start, end = self.index.time_range if self.index is not None else (0, 1)
        cursor = self.cursor_seconds()
        reach = max(end - start, 86_400) * CURSOR_TAKEN_IN
        if start - reach <= cursor < start:
            start = cursor
        elif end < cursor <= end + reach:
            end = cursor
        margin = max(end - start, 86_400) * 0.03
        self.set_visible_range(start - margin, end + margin)
        if not start <= cursor <= end:
            self.bring_cursor_to_events()

    def bring_cursor_to_events(self) -> None:
        """A cursor outside every event (a new case's "today" after its first import or its first
        event) goes among them: to the middle of the part of them in view (as when a case opens),
        else of them all. The relationships then show the case's story."""
        if self.index is None or not len(self.index):
            return
        start, end = self.index.time_range
        if not start <= self.cursor_seconds() <= end:
            x0, x1 = self.visible_range()
            low, high = max(x0, start), min(x1, end)
            self.set_cursor(int((low + high) / 2) if low <= high else int((start + end) / 2))

    def show_events_if_none_in_view(self) -> None:
        """After records arrive from elsewhere (an import): fit the case when no event is in view."""
        marks = self.events.marks
        if self.index is None or marks is None or not len(self.index):
            return
        x0, x1 = self.visible_range()
        if not len(marks.visible(x0, x1)):
            self.zoom_to_fit()

    def zoom_to_start_view(self) -> None:
        """The case author's chosen opening view (meta view_start / view_end), else everything."""
        meta = self.store.meta()
        try:
            start = dates.parse(meta["view_start"])
            end = dates.parse(meta["view_end"])
        except (KeyError, dates.DateError):
            self.zoom_to_fit()
            return
        self.set_visible_range(*dates.span_seconds(start, end))

    def zoom_to_selection(self) -> None:
        event = self.store.event(self.selected_uid) if self.selected_uid else None
        if event is not None:
            length = max(event.t_end - event.t_start, 86_400)
            self.set_visible_range(event.t_start - length * 2, event.t_end + length * 2)

    def zoom(self, factor: float) -> None:
        self.viewbox.zoom_time(factor)

    def pan(self, fraction: float) -> None:
        self.viewbox.pan_time(fraction)

    def go_to_start(self) -> None:
        self._keep_width_at(self.index.time_range[0] if self.index else 0, from_left=True)

    def go_to_end(self) -> None:
        self._keep_width_at(self.index.time_range[1] if self.index else 0, from_left=False)

    def _keep_width_at(self, seconds: float, from_left: bool) -> None:
        x0, x1 = self.visible_range()
        width = x1 - x0
        margin = width * 0.05
        if from_left:
            self.set_visible_range(seconds - margin, seconds - margin + width)
        else:
            self.set_visible_range(seconds + margin - width, seconds + margin)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, actions = event.key(), {
            Qt.Key.Key_Plus: lambda: self.zoom(0.5), Qt.Key.Key_Equal: lambda: self.zoom(0.5),
            Qt.Key.Key_Minus: lambda: self.zoom(2.0), Qt.Key.Key_Left: lambda: self.pan(-0.2),
            Qt.Key.Key_Right: lambda: self.pan(0.2), Qt.Key.Key_Home: self.go_to_start, Qt.Key.Key_End: self.go_to_end,
            Qt.Key.Key_F: self.zoom_to_fit, Qt.Key.Key_Up: lambda: self.viewbox.scroll_lanes(-1),
            Qt.Key.Key_Down: lambda: self.viewbox.scroll_lanes(1), Qt.Key.Key_PageUp: lambda: self.viewbox.scroll_lanes(-8),
            Qt.Key.Key_PageDown: lambda: self.viewbox.scroll_lanes(8),
            Qt.Key.Key_Delete: lambda: self.selected_uids and self.delete_requested.emit(list(self.selected_uids)),
            Qt.Key.Key_Backspace: lambda: self.selected_uids and self.delete_requested.emit(list(self.selected_uids)),
            Qt.Key.Key_Return: lambda: self.selected_uid and self.edit_requested.emit(self.selected_uid),
            Qt.Key.Key_Enter: lambda: self.selected_uid and self.edit_requested.emit(self.selected_uid),
            Qt.Key.Key_F2: lambda: self.selected_uid and self.edit_requested.emit(self.selected_uid),
        }
        action = actions.get(Qt.Key(key))
        if action is None or event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    def _on_range_changed(self) -> None:
        x0, x1 = self.visible_range()
        self.overview.show_range(x0, x1)
        self._relayout()

    def _on_overview_dragged(self, x0: float, x1: float) -> None:
        self.viewbox.setXRange(x0, x1, padding=0)

    def _load_titles(self, labelled: np.ndarray) -> None:
        """Fetch the titles of the marks the stacked layout may label."""
        ids = distinct(self.index.event_id[self.events.marks.event[labelled]])
        missing = [int(i) for i in ids if int(i) not in self.events.titles]
        if missing:
            self.events.titles.update(self.store.titles_by_id(missing))

    # --- selection, hover, cursor --------------------------------------------------------

    @property
    def selected_uid(self) -> str | None:
        """The selected event (the last one chosen when several are)."""
        return self.selected_uids[-1] if self.selected_uids else None

    def select_event(self, uid: str | None, reveal: bool = True) -> None:
        """Select one event (from the table, search or a click) and bring it into view."""
        event = self.store.event(uid) if uid else None
        self._show_selection([event.uid] if event else [])
        if event is not None and reveal:
            self._reveal(event.t_start, event.t_end)

    def toggle_selected(self, uid: str) -> None:
        uids = [u for u in self.selected_uids if u != uid]
        self.set_selection(uids if len(uids) < len(self.selected_uids) else [*uids, uid])

    def set_selection(self, uids: list[str]) -> None:
        self._show_selection(uids)
        self.selection_changed.emit(list(self.selected_uids))
        if self.selected_uid:
            self.event_selected.emit(self.selected_uid)

    def _show_selection(self, uids: list[str]) -> None:
        events = self.store.events_by_uid(uids)
        self.selected_uids = [e.uid for e in events]
        positions = self.index.position([e.id for e in events]) if self.index else np.zeros(0, dtype=np.int64)
        self.events.selected = positions[positions >= 0]
        self.events.update()

    def _reveal(self, t0: int, t1: int) -> None:
        x0, x1 = self.visible_range()
        width = x1 - x0
        if t1 - t0 > width:
            self.set_visible_range(t0 - (t1 - t0) * 0.1, t1 + (t1 - t0) * 0.1)
        elif t0 < x0 or t1 > x1:
            centre = (t0 + t1) / 2
            self.set_visible_range(centre - width / 2, centre + width / 2)
        marks, layout = self.events.marks, self.events.layout
        if marks is not None and self.events.selected.size:
            if layout.visible is not None:  # stacked: the rows the selected marks were given
                shown = layout.visible
                rows = layout.stacked_rows(marks.lane[shown])[np.isin(marks.event[shown], self.events.selected)]
            else:
                lanes = marks.lane[np.isin(marks.event, self.events.selected)]
                rows = layout.centres()[lanes] if lanes.size else lanes
            _, (y0, y1) = self.viewbox.viewRange()
            if rows.size and not ((rows >= y0 + 0.5) & (rows <= y1 - 0.5)).any():
                self.viewbox.scroll_lanes(float(rows.min()) - (y0 + y1) / 2)

    def reveal_entity(self, uid: str) -> None:
        """Bring an entity's lane into view (lanes by entity), e.g. when search finds it."""
        marks = self.events.marks
        if marks is None:
            return
        lane = next((i for i, lane in enumerate(marks.lanes) if lane.key == uid), None)
        if lane is None:
            return
        centre = float(self.events.layout.centres()[lane])
        _, (y0, y1) = self.viewbox.viewRange()
        if not y0 <= centre <= y1:
            self.viewbox.scroll_lanes(centre - (y0 + y1) / 2)

    def set_cursor(self, seconds: int) -> None:
        self.cursor.setValue(float(seconds))

    def cursor_seconds(self) -> int:
        return int(self.cursor.value())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Preferences ▸ Font size: labels and lanes in the new size
            self.events.font = QFont(self.font())
            self._relayout()
            self.events.update()

    def refresh_dates(self) -> None:
        """Label the cursor again: dates are written another way now (Preferences ▸ Dates), or the
        zoom changed and with it how precisely the badge names the date (``date_text.moment``)."""
        seconds = self.cursor_seconds()
        x0, x1 = self.visible_range()
        text = date_text.moment(seconds, x1 - x0)
        if (seconds, text) != (self.time_axis.cursor_seconds, self.time_axis.cursor_text):
            self.time_axis.set_cursor(seconds, text)

    def cursor_text(self) -> str:
        """The time cursor's date as the ruler shows it."""
        return self.time_axis.cursor_text

    def _on_cursor_moved(self) -> None:
        self.refresh_dates()
        self.cursor_moved.emit(self.cursor_seconds())

    # --- filters and looks ---------------------------------------------------------------

    def set_filter(self, event_filter: EventFilter) -> None:
        self.event_filter = event_filter
        if event_filter.categories is not None and self.index is not None and not self.index.categories:
            self.index.set_categories(*read_categories(self.store.conn))
        self._apply_filter()
        self._relayout()
        self.events.update()

    def _apply_filter(self) -> None:
        if self.index is None:
            return
        chosen = self.event_filter
        keep = None
        if chosen.is_active:
            ids = {e.id for e in self.store.entities() if e.uid in chosen.entities} if chosen.entities is not None else None
            codes = {CERTAINTY_CODES.index(c) for c in chosen.certainties} if chosen.certainties is not None else None
            categories = set(chosen.categories) if chosen.categories is not None else None
            keep = self.index.matching(codes, categories, ids)
        self.events.keep = keep
        self.events.hide_others = self.event_filter.hide

    def _follow_app_look(self, look: str) -> None:
        """The app changed its theme (a menu, Preferences, or the platform's colour scheme)."""
        if look != self.theme.name:
            self.apply_theme(app_theme.timeline_theme(look))

    def apply_theme(self, theme: TimelineTheme) -> None:
        self.theme = theme
        self.events.set_theme(theme)
        self.backdrop.theme = theme
        self.graphics.setBackground(theme.background)
        for axis in (self.time_axis, self.lane_axis):
            axis.setPen(theme.grid)
            axis.setTextPen(theme.muted)
        self.cursor.setPen(pg.mkPen(theme.cursor, width=2))
        self.cursor.setHoverPen(pg.mkPen(theme.cursor, width=4))
        self.time_axis.cursor_colors = (QColor(theme.cursor), QColor(contrast.best_text(QColor(theme.cursor).name())))
        self.time_axis.update()
        self.overview.apply_theme(theme)
        if self.index is not None:
            self._eras = self._era_bands()  # their colours, like the lanes', are made for the theme
            self._show_marks()
