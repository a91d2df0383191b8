"""Import events from any CSV, given which column holds which field (see ``csv_mapping``).

Rows stream from the file into the bulk writer, so a million rows never sit in memory. Dates may
be ISO or written as spreadsheets write them (``spreadsheet_dates``); when a column holds dates
like ``03/04/2025`` the whole column decides whether the day or the month comes first, and a
column that never tells needs ``--day-first`` or ``--month-first``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from explorer.core.interchange import spreadsheet_dates
from explorer.core.interchange.bulk_events import NO_MEDIA, DateColumns, EventBulkWriter, event_row
from explorer.core.interchange.case_data import CaseData
from explorer.core.interchange.csv_entities import EntityResolver, checked_uid, kind_named_by, split_list
from explorer.core.interchange.csv_table import CsvDialect, CsvTable
from explorer.core.interchange.import_job import StreamedImport
from explorer.core.interchange.json_reader import ImportFailure, shown
from explorer.core.interchange.spreadsheet_dates import DateOrder
from explorer.core.interchange.timelinejs_dates import checked_columns
from explorer.core.interchange.timelinejs_slides import DroppedLinks, generated_uid, join_background, split_background
from explorer.core.models import Certainty, EntityKind, Role
from explorer.core.store import RecordError

_DATE_FIELDS = ("start", "end", "reported_at")
_SAMPLE_ROWS = 2000
_CERTAINTY = {c.value: c.value for c in Certainty} | {"rumoured": "rumored", "confirm": "confirmed", "": "confirmed"}
_IMPORTANCE = {"": 2, "1": 1, "2": 2, "3": 3, "low": 1, "normal": 2, "medium": 2, "high": 3}
_ROLES = {role.value for role in Role}
_DATES_KEPT = 65_536  # distinct date cells remembered by the fast path
_MEDIA = ("media_url", "media_caption", "media_credit", "media_thumbnail", "media_alt", "media_title", "media_link")
_ADDRESSES = ("media_url", "media_thumbnail", "media_link")  # checked as timelinejs_slides.link_problem says


def date_order(path: Path, dialect: CsvDialect, mapping: dict[str, str]) -> DateOrder | None:
    """Day or month first for the file's numeric dates, decided from every date column, or None."""
    with CsvTable(path, dialect) as table:
        columns = [table.headers.index(mapping[name]) for name in _DATE_FIELDS if mapping.get(name) in table.headers]
        if not columns:
            return None
        rows = table.rows()
        sample = list(itertools.islice(rows, _SAMPLE_ROWS))
        if not any(_numeric(cells, columns) for _, cells in sample):
            return None  # no slashed dates near the top: read as they come (an ambiguous one fails, located)
        evidence: dict[DateOrder, tuple[int, str]] = {}
        for line, cells in itertools.chain(sample, rows):
            for column in columns:
                if column < len(cells) and (order := spreadsheet_dates.numeric_order(cells[column])) is not None:
                    evidence.setdefault(order, (line, cells[column].strip()))
            if len(evidence) == 2:
                day_line, day_text = evidence[DateOrder.DAY_FIRST]
                month_line, month_text = evidence[DateOrder.MONTH_FIRST]
                raise ImportFailure(
                    f"line {max(day_line, month_line)}",
                    f"the dates mix orders: {day_text!r} (line {day_line}) is day first, {month_text!r} (line {month_line}) "
                    "is month first",
                )
        return next(iter(evidence), None)


def _numeric(cells: list[str], columns: list[int]) -> bool:
    return any(
        column < len(cells) and (spreadsheet_dates.is_ambiguous(cells[column]) or spreadsheet_dates.numeric_order(cells[column]))
        for column in columns
    )


