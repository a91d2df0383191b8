"""Locks: a busy file is a ``BusyError`` for reads as for writes, and a read-only open of a WAL-mode
file learns its mode without ever ``open()``ing a file this process holds a connection to."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from explorer.core.casefile import open_case
from explorer.core.database import BusyError, CaseFileError, Problem
from explorer.core.store import CaseStore

EVENT = "ev-wang-joins-meta"
BUSY = "the case file is busy: another program is writing to it"


@pytest.fixture
def store(bundled_case: Path) -> Iterator[CaseStore]:
    case = open_case(bundled_case, busy_timeout=0.1)
    yield case
    case.close()


@pytest.fixture
def locked(bundled_case: Path) -> Iterator[sqlite3.Connection]:
    """Another connection holding the file's exclusive lock: no one else may read or write."""
    other = sqlite3.connect(bundled_case, isolation_level=None)
    try:
        yield other
    finally:
        if other.in_transaction:
            other.execute("ROLLBACK")
        other.close()


def test_a_read_of_a_locked_case_raises_busy_with_a_clear_message(store: CaseStore, locked: sqlite3.Connection) -> None:
    assert store.event(EVENT) is not None
    locked.execute("BEGIN EXCLUSIVE")
    for read in (lambda: store.event(EVENT), store.counts, lambda: list(store.iter_events()),
                 lambda: store.conn.cursor().execute("SELECT count(*) FROM event").fetchone()):
        with pytest.raises(BusyError) as caught:
            read()
        assert str(caught.value) == BUSY
        assert isinstance(caught.value.__cause__, sqlite3.OperationalError) and "locked" in str(caught.value.__cause__)
    locked.execute("ROLLBACK")
    assert store.event(EVENT) is not None  # and once the lock is gone, reads go on


def test_a_write_to_a_locked_case_raises_busy_once(store: CaseStore, locked: sqlite3.Connection) -> None:
    locked.execute("BEGIN EXCLUSIVE")
    with pytest.raises(BusyError) as caught, store.db.atomic() as conn:
        conn.execute("UPDATE event SET title = 'x' WHERE uid = ?", (EVENT,))
    assert str(caught.value) == BUSY and not isinstance(caught.value.__cause__, BusyError)
    assert caught.value.__cause__ is not caught.value


def test_busy_is_still_an_operational_error_and_other_errors_keep_their_type(store: CaseStore, locked: sqlite3.Connection) -> None:
    with pytest.raises(sqlite3.OperationalError) as caught:
        store.conn.execute("SELECT * FROM no_such_table")
    assert not isinstance(caught.value, BusyError)
    locked.execute("BEGIN EXCLUSIVE")
    with pytest.raises(sqlite3.OperationalError):  # code that handles OperationalError handles busy too
        store.conn.execute("SELECT count(*) FROM event")


def test_opening_a_locked_case_still_says_locked(bundled_case: Path, locked: sqlite3.Connection) -> None:
    locked.execute("BEGIN EXCLUSIVE")
    with pytest.raises(CaseFileError) as caught:
        open_case(bundled_case, busy_timeout=0.1)
    assert caught.value.problem is Problem.LOCKED


# --- the journal mode of a read-only open ---------------------------------------------------------------


def wal_mode_copy(case: Path, folder: Path) -> Path:
    source = folder / "wal-source.case.db"
    shutil.copyfile(case, source)
    conn = sqlite3.connect(source, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()  # the last connection checkpoints and removes the log; the header still says WAL
    target = folder / "wal.case.db"
    shutil.move(source, target)
    assert target.read_bytes()[18:20] == b"\x02\x02"
    return target


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every file opened with ``Path.open`` from now on."""
    paths: list[Path] = []
    original = Path.open

    def recording(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        paths.append(self)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", recording)
    return paths


def test_a_file_this_process_holds_is_never_opened_to_read_its_header(bundled_case: Path, opened: list[Path]) -> None:
    writer = open_case(bundled_case)
    try:
        reader = open_case(bundled_case, readonly=True)
        reader.close()
        assert bundled_case not in opened, "the header was read while a connection held the file"
    finally:
        writer.close()
    alone = open_case(bundled_case, readonly=True)  # nothing holds it now: the header may be read
    alone.close()
    assert opened.count(bundled_case) == 1


def test_a_second_read_only_open_of_a_wal_mode_case_is_immutable_too(bundled_case: Path, tmp_path: Path, opened: list[Path]) -> None:
    folder = tmp_path / "wal"
    folder.mkdir()
    path = wal_mode_copy(bundled_case, folder)
    opened.clear()
    first = open_case(path, readonly=True)
    try:
        second = open_case(path, readonly=True)
        try:
            assert first.db.immutable and second.db.immutable
            assert second.event_count() == first.event_count() == 13
        finally:
            second.close()
    finally:
        first.close()
    assert opened.count(path) == 1  # the header was read once, before any connection held the file
    assert sorted(p.name for p in folder.iterdir()) == ["wal.case.db"]


def test_a_writable_open_of_a_normal_case_is_not_immutable(bundled_case: Path) -> None:
    store = open_case(bundled_case)
    try:
        assert not store.db.immutable and not store.db.open_reader().immutable
    finally:
        store.close()
