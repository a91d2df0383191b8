"""The case file: creation, transactions and savepoints, safe opening, migrations and the schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from explorer import paths
from explorer.core import migrations, schema
from explorer.core.database import (
    APPLICATION_ID,
    CaseFileError,
    Database,
    Problem,
    ReadOnlyError,
    create_database,
    memory_database,
    open_database,
)

LATEST = migrations.latest_version()


def _pragma(conn: sqlite3.Connection, name: str) -> int:
    return conn.execute(f"PRAGMA {name}").fetchone()[0]


def _meta_rows(db: Database) -> list[tuple[str, str]]:
    return db.conn.execute("SELECT key, value FROM case_meta ORDER BY key").fetchall()


@pytest.fixture
def db() -> Database:
    database = memory_database()
    yield database
    database.close()


# --- new case files ---------------------------------------------------------------------------


def test_memory_database_has_the_latest_schema(db: Database) -> None:
    assert _pragma(db.conn, "application_id") == APPLICATION_ID == 0x43415345
    assert _pragma(db.conn, "user_version") == LATEST >= 1
    assert _pragma(db.conn, "foreign_keys") == 1
    assert schema.differences(db.conn) == []
    assert not db.readonly


def test_create_database_builds_the_latest_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.case.db"
    db = create_database(path)
    try:
        assert db.path == path
        assert _pragma(db.conn, "application_id") == APPLICATION_ID
        assert _pragma(db.conn, "user_version") == LATEST
        assert schema.differences(db.conn) == []
    finally:
        db.close()
    # What was created opens again, as a case, through the safe path.
    reopened = open_database(path)
    try:
        assert _pragma(reopened.conn, "user_version") == LATEST
    finally:
        reopened.close()


def test_create_database_refuses_an_existing_path(tmp_path: Path) -> None:
    path = tmp_path / "taken.case.db"
    path.write_bytes(b"precious")
    with pytest.raises(CaseFileError) as caught:
        create_database(path)
    assert caught.value.problem is Problem.EXISTS
    assert path.read_bytes() == b"precious"


def test_create_database_in_a_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "x.case.db"
    with pytest.raises(CaseFileError) as caught:
        create_database(path)
    assert caught.value.problem is Problem.MISSING
    assert not path.parent.exists()


# --- atomic() ---------------------------------------------------------------------------------


def test_atomic_commits(db: Database) -> None:
    with db.atomic() as conn:
        conn.execute("INSERT INTO case_meta VALUES ('title', 'T')")
    assert not db.conn.in_transaction
    assert _meta_rows(db) == [("title", "T")]


def test_atomic_rolls_back_on_exception(db: Database) -> None:
    with pytest.raises(RuntimeError, match="boom"), db.atomic() as conn:
        conn.execute("INSERT INTO case_meta VALUES ('title', 'T')")
        raise RuntimeError("boom")
    assert not db.conn.in_transaction
    assert _meta_rows(db) == []


def test_atomic_rolls_back_on_a_constraint_failure(db: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError), db.atomic() as conn:
        conn.execute("INSERT INTO case_meta VALUES ('a', '1')")
        conn.execute("INSERT INTO case_meta VALUES ('a', '2')")
    assert _meta_rows(db) == []


def test_nested_atomic_failure_rolls_back_only_the_inner_part(db: Database) -> None:
    with db.atomic() as conn:
        conn.execute("INSERT INTO case_meta VALUES ('outer', '1')")
        with pytest.raises(ValueError), db.atomic() as inner:
            inner.execute("INSERT INTO case_meta VALUES ('inner', '2')")
            raise ValueError("inner failure")
        assert conn.in_transaction  # the outer transaction goes on
        conn.execute("INSERT INTO case_meta VALUES ('after', '3')")
    assert _meta_rows(db) == [("after", "3"), ("outer", "1")]


def test_nested_atomic_success_commits_with_the_outer(db: Database) -> None:
    with db.atomic() as conn:
        with db.atomic() as inner:
            inner.execute("INSERT INTO case_meta VALUES ('inner', '2')")
            with db.atomic() as innermost:
                innermost.execute("INSERT INTO case_meta VALUES ('innermost', '3')")
        conn.execute("INSERT INTO case_meta VALUES ('outer', '1')")
    assert _meta_rows(db) == [("inner", "2"), ("innermost", "3"), ("outer", "1")]


def test_outer_failure_rolls_back_committed_savepoints(db: Database) -> None:
    with pytest.raises(KeyError), db.atomic():
        with db.atomic() as inner:
            inner.execute("INSERT INTO case_meta VALUES ('inner', '2')")
        raise KeyError("outer")
    assert _meta_rows(db) == []


def test_read_only_database_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "ro.case.db"
    create_database(path).close()
    before = path.read_bytes()
    db = open_database(path, readonly=True)
    try:
        assert db.readonly
        assert "read-only" in db.readonly_reason
        with pytest.raises(ReadOnlyError), db.atomic() as conn:
            conn.execute("INSERT INTO case_meta VALUES ('title', 'nope')")
        with pytest.raises(sqlite3.OperationalError):  # even around atomic(), the connection itself is read-only
            db.conn.execute("INSERT INTO case_meta VALUES ('title', 'nope')")
    finally:
        db.close()
    assert path.read_bytes() == before


# --- opening ----------------------------------------------------------------------------------


def test_open_database_never_creates_a_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.case.db"
    with pytest.raises(CaseFileError) as caught:
        open_database(path)
    assert caught.value.problem is Problem.MISSING
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(CaseFileError):
        open_database(path, readonly=True)
    assert not path.exists()


def test_open_database_refuses_a_foreign_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(CaseFileError) as caught:
        open_database(path)
    assert caught.value.problem is Problem.FOREIGN
    assert path.read_bytes() == before


def test_open_database_refuses_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "future.case.db"
    create_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(CaseFileError) as caught:
        open_database(path)
    assert caught.value.problem is Problem.NEWER


def test_open_database_refuses_an_altered_schema(tmp_path: Path) -> None:
    path = tmp_path / "altered.case.db"
    create_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER sneaky AFTER INSERT ON event BEGIN DELETE FROM note; END")
    conn.close()
    with pytest.raises(CaseFileError) as caught:
        open_database(path)
    assert caught.value.problem is Problem.UNEXPECTED_SCHEMA
    assert "sneaky" in str(caught.value)


# --- migrations -------------------------------------------------------------------------------


def test_migration_files_are_numbered_without_gaps() -> None:
    found = migrations.all_migrations()
    assert [m.version for m in found] == list(range(1, LATEST + 1))
    for migration in found:
        assert migration.statements(), f"migration {migration.version} has no statements"
        assert all(sqlite3.complete_statement(s + ("" if s.endswith(";") else ";")) for s in migration.statements())


def test_split_statements_keeps_trigger_bodies_whole() -> None:
    sql = (
        "-- a comment; with a semicolon\n"
        "CREATE TABLE a (x);\n"
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "    INSERT INTO a VALUES (1);\n"
        "    INSERT INTO a VALUES (2);\n"
        "END;\n"
    )
    statements = migrations.split_statements(sql)
    assert len(statements) == 2
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END;")
    with pytest.raises(ValueError, match="incomplete"):
        migrations.split_statements("CREATE TABLE b (x")


def _empty_case_file(path: Path) -> sqlite3.Connection:
    """An empty SQLite file marked as a case, at user_version 0: no tables yet."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    return conn


