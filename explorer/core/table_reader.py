"""Read every row of a table that a damaged SQLite file still gives up, skipping damaged pages.

A read in key order stops at the first damaged page. For rowid tables the reader then probes
ever further ahead for the next key it can reach and binary-searches back to the first one, so
the rows in sound pages after the damage are read too. Then every key that an index (or the
caller, e.g. from the search index) still lists is fetched on its own; a key whose row cannot be
read is counted as unreadable. Only plain SELECTs run, on columns our own schema names.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from explorer.core.case_tables import CaseTable, quoted

_MAX_ROWID = 2**63 - 1


@dataclass
class TableRead:
    columns: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)  # in key order
    unreadable: int = 0
    damaged: bool = False
    missing: bool = False


def read_table(conn: sqlite3.Connection, table: CaseTable, extra_keys: Iterable[tuple] = ()) -> TableRead:
    """Read ``table`` as far as the damage allows; ``extra_keys`` are keys known to exist."""
    result = TableRead()
    try:
        present = {row[1]: row[6] for row in conn.execute(f'PRAGMA table_xinfo("{table.name}")')}
    except sqlite3.DatabaseError:
        present = {}
    result.columns = [c for c in table.columns if present.get(c) == 0]  # plain columns only, never generated ones
    if not present or not result.columns or not all(k == "rowid" or k in result.columns for k in table.key):
        result.missing = True
        return result
    reader = _Reader(conn, table, result.columns)
    got: dict[tuple, tuple] = {}
    result.damaged = reader.scan(got)
    listed = [key for key in (*reader.index_keys(), *extra_keys) if key not in got]
    for key in dict.fromkeys(listed):
        try:
            row = conn.execute(f"SELECT {reader.columns} FROM \"{table.name}\" WHERE {reader.match}", key).fetchone()
        except sqlite3.DatabaseError:
            result.unreadable += 1
            result.damaged = True
            continue
        if row is not None:
            got[key] = row
    result.rows = [got[key] for key in sorted(got, key=_sortable)]
    return result


def _sortable(key: tuple) -> tuple:
    return tuple((0, v) if isinstance(v, int | float) else (1, str(v)) for v in key)


class _Reader:
    def __init__(self, conn: sqlite3.Connection, table: CaseTable, columns: list[str]) -> None:
        self.conn = conn
        self.table = table
        self.key = "rowid" if table.has_rowid else quoted(table.key)
        self.width = len(table.key)
        self.columns = quoted(columns)
        self.match = f"({self.key}) = ({', '.join('?' * self.width)})"
        self.after = f"({self.key}) > ({', '.join('?' * self.width)})"

    def scan(self, got: dict[tuple, tuple]) -> bool:
        """Read in key order into ``got``; True when damaged pages were met (and skipped if possible)."""
        damaged = False
        last: tuple | None = None
        stuck: tuple[int, int] | None = None
        while True:
            where = f" WHERE {self.after}" if last is not None else ""
            sql = f'SELECT {self.key}, {self.columns} FROM "{self.table.name}"{where} ORDER BY {self.key}'
            try:
                for row in self.conn.execute(sql, last or ()):
                    last = tuple(row[: self.width])
                    got[last] = tuple(row[self.width :])
                return damaged
            except sqlite3.DatabaseError:
                damaged = True
                if not self.table.has_rowid:
                    return damaged
                start = last[0] if last else 0
                resume = self._skip_damage(start)
                if resume is None:
                    return damaged
                # the row at ``resume`` is reachable but itself unreadable: step over it
                last = (resume,) if stuck == (start, resume) else (resume - 1,)
                stuck = (start, resume)

    def _readable_from(self, rowid: int) -> bool | None:
        """Whether a search for the first row at or after ``rowid`` gets through; None: no rows left."""
        try:
            row = self.conn.execute(
                f'SELECT rowid FROM "{self.table.name}" WHERE rowid >= ? ORDER BY rowid LIMIT 1', (rowid,)
            ).fetchone()
        except sqlite3.DatabaseError:
            return False
        return True if row is not None else None

    def _skip_damage(self, last: int) -> int | None:
        """The first rowid after ``last`` from which reading gets through again, or None."""
        step, low = 1, last
        while True:
            probe = min(last + step, _MAX_ROWID)
            readable = self._readable_from(probe)
            if readable is None:
                return None if probe == last + 1 else self._first_readable(low, probe)
            if readable:
                return self._first_readable(low, probe)
            if probe == _MAX_ROWID:
                return None
            low, step = probe, step * 2

    def _first_readable(self, bad: int, good: int) -> int:
        """Binary search between a rowid that fails and one that reads (or has nothing after it)."""
        while good - bad > 1:
            middle = (bad + good) // 2
            if self._readable_from(middle) is False:
                bad = middle
            else:
                good = middle
        return good

    def index_keys(self) -> list[tuple]:
        """Keys listed by the table's full (not partial) indexes, read as far as each index allows."""
        keys: list[tuple] = []
        try:
            indexes = [row[1] for row in self.conn.execute(f'PRAGMA index_list("{self.table.name}")') if not row[4]]
        except sqlite3.DatabaseError:
            return keys
        for index in indexes:
            try:
                for row in self.conn.execute(f'SELECT {self.key} FROM "{self.table.name}" INDEXED BY "{index}"'):
                    keys.append(tuple(row))
            except sqlite3.DatabaseError:
                continue
        return keys
