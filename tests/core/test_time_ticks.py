"""Calendar ticks for the timeline axis, from minutes to billions of years."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core import dates, time_ticks


def _span(start: str, end: str) -> tuple[int, int]:
    return dates.start_seconds(dates.parse(start)), dates.end_seconds(dates.parse(end))


@pytest.mark.parametrize(
    ("start", "end", "first_labels"),
    [
        ("2016", "2025", ["2016", "2017", "2018"]),
        ("2025-01", "2025-12", ["Jan 2025", "Feb", "Mar"]),
        ("2025-06", "2025-07", ["1 Jun 2025", "8 Jun", "15 Jun"]),
        ("2025-06-18", "2025-06-18", ["18 Jun 2025 00:00", "03:00", "06:00"]),
        ("2025-06-18T14:00", "2025-06-18T14:10", ["18 Jun 2025 14:00", "14:01", "14:02"]),
        ("1900", "2025", ["1900", "1910", "1920"]),
        ("-0050", "-0040", ["51 BCE", "50 BCE", "49 BCE"]),
        ("-0500", "0500", ["500 BCE", "400 BCE", "300 BCE"]),
        ("-70000000", "-60000000", ["70 million years ago", "69 million years ago"]),
    ],
)
def test_ticks_sit_on_round_calendar_values(start: str, end: str, first_labels: list[str]) -> None:
    x0, x1 = _span(start, end)
    ticks = time_ticks.ticks(x0, x1, 1600)
    assert [t.label for t in ticks[: len(first_labels)]] == first_labels
    assert all(x0 <= t.seconds <= x1 for t in ticks)
    assert [t.seconds for t in ticks] == sorted(t.seconds for t in ticks)


def test_deep_time_reads_as_years_ago_and_leaves_room_for_labels() -> None:
    x0, x1 = _span("-13800000000", "2025")
    ticks = time_ticks.ticks(x0, x1, 1600, char_pixels=7)
    assert ticks and all(t.label.endswith("billion years ago") for t in ticks)
    spacing = 1600 / (x1 - x0) * (ticks[1].seconds - ticks[0].seconds)
    assert spacing >= max(len(t.label) for t in ticks) * 7


def test_month_ticks_are_first_days_of_months() -> None:
    x0, x1 = _span("2024", "2025")
    for tick in time_ticks.ticks(x0, x1, 2400):
        _year, _month, day, hour, minute, second = dates.from_seconds(tick.seconds)
        assert (day, hour, minute, second) == (1, 0, 0, 0)


def test_nothing_for_an_empty_range() -> None:
    assert time_ticks.ticks(100, 100, 800) == []
    assert time_ticks.ticks(100, 200, 0) == []


@settings(max_examples=200, deadline=None)
@given(
    start=st.integers(min_value=dates.to_seconds(-13_800_000_000), max_value=dates.to_seconds(9000)),
    length=st.integers(min_value=60, max_value=10**18),
    pixels=st.integers(min_value=50, max_value=4000),
)
def test_any_range_gives_few_ordered_ticks_inside_it(start: int, length: int, pixels: int) -> None:
    end = min(start + length, dates.to_seconds(9999))
    ticks = time_ticks.ticks(start, end, pixels)
    assert len(ticks) <= pixels / 90 * 2 + 3
    values = [t.seconds for t in ticks]
    assert values == sorted(set(values))
    assert all(start <= v <= end for v in values)
    assert all(t.label for t in ticks)
