"""A large file is read in a worker process: the same rows, the same errors, cancel and crash handled."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest

from explorer.core.casefile import import_into, new_case
from explorer.core.interchange import formats, read_worker
from explorer.core.interchange.bulk_events import ImportCancelled
from explorer.core.interchange.json_reader import ImportFailure
from explorer.core.interchange.spreadsheet_dates import AmbiguousDate
from tests.interchange.conftest import CSV, TIMELINEJS


def _rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        events = conn.execute("SELECT * FROM event ORDER BY id").fetchall()
        found = conn.execute("SELECT rowid FROM event_fts WHERE event_fts MATCH 'the' ORDER BY rowid").fetchall()
        meta = conn.execute("SELECT * FROM case_meta WHERE key NOT IN ('created', 'updated') ORDER BY key").fetchall()
        eras = conn.execute("SELECT uid, title, start, \"end\" FROM era ORDER BY uid").fetchall()
        return [*events, *found, *meta, *eras]
    finally:
        conn.close()


@pytest.fixture
def in_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read_worker, "WORKER_MIN_BYTES", 0)
    monkeypatch.setattr(read_worker.os, "cpu_count", lambda: 2)
    monkeypatch.setenv("CASE_EXPLORER_IMPORT_WORKER", "1")


def _many(tmp_path: Path, count: int, last: dict | None = None) -> Path:
    slides = [{"start_date": {"year": 1900 + i % 100, "month": 1 + i % 12},
               "text": {"headline": f"Event {i}", "text": f"<p>The text {i}</p>"}, "group": f"g{i % 3}"} for i in range(count)]
    path = tmp_path / "many.json"
    path.write_text(json.dumps({"title": {"text": {"headline": "Many"}}, "events": [*slides, *([last] if last else [])],
                                "eras": [{"start_date": {"year": 1900}, "end_date": {"year": 1950}, "text": {"headline": "First half"}}]}))
    return path


@pytest.mark.parametrize(
    "source", [TIMELINEJS / "world-history.json", CSV / "events-day-first.csv", TIMELINEJS / "same-timeline.csv", "many"],
)
def test_a_worker_imports_the_same_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: Path | str) -> None:
    path = _many(tmp_path, 45_000) if source == "many" else source
    assert isinstance(path, Path)
    monkeypatch.setenv("CASE_EXPLORER_IMPORT_WORKER", "0")
    import_into(path, tmp_path / "alone.case.db")
    monkeypatch.setenv("CASE_EXPLORER_IMPORT_WORKER", "1")
    monkeypatch.setattr(read_worker, "WORKER_MIN_BYTES", 0)
    monkeypatch.setattr(read_worker.os, "cpu_count", lambda: 2)
    started = []
    monkeypatch.setattr(read_worker.ReadWorker, "__enter__", lambda self: started.append(self) or self)
    import_into(path, tmp_path / "worker.case.db")
    assert started
    assert _rows(tmp_path / "alone.case.db") == _rows(tmp_path / "worker.case.db")


@pytest.mark.usefixtures("in_worker")
def test_an_error_in_the_worker_is_located_and_nothing_is_written(tmp_path: Path) -> None:
    source = _many(tmp_path, 30_000, {"start_date": {"year": 2021, "month": 2, "day": 30}, "text": {"headline": "Bad"}})
    target = tmp_path / "existing.case.db"
    new_case(target, "Existing")
    before = target.read_bytes()
    with pytest.raises(ImportFailure, match=r"^events\[30000\]\.start_date: 2021-02-30 does not exist"):
        import_into(source, target)
    assert target.read_bytes() == before
    with pytest.raises(ImportFailure, match=r"events\[30000\]"):
        import_into(source, tmp_path / "new.case.db")
    assert not (tmp_path / "new.case.db").exists()


@pytest.mark.usefixtures("in_worker")
def test_a_subclass_of_import_failure_comes_back_as_itself(tmp_path: Path) -> None:
    source = tmp_path / "dates.csv"
    source.write_text("Title,Date\n" + "".join(f"Event {i},2020-01-01\n" for i in range(3000)) + "Odd,03/04/2025\n")
    with pytest.raises(AmbiguousDate, match=r"line 3002, column B \('Date'\)"):
        import_into(source, tmp_path / "new.case.db")


@pytest.mark.usefixtures("in_worker")
@pytest.mark.parametrize("after", [0, 1, 3])
def test_cancelling_ends_the_worker_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, after: int) -> None:
    source = _many(tmp_path, 60_000)
    target = tmp_path / "existing.case.db"
    new_case(target, "Existing")
    before = target.read_bytes()
    workers: list[read_worker.ReadWorker] = []
    monkeypatch.setattr(read_worker.ReadWorker, "__enter__", lambda self: workers.append(self) or self)
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > after

    with pytest.raises(ImportCancelled):
        import_into(source, target, cancelled=cancelled)
    assert target.read_bytes() == before
    assert all(worker.process.returncode is not None for worker in workers)


@pytest.mark.usefixtures("in_worker")
@pytest.mark.parametrize(("boot", "problem"), [
    ("import sys; sys.exit(3)", "exit code 3"),
    # text where a message's length belongs (a library printing to the worker's stdout, say)
    ("import os, time; os.write(1, b'hello world, this is not a message'); time.sleep(60)", "wrote something other than its messages"),
])
def test_a_worker_that_dies_or_garbles_its_pipe_is_an_error_not_a_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boot: str, problem: str,
) -> None:
    monkeypatch.setattr(read_worker, "_BOOT", boot)
    target = tmp_path / "existing.case.db"
    new_case(target, "Existing")
    before = target.read_bytes()
    started = time.monotonic()
    with pytest.raises(RuntimeError, match=problem):
        import_into(_many(tmp_path, 100), target)
    assert time.monotonic() - started < 30
    assert target.read_bytes() == before


def test_small_files_and_one_core_are_read_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASE_EXPLORER_IMPORT_WORKER", "1")
    assert not read_worker.worth_a_worker(read_worker.WORKER_MIN_BYTES - 1)
    monkeypatch.setattr(read_worker.os, "cpu_count", lambda: 1)
    assert not read_worker.worth_a_worker(10 * read_worker.WORKER_MIN_BYTES)


def _held(worker: read_worker.ReadWorker) -> list:
    return list(worker._inbox._items)


@pytest.mark.usefixtures("in_worker")
def test_the_worker_reads_on_while_the_writer_is_busy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """While the first chunk is still being written (as when a batch is indexed for search), the rest arrives."""
    workers: list[read_worker.ReadWorker] = []
    monkeypatch.setattr(read_worker.ReadWorker, "__enter__", lambda self: workers.append(self) or self)
    arrived: list[bool] = []

    def slow_first_chunk(*_: object) -> None:
        if not arrived:
            deadline = time.monotonic() + 60
            while None not in _held(workers[0]) and time.monotonic() < deadline:  # None: the pipe has ended
                time.sleep(0.02)
            arrived.append(None in _held(workers[0]))

    job = formats.open_import(_many(tmp_path, 60_000), None, None)
    read_worker.read_in_worker(job, slow_first_chunk, lambda done: None)
    assert arrived == [True]  # every other message was read (and held) while the first was handled


@pytest.mark.usefixtures("in_worker")
def test_what_the_worker_sends_ahead_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read_worker, "INBOX_BYTES", 1)
    workers: list[read_worker.ReadWorker] = []
    monkeypatch.setattr(read_worker.ReadWorker, "__enter__", lambda self: workers.append(self) or self)
    held: list[int] = []
    chunks: list[int] = []

    def slow_chunk(columns: tuple, rows: list, keys: list, participants: list) -> None:
        if not held:
            time.sleep(1.0)  # time for the worker to send ahead, were it not bounded
            held.append(len(_held(workers[0])))
        chunks.append(len(rows))

    job = formats.open_import(_many(tmp_path, 60_000), None, None)
    read_worker.read_in_worker(job, slow_chunk, lambda done: None)
    assert held == [1]  # one message over the budget, then the thread (and the worker behind the pipe) waits
    assert sum(chunks) == 60_000
