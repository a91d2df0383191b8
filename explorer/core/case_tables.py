"""The tables of a case as our migrations build them: names, columns, keys, parents first.

Restoring and recovering copy a case table by table; they take the list from here (read back
from an in-memory database built by the migrations, like ``schema.expected``), never from the
file being copied, which may be damaged or hostile.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import cache

from explorer.core import migrations, schema


@dataclass(frozen=True)
class CaseTable:
    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]  # ("rowid",) or the primary key of a WITHOUT ROWID table
    parents: tuple[tuple[str, str, str], ...]  # (column, parent table, parent column) per foreign key

    @property
    def has_rowid(self) -> bool:
        return self.key == ("rowid",)


def quoted(names: tuple[str, ...] | list[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


@cache
def case_tables(version: int | None = None) -> tuple[CaseTable, ...]:
    """Every ordinary table of a case at ``version`` (default: the latest), parents before children."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrations.apply_all(conn, up_to=version)
        names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
        tables = {name: _table(conn, name) for name in names if _is_case_table(name)}
    finally:
        conn.close()
    ordered: list[CaseTable] = []
    while len(ordered) < len(tables):
        done = {t.name for t in ordered}
        ready = [t for t in tables.values() if t.name not in done and all(p in done or p == t.name for _c, p, _pc in t.parents)]
        if not ready:
            raise RuntimeError(f"the case tables' foreign keys form a cycle: {sorted(tables.keys() - done)}")
        ordered.extend(ready)
    return tuple(ordered)


def _is_case_table(name: str) -> bool:
    if name.startswith("sqlite_") or name in schema.FTS_TABLES:
        return False
    return not any(name.startswith(f"{fts}_") for fts in schema.FTS_TABLES)


def _table(conn: sqlite3.Connection, name: str) -> CaseTable:
    info = conn.execute(f'PRAGMA table_xinfo("{name}")').fetchall()  # cid, name, type, notnull, default, pk, hidden
    columns = tuple(row[1] for row in info if row[6] == 0)
    without_rowid = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0].rstrip().upper()
    if without_rowid.endswith("WITHOUT ROWID"):
        key = tuple(row[1] for row in sorted((r for r in info if r[5] > 0), key=lambda r: r[5]))
    else:
        key = ("rowid",)
    parents = tuple((row[3], row[2], row[4] or "id") for row in conn.execute(f'PRAGMA foreign_key_list("{name}")'))
    return CaseTable(name, columns, key, parents)
