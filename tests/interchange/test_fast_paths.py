"""The importers' fast paths for common rows give exactly the rows of the full reading, or step aside.

Each reader has a fast path for the common event (``plain_event`` for TimelineJS JSON slides,
``_PlainRows`` for generic CSV, ``_PlainSheetRows`` for the TimelineJS sheet) and falls back to
the full reading, which checks everything and names the field, for anything else. For every
input a fast path either returns None or the very row the full reading returns; where the full
reading refuses an input, the fast path must not accept it. A date with milliseconds goes the full
way, which keeps them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core.interchange import csv_events, timelinejs_json, timelinejs_sheet
from explorer.core.interchange.csv_table import CsvDialect, CsvTable
from explorer.core.interchange.json_reader import ImportFailure
from explorer.core.interchange.spreadsheet_dates import DateOrder
from explorer.core.interchange.timelinejs_slides import SlideRemarks

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
_NUMBER_TEXT = st.sampled_from(["", " ", "0", "1", "2", "12", "13", "28", "29", "30", "31", "32", "-44", "2020", "1999", "07",
                                "+5", "1e3", "٣", "2020.0", " 2020 ", "\u00a0", "x"])
_NUMBER = (st.none() | st.booleans() | st.integers(-3, 40) | st.sampled_from([1999, 2000, 2024, -44, 0, 10**15])
           | st.floats(0, 13) | _NUMBER_TEXT)
_TEXT = st.sampled_from(["", " ", "Deal signed", "<p>Board vote.</p>", "<p>a &amp; b</p>", "<b>bold</b>", "  two  spaces ",
                         "# heading", "1. item", "x\ud800", "\u00a0", "*star*", "<p></p>", "line\nbreak", "é"]) | st.text(max_size=8)
_GOOD_YEAR = st.sampled_from([1999, 2020, -44, 0, "2020", "1850", -1_000_000])
_GOOD_PART = st.none() | st.integers(1, 12) | st.sampled_from(["", "7", "28"])
_DATE = (st.fixed_dictionaries({"year": _GOOD_YEAR}, optional={"month": _GOOD_PART, "day": _GOOD_PART | st.integers(1, 31)})
         | st.fixed_dictionaries({}, optional={"year": _NUMBER, "month": _NUMBER, "day": _NUMBER})
         | st.fixed_dictionaries({"year": _NUMBER}, optional={"hour": _NUMBER, "display_date": _TEXT, "format": _TEXT})
         | st.fixed_dictionaries({"year": _GOOD_YEAR}, optional={"month": _GOOD_PART, "second": _NUMBER, "millisecond": _NUMBER}))
_LOOSE = st.none() | st.integers() | _TEXT | st.lists(st.integers(), max_size=2) | st.booleans()
_HEADLINE = st.text(max_size=8) | _TEXT
_SLIDE = st.fixed_dictionaries(
    {"start_date": _DATE | _DATE | _LOOSE},
    optional={
        "end_date": st.none() | _DATE | _LOOSE,
        "text": st.fixed_dictionaries({}, optional={"headline": _HEADLINE | _HEADLINE | _LOOSE, "text": _TEXT | _LOOSE}) | _LOOSE,
        "group": _TEXT | _TEXT | _LOOSE, "unique_id": st.sampled_from(["", "a1", " b ", "x\x01", "ok-uid"]) | _LOOSE,
        "media": st.none() | st.none() | st.just({"url": "https://e.org/a.png"}) | _LOOSE,
        "display_date": st.none() | st.just("") | _TEXT | _LOOSE, "background": st.none() | st.just({"color": "#fff"}) | _TEXT,
        "other": _LOOSE,
    },
)
_COMMON_SLIDE = st.fixed_dictionaries(
    {"start_date": _DATE},
    optional={"end_date": _DATE, "text": st.fixed_dictionaries({"headline": _HEADLINE, "text": _TEXT}), "group": _TEXT,
              "unique_id": st.sampled_from(["a1", ""]), "display_date": st.sampled_from([None, "", "spring", 0]),
              "background": st.sampled_from([None, "", "#fff"]), "media": st.sampled_from([None, {"url": "https://e.org/a.png"}])},
)


def _cell(data: st.DataObject, usual: st.SearchStrategy[str]) -> str:
    """Mostly a usual value of the column, now and then anything."""
    return data.draw(_JUNK if data.draw(st.integers(0, 11)) == 0 else usual)


def _full(read: Callable[..., tuple], *args: object) -> tuple | ImportFailure:
    try:
        return read(*args)
    except ImportFailure as exc:
        return exc


@SETTINGS
@given(_COMMON_SLIDE | _SLIDE, st.integers(0, 10**6))
def test_timelinejs_slide(slide: dict, index: int) -> None:
    remarks = SlideRemarks()
    full = _full(timelinejs_json.read_event, slide, f"events[{index}]", remarks)
    try:
        fast = timelinejs_json.plain_event(slide, index)
    except ImportFailure as exc:  # only what the full reading says too, at the same place
        assert isinstance(full, ImportFailure) and (exc.location, exc.problem) == (full.location, full.problem)
        return
    if fast is not None:
        assert fast == full
        assert remarks.links.remark() is None  # the remark the full reading would make is not lost


def test_timelinejs_fast_path_takes_the_common_slide() -> None:
    slide = {"start_date": {"year": 2001, "month": 3}, "end_date": {"year": "2002"}, "text": {"headline": "A <i>b</i>",
             "text": "<p>Some text.</p>"}, "group": "deal", "other": [1]}
    row = timelinejs_json.plain_event(slide, 4)
    assert row is not None and row == timelinejs_json.read_event(slide, "events[4]")
    assert row[:4] == (row[0], "A b", "Some text.", "2001-03") and row[0].startswith("tl-")


@pytest.mark.parametrize("slide", [
    {"start_date": {"year": 2001, "month": True}},  # a boolean is no month, though True == 1
    {"start_date": {"year": 2001.0}},
    {"start_date": {"year": 2001}, "media": {"url": "https://e.org/a.png"}},
    {"start_date": {"year": 2001}, "display_date": 0},
    {"start_date": {"year": 2001, "hour": 3}},
    {"start_date": {"year": 2001, "month": [1]}},
    {"start_date": {"year": 2001, "millisecond": 5}},  # kept, by the full reading
    {"start_date": {"year": 2001}, "end_date": {"year": 2002, "month": 1, "millisecond": "250"}},
])
def test_timelinejs_fast_path_steps_aside(slide: dict) -> None:
    assert timelinejs_json.plain_event(slide, 0) is None


def test_timelinejs_slide_with_milliseconds_keeps_them_by_the_full_reading() -> None:
    slide = {"start_date": {"year": 2001}, "end_date": {"year": 2002, "month": 1, "millisecond": "250"}}
    remarks = SlideRemarks()
    row = timelinejs_json.read_event(slide, "events[7]", remarks)
    assert row[4] == "2002-01-01T00:00:00.250"  # the gap filled, as TimelineJS does
    assert remarks.links.remark() is None


_JUNK = st.sampled_from(["", " ", "x", "\u00a0", "é", "a\x01", "2020-02-30", "13/04/2025", "nope", "4"]) | st.text(max_size=6)
_CSV_CELLS = {
    "title": st.sampled_from(["Deal", "  Title  here ", "# h", "a\tb"]), "body": st.sampled_from(["", "text", " *x* "]),
    "start": st.sampled_from(["2020", "2020-06-01", "03/04/2025", "-0044", " 1999-12 ", "2020-06-01T14:30"]),
    "end": st.sampled_from(["", "2021", "2019", "2020-06-01", "2020-13"]), "display_date": st.sampled_from(["", "spring"]),
    "category": st.sampled_from(["", "deal", " legal "]), "uid": st.sampled_from(["", " ", "uid-1"]),
    "certainty": st.sampled_from(["", "rumoured", "Denied", "planned"]), "importance": st.sampled_from(["", "low", "HIGH", "3"]),
    "background": st.sampled_from(["", "#fff"]),
}


@SETTINGS
@given(st.lists(st.sampled_from(list(_CSV_CELLS)), min_size=1, max_size=6, unique=True), st.data(),
       st.sampled_from([None, *DateOrder]))
def test_generic_csv_row(tmp_path_factory: pytest.TempPathFactory, fields: list[str], data: st.DataObject,
                         order: DateOrder | None) -> None:
    fields = ["title", "start", *(field for field in fields if field not in ("title", "start"))]
    cells = [_cell(data, _CSV_CELLS[field]) for field in fields]
    cells = cells[: data.draw(st.sampled_from([len(cells), len(cells), len(cells) - 1]))]
    source = tmp_path_factory.mktemp("csv") / "events.csv"
    source.write_text(",".join(fields) + "\n", encoding="utf-8")
    job = csv_events.CsvEventsImport(source, CsvDialect("utf-8", ","), {field: field for field in fields}, order)
    with CsvTable(source, job.dialect) as table:
        index = {name: table.headers.index(header) for name, header in job.mapping.items()}
        full = _full(job._event, csv_events._Row(table, index, 2, cells))
    if not csv_events._PlainRows.fits(job.mapping):
        return
    fast = csv_events._PlainRows(index, order).event(cells)
    if fast is not None:
        assert fast == full


def test_generic_csv_fast_path_takes_the_common_row(tmp_path: Path) -> None:
    source = tmp_path / "events.csv"
    source.write_text("Title,Date,End date,Description,Category\n", encoding="utf-8")
    mapping = {"title": "Title", "start": "Date", "end": "End date", "body": "Description", "category": "Category"}
    job = csv_events.CsvEventsImport(source, CsvDialect("utf-8", ","), mapping, None)
    cells = ["Meta  deal", "2020-06", "2021", " text ", "deal"]
    with CsvTable(source, job.dialect) as table:
        index = {name: table.headers.index(header) for name, header in mapping.items()}
        full = job._event(csv_events._Row(table, index, 2, cells))
    assert csv_events._PlainRows(index, None).event(cells) == full
    assert full[1:4] == ("Meta deal", "text", "2020-06")


_SHEET_HEADERS = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "Display Date", "Headline", "Text",
                  "Media", "Type", "Group", "Background", "Unique ID"]
_SHEET_CELLS = {
    "Year": st.sampled_from(["2020", "-44", "0", "1999", " 1999 ", "1,999", "2020.0"]),
    "Month": st.sampled_from(["", "2", "12", "6", "13"]), "Day": st.sampled_from(["", "29", "7", "3", "31"]),
    "Time": st.sampled_from(["", "", "", "", "14:30", "14:30:05.250"]),
    "End Year": st.sampled_from(["", "", "2021", "2019", " "]), "End Month": st.sampled_from(["", "", "6"]),
    "End Day": st.sampled_from(["", "", "3"]), "Display Date": st.sampled_from(["", "", "", "spring"]),
    "Headline": st.sampled_from(["Deal", "A <b>b</b>", "", "  x  "]), "Text": st.sampled_from(["", "<p>Text</p>", "# h", "a &amp; b"]),
    "Media": st.sampled_from(["", "", "", "", "https://e.org/a.png", "\u00a0"]),
    "Type": st.sampled_from(["", "", "era", "title", "Title", " "]),
    "Group": st.sampled_from(["", "deal", "<i>x</i>"]), "Background": st.sampled_from(["", "", "", "#fff"]),
    "Unique ID": st.sampled_from(["", "", "", "", "u1", "x\x01"]),
}


_SHEET_OPTIONAL = ("Time", "Display Date", "Media", "Type", "Background", "Unique ID", "End Year", "End Month", "End Day")


@SETTINGS
@given(st.data())
def test_timelinejs_sheet_row(tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    common = data.draw(st.booleans())  # an event row with its optional cells empty but perhaps one
    odd = data.draw(st.sampled_from([*_SHEET_OPTIONAL, ""]))
    cells = [
        ("" if header != odd else data.draw(_SHEET_CELLS[header].filter(bool) | _JUNK)) if common and header in _SHEET_OPTIONAL
        else _cell(data, _SHEET_CELLS[header])
        for header in _SHEET_HEADERS
    ]
    if not common:
        cells = cells[: data.draw(st.sampled_from([len(cells), len(cells), len(cells) - 2]))]
    source = tmp_path_factory.mktemp("sheet") / "sheet.csv"
    source.write_text(",".join(_SHEET_HEADERS) + "\n", encoding="utf-8")
    with CsvTable(source, CsvDialect("utf-8", ",")) as table:
        columns: dict[str, int] = {}
        for index, header in enumerate(table.headers):
            columns.setdefault(timelinejs_sheet.SHEET_COLUMNS.get(timelinejs_sheet.normalise_header(header), ""), index)
        reader = timelinejs_sheet._SheetRow(table, columns)
        reader.load(2, cells)
        fast = timelinejs_sheet._PlainSheetRows(columns).event(cells)
        if fast is None:
            return
        assert reader.text("type").strip().lower() not in ("title", "era")
        assert fast == _full(reader.event)
        assert reader.remarks.links.remark() is None  # the remark the full reading would make is not lost


def _sheet_table(tmp_path: Path) -> tuple[CsvTable, dict[str, int]]:
    """An empty TimelineJS sheet with every header, opened (close it: `with table`), and its columns by field."""
    source = tmp_path / "sheet.csv"
    source.write_text(",".join(_SHEET_HEADERS) + "\n", encoding="utf-8")
    table = CsvTable(source, CsvDialect("utf-8", ","))
    return table, {timelinejs_sheet.SHEET_COLUMNS[timelinejs_sheet.normalise_header(h)]: i for i, h in enumerate(table.headers)}


def test_timelinejs_sheet_fast_path_takes_the_common_row(tmp_path: Path) -> None:
    cells = ["2020", "6", "", "", "2021", "", "", "", "Deal", "<p>Signed.</p>", "", "", "deal", "", ""]
    table, columns = _sheet_table(tmp_path)
    with table:
        reader = timelinejs_sheet._SheetRow(table, columns)
        reader.load(2, cells)
        fast = timelinejs_sheet._PlainSheetRows(columns).event(cells)
        assert fast is not None and fast == reader.event()
        assert fast[1:4] == ("Deal", "Signed.", "2020-06")


def test_timelinejs_sheet_row_with_milliseconds_goes_the_full_way(tmp_path: Path) -> None:
    cells = ["2020", "6", "3", "14:30:05.250", "", "", "", "", "Deal", "", "", "", "", "", ""]
    table, columns = _sheet_table(tmp_path)
    with table:
        assert timelinejs_sheet._PlainSheetRows(columns).event(cells) is None
        reader = timelinejs_sheet._SheetRow(table, columns)
        reader.load(9, cells)
        assert reader.event()[3] == "2020-06-03T14:30:05.250"