class CsvEventsImport(StreamedImport):
    format_name = "CSV of events"

    def __init__(self, path: Path, dialect: CsvDialect, mapping: dict[str, str], order: DateOrder | None) -> None:
        self.path = path
        self.dialect = dialect
        self.mapping = mapping
        self.order = order
        self._size = path.stat().st_size
        self.media_mapped = any(name in mapping for name in _MEDIA)
        self.links = DroppedLinks()  # media and background addresses not safe to open: dropped, one remark

    def size(self) -> int:
        return self._size

    def location(self, key: Any) -> str:
        return f"line {key}"

    def reads_alone(self) -> bool:
        return "participants" not in self.mapping  # participants are looked up in (and added to) the case

    def read(self, writer: EventBulkWriter, small: CaseData, tick: Callable[[int], None]) -> None:
        resolver: EntityResolver | None = None
        self.links = DroppedLinks()
        with CsvTable(self.path, self.dialect) as table:
            index = {name: table.headers.index(header) for name, header in self.mapping.items() if header in table.headers}
            plain = _PlainRows(index, self.order) if _PlainRows.fits(self.mapping) else None
            add = writer.add
            line, cells = 0, []
            try:
                for count, (line, cells) in enumerate(table.rows()):
                    event = plain.event(cells) if plain is not None else None
                    if event is not None:
                        add(event, line)
                    else:
                        row = _Row(table, index, line, cells)
                        participants: list[tuple[int, str]] = []
                        if "participants" in index and row.text("participants").strip():
                            if resolver is None:
                                resolver = _ParticipantResolver(writer, kind_named_by(self.mapping["participants"]))
                            participants = resolver.participants(row)
                        add(self._event(row), line, participants)
                    if not count % 2000:
                        tick(table.characters_read)
            except ImportFailure as exc:
                table.explain(exc, line, cells)  # a row whose cells do not line up with the header says so
                raise
        if (remark := self.links.remark()) is not None:
            small.remarks.append(remark)

    def _event(self, row: _Row) -> tuple:
        mapped = self.mapping
        start = row.date("start", self.order)
        if start is None:
            raise ImportFailure(row.where("start"), "is empty (an event needs a start date)")
        end = row.date("end", self.order) if "end" in mapped else None
        reported = row.date("reported_at", self.order) if "reported_at" in mapped else None
        title = " ".join(row.text("title").split())
        uid_text = row.text("uid").strip() if "uid" in mapped else ""
        uid = checked_uid(uid_text, row.where("uid")) if uid_text else generated_uid("csv-", title, start[0], end[0] if end else None)
        media = NO_MEDIA
        if self.media_mapped:
            cells = tuple(self._safe(row, name) if name in _ADDRESSES else row.text(name).strip() for name in _MEDIA)
            media = (*cells, 1) if any(cells) else NO_MEDIA
        background = row.text("background").strip()
        if background:
            address, colour = split_background(background)
            address = self.links.checked(row.where("background"), address) if address else ""
            background = join_background(address, colour) or ""
        certainty, importance = "confirmed", 2
        if "certainty" in mapped:
            try:
                certainty = _CERTAINTY[row.text("certainty").strip().lower()]
            except KeyError:
                raise ImportFailure(row.where("certainty"), f"{shown(row.text('certainty'))} is not one of: "
                                    f"{', '.join(c.value for c in Certainty)}") from None
        if "importance" in mapped:
            importance = _IMPORTANCE.get(row.text("importance").strip().lower())  # type: ignore[assignment]
            if importance is None:
                raise ImportFailure(row.where("importance"), f"{shown(row.text('importance'))} is not 1, 2 or 3 (or low, normal, high)")
        try:
            return event_row(
                uid, title, row.text("body").strip(), start, end, row.text("display_date").strip(),
                row.text("category").strip(), media, background or None, certainty, importance, reported,
            )
        except RecordError as exc:
            raise ImportFailure(row.where(exc.field if exc.field in row.index else "title"), exc.problem) from None


    def _safe(self, row: _Row, name: str) -> str:
        """A media address cell, or "" when it is not safe to open (``timelinejs_slides.link_problem``)."""
        address = row.text(name).strip()
        return self.links.checked(row.where(name), address, image=name == "media_thumbnail") if address else ""


@lru_cache(maxsize=65_536)
def _date_columns(text: str, order: DateOrder | None) -> tuple[str, int, int, int]:
    """A date cell's columns, worked out once per distinct text (errors are raised, not kept)."""
    return checked_columns(spreadsheet_dates.parse(text, "", order), "")