def test_every_migration_applies_in_order_on_an_empty_file(tmp_path: Path) -> None:
    conn = _empty_case_file(tmp_path / "stepwise.case.db")
    try:
        assert _pragma(conn, "user_version") == 0
        for migration in migrations.all_migrations():
            assert _pragma(conn, "user_version") == migration.version - 1
            conn.execute("BEGIN")
            for statement in migration.statements():
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {migration.version}")
            conn.execute("COMMIT")
            assert schema.read(conn) == schema.expected(migration.version), f"after migration {migration.version}"
        assert _pragma(conn, "user_version") == LATEST
        assert schema.differences(conn) == []
        assert _pragma(conn, "application_id") == APPLICATION_ID
    finally:
        conn.close()


@pytest.mark.parametrize("version", range(1, LATEST + 1))
def test_apply_all_up_to_each_version(tmp_path: Path, version: int) -> None:
    conn = _empty_case_file(tmp_path / f"v{version}.case.db")
    try:
        migrations.apply_all(conn, up_to=version)
        assert _pragma(conn, "user_version") == version
        assert schema.read(conn) == schema.expected(version)
    finally:
        conn.close()


def test_a_failing_migration_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = migrations.Migration(1, "broken", "CREATE TABLE half (x);\nCREATE TABLE half (x);\n")
    monkeypatch.setattr(migrations, "all_migrations", lambda: (broken,))
    conn = _empty_case_file(tmp_path / "broken.case.db")
    try:
        with pytest.raises(sqlite3.OperationalError):
            migrations.apply_all(conn)
        assert _pragma(conn, "user_version") == 0
        assert schema.read(conn) == {}
    finally:
        conn.close()


