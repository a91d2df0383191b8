"""Schema 3: the event table rebuilt with its uid index named, every id, reference and search entry kept.

Migration 0003 rebuilds ``event`` (SQLite cannot drop a column's UNIQUE constraint), so these
tests open cases written by versions 1 and 2 (the stored fixtures, one with an id gap) and check
that every row keeps its id, everything pointing at events still does, the search index still
finds the same rows, uids stay unique, and that a migration which fails half-way, or breaks a
reference, leaves the case exactly as it was.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from explorer.core import migrations, schema
from explorer.core.database import open_database
from tests.conftest import REPO

FIXTURES = REPO / "tests" / "fixtures" / "cases"
# Every table holding event ids, and the event table itself, in a fixed order.
_POINTING_AT_EVENTS = ("event", "event_entity", "event_effect", "citation", "note", "tour_step")


def _copy(version: int, tmp_path: Path) -> Path:
    case = tmp_path / f"v{version}.case.db"
    shutil.copyfile(FIXTURES / f"scale-ai-v{version}.case.db", case)
    return case


def _rows(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    rows = {table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() for table in _POINTING_AT_EVENTS}
    rows["note"] = [row[:13] for row in rows["note"]]  # version 2 added a column at the end
    return rows


def _found(conn: sqlite3.Connection) -> dict[str, list[int]]:
    words = ("meta", "scale", "data*", "la*", "neutral*")
    return {w: [r[0] for r in conn.execute("SELECT rowid FROM event_fts WHERE event_fts MATCH ? ORDER BY rowid", (w,))] for w in words}


def _with_a_gap(case: Path) -> None:
    """Delete the third event the way the application does (references cascade, the index follows)."""
    conn = sqlite3.connect(case, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA trusted_schema = ON")
        conn.execute("DELETE FROM event WHERE id = 3")
    finally:
        conn.close()


@pytest.mark.parametrize("version", [1, 2])
@pytest.mark.parametrize("gap", [False, True], ids=["as-stored", "with-an-id-gap"])
def test_an_older_case_migrates_to_3_with_every_id_and_reference_kept(tmp_path: Path, version: int, gap: bool) -> None:
    case = _copy(version, tmp_path)
    if gap:
        _with_a_gap(case)
    with sqlite3.connect(case) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == version
        before, found_before = _rows(old), _found(old)
    old.close()
    assert len(before["event_entity"]) > 10 and before["citation"] and before["tour_step"]
    assert all(hits for hits in found_before.values())

    db = open_database(case, backup_dir=tmp_path / "backups")
    try:
        conn = db.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version() >= 3
        assert schema.differences(conn) == []
        assert _rows(conn) == before
        assert _found(conn) == found_before
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO event_fts (event_fts, rank) VALUES ('integrity-check', 1)")  # raises if out of step
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"), db.atomic() as write:
            write.execute("INSERT INTO event (uid, title, start, t_start, t_end, precision) "
                          "SELECT uid, 'Copy', start, t_start, t_end, precision FROM event LIMIT 1")
        with db.atomic() as write:  # the search triggers work on the new table
            write.execute("UPDATE event SET title = 'Zanzibar' WHERE id = (SELECT min(id) FROM event)")
        assert conn.execute("SELECT count(*) FROM event_fts WHERE event_fts MATCH 'zanzibar'").fetchone()[0] == 1
        with db.atomic() as write:  # deleting an event still cascades to what points at it
            first = write.execute("SELECT event_id FROM event_entity ORDER BY 1 LIMIT 1").fetchone()[0]
            write.execute("DELETE FROM event WHERE id = ?", (first,))
        assert conn.execute("SELECT count(*) FROM event_entity WHERE event_id = ?", (first,)).fetchone()[0] == 0
    finally:
        db.close()


def test_the_uid_uniqueness_is_an_index_a_bulk_import_can_set_aside() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrations.apply_all(conn)
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'event'").fetchall()
    assert ("event_uid", "CREATE UNIQUE INDEX event_uid ON event (uid)") in indexes
    assert all(sql is not None for _, sql in indexes), "no automatic index left: every index can be dropped and rebuilt"


def _version_and_dump(case: Path) -> tuple[int, list[str]]:
    conn = sqlite3.connect(case)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0], list(conn.iterdump())
    finally:
        conn.close()


def _upgrade_with(case: Path, tmp_path: Path, extra: migrations.Migration, monkeypatch: pytest.MonkeyPatch) -> None:
    real = migrations.all_migrations()
    monkeypatch.setattr(migrations, "all_migrations", lambda: (*real, extra))
    conn = sqlite3.connect(case, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        migrations.upgrade(conn, case, tmp_path / "backups")
    finally:
        conn.close()


def test_a_migration_failing_after_the_rebuild_leaves_the_case_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = _copy(2, tmp_path)
    before = _version_and_dump(case)
    failing = migrations.Migration(len(migrations.all_migrations()) + 1, "failing", "INSERT INTO no_such_table VALUES (1);\n")
    with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
        _upgrade_with(case, tmp_path, failing, monkeypatch)  # 0003 (the rebuild) ran first, in the same transaction
    assert _version_and_dump(case) == before


def test_a_migration_that_breaks_references_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = _copy(2, tmp_path)
    before = _version_and_dump(case)
    dangling = migrations.Migration(
        len(migrations.all_migrations()) + 1, "dangling", "DELETE FROM event WHERE id IN (SELECT event_id FROM event_entity);\n"
    )
    with pytest.raises(sqlite3.IntegrityError, match="broke"):
        _upgrade_with(case, tmp_path, dangling, monkeypatch)
    assert _version_and_dump(case) == before


def test_foreign_keys_are_enforced_again_after_migrating(tmp_path: Path) -> None:
    for enforced in (0, 1):
        conn = sqlite3.connect(":memory:", isolation_level=None)
        conn.execute(f"PRAGMA foreign_keys = {enforced}")
        migrations.apply_all(conn)
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == enforced
        assert conn.execute("PRAGMA legacy_alter_table").fetchone()[0] == 0
        conn.close()
