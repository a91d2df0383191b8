"""Full-text search over events, entities and notes (FTS5), safe for any text a user types.

User text is never handed to FTS5's query language: it is cut into words, each word is quoted,
and the last one becomes a prefix so results appear as you type. Quotes, ``AND``, ``c++``,
``e-mail``, ``foo:bar``, ``*``, NUL and empty strings all give results or nothing, never an
error. Snippets mark matches with ``MARK_START``/``MARK_END`` (what was typed, "c++" whole, where it
appears literally); ``snippet_parts`` splits them. A note's snippet is of its plain text.
They are built in Python (``search_snippet``) from a bounded slice of each text, and only for
the rows of the page returned: FTS5's ``snippet()`` costs the square of the matches in a column.

For large cases the first page is returned unranked (FTS5 stops at the limit); a page that holds
every match is small, so it is ranked by bm25, names and titles weighing more than text.

The tables index 2- and 3-letter prefixes, so those stream like whole words. Any other prefix
makes FTS5 merge the full list of every word it covers before the first row (at a million
events, "reports*" costs ~55 ms and "r*" ~100 ms), so quick subsets are probed first: the word
itself (or, for one letter, the word and its indexed 2-letter prefixes), then the rows its
indexed 3-letter prefix finds, checked in Python for a word that really starts with what was
typed. When a subset alone overflows the page, the result set is large and that page is shown
unranked, as it would be anyway; otherwise the full query runs.
"""

from __future__ import annotations

import re
import sqlite3
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from explorer.core.models import note_title
from explorer.core.notes.plain_text import plain_title
from explorer.core.search_snippet import (
    ELLIPSIS,
    MARK_END,
    MARK_START,
    SCAN_CHARS,
    SNIPPET_TOKENS,
    Terms,
    fold,
    fold_fast,
    note_snippet,
    snippet,
    typed_literals,
)

__all__ = [
    "ELLIPSIS", "MARK_END", "MARK_START", "SNIPPET_TOKENS",
    "HitKind", "SearchHit", "match_expression", "probe_expression", "search", "snippet_parts",
]

_WORD = re.compile(r"\w+")
_MARKS = re.compile(f"[{MARK_START}{MARK_END}]")
_INDEXED_PREFIXES = (2, 3)  # the ``prefix = '2 3'`` option of the FTS5 tables
_PROBE_ALPHABET = string.ascii_lowercase + string.digits
CANDIDATES_PER_HIT = 4  # rows of the 3-letter prefix read per page row before giving up


class HitKind(StrEnum):
    EVENT = "event"
    ENTITY = "entity"
    NOTE = "note"


@dataclass(frozen=True)
class SearchHit:
    kind: HitKind
    uid: str
    title: str
    snippet: str
    rank: float | None = None


def _words(text: str) -> tuple[list[str], bool]:
    """The words of user text, and whether the last one is still being typed (a prefix)."""
    cleaned = _MARKS.sub(" ", text.replace("\x00", " "))
    return _WORD.findall(cleaned), cleaned[-1:].isalnum() or cleaned[-1:] == "_"


def _plain(word: str) -> str:
    """The letters a word stands for: "Meta" for "Ｍｅｔａ" typed full-width, "fi" for the ligature "ﬁ"."""
    return unicodedata.normalize("NFKC", word)


def _phrase(word: str, prefix: bool = False) -> str:
    """One typed word for MATCH (a prefix: the word being typed), and its plain letters too when they
    differ: the index holds the text as written, which may use either."""
    star = "*" if prefix else ""
    alternatives = dict.fromkeys([word, _plain(word)])
    terms = [f'"{w.replace(chr(34), chr(34) * 2)}"{star}' for w in alternatives]
    return terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"


def match_expression(text: str) -> str | None:
    """The FTS5 MATCH expression for user text, or None when it holds no word to look for."""
    words, typing = _words(text)
    if not words:
        return None
    return " AND ".join([*(_phrase(word) for word in words[:-1]), _phrase(words[-1], prefix=typing)])  # (no implicit AND after a bracket)


