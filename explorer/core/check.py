"""Check a case file without changing it: integrity, foreign keys, schema, search index, dates.

Every check reads through a read-only connection with ``trusted_schema`` OFF. The search index
check needs a writable connection (FTS5's ``integrity-check`` command is an INSERT), so it runs
on a private copy made with the backup API, and only when the schema is exactly ours.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from explorer.core import dates, schema
from explorer.core.database import check_problems, open_for_inspection, schema_problems

_DATE_COLUMNS = {
    "event": ("start", "end", "reported_at"),
    "relationship": ("start", "end"),
    "era": ("start", "end"),
    "source": ("published",),
}


@dataclass(frozen=True)
class Finding:
    name: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class CheckReport:
    path: Path
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.findings)

    def lines(self) -> list[str]:
        return [f"{'ok  ' if f.ok else 'FAIL'}  {f.name}: {f.detail}" for f in self.findings]


def check_case(path: Path | str) -> CheckReport:
    """Run every check; CaseFileError if the file is not a case at all."""
    path = Path(path)
    conn = open_for_inspection(path)
    try:
        findings = [_integrity(conn), _foreign_keys(conn)]
        schema_finding = _schema(conn)
        findings.append(schema_finding)
        if schema_finding.ok:
            findings.append(_unless_unreadable("search index", _search_index, conn))
            findings.append(_unless_unreadable("dates", _stored_dates, conn))
        else:
            findings.append(Finding("search index", False, "not checked: the schema is not the expected one"))
    finally:
        conn.close()
    return CheckReport(path, tuple(findings))


def _unless_unreadable(name: str, check: Callable[[sqlite3.Connection], Finding], conn: sqlite3.Connection) -> Finding:
    """Run one check; a damaged file that stops it is a finding, not a crash of the whole check."""
    try:
        return check(conn)
    except sqlite3.DatabaseError as exc:
        return Finding(name, False, f"could not be checked: the file is damaged ({exc})")


def _integrity(conn: sqlite3.Connection) -> Finding:
    try:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
    except sqlite3.DatabaseError as exc:
        return Finding("integrity", False, f"the file is damaged: {exc}")
    if rows == ["ok"]:
        return Finding("integrity", True, "ok")
    problems = check_problems(rows) or ["the integrity check failed"]
    more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
    return Finding("integrity", False, "the file is damaged: " + "; ".join(problems[:5]) + more)


def _foreign_keys(conn: sqlite3.Connection) -> Finding:
    try:
        rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return Finding("foreign keys", False, str(exc))
    if not rows:
        return Finding("foreign keys", True, "every reference points at an existing row")
    tables = sorted({row[0] for row in rows})
    return Finding("foreign keys", False, f"{len(rows)} rows refer to missing rows (in {', '.join(tables)})")


def _schema(conn: sqlite3.Connection) -> Finding:
    try:
        differences = schema_problems(conn)
    except sqlite3.DatabaseError as exc:
        return Finding("schema", False, str(exc))
    if not differences:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        return Finding("schema", True, f"version {version}, as expected; no unexpected triggers or views")
    return Finding("schema", False, "; ".join(differences[:5]) + (f" (and {len(differences) - 5} more)" if len(differences) > 5 else ""))


def _search_index(conn: sqlite3.Connection) -> Finding:
    with tempfile.TemporaryDirectory(prefix="case-explorer-check-") as folder:
        copy = sqlite3.connect(Path(folder) / "copy.case.db", isolation_level=None)
        try:
            conn.backup(copy)
            copy.execute("PRAGMA trusted_schema = ON")  # safe: the schema was just verified to be ours
            stale = []
            for table in schema.FTS_TABLES:
                try:
                    copy.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
                except sqlite3.DatabaseError:
                    stale.append(table)
        except sqlite3.DatabaseError as exc:
            return Finding("search index", False, f"could not be checked ({exc})")
        finally:
            copy.close()
    if stale:
        return Finding("search index", False, f"out of step with the case in {', '.join(stale)}; rebuild it")
    return Finding("search index", True, "in step with events, entities and notes")


def _stored_dates(conn: sqlite3.Connection) -> Finding:
    bad = []
    for table, columns in _DATE_COLUMNS.items():
        for column in columns:
            for uid, value in conn.execute(f'SELECT uid, "{column}" FROM {table} WHERE "{column}" IS NOT NULL'):
                if not isinstance(value, str) or not dates.is_valid(value):
                    bad.append(f"{table} {uid!r} {column} {value!r}")
    if bad:
        return Finding("dates", False, f"{len(bad)} stored dates cannot be read, e.g. {bad[0]}")
    return Finding("dates", True, "every stored date is a valid partial date")
