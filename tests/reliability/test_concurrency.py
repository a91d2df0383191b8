"""Two app-like writers and a CLI import on one case file at once; another program's write lock.

Nothing is lost (every logged write is in the file, every imported event too), the file checks
clean, and a lock held too long is a clear "busy" message, never a crash or a traceback.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from explorer.core.casefile import open_case
from explorer.core.database import BusyError
from explorer.core.models import Note, NoteTarget
from tests.reliability.lock_holder import writer_in_progress

REPO = Path(__file__).resolve().parents[2]
STEPS = 120  # per writer
IMPORTED = 1500


def timelinejs_source(path: Path, count: int) -> Path:
    events = [
        {"start_date": {"year": str(1900 + i % 120), "month": str(1 + i % 12), "day": str(1 + i % 28)},
         "text": {"headline": f"Imported event {i}", "text": f"<p>imported body {i}</p>"}, "unique_id": f"imported-{i}"}
        for i in range(count)
    ]
    path.write_text(json.dumps({"title": {"text": {"headline": "Import"}}, "events": events}), encoding="utf-8")
    return path


def cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "explorer", *args], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def writer(case: Path, log: Path, name: str) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-m", "tests.reliability.concurrent_writer", str(case), str(log), name, str(STEPS)],
                             cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == f"ready {name}"
    return child


def done(log: Path) -> list[dict]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def integrity(case: Path) -> list[str]:
    conn = sqlite3.connect(f"{case.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def test_two_writers_and_a_cli_import_at_once_lose_nothing(bundled_case: Path, tmp_path: Path, record_figure) -> None:
    source = timelinejs_source(tmp_path / "timeline.json", IMPORTED)
    logs = {name: tmp_path / f"{name}.log" for name in ("alice", "bob")}
    started = time.monotonic()
    writers = {name: writer(bundled_case, log, name) for name, log in logs.items()}
    time.sleep(0.3)  # the import lands while both are writing
    importer = cli("import", str(source), "--into", str(bundled_case))
    out, err = importer.communicate(timeout=240)
    results = {}
    for name, child in writers.items():
        w_out, w_err = child.communicate(timeout=240)
        assert child.returncode == 0 and "Traceback" not in w_err, w_err[-3000:]
        results[name] = json.loads(w_out.strip().splitlines()[-1])
        assert all(line.endswith("busy, retrying") for line in w_err.splitlines()), w_err[-2000:]
    assert importer.returncode == 0 and "Traceback" not in err, err[-3000:]
    assert f"merged into {bundled_case}" in out
    assert integrity(bundled_case) == ["ok"]
    store = open_case(bundled_case)
    try:
        for log in logs.values():
            logged = done(log)
            assert len(logged) == STEPS
            events = [entry for entry in logged if "event" in entry]
            for entry in events:
                event = store.event(entry["event"])
                assert event is not None and event.title == entry["title"], f"lost {entry}"
            last_note = [entry for entry in logged if "note" in entry][-1]
            assert store.note(last_note["note"]).body == last_note["body"]
        titles = {row[0] for row in store.conn.execute("SELECT title FROM event WHERE title LIKE 'Imported event %'")}
        assert titles == {f"Imported event {i}" for i in range(IMPORTED)}
        written = sum(1 for log in logs.values() for entry in done(log) if "event" in entry)
        assert store.event_count() == 13 + written + IMPORTED
    finally:
        store.close()
    retries = sum(result["retries"] for result in results.values())
    record_figure("concurrency", writers=2, imports=1, writes=2 * STEPS, imported=IMPORTED, busy_retries=retries, lost=0,
                  corrupt=0, seconds=round(time.monotonic() - started, 1))


def test_a_second_instance_reads_while_another_writes_and_is_told_it_is_busy(bundled_case: Path) -> None:
    with writer_in_progress(bundled_case, "Title being written elsewhere") as other:
        store = open_case(bundled_case, busy_timeout=0.3)  # reading is allowed while the other writes
        try:
            title = store.title
            note = Note(uid="n-busy", target_kind=NoteTarget.CASE, body="typed meanwhile", created="2026-01-01T00:00:00",
                        updated="2026-01-01T00:00:00")
            with pytest.raises(BusyError, match="busy: another program is writing"):
                store.put_note(note)
            assert store.note("n-busy") is None
            other.commit()
            store.put_note(note)  # once the other program is done, the same write goes through
            assert store.note("n-busy").body == "typed meanwhile"
            assert store.title == "Title being written elsewhere" != title
        finally:
            store.close()
    assert integrity(bundled_case) == ["ok"]


def test_a_cli_import_into_a_case_another_program_is_writing_says_busy(bundled_case: Path, tmp_path: Path) -> None:
    source = timelinejs_source(tmp_path / "timeline.json", 20)
    before = integrity(bundled_case)
    with writer_in_progress(bundled_case):
        importer = cli("import", str(source), "--into", str(bundled_case))
        out, err = importer.communicate(timeout=60)
    assert "Traceback" not in err, err[-2000:]
    assert importer.returncode == 1 and "busy" in err and out == ""
    assert before == integrity(bundled_case) == ["ok"]
    store = open_case(bundled_case)
    try:
        assert store.event_count() == 13
    finally:
        store.close()