def probe_expression(text: str) -> str | None:
    """A quick expression matching a subset of ``match_expression``, or None when that is quick already."""
    words, typing = _words(text)
    if not words or not typing or len(words[-1]) in _INDEXED_PREFIXES or _plain(words[-1]) != words[-1]:
        return None
    last = words[-1]
    given = [_phrase(word) for word in words[:-1]]
    if len(last) > max(_INDEXED_PREFIXES):
        return " ".join([*given, f'"{last}"'])
    alternatives = " OR ".join([f'"{last}"'] + [f'"{last}{letter}"*' for letter in _PROBE_ALPHABET])
    return " AND ".join([*given, f"({alternatives})"])


@dataclass(frozen=True)
class _Checked:
    """Rows found by ``expression``, kept only if a word starts with ``prefix`` (folded)."""

    expression: str
    at_word_start: re.Pattern[str]  # the prefix, not after a letter or digit

    def keep(self, kind: HitKind) -> Callable[[tuple], tuple | None]:
        """Whether a probe row of ``kind`` has a word that starts with the prefix: the row, or None."""
        return lambda row: row if _starts_a_word(_texts(kind, row), self.at_word_start) else None


def _checked_probe(text: str) -> _Checked | None:
    words, typing = _words(text)
    if not words or not typing or len(words[-1]) <= max(_INDEXED_PREFIXES) or "_" in words[-1] or _plain(words[-1]) != words[-1]:
        return None
    last = words[-1]
    expression = " AND ".join([*(_phrase(word) for word in words[:-1]), f'"{last[: max(_INDEXED_PREFIXES)]}"*'])
    return _Checked(expression, re.compile(r"(?<![^\W_])" + re.escape(fold(last))))


def _starts_a_word(texts: list, prefix: re.Pattern[str]) -> bool:
    return any(isinstance(text, str) and prefix.search(fold_fast(text)) for text in texts)


def _columns(*columns: str) -> str:
    """The indexed texts of a row, each cut to what a snippet may read (one more shows that text follows)."""
    return ", ".join(f"substr({column}, 1, {SCAN_CHARS + 1})" for column in columns)


# Each query gives (uid, title, rank, *texts): texts are the indexed columns after the title (all
# of a note's), in the index's order, cut to SCAN_CHARS + 1 characters; see ``_texts``.
_QUERIES = {
    HitKind.EVENT: (
        "SELECT e.uid, e.title, {rank}, " + _columns("e.body", "e.category", "e.display_date") + " FROM event_fts "
        "JOIN event e ON e.id = event_fts.rowid WHERE event_fts MATCH ? {order} LIMIT ?"
    ),
    HitKind.ENTITY: (
        "SELECT e.uid, e.name, {rank}, " + _columns("e.aliases", "e.summary") + " FROM entity_fts "
        "JOIN entity e ON e.id = entity_fts.rowid WHERE entity_fts MATCH ? {order} LIMIT ?"
    ),
    HitKind.NOTE: (
        "SELECT n.uid, NULL, {rank}, " + _columns("n.body") + " FROM note_fts "
        "JOIN note n ON n.id = note_fts.rowid WHERE note_fts MATCH ? {order} LIMIT ?"
    ),
}


def _texts(kind: HitKind, row: tuple) -> list:
    """The indexed texts of a row, in the index's column order, for the snippet and the probe's check."""
    _uid, title, _rank, *texts = row
    if kind is HitKind.NOTE:
        return texts
    return [title[: SCAN_CHARS + 1] if isinstance(title, str) else title, *texts]


# bm25 with column weights: a word in a name or title counts for more than one in a summary or body.
_RANK = {
    HitKind.EVENT: "bm25(event_fts, 4.0, 1.0, 2.0, 1.0)",  # title, body, category, display date
    HitKind.ENTITY: "bm25(entity_fts, 8.0, 4.0, 1.0)",  # name, aliases, summary
    HitKind.NOTE: "bm25(note_fts)",
}


