"""Another process in the middle of a write: it holds SQLite's RESERVED lock (``BEGIN IMMEDIATE``
plus an uncommitted change) until told to commit or until killed. Readers can still read."""

from __future__ import annotations

import select
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_SCRIPT = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA trusted_schema = ON")  # the FTS triggers of our own case
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE case_meta SET value = ? WHERE key = 'title'", (sys.argv[2],))
print("writing", flush=True)
if sys.stdin.readline().strip() == "commit":
    conn.execute("COMMIT")
    print("committed", flush=True)
"""


class Writer:
    def __init__(self, child: subprocess.Popen) -> None:
        self.child = child

    def commit(self, wait: float = 10.0) -> None:
        assert self.child.stdin is not None and self.child.stdout is not None
        self.child.stdin.write("commit\n")
        self.child.stdin.flush()
        assert _line(self.child, wait) == "committed"
        self.child.wait(timeout=wait)


def _line(child: subprocess.Popen, wait: float) -> str:
    assert child.stdout is not None
    deadline = time.monotonic() + wait
    while (remaining := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([child.stdout], [], [], remaining)
        if ready:
            return child.stdout.readline().strip()
    return ""


@contextmanager
def writer_in_progress(path: Path, new_title: str = "Written by another program", wait: float = 15.0) -> Iterator[Writer]:
    child = subprocess.Popen(
        [sys.executable, "-c", _SCRIPT, str(path), new_title],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        line = _line(child, wait)
        if line != "writing":
            child.kill()
            raise AssertionError(f"the writer did not start writing: {line!r} {child.stderr.read() if child.stderr else ''}")
        yield Writer(child)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=10)
        for stream in (child.stdin, child.stdout, child.stderr):
            if stream is not None:
                stream.close()
