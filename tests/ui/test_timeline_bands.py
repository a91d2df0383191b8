"""Zoomed in on a large case, the events that begin or end in view keep their titles even when
hundreds of longer ones (spans, dates known only to the month or year) cover the whole view.

An audit found a 100,000-event case showed no title at any zoom: at a day, the ~1,000 marks
spanning the day counted against the 400 the layout stacks, so nothing was labelled. Now each
lane's marks spanning the view share one band row, labelled with their number (or the title of
the only one), and the rest are stacked and labelled beneath it.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from explorer.core import dates
from explorer.core.models import Entity, EntityKind, Event, Participant
from explorer.core.store import CaseStore
from explorer.ui.timeline.lane_layout import LABEL_LIMIT
from explorer.ui.timeline.view import TimelineView
from tests.conftest import SCREENSHOTS

DAY = "2020-06-15"
INSTANTS = {"ev-board": ("Board meets", "T09:00"), "ev-deal": ("Deal signed", "T13:00"), "ev-press": ("Press release", "T18:00")}


def _case(year_events: dict[str, int]) -> CaseStore:
    """Entities a, b, c; events known only to the year 2020 in the lanes given; one long span in c;
    three instants on the day in a."""
    store = CaseStore.in_memory()
    with store.db.atomic():
        for uid in "abc":
            store.put_entity(Entity(uid, EntityKind.COMPANY, f"Company {uid.upper()}"))
        for lane, count in year_events.items():
            for i in range(count):
                store.put_event(Event(f"y-{lane}-{i}", f"Something in 2020 ({lane} {i})", dates.parse("2020"),
                                      participants=(Participant(lane),)))
        store.put_event(Event("ev-long", "The long project", dates.parse("2019-01"), dates.parse("2021-12"),
                              participants=(Participant("c"),)))
        for uid, (title, time) in INSTANTS.items():
            store.put_event(Event(uid, title, dates.parse(DAY + time), participants=(Participant("a"),)))
    return store


@pytest.fixture
def view_on(timeline_on) -> Iterator:
    stores: list[CaseStore] = []

    def open_on(store: CaseStore) -> TimelineView:
        view = timeline_on(store, 1200, 600)
        start = dates.start_seconds(dates.parse(DAY))
        view.set_visible_range(start, start + 86_400)
        QApplication.processEvents()  # the range change lays the lanes out again
        view.graphics.viewport().repaint()
        stores.append(store)
        return view

    yield open_on
    for store in stores:
        store.close()


def _titles_drawn(view: TimelineView) -> set[str]:
    """The titles painted beside or on their marks in the last frame."""
    painted, layout = view.events.painted, view.events.layout
    return {layout.titles[i] for i in np.flatnonzero(~np.isnan(painted.label_left))}


def _band_labels(view: TimelineView) -> dict[str, str]:
    """Lane name -> the label of its band (the row of marks spanning the whole view)."""
    layout, marks = view.events.layout, view.events.marks
    found = {}
    for i in np.flatnonzero(layout.labelled & (layout.row == 0)):
        mark = layout.visible[i]
        start, end = view.visible_range()
        if marks.t0[mark] <= start and marks.t1[mark] >= end:
            found[marks.lanes[int(marks.lane[mark])].name] = layout.titles[i]
    return found


def test_titles_show_beneath_hundreds_of_marks_spanning_the_view(view_on) -> None:
    view = view_on(_case({"a": 300, "b": 150}))
    layout = view.events.layout
    assert layout.visible is not None  # stacked, not one row per lane
    assert set(title for title, _ in INSTANTS.values()) <= _titles_drawn(view)
    assert _band_labels(view) == {"Company A": "300 events span this view", "Company B": "150 events span this view",
                                  "Company C": "The long project"}
    assert len(layout.visible) == len(INSTANTS) + 3  # the instants, and one mark for each lane's band
    counted = layout.summary[np.flatnonzero(layout.labelled)]
    assert counted.sum() == 2  # the two counting labels are no event's title (no note badge, no hover name)
    view.grab().save(str(SCREENSHOTS / "timeline-bands-day.png"))


def test_a_few_marks_spanning_the_view_keep_a_row_and_title_each(view_on) -> None:
    view = view_on(_case({"a": 3, "b": 2}))
    layout = view.events.layout
    assert len(layout.visible) <= LABEL_LIMIT and not layout.summary.any()
    assert {f"Something in 2020 (a {i})" for i in range(3)} <= set(layout.titles)
    assert set(title for title, _ in INSTANTS.values()) <= _titles_drawn(view)