@pytest.mark.parametrize("version", range(LATEST))
def test_open_database_upgrades_an_older_case_after_a_backup(tmp_path: Path, version: int) -> None:
    """A case at every older version (0 = marked as a case, no tables yet) opens upgraded to the latest."""
    path = tmp_path / f"old-v{version}.case.db"
    conn = _empty_case_file(path)
    migrations.apply_all(conn, up_to=version)
    if version >= 1:
        conn.execute("INSERT INTO case_meta (key, value) VALUES ('title', 'Old case')")
    conn.close()
    backups = tmp_path / "backups"

    db = open_database(path, backup_dir=backups)
    try:
        assert _pragma(db.conn, "user_version") == LATEST
        assert schema.differences(db.conn) == []
        if version >= 1:
            assert _meta_rows(db) == [("title", "Old case")]
        with db.atomic() as write:  # writable (and the FTS triggers work) after the upgrade
            write.execute("INSERT INTO entity (uid, kind, name) VALUES ('e', 'company', 'Acme')")
    finally:
        db.close()

    copies = list(backups.iterdir())
    assert len(copies) == 1, copies
    assert copies[0].name.endswith(".case.db") and f"before-v{LATEST}" in copies[0].name
    copy = sqlite3.connect(f"{copies[0].as_uri()}?mode=ro", uri=True)
    try:
        assert _pragma(copy, "user_version") == version
        assert _pragma(copy, "application_id") == APPLICATION_ID
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert schema.read(copy) == schema.expected(version)
    finally:
        copy.close()


def test_upgrade_backup_goes_to_the_data_folder_by_default(tmp_path: Path, private_home: Path) -> None:
    path = tmp_path / "old.case.db"
    _empty_case_file(path).close()
    open_database(path).close()
    assert paths.backups_dir().is_relative_to(private_home)
    assert len(list(paths.backups_dir().glob("old.before-v*.case.db"))) == 1


def test_an_older_read_only_case_is_not_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.case.db"
    _empty_case_file(path).close()
    before = path.read_bytes()
    with pytest.raises(CaseFileError) as caught:
        open_database(path, readonly=True, backup_dir=tmp_path / "backups")
    assert caught.value.problem is Problem.NEEDS_UPGRADE
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


# --- the schema -------------------------------------------------------------------------------


def test_fresh_case_has_no_schema_differences(db: Database) -> None:
    assert schema.differences(db.conn) == []


def test_schema_differences_reports_an_extra_trigger(db: Database) -> None:
    db.conn.execute("CREATE TRIGGER extra AFTER DELETE ON event BEGIN SELECT 1; END")
    assert schema.differences(db.conn) == ["unexpected trigger 'extra'"]


def test_schema_differences_reports_an_extra_view(db: Database) -> None:
    db.conn.execute("CREATE VIEW titles AS SELECT title FROM event")
    assert schema.differences(db.conn) == ["unexpected view 'titles'"]


def test_schema_differences_reports_a_missing_index(db: Database) -> None:
    db.conn.execute("DROP INDEX event_timeline")
    assert schema.differences(db.conn) == ["missing index 'event_timeline'"]


def test_schema_differences_reports_an_altered_table(db: Database) -> None:
    db.conn.execute("ALTER TABLE entity ADD COLUMN secret TEXT")
    assert schema.differences(db.conn) == ["table 'entity' differs from the expected definition"]


def test_schema_differences_allows_sqlite_statistics(db: Database) -> None:
    db.conn.execute("ANALYZE")
    assert schema.differences(db.conn) == []


def test_schema_sql_is_current() -> None:
    on_disk = (paths.db_dir() / "schema.sql").read_text(encoding="utf-8")
    assert on_disk == schema.dump(), (
        "db/schema.sql is out of date with db/migrations; regenerate it with "
        "`python -m explorer.core.schema > db/schema.sql`"
    )
