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

Speed matters too (a page is 50 rows, each of several columns): ASCII text, the common case, is
searched with one regular expression of the typed words over its lower-cased copy, and only the
words of the window are then read; other text is read word by word, folded, from a little before
the first place a typed word occurs, and not at all when none does.
A match that lies beyond the slice (or that folding here does not recognise) leaves the snippet
at the start of the first non-empty column, without marks.

Where what the user typed holds more than its words ("c++", "e-mail") and appears literally, the
mark covers it whole: ``Terms.literals`` are those typed pieces. A note's snippet
(``note_snippet``) is made on its plain text, as a reader sees it (``notes.plain_text``: links as
their labels, no Markdown marks), so the marks fall on the words shown; only a bounded stretch
of Markdown around the first place a typed word occurs is converted.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from explorer.core.notes.plain_text import links_as_labels, plain_text

MARK_START = "\ue000"
MARK_END = "\ue001"
ELLIPSIS = "…"
SNIPPET_TOKENS = 12
SCAN_CHARS = 20_000  # of each column; about a few milliseconds of Python at most
# letters and digits, with combining marks kept inside a word (decomposed "Zoë" is one word)
_TOKEN = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
_SEPARATOR = re.compile(r"(?:(?![\u0300-\u036f])[\W_])+")
LOOKBACK_CHARS = 400  # read before a first match, for the words that lead into it
_MARKS = re.compile(f"[{MARK_START}{MARK_END}]")
_ASCII_WORD = re.compile(r"[a-z0-9]+")
_ENCLOSING = "\"'“”‘’«»()[]{}<>"  # round a typed piece, not part of what is looked for
_TRAILING = ",;:!?."  # after a typed piece, as in a sentence
NOTE_BEFORE_CHARS = 300  # of a note's Markdown converted before the first place a typed word occurs
NOTE_AFTER_CHARS = 700  # and after it
NOTE_TRIES = 3  # stretches converted in search of a match a reader sees, before showing the note's start
FOLD_PIECE_CHARS = 500  # a note whose fold changes its length is searched this much at a time…
FOLD_OVERLAP_CHARS = 50  # …the pieces of a long line overlapping, so that no word is cut
_MARKDOWN_MARKS = re.compile(r"[*_`#>~]+")


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
    ascii: re.Pattern[str] | None = None  # the phrases that can match ASCII text, as one pattern
    literals: tuple[re.Pattern[str], ...] = field(default=())  # typed pieces with more than words ("c++")

    @classmethod
    def of(cls, words: Sequence[str], typing: bool, literals: Sequence[str] = ()) -> Terms:
        phrases = tuple(tuple(_TOKEN.findall(fold(word))) for word in words)
        last = len(phrases) - 1
        kept = tuple(phrase for phrase in phrases if phrase)
        prefix = typing and bool(phrases) and bool(phrases[last])
        patterns = tuple(re.compile(re.escape(literal), re.IGNORECASE) for literal in literals)
        return cls(kept, prefix, _ascii_pattern(kept, prefix), patterns)

    def match_ending_at(self, tokens: Sequence[str], end: int, start_at: int = 0) -> tuple[int, int] | None:
        """(phrase index, first token) of a phrase whose last token is ``tokens[end]``, or None."""
        last = len(self.phrases) - 1
        for index, phrase in enumerate(self.phrases):
            first = end - len(phrase) + 1
            if first < start_at:
                continue
            tail = tokens[end]
            if not (tail.startswith(phrase[-1]) if self.last_is_prefix and index == last else tail == phrase[-1]):
                continue
            if all(tokens[first + offset] == part for offset, part in enumerate(phrase[:-1])):
                return index, first
        return None

    def first_candidate(self, text: str) -> int | None:
        """Where to start reading ``text`` for its first match: near the first place a phrase's first
        word occurs (folded), 0 when the text is not ASCII, or None when no phrase can match."""
        if not text.isascii():
            folded = fold(text)
            return 0 if any(phrase[0] in folded for phrase in self.phrases) else None
        lowered = text.lower()  # the same length: positions match
        found = [at for at in (lowered.find(phrase[0]) for phrase in self.phrases) if at >= 0]
        if not found:
            return None
        at = min(found)
        if at <= LOOKBACK_CHARS:
            return 0
        gap = _SEPARATOR.search(text, at - LOOKBACK_CHARS, at)  # start on a word, not inside one
        return gap.end() if gap is not None else 0


