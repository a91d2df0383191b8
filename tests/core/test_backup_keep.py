"""How long weekly backups are kept: for ever by default, or for the weeks set in Preferences."""

from __future__ import annotations

from pathlib import Path

from explorer.core import backups
from explorer.core.backups import DAY_S, WEEK_S, Backup

T0 = 1_750_000_000.0


def _weekly(count: int) -> list[Backup]:
    """One backup a week, the newest two days old."""
    return [Backup(Path(f"/nowhere/{i}.periodic.case.db"), T0 - 2 * DAY_S - i * WEEK_S, "periodic") for i in range(count)]


def test_weekly_backups_stay_for_ever_by_default() -> None:
    assert backups.thin(_weekly(30), T0) == []


def test_weekly_backups_older_than_the_kept_weeks_go() -> None:
    taken = _weekly(30)
    dropped = backups.thin(taken, T0, keep_weeks=4)
    assert dropped and all(T0 - b.taken >= 4 * WEEK_S for b in dropped)
    assert all(T0 - b.taken < 4 * WEEK_S for b in set(taken) - set(dropped))


def test_the_last_day_is_kept_whatever_the_setting() -> None:
    recent = [Backup(Path(f"/nowhere/{i}.periodic.case.db"), T0 - i * 3600, "periodic") for i in range(20)]
    assert backups.thin(recent, T0, keep_weeks=1) == []
