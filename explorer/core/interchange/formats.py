"""Which importer reads a file: recognised by content, or named with ``--format``.

JSON is told apart by its top-level keys (native case JSON says ``"format": "case-explorer-case"``,
TimelineJS 3 has ``events``, TimelineJS 2 has ``timeline``), JSON wrapped as JSONP too
(``storyjs_jsonp_data = {…}``, see ``json_stream``); CSV by its header row (the
TimelineJS sheet has Year and Headline columns, anything else is a generic table). Files no
importer reads are refused first, saying what to do instead: an empty file, a case file
(``SQLite format 3``), a GEXF or GraphML graph, another XML file or a web page. Nothing is
written while a file is recognised and read: ``open_import`` returns a job that writes the case
in one transaction later, so a file that fails leaves the target case as it was.
"""

from __future__ import annotations

import json
import re
import shlex
from enum import StrEnum
from pathlib import Path

from explorer.core.database import APPLICATION_ID
from explorer.core.interchange import native_json
from explorer.core.interchange.case_data import CaseData
from explorer.core.interchange.csv_events import CsvEventsImport, date_order
from explorer.core.interchange.csv_mapping import CsvKind, CsvOptions, check_required, guess_kind, guess_mapping, parse_map_options
from explorer.core.interchange.csv_records import CsvRecordsImport
from explorer.core.interchange.csv_table import CsvTable, sniff
from explorer.core.interchange.import_job import CaseDataImport, ImportJob
from explorer.core.interchange.json_reader import ImportFailure, shown
from explorer.core.interchange.json_stream import JsonCursor, comma_before, comma_problem, jsonp_prefix, read_text
from explorer.core.interchange.spreadsheet_dates import DateOrder
from explorer.core.interchange.timelinejs2_json import TimelineJs2Import
from explorer.core.interchange.timelinejs_json import TimelineJsImport
from explorer.core.interchange.timelinejs_sheet import TimelineSheetImport, looks_like_sheet

