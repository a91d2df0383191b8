"""Which importer reads a file: recognised by content, or named with ``--format``.

Every reader turns a file into ``CaseData`` without touching any case, so a file that fails to
read leaves the target case as it was. More formats (TimelineJS, CSV) plug in here.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

from explorer.core.interchange import native_json
from explorer.core.interchange.case_data import CaseData
from explorer.core.interchange.json_reader import ImportFailure

MAX_JSON_BYTES = 512 * 1024 * 1024


class ImportFormat(StrEnum):
    NATIVE = "native"


class ExportFormat(StrEnum):
    NATIVE = "native"


def load_json(path: Path) -> object:
    """Parse a JSON file, reporting the line and column of a syntax error."""
    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            raise ImportFailure(str(path), f"is {size // 2**20} MB, more than this importer reads ({MAX_JSON_BYTES // 2**20} MB)")
        with path.open("rb") as handle:
            raw = handle.read()
    except IsADirectoryError:
        raise ImportFailure(str(path), "is a folder, not a file") from None
    except OSError as exc:
        raise ImportFailure(str(path), f"cannot be read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailure(f"{path}: byte {exc.start}", "is not UTF-8 text") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFailure(f"{path}: line {exc.lineno} column {exc.colno}", f"is not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise ImportFailure(str(path), "is nested too deeply to be a case") from None


def detect(path: Path, document: object) -> ImportFormat:
    if native_json.looks_like_case_json(document):
        return ImportFormat.NATIVE
    raise ImportFailure(
        str(path), "is not in a format Case Explorer can import (expected a case JSON file with \"format\": "
        f"\"{native_json.FORMAT}\")",
    )


def read_case_data(path: Path | str, format: ImportFormat | str | None = None) -> CaseData:
    """Read and validate an importable file into CaseData; ImportFailure names where it is wrong."""
    path = Path(path)
    if not path.exists():
        raise ImportFailure(str(path), "does not exist")
    document = load_json(path)
    chosen = ImportFormat(format) if format else detect(path, document)
    if chosen is ImportFormat.NATIVE:
        return native_json.read_case_json(document)
    raise ImportFailure(str(path), f"cannot be read as {chosen}")  # pragma: no cover - every format is handled above
