"""Automatic backups: where they go, what they hold, when they are taken and how they are thinned."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from explorer import paths
from explorer.core import backups
from explorer.core.backups import DAY_S, WEEK_S, Backup, BackupError, BackupPolicy
from explorer.core.casefile import open_case
from explorer.core.interchange.native_json import case_to_json

T0 = 1_750_000_000.0  # 2025-06-15 15:06:40 UTC, a Sunday


class FakeClock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def fake(taken: float, reason: str = "periodic") -> Backup:
    return Backup(Path(f"/nowhere/{taken}.{reason}.case.db"), taken, reason)


# --- where and what ----------------------------------------------------------------------------------


def test_each_case_gets_its_own_folder_named_after_it(tmp_path: Path) -> None:
    one = backups.folder_for(tmp_path / "a" / "scale.case.db")
    other = backups.folder_for(tmp_path / "b" / "scale.case.db")
    assert one.parent == other.parent == paths.backups_dir()
    assert one.name.startswith("scale-") and other.name.startswith("scale-")
    assert one != other  # same name, different folders: different hashes
    assert backups.folder_for(tmp_path / "a" / "." / "scale.case.db") == one
    odd = backups.folder_for(tmp_path / "we/ird name;$(rm -rf).case.db")
    assert "/" not in odd.name and " " not in odd.name and "$" not in odd.name


def test_a_backup_is_a_complete_copy_made_with_the_backup_api(bundled_store, bundled_case: Path) -> None:
    backup = backups.take_backup(bundled_store.conn, bundled_case, "open", now=T0)
    assert backup.path.parent == backups.folder_for(bundled_case)
    assert backup.path.name == "20250615T150640000Z.open.case.db"
    assert backup.taken == T0 and backup.reason == "open"
    assert [p.name for p in backup.path.parent.iterdir()] == [backup.path.name]  # no partial file left
    copy = open_case(backup.path, readonly=True)
    try:
        assert case_to_json(copy) == case_to_json(bundled_store)
    finally:
        copy.close()
    assert backups.list_backups(bundled_case) == [backup]


def test_backups_list_newest_first_and_same_instant_backups_do_not_collide(bundled_store, bundled_case: Path) -> None:
    first = backups.take_backup(bundled_store.conn, bundled_case, "open", now=T0)
    second = backups.take_backup(bundled_store.conn, bundled_case, "open", now=T0)
    later = backups.take_backup(bundled_store.conn, bundled_case, "close", now=T0 + 0.5)
    assert second.path.name == "20250615T150640000Z-2.open.case.db"
    assert backups.list_backups(bundled_case) == [later, second, first]
    (first.path.parent / "notes.txt").write_text("not a backup", encoding="utf-8")
    assert len(backups.list_backups(bundled_case)) == 3


def test_a_backup_is_never_taken_in_the_middle_of_a_change(bundled_store, bundled_case: Path) -> None:
    with bundled_store.db.atomic() as conn:
        conn.execute("UPDATE case_meta SET value = 'half done' WHERE key = 'title'")
        with pytest.raises(BackupError, match="middle of a change"):
            backups.take_backup(conn, bundled_case, "periodic")
    assert backups.list_backups(bundled_case) == []


def test_a_backup_that_cannot_be_written_says_why_and_leaves_nothing(bundled_store, bundled_case: Path) -> None:
    folder = backups.folder_for(bundled_case)
    folder.parent.mkdir(parents=True)
    folder.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(BackupError, match=f"could not back up {bundled_case.name}"):
        backups.take_backup(bundled_store.conn, bundled_case, "open")
    assert folder.read_text(encoding="utf-8") == "a file where the folder should be"


# --- thinning ----------------------------------------------------------------------------------------


def test_thinning_keeps_everything_from_the_last_day() -> None:
    recent = [fake(T0 - minutes * 60) for minutes in range(0, 24 * 60, 7)]
    assert backups.thin(recent, T0) == []


def test_thinning_keeps_the_newest_of_each_day_for_a_week() -> None:
    hourly = [fake(T0 - hours * 3600) for hours in range(24, 7 * 24)]  # ages one to seven days
    dropped = backups.thin(hourly, T0)
    kept = sorted(set(hourly) - set(dropped), key=lambda b: b.taken)
    days = [int(b.taken // DAY_S) for b in kept]
    assert days == sorted(set(days)), "one backup per day"
    assert len(kept) in (6, 7)  # six whole days, plus the part of a seventh the window reaches
    for backup in kept:  # and it is the newest of its day
        assert all(other.taken <= backup.taken for other in hourly if int(other.taken // DAY_S) == int(backup.taken // DAY_S))


def test_thinning_keeps_the_newest_of_each_week_before_that() -> None:
    daily = [fake(T0 - days * DAY_S) for days in range(7, 7 * 20)]
    dropped = backups.thin(daily, T0)
    kept = sorted(set(daily) - set(dropped), key=lambda b: b.taken)
    weeks = [int(b.taken // WEEK_S) for b in kept]
    assert weeks == sorted(set(weeks)) and 19 <= len(kept) <= 20
    assert max(kept, key=lambda b: b.taken).taken == T0 - 7 * DAY_S


def test_thinning_over_months_of_simulated_use_keeps_the_promised_shape() -> None:
    """A backup every ten minutes for 90 days, thinned after each: day, week and older spacing."""
    clock = T0
    kept: list[Backup] = []
    for _ in range(90 * 24 * 2):
        clock += 1800
        kept.append(fake(clock))
        dropped = set(backups.thin(kept, clock))
        kept = [b for b in kept if b not in dropped]
    ages = sorted(clock - b.taken for b in kept)
    assert sum(age < DAY_S for age in ages) == 24 * 2  # every one of the last day
    assert 6 <= sum(DAY_S <= age < WEEK_S for age in ages) <= 7
    older = sum(age >= WEEK_S for age in ages)
    assert 11 <= older <= 13  # about one a week for the other 83 days
    assert len(kept) < 24 * 2 + 7 + 13 + 1


def test_a_kept_backup_stays_kept_as_time_passes() -> None:
    taken = [fake(T0 - hours * 3600) for hours in range(0, 40 * 24, 5)]
    survivors = set(taken) - set(backups.thin(taken, T0))
    for days in range(1, 30):
        later = set(backups.thin(list(survivors), T0 + days * DAY_S))
        survivors -= later
        # what a later thinning drops was kept only because it was less than a day or a week old
        assert all(T0 + days * DAY_S - b.taken >= DAY_S for b in later)


def test_backups_from_the_future_are_kept() -> None:
    assert backups.thin([fake(T0 + 3600), fake(T0 + 7200)], T0) == []


# --- the policy -------------------------------------------------------------------------------------


def test_opening_backs_up_once_until_the_file_changes(bundled_store, bundled_case: Path) -> None:
    clock = FakeClock()
    policy = BackupPolicy(bundled_case, clock=clock)
    first = policy.on_open(bundled_store.conn)
    assert first is not None and first.reason == "open"
    clock.advance(60)
    assert BackupPolicy(bundled_case, clock=clock).on_open(bundled_store.conn) is None  # unchanged since
    bundled_store.set_meta("title", "Changed")
    later = os.stat(first.path).st_mtime_ns + 10_000_000
    os.utime(bundled_case, ns=(later, later))  # the edit is later than the backup, whatever the clock
    again = BackupPolicy(bundled_case, clock=clock).on_open(bundled_store.conn)
    assert again is not None and again.reason == "open"


def test_changes_are_backed_up_every_interval_and_only_when_there_were_changes(bundled_store, bundled_case: Path) -> None:
    clock = FakeClock()
    policy = BackupPolicy(bundled_case, interval_s=600, clock=clock)
    policy.on_open(bundled_store.conn)
    clock.advance(3600)
    assert policy.maybe_backup(bundled_store.conn) is None, "no changes, no backup"
    bundled_store.set_meta("title", "First edit")
    policy.after_change()
    assert policy.due is True
    taken = policy.maybe_backup(bundled_store.conn)
    assert taken is not None and taken.reason == "periodic"
    bundled_store.set_meta("title", "Second edit")
    policy.after_change()
    clock.advance(599)
    assert policy.maybe_backup(bundled_store.conn) is None, "too soon after the last one"
    clock.advance(1)
    assert policy.maybe_backup(bundled_store.conn) is not None
    copy = sqlite3.connect(backups.list_backups(bundled_case)[0].path)
    try:
        assert copy.execute("SELECT value FROM case_meta WHERE key = 'title'").fetchone() == ("Second edit",)
    finally:
        copy.close()
    assert policy.on_close(bundled_store.conn) is None, "nothing new to save on closing"
    policy.after_change()
    closing = policy.on_close(bundled_store.conn)
    assert closing is not None and closing.reason == "close"


def test_the_policy_thins_as_it_goes(bundled_store, bundled_case: Path) -> None:
    clock = FakeClock()
    policy = BackupPolicy(bundled_case, interval_s=600, clock=clock)
    for _ in range(int(2.5 * 24)):  # two and a half days of edits, backed up every hour
        clock.advance(3600)
        policy.after_change()
        policy.maybe_backup(bundled_store.conn)
    listed = backups.list_backups(bundled_case)
    assert 24 + 1 <= len(listed) <= 24 + 3  # the last day's, and one for each day before
    assert all(b.reason == "periodic" for b in listed)


def test_a_backup_before_risky_work_is_kept_even_when_thinning_would_drop_it(bundled_store, bundled_case: Path) -> None:
    clock = FakeClock()
    policy = BackupPolicy(bundled_case, clock=clock)
    old = backups.take_backup(bundled_store.conn, bundled_case, "periodic", now=T0 - 3 * DAY_S)
    older = backups.take_backup(bundled_store.conn, bundled_case, "periodic", now=T0 - 3 * DAY_S - 60)
    safety = policy.before(bundled_store.conn, "restore")
    assert safety.reason == "before-restore"
    assert {b.path for b in backups.list_backups(bundled_case)} == {old.path, older.path, safety.path}
