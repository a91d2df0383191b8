"""Restore a backup: as a new case file beside the others, or over the case it was taken from.

A backup is checked before it is used: it must open as a case (identity, version, schema,
integrity), so a damaged or foreign file is refused with the usual ``CaseFileError``. An older
backup is upgraded on a private copy first.

Restoring over a case happens inside one ``BEGIN EXCLUSIVE`` transaction on the case: it waits
for any other connection's write to finish (``BusyError`` after the busy timeout), then backs up
the current state, then replaces every table's rows with the backup's, all before any other
connection can write again. A crash rolls it back; other connections see the old case or the
restored one, never a mix. The case keeps its file (same path, same inode).
"""

from __future__ import annotations

import secrets
import shutil
import sqlite3
import tempfile
from pathlib import Path

from explorer.core.backups import Backup, take_backup
from explorer.core.case_tables import case_tables, quoted
from explorer.core.database import DEFAULT_BUSY_TIMEOUT_S, BusyError, Database, ReadOnlyError, open_database
from explorer.core.fts_bulk import deferred_indexing
from explorer.core.recovery import place_new_file


def restore_as_new(backup: Backup | Path, target: Path | str) -> Path:
    """Write the backup's case to ``target`` (a path that must not exist yet), upgraded if older."""
    target = Path(target)
    source_path = backup.path if isinstance(backup, Backup) else Path(backup)
    with tempfile.TemporaryDirectory(prefix="case-explorer-restore-") as folder:
        source = _verified_copy(source_path, Path(folder))
        partial = target.with_name(f".{target.name}.partial-{secrets.token_hex(4)}")
        try:
            out = sqlite3.connect(partial, isolation_level=None)
            try:
                source.conn.backup(out)
            finally:
                out.close()
                source.close()
            place_new_file(partial, target)
        finally:
            for leftover in (partial, partial.with_name(partial.name + "-journal")):
                leftover.unlink(missing_ok=True)
    return target


def restore_over(backup: Backup | Path, case_path: Path | str, busy_timeout: float = DEFAULT_BUSY_TIMEOUT_S) -> Backup:
    """Replace the case's content with the backup's; returns the backup of what was replaced.

    The case must open (a damaged case is restored as a new file instead). Nothing changes when
    any step fails: a refused backup, a busy or read-only case, a full disk.
    """
    case_path = Path(case_path)
    source_path = backup.path if isinstance(backup, Backup) else Path(backup)
    with tempfile.TemporaryDirectory(prefix="case-explorer-restore-") as folder:
        source = _verified_copy(source_path, Path(folder))
        source.close()
        case = open_database(case_path, busy_timeout=busy_timeout, backup_dir=Path(folder) / "upgrade-backups")
        try:
            if case.readonly:
                raise ReadOnlyError(f"{case_path}: cannot restore over it: {case.readonly_reason}")
            return _replace_content(case, case_path, source.path)
        finally:
            case.close()


def _verified_copy(path: Path, folder: Path) -> Database:
    """A private copy of a backup, opened (and so checked, and upgraded if older) as a case."""
    copy = folder / f"backup-{secrets.token_hex(4)}.case.db"
    shutil.copyfile(path, copy)  # the backup itself is never opened for writing
    return open_database(copy, backup_dir=folder / "upgrade-backups")


def _replace_content(case: Database, case_path: Path, source: Path) -> Backup:
    conn = case.conn
    conn.execute("ATTACH DATABASE ? AS restored", (f"{source.resolve().as_uri()}?mode=ro",))
    try:
        try:
            conn.execute("BEGIN IMMEDIATE")  # from here on no other connection can start writing
        except sqlite3.OperationalError as exc:
            raise BusyError("the case file is busy: another program is writing to it; nothing was restored") from exc
        try:
            safety = _backup_committed(case_path)
            conn.execute("PRAGMA defer_foreign_keys = ON")
            tables = case_tables()
            for table in reversed(tables):
                conn.execute(f'DELETE FROM main."{table.name}"')
            with deferred_indexing(conn, ("event", "entity", "note")):
                for table in tables:
                    columns = quoted(table.columns)
                    conn.execute(f'INSERT INTO main."{table.name}" ({columns}) SELECT {columns} FROM restored."{table.name}"')
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc)):
                raise BusyError("the case file is busy: another program is reading or writing it; nothing was restored") from exc
            raise
    finally:
        conn.execute("DETACH DATABASE restored")
    return safety


def _backup_committed(case_path: Path) -> Backup:
    """Back up the case as committed, through a reader (the backup API cannot read from a
    connection holding the write lock); while we hold it nothing can change under the reader."""
    reader = sqlite3.connect(f"{case_path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        return take_backup(reader, case_path, "before-restore")
    finally:
        reader.close()
