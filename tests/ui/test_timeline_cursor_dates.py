"""The time cursor's date is named as precisely as makes sense where it is and at the zoom: a case
holding the Big Bang, fitted, once read "22 September 6.9 billion years ago" on the ruler's badge
and in the relationship panel's "As of …"."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.core import dates
from explorer.core.casefile import build_case, open_case
from explorer.core.dates import Precision
from explorer.core.models import Event
from explorer.core.store import CaseStore
from explorer.ui import date_text
from explorer.ui.timeline.view import TimelineView

_DEEP_EVENTS = [
    ("bang", "Big Bang", "-13800000000"),
    ("earth", "Earth forms", "-4540000000"),
    ("dinosaurs", "Dinosaurs die out", "-66000000"),
    ("caesar", "Caesar is killed", "-0043-03-15"),
    ("now", "Meta takes 49% of Scale AI", "2025-06-18"),
]


def _fill(store: CaseStore) -> None:
    store.set_meta("title", "From the Big Bang")
    for uid, title, when in _DEEP_EVENTS:
        store.put_event(Event(uid, title, dates.parse(when)))


@pytest.fixture
def deep_case(tmp_path: Path) -> Path:
    path = tmp_path / "deep.case.db"
    build_case(path, _fill)
    return path


@pytest.fixture
def deep_timeline(timeline_on, deep_case: Path):
    store = open_case(deep_case)
    yield timeline_on(store, 1400, 600)
    store.close()


def _seconds(text: str) -> int:
    return dates.start_seconds(dates.parse(text))


def test_a_fitted_case_from_the_big_bang_names_the_cursor_in_years_ago(qtbot, deep_timeline: TimelineView,
                                                                       screenshot_dir: Path) -> None:
    deep_timeline.zoom_to_fit()
    deep_timeline.set_cursor(_seconds("-6900000000"))
    deep_timeline.graphics.viewport().repaint()
    assert deep_timeline.cursor_text() == "6.9 billion years ago"
    assert deep_timeline.grab().save(str(screenshot_dir / "timeline-cursor-deep-time.png"))


@pytest.mark.parametrize(("cursor", "expected"), [
    ("-66000000", "66 million years ago"),  # a year's view in deep time: still no day or month
    ("-12000", "12,001 BCE"),  # before 10,000 BCE: the year only
])
def test_zoomed_into_deep_time_the_cursor_names_the_year_only(qtbot, deep_timeline: TimelineView, cursor: str,
                                                              expected: str) -> None:
    start = _seconds(cursor)
    deep_timeline.set_visible_range(start - 30 * 86_400, start + 30 * 86_400)  # two months: days elsewhere
    deep_timeline.set_cursor(start + 10 * 86_400)
    assert deep_timeline.cursor_text() == expected


@pytest.mark.parametrize(("span_days", "expected"), [
    (0.5, "18 June 2025, 14:30"),  # zoomed to hours: the minute
    (30, "18 June 2025"),  # to days
    (3650, "June 2025"),  # to years
    (36_500, "2025"),  # to centuries
])
def test_in_history_the_cursor_is_named_as_precisely_as_the_zoom_shows(qtbot, deep_timeline: TimelineView, span_days: float,
                                                                        expected: str) -> None:
    cursor = _seconds("2025-06-18T14:30")
    half = span_days * 86_400 / 2
    deep_timeline.set_cursor(cursor)
    deep_timeline.set_visible_range(cursor - half, cursor + half)  # zoomed after the cursor was put: the badge follows
    assert deep_timeline.cursor_text() == expected


def test_a_day_in_antiquity_is_still_named_when_zoomed_to_days(qtbot, deep_timeline: TimelineView) -> None:
    ides = _seconds("-0043-03-15")
    deep_timeline.set_visible_range(ides - 10 * 86_400, ides + 10 * 86_400)
    deep_timeline.set_cursor(ides + 3600)
    assert deep_timeline.cursor_text() == "15 March 44 BCE"


def test_the_relationship_panel_names_the_same_deep_time_date(qtbot, window_on, deep_case: Path) -> None:
    window = window_on(deep_case)
    timeline, panel = window.timeline, window.relationships_controller.panel
    timeline.zoom_to_fit()
    timeline.set_cursor(_seconds("-6900000000"))
    assert timeline.cursor_text() == "6.9 billion years ago"
    assert panel.controls.date_label.text() == "As of 6.9 billion years ago"
    ides = _seconds("-0043-03-15")
    timeline.set_visible_range(ides - 10 * 86_400, ides + 10 * 86_400)
    timeline.set_cursor(ides + 3600)
    assert panel.controls.date_label.text() == f"As of {timeline.cursor_text()}" == "As of 15 March 44 BCE"


@pytest.mark.parametrize(("when", "span", "precision"), [
    ("-9999-06-18", None, Precision.DAY),  # 10,000 BCE: its days are still named
    ("-10000-12-31", None, Precision.YEAR),  # the day before it: no longer
    ("-13800000000", 10.0, Precision.YEAR),  # deep time at any zoom
    ("2025-06-18", None, Precision.DAY),  # no zoom (the relationship panel): the day
    ("2025-06-18", 3600.0, Precision.MINUTE),
    ("2025-06-18", 2 * 365 * 86_400.0, Precision.DAY),
    ("2025-06-18", 20 * 365 * 86_400.0, Precision.MONTH),
    ("2025-06-18", 50 * 365 * 86_400.0, Precision.YEAR),
])
def test_moment_precision(when: str, span: float | None, precision: Precision) -> None:
    assert date_text.moment_precision(_seconds(when), span) is precision
