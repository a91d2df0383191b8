"""THE KILL TEST: SIGKILL the app while it types into a note and autosaves; nothing older than a
second may be lost, and the file must stay intact.

Each round starts ``notes_typist.py`` (the real notes panel, offscreen, typing with real key
events and autosaving as the app does) on the same case file, and kills it with SIGKILL at a
moment chosen one of three ways: at random while typing, a few milliseconds after a save begins
(inside the transaction), or at random during start-up (while it opens, and perhaps recovers, the
file the previous kill left). Then, with the child dead:

- ``PRAGMA integrity_check`` is ``ok`` and the note is readable;
- the note is what it was before the round plus a prefix of what was typed in it, and that prefix
  holds every character the typist logged at least one second before the kill.

The CI run kills 20 times in two case files side by side (about 30 s); ``-m soak`` kills 200 times.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

TYPIST = Path(__file__).with_name("notes_typist.py")
NOTE_UID = "note-market-opening"
GRACE_SECONDS = 1.0  # the promise: at most the last second of typing is lost
START_TIMEOUT = 60.0


@dataclass
class KillReport:
    kills: int = 0
    characters_typed: int = 0
    characters_lost_beyond_grace: int = 0
    worst_unsaved_seconds: float = 0.0  # how long the oldest unsaved keystroke had been waiting when killed
    in_transaction: int = 0
    during_start: int = 0
    notes: list[str] = field(default_factory=list)


def _read_note(path: Path) -> tuple[str, str]:
    """(integrity_check result, the note's body), read after the child is dead."""
    conn = sqlite3.connect(path)
    try:
        check = "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
        row = conn.execute("SELECT body FROM note WHERE uid = ?", (NOTE_UID,)).fetchone()
        return check, row[0] if row else ""
    finally:
        conn.close()


def _typed(log: Path) -> list[tuple[float, str]]:
    """(time, character) of every complete line the typist logged."""
    if not log.exists():
        return []
    typed = []
    for line in log.read_bytes().split(b"\n")[:-1]:  # a line cut by the kill has no newline: left out
        stamp, code = line.split()
        typed.append((float(stamp), chr(int(code))))
    return typed


def _wait_for(child: subprocess.Popen, wanted: str, deadline: float) -> bool:
    while time.time() < deadline:
        line = child.stdout.readline()
        if not line:
            return False
        if line.startswith(wanted):
            return True
    return False


def _round(case: Path, log: Path, home: Path, seed: int, report: KillReport) -> None:
    rng = random.Random(seed)
    _check, before = _read_note(case)
    log.unlink(missing_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASE_EXPLORER_HOME": str(home), "PYTHONUNBUFFERED": "1"}
    child = subprocess.Popen(
        [sys.executable, str(TYPIST), str(case), NOTE_UID, str(log), str(seed)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )
    try:
        how = seed % 4
        if how == 3:  # during start-up: opening, recovering, building the panel
            time.sleep(rng.uniform(0.05, 1.5))
            report.during_start += 1
        else:
            assert _wait_for(child, "READY", time.time() + START_TIMEOUT), "the typist did not start"
            if how == 2:  # inside a save: a few milliseconds after one begins
                for _ in range(rng.randint(1, 3)):
                    assert _wait_for(child, "SAVING", time.time() + 10), "the typist stopped saving"
                time.sleep(rng.uniform(0.0, 0.006))
                report.in_transaction += 1
            else:
                time.sleep(rng.uniform(0.1, 2.4))
        kill_time = time.time()
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()
    report.kills += 1
    check, after = _read_note(case)
    assert check == "ok", f"round {seed}: integrity_check says {check}"
    typed = _typed(log)
    text = "".join(char for _t, char in typed)
    report.characters_typed += len(text)
    assert after.startswith(before), f"round {seed}: the note lost text it had before the round"
    saved = after[len(before):]
    assert text.startswith(saved), f"round {seed}: the note holds text that was never typed: {saved!r} vs {text!r}"
    due = sum(1 for moment, _char in typed if moment <= kill_time - GRACE_SECONDS)
    lost = max(0, due - len(saved))
    report.characters_lost_beyond_grace += lost
    if len(saved) < len(typed):
        report.worst_unsaved_seconds = max(report.worst_unsaved_seconds, kill_time - typed[len(saved)][0])
    assert lost == 0, (
        f"round {seed}: {lost} characters typed more than {GRACE_SECONDS}s before the kill were lost "
        f"(typed {len(text)}, saved {len(saved)})"
    )


def _lane(folder: Path, bundled_case: Path, seeds: range, report: KillReport) -> None:
    """Kill rounds one after another on one case file."""
    folder.mkdir()
    case = folder / "typed.case.db"
    case.write_bytes(bundled_case.read_bytes())
    (folder / "home").mkdir()
    for seed in seeds:
        _round(case, folder / "typed.log", folder / "home", seed, report)
    check, body = _read_note(case)
    assert check == "ok" and len(body) > 400


def _kill_many(tmp_path: Path, bundled_case: Path, rounds: int, first_seed: int, lanes: int = 2) -> KillReport:
    """``rounds`` kills, in ``lanes`` case files killed side by side (the parent mostly waits)."""
    report = KillReport()
    per_lane = rounds // lanes
    with ThreadPoolExecutor(lanes) as pool:
        seeds = [range(first_seed + i * per_lane, first_seed + (i + 1) * per_lane) for i in range(lanes)]
        futures = [pool.submit(_lane, tmp_path / f"lane{i}", bundled_case, seeds[i], report) for i in range(lanes)]
        for future in futures:
            future.result()  # re-raises a lane's failure here
    print(
        f"\nkill test: {report.kills} kills ({report.in_transaction} inside a save, {report.during_start} during start-up), "
        f"{report.characters_typed} characters typed, {report.characters_lost_beyond_grace} lost beyond {GRACE_SECONDS}s; "
        f"oldest unsaved keystroke at a kill: {report.worst_unsaved_seconds:.2f}s"
    )
    return report


def _record(record_figure: object, report: KillReport) -> None:
    record_figure(
        "notes-kill", kills=report.kills, in_transaction=report.in_transaction, during_start=report.during_start,
        characters_typed=report.characters_typed, characters_lost=report.characters_lost_beyond_grace,
        worst_unsaved_seconds=round(report.worst_unsaved_seconds, 3),
    )


@pytest.mark.slow
def test_killing_the_app_while_typing_loses_at_most_the_last_second(tmp_path: Path, bundled_case: Path, record_figure) -> None:
    report = _kill_many(tmp_path, bundled_case, rounds=20, first_seed=1)
    _record(record_figure, report)
    assert report.kills == 20 and report.in_transaction >= 4 and report.during_start >= 4
    assert report.characters_typed > 100


@pytest.mark.soak
def test_soak_kill_the_app_two_hundred_times(tmp_path: Path, bundled_case: Path, record_figure) -> None:
    report = _kill_many(tmp_path, bundled_case, rounds=200, first_seed=1000)
    _record(record_figure, report)
    assert report.kills == 200 and report.characters_lost_beyond_grace == 0
