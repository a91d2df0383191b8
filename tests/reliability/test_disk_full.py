"""Disk full and write errors while a note is saved: the user is told, the note stays in the
editor, nothing already saved is damaged, and the save goes through once there is room.

Two ways to fill the disk: a file size cap (``RLIMIT_FSIZE``) in the child, which works on every
machine, and a real 2 MB tmpfs filled to the last byte, when this machine lets us mount one.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NOTE_UID = "note-market-opening"
DISK_ERRORS = ("database or disk is full", "disk I/O error")  # SQLite's own words for ENOSPC and EFBIG


def saved_content(case: Path) -> dict:
    conn = sqlite3.connect(f"{case.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {
            "integrity": [row[0] for row in conn.execute("PRAGMA integrity_check")],
            "notes": dict(conn.execute("SELECT uid, body FROM note WHERE uid != ?", (NOTE_UID,)).fetchall()),
            "note": conn.execute("SELECT body FROM note WHERE uid = ?", (NOTE_UID,)).fetchone()[0],
            "events": conn.execute("SELECT uid, title, body FROM event ORDER BY uid").fetchall(),
        }
    finally:
        conn.close()


def run_child(case: Path, out: Path, *mode: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "tests.reliability.disk_full_child", str(case), NOTE_UID, str(out), *mode],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0 and out.exists(), done.stderr[-3000:]
    return json.loads(out.read_text(encoding="utf-8"))


def check(case: Path, before: dict, seen: dict) -> None:
    assert seen["first_save"] is False and seen["failures"], seen
    assert seen["state"].startswith("Not saved yet: ") and seen["failures"][0] in seen["state"]
    assert seen["failures"][0] in DISK_ERRORS, f"the message does not name the disk: {seen['failures']}"
    assert "kept in the editor" in seen["tooltip"] and seen["problem"] == seen["state"]  # shown in full, wrapped
    assert seen["kept_in_editor"] and seen["dirty"], "the typed text left the editor"
    assert seen["stored_unchanged"] and not seen["in_transaction"]
    assert seen["second_save"] and seen["state_after"] == "Saved" and seen["stored_after"], seen
    after = saved_content(case)
    assert after["integrity"] == ["ok"]
    assert after["notes"] == before["notes"] and after["events"] == before["events"], "saved content changed"
    assert after["note"].startswith(before["note"]) and len(after["note"]) > len(before["note"])
    assert not case.with_name(case.name + "-journal").exists()


def test_a_file_size_cap_fails_the_save_and_keeps_the_note(bundled_case: Path, tmp_path: Path, record_figure) -> None:
    before = saved_content(bundled_case)
    seen = run_child(bundled_case, tmp_path / "seen.json", "fsize")
    check(bundled_case, before, seen)
    record_figure("disk-full", variant="rlimit-fsize", failed_saves=1, lost=0, damaged=0, message=seen["state"])


@pytest.fixture
def tiny_filesystem(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "tiny"
    mount.mkdir()
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True, text=True)
    except OSError as exc:
        pytest.skip(f"cannot run mount here: {exc}")
    if done.returncode != 0:
        pytest.skip(f"this machine does not allow mounting a tmpfs: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path) -> Path:
    """Write a file until the file system has not a byte left."""
    filler = folder / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for size in (65536, 4096, 512, 1):
            try:
                while os.write(descriptor, b"\0" * size):
                    pass
            except OSError:
                continue
    finally:
        os.close(descriptor)
    return filler


def test_a_full_tmpfs_fails_the_save_and_keeps_the_note(bundled_case: Path, tiny_filesystem: Path, tmp_path: Path,
                                                        record_figure) -> None:
    case = tiny_filesystem / "scale.case.db"
    shutil.copyfile(bundled_case, case)
    before = saved_content(case)
    filler = fill(tiny_filesystem)
    assert shutil.disk_usage(tiny_filesystem).free == 0
    seen = run_child(case, tmp_path / "seen.json", "filler", str(filler))
    check(case, before, seen)
    record_figure("disk-full", variant="tmpfs-2mb", failed_saves=1, lost=0, damaged=0, message=seen["state"])