class _PlainRows:
    """``CsvEventsImport._event`` for the common row, straight from the cells: None when a row needs the full reading.

    For a mapping without media, reported dates, backgrounds or participants. A row with a cell
    missing, a uid of its own, a date or word that does not read, or that the row checks refuse is
    left to ``_event``, which says where it is wrong; a property test keeps the two equal.
    """

    _FIELDS = ("title", "body", "start", "end", "display_date", "category", "uid", "certainty", "importance")

    def __init__(self, index: dict[str, int], order: DateOrder | None) -> None:
        self.order = order
        self.start = index.get("start")
        self.end, self.uid = index.get("end"), index.get("uid")
        self.title, self.body = index.get("title"), index.get("body")
        self.display, self.category = index.get("display_date"), index.get("category")
        self.certainty, self.importance = index.get("certainty"), index.get("importance")
        self.width = max(index.get(name, -1) for name in self._FIELDS) + 1
        self.dates: dict[str, DateColumns] = {}

    def _date(self, cell: str) -> DateColumns | None:
        """A date cell's columns (remembered per distinct cell, up to a bound), or None if it is empty or wrong."""
        columns = self.dates.get(cell)
        if columns is None:
            text = cell.strip()
            if not text:
                return None
            try:
                columns = _date_columns(text, self.order)
            except ImportFailure:
                return None
            if len(self.dates) >= _DATES_KEPT:
                self.dates.clear()
            self.dates[cell] = columns
        return columns

    @classmethod
    def fits(cls, mapping: dict[str, str]) -> bool:
        return mapping.keys() <= set(cls._FIELDS)

    def event(self, cells: list[str]) -> tuple | None:
        if len(cells) < self.width or self.start is None:
            return None
        start = self._date(cells[self.start])
        if start is None:
            return None
        end = None
        if self.end is not None and (text := cells[self.end]) and not text.isspace():
            end = self._date(text)
            if end is None:
                return None
        if self.uid is not None and cells[self.uid].strip():
            return None
        certainty, importance = "confirmed", 2
        if self.certainty is not None:
            certainty = _CERTAINTY.get(cells[self.certainty].strip().lower())  # type: ignore[assignment]
            if certainty is None:
                return None
        if self.importance is not None:
            importance = _IMPORTANCE.get(cells[self.importance].strip().lower())  # type: ignore[assignment]
            if importance is None:
                return None
        title = " ".join(cells[self.title].split()) if self.title is not None else ""
        uid = generated_uid("csv-", title, start[0], end[0] if end else None)
        body = cells[self.body].strip() if self.body is not None else ""
        display = cells[self.display].strip() if self.display is not None else ""
        category = cells[self.category].strip() if self.category is not None else ""
        try:
            return event_row(uid, title, body, start, end, display, category, NO_MEDIA, None, certainty, importance, None)
        except RecordError:
            return None


class _Row:
    __slots__ = ("cells", "index", "line", "table")

    def __init__(self, table: CsvTable, index: dict[str, int], line: int, cells: list[str]) -> None:
        self.table, self.index, self.line, self.cells = table, index, line, cells

    def text(self, name: str) -> str:
        column = self.index.get(name)
        return self.cells[column] if column is not None and column < len(self.cells) else ""

    def where(self, name: str) -> str:
        return self.table.where(self.line, self.index.get(name))

    def date(self, name: str, order: DateOrder | None) -> tuple[str, int, int, int] | None:
        text = self.text(name).strip()
        if not text:
            return None
        try:
            return _date_columns(text, order)
        except ImportFailure as exc:  # the location is worked out only now, for the message
            raise type(exc)(self.where(name), exc.problem) from None


class _ParticipantResolver:
    """Participants named in a cell (``Meta; Scale AI (target)``) as entity ids, adding unknown names."""

    def __init__(self, writer: EventBulkWriter, kind: EntityKind) -> None:
        """``kind``: of the entities added for names the case does not know (what the column's header names)."""
        self.store = writer.store
        self.kind = kind
        self.resolver = EntityResolver(self.store, writer.report)
        self.ids: dict[str, int] = {}

    def participants(self, row: _Row) -> list[tuple[int, str]]:
        where = row.where("participants")
        result: list[tuple[int, str]] = []
        seen: set[int] = set()
        for item in split_list(row.text("participants")):
            name, role = item, "actor"
            if item.endswith(")") and "(" in item:
                candidate = item[item.rindex("(") + 1 : -1].strip().lower()
                if candidate in _ROLES:
                    name, role = item[: item.rindex("(")].strip(), candidate
            entity_id = self._id(self.resolver.uid_for(name, where, self.kind))
            if entity_id not in seen:
                seen.add(entity_id)
                result.append((entity_id, role))
        return result

    def _id(self, uid: str) -> int:
        if uid not in self.ids:
            for entity in [e for e in self.resolver.new if e.uid == uid]:
                self.store.put_entity(entity)
                self.resolver.report.added["entities"] += 1
            self.resolver.new = [e for e in self.resolver.new if e.uid != uid]
            self.ids[uid] = self.store.conn.execute("SELECT id FROM entity WHERE uid = ?", (uid,)).fetchone()[0]
        return self.ids[uid]
