"""Partial dates: parsing, ISO text, BCE and deep time, display, and integer seconds."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core import dates
from explorer.core.dates import DateError, PartialDate, Precision

PROPERTY = settings(max_examples=150, deadline=None)


# --- parse and iso ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("2025", PartialDate(2025), Precision.YEAR),
        ("2025-06", PartialDate(2025, 6), Precision.MONTH),
        ("2025-06-18", PartialDate(2025, 6, 18), Precision.DAY),
        ("2025-06-18T14:30", PartialDate(2025, 6, 18, 14, 30), Precision.MINUTE),
        ("2025-06-18T14:30:05", PartialDate(2025, 6, 18, 14, 30, 5), Precision.SECOND),
        ("2025-06-18T14:30:05.250", PartialDate(2025, 6, 18, 14, 30, 5, 250), Precision.MILLISECOND),
        ("2025-06-18T14:30:05.000", PartialDate(2025, 6, 18, 14, 30, 5, 0), Precision.MILLISECOND),
        ("0001", PartialDate(1), Precision.YEAR),
        ("0000", PartialDate(0), Precision.YEAR),
        ("-0043", PartialDate(-43), Precision.YEAR),
        ("-0043-03-15", PartialDate(-43, 3, 15), Precision.DAY),
        ("-13800000000", PartialDate(-13_800_000_000), Precision.YEAR),
        ("+12345", PartialDate(12345), Precision.YEAR),
    ],
)
def test_parse_and_iso_round_trip_at_every_precision(text: str, expected: PartialDate, precision: Precision) -> None:
    parsed = dates.parse(text)
    assert parsed == expected
    assert parsed.precision is precision
    assert parsed.iso() == text
    assert str(parsed) == text


def test_unknown_parts_are_none() -> None:
    month = dates.parse("2025-06")
    assert (month.year, month.month, month.day, month.hour, month.minute, month.second) == (2025, 6, None, None, None, None)


def test_lenient_spellings_normalise_to_iso() -> None:
    assert dates.parse(" 2025-06-18 14:30 ").iso() == "2025-06-18T14:30"
    assert dates.parse("+2025").iso() == "2025"
    assert dates.parse("-0000") == PartialDate(0)


def test_astronomical_year_numbering() -> None:
    assert dates.parse("-0043").year == -43
    assert dates.display(dates.parse("-0043")) == "44 BCE"
    assert dates.display(dates.parse("0000")) == "1 BCE"
    assert dates.display(dates.parse("0001")) == "1 CE"
    # 1 BCE directly precedes 1 CE: no year zero is skipped or doubled.
    assert dates.end_seconds(PartialDate(0)) == dates.start_seconds(PartialDate(1))
    assert dates.end_seconds(PartialDate(-1)) == dates.start_seconds(PartialDate(0))


def test_format_year_signs_long_and_negative_years() -> None:
    assert dates.format_year(2025) == "2025"
    assert dates.format_year(7) == "0007"
    assert dates.format_year(-7) == "-0007"
    assert dates.format_year(10_000) == "+10000"
    assert dates.format_year(-13_800_000_000) == "-13800000000"


@pytest.mark.parametrize(
    "text",
    [
        "2025-13-01", "2025-00", "2025-00-10", "2025-02-29", "2024-02-30", "2025-04-31", "2025-06-00", "2025-6",
        "2025-06-1", "", "   ", "abc", "2025-06-18T25:00", "2025-06-18T24:00", "2025-06-18T12:60",
        "2025-06-18T12:30:60", "2025-06-18T1:30", "2025-06-18T", "2025-06-18T14", "2025/06/18", "June 2025",
        "2025-06-18Z", "2025-06-18T14:30Z", "2025-06-18T14:30+02:00", "--2025", "2025-", "1e3", "0x7E9",
        "-999999999999", "+1000000", "-20000000001", "2025\x00", "２０２５", "٢٠٢٥-٠٦",
    ],
)
def test_invalid_text_and_impossible_dates_are_rejected(text: str) -> None:
    with pytest.raises(DateError):
        dates.parse(text)
    assert not dates.is_valid(text)


@pytest.mark.parametrize("value", [None, 2025, 2025.0, b"2025", ["2025"]])
def test_non_text_is_rejected_with_date_error(value: object) -> None:
    with pytest.raises(DateError):
        dates.parse(value)  # type: ignore[arg-type]


def test_error_message_names_the_text_and_the_reason() -> None:
    with pytest.raises(DateError, match=r"'2025-13-01' is not a date: month 13 does not exist"):
        dates.parse("2025-13-01")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"year": 2025, "day": 3},  # a day without a month
        {"year": 2025, "month": 6, "day": 18, "hour": 14},  # an hour without minutes
        {"year": 2025, "month": 6, "day": 18, "minute": 30},
        {"year": 2025, "month": 6, "hour": 1, "minute": 2},  # a time without a day
        {"year": 2025, "month": 6, "day": 18, "hour": 1, "minute": 2, "second": -1},
        {"year": dates.MAX_YEAR + 1},
        {"year": dates.MIN_YEAR - 1},
    ],
)
def test_partial_date_refuses_inconsistent_parts(kwargs: dict) -> None:
    with pytest.raises(DateError):
        PartialDate(**kwargs)


def test_parse_optional() -> None:
    assert dates.parse_optional(None) is None
    assert dates.parse_optional("") is None
    assert dates.parse_optional("2025-06") == PartialDate(2025, 6)
    with pytest.raises(DateError):
        dates.parse_optional("junk")


# --- leap years ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("2024-02-29", True), ("2025-02-29", False), ("1900-02-29", False), ("2000-02-29", True), ("2100-02-29", False),
        ("0000-02-29", True),  # 1 BCE is a leap year in the proleptic Gregorian calendar
        ("-0004-02-29", True), ("-0001-02-29", False), ("-0100-02-29", False), ("-0400-02-29", True),
        ("-0401-02-29", False),
    ],
)
def test_leap_years(text: str, valid: bool) -> None:
    assert dates.is_valid(text) is valid


@pytest.mark.parametrize("year", [-800, -401, -400, -100, -4, -1, 0, 1, 4, 100, 400, 1900, 2000, 2023, 2024])
def test_is_leap_year_matches_the_days_in_the_year(year: int) -> None:
    days = (dates.to_seconds(year + 1) - dates.to_seconds(year)) // dates.SECONDS_PER_DAY
    assert days == (366 if dates.is_leap_year(year) else 365)
    assert dates.days_in_month(year, 2) == (29 if dates.is_leap_year(year) else 28)


# --- display --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("2025", "2025"),
        ("2025-06", "June 2025"),
        ("2025-06-18", "18 June 2025"),
        ("2025-06-18T14:30", "18 June 2025, 14:30"),
        ("2025-06-18T14:30:05", "18 June 2025, 14:30:05"),
        ("-0043", "44 BCE"),
        ("-0043-03-15", "15 March 44 BCE"),
        ("0000", "1 BCE"),
        ("0079", "79 CE"),
        ("-11999", "12,000 BCE"),
        ("-0999", "1000 BCE"),  # four digits without a comma, as 1000 CE is written "1000"
        ("-9998", "9999 BCE"),
        ("-64999999", "65 million years ago"),
        ("-13799999999", "13.8 billion years ago"),
        ("-13800000000", "13.8 billion years ago"),
        ("+12000", "12,000"),
    ],
)
def test_display(text: str, shown: str) -> None:
    assert dates.display(dates.parse(text)) == shown


@pytest.mark.parametrize(
    ("start", "end", "shown"),
    [
        ("2025-06-11", "2025-06-14", "11–14 June 2025"),
        ("2025-03", "2025-06", "March – June 2025"),
        ("2024", "2025-06", "2024 – June 2025"),
        ("2016", "2025", "2016 – 2025"),
        ("2025-05-30", "2025-06-02", "30 May – 2 June 2025"),
        ("2024-11", "2025-02", "November 2024 – February 2025"),
        ("2025-06", "2025-06", "June 2025"),
    ],
)
def test_display_span(start: str, end: str, shown: str) -> None:
    assert dates.display_span(dates.parse(start), dates.parse(end)) == shown


def test_display_span_without_end_is_the_date() -> None:
    assert dates.display_span(dates.parse("2025-06")) == "June 2025"


# --- integer seconds ------------------------------------------------------------------------


def test_known_seconds() -> None:
    assert dates.to_seconds(1970, 1, 1) == 0
    assert dates.start_seconds(dates.parse("1970-01-01")) == 0
    assert dates.start_seconds(dates.parse("2025-06-18")) == 1_750_204_800
    assert dates.start_seconds(dates.parse("1969-12-31T23:59:59")) == -1
    assert dates.start_seconds(dates.parse("2000-03-01")) == 951_868_800


def test_a_month_covers_exactly_that_month() -> None:
    start, end = dates.span_seconds(dates.parse("2025-06"))
    assert start == dates.to_seconds(2025, 6, 1)
    assert end == dates.to_seconds(2025, 7, 1)
    assert end - start == 30 * dates.SECONDS_PER_DAY
    february = dates.span_seconds(dates.parse("2024-02"))
    assert february[1] - february[0] == 29 * dates.SECONDS_PER_DAY
    december = dates.span_seconds(dates.parse("2025-12"))
    assert december == (dates.to_seconds(2025, 12, 1), dates.to_seconds(2026, 1, 1))


@pytest.mark.parametrize(
    ("text", "length"),
    [("2025", 365 * 86_400), ("2024", 366 * 86_400), ("2025-06-18", 86_400), ("2025-06-18T14:30", 60), ("2025-06-18T14:30:05", 1)],
)
def test_span_length_follows_precision(text: str, length: int) -> None:
    start, end = dates.span_seconds(dates.parse(text))
    assert end - start == length


def test_span_with_an_end_runs_to_the_end_of_the_end() -> None:
    assert dates.span_seconds(dates.parse("2025-03"), dates.parse("2025-06")) == (
        dates.to_seconds(2025, 3, 1), dates.to_seconds(2025, 7, 1),
    )


@pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(1600, 2, 29), dt.date(1970, 1, 1), dt.date(2025, 6, 18), dt.date(9999, 12, 31)])
def test_seconds_agree_with_datetime_where_it_reaches(day: dt.date) -> None:
    epoch = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    moment = dt.datetime(day.year, day.month, day.day, 13, 7, 9, tzinfo=dt.UTC)
    expected = int((moment - epoch).total_seconds())
    assert dates.to_seconds(day.year, day.month, day.day, 13, 7, 9) == expected
    assert dates.from_seconds(expected) == (day.year, day.month, day.day, 13, 7, 9)


def test_deep_time_seconds() -> None:
    big_bang = dates.parse("-13800000000")
    start, end = dates.span_seconds(big_bang)
    assert start < dates.to_seconds(-4_500_000_000) < 0
    assert end - start in (365 * 86_400, 366 * 86_400)
    assert dates.from_seconds_at(start, Precision.YEAR) == big_bang


# --- milliseconds ---------------------------------------------------------------------------


def test_milliseconds_are_written_in_three_digits_and_shown() -> None:
    d = PartialDate(2025, 6, 12, 10, 0, 0, 123)
    assert d.iso() == "2025-06-12T10:00:00.123" and PartialDate(2025, 6, 12, 10, 0, 0, 7).iso() == "2025-06-12T10:00:00.007"
    assert dates.display(d) == "12 June 2025, 10:00:00.123"
    assert dates.display_span(d, PartialDate(2025, 6, 12, 10, 0, 1, 5)) == "12 June 2025, 10:00:00.123 – 12 June 2025, 10:00:01.005"


def test_a_millisecond_lasts_to_the_next_whole_second_and_is_stored_as_a_second() -> None:
    d = dates.parse("2025-06-12T10:00:00.999")
    second = dates.to_seconds(2025, 6, 12, 10)
    assert dates.span_seconds(d) == (second, second + 1)  # as the second it falls in
    assert dates.stored_precision(d) is Precision.SECOND and d.precision is Precision.MILLISECOND
    assert dates.stored_precision(PartialDate(2025, 6)) is Precision.MONTH
    assert dates.from_seconds_at(second, Precision.MILLISECOND) == PartialDate(2025, 6, 12, 10, 0, 0, 0)


@pytest.mark.parametrize(("text", "reason"), [
    ("2025-06-12T10:00:00.12", "write milliseconds in three digits, as in 14:30:05.250"),
    ("2025-06-12T10:00:00.1234", "write milliseconds in three digits, as in 14:30:05.250"),
    ("2025-06-12T10:00:00,123", "write milliseconds in three digits, as in 14:30:05.250"),
    ("2025-06-12T10:00.123", "'2025-06-12T10:00.123' is not a date"),  # no second to hang them on
])
def test_milliseconds_written_otherwise_are_refused_saying_how(text: str, reason: str) -> None:
    with pytest.raises(DateError) as refused:
        dates.parse(text)
    assert str(refused.value).endswith(reason)


@pytest.mark.parametrize(("parts", "reason"), [
    ((2025, 6, 12, 10, 0, 0, 1000), "millisecond 1000 does not exist (milliseconds go from 0 to 999)"),
    ((2025, 6, 12, 10, 0, 0, -1), "millisecond -1 does not exist (milliseconds go from 0 to 999)"),
    ((2025, 6, 12, 10, 0, None, 5), "a date part is given without the parts before it"),
])
def test_a_millisecond_out_of_range_or_without_a_second_is_refused(parts: tuple, reason: str) -> None:
    with pytest.raises(DateError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        PartialDate(*parts)


# --- properties -----------------------------------------------------------------------------


@st.composite
def partial_dates(draw: st.DrawFn, min_year: int = dates.MIN_YEAR, max_year: int = dates.MAX_YEAR) -> PartialDate:
    year = draw(st.one_of(st.integers(-3000, 3000), st.integers(min_year, max_year)))
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
    if precision is Precision.MINUTE:
        return PartialDate(year, month, day, hour, minute)
    second = draw(st.integers(0, 59))
    if precision is Precision.SECOND:
        return PartialDate(year, month, day, hour, minute, second)
    return PartialDate(year, month, day, hour, minute, second, draw(st.integers(0, 999)))


def full_dates() -> st.SearchStrategy[PartialDate]:
    return partial_dates().map(
        lambda d: PartialDate(d.year, d.month or 1, d.day or 1, d.hour or 0, d.minute or 0, d.second or 0)
    )


@PROPERTY
@given(partial_dates())
def test_parse_of_iso_is_identity(d: PartialDate) -> None:
    assert dates.parse(d.iso()) == d
    assert dates.parse(d.iso()).precision is d.precision


@PROPERTY
@given(full_dates())
def test_from_seconds_inverts_to_seconds(d: PartialDate) -> None:
    parts = (d.year, d.month, d.day, d.hour, d.minute, d.second)
    assert dates.from_seconds(dates.to_seconds(*parts)) == parts


@PROPERTY
@given(st.integers(dates.to_seconds(dates.MIN_YEAR), dates.to_seconds(dates.MAX_YEAR, 12, 31, 23, 59, 59)))
def test_to_seconds_inverts_from_seconds(seconds: int) -> None:
    assert dates.to_seconds(*dates.from_seconds(seconds)) == seconds


@PROPERTY
@given(partial_dates())
def test_a_date_covers_a_non_empty_span(d: PartialDate) -> None:
    start, end = dates.span_seconds(d)
    assert start < end
    d = _in_whole_seconds(d)
    assert dates.from_seconds_at(end - 1, d.precision) == d  # the last second still belongs to the date
    if d.year < dates.MAX_YEAR:
        assert dates.from_seconds_at(end, d.precision) != d


def _in_whole_seconds(d: PartialDate) -> PartialDate:
    """The date integer seconds can name: a date of millisecond precision as the second it falls in."""
    return PartialDate(d.year, d.month, d.day, d.hour, d.minute, d.second)


@PROPERTY
@given(partial_dates(), partial_dates())
def test_start_seconds_follow_date_order(a: PartialDate, b: PartialDate) -> None:
    def key(d: PartialDate) -> tuple[int, ...]:
        return (d.year, d.month or 1, d.day or 1, d.hour or 0, d.minute or 0, d.second or 0)

    if key(a) < key(b):
        assert dates.start_seconds(a) < dates.start_seconds(b)
    elif key(a) == key(b):
        assert dates.start_seconds(a) == dates.start_seconds(b)
    else:
        assert dates.start_seconds(a) > dates.start_seconds(b)


@PROPERTY
@given(partial_dates())
def test_from_seconds_at_start_gives_back_the_date(d: PartialDate) -> None:
    assert dates.from_seconds_at(dates.start_seconds(d), dates.stored_precision(d)) == _in_whole_seconds(d)


@PROPERTY
@given(partial_dates())
def test_display_never_fails_and_is_not_empty(d: PartialDate) -> None:
    assert dates.display(d).strip()
    assert dates.display_span(d, d) == dates.display(d)


@PROPERTY
@given(st.one_of(st.text(), st.from_regex(r"[+-]?[0-9]{1,13}(-[0-9]{2}(-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?)?)?)?", fullmatch=True)))
def test_parse_of_any_text_gives_a_date_or_a_date_error(text: str) -> None:
    try:
        parsed = dates.parse(text)
    except DateError:
        return
    assert dates.parse(parsed.iso()) == parsed
