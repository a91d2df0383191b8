"""Automatic, rotating backups of open cases, taken with SQLite's backup API.

The backups of one case live in ``paths.backups_dir()/<case name>-<hash of its full path>/``,
one file each, named ``<UTC time>.<reason>.case.db`` (e.g. ``20250618T101500123Z.open.case.db``)
so they can be listed without opening them. A backup is written under a temporary name and
renamed when complete, so a crash never leaves a half-written backup that looks whole.

``BackupPolicy`` says when the app backs up: when a case is opened (unless the file has not
changed since its newest backup), every ``interval_s`` while there are changes, on closing
after changes, and before anything risky (restore, check, rebuilding the search index). After
each backup the folder is thinned: every backup of the last day, the newest of each day for a
week, the newest of each week after that. Its clock can be replaced, so tests run on fake time.
"""

from __future__ import annotations

import calendar
import hashlib
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from explorer import paths

DAY_S = 24 * 60 * 60
WEEK_S = 7 * DAY_S
DEFAULT_INTERVAL_S = 10 * 60
SUFFIX = ".case.db"
_NAME = re.compile(r"(\d{8}T\d{6})(\d{3})Z(?:-(\d+))?\.([a-z][a-z0-9-]*)\.case\.db")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")

Clock = Callable[[], float]


class BackupError(Exception):
    """A backup could not be taken (disk full, folder not writable, the case busy…)."""


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: float  # seconds since the epoch, UTC
    reason: str  # open, periodic, close, before-restore, before-check, before-rebuild…
    sequence: int = 1  # 2, 3… for further backups taken in the same millisecond

    @property
    def size(self) -> int:
        return self.path.stat().st_size

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.taken))
        return f"{when} ({self.reason.replace('-', ' ')})"


def folder_for(case_path: Path | str) -> Path:
    """Where the backups of the case at ``case_path`` go: its name plus a hash of its full path."""
    resolved = Path(case_path).resolve()
    digest = hashlib.sha256(os.fsencode(resolved)).hexdigest()[:10]
    stem = _UNSAFE.sub("_", resolved.name.removesuffix(".db").removesuffix(".case"))[:60] or "case"
    return paths.backups_dir() / f"{stem}-{digest}"


def list_backups(case_path: Path | str) -> list[Backup]:
    """The backups of a case, newest first (files that are not backups are ignored)."""
    folder = folder_for(case_path)
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            backup = _parse(path)
            if backup is not None:
                found.append(backup)
    return sorted(found, key=lambda b: (b.taken, b.sequence), reverse=True)


def _parse(path: Path) -> Backup | None:
    match = _NAME.fullmatch(path.name)
    if match is None or not path.is_file():
        return None
    seconds = calendar.timegm(time.strptime(match[1], "%Y%m%dT%H%M%S"))
    return Backup(path, seconds + int(match[2]) / 1000, match[4], int(match[3] or 1))


def _name(taken: float, reason: str, counter: int) -> str:
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime(taken)) + f"{int(taken * 1000) % 1000:03d}Z"
    return f"{stamp}{f'-{counter}' if counter > 1 else ''}.{reason}{SUFFIX}"


