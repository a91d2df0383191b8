"""Save what can still be read from a damaged case into a new file; rebuild the search index.

``recover_case`` never writes to the damaged file: it reads it through a read-only connection
with ``trusted_schema`` OFF, only the tables and columns our own migrations define, and copies
them into a new case built by those migrations (of the damaged file's schema version, so it
opens and upgrades like any older case). Each table is read in key order; where a page is
damaged the read skips past it, and the keys that indexes and the search index still list are
fetched one by one, so the rows lost are as few as the damage allows. Rows that refer to lost
rows are dropped too. ``RecoveryReport`` says what was saved and what was lost, table by table.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from explorer.core import migrations, schema
from explorer.core.case_tables import CaseTable, case_tables, quoted
from explorer.core.database import APPLICATION_ID, CaseFileError, Database, Problem
from explorer.core.fts_bulk import deferred_indexing
from explorer.core.table_reader import TableRead, read_table

_FTS_OF = {"event": "event_fts", "entity": "entity_fts", "note": "note_fts"}
_CHUNK = 500


def rebuild_search_index(db: Database) -> None:
    """Rebuild every FTS5 index of a writable, verified case from its tables (one transaction)."""
    with db.atomic() as conn:
        for table in schema.FTS_TABLES:
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")


@dataclass
class TableRecovery:
    table: str
    saved: int = 0
    unreadable: int = 0  # rows an index still listed but that could not be read
    refused: int = 0  # rows read but not valid any more (a damaged value broke a constraint)
    orphaned: int = 0  # rows dropped because a row they refer to was lost
    damaged: bool = False  # reading met damaged pages: rows no index listed may be lost uncounted
    missing: bool = False  # the damaged file does not hold this table at all

    @property
    def lost(self) -> int:
        return self.unreadable + self.refused + self.orphaned


@dataclass
class RecoveryReport:
    source: Path
    target: Path
    version: int
    tables: list[TableRecovery] = field(default_factory=list)

    @property
    def saved(self) -> int:
        return sum(t.saved for t in self.tables)

    @property
    def lost(self) -> int:
        return sum(t.lost for t in self.tables)

    @property
    def complete(self) -> bool:
        return not any(t.lost or t.damaged or t.missing for t in self.tables)

    def lines(self) -> list[str]:
        lines = [f"saved {self.saved:,} rows into {self.target.name}; {self.lost:,} rows known lost"]
        for t in self.tables:
            if t.missing:
                lines.append(f"{t.table}: could not be read at all")
                continue
            parts = [f"{t.saved:,} saved"]
            parts += [f"{n:,} {what}" for n, what in ((t.unreadable, "unreadable"), (t.refused, "damaged beyond use"),
                                                       (t.orphaned, "dropped: they referred to lost rows")) if n]
            if t.damaged:
                parts.append("damaged pages: some rows may be lost without a count")
            lines.append(f"{t.table}: " + ", ".join(parts))
        return lines


def recover_case(damaged: Path | str, target: Path | str, progress: Callable[[int, int], None] | None = None) -> RecoveryReport:
    """Copy every readable row of ``damaged`` into a new case at ``target`` (which must not exist).
    ``progress(tables done, tables)`` is called before each table; it may raise to stop (nothing is written)."""
    damaged, target = Path(damaged), Path(target)
    if target.exists() or target.is_symlink():
        raise CaseFileError(target, Problem.EXISTS, "already exists; choose another name")
    if damaged.resolve() == target.resolve():
        raise CaseFileError(target, Problem.EXISTS, "is the damaged file itself; choose another name")
    source = _open_damaged(damaged)
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        version = _version(source)
        report = RecoveryReport(damaged, target, version)
        out = sqlite3.connect(partial, isolation_level=None)
        try:
            _fill(source, out, version, report, progress)
        finally:
            out.close()
        place_new_file(partial, target)
        return report
    finally:
        source.close()
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)


def _open_damaged(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise CaseFileError(path, Problem.MISSING, "does not exist or is not a file")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    # Tolerate a schema table that is itself damaged (e.g. cut short) instead of refusing every
    # read; the connection is read-only, so nothing can be written through it either way.
    conn.execute("PRAGMA writable_schema = ON")
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError:
        return conn  # even the header is damaged: every table will say it cannot be read
    if application_id != APPLICATION_ID:
        conn.close()
        raise CaseFileError(path, Problem.FOREIGN, "is not a Case Explorer case; there is nothing to recover")
    return conn


def _version(source: sqlite3.Connection) -> int:
    try:
        version = source.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError:
        version = 0
    latest = migrations.latest_version()
    return version if 1 <= version <= latest else latest


def _fill(
    source: sqlite3.Connection, out: sqlite3.Connection, version: int, report: RecoveryReport,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    migrations.apply_all(out, up_to=version)
    out.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    out.execute("PRAGMA trusted_schema = ON")  # the new file's schema is our own: its FTS triggers may run
    out.execute("PRAGMA foreign_keys = OFF")  # children may arrive whose parents were lost; dropped below
    out.execute("BEGIN IMMEDIATE")
    try:
        with deferred_indexing(out, tuple(_FTS_OF)):
            tables = case_tables(version)
            for done, table in enumerate(tables):
                if progress is not None:
                    progress(done, len(tables))
                result = TableRecovery(table.name)
                report.tables.append(result)
                read = read_table(source, table, _extra_keys(source, table))
                result.missing, result.damaged, result.unreadable = read.missing, read.damaged, read.unreadable
                _insert(out, table, read, result)
        # after the index is rebuilt, so the delete triggers find what they remove from it
        _drop_orphans(out, version, {t.table: t for t in report.tables})
        out.execute("COMMIT")
    except BaseException:
        out.execute("ROLLBACK")
        raise
    problems = [row[0] for row in out.execute("PRAGMA integrity_check")]
    if problems != ["ok"] or out.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise RuntimeError(f"the recovered case failed its own check: {problems[:3]}")


def _extra_keys(source: sqlite3.Connection, table: CaseTable) -> list[tuple]:
    """Rowids the search index still lists for events, entities and notes (its own pages)."""
    fts = _FTS_OF.get(table.name)
    if fts is None:
        return []
    keys: list[tuple] = []
    try:
        for row in source.execute(f"SELECT id FROM {fts}_docsize"):
            keys.append((row[0],))
    except sqlite3.DatabaseError:
        pass
    return keys


def _insert(out: sqlite3.Connection, table: CaseTable, read: TableRead, result: TableRecovery) -> None:
    columns = [c for c in table.columns if c in read.columns]
    if not columns:
        return
    picks = [read.columns.index(c) for c in columns]
    sql = f'INSERT INTO "{table.name}" ({quoted(columns)}) VALUES ({", ".join("?" * len(columns))})'
    rows = [tuple(row[i] for i in picks) for row in read.rows]
    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start : start + _CHUNK]
        out.execute("SAVEPOINT chunk")
        try:
            out.executemany(sql, chunk)
            out.execute("RELEASE chunk")
            result.saved += len(chunk)
            continue
        except sqlite3.DatabaseError:
            out.execute("ROLLBACK TO chunk")
            out.execute("RELEASE chunk")
        for row in chunk:  # find the rows the new file refuses, one at a time
            try:
                out.execute(sql, row)
                result.saved += 1
            except sqlite3.DatabaseError:
                result.refused += 1


def _drop_orphans(out: sqlite3.Connection, version: int, results: dict[str, TableRecovery]) -> None:
    """Delete rows whose parent row was lost, repeatedly, since dropping one may orphan others."""
    dropped = True
    while dropped:
        dropped = False
        for table in case_tables(version):
            for column, parent, parent_column in table.parents:
                cursor = out.execute(
                    f'DELETE FROM "{table.name}" WHERE "{column}" IS NOT NULL '
                    f'AND "{column}" NOT IN (SELECT "{parent_column}" FROM "{parent}")'
                )
                if cursor.rowcount > 0:
                    results[table.name].orphaned += cursor.rowcount
                    results[table.name].saved -= cursor.rowcount
                    dropped = True


def place_new_file(partial: Path, target: Path) -> None:
    """Move the finished file into place, never over a file that appeared meanwhile."""
    try:
        os.link(partial, target)
    except FileExistsError:
        raise CaseFileError(target, Problem.EXISTS, "already exists; choose another name") from None
    except OSError:  # file systems without hard links
        if target.exists():
            raise CaseFileError(target, Problem.EXISTS, "already exists; choose another name") from None
        os.replace(partial, target)
