"""Dates as people type them: every accepted spelling, clear refusals, and an exact round trip."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core import dates
from explorer.core.date_input import date_for_zoom, describe, friendly, parse_input, year_text
from explorer.core.dates import MAX_YEAR, MIN_YEAR, DateError, PartialDate, Precision

PROPERTY = settings(max_examples=300, deadline=None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025", PartialDate(2025)),
        ("2025-06", PartialDate(2025, 6)),
        ("2025-06-18", PartialDate(2025, 6, 18)),
        ("2025-06-18 14:30", PartialDate(2025, 6, 18, 14, 30)),
        ("2025-06-18T14:30:05", PartialDate(2025, 6, 18, 14, 30, 5)),
        ("-0043", PartialDate(-43)),
        ("\u22120043", PartialDate(-43)),  # a typographic minus
        ("June 2025", PartialDate(2025, 6)),
        ("Jun 2025", PartialDate(2025, 6)),
        ("jun. 2025", PartialDate(2025, 6)),
        ("Sept 2025", PartialDate(2025, 9)),
        ("18 June 2025", PartialDate(2025, 6, 18)),
        ("18 Jun 2025", PartialDate(2025, 6, 18)),
        ("18th of June 2025", PartialDate(2025, 6, 18)),
        ("June 18, 2025", PartialDate(2025, 6, 18)),
        ("June 18 2025", PartialDate(2025, 6, 18)),
        ("  18   June 2025 ", PartialDate(2025, 6, 18)),
        ("18 June 2025, 14:30", PartialDate(2025, 6, 18, 14, 30)),
        ("18 June 2025 at 2:30 pm", PartialDate(2025, 6, 18, 14, 30)),
        ("18 June 2025, 12:05 am", PartialDate(2025, 6, 18, 0, 5)),
        ("18 June 2025, 14:30:05", PartialDate(2025, 6, 18, 14, 30, 5)),
        ("44 BCE", PartialDate(-43)),
        ("44 BC", PartialDate(-43)),
        ("44 B.C.", PartialDate(-43)),
        ("15 March 44 BCE", PartialDate(-43, 3, 15)),
        ("1 BCE", PartialDate(0)),
        ("AD 79", PartialDate(79)),
        ("79 AD", PartialDate(79)),
        ("79 CE", PartialDate(79)),
        ("24 August AD 79", PartialDate(79, 8, 24)),
        ("12,000 BCE", PartialDate(-11_999)),
        ("12,345", PartialDate(12_345)),
        ("13.8 billion years ago", PartialDate(-13_800_000_000)),
        ("65 million years ago", PartialDate(-65_000_000)),
        ("65,000,000 years ago", PartialDate(-65_000_000)),
        ("1.5 Million Years Ago", PartialDate(-1_500_000)),
    ],
)
def test_understands_what_people_type(text: str, expected: PartialDate) -> None:
    parsed = parse_input(text)
    assert parsed == expected
    assert parsed.precision is expected.precision


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("30 February 2025", "30 February 2025 does not exist"),
        ("2025-02-30", "30 February 2025 does not exist"),
        ("29 Feb 2025", "29 February 2025 does not exist"),
        ("31 April 44 BCE", "31 April 44 BCE does not exist"),
        ("2025-13", "there is no month 13"),
        ("2025-06-18 25:00", "25:00 is not a time of day"),
        ("18 June 2025, 13:00 pm", "13:00 pm is not a time of day"),
        ("June 2025 14:30", "a time of day needs a day"),
        ("Junr 2025", "'Junr' is not a month"),
        ("0 BCE", "there is no year 0 BCE"),
        ("AD 0", "there is no year 0 CE"),
        ("12,00 BCE", "12,00 is not a number"),
        ("5 years ago", "'years ago' is for deep time"),
        ("1.2345678 million years ago", "not a whole number of years"),
        ("30 billion years ago", "too far back"),
        ("1,000,000", "too far ahead"),
        ("9" * 5000, "too large a number"),
        ("mid-June 2025", "write the date without 'mid'"),
        ("yesterday", "not a date I understand"),
        ("18/06", "not a date I understand"),
        ("", "no date given"),
        ("   ", "no date given"),
    ],
)
def test_refuses_impossible_and_unknown_dates_saying_why(text: str, reason: str) -> None:
    with pytest.raises(DateError) as refused:
        parse_input(text)
    assert reason in str(refused.value)


def test_friendly_text_is_how_people_write_dates() -> None:
    assert friendly(PartialDate(2025, 6)) == "June 2025"
    assert friendly(PartialDate(2025, 6, 18, 14, 30)) == "18 June 2025, 14:30"
    assert friendly(PartialDate(-43, 3, 15)) == "15 March 44 BCE"
    assert friendly(PartialDate(-13_800_000_000)) == "13.8 billion years ago"
    # where the display would round, the friendly text stays exact
    assert dates.display_year(-1_234_567) == "1.23 million years ago"
    assert year_text(-1_234_567) == "1,234,567 years ago"


def test_describe_names_the_precision() -> None:
    assert describe(PartialDate(2025, 6)) == "month precision: June 2025"
    assert describe(PartialDate(-43)) == "year precision: 44 BCE"
    assert describe(PartialDate(2025, 6, 12, 10, 0, 0, 123)) == "millisecond precision: 12 June 2025, 10:00:00.123"


@pytest.mark.parametrize("text", [
    "12 June 2025 10:00:00.123", "12 June 2025, 10:00:00.123", "June 12, 2025 at 10:00:00.123", "2025-06-12T10:00:00.123",
    "2025-06-12 10:00:00.123", "12 June 2025, 10:00:00.123 am",
])
def test_milliseconds_are_read_and_written_back(text: str) -> None:
    date = parse_input(text)
    assert date == PartialDate(2025, 6, 12, 10, 0, 0, 123)
    assert friendly(date) == "12 June 2025, 10:00:00.123" and parse_input(friendly(date)) == date


@pytest.mark.parametrize("text", ["12 June 2025 10:00:00.5", "2025-06-12T10:00:00.1234"])
def test_milliseconds_not_in_three_digits_are_refused_saying_how(text: str) -> None:
    with pytest.raises(DateError, match=r"write the milliseconds in three digits, as in 14:30:05\.250"):
        parse_input(text)


_YEARS = st.one_of(
    st.integers(MIN_YEAR, MAX_YEAR),
    st.integers(-3000, 3000),
    st.integers(-2_000_000, 20_000),
    st.integers(1, 999).map(lambda n: -n * 10_000_000),  # round deep time, written in words
)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(_YEARS)
    precision = draw(st.sampled_from(Precision))
    if precision is Precision.YEAR:
        return PartialDate(year)
    month = draw(st.integers(1, 12))
    if precision is Precision.MONTH:
        return PartialDate(year, month)
    day = draw(st.integers(1, dates.days_in_month(year, month)))
    if precision is Precision.DAY:
        return PartialDate(year, month, day)
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    second = draw(st.integers(0, 59)) if precision >= Precision.SECOND else None
    millisecond = draw(st.integers(0, 999)) if precision is Precision.MILLISECOND else None
    return PartialDate(year, month, day, hour, minute, second, millisecond)


@PROPERTY
@given(partial_dates())
def test_friendly_text_reads_back_as_the_same_date(date: PartialDate) -> None:
    assert parse_input(friendly(date)) == date


@PROPERTY
@given(partial_dates())
def test_iso_text_reads_back_as_the_same_date(date: PartialDate) -> None:
    assert parse_input(date.iso()) == date


@PROPERTY
@given(st.text(max_size=40))
def test_any_text_is_a_date_or_a_date_error(text: str) -> None:
    try:
        parse_input(text)
    except DateError as refused:
        assert str(refused)


@pytest.mark.parametrize(
    ("width_years", "expected"),
    [(50, PartialDate(2025)), (5, PartialDate(2025, 6)), (0.5, PartialDate(2025, 6, 18))],
)
def test_date_for_zoom_picks_a_precision_from_the_visible_width(width_years: float, expected: PartialDate) -> None:
    seconds = dates.to_seconds(2025, 6, 18, 14, 30)
    assert date_for_zoom(seconds, width_years * 365.25 * 86_400) == expected
