"""Say which file File ▸ Import reads a file opened as a case is, from its first bytes only.

File ▸ Open on a TimelineJS file, a CSV table or a case JSON export should not say just "is a
text file": it says what the file is, so the message can point to File ▸ Import. The rules are
those of ``interchange.formats`` (JSON, also wrapped as JSONP, by its first deciding top-level
key, CSV by its header row: ``looks_like_sheet``), applied to the bytes already read (a few KB), never to the whole
file: a head that does not decide is no answer. The interchange modules are imported only when
a file is judged (they import ``database``, which imports this module).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
_CSV_SUFFIXES = (".csv", ".tsv", ".tab")
TIMELINEJS = "a TimelineJS file"
SHEET = "a TimelineJS sheet saved as CSV"
TABLE = "a CSV table"
CASE_JSON = "a case exported as JSON"


def importable_kind(path: Path, head: bytes, *, whole: bool | None = None) -> str | None:
    """What ``head`` (the first bytes of ``path``) shows the file to be, in words ("a TimelineJS
    file"), if it is something File ▸ Import reads; None if not, or if the head does not tell.
    ``whole``: whether ``head`` is the whole file (default: guessed from the file's size)."""
    text = _text(head)
    if text is None:
        return None
    if whole is None:
        try:
            whole = path.stat().st_size <= len(head)
        except OSError:
            whole = False
    from explorer.core.interchange.json_stream import jsonp_prefix

    start = text.lstrip()
    if wrapper := jsonp_prefix(start):  # TimelineJS 2's ``storyjs_jsonp_data = {…}``
        start = start[wrapper.end() :]
    if start.startswith("{"):
        return _json_kind(start)
    if start.startswith("["):
        return None
    return _csv_kind(path, text if whole else text[: text.rfind("\n") + 1])


def _text(head: bytes) -> str | None:
    """The head as text (UTF-8, or Windows-1252 as Excel saves CSV), None if it is not text.
    A UTF-8 character cut by the end of the head is dropped."""
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:
            text = head[: exc.start].decode("utf-8-sig", "replace")
        else:
            try:
                text = head.decode("cp1252")
            except UnicodeDecodeError:
                return None
    if not text or not all(ch.isprintable() or ch in "\r\n\t\f" for ch in text):
        return None
    return text


def _skip(text: str, pos: int) -> int:
    return _SPACE.match(text, pos).end()  # type: ignore[union-attr]


def _json_kind(text: str) -> str | None:
    """TimelineJS 3 (``events``, not empty), TimelineJS 2 (``timeline``) or case JSON (``format``),
    told by the first top-level key that decides it, as ``formats.json_format`` tells them."""
    from explorer.core.interchange.native_json import FORMAT

    pos = _skip(text, 1)
    while text.startswith('"', pos):
        try:
            key, pos = _DECODER.raw_decode(text, pos)
        except ValueError:
            return None
        pos = _skip(text, pos)
        if not text.startswith(":", pos):
            return None
        pos = _skip(text, pos + 1)
        if key == "events":
            inside = _skip(text, pos + 1)
            return TIMELINEJS if text.startswith("[", pos) and inside < len(text) and text[inside] != "]" else None
        if key == "timeline" and text.startswith("{", pos):
            return TIMELINEJS
        try:
            value, pos = _DECODER.raw_decode(text, pos)
        except (ValueError, RecursionError):  # cut off by the end of the head, not JSON, or nested beyond reason
            return None
        if key == "format" and value == FORMAT:
            return CASE_JSON
        pos = _skip(text, pos)
        if not text.startswith(",", pos):
            return None
        pos = _skip(text, pos + 1)
    return None


def _csv_kind(path: Path, text: str) -> str | None:
    """The TimelineJS sheet (Year and Headline columns), or a table: a ``.csv``/``.tsv``/``.tab``
    file with a header of two or more named columns (prose with commas in a ``.txt`` is no table)."""
    from explorer.core.interchange.csv_table import DELIMITERS
    from explorer.core.interchange.timelinejs_sheet import looks_like_sheet

    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    counts = {d: first_line.count(d) for d in DELIMITERS}
    delimiter = max(DELIMITERS, key=lambda d: counts[d])
    if not counts[delimiter]:
        return None
    try:
        rows = [row for row in csv.reader(io.StringIO(text), delimiter=delimiter) if any(cell.strip() for cell in row)]
    except csv.Error:
        return None
    if not rows:
        return None
    headers = [cell.strip() for cell in rows[0]]
    if looks_like_sheet(headers):
        return SHEET
    if len(headers) < 2 or not all(headers) or path.suffix.lower() not in _CSV_SUFFIXES:
        return None
    return TABLE