def typed_literals(text: str) -> tuple[str, ...]:
    """The pieces of user text (between spaces, without enclosing quotes or brackets) that hold
    more than letters and digits and at least one word, as typed: "c++", "e-mail", "foo:bar"."""
    literals = []
    for chunk in text.replace("\x00", " ").split():
        piece = _MARKS.sub("", chunk).strip(_ENCLOSING).rstrip(_TRAILING)
        if _TOKEN.search(piece) and not _TOKEN.fullmatch(piece) and piece not in literals:
            literals.append(piece)
    return tuple(literals)


def _ascii_pattern(phrases: tuple[tuple[str, ...], ...], last_is_prefix: bool) -> re.Pattern[str] | None:
    """One pattern for lower-cased ASCII text; group ``p<i>`` is phrase ``i``. In ASCII text a word
    is a run of letters and digits, so a phrase is its words with anything else between them."""
    alternatives = []
    for index, phrase in enumerate(phrases):
        if not all(_ASCII_WORD.fullmatch(part) for part in phrase):
            continue  # a folded word with other letters never matches ASCII text
        body = "[^a-z0-9]+".join(re.escape(part) for part in phrase)
        tail = "[a-z0-9]*" if last_is_prefix and index == len(phrases) - 1 else "(?![a-z0-9])"
        alternatives.append(f"(?P<p{index}>(?<![a-z0-9]){body}{tail})")
    return re.compile("|".join(alternatives)) if alternatives else None


