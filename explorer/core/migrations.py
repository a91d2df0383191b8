"""Numbered schema migrations from ``db/migrations/NNNN_name.sql``.

A new case runs them all in one transaction. An existing case older than the latest version is
first copied with SQLite's backup API, then upgraded by every pending migration in one
transaction together with its ``user_version`` bump, so a failure leaves the previous version.

Foreign keys are not enforced while migrations run (SQLite's own procedure for rebuilding a
table: dropping a table that others point at must not cascade into them); instead the
transaction does not commit if ``foreign_key_check`` finds a broken reference it did not find before.
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from explorer import paths

_FILE_NAME = re.compile(r"(\d{4})_([a-z0-9_]+)\.sql")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    def statements(self) -> list[str]:
        return split_statements(self.sql)


@cache
def all_migrations() -> tuple[Migration, ...]:
    found = []
    for file in sorted(paths.migrations_dir().glob("*.sql")):
        match = _FILE_NAME.fullmatch(file.name)
        if match is None:
            raise RuntimeError(f"migration file {file.name} is not named NNNN_name.sql")
        found.append(Migration(int(match[1]), match[2], file.read_text(encoding="utf-8")))
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 1, 2, 3… without gaps; found {versions}")
    return tuple(found)


def latest_version() -> int:
    return len(all_migrations())


def split_statements(sql: str) -> list[str]:
    """Split a script into complete statements (trigger bodies keep their inner semicolons)."""
    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if _strip_comments(buffer):
                statements.append(buffer.strip())
            buffer = ""
    if _strip_comments(buffer):
        raise ValueError(f"incomplete SQL statement at the end of a migration: {buffer.strip()[:60]!r}")
    return statements


def _strip_comments(sql: str) -> str:
    return "\n".join(line.split("--", 1)[0] for line in sql.splitlines()).strip()


def _apply(conn: sqlite3.Connection, migration: Migration) -> None:
    for statement in migration.statements():
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {migration.version}")


def _run(conn: sqlite3.Connection, pending: tuple[Migration, ...]) -> None:
    """Apply ``pending`` in one transaction, with foreign keys off and checked before the commit."""
    enforced = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")  # only takes effect outside a transaction
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            already = set(conn.execute("PRAGMA foreign_key_check").fetchall())  # a damaged case may hold some
            for migration in pending:
                _apply(conn, migration)
            broken = [row for row in conn.execute("PRAGMA foreign_key_check").fetchall() if row not in already]
            if broken:
                raise sqlite3.IntegrityError(f"a migration broke {len(broken)} references, first: {broken[0]}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute(f"PRAGMA foreign_keys = {'ON' if enforced else 'OFF'}")
        conn.execute("PRAGMA legacy_alter_table = OFF")  # in case a failing migration left it on


def apply_all(conn: sqlite3.Connection, up_to: int | None = None) -> None:
    """Build a new, empty database to ``up_to`` (default: the latest version) in one transaction."""
    _run(conn, all_migrations()[:up_to])


def backup(conn: sqlite3.Connection, path: Path, backup_dir: Path, label: str) -> Path:
    """Copy an open database with the backup API into ``backup_dir``; return the copy's path."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S")
    stem = path.name.removesuffix(".db").removesuffix(".case")
    target = backup_dir / f"{stem}.{label}.{stamp}.case.db"
    counter = 1
    while target.exists():
        counter += 1
        target = backup_dir / f"{stem}.{label}.{stamp}-{counter}.case.db"
    copy = sqlite3.connect(target)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    return target


def upgrade(conn: sqlite3.Connection, path: Path, backup_dir: Path | None = None) -> Path:
    """Back up, then run every pending migration in one transaction (a failure in any of them
    leaves the case as it was, not half-way between versions). Returns the backup."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    copy = backup(conn, path, backup_dir or paths.backups_dir(), f"before-v{latest_version()}")
    conn.execute("PRAGMA trusted_schema = ON")  # our own migrations may touch FTS triggers
    try:
        _run(conn, all_migrations()[version:])
    finally:
        conn.execute("PRAGMA trusted_schema = OFF")
    return copy
