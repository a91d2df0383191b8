"""Dates typed in numbers only, as CSV import reads them: 25/4/2025 and 4/25/2025 are taken in the
only order that makes a date; 3/4/2025 could be 3 April or March 4 and is refused with both
readings written out, for the user to pick one (it used to get the generic "not a date I understand")."""

from __future__ import annotations

import pytest

from explorer.core.date_input import parse_input
from explorer.core.dates import DateError, PartialDate
from explorer.core.interchange.spreadsheet_dates import parse as spreadsheet_parse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25/4/2025", PartialDate(2025, 4, 25)),
        ("4/25/2025", PartialDate(2025, 4, 25)),
        ("25-04-2025", PartialDate(2025, 4, 25)),
        ("04/04/2025", PartialDate(2025, 4, 4)),  # the same either way
        ("3.4.2025", PartialDate(2025, 4, 3)),  # dots: day first
        ("2025/04/03", PartialDate(2025, 4, 3)),  # a year first: year, month, day
        ("2025/4", PartialDate(2025, 4)),
        ("4/2025", PartialDate(2025, 4)),
        ("25/4/2025 14:30", PartialDate(2025, 4, 25, 14, 30)),
        ("4/25/2025, 2:30 pm", PartialDate(2025, 4, 25, 14, 30)),
        ("15/3/710", PartialDate(710, 3, 15)),
    ],
)
def test_numbers_only_dates_that_tell_their_order_are_read(text: str, expected: PartialDate) -> None:
    parsed = parse_input(text)
    assert parsed == expected and parsed.precision is expected.precision


@pytest.mark.parametrize("text", ["25/4/2025", "4/25/2025", "18.06.2025", "2025/04/03", "4/2025", "25/4/2025 14:30"])
def test_they_are_read_as_csv_import_reads_them(text: str) -> None:
    assert parse_input(text) == PartialDate(*spreadsheet_parse(text, ""))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("3/4/2025", '"3/4/2025" could be 3 April or March 4: write 3 April 2025 or March 4, 2025'),
        ("03/04/2025", '"03/04/2025" could be 3 April or March 4: write 3 April 2025 or March 4, 2025'),
        ("12/1/2025 09:00", '"12/1/2025" could be 12 January or December 1: write 12 January 2025 or December 1, 2025'),
        ("3/4/25", '"3/4/25": write the year in full, e.g. 1925 or 2025'),
        ("13/14/2025", '"13/14/2025" is not a date: neither 13 nor 14 is a month'),
        ("0/4/2025", '"0/4/2025" is not a date: days and months start at 1'),
        ("31/4/2025", "31 April 2025 does not exist"),
        ("4/31/2025", "31 April 2025 does not exist"),
        ("2025/13/01", "there is no month 13"),
    ],
)
def test_a_date_that_could_be_either_order_names_both_and_how_to_write_each(text: str, reason: str) -> None:
    with pytest.raises(DateError) as refused:
        parse_input(text)
    assert reason in str(refused.value)
