"""Notes in and out of a case: the notes JSON, and notes read from another case file.

The notes JSON is a subset of the native case JSON (docs/case-json.md):
``{"format": "case-explorer-notes", "format_version": 1, "meta": {"title": …}, "notes": [...]}``
with each note exactly as in a case file (targets by uid, revisions, conflicts). ``import_notes``
reads either that or a case file (``.case.db``, opened read-only and never changed) and merges
the notes in (see ``merge``). A bad file changes nothing and says where it is bad.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from explorer.core.casefile import open_case
from explorer.core.database import CaseFileError, Problem
from explorer.core.interchange.formats import load_json
from explorer.core.interchange.json_reader import ImportFailure, JsonObject, fail

# The note fields are read and written exactly as the native case JSON does.
from explorer.core.interchange.native_json import _NOTE, _note, _note_document
from explorer.core.notes.files import write_atomic
from explorer.core.notes.merge import IncomingNote, MergeReport, merge_notes
from explorer.core.store import CaseStore

FORMAT = "case-explorer-notes"
FORMAT_VERSION = 1
_TOP = frozenset({"format", "format_version", "meta", "notes"})
SQLITE_HEADER = b"SQLite format 3\x00"


def looks_like_notes_json(document: object) -> bool:
    """Whether a parsed JSON document is a notes file (for recognising imports by content)."""
    return isinstance(document, dict) and document.get("format") == FORMAT


def notes_document(store: CaseStore) -> dict[str, Any]:
    """Every note of the case, with history and pending conflicts, as a notes JSON document."""
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "meta": {"title": store.title},
        "notes": [_note_document(store, note) for note in store.notes()],
    }


def export_notes(store: CaseStore, out: Path | str) -> int:
    """Write the notes JSON, replacing ``out`` only once it is complete; how many notes."""
    out = Path(out)
    if store.db.path is not None and out.resolve() == store.db.path.resolve():
        raise ValueError(f"{out}: refusing to overwrite the case file itself")
    document = notes_document(store)
    write_atomic(out, (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return len(document["notes"])


def read_notes_document(document: object) -> list[IncomingNote]:
    """Validate a parsed notes JSON document; ImportFailure names the first bad field."""
    top = JsonObject(document, "", _TOP)
    if top.value.get("format") != FORMAT:
        raise fail("format", top.value.get("format"), f"is not {FORMAT!r}")
    version = top.integer("format_version", 1, 10**6)
    if version > FORMAT_VERSION:
        raise fail("format_version", version, f"is newer than this Case Explorer reads ({FORMAT_VERSION})")
    top.child("meta", {"title"})
    incoming, seen = [], set()
    for item, path in top.items("notes"):
        note, revisions, conflicts = _note(JsonObject(item, path, _NOTE))
        if note.uid in seen:
            raise ImportFailure(f"{path}.uid", f"{note.uid!r} appears more than once")
        seen.add(note.uid)
        incoming.append(IncomingNote(note, tuple(revisions), tuple(conflicts)))
    return incoming


def notes_of_case(store: CaseStore) -> list[IncomingNote]:
    return [
        IncomingNote(note, tuple(store.note_revisions(note.uid)), tuple(store.note_conflicts(note.uid))) for note in store.notes()
    ]


def _read_case_file(path: Path) -> list[IncomingNote]:
    """The notes of another case file, which is opened read-only (an older one: a private copy)."""
    try:
        other = open_case(path, readonly=True)
    except CaseFileError as exc:
        if exc.problem is not Problem.NEEDS_UPGRADE:
            raise
        with tempfile.TemporaryDirectory(prefix="case-explorer-notes-") as folder:
            copy = Path(folder) / "copy.case.db"
            source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                target = sqlite3.connect(copy)
                source.backup(target)
                target.close()
            finally:
                source.close()
            other = open_case(copy)
            try:
                return notes_of_case(other)
            finally:
                other.close()
    try:
        return notes_of_case(other)
    finally:
        other.close()


def read_incoming(path: Path | str) -> list[IncomingNote]:
    """The notes in a notes JSON file, a case JSON file or a case file."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except IsADirectoryError:
        raise ImportFailure(str(path), "is a folder, not a file") from None
    except OSError as exc:
        raise ImportFailure(str(path), f"cannot be read ({exc.strerror})") from None
    if head == SQLITE_HEADER:
        try:
            return _read_case_file(path)
        except CaseFileError as exc:
            raise ImportFailure(str(path), exc.detail) from None
    document = load_json(path)
    if isinstance(document, dict) and document.get("format") == "case-explorer-case":
        notes_only = {"format": FORMAT, "format_version": document.get("format_version"), "notes": document.get("notes", [])}
        return read_notes_document(notes_only)
    return read_notes_document(document)


def import_notes(store: CaseStore, path: Path | str) -> MergeReport:
    """Merge the notes of a file into the case in one transaction (nothing changes if it is bad)."""
    path = Path(path)
    return merge_notes(store, read_incoming(path), path.name)
