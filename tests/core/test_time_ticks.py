"""Calendar ticks for the timeline axis, from minutes to billions of years."""

from __future__ import annotations

import itertools

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


# --- the era boundary: no year 0 between 1 BCE and 1 CE ------------------------------------------


def _years_of(ticks: list[time_ticks.Tick]) -> list[int]:
    return [dates.from_seconds(t.seconds)[0] for t in ticks]


@pytest.mark.parametrize(
    ("start", "end", "around"),
    [
        ("-0030", "0030", ["10 BCE", "5 BCE", "1 CE", "5 CE", "10 CE"]),
        ("-0300", "0300", ["100 BCE", "50 BCE", "1 CE", "50 CE", "100 CE"]),
        ("-3000", "3000", ["1000 BCE", "500 BCE", "1 CE", "500 CE", "1000"]),
        ("-0010", "0010", ["4 BCE", "2 BCE", "1 CE", "4 CE", "6 CE"]),  # 2 CE would sit half a step after 1 CE
        ("-0005", "0005", ["2 BCE", "1 BCE", "1 CE", "2 CE", "3 CE"]),
    ],
)
def test_the_era_boundary_has_a_tick_and_the_spacing_stays_even(start: str, end: str, around: list[str]) -> None:
    """10 BCE was followed by 10 CE, 19 years on, where every other gap was 10 (100 BCE, 100 CE: 199)."""
    ticks = time_ticks.ticks(*_span(start, end), 1600)
    labels = [t.label for t in ticks]
    boundary = labels.index("1 CE")
    assert labels[boundary - 2: boundary + 3] == around
    assert ticks[boundary].seconds == dates.to_seconds(1)  # on the boundary itself: 1 January 1 CE
    gaps = [b - a for a, b in itertools.pairwise(_years_of(ticks))]
    assert max(gaps) - min(gaps) <= 1  # in years: only the one year that year 0 would have been


@settings(max_examples=200, deadline=None)
@given(
    before=st.integers(min_value=1, max_value=900_000),
    after=st.integers(min_value=1, max_value=9000),
    pixels=st.integers(min_value=200, max_value=4000),
)
def test_year_ticks_across_the_boundary_are_within_a_year_of_even(before: int, after: int, pixels: int) -> None:
    ticks = time_ticks.ticks(dates.to_seconds(-before), dates.to_seconds(after), pixels)
    if any(dates.from_seconds(t.seconds)[1:] != (1, 1, 0, 0, 0) for t in ticks):
        return  # months or days: no year-0 question
    gaps = [b - a for a, b in itertools.pairwise(_years_of(ticks))]
    assert not gaps or max(gaps) - min(gaps) <= 1, [t.label for t in ticks]


def test_no_boundary_tick_without_both_eras_in_view() -> None:
    assert "1 CE" not in [t.label for t in time_ticks.ticks(*_span("0001", "0030"), 1600)]


@pytest.mark.parametrize(
    ("year", "label"),
    [(-999, "1000 BCE"), (-9998, "9999 BCE"), (-9999, "10,000 BCE"), (-998, "999 BCE"), (1000, "1000"), (9999, "9999"),
     (10_000, "10,000"), (500, "500 CE"), (-65_000_000, "65 million years ago")],
)
def test_year_label(year: int, label: str) -> None:
    assert time_ticks.year_label(year) == label


def test_four_digit_years_have_no_comma_in_either_era_and_five_digit_ones_have_one() -> None:
    """BCE years read "1,000 BCE" beside CE's "1000" before; now "1000 BCE", as tables and details write them too."""
    labels = [t.label for t in time_ticks.ticks(*_span("-3000", "3000"), 1600)]
    assert "1000 BCE" in labels and "1000" in labels
    assert not any("," in label for label in labels), labels
    labels = [t.label for t in time_ticks.ticks(*_span("-30000", "-5000"), 1600)]
    assert "10,000 BCE" in labels and "8000 BCE" in labels, labels
    months = [t.label for t in time_ticks.ticks(*_span("-2000-01", "-1999-12"), 1600)]
    assert "Jan 2001 BCE" in months, months
