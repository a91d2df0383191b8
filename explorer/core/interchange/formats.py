"""Which importer reads a file: recognised by content, or named with ``--format``.

JSON is told apart by its top-level keys (native case JSON says ``"format": "case-explorer-case"``,
TimelineJS 3 has ``events``, TimelineJS 2 has ``timeline``); CSV by its header row (the
TimelineJS sheet has Year and Headline columns, anything else is a generic table). Nothing is
written while a file is recognised and read: ``open_import`` returns a job that writes the case
in one transaction later, so a file that fails leaves the target case as it was.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

from explorer.core.interchange import native_json
from explorer.core.interchange.case_data import CaseData
from explorer.core.interchange.csv_events import CsvEventsImport, date_order
from explorer.core.interchange.csv_mapping import CsvKind, CsvOptions, check_required, guess_kind, guess_mapping, parse_map_options
from explorer.core.interchange.csv_records import CsvRecordsImport
from explorer.core.interchange.csv_table import CsvTable, sniff
from explorer.core.interchange.import_job import CaseDataImport, ImportJob
from explorer.core.interchange.json_reader import ImportFailure
from explorer.core.interchange.json_stream import JsonCursor, read_text
from explorer.core.interchange.spreadsheet_dates import DateOrder
from explorer.core.interchange.timelinejs2_json import TimelineJs2Import
from explorer.core.interchange.timelinejs_json import TimelineJsImport
from explorer.core.interchange.timelinejs_sheet import TimelineSheetImport, looks_like_sheet

MAX_JSON_BYTES = 512 * 1024 * 1024  # native case JSON is parsed whole
MAX_TIMELINE_BYTES = 4 * 1024 * 1024 * 1024  # TimelineJS JSON is streamed
_SNIFF_BYTES = 4096
_CSV_SUFFIXES = (".csv", ".tsv", ".txt", ".tab")
_UNKNOWN = (
    "is not in a format Case Explorer can import (expected case JSON with \"format\": \"case-explorer-case\", "
    "TimelineJS JSON, a TimelineJS sheet saved as CSV, or a CSV table)"
)


class ImportFormat(StrEnum):
    NATIVE = "native"
    TIMELINEJS = "timelinejs"
    TIMELINEJS_CSV = "timelinejs-csv"
    CSV = "csv"


class ExportFormat(StrEnum):
    NATIVE = "native"
    TIMELINEJS = "timelinejs"
    TIMELINEJS_CSV = "timelinejs-csv"
    GEXF = "gexf"
    GRAPHML = "graphml"
    CSV = "csv"


def load_json(path: Path) -> object:
    """Parse a JSON file whole, reporting the line and column of a syntax error."""
    return parse_json(read_text(path, MAX_JSON_BYTES), path)


def parse_json(text: str, path: Path) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFailure(f"{path}: line {exc.lineno} column {exc.colno}", f"is not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise ImportFailure(str(path), "is nested too deeply to be a case") from None


def read_case_data(path: Path | str, format: ImportFormat | str | None = None) -> CaseData:
    """Read and validate a native case JSON file into CaseData (the other formats stream: see ``open_import``)."""
    path = Path(path)
    if not path.exists():
        raise ImportFailure(str(path), "does not exist")
    document = load_json(path)
    if not native_json.looks_like_case_json(document):
        raise ImportFailure(str(path), _UNKNOWN)
    return native_json.read_case_json(document)


def _looks_like_json(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except IsADirectoryError:
        raise ImportFailure(str(path), "is a folder, not a file") from None
    except OSError as exc:
        raise ImportFailure(str(path), f"cannot be read ({exc.strerror})") from None
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")
    if start:
        return start[:1] in (b"{", b"[")
    return path.suffix.lower() not in _CSV_SUFFIXES


def json_format(path: Path) -> ImportFormat | str:
    """Native or TimelineJS (3 or 2), told by the first top-level key that decides it."""
    with JsonCursor(path, MAX_TIMELINE_BYTES) as cursor:
        if not cursor.is_object():
            cursor.value()  # a syntax error is reported as such; valid JSON of another shape is unknown
            raise ImportFailure(str(path), _UNKNOWN)
        for key in cursor.members():
            if key == "format":
                if cursor.value() == native_json.FORMAT:
                    return ImportFormat.NATIVE
            elif key == "events":
                if cursor.is_array():
                    cursor.pos += 1
                    if cursor.peek() != "]":
                        return ImportFormat.TIMELINEJS
                raise ImportFailure(str(path), _UNKNOWN + "; a TimelineJS file needs at least one event")
            elif key == "timeline" and cursor.is_object():
                return "timelinejs2"
        cursor.end()
    raise ImportFailure(str(path), _UNKNOWN)


def detect(path: Path | str) -> ImportFormat:
    """The format of a file, from its content."""
    path = Path(path)
    if not path.exists():
        raise ImportFailure(str(path), "does not exist")
    if _looks_like_json(path):
        found = json_format(path)
        return ImportFormat.TIMELINEJS if found == "timelinejs2" else ImportFormat(found)
    return _csv_format(path)


def _csv_format(path: Path) -> ImportFormat:
    with CsvTable(path, sniff(path)) as table:
        if not table.headers:
            raise ImportFailure(str(path), _UNKNOWN + "; it is empty")
        return ImportFormat.TIMELINEJS_CSV if looks_like_sheet(table.headers) else ImportFormat.CSV


def open_import(path: Path | str, format: ImportFormat | str | None = None, csv: CsvOptions | None = None) -> ImportJob:
    """A job that imports the file; the file is read (and small ones checked) now, the case written later."""
    path = Path(path)
    if not path.exists():
        raise ImportFailure(str(path), "does not exist")
    if path.is_dir():
        raise ImportFailure(str(path), "is a folder, not a file")
    chosen = ImportFormat(format) if format else None
    if (chosen is None and _looks_like_json(path)) or chosen in (ImportFormat.NATIVE, ImportFormat.TIMELINEJS):
        return _json_import(path, chosen)
    if chosen is None:
        chosen = _csv_format(path)
    if chosen is ImportFormat.TIMELINEJS_CSV:
        return TimelineSheetImport(path, sniff(path, csv.delimiter if csv else None))
    return csv_import(path, csv or CsvOptions())


def _json_import(path: Path, chosen: ImportFormat | None) -> ImportJob:
    found = chosen if chosen is ImportFormat.NATIVE else json_format(path) if chosen is None else _timelinejs_version(path)
    if found == ImportFormat.NATIVE:
        return CaseDataImport(native_json.read_case_json(load_json(path)), "case JSON")
    if found == "timelinejs2":
        return TimelineJs2Import(path)
    return TimelineJsImport(path)


def _timelinejs_version(path: Path) -> str:
    """For ``--format timelinejs``: version 2 when the file holds ``timeline``, else version 3."""
    with JsonCursor(path, MAX_TIMELINE_BYTES) as cursor:
        if cursor.is_object():
            for key in cursor.members():
                if key == "timeline":
                    return "timelinejs2"
                if key == "events":
                    break
    return ImportFormat.TIMELINEJS


def csv_import(path: Path, options: CsvOptions) -> ImportJob:
    """A generic CSV import: the kind and columns as given, the rest guessed from the headers."""
    dialect = sniff(path, options.delimiter)
    with CsvTable(path, dialect) as table:
        headers, header_line = table.headers, table.header_line
    if not headers:
        raise ImportFailure(str(path), "is empty: a CSV import needs a header row naming its columns")
    kind = options.kind or guess_kind(headers)
    given = dict(options.mapping)
    given.update(parse_map_options(kind, list(options.map_options), headers))
    mapping = guess_mapping(kind, headers, given) if options.guess else given
    check_required(kind, mapping, header_line)
    if options.day_first is not None:
        order: DateOrder | None = DateOrder.DAY_FIRST if options.day_first else DateOrder.MONTH_FIRST
    else:
        order = date_order(path, dialect, mapping)
    if kind is CsvKind.EVENTS:
        return CsvEventsImport(path, dialect, mapping, order)
    return CsvRecordsImport(path, dialect, kind, mapping, order)
