"""Notes on the command line: recognise a notes JSON file by content, and merge it into a case.

``case-explorer import notes.json --into CASE`` comes here when the file says
``"format": "case-explorer-notes"`` (or with ``--format notes``, which also takes a case JSON or
another case file and merges only its notes). No Qt here.
"""

from __future__ import annotations

from pathlib import Path

from explorer.core import casefile
from explorer.core.database import ReadOnlyError
from explorer.core.interchange.json_reader import ImportFailure
from explorer.core.interchange.json_stream import JsonCursor
from explorer.core.notes.exchange import import_notes, looks_like_notes_json

_SNIFF_BYTES = 4096
_OTHER_FORMATS = frozenset({"events", "timeline"})  # TimelineJS: stop before reading its events


def is_notes_file(path: Path) -> bool:
    """Whether a file is a notes JSON document, told by its top-level "format" (read cheaply)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return False  # the importer reports why it cannot be read
    if not head.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n").startswith(b"{"):
        return False
    try:
        with JsonCursor(path) as cursor:
            for key in cursor.members():
                if key == "format":
                    return looks_like_notes_json({"format": cursor.value()})
                if key in _OTHER_FORMATS:
                    return False
    except ImportFailure:
        return False  # not valid JSON: the importer says where
    return False


def merge_notes_into(source: Path, target: Path) -> str:
    """Merge the notes of ``source`` into the existing case ``target``; one line for people."""
    if not target.exists():
        raise ImportFailure(str(target), "does not exist; notes are merged into an existing case (create it first)")
    store = casefile.open_case(target)
    try:
        if store.readonly:
            raise ReadOnlyError(f"{target}: cannot import into it: {store.db.readonly_reason}")
        report = import_notes(store, source)
    finally:
        store.close()
    return f"merged notes from {source} into {target}: {report.summary()}"