def search(conn: sqlite3.Connection, text: str, limit: int = 50, kinds: tuple[HitKind, ...] = tuple(HitKind)) -> list[SearchHit]:
    """Up to ``limit`` hits of each kind: entities first, then events, then notes."""
    expression = match_expression(text)
    if expression is None or limit <= 0:
        return []
    probe, checked = probe_expression(text), _checked_probe(text)
    terms = Terms.of(*_words(text), literals=typed_literals(text))
    hits: list[SearchHit] = []
    for kind in (HitKind.ENTITY, HitKind.EVENT, HitKind.NOTE):
        if kind in kinds:
            rows = _search_kind(conn, kind, expression, probe, checked, limit)
            hits.extend(_hits(kind, rows, terms))
    return hits


class _Interrupted(Exception):
    pass


def _probe_rows(
    conn: sqlite3.Connection, sql: str, parameters: tuple, want: int, keep: Callable[[tuple], tuple | None] = lambda row: row
) -> list[tuple]:
    """Up to ``want`` rows the probe finds and ``keep`` accepts, reading no further than needed."""
    rows: list[tuple] = []
    cursor = None
    try:
        cursor = conn.execute(sql, parameters)
        for row in cursor:
            kept = keep(row)
            if kept is not None:
                rows.append(kept)
                if len(rows) >= want:
                    break
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc):
            raise _Interrupted from None
        return []  # a probe that fails leaves the answer to the full query
    finally:
        if cursor is not None:
            cursor.close()  # an unfinished statement would hold its read lock
    return rows


def _search_kind(
    conn: sqlite3.Connection, kind: HitKind, expression: str, probe: str | None, checked: _Checked | None, limit: int
) -> list[tuple]:
    """Up to ``limit`` rows (uid, title, rank, *texts) of one kind."""
    unranked = _QUERIES[kind].format(rank="NULL", order="")
    try:
        rows = _probe_rows(conn, unranked, (probe, limit + 1), limit + 1) if probe else []
        if len(rows) > limit:
            return rows[:limit]
        if checked is not None:
            budget = (limit + 1) * CANDIDATES_PER_HIT
            rows = _probe_rows(conn, unranked, (checked.expression, budget), limit + 1, checked.keep(kind))
            if len(rows) > limit:
                return rows[:limit]
    except _Interrupted:
        return []  # cancelled: the caller has a newer query
    try:
        rows = conn.execute(unranked, (expression, limit + 1)).fetchall()
        if 1 < len(rows) <= limit:  # a small result set: rank it
            ranked_query = _QUERIES[kind].format(rank=_RANK[kind], order=f"ORDER BY {_RANK[kind]}")
            rows = conn.execute(ranked_query, (expression, limit)).fetchall()
    except sqlite3.OperationalError:
        return []  # a damaged index must not break typing; `case-explorer check` reports it
    return rows[:limit]


def _hits(kind: HitKind, rows: list[tuple], terms: Terms) -> list[SearchHit]:
    hits = []
    for row in rows:
        uid, title, rank = row[:3]
        texts = _texts(kind, row)
        if kind is HitKind.NOTE:  # a note's snippet is of its plain text, as a reader sees it
            title = plain_title(note_title(texts[0] if isinstance(texts[0], str) else ""))  # links as their labels
            hits.append(SearchHit(kind, uid, title, note_snippet(texts[0], terms), rank))
        else:
            hits.append(SearchHit(kind, uid, title, snippet(texts, terms), rank))
    return hits


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a snippet into (text, is_match) pieces, for any way of showing the marks."""
    parts: list[tuple[str, bool]] = []
    marked = False
    for piece in re.split(f"([{MARK_START}{MARK_END}])", snippet):
        if piece == MARK_START:
            marked = True
        elif piece == MARK_END:
            marked = False
        elif piece:
            parts.append((piece, marked))
    return parts
