"""Walk a large JSON file one value at a time, so a million events never sit in memory at once.

The file is decoded in chunks; the members of objects and the items of arrays are decoded one
by one by the standard library's C decoder (``raw_decode``) from a buffer that holds only the
current stretch of text. Speed is that of ``json.loads``; memory is a few chunks plus one item.
Syntax errors name the line and column; a comma after the last item, which JSON does not allow,
is named as such, at the comma.

A JSONP file (``name = {…};`` or ``name({…});``, which TimelineJS 2 loads as a script) is read
as the JSON inside it: the wrapper is stepped over where it stands, so lines and columns still
count in the file as it is, and since the browser runs it as JavaScript, commas after the last
item are allowed there. Nothing in it is ever run.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path

from explorer.core.interchange.json_reader import ImportFailure

MAX_JSON_BYTES = 1024 * 1024 * 1024
CHUNK_BYTES = 1024 * 1024
_LOOKAHEAD = 256
_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
_BLANK = " \t\n\r"
_END = object()  # what ``JsonCursor.value`` returns for the ``]`` after a comma too many in JSONP
# ``storyjs_jsonp_data = {`` or ``callback([``: a JavaScript name (dotted, maybe declared), then ``=`` or ``(``
_JSONP = re.compile(r"(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*\s*([=(])\s*(?=[{\[])")


def jsonp_prefix(text: str, pos: int = 0) -> re.Match[str] | None:
    """The ``name =`` or ``name(`` that wraps JSON as JSONP at ``pos``, if there is one."""
    return _JSONP.match(text, pos)


def comma_before(text: str, pos: int, start: int = 0) -> int | None:
    """Where the comma is, when a syntax error at ``pos`` is a ``]`` or ``}`` after a comma (only
    blank space between, none of it before ``start``); None for any other error."""
    if text[pos : pos + 1] not in ("]", "}"):
        return None
    before = len(text[start:pos].rstrip(_BLANK)) + start - 1
    return before if before >= start and text[before] == "," else None


def comma_problem(closing: str) -> str:
    """What is wrong with a comma before ``closing`` (``]`` or ``}``) in JSON."""
    what = "item" if closing == "]" else "member"
    return f"is not valid JSON: a comma before '{closing}' — JSON allows no comma after the last {what}"


def check_readable(path: Path, limit: int = MAX_JSON_BYTES) -> int:
    """The size of a file we may read, or an ImportFailure for a folder, a huge or unreadable file."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFailure(str(path), f"cannot be read ({exc.strerror})") from None
    if path.is_dir():
        raise ImportFailure(str(path), "is a folder, not a file")
    if size > limit:
        raise ImportFailure(str(path), f"is {size // 2**20:,} MB, more than this importer reads ({limit // 2**20:,} MB)")
    return size


