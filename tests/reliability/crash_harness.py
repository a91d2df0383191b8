"""Start ``crash_child`` on a case, SIGKILL it at a random moment, and check what it left behind.

``read_log`` turns the child's log into the changes it committed and the one it may have been
making when it died; ``check_edits`` proves the case holds exactly the committed ones, plus the
interrupted one either wholly or not at all, that it opens, and that SQLite and our own check
find nothing wrong. ``Tally`` counts what the kills hit, for docs/reliability.md.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from explorer.core.casefile import open_case
from explorer.core.check import check_case
from tests.conftest import REPO
from tests.reliability.crash_child import State, state_of

READY_WAIT_S = 30.0


@dataclass
class Tally:
    kills: int = 0
    interrupted: int = 0  # an intent was logged without its done: killed during a change
    interrupted_found_whole: int = 0  # ... and the change was there (committed, not yet logged)
    interrupted_found_absent: int = 0  # ... and none of it was there (rolled back)
    hot_journals: int = 0  # kills that left a journal SQLite had to roll back on the next open
    changes_verified: int = 0  # committed changes checked to be present after the kills
    lost: int = 0  # must stay 0

    def numbers(self) -> dict[str, int]:
        return asdict(self)


@dataclass
class Logged:
    committed: list[dict[str, State]] = field(default_factory=list)
    interrupted: dict[str, State] | None = None
    interrupted_id: object | None = None
    done_lines: list[dict] = field(default_factory=list)


class Writers:
    """One ``crash_child serve`` process that forks a writer per run; ``start`` then ``kill_at``."""

    def __init__(self, folder: Path) -> None:
        self.errors = folder / "crash-child-errors.txt"
        self._errors = self.errors.open("w", encoding="utf-8")
        self.server = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.crash_child", "serve"],
            cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._errors, text=True,
        )

    def __enter__(self) -> Writers:
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.server.stdin is not None
        self.server.stdin.close()
        try:
            self.server.wait(timeout=30)
        finally:
            if self.server.poll() is None:
                self.server.kill()
                self.server.wait(timeout=30)
            if self.server.stdout is not None:
                self.server.stdout.close()
            self._errors.close()

    def _line(self, wait: float = READY_WAIT_S) -> str:
        assert self.server.stdout is not None
        ready, _, _ = select.select([self.server.stdout], [], [], wait)
        return self.server.stdout.readline().strip() if ready else ""

    def start(self, mode: str, case: Path, log: Path, extra: str) -> tuple[int, float]:
        """A fresh writer, once it has said ``ready``: its pid, and when it said it (monotonic)."""
        assert self.server.stdin is not None
        self.server.stdin.write("\t".join((mode, str(case), str(log), extra)) + "\n")
        self.server.stdin.flush()
        line = self._line()
        if not line.startswith("ready "):
            raise AssertionError(f"the crash child did not start: {line!r}\n{self.errors.read_text(encoding='utf-8')}")
        return int(line.split()[1]), time.monotonic()

    def kill_at(self, pid: int, moment: float) -> None:
        """SIGKILL the writer at ``moment`` (monotonic) and make sure that is how it ended."""
        time.sleep(max(0.0, moment - time.monotonic()))
        with contextlib.suppress(ProcessLookupError):  # it may have ended by itself: checked below
            os.kill(pid, signal.SIGKILL)
        line = self._line()
        _, ended, status = line.split()
        if int(ended) != pid or not os.WIFSIGNALED(int(status)) or os.WTERMSIG(int(status)) != signal.SIGKILL:
            raise AssertionError(f"the writer ended by itself ({line}):\n{self.errors.read_text(encoding='utf-8')}")


def read_log(path: Path) -> Logged:
    """The log as changes: a ``done`` (by the child, or by the parent for an interrupted change it
    found whole) commits its intent; a ``dropped`` (the parent found it absent) discards it."""
    logged = Logged()
    intents: dict[object, dict] = {}
    last_intent: object | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:  # torn by the kill while writing an intent: that change never began
            continue
        if "intent" in entry:
            intents[entry["intent"]] = entry
            last_intent = entry["intent"]
        elif "dropped" in entry:
            intents.pop(entry["dropped"])
            last_intent = None
        else:
            logged.committed.append(intents.pop(entry["done"]).get("after", {}))
            logged.done_lines.append(entry)
            last_intent = None
    if last_intent is not None:
        logged.interrupted = intents[last_intent].get("after", {})
        logged.interrupted_id = last_intent
    return logged


def settle(log: Path, logged: Logged, whole: bool) -> None:
    """Write down what became of the interrupted change, so later checks count it right."""
    entry = {"done": logged.interrupted_id, "settled_by": "parent"} if whole else {"dropped": logged.interrupted_id}
    with log.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry) + "\n")


def expected_events(committed: list[dict[str, State]]) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for change in committed:
        for uid, state in change.items():
            if state is None:
                found.pop(uid, None)
            else:
                found[uid] = state
    return found


def has_hot_journal(case: Path) -> bool:
    journal = case.with_name(case.name + "-journal")
    return journal.exists() and journal.stat().st_size > 0


def check_sound(case: Path) -> None:
    """The case opens (rolling back any hot journal), passes integrity and our own check."""
    store = open_case(case)
    try:
        assert store.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        store.close()
    report = check_case(case)
    assert report.ok, report.lines()


def check_edits(case: Path, log: Path, tally: Tally) -> None:
    """After a kill: every logged change there, the interrupted one wholly or not at all."""
    tally.kills += 1
    tally.hot_journals += has_hot_journal(case)
    check_sound(case)
    logged = read_log(log)
    store = open_case(case, readonly=True)
    try:
        uids = [row[0] for row in store.conn.execute("SELECT uid FROM event WHERE uid LIKE 'k%'")]
        actual = {uid: state_of(store.event(uid)) for uid in uids}
    finally:
        store.close()
    expected = expected_events(logged.committed)
    if logged.interrupted is not None:
        tally.interrupted += 1
        with_it = expected_events([*logged.committed, logged.interrupted])
        if actual == with_it and with_it != expected:
            tally.interrupted_found_whole += 1
            expected = with_it
            settle(log, logged, whole=True)
        elif actual == expected:
            tally.interrupted_found_absent += 1
            settle(log, logged, whole=False)
    if actual != expected:
        tally.lost += 1
        missing = sorted(set(expected) - set(actual))[:5]
        extra = sorted(set(actual) - set(expected))[:5]
        wrong = sorted(uid for uid in set(actual) & set(expected) if actual[uid] != expected[uid])[:5]
        raise AssertionError(f"after kill {tally.kills}: missing {missing}, unexpected {extra}, different {wrong}")
    tally.changes_verified = len(logged.committed) + (logged.interrupted is not None and expected is not None)


def user_version(case: Path) -> int:
    """The schema version on disk, after SQLite rolls back any hot journal."""
    conn = sqlite3.connect(case, isolation_level=None)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def broken_files(folder: Path) -> list[str]:
    """Case files under ``folder`` that are not sound SQLite databases (half-written copies)."""
    broken = []
    for path in sorted(folder.rglob("*.case.db")) if folder.exists() else []:
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                ok = conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            ok = False
        if not ok:
            broken.append(path.name)
    return broken
