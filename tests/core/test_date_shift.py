"""Dragging moves dates by whole units of their own precision."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core import dates
from explorer.core.date_shift import moved_span, shift, units_for
from explorer.core.dates import PartialDate, Precision, parse


def test_a_month_known_event_moves_by_months_and_keeps_its_precision() -> None:
    start, end = moved_span(parse("2025-06"), None, 40 * 86_400)
    assert start == parse("2025-07") and end is None and start.precision is Precision.MONTH
    assert moved_span(parse("2025-06"), None, -70 * 86_400)[0] == parse("2025-04")


def test_days_clamp_at_the_end_of_shorter_months() -> None:
    assert shift(parse("2025-01-31"), 1, Precision.MONTH) == parse("2025-02-28")
    assert shift(parse("2024-02-29"), 1, Precision.YEAR) == parse("2025-02-28")


def test_spans_move_together() -> None:
    start, end = moved_span(parse("2024"), parse("2025-06"), 2 * 365.25 * 86_400)
    assert (start, end) == (parse("2026"), parse("2027-06"))


def test_small_drags_do_not_move() -> None:
    assert moved_span(parse("2016"), None, 30 * 86_400) == (parse("2016"), None)
    assert units_for(11 * 3600, Precision.DAY) == 0


@settings(max_examples=300, deadline=None)
@given(year=st.integers(-5000, 5000), month=st.integers(1, 12), day=st.integers(1, 28), units=st.integers(-500, 500),
       precision=st.sampled_from([Precision.YEAR, Precision.MONTH, Precision.DAY]))
def test_shifting_back_undoes_a_shift(year: int, month: int, day: int, units: int, precision: Precision) -> None:
    date = dates.from_seconds_at(dates.to_seconds(year, month, day), precision)
    moved = shift(date, units)
    assert moved.precision is date.precision
    assert shift(moved, -units) == date
    if precision is Precision.DAY:
        assert dates.start_seconds(moved) - dates.start_seconds(date) == units * 86_400
    assert isinstance(moved, PartialDate)


def test_a_millisecond_date_moves_by_whole_seconds_and_keeps_its_milliseconds() -> None:
    start, end = moved_span(parse("2025-06-12T10:00:00.123"), parse("2025-06-12T10:00:02.500"), 3.4)
    assert (start, end) == (parse("2025-06-12T10:00:03.123"), parse("2025-06-12T10:00:05.500"))
    assert shift(parse("2025-01-31T10:00:00.123"), 1, Precision.MONTH) == parse("2025-02-28T10:00:00.123")
    assert shift(parse("2024-02-29T10:00:00.007"), -1, Precision.YEAR) == parse("2023-02-28T10:00:00.007")
