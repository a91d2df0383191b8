"""Opening bad files: each gets a CaseFileError naming its problem, and nothing changes on disk.

DESIGN §6: missing, folder, empty, text, truncated, damaged, foreign, newer-schema, unexpected
schema and locked paths are refused with a plain one-line message; read-only files and folders
open read-only. In every case the folder holding the file (and the app's data folder, where
backups would go) is byte-for-byte, mtime-for-mtime the same afterwards.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from explorer.core import dates, migrations
from explorer.core.casefile import open_case
from explorer.core.database import CaseFileError, Problem, ReadOnlyError
from explorer.core.models import Era
from explorer.core.search import search
from tests.reliability import bad_files
from tests.reliability.bad_files import BAD_FILES, READONLY, UNOPENABLE, BadFile, prepare, snapshot

BUSY_TIMEOUT_S = 0.5


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder holding only the file under test, so a snapshot of it sees any stray file."""
    path = tmp_path / "work"
    path.mkdir()
    return path


def assert_unchanged(before: dict, after: dict) -> None:
    added = sorted(after.keys() - before.keys())
    removed = sorted(before.keys() - after.keys())
    changed = sorted(name for name in before.keys() & after.keys() if before[name] != after[name])
    assert (added, removed, changed) == ([], [], []), "the disk changed"


def _ids(bad: BadFile) -> str:
    return bad.name


# --- the factories make what they say -------------------------------------------------------------


def test_the_table_covers_every_kind_of_bad_file() -> None:
    problems = {bad.problem for bad in UNOPENABLE}
    assert problems == {
        Problem.MISSING, Problem.DIRECTORY, Problem.EMPTY, Problem.NOT_SQLITE, Problem.DAMAGED,
        Problem.FOREIGN, Problem.NEWER, Problem.LOCKED, Problem.UNEXPECTED_SCHEMA,
    }
    assert {bad.name for bad in READONLY} == {"readonly-file", "readonly-folder"}


@pytest.mark.parametrize("at_page", [False, True], ids=["mid-page", "at-page"])
def test_truncated_case_is_a_prefix_of_the_real_one(at_page: bool, folder: Path, bundled_case_template: Path) -> None:
    path = bad_files.truncated_case(folder, bundled_case_template, at_page=at_page)
    original = bundled_case_template.read_bytes()
    cut = path.read_bytes()
    page_size = int.from_bytes(original[16:18], "big")
    assert 0.6 * len(original) - page_size < len(cut) <= 0.6 * len(original) + page_size
    assert original.startswith(cut)
    assert (len(cut) % page_size == 0) is at_page


