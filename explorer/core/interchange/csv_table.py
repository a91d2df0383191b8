"""Read a CSV file as a header and a stream of rows, each with the line it starts on.

Spreadsheets save CSV in many ways, so the reader finds out: UTF-8 (with or without a byte order
mark), else Windows-1252 as Excel writes it on Windows; commas, semicolons, tabs or bars between
cells. Rows are read one at a time by the ``csv`` module, never all at once. Every problem names
the line (and column, where there is one): a NUL byte, a cell too long, text that is not in the
file's encoding.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from explorer.core.interchange.json_reader import ImportFailure

DELIMITERS = ",;\t|"
_SAMPLE_BYTES = 256 * 1024
_FIELD_LIMIT = 16 * 1024 * 1024
csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))


def column_letter(index: int) -> str:
    """A spreadsheet column name: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class CsvDialect:
    encoding: str
    delimiter: str


def sniff(path: Path, delimiter: str | None = None) -> CsvDialect:
    """The encoding and delimiter of a CSV file, from its first quarter megabyte."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_SAMPLE_BYTES)
    except IsADirectoryError:
        raise ImportFailure(str(path), "is a folder, not a file") from None
    except OSError as exc:
        raise ImportFailure(str(path), f"cannot be read ({exc.strerror})") from None
    if b"\x00" in head:
        line = head[: head.index(b"\x00")].count(b"\n") + 1
        raise ImportFailure(f"{path}: line {line}", "holds a NUL byte: this is not a text (CSV) file")
    encoding = "utf-8-sig"
    try:
        codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=len(head) < _SAMPLE_BYTES)
    except UnicodeDecodeError:
        encoding = "cp1252"
    if delimiter is None:
        text = head.decode(encoding, errors="replace")
        first_line = text.split("\n", 1)[0]
        counts = {d: first_line.count(d) for d in DELIMITERS}
        delimiter = max(DELIMITERS, key=lambda d: counts[d]) if any(counts.values()) else ","
    return CsvDialect(encoding, delimiter)


class CsvTable:
    """An open CSV file: ``headers`` and ``rows()``; close it (or use ``with``) when done."""

    def __init__(self, path: Path, dialect: CsvDialect | None = None) -> None:
        self.path = path
        self.dialect = dialect or sniff(path)
        try:
            self.size = path.stat().st_size
            self._handle = path.open("r", encoding=self.dialect.encoding, newline="")
        except OSError as exc:
            raise ImportFailure(str(path), f"cannot be read ({exc.strerror})") from None
        self._reader = csv.reader(self._handle, delimiter=self.dialect.delimiter)
        self.headers: list[str] = []
        self.header_line = 1
        self.line = 0
        self._last_line = 0  # the line the previous record ended on
        for line, cells in self._records():
            if any(cell.strip() for cell in cells):
                self.headers = [cell.strip() for cell in cells]
                self.header_line = line
                break

    def __enter__(self) -> CsvTable:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._handle.close()

    @property
    def characters_read(self) -> int:
        """How far reading has got, in bytes (to within the 8 KB the decoder reads ahead), for progress."""
        return self._handle.buffer.tell()

    def _records(self, skip_blank: bool = False) -> Iterator[tuple[int, list[str]]]:
        reader = self._reader
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ImportFailure(f"{self.path}: line {reader.line_num}", f"cannot be read as CSV ({exc})") from None
            except UnicodeDecodeError as exc:
                raise ImportFailure(
                    f"{self.path}: line {reader.line_num + 1}", f"is not {self.dialect.encoding} text ({exc.reason})"
                ) from None
            start = self._last_line + 1
            self._last_line = reader.line_num
            self.line = start
            joined = "".join(cells)
            if "\x00" in joined:
                raise ImportFailure(f"{self.path}: line {start}", "holds a NUL byte: this is not a text (CSV) file")
            if skip_blank and (not joined or joined.isspace()):
                continue
            yield start, cells

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """The rows after the header, each with the line it starts on; blank rows are left out."""
        return self._records(skip_blank=True)

    def column(self, name: str) -> int | None:
        return self.headers.index(name) if name in self.headers else None

    def where(self, line: int, column: int | None = None) -> str:
        if column is None:
            return f"line {line}"
        header = self.headers[column] if column < len(self.headers) else ""
        return f"line {line}, column {column_letter(column)} ({header!r})" if header else f"line {line}, column {column_letter(column)}"


def preview(path: Path, rows: int = 20, dialect: CsvDialect | None = None) -> tuple[CsvDialect, list[str], list[list[str]]]:
    """The dialect, headers and first rows of a CSV file (for the import dialog)."""
    with CsvTable(path, dialect) as table:
        first = []
        for _, cells in table.rows():
            first.append(cells)
            if len(first) >= rows:
                break
        return table.dialect, table.headers, first
