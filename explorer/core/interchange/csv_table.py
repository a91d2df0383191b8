"""Read a CSV file as a header and a stream of rows, each with the line it starts on.

Spreadsheets save CSV in many ways, so the reader finds out: UTF-8 (with or without a byte order
mark), else Windows-1252 as Excel writes it on Windows; commas, semicolons, tabs or bars between
cells. Rows are read one at a time by the ``csv`` module, never all at once. Every problem names
the line (and column, where there is one): a NUL byte, a cell too long, text that is not in the
file's encoding, a quote that is never closed (which would otherwise read every later line into
one cell), text after a cell's closing quote, a non-empty cell past the header's last column.

Cells that would start a formula in a spreadsheet are written after an apostrophe
(``formula_safe``, as OWASP advises against CSV injection), and rows are read back without it
(``formula_text``), so that exporting and importing again keeps every text.
"""

from __future__ import annotations

import codecs
import csv
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from explorer.core.interchange.json_reader import ImportFailure, shown

DELIMITERS = ",;\t|"
_SAMPLE_BYTES = 256 * 1024
_FIELD_LIMIT = 16 * 1024 * 1024
csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
# What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"); a cell starting so is
# written with an apostrophe before it, which spreadsheets take as "this is text" and do not show.
FORMULA_STARTS = frozenset("=+-@\t\r")
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}


def formula_safe(cell: str) -> str:
    """``cell`` as a spreadsheet shows it as text: an apostrophe before a cell that starts with =, +, -,
    @, a tab or a carriage return (after any apostrophes of its own, so that ``formula_text`` gives
    back exactly ``cell``: ``'=x`` is written ``''=x``)."""
    return "'" + cell if cell.lstrip("'")[:1] in FORMULA_STARTS else cell


def formula_text(cell: str) -> str:
    """A cell as ``formula_safe`` wrote it, read back: the apostrophe it added taken off again.

    Only an apostrophe followed (after any further apostrophes) by =, +, -, @, a tab or a carriage
    return is taken off, so ``'0123`` and ``'tis`` stay as they are.
    """
    return cell[1:] if cell[:1] == "'" and cell.lstrip("'")[:1] in FORMULA_STARTS else cell