def tokens_of(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The words of ``text`` from ``start`` (to ``end``), in order (tests count how many a snippet reads)."""
    return _TOKEN.finditer(text, start, len(text) if end is None else end)


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


def _column_window(value: str, terms: Terms, unmatched: bool = False, before: bool = False,
                   after: bool = False) -> _Window | None:
    """The window around the first match in this column (or its start, when ``unmatched``);
    ``before`` and ``after`` say that ``value`` is a stretch of a longer text."""
    truncated = len(value) > SCAN_CHARS or after
    text = value[:SCAN_CHARS]
    if text.isascii() and not unmatched:
        return _ascii_window(text, terms, truncated, before) if terms.ascii is not None else None
    origin = 0 if unmatched else terms.first_candidate(text)
    if origin is None:
        return None
    spans: list[tuple[int, int]] = []
    words: list[str] = []
    start = 0 if unmatched else -1
    beyond = False  # a token after the window was seen
    for token in tokens_of(text, origin):
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
    earlier = before or start > 0 or (origin > 0 and _TOKEN.search(text, 0, origin) is not None)  # words before the window
    window = spans[start:end]
    found = _with_literals(text, [(spans[a][0], spans[b][1]) for a, b in marks], terms, window)
    return _assemble(text, window, found, earlier, beyond or truncated, len(distinct))


def _ascii_window(text: str, terms: Terms, truncated: bool, before: bool = False) -> _Window | None:
    """``_column_window`` for ASCII text: the pattern finds the matches, only the window's words are read."""
    assert terms.ascii is not None
    lowered = text.lower()
    first = terms.ascii.search(lowered)
    if first is None:
        return None
    at, until = first.span()
    back = max(0, at - LOOKBACK_CHARS)
    if back > 0:
        gap = _SEPARATOR.search(text, back, at)  # start on a word, not inside one
        back = gap.end() if gap is not None else 0
    words_before = [token.span() for token in tokens_of(text, back, at)]
    matched = sum(1 for _token in tokens_of(text, at, until))
    lead = min(len(words_before), max(0, SNIPPET_TOKENS - matched) // 2)
    after = []
    for token in tokens_of(text, at):
        after.append(token.span())
        if len(after) > SNIPPET_TOKENS - lead:
            break
    beyond = len(after) > SNIPPET_TOKENS - lead
    if beyond:
        after.pop()
    else:  # the text ends within the window: fill it from before
        lead = min(len(words_before), SNIPPET_TOKENS - len(after))
    window = words_before[len(words_before) - lead :] + after
    earlier = len(words_before) > lead or (back > 0 and _TOKEN.search(text, 0, back) is not None) or before
    marks, distinct = [], set()
    for match in terms.ascii.finditer(lowered, window[0][0], window[-1][1]):
        marks.append(match.span())
        distinct.add(match.lastgroup)
    return _assemble(text, window, _with_literals(text, marks, terms, window), earlier, beyond or truncated, len(distinct))


def _assemble(text: str, window: list[tuple[int, int]], marks: list[tuple[int, int]], earlier: bool, more: bool,
              distinct: int) -> _Window:
    """The snippet of a window of words (their spans), with ``marks`` (character spans) marked."""
    begin = window[0][0] if earlier and window else 0
    finish = (window[-1][1] if window else begin) if more else len(text)
    if marks:  # a literal mark may reach past the window's last word ("c" of "c++")
        begin, finish = min(begin, marks[0][0]), max(finish, marks[-1][1])
    pieces = [ELLIPSIS] if earlier else []
    position = begin
    for first, last in marks:
        pieces += [_clean(text[position:first]), MARK_START, _clean(text[first:last]), MARK_END]
        position = last
    pieces.append(_clean(text[position:finish]))
    if more:
        pieces.append(ELLIPSIS)
    return _Window((distinct, len(marks)), "".join(pieces))


def _with_literals(text: str, marks: list[tuple[int, int]], terms: Terms,
                   window: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``marks`` widened to cover each typed literal ("c++" where only its word "c" was marked)
    that appears in the window and holds a mark; overlapping marks are joined."""
    if not terms.literals or not marks or not window:
        return marks
    spans = list(marks)
    for pattern in terms.literals:
        reach = len(pattern.pattern)
        for match in pattern.finditer(text, max(0, window[0][0] - reach), min(len(text), window[-1][1] + reach)):
            first, last = match.span()
            if first > 0 and text[first].isalnum() and text[first - 1].isalnum():
                continue  # not at the start of a word
            if any(a < last and first < b for a, b in marks):
                spans.append((first, last))
    spans.sort()
    joined = [spans[0]]
    for first, last in spans[1:]:
        if first < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], last))
        else:
            joined.append((first, last))
    return joined


def note_snippet(value: object, terms: Terms) -> str:
    """The snippet of a note's body, made on its plain text (as ``snippet`` makes one of a column):
    the Markdown around the first place a typed word occurs is converted, and its first match a
    reader sees is centred; with none, the note's start shows, without marks."""
    raw = _as_text(value)
    text = raw[:SCAN_CHARS]
    truncated = len(raw) > SCAN_CHARS
    start, folded = 0, fold_fast(text)
    for _try in range(NOTE_TRIES):
        at = _first_occurrence(text, folded, terms, start)
        if at is None:
            break
        first, last = _stretch(text, max(start, at - NOTE_BEFORE_CHARS), at + NOTE_AFTER_CHARS)
        window = _column_window(_plain(text[first:last]), terms, before=first > 0, after=last < len(text) or truncated)
        if window is not None:
            return window.text
        start = max(last, at + 1)  # the words there were in link targets or part of other words
    first, last = _stretch(text, 0, NOTE_AFTER_CHARS)
    shown = _plain(text[first:last])
    window = _column_window(shown, Terms((), False), unmatched=True, after=last < len(text) or truncated) if shown.strip() else None
    return window.text if window is not None else ""


def _first_occurrence(text: str, folded: str, terms: Terms, start: int) -> int | None:
    """Where in ``text`` a phrase's first word first occurs from ``start`` (its fold, ``folded``,
    tells when folding kept every position; else ``text`` is folded a line or a piece at a time, as
    NFKD spreads Hangul and ligatures over several characters), or None."""
    if len(folded) == len(text):
        found = [at for at in (folded.find(phrase[0], start) for phrase in terms.phrases) if at >= 0]
        return min(found) if found else None
    at = start
    while at < len(text):
        line_end = text.find("\n", at)
        end = min(len(text) if line_end < 0 else line_end + 1, at + FOLD_PIECE_CHARS)
        if any(phrase[0] in fold(text[at:end]) for phrase in terms.phrases):
            return at
        at = end if end == len(text) or text[end - 1] == "\n" else end - FOLD_OVERLAP_CHARS  # a word cut by the piece's end
    return None


def _stretch(text: str, first: int, last: int) -> tuple[int, int]:
    """[first, last) moved out to whole lines, or to spaces when a line is much longer."""
    line_start = text.rfind("\n", 0, first) + 1
    if first - line_start > NOTE_BEFORE_CHARS:
        space = text.rfind(" ", 0, first)
        line_start = space + 1 if space >= 0 else line_start
    line_end = text.find("\n", last)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - last > NOTE_AFTER_CHARS:
        space = text.find(" ", last)
        line_end = space if space >= 0 else line_end
    return line_start, min(line_end, len(text))


def _plain(markdown: str) -> str:
    """A stretch of a note's Markdown as a reader sees it (``notes.plain_text``); nesting too deep
    to convert loses its marks more crudely."""
    try:
        return plain_text(markdown)
    except RecursionError:
        return " ".join(_MARKDOWN_MARKS.sub(" ", links_as_labels(markdown)).split())


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