def read_text(path: Path, limit: int = MAX_JSON_BYTES) -> str:
    """The whole UTF-8 text of a file (for small documents read whole), with located errors."""
    check_readable(path, limit)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFailure(str(path), f"cannot be read ({exc.strerror})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ImportFailure(f"{path}: byte {exc.start}", f"is not UTF-8 text (line {line})") from None


class JsonCursor:
    """A position in a JSON file; ``members()`` and ``items()`` stream objects and arrays."""

    def __init__(self, path: Path, limit: int = MAX_JSON_BYTES) -> None:
        self.path = path
        self.name = str(path)
        self.size = check_readable(path, limit)
        self._file = path.open("rb")
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._bytes_read = 0
        self._eof = False
        self.text = ""          # the buffered stretch of the document
        self.pos = 0            # position in ``text``
        self._dropped_lines = 0  # line breaks in text already let go
        self._dropped_column = 0  # characters after the last of those, before ``text``
        self.may_hold_surrogates = False
        self.values_read = 0
        self.wrapper = ""  # "=" or "(" when the file is JSONP (see ``_unwrap``)
        self._comma_at = ""  # where a comma was that ends the text already let go, if it does
        try:
            self._unwrap()
        except BaseException:
            self._file.close()
            raise

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> JsonCursor:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _unwrap(self) -> None:
        """Step over a JSONP wrapper's ``name =`` or ``name(``; ``end`` expects its ``)`` and ``;``."""
        self.peek()
        while len(self.text) - self.pos < _LOOKAHEAD and self._more():
            pass
        if prefix := jsonp_prefix(self.text, self.pos):
            self.wrapper = prefix[1]
            self.pos = prefix.end()

    @property
    def bytes_read(self) -> int:
        return self._bytes_read

    def _more(self, grow: bool = False) -> bool:
        """Read the next chunk into the buffer, letting go of what has been read; False at the end.

        ``grow`` reads as much again as the buffer holds, so one very long value costs linear time.
        """
        if self._eof:
            return False
        raw = self._file.read(max(CHUNK_BYTES, len(self.text) - self.pos) if grow else CHUNK_BYTES)
        self._bytes_read += len(raw)
        self._eof = not raw
        try:
            chunk = self._decoder.decode(raw, final=self._eof)
        except UnicodeDecodeError as exc:
            where = self._bytes_read - len(raw) + exc.start
            raise ImportFailure(f"{self.path}: byte {where}", "is not UTF-8 text") from None
        if not chunk:
            return not self._eof  # nothing decoded yet (a character cut in two): the caller reads on
        seam = self.text[-5:] + chunk  # an escape may be cut between chunks
        if "\\ud" in seam or "\\uD" in seam:
            self.may_hold_surrogates = True
        done = self.text[: self.pos]
        if done.endswith((",", " ", "\t", "\n", "\r")):  # a comma let go here may turn out to be one too many
            kept = len(done.rstrip(_BLANK))
            self._comma_at = self.where(kept - 1) if kept and done[kept - 1] == "," else ""
        newlines = done.count("\n")
        self._dropped_column = len(done) - done.rfind("\n") - 1 if newlines else self._dropped_column + len(done)
        self._dropped_lines += newlines
        self.text = self.text[self.pos :] + chunk
        self.pos = 0
        return True

    def where(self, pos: int | None = None) -> str:
        pos = self.pos if pos is None else pos
        line = self._dropped_lines + self.text.count("\n", 0, pos) + 1
        last = self.text.rfind("\n", 0, pos)
        column = pos - last if last >= 0 else self._dropped_column + pos + 1
        return f"{self.name}: line {line} column {column}"

    def peek(self) -> str:
        while True:
            self.pos = _SPACE.match(self.text, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.text) or not self._more():
                return self.text[self.pos : self.pos + 1]

    def _expect(self, chars: str, what: str) -> str:
        char = self.peek()
        if not char or char not in chars:
            found = f"found {char!r}" if char else "the text ends"
            raise ImportFailure(self.where(), f"is not valid JSON (expected {what}, {found})")
        self.pos += 1
        return char

    def value(self, after_comma: str = "") -> object:
        """Decode the value at the cursor and move past it, reading more of the file as needed.

        ``after_comma`` is the ``]`` of the array whose next item this is: found instead of an item,
        it is a comma too many (allowed in JSONP, where ``_END`` is returned; else an error)."""
        if self.peek() == after_comma and after_comma and self._trailing_comma(after_comma):
            return _END
        while len(self.text) - self.pos < _LOOKAHEAD and self._more():
            pass  # keep a stretch ahead, so numbers and words are never cut at the end of the buffer
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as exc:
                cut = exc.pos >= len(self.text) - _LOOKAHEAD or exc.msg.startswith("Unterminated string")
                if cut and self._more(grow=True):  # a long value goes on in the next chunk
                    continue
                comma = comma_before(self.text, exc.pos, self.pos)
                if comma is None:
                    raise ImportFailure(self.where(exc.pos), f"is not valid JSON ({exc.msg})") from None
                if not self.wrapper:
                    raise ImportFailure(self.where(comma), comma_problem(self.text[exc.pos])) from None
                self.text = f"{self.text[:comma]} {self.text[comma + 1:]}"  # JavaScript allows it: a blank keeps the columns
                continue
            except RecursionError:
                raise ImportFailure(self.where(), "is nested too deeply to read") from None
            if end > len(self.text) - _LOOKAHEAD and not self._eof and self._more(grow=True):
                continue  # it ended near the buffer's end: decode it again with what follows
            self.pos = end
            self.values_read += 1
            return value

    def members(self) -> Iterator[str]:
        """The keys of the object at the cursor; read or skip each value before asking for the next key."""
        self._expect("{", "an object")
        self.values_read += 1
        if self.peek() == "}":
            self.pos += 1
            return
        while True:
            if self.peek() != '"':
                if self.peek() == "}":  # after a comma: an empty object ended above
                    self._trailing_comma("}")
                    return
                self._expect('"', "a quoted key")
            key = self.value()
            self._expect(":", "':' after a key")
            read = self.values_read
            yield str(key)
            if self.values_read == read:
                self.value()  # the caller did not want this value
            if self._expect(",}", "',' or '}'") == "}":
                return

    def items(self) -> Iterator[object]:
        """The items of the array at the cursor, decoded one at a time."""
        self._expect("[", "a list")
        self.values_read += 1
        if self.peek() == "]":
            self.pos += 1
            return
        item = self.value()
        while True:
            yield item
            if self._expect(",]", "',' or ']'") == "]":
                return
            item = self.value("]")  # (one look at the next character serves both: an item, or a comma too many)
            if item is _END:
                return

    def _trailing_comma(self, closing: str) -> bool:
        """Step over ``closing`` after a comma in JSONP (True); in JSON, an ImportFailure at the comma."""
        if not self.wrapper:
            comma = comma_before(self.text, self.pos)
            raise ImportFailure(self.where(comma) if comma is not None else self._comma_at or self.where(), comma_problem(closing))
        self.pos += 1
        return True

    def is_object(self) -> bool:
        return self.peek() == "{"

    def is_array(self) -> bool:
        return self.peek() == "["

    def end(self) -> None:
        """Check that nothing follows the document (in JSONP: but the call's ``)`` and a ``;``)."""
        if self.wrapper == "(":
            self._expect(")", "')' closing the JSONP call")
        if self.wrapper and self.peek() == ";":
            self.pos += 1
        if self.peek():
            raise ImportFailure(self.where(), "is not valid JSON (more text after the end of the document)")
