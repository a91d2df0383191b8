"""Markdown formatting as plain-text edits: bold, italic, heading, list, quote, link.

Each function takes the text and the selection and returns an ``Edit``: the span to replace, its
replacement, and the selection afterwards. The editor applies it with one text cursor edit, so
it is one step of the editor's own undo and the cursor lands where the user expects. Applying
the same command again undoes the formatting (bold twice is plain). With nothing selected, as in
any editor, bold or italic pressed again ends the span: a caret right before the closing marks of
the span it is in steps past them, and one inside an empty pair (``**|**``) takes the pair away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    replacement: str
    selection: tuple[int, int]  # (anchor, position) after the edit

    def applied_to(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end :]


def _wrap(text: str, start: int, end: int, mark: str, placeholder: str) -> Edit:
    start, end = min(start, end), max(start, end)
    if start == end:
        ended = _end_span(text, start, mark)
        if ended is not None:
            return ended
    n = len(mark)
    inner = text[start:end]
    if inner.startswith(mark) and inner.endswith(mark) and len(inner) >= 2 * n and not _is_longer_mark(inner, mark):
        plain = inner[n:-n]
        return Edit(start, end, plain, (start, start + len(plain)))
    before, after = text[max(0, start - n) : start], text[end : end + n]
    if before == mark and after == mark and not _doubled(text, start - n, end + n, mark):
        return Edit(start - n, end + n, inner, (start - n, start - n + len(inner)))
    chosen = inner or placeholder
    return Edit(start, end, f"{mark}{chosen}{mark}", (start + n, start + n + len(chosen)))


def _runs(line: str, char: str) -> list[tuple[int, int]]:
    """The (start, length) of every run of ``char`` in a line that can mark emphasis (``**`` and
    ``***`` are one run each; an ``_`` inside a word, as in snake_case, marks nothing)."""
    runs = []
    for found in re.finditer(re.escape(char) + "+", line):
        start, end = found.span()
        inside_word = start > 0 and line[start - 1].isalnum() and end < len(line) and line[end].isalnum()
        if not (char == "_" and inside_word):
            runs.append((start, end - start))
    return runs


def _holds(length: int, mark: str) -> bool:
    """Whether a run of marker characters holds this mark: bold in ``**`` and ``***``, italic in ``*`` and ``***``."""
    return length >= 2 if len(mark) == 2 else length % 2 == 1


def _end_span(text: str, caret: int, mark: str) -> Edit | None:
    """Bold or italic pressed with nothing selected, where that ends a span rather than starts one.

    Inside an empty pair (``**|**``) the pair goes; right before the closing marks of a span the
    caret is in (``**bold|**``, also written with ``_``), the caret steps past them. None elsewhere.
    """
    n = len(mark)
    first = text.rfind("\n", 0, caret) + 1
    last = text.find("\n", caret)
    line = text[first : len(text) if last < 0 else last]
    at = caret - first
    for char in dict.fromkeys((mark[0], "_")):
        runs = _runs(line, char)
        here = next(((start, length) for start, length in runs if start <= at < start + length), None)
        if here is None:
            continue
        start, length = here
        if start < at:  # the caret splits a run: an empty pair when both halves hold the mark
            if _holds(at - start, mark) and _holds(start + length - at, mark):
                return Edit(caret - n, caret + n, "", (caret - n, caret - n))
            continue
        opened = sum(1 for begin, size in runs if begin < at and _holds(size, mark))
        if _holds(length, mark) and opened % 2 == 1:  # the span the caret is in closes here: step past
            return Edit(caret, caret, "", (caret + n, caret + n))  # in ***, past its own part only
    return None


def _is_longer_mark(inner: str, mark: str) -> bool:
    """``**x**`` is bold, not italic with stray stars: an italic toggle must leave it alone."""
    return len(mark) == 1 and inner.startswith(mark * 2) and inner.endswith(mark * 2) and not inner.startswith(mark * 3)


def _doubled(text: str, outer_start: int, outer_end: int, mark: str) -> bool:
    if len(mark) != 1:
        return False
    return (outer_start > 0 and text[outer_start - 1] == mark) or (outer_end < len(text) and text[outer_end] == mark)


def bold(text: str, start: int, end: int) -> Edit:
    return _wrap(text, start, end, "**", "strong text")


def italic(text: str, start: int, end: int) -> Edit:
    return _wrap(text, start, end, "*", "emphasised text")


def _lines(text: str, start: int, end: int) -> tuple[int, int]:
    """The start of the first and the end of the last line the selection touches."""
    start, end = min(start, end), max(start, end)
    if end > start and text[end - 1 : end] == "\n":
        end -= 1  # a selection ending at a line start does not take that line
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return first, len(text) if last < 0 else last


def _toggle_prefix(text: str, start: int, end: int, pattern: str, prefix: str) -> Edit:
    first, last = _lines(text, start, end)
    lines = text[first:last].split("\n")
    marked = re.compile(pattern)
    content = [line for line in lines if line.strip()]
    if content and all(marked.match(line) for line in content):
        changed = [marked.sub("", line, count=1) for line in lines]
    else:
        changed = [prefix + marked.sub("", line, count=1) if line.strip() or len(lines) == 1 else line for line in lines]
    replacement = "\n".join(changed)
    if len(lines) == 1:
        position = max(first, min(start, end) + len(replacement) - len(lines[0]))
        return Edit(first, last, replacement, (position, position))
    return Edit(first, last, replacement, (first, first + len(replacement)))


def heading(text: str, start: int, end: int) -> Edit:
    return _toggle_prefix(text, start, end, r"^ {0,3}#{1,6}(\s+|$)", "## ")


def bullet_list(text: str, start: int, end: int) -> Edit:
    return _toggle_prefix(text, start, end, r"^ {0,3}[-*+]\s+", "- ")


def quote(text: str, start: int, end: int) -> Edit:
    return _toggle_prefix(text, start, end, r"^ {0,3}>\s?", "> ")


def link(text: str, start: int, end: int) -> Edit:
    """``[selection](https://)`` with the address selected, ready to paste over."""
    start, end = min(start, end), max(start, end)
    label = text[start:end] or "link text"
    address = "https://"
    replacement = f"[{label}]({address})"
    if start == end:
        return Edit(start, end, replacement, (start + 1, start + 1 + len(label)))
    at = start + len(label) + 3
    return Edit(start, end, replacement, (at, at + len(address)))


COMMANDS = {"bold": bold, "italic": italic, "heading": heading, "list": bullet_list, "quote": quote, "link": link}
