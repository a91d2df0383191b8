"""Bulk loading without per-row search indexing: the FTS5 index is rebuilt once at the end.

The triggers that keep the FTS5 tables in step cost about 70 µs a row, so loading a million
events through them takes minutes. Inside the caller's transaction, ``deferred_indexing``
drops the insert triggers of the named tables, lets the caller insert, then runs FTS5's
``rebuild`` and recreates the triggers with exactly their original SQL, so the schema ends as
it began and readers never see rows without their index. A failure rolls all of it back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

_FTS_OF = {"event": "event_fts", "entity": "entity_fts", "note": "note_fts"}


@contextmanager
def deferred_indexing(conn: sqlite3.Connection, tables: tuple[str, ...] = ("event",)) -> Iterator[None]:
    """Must run inside a transaction (or savepoint) on a connection with a verified schema."""
    if not conn.in_transaction:
        raise RuntimeError("deferred_indexing needs an open transaction, so that it is all or nothing")
    triggers = {}
    for table in tables:
        name = f"{_FTS_OF[table]}_insert"
        row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)).fetchone()
        if row is not None:
            triggers[name] = row[0]
            conn.execute(f"DROP TRIGGER {name}")
    yield
    for table in tables:
        fts = _FTS_OF[table]
        conn.execute(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")
    for sql in triggers.values():
        conn.execute(sql)