def test_corrupt_page_overwrites_exactly_one_btree_page(folder: Path, bundled_case_template: Path) -> None:
    path = bad_files.corrupt_page(folder, bundled_case_template)
    original = bundled_case_template.read_bytes()
    damaged = path.read_bytes()
    page_size = int.from_bytes(original[16:18], "big")
    assert len(damaged) == len(original)
    changed_pages = {i // page_size + 1 for i in range(len(original)) if original[i] != damaged[i]}
    assert len(changed_pages) == 1
    (page,) = changed_pages
    page_count = len(original) // page_size
    assert 1 < page < page_count  # not the header page, not the last one
    conn = sqlite3.connect(f"{bundled_case_template.resolve().as_uri()}?mode=ro", uri=True)
    try:
        owner = conn.execute(
            "SELECT m.name, m.type FROM dbstat AS d JOIN sqlite_master AS m ON m.name = d.name WHERE d.pageno = ?", (page,)
        ).fetchone()
    finally:
        conn.close()
    assert owner is not None and (owner[0] == "event" or owner[1] == "index")
    # the same seed gives the same damage
    elsewhere = folder.parent / "again"
    elsewhere.mkdir()
    assert bad_files.corrupt_page(elsewhere, bundled_case_template).read_bytes() == damaged


def test_lock_holder_really_blocks_writers_and_is_killed_afterwards(folder: Path, bundled_case_template: Path) -> None:
    path = bad_files.locked_case(folder, bundled_case_template)
    with bad_files.locked_by_other_writer(path) as holder:
        conn = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                conn.execute("BEGIN IMMEDIATE")
        finally:
            conn.close()
        assert holder.poll() is None
    assert holder.poll() is not None
    store = open_case(path, busy_timeout=BUSY_TIMEOUT_S)  # the lock went with the holder
    store.close()


# --- bad files are refused, plainly, and nothing changes ------------------------------------------


@pytest.mark.parametrize("readonly", [False, True], ids=["writable", "readonly-request"])
@pytest.mark.parametrize("bad", UNOPENABLE, ids=_ids)
def test_opening_a_bad_file_names_the_problem_and_changes_nothing(
    bad: BadFile, readonly: bool, folder: Path, bundled_case_template: Path, private_home: Path, record_figure
) -> None:
    with prepare(bad, folder, bundled_case_template) as path:
        before = snapshot(folder, private_home)
        started = time.monotonic()
        with pytest.raises(CaseFileError) as caught:
            open_case(path, readonly=readonly, busy_timeout=BUSY_TIMEOUT_S)
        elapsed = time.monotonic() - started
        after = snapshot(folder, private_home)

    error = caught.value
    message = str(error)
    assert error.problem is bad.problem, message
    assert error.path == path
    assert message.startswith(f"{path}: ")
    assert "\n" not in message and "\r" not in message, f"message is not one line: {message!r}"
    for word in bad.words:
        assert word.lower() in message.lower(), f"{word!r} not in {message!r}"
    assert "Traceback" not in message and "sqlite3." not in message
    assert_unchanged(before, after)
    assert elapsed < BUSY_TIMEOUT_S + 3, "the busy timeout was not honoured"
    if not readonly:
        record_figure("bad-file", name=bad.name, tried=1, refused=1, changed=0)


def test_a_locked_file_waits_for_the_busy_timeout_only(folder: Path, bundled_case_template: Path) -> None:
    bad = BAD_FILES["locked"]
    with prepare(bad, folder, bundled_case_template) as path:
        started = time.monotonic()
        with pytest.raises(CaseFileError) as caught:
            open_case(path, busy_timeout=0.3)
        elapsed = time.monotonic() - started
    assert caught.value.problem is Problem.LOCKED
    assert 0.25 <= elapsed < 3


def test_a_newer_case_says_which_versions(folder: Path, bundled_case_template: Path) -> None:
    path = bad_files.newer_schema(folder, bundled_case_template)
    with pytest.raises(CaseFileError) as caught:
        open_case(path)
    latest = migrations.latest_version()
    assert f"schema version {latest + 1}" in str(caught.value)
    assert f"up to {latest}" in str(caught.value)


def test_a_foreign_database_is_not_adopted(folder: Path) -> None:
    path = bad_files.foreign_sqlite(folder)
    before = path.read_bytes()
    with pytest.raises(CaseFileError):
        open_case(path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("item",)]
    finally:
        conn.close()
    assert path.read_bytes() == before


# --- read-only files open read-only --------------------------------------------------------------


@pytest.mark.parametrize("bad", READONLY, ids=_ids)
def test_readonly_files_open_readonly(
    bad: BadFile, folder: Path, bundled_case_template: Path, private_home: Path, record_figure
) -> None:
    with prepare(bad, folder, bundled_case_template) as path:
        before = snapshot(folder, private_home)
        content = path.read_bytes()
        store = open_case(path)
        try:
            assert store.db.readonly is True
            assert store.readonly is True
            reason = store.db.readonly_reason or ""
            for word in bad.words:
                assert word in reason, f"{word!r} not in {reason!r}"
            assert store.counts()["event"] == 13  # reading works
            assert store.title.startswith("Scale AI")
            with pytest.raises(ReadOnlyError, match="read-only"):
                store.set_meta("title", "changed")
            with pytest.raises(ReadOnlyError):
                store.delete_event("ev-scale-founded")
            with pytest.raises(ReadOnlyError):
                store.put_era(Era(uid="era-new", title="New era", start=dates.parse("2025"), end=dates.parse("2026")))
            assert store.title.startswith("Scale AI")
            assert store.event("ev-scale-founded") is not None
        finally:
            store.close()
        after = snapshot(folder, private_home)
        assert path.read_bytes() == content
    assert_unchanged(before, after)
    record_figure("bad-file", name=bad.name, tried=1, opened_readonly=1, changed=0)


# --- a valid case, only read, stays as it was ------------------------------------------------------


@pytest.mark.parametrize("readonly", [False, True], ids=["writable", "readonly-request"])
def test_reading_a_valid_case_changes_nothing(
    readonly: bool, folder: Path, bundled_case_template: Path, private_home: Path
) -> None:
    path = folder / "scale.case.db"
    path.write_bytes(bundled_case_template.read_bytes())
    before = snapshot(folder, private_home)
    store = open_case(path, readonly=readonly)
    try:
        assert store.db.readonly is readonly
        counts = store.counts()
        assert counts["event"] == 13 and counts["entity"] == 10
        assert len(list(store.iter_events())) == 13
        assert store.entities() and store.relationships() and store.sources() and store.notes() and store.tours()
        assert store.eras() and store.citations() and store.effects()
        assert store.meta()["title"] == store.title
        assert search(store.conn, "Meta")
        reader = store.db.open_reader()
        try:
            assert reader.conn.execute("SELECT count(*) FROM event").fetchone()[0] == 13
        finally:
            reader.close()
    finally:
        store.close()
    assert_unchanged(before, snapshot(folder, private_home))
