"""TimelineJS year numbering, date precision, sheet times, TimelineJS 2 date texts and format masks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.core import dates
from explorer.core.dates import PartialDate
from explorer.core.interchange import timelinejs_dates as tl
from explorer.core.interchange.date_format import render_format
from explorer.core.interchange.json_reader import ImportFailure
from explorer.core.interchange.spreadsheet_dates import DateOrder, parse
from explorer.core.interchange.timelinejs2_json import parse_date as parse_v2


@pytest.mark.parametrize(("timelinejs", "ours", "shown"), [
    (2025, 2025, "2025"),
    (1, 1, "1 CE"),
    (0, 0, "1 BCE"),
    (-1, 0, "1 BCE"),
    (-44, -43, "44 BCE"),
    (-753, -752, "753 BCE"),
    (-999_999, -999_998, "999,999 BCE"),
    (-1_000_000, -1_000_000, "1 million years ago"),
    (-66_000_000, -66_000_000, "66 million years ago"),
    (-13_800_000_000, -13_800_000_000, "13.8 billion years ago"),
])
def test_timelinejs_negative_years_count_bce_the_way_timelinejs_shows_them(timelinejs: int, ours: int, shown: str) -> None:
    assert tl.year_from_timelinejs(timelinejs) == ours
    assert dates.display_year(ours) == shown


@given(st.integers(dates.MIN_YEAR, dates.MAX_YEAR).filter(lambda year: year != -999_999))
def test_every_year_survives_a_trip_through_timelinejs_numbering(year: int) -> None:
    assert tl.year_from_timelinejs(tl.year_to_timelinejs(year)) == year


def test_the_one_year_timelinejs_cannot_name_is_rounded_to_a_million_years_ago() -> None:
    assert tl.year_to_timelinejs(-999_999) == -1_000_000


@pytest.mark.parametrize(("given_parts", "iso"), [
    ({"year": 2025}, "2025"),
    ({"year": 2025, "month": 6}, "2025-06"),
    ({"year": 2025, "month": 6, "day": 18}, "2025-06-18"),
    ({"year": 2025, "month": 6, "day": 18, "hour": 14}, "2025-06-18T14:00"),
    ({"year": 2025, "month": 6, "day": 18, "hour": 14, "minute": 30}, "2025-06-18T14:30"),
    ({"year": 2025, "month": 6, "day": 18, "hour": 14, "minute": 30, "second": 5, "millisecond": 250}, "2025-06-18T14:30:05.250"),
    ({"year": 2025, "month": 6, "day": 18, "hour": 14, "minute": 30, "millisecond": 250}, "2025-06-18T14:30:00.250"),
    ({"year": 2025, "day": 5}, "2025-01-05"),  # a gap is filled as TimelineJS fills it
    ({"year": -44, "month": 3, "day": 15}, "-0043-03-15"),
])
def test_the_finest_part_given_is_the_precision(given_parts: dict, iso: str) -> None:
    parts = tl.date_parts(given_parts, "x")
    assert tl.to_partial(parts).iso() == iso


@pytest.mark.parametrize(("given_parts", "message"), [
    ({"month": 6}, "x.year: is required"),
    ({"year": 2025, "month": 13}, "x.month: 13 is not a month (1–12)"),
    ({"year": 2025, "hour": 24}, "x.hour: 24 is not an hour (0–23)"),
    ({"year": 2_000_000}, "x.year: 2000000 is out of range"),
])
def test_impossible_parts_are_refused_with_their_path(given_parts: dict, message: str) -> None:
    with pytest.raises(ImportFailure) as caught:
        tl.date_parts(given_parts, "x")
    assert str(caught.value).startswith(message)


def test_a_day_that_does_not_exist_in_its_month_is_refused() -> None:
    parts = tl.date_parts({"year": 2025, "month": 2, "day": 30}, "x")
    with pytest.raises(ImportFailure, match=r"^events\[1\].start_date: 2025-02-30 does not exist"):
        tl.checked_columns(parts, "events[1].start_date")


@pytest.mark.parametrize(("value", "sheet", "expected"), [
    (1963, False, 1963), ("1963", False, 1963), (" -44 ", False, -44), (1963.0, False, 1963), ("", False, None), (None, False, None),
    ("-65,000,000", True, -65_000_000), ("13 800 000 000", True, 13_800_000_000), ("2025.0", True, 2025),
])
def test_numbers_may_be_numbers_or_text(value: object, sheet: bool, expected: int | None) -> None:
    assert tl.integer(value, "x", sheet=sheet) == expected


@pytest.mark.parametrize("value", ["1,000", "12a", 1.5, True, [1], "２０２５"])
def test_anything_else_is_not_a_number(value: object) -> None:
    with pytest.raises(ImportFailure, match="is not a whole number"):
        tl.integer(value, "x")


@pytest.mark.parametrize(("text", "hour", "minute", "second"), [
    ("14:30", 14, 30, None), ("2:30 PM", 14, 30, None), ("12:05 am", 0, 5, None), ("1430", 14, 30, None),
    ("14:30:05.250", 14, 30, 5), ("9", 9, None, None), ("12 p.m.", 12, None, None),
])
def test_sheet_times(text: str, hour: int, minute: int | None, second: int | None) -> None:
    values = tl.parse_time(text, "x")
    assert (values["hour"], values["minute"], values["second"]) == (hour, minute, second)


@pytest.mark.parametrize("text", ["25:00 PM", "noon", "14h30"])
def test_not_a_time(text: str) -> None:
    with pytest.raises(ImportFailure):
        tl.parse_time(text, "x")


@pytest.mark.parametrize(("text", "iso"), [
    ("2011,12,10", "2011-12-10"), ("2011,12", "2011-12"), ("2011,0,0", "2011"), ("2011", "2011"), ("-44,3,15", "-0043-03-15"),
    ("12/10/2011", "2011-12-10"), ("6/2011", "2011-06"), ("2011-12-10T14:30:00Z", "2011-12-10T14:30:00"),
    ("2011,12,10,7,2,10", "2011-12-10T07:02:10"), ("201112101430", "2011-12-10T14:30"), (1963, "1963"),
])
def test_timelinejs2_date_texts(text: object, iso: str) -> None:
    date = parse_v2(text, "x")
    assert date is not None and tl.to_partial(date.parts).iso() == iso


@pytest.mark.parametrize(("mask", "expected"), [
    ("mmmm d',' yyyy", "June 18, 2025"), ("full", "June 18, 2025"), ("month", "June 2025"), ("year", "2025"),
    ("dddd, mmm dS", "Wednesday, Jun 18th"), ("HH:MM", "14:30"), ("h:MM TT", "2:30 PM"), ("'Q2' yy", "Q2 25"),
])
def test_timelinejs_format_masks(mask: str, expected: str) -> None:
    assert render_format(mask, PartialDate(2025, 6, 18, 14, 30)) == expected


def test_format_masks_know_bce_and_deep_time() -> None:
    assert render_format("yyyy", PartialDate(-43)) == "44 BCE"
    assert render_format("yyyy", PartialDate(-13_800_000_000)) == "13.8 billion years ago"


@pytest.mark.parametrize(("text", "order", "iso"), [
    ("2025-06-18", None, "2025-06-18"), ("2025-06-18T14:30:15.5+02:00", None, "2025-06-18T14:30:15.500"), ("-0043", None, "-0043"),
    ("18/06/2025", None, "2025-06-18"), ("06/18/2025", None, "2025-06-18"), ("03/04/2025", DateOrder.DAY_FIRST, "2025-04-03"),
    ("03/04/2025", DateOrder.MONTH_FIRST, "2025-03-04"), ("18.06.2025", None, "2025-06-18"), ("2025/06/18", None, "2025-06-18"),
    ("6/2025", None, "2025-06"), ("2025/06", None, "2025-06"), ("6/18/25", None, "2025-06-18"), ("June 18, 2025", None, "2025-06-18"),
    ("18 Jun 2025", None, "2025-06-18"), ("Wed, 18 Jun 2025 14:30", None, "2025-06-18T14:30"), ("Jun. 2025", None, "2025-06"),
    ("September 2025", None, "2025-09"), ("44 BC", None, "-0043"), ("79 AD", None, "0079"), ("476", None, "0476"),
    ("45826", None, "2025-06-18"), ("45826.75", None, "2025-06-18T18:00"), ("-13800000000", None, "-13800000000"),
    ("18/06/2025 2:30 PM", None, "2025-06-18T14:30"),
])
def test_spreadsheet_dates(text: str, order: DateOrder | None, iso: str) -> None:
    parts = parse(text, "x", order)
    assert tl.to_partial(parts).iso() == iso


@pytest.mark.parametrize(("text", "message"), [
    ("03/04/2025", "could be day/month or month/day"),
    ("13/13/2025", "is not a date that exists"),
    ("tomorrow", "is not a date"),
    ("31 Foo 2025", "is not a date"),
])
def test_spreadsheet_dates_that_are_not(text: str, message: str) -> None:
    with pytest.raises(ImportFailure, match=message):
        parse(text, "x")
