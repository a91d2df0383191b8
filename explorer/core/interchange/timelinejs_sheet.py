"""Import the TimelineJS Google Sheets template saved as CSV.

Columns are found by their header, in any order and any case or spacing: Year, Month, Day, Time,
End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media
Caption, Media Thumbnail, Type, Group, Background, and the newer Alt Text (plus Media Title,
Media Link and Unique ID, which Case Explorer writes). A row whose Type is ``title`` is the title
slide (the first one; TimelineJS shows any later one as an event), ``era`` rows are eras, every
other row is an event. Errors name the line and column. A Time's milliseconds (``14:30:05.250``)
are kept (see ``timelinejs_dates`` for what TimelineJS itself makes of them).

A text cell that would start a formula in a spreadsheet is exported after an apostrophe
(``formula_safe_sheet_rows``); ``CsvTable`` takes it off again on import.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from explorer.core.dates import DateError
from explorer.core.interchange import timelinejs_dates as tl_dates
from explorer.core.interchange.bulk_events import DateColumns, EventBulkWriter
from explorer.core.interchange.case_data import CaseData
from explorer.core.interchange.csv_table import CsvDialect, CsvTable, column_letter, formula_safe
from explorer.core.interchange.html_markdown import html_to_markdown, html_to_text
from explorer.core.interchange.import_job import StreamedImport
from explorer.core.interchange.json_reader import ImportFailure
from explorer.core.interchange.timelinejs_json import META_BACKGROUND, META_MEDIA_PREFIX
from explorer.core.interchange.timelinejs_slides import (
    MEDIA_KEYS,
    SlideDate,
    SlideRemarks,
    Where,
    era_from_slide,
    event_from_slide,
    media_columns,
    plain_slide_row,
    slide_uid,
    unique_eras,
)
from explorer.core.store import RecordError

# normalised header → field
SHEET_COLUMNS = {
    "year": "year", "month": "month", "day": "day", "time": "time",
    "endyear": "end_year", "endmonth": "end_month", "endday": "end_day", "endtime": "end_time",
    "displaydate": "display_date", "headline": "headline", "text": "text",
    "media": "media_url", "mediaurl": "media_url", "mediacredit": "media_credit", "mediacaption": "media_caption",
    "mediathumbnail": "media_thumbnail", "alttext": "media_alt", "mediaalt": "media_alt", "mediaalttext": "media_alt",
    "mediatitle": "media_title", "medialink": "media_link", "link": "media_link",
    "type": "type", "group": "group", "tag": "group", "background": "background", "uniqueid": "unique_id",
}
_REQUIRED = ("year", "headline")
_NUMBER_FIELDS = frozenset({"year", "month", "day", "end_year", "end_month", "end_day"})


def normalise_header(header: str) -> str:
    return re.sub(r"[^0-9a-z]", "", header.lower())


def looks_like_sheet(headers: list[str]) -> bool:
    names = {SHEET_COLUMNS.get(normalise_header(header)) for header in headers}
    return all(field in names for field in _REQUIRED)


def formula_safe_sheet_rows(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> Iterator[list[str]]:
    """The sheet's ``rows`` (under ``headers``) as they are written for spreadsheets: every text cell
    ``formula_safe`` (``=IMPORTXML(…)`` and ``-5%`` after an apostrophe), the number cells of Year,
    Month, Day, End Year, End Month and End Day as they are (``-500`` is a year TimelineJS reads as
    a number, not text a spreadsheet could run)."""
    numbers = {index for index, header in enumerate(headers) if SHEET_COLUMNS.get(normalise_header(header)) in _NUMBER_FIELDS}
    for row in rows:
        yield [cell if index in numbers else formula_safe(cell) for index, cell in enumerate(row)]


class TimelineSheetImport(StreamedImport):
    format_name = "TimelineJS sheet (CSV)"

    def __init__(self, path: Path, dialect: CsvDialect | None = None) -> None:
        self.path = path
        self.dialect = dialect
        self._size = path.stat().st_size

    def size(self) -> int:
        return self._size

    def location(self, key: Any) -> str:
        return f"line {key}"

    def read(self, writer: EventBulkWriter, small: CaseData, tick: Callable[[int], None]) -> None:
        with CsvTable(self.path, self.dialect) as table:
            columns: dict[str, int] = {}
            for index, header in enumerate(table.headers):
                columns.setdefault(SHEET_COLUMNS.get(normalise_header(header), ""), index)
            missing = [field for field in _REQUIRED if field not in columns]
            if missing:
                names = " and ".join(f'"{field.title()}"' for field in missing)
                raise ImportFailure(f"{self.path}: line {table.header_line}",
                                    f"has no {names} column (a TimelineJS sheet needs Year and Headline)")
            row_reader = _SheetRow(table, columns)
            plain = _PlainSheetRows(columns)
            eras = []
            title_seen = False
            add = writer.add
            line, cells = 0, []
            try:
                for count, (line, cells) in enumerate(table.rows()):
                    event = plain.event(cells)
                    if event is not None:
                        add(event, line)
                    else:
                        row_reader.load(line, cells)
                        kind = row_reader.text("type").strip().lower()
                        if kind == "title" and not title_seen:
                            title_seen = True
                            small.meta.update(row_reader.title_meta())
                        elif kind == "era":
                            eras.append(row_reader.era(len(eras)))
                        else:
                            add(row_reader.event(), line)
                    if not count % 2000:
                        tick(table.characters_read)
            except ImportFailure as exc:
                table.explain(exc, line, cells)  # a row whose cells do not line up with the header says so
                raise
            small.eras.extend(unique_eras(eras))
            row_reader.remarks.report_to(small)


@lru_cache(maxsize=65_536)
def _year_month_day(year: str, month: str, day: str) -> SlideDate | None:
    """A valid date from plain number cells, or None to let the row say what is wrong."""
    try:
        numbers = {name: int(text) if text.strip() else None for name, text in (("year", year), ("month", month), ("day", day))}
        if numbers["year"] is None or not all(text.strip().lstrip("-").isdigit() for text in (year, month, day) if text.strip()):
            return None
        parts = tl_dates.date_parts(numbers, "")
        tl_dates.date_columns(parts)
    except (ImportFailure, DateError, ValueError):
        return None
    return SlideDate(parts)


class _PlainSheetRows:
    """``_SheetRow.event`` for the common row, straight from the cells: None when a row needs the full reading.

    The common row is an event (its Type is empty) with dates of plain numbers and no time, and no
    media, display date, background or unique id (those cells empty).
    Any other row, and any row the row checks refuse, is read by ``_SheetRow``, which says where it
    is wrong; a property test keeps the two equal.
    """

    _EMPTY = ("type", "time", "end_time", "display_date", "background", "unique_id", *(f"media_{key}" for key in MEDIA_KEYS))

    def __init__(self, columns: dict[str, int]) -> None:
        self.empty = [columns[field] for field in self._EMPTY if field in columns]
        self.start = [columns.get(field) for field in ("year", "month", "day")]
        self.end = [columns.get(field) for field in ("end_year", "end_month", "end_day")]
        self.headline, self.text, self.group = columns.get("headline"), columns.get("text"), columns.get("group")
        self.width = max(columns.values()) + 1

    def event(self, cells: list[str]) -> tuple | None:
        if len(cells) < self.width:
            return None
        for index in self.empty:
            if cells[index]:
                return None
        start = self._date(cells, self.start)
        if start is None:
            return None
        end = None
        if any(cells[i] for i in self.end if i is not None):
            end = self._date(cells, self.end)
            if end is None:
                return None
        headline = cells[self.headline] if self.headline is not None else ""
        text = cells[self.text] if self.text is not None else ""
        group = cells[self.group] if self.group is not None else ""
        try:
            return plain_slide_row(None, start, end, headline, text, group)
        except RecordError:
            return None

    @staticmethod
    def _date(cells: list[str], columns: list[int | None]) -> tuple[SlideDate, DateColumns] | None:
        year, month, day = (cells[i] if i is not None else "" for i in columns)
        if not year.strip():
            return None
        return _plain_columns(year, month, day)


@lru_cache(maxsize=65_536)
def _plain_columns(year: str, month: str, day: str) -> tuple[SlideDate, DateColumns] | None:
    date = _year_month_day(year, month, day)
    return None if date is None else (date, tl_dates.date_columns(date.parts))


class _SheetRow:
    """One row of the sheet, read cell by cell with errors that name the line and column.

    ``remarks`` notes the addresses dropped as unsafe.
    """

    def __init__(self, table: CsvTable, columns: dict[str, int]) -> None:
        self.table = table
        self.columns = columns
        self.remarks = SlideRemarks()
        self.line = 0
        self.cells: list[str] = []

    def load(self, line: int, cells: list[str]) -> None:
        self.line, self.cells = line, cells

    def text(self, field: str) -> str:
        index = self.columns.get(field)
        return self.cells[index] if index is not None and index < len(self.cells) else ""

    def where(self, field: str) -> str:
        index = self.columns.get(field)
        if index is None:
            return f"line {self.line}"
        return f"line {self.line}, column {column_letter(index)} ({self.table.headers[index]!r})"

    def _date(self, prefix: str) -> SlideDate | None:
        year, month, day = self.text(f"{prefix}year"), self.text(f"{prefix}month"), self.text(f"{prefix}day")
        if not self.text(f"{prefix}time").strip():
            if not (year or month or day) or (not year.strip() and not month.strip() and not day.strip()):
                return None
            fast = _year_month_day(year, month, day)
            if fast is not None:
                return fast
        return self._checked_date(prefix)

    def _checked_date(self, prefix: str) -> SlideDate | None:
        names = {"year": f"{prefix}year", "month": f"{prefix}month", "day": f"{prefix}day"}
        values: dict[str, int | None] = {
            part: tl_dates.integer(self.text(field), self.where(field), sheet=True) for part, field in names.items()
        }
        time = self.text(f"{prefix}time").strip()
        if time:
            values.update(tl_dates.parse_time(time, self.where(f"{prefix}time")))
        if values["year"] is None:
            given = [field for field in (*names.values(), f"{prefix}time") if self.text(field).strip()]
            if given:
                year = "End Year" if prefix else "Year"
                raise ImportFailure(self.where(given[0]), f"is given, but the date has no {year} (TimelineJS needs a year first)")
            return None

        def name_of(part: str) -> str:
            return self.where(names.get(part, f"{prefix}time"))

        return SlideDate(tl_dates.date_parts(values, f"line {self.line}", name_of))

    def _slide_where(self) -> Where:
        return Where(self.where, "year", "end_year", "headline")

    def _media(self) -> tuple:
        return media_columns({key: self.text(f"media_{key}") for key in MEDIA_KEYS})

    def event(self) -> tuple:
        start = self._date("")
        if start is None:
            raise ImportFailure(self.where("year"), "is empty (an event needs at least a year)")
        return event_from_slide(
            self._slide_where(), slide_uid(self.text("unique_id"), lambda: self.where("unique_id")), start, self._date("end_"),
            self.text("headline"), self.text("text"), self._media(), self.text("group"), self.text("display_date"),
            self.text("background").strip() or None, self.remarks,
        )

    def era(self, index: int) -> object:
        start = self._date("")
        if start is None:
            raise ImportFailure(self.where("year"), "is empty (an era needs a start and an end date)")
        return era_from_slide(self._slide_where(), index, start, self._date("end_"), self.text("headline"), self.text("text"))

    def title_meta(self) -> dict[str, str]:
        meta: dict[str, str] = {}
        headline, summary = html_to_text(self.text("headline")), html_to_markdown(self.text("text"))
        if headline:
            meta["title"] = headline
        if summary:
            meta["summary"] = summary
        media = self._media()
        if media[-1]:
            meta.update({META_MEDIA_PREFIX + key: cell for key, cell in zip(MEDIA_KEYS, media, strict=False) if cell})
        if self.text("background").strip():
            meta[META_BACKGROUND] = self.text("background").strip()
        self.remarks.links.check_title(meta, lambda key: self.where("background" if key == "background" else f"media_{key}"))
        return meta