def open_reader(case_path: Path | str) -> sqlite3.Connection:
    """A read-only connection to back up from, apart from the app's own (which may be closed)."""
    conn = sqlite3.connect(f"{Path(case_path).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def take_backup(conn: sqlite3.Connection, case_path: Path | str, reason: str, now: float | None = None) -> Backup:
    """Copy the case open on ``conn`` into its backup folder (backup API, one consistent snapshot)."""
    if not re.fullmatch(r"[a-z][a-z0-9-]*", reason):
        raise ValueError(f"a backup reason is lower-case words joined by '-', not {reason!r}")
    if conn.in_transaction:  # the copy would hold changes that are not committed yet
        raise BackupError("cannot back up in the middle of a change")
    taken = time.time() if now is None else now
    folder = folder_for(case_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        counter = 1
        while (folder / _name(taken, reason, counter)).exists():
            counter += 1
        target = folder / _name(taken, reason, counter)
        partial = folder / f".{target.name}.partial-{os.getpid()}"
        try:
            _copy(conn, partial)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
            partial.with_name(partial.name + "-journal").unlink(missing_ok=True)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"could not back up {Path(case_path).name} to {folder}: {_reason(exc)}") from None
    return Backup(target, int(taken * 1000) / 1000, reason, counter)


def _copy(conn: sqlite3.Connection, target: Path) -> None:
    copy = sqlite3.connect(target, isolation_level=None)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    with target.open("rb") as handle:  # on disk before it gets its real name
        os.fsync(handle.fileno())


def _reason(exc: BaseException) -> str:
    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == 28:
        return "the disk is full"
    return getattr(exc, "strerror", None) or str(exc)


def thin(backups: Iterable[Backup], now: float, keep_weeks: int | None = None) -> list[Backup]:
    """The backups to delete: keep all from the last day, the newest of each (UTC) day for a
    week, and the newest of each week before that, for ``keep_weeks`` weeks (None: for ever).
    Day and week boundaries are fixed in time, so a backup kept once as the newest of its day or
    week stays kept until it is older than ``keep_weeks``."""
    drop: list[Backup] = []
    days: set[int] = set()
    weeks: set[int] = set()
    for backup in sorted(backups, key=lambda b: (b.taken, b.sequence), reverse=True):
        age = now - backup.taken
        if age < DAY_S:
            continue
        if keep_weeks is not None and age >= max(keep_weeks, 1) * WEEK_S:
            drop.append(backup)
            continue
        bucket, seen = (int(backup.taken // DAY_S), days) if age < WEEK_S else (int(backup.taken // WEEK_S), weeks)
        if bucket in seen:
            drop.append(backup)
        else:
            seen.add(bucket)
    return drop


def prune(case_path: Path | str, now: float | None = None, keep_weeks: int | None = None) -> list[Backup]:
    """Delete the backups ``thin`` gives up; returns them."""
    dropped = thin(list_backups(case_path), time.time() if now is None else now, keep_weeks)
    for backup in dropped:
        backup.path.unlink(missing_ok=True)
    return dropped


@dataclass
class BackupPolicy:
    """When to back up one open case. The app calls ``on_open`` once, ``after_change`` after
    every edit, ``maybe_backup`` from a timer, ``before`` ahead of risky work and ``on_close``."""

    case_path: Path
    interval_s: float = DEFAULT_INTERVAL_S
    clock: Clock = time.time
    last_backup: float | None = None
    keep_weeks: int | None = None  # weekly backups older than this go; None keeps them for ever
    changed_since: float | None = field(default=None, init=False)  # first change not yet backed up

    def on_open(self, conn: sqlite3.Connection) -> Backup | None:
        """Back up a case just opened, unless the file is unchanged since its newest backup."""
        newest = next(iter(list_backups(self.case_path)), None)
        if newest is not None and _unchanged_since(self.case_path, newest):
            self.last_backup = newest.taken
            return None
        return self._take(conn, "open")

    def after_change(self) -> None:
        if self.changed_since is None:
            self.changed_since = self.clock()

    @property
    def due(self) -> bool:
        if self.changed_since is None:
            return False
        return self.last_backup is None or self.clock() - self.last_backup >= self.interval_s

    def maybe_backup(self, conn: sqlite3.Connection) -> Backup | None:
        """A periodic backup, when there were changes and the last backup is old enough."""
        return self._take(conn, "periodic") if self.due else None

    def on_close(self, conn: sqlite3.Connection) -> Backup | None:
        return self._take(conn, "close") if self.changed_since is not None else None

    def before(self, conn: sqlite3.Connection, what: str) -> Backup:
        """A backup ahead of something risky, e.g. ``before(conn, "restore")``."""
        return self._take(conn, f"before-{what}", thinning=False)  # the backup about to be restored stays

    def _take(self, conn: sqlite3.Connection, reason: str, thinning: bool = True) -> Backup:
        now = self.clock()
        backup = take_backup(conn, self.case_path, reason, now)
        self.last_backup, self.changed_since = now, None
        if thinning:
            prune(self.case_path, now, self.keep_weeks)
        return backup


def _unchanged_since(case_path: Path, backup: Backup) -> bool:
    """The case file was last written before its newest backup was (file-system clock on both)."""
    try:
        return Path(case_path).stat().st_mtime_ns <= backup.path.stat().st_mtime_ns
    except OSError:
        return False