# What a cell ``formula_safe`` wrote holds, in a row's joined cells: cheaper to look for than to
# look at each cell's start, in rows with apostrophes ("it's"); another apostrophe in mid-cell
# followed by one of these only makes the row's cells be looked at one by one.
_MAYBE_FORMULA_SAFE = re.compile("'['=+\\-@\t\r]")


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
    """An open CSV file: ``headers`` and ``rows()``; close it (or use ``with``) when done.

    ``strict`` (imports): an unclosed quote, text after a closing quote, or a non-empty cell past
    the header's last column is an error naming its line and column. Without it (the import
    dialog's preview, which may be shown with the wrong delimiter) they are read as the ``csv``
    module reads them.
    """

    def __init__(self, path: Path, dialect: CsvDialect | None = None, strict: bool = True) -> None:
        self.path = path
        self.strict = strict
        self.dialect = dialect or sniff(path)
        try:
            self.size = path.stat().st_size
            self._handle = path.open("r", encoding=self.dialect.encoding, newline="")
        except OSError as exc:
            raise ImportFailure(str(path), f"cannot be read ({exc.strerror})") from None
        self._reader = csv.reader(self._handle, delimiter=self.dialect.delimiter, strict=strict)
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

    def _records(self, skip_blank: bool = False, width: int = sys.maxsize) -> Iterator[tuple[int, list[str]]]:
        """The records from here on, with the line each starts on; a record with more than ``width``
        cells is refused when one past ``width`` is not blank."""
        reader = self._reader
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise self._unreadable(exc) from None
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
            if "'" in joined and _MAYBE_FORMULA_SAFE.search(joined):  # rare: then each cell is looked at
                cells = [formula_text(cell) for cell in cells]
            if len(cells) > width:
                self._check_extra_cells(start, cells, width)
            yield start, cells

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """The rows after the header, each with the line it starts on; blank rows are left out.

        Strict tables refuse a row with a non-empty cell past the header's last column (empty ones,
        as trailing delimiters make, are ignored).
        """
        return self._records(skip_blank=True, width=len(self.headers) if self.strict and self.headers else sys.maxsize)

    def explain(self, failure: ImportFailure, line: int, cells: list[str]) -> None:
        """Add "(this row has 16 cells, the header 18)" to ``failure`` when it is about the row on ``line``
        (its ``cells``) and that row's cells do not line up with the header: a cell is missing or
        one too many, so the cells named by the header's columns are not the ones meant."""
        width = len(self.headers)
        location = failure.location
        if len(cells) == width or not width or not (location == f"line {line}" or location.startswith(f"line {line}, ")):
            return
        failure.problem += f" (this row has {len(cells)} cells, the header {width})"
        failure.args = (f"{location}: {failure.problem}",)

    def _check_extra_cells(self, line: int, cells: list[str], width: int) -> None:
        for column in range(width, len(cells)):
            if cells[column].strip():
                delimiter = _DELIMITER_NAMES.get(self.dialect.delimiter, repr(self.dialect.delimiter))
                raise ImportFailure(
                    f"{self.path}: {self.where(line, column)}",
                    f"{shown(cells[column])} is past the header's last column (this row has {len(cells)} cells, the header "
                    f"{width}; a cell holding a {delimiter} must be in quotes)",
                )

    def _unreadable(self, exc: csv.Error) -> ImportFailure:
        """The ImportFailure for what the ``csv`` module could not read, at the quote to blame if there is one."""
        start = self._last_line + 1  # where the record being read begins
        fault = _quote_fault(self.path, self.dialect, start)
        if fault is not None:
            line, column, problem = fault
            return ImportFailure(f"{self.path}: {self.where(line, column)}", problem)
        return ImportFailure(f"{self.path}: line {self._reader.line_num}", f"cannot be read as CSV ({exc})")

    def column(self, name: str) -> int | None:
        return self.headers.index(name) if name in self.headers else None

    def where(self, line: int, column: int | None = None) -> str:
        if column is None:
            return f"line {line}"
        header = self.headers[column] if column < len(self.headers) else ""
        return f"line {line}, column {column_letter(column)} ({header!r})" if header else f"line {line}, column {column_letter(column)}"


def preview(path: Path, rows: int = 20, dialect: CsvDialect | None = None) -> tuple[CsvDialect, list[str], list[list[str]]]:
    """The dialect, headers and first rows of a CSV file (for the import dialog; not strict: the
    delimiter may be the wrong one yet, and the import itself says what is wrong with the file)."""
    with CsvTable(path, dialect, strict=False) as table:
        first = []
        for _, cells in table.rows():
            first.append(cells)
            if len(first) >= rows:
                break
        return table.dialect, table.headers, first


_START, _UNQUOTED, _QUOTED, _CLOSED = range(4)  # where _quote_fault is in a cell


def _quote_fault(path: Path, dialect: CsvDialect, start: int) -> tuple[int, int, str] | None:
    """(line, column index, problem) of a quote the ``csv`` module could not read, in the record that
    begins on line ``start``: one opened and never closed, or text after one that closed. None if
    there is none (the file is read again from ``start``, as ``csv`` reads it: this runs only after
    an error)."""
    delimiter = dialect.delimiter
    opened = (start, 0)
    state, column = _START, 0
    with path.open("r", encoding=dialect.encoding, newline="", errors="replace") as handle:
        for number, text in enumerate(handle, 1):
            if number < start:
                continue
            position, end = 0, len(text)
            while position < end:
                if state == _QUOTED:
                    quote = text.find('"', position)
                    if quote < 0:
                        break
                    if text.startswith('"', quote + 1):  # a doubled quote: one quote in the cell
                        position = quote + 2
                    else:
                        state, position = _CLOSED, quote + 1
                    continue
                char = text[position]
                position += 1
                if char in "\r\n":
                    return None  # the record ends here, its quotes in order
                if char == delimiter:
                    state, column = _START, column + 1
                elif state == _START and char == '"':
                    state, opened = _QUOTED, (number, column)
                elif state == _CLOSED:
                    return number, column, ("text follows the closing quote of this cell (a quote inside a quoted cell is "
                                            'written twice: "")')
                elif state == _START:
                    state = _UNQUOTED
    if state == _QUOTED:
        return (*opened, "a quote opened here is never closed (so every later line would be read as part of this cell)")
    return None
