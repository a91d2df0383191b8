"""The expected schema, and how a case file's schema differs from it.

The expected schema is whatever our migrations build, read back from an in-memory database, so
it can never drift from them. ``db/schema.sql`` is a readable dump of it (``python -m
explorer.core.schema > db/schema.sql``); a test keeps the dump current.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache

from explorer.core import migrations

SchemaObjects = dict[tuple[str, str], str | None]  # (type, name) -> CREATE sql (None for auto-indexes)

FTS_TABLES = ("event_fts", "entity_fts", "note_fts")
_FTS_SHADOW = re.compile(rf"({'|'.join(FTS_TABLES)})_(data|idx|docsize|config|content)")
_ALLOWED_EXTRA = re.compile(r"sqlite_stat\d")


def read(conn: sqlite3.Connection) -> SchemaObjects:
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    return {(kind, name): sql for kind, name, sql in rows}


@cache
def expected(version: int | None = None) -> SchemaObjects:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrations.apply_all(conn, up_to=version)
        return read(conn)
    finally:
        conn.close()


def differences(conn: sqlite3.Connection) -> list[str]:
    """What in the file's schema is missing, unexpected or altered, one phrase each."""
    actual = read(conn)
    want = expected()
    found: list[str] = []
    for (kind, name), sql in sorted(actual.items()):
        if (kind, name) not in want:
            if not (kind == "table" and _ALLOWED_EXTRA.fullmatch(name)):
                found.append(f"unexpected {kind} {name!r}")
        elif sql != want[(kind, name)] and not _FTS_SHADOW.fullmatch(name):
            found.append(f"{kind} {name!r} differs from the expected definition")
    for kind, name in sorted(want.keys() - actual.keys()):
        found.append(f"missing {kind} {name!r}")
    return found


def dump() -> str:
    """The expected schema as SQL text (user-written objects only, in creation order)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrations.apply_all(conn)
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
    finally:
        conn.close()
    header = (
        f"-- Case Explorer case file schema, version {migrations.latest_version()}.\n"
        "-- Generated from db/migrations by `python -m explorer.core.schema`; do not edit by hand.\n"
    )
    body = "\n\n".join(f"{sql};" for kind, name, sql in rows if not _FTS_SHADOW.fullmatch(name))
    return f"{header}\n{body}\n"


if __name__ == "__main__":
    print(dump(), end="")
