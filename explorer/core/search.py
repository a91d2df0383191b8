"""Full-text search over events, entities and notes (FTS5), safe for any text a user types.

User text is never handed to FTS5's query language: it is cut into words, each word is quoted,
and the last one becomes a prefix so results appear as you type. Quotes, ``AND``, ``c++``,
``e-mail``, ``foo:bar``, ``*``, NUL and empty strings all give results or nothing, never an
error. Snippets mark matches with ``MARK_START``/``MARK_END``; ``snippet_parts`` splits them.

For large cases the first page is returned unranked (FTS5 stops at the limit); a page that holds
every match is small, so it is ranked by bm25.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from enum import StrEnum

from explorer.core.models import note_title

MARK_START = "\ue000"
MARK_END = "\ue001"
ELLIPSIS = "…"
SNIPPET_TOKENS = 12
_WORD = re.compile(r"\w+")
_MARKS = re.compile(f"[{MARK_START}{MARK_END}]")


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


def match_expression(text: str) -> str | None:
    """The FTS5 MATCH expression for user text, or None when it holds no word to look for."""
    cleaned = _MARKS.sub(" ", text.replace("\x00", " "))
    words = _WORD.findall(cleaned)
    if not words:
        return None
    terms = [f'"{word}"' for word in words]
    if cleaned[-1:].isalnum() or cleaned[-1:] == "_":
        terms[-1] += "*"  # the word being typed
    return " ".join(terms)


_QUERIES = {
    HitKind.EVENT: (
        "SELECT e.uid, e.title, snippet(event_fts, -1, ?, ?, ?, ?), {rank} FROM event_fts "
        "JOIN event e ON e.id = event_fts.rowid WHERE event_fts MATCH ? {order} LIMIT ?"
    ),
    HitKind.ENTITY: (
        "SELECT e.uid, e.name, snippet(entity_fts, -1, ?, ?, ?, ?), {rank} FROM entity_fts "
        "JOIN entity e ON e.id = entity_fts.rowid WHERE entity_fts MATCH ? {order} LIMIT ?"
    ),
    HitKind.NOTE: (
        "SELECT n.uid, n.body, snippet(note_fts, -1, ?, ?, ?, ?), {rank} FROM note_fts "
        "JOIN note n ON n.id = note_fts.rowid WHERE note_fts MATCH ? {order} LIMIT ?"
    ),
}


def search(conn: sqlite3.Connection, text: str, limit: int = 50, kinds: tuple[HitKind, ...] = tuple(HitKind)) -> list[SearchHit]:
    """Up to ``limit`` hits of each kind: entities first, then events, then notes."""
    expression = match_expression(text)
    if expression is None or limit <= 0:
        return []
    hits: list[SearchHit] = []
    for kind in (HitKind.ENTITY, HitKind.EVENT, HitKind.NOTE):
        if kind in kinds:
            hits.extend(_search_kind(conn, kind, expression, limit))
    return hits


def _search_kind(conn: sqlite3.Connection, kind: HitKind, expression: str, limit: int) -> list[SearchHit]:
    snippet_args = (MARK_START, MARK_END, ELLIPSIS, SNIPPET_TOKENS)
    try:
        rows = conn.execute(_QUERIES[kind].format(rank="NULL", order=""), (*snippet_args, expression, limit + 1)).fetchall()
        ranked = len(rows) <= limit
        if ranked and len(rows) > 1:
            rows = conn.execute(_QUERIES[kind].format(rank="rank", order="ORDER BY rank"), (*snippet_args, expression, limit)).fetchall()
    except sqlite3.OperationalError:
        return []  # a damaged index must not break typing; `case-explorer check` reports it
    hits = []
    for uid, title, snippet, rank in rows[:limit]:
        title = note_title(title) if kind is HitKind.NOTE else title
        hits.append(SearchHit(kind, uid, title, snippet or "", rank))
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
