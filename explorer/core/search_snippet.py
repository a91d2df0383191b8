"""Search snippets built in Python from a bounded slice of each matching text.

FTS5's own ``snippet()`` scores a window around every phrase match of a column against every
other match, so its cost grows with the square of the matches in one column: a body holding
"div" 16,000 times took 11 s, and a 100,000-deep HTML body minutes. Here the work is bounded
whatever the text: SQL hands over at most ``SCAN_CHARS`` characters of each column (plus one, to
know whether more follows), and a column's tokens are read only up to its first match and the
window around it.

Words are found the way the ``unicode61 remove_diacritics 2`` tokenizer sees them: runs of
letters and digits, compared without case or diacritics. Each word the user typed is a phrase
(one token, or several when folding or an underscore splits it, as FTS5 splits it); the last one
is a prefix while it is still being typed. The snippet is ``SNIPPET_TOKENS`` tokens around the
first match of the column with the most distinct words matched (the earlier column on a tie),
with matches between ``MARK_START`` and ``MARK_END`` and ``ELLIPSIS`` where text was left out.
A match that lies beyond the slice (or that folding here does not recognise) leaves the snippet
at the start of the first non-empty column, without marks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

MARK_START = "\ue000"
MARK_END = "\ue001"
ELLIPSIS = "…"
SNIPPET_TOKENS = 12
SCAN_CHARS = 20_000  # of each column; about a few milliseconds of Python at most
# letters and digits, with combining marks kept inside a word (decomposed "Zoë" is one word)
_TOKEN = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
_MARKS = re.compile(f"[{MARK_START}{MARK_END}]")


def fold(text: str) -> str:
    """Lower case without diacritics, as FTS5's ``unicode61 remove_diacritics 2`` sees words."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch))


def fold_fast(text: str) -> str:
    return text.lower() if text.isascii() else fold(text)


@dataclass(frozen=True)
class Terms:
    """What marks a match: the typed words as phrases of folded tokens; the last may be a prefix."""

    phrases: tuple[tuple[str, ...], ...]
    last_is_prefix: bool

    @classmethod
    def of(cls, words: Sequence[str], typing: bool) -> Terms:
        phrases = tuple(tuple(_TOKEN.findall(fold(word))) for word in words)
        last = len(phrases) - 1
        kept = tuple(phrase for phrase in phrases if phrase)
        return cls(kept, typing and bool(phrases) and bool(phrases[last]))

    def match_ending_at(self, tokens: Sequence[str], end: int, start_at: int = 0) -> tuple[int, int] | None:
        """(phrase index, first token) of a phrase whose last token is ``tokens[end]``, or None."""
        last = len(self.phrases) - 1
        for index, phrase in enumerate(self.phrases):
            first = end - len(phrase) + 1
            if first < start_at:
                continue
            prefix = self.last_is_prefix and index == last
            if all(
                tokens[first + offset].startswith(part) if prefix and offset == len(phrase) - 1 else tokens[first + offset] == part
                for offset, part in enumerate(phrase)
            ):
                return index, first
        return None


def tokens_of(text: str) -> Iterator[re.Match[str]]:
    """The words of ``text``, in order (tests count how many a snippet reads)."""
    return _TOKEN.finditer(text)


@dataclass(frozen=True)
class _Window:
    score: tuple[int, int]  # distinct phrases matched, matches
    text: str


def snippet(texts: Sequence[object], terms: Terms) -> str:
    """The snippet of one hit from its columns' texts (each at most ``SCAN_CHARS + 1`` characters)."""
    best: _Window | None = None
    for value in texts:
        window = _column_window(_as_text(value), terms)
        if window is not None and (best is None or window.score > best.score):
            best = window
    if best is not None:
        return best.text
    for value in texts:
        text = _as_text(value)
        start = _column_window(text, Terms((), False), unmatched=True) if text.strip() else None
        if start is not None:
            return start.text
    return ""


def _as_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value[: SCAN_CHARS * 4].decode("utf-8", "replace")
    return "" if value is None else str(value)


def _column_window(value: str, terms: Terms, unmatched: bool = False) -> _Window | None:
    """The window around the first match in this column (or its start, when ``unmatched``)."""
    truncated = len(value) > SCAN_CHARS
    text = value[:SCAN_CHARS]
    spans: list[tuple[int, int]] = []
    words: list[str] = []
    start = 0 if unmatched else -1
    beyond = False  # a token after the window was seen
    for token in tokens_of(text):
        if start >= 0 and len(words) >= start + SNIPPET_TOKENS:
            beyond = True
            break
        spans.append(token.span())
        words.append(fold_fast(token.group()))
        if start < 0:
            found = terms.match_ending_at(words, len(words) - 1)
            if found is not None:
                first = found[1]
                length = len(words) - first
                start = max(0, first - max(0, SNIPPET_TOKENS - length) // 2)
    if start < 0:
        return None
    if not beyond:  # the window reaches the end of the text read: fill it from before
        start = max(0, min(start, len(words) - SNIPPET_TOKENS))
    end = min(len(words), start + SNIPPET_TOKENS)  # one past the window's last token
    marks, distinct = _marks(words, start, end, terms)
    begin = 0 if start == 0 else spans[start][0]
    more = beyond or truncated
    finish = (spans[end - 1][1] if end > start else begin) if more else len(text)
    pieces = [ELLIPSIS] if start > 0 else []
    position = begin
    for first, last in marks:
        pieces += [_clean(text[position : spans[first][0]]), MARK_START, _clean(text[spans[first][0] : spans[last][1]]), MARK_END]
        position = spans[last][1]
    pieces.append(_clean(text[position:finish]))
    if more:
        pieces.append(ELLIPSIS)
    return _Window((len(distinct), len(marks)), "".join(pieces))


def _marks(words: list[str], start: int, end: int, terms: Terms) -> tuple[list[tuple[int, int]], set[int]]:
    """Non-overlapping matches inside the window, as (first token, last token), and which phrases matched."""
    marks: list[tuple[int, int]] = []
    distinct: set[int] = set()
    for index in range(start, end):
        found = terms.match_ending_at(words, index, start_at=marks[-1][1] + 1 if marks else start)
        if found is not None:
            marks.append((found[1], index))
            distinct.add(found[0])
    return marks, distinct


def _clean(text: str) -> str:
    """Case text may hold the private characters used as marks: they must not pass for marks."""
    return _MARKS.sub("", text)