MAX_JSON_BYTES = 512 * 1024 * 1024  # native case JSON is parsed whole
MAX_TIMELINE_BYTES = 4 * 1024 * 1024 * 1024  # TimelineJS JSON is streamed
_SNIFF_BYTES = 4096
_CSV_SUFFIXES = (".csv", ".tsv", ".txt", ".tab")
_BOM = b"\xef\xbb\xbf"
_BLANK = b" \t\r\n\f\v"
_BLANK_BLOCK = 1024 * 1024
_SQLITE_HEADER = b"SQLite format 3\x00"
_MARKUP = re.compile(rb"<(?:!--|(?:\?xml|!doctype|(?:[\w.-]+:)?(?:gexf|graphml|html))\b)", re.IGNORECASE)
_PROLOG = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>)\s*", re.DOTALL | re.IGNORECASE)
_ELEMENT = re.compile(rb"<([A-Za-z_][\w.:-]*)")
_GRAPH_FILES = {"gexf": ("GEXF", " for Gephi"), "graphml": ("GraphML", "")}  # root element: name, what for
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
        comma = comma_before(text, exc.pos)
        if comma is not None:
            line, column = text.count("\n", 0, comma) + 1, comma - text.rfind("\n", 0, comma)
            raise ImportFailure(f"{path}: line {line} column {column}", comma_problem(text[exc.pos])) from None
        raise ImportFailure(f"{path}: line {exc.lineno} column {exc.colno}", f"is not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise ImportFailure(str(path), "is nested too deeply to be a case") from None


def read_case_data(path: Path | str, format: ImportFormat | str | None = None) -> CaseData:
    """Read and validate a native case JSON file into CaseData (the other formats stream: see ``open_import``)."""
    path = Path(path)
    check_importable(path)
    document = load_json(path)
    if not native_json.looks_like_case_json(document):
        raise ImportFailure(str(path), _UNKNOWN)
    return native_json.read_case_json(document)


def _head(path: Path) -> bytes:
    """The first bytes of a file that exists, for recognising it."""
    if not path.exists():
        raise ImportFailure(str(path), "does not exist")
    if path.is_dir():
        raise ImportFailure(str(path), "is a folder, not a file")
    try:
        with path.open("rb") as handle:
            return handle.read(_SNIFF_BYTES)
    except IsADirectoryError:
        raise ImportFailure(str(path), "is a folder, not a file") from None
    except OSError as exc:
        raise ImportFailure(str(path), f"cannot be read ({exc.strerror})") from None


def check_importable(path: Path) -> bytes:
    """The first bytes of ``path``, after refusing the files no importer reads, each with what to do
    instead: an empty or blank file, a case file, UTF-16 text, a GEXF or GraphML graph, other XML,
    a web page."""
    head = _head(path)
    if head.startswith(_SQLITE_HEADER):
        raise ImportFailure(str(path), _sqlite_problem(path, head))
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode Text", Notepad's "Unicode"
        raise ImportFailure(str(path), "is UTF-16 text: save it as UTF-8 (in Excel: CSV UTF-8) and import that")
    start = head.removeprefix(_BOM).lstrip(_BLANK)
    if not start and _is_blank(path):
        raise ImportFailure(str(path), "is empty: there is nothing to import" if not head.removeprefix(_BOM) else
                            "holds nothing but blank space (spaces, tabs, line breaks): there is nothing to import")
    if _MARKUP.match(start):
        raise ImportFailure(str(path), _markup_problem(_root_element(start)))
    return head


def _is_blank(path: Path) -> bool:
    """Whether a file holds nothing but blank space (after a byte order mark), read a block at a time."""
    with path.open("rb") as handle:
        block = handle.read(_BLANK_BLOCK).removeprefix(_BOM)
        while block:
            if block.strip(_BLANK):
                return False
            block = handle.read(_BLANK_BLOCK)
    return True


def _sqlite_problem(path: Path, head: bytes) -> str:
    if head[68:72] != APPLICATION_ID.to_bytes(4, "big"):
        return "is a SQLite database but not a Case Explorer case; it " + _UNKNOWN
    case = shlex.quote(str(path))
    as_json = shlex.quote(str(path.with_name(path.name.removesuffix(".db").removesuffix(".case") + ".json")))
    return (
        f"is a case file, not an import: open it (File ▸ Open, or `case-explorer {case}`); to merge it into another case, "
        f"export it as case JSON (`case-explorer export {case} --to {as_json}`) and import that"
    )


def _root_element(start: bytes) -> str:
    """The name of the first element of an XML or HTML text (after its declaration, comments and
    doctype), without a namespace prefix, lower case; empty if it is not in the first bytes."""
    position = 0
    while prolog := _PROLOG.match(start, position):
        position = prolog.end()
    element = _ELEMENT.match(start, position)
    return element[1].decode("ascii").rpartition(":")[2].lower() if element else ""


def _markup_problem(root: str) -> str:
    if root in _GRAPH_FILES:
        name, use = _GRAPH_FILES[root]
        return f"is a {name} graph file: Case Explorer exports {name}{use} but cannot import it; import the case JSON or a CSV instead"
    what = "a web page (HTML)" if root == "html" else f"an XML file (<{root}>)" if root else "an XML file"
    return f"is {what}, " + _UNKNOWN.removeprefix("is ")


def _looks_like_json(path: Path, head: bytes) -> bool:
    """Whether the file starts as JSON does (``{`` or ``[``), or as JSONP (``name = {``, ``name([``)."""
    start = head.removeprefix(_BOM).lstrip(_BLANK)
    if start:
        return start[:1] in (b"{", b"[") or jsonp_prefix(start[:_SNIFF_BYTES].decode("utf-8", "replace")) is not None
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
                if not cursor.is_array():
                    raise ImportFailure("events", f"{shown(cursor.value())} is not a list of slides (a TimelineJS file lists them here)")
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
    if _looks_like_json(path, check_importable(path)):
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
    head = check_importable(path)
    chosen = ImportFormat(format) if format else None
    if (chosen is None and _looks_like_json(path, head)) or chosen in (ImportFormat.NATIVE, ImportFormat.TIMELINEJS):
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
    check_required(kind, mapping, f"{path}: line {header_line}")
    if options.day_first is not None:
        order: DateOrder | None = DateOrder.DAY_FIRST if options.day_first else DateOrder.MONTH_FIRST
    else:
        order = date_order(path, dialect, mapping)
    if kind is CsvKind.EVENTS:
        return CsvEventsImport(path, dialect, mapping, order)
    return CsvRecordsImport(path, dialect, kind, mapping, order)
