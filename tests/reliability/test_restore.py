"""Restoring a backup: as a new file, or over the case after backing up what it replaces; never
while another program writes, never from a file that is not a sound case."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from explorer.core import backups, migrations
from explorer.core.casefile import open_case
from explorer.core.check import check_case
from explorer.core.database import BusyError, CaseFileError, Problem, ReadOnlyError
from explorer.core.interchange.native_json import case_to_json
from explorer.core.restore import restore_as_new, restore_over
from explorer.core.search import search
from tests.conftest import REPO
from tests.reliability import bad_files
from tests.reliability.bad_files import snapshot
from tests.reliability.lock_holder import writer_in_progress

V1_FIXTURE = REPO / "tests" / "fixtures" / "cases" / "scale-ai-v1.case.db"


def json_of(path: Path) -> str:
    store = open_case(path, readonly=True)
    try:
        return case_to_json(store)
    finally:
        store.close()


@pytest.fixture
def backed_up(bundled_case: Path) -> tuple[Path, backups.Backup, str]:
    """The bundled case, backed up, then changed: (case, the backup, the case's JSON at backup time)."""
    store = open_case(bundled_case)
    try:
        original = case_to_json(store)
        backup = backups.take_backup(store.conn, bundled_case, "periodic")
        store.set_meta("title", "Edited after the backup")
        store.delete_event("ev-scale-founded")
    finally:
        store.close()
    return bundled_case, backup, original


def test_restore_as_new_writes_the_backup_as_a_case_and_leaves_the_rest_alone(backed_up, tmp_path: Path) -> None:
    case, backup, original = backed_up
    edited = case.read_bytes()
    backup_bytes = backup.path.read_bytes()
    target = tmp_path / "restored.case.db"
    assert restore_as_new(backup, target) == target
    assert json_of(target) == original
    assert case.read_bytes() == edited and backup.path.read_bytes() == backup_bytes
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no partial file left


def test_restore_as_new_never_replaces_a_file(backed_up, tmp_path: Path) -> None:
    _case, backup, _original = backed_up
    target = tmp_path / "taken.case.db"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(CaseFileError) as caught:
        restore_as_new(backup, target)
    assert caught.value.problem is Problem.EXISTS
    assert target.read_text(encoding="utf-8") == "mine"


def test_restore_over_backs_up_the_current_state_first_and_then_restores(backed_up) -> None:
    case, backup, original = backed_up
    edited = json_of(case)
    safety = restore_over(backup, case)
    assert safety.reason == "before-restore"
    assert json_of(case) == original
    assert json_of(safety.path) == edited, "what was replaced can be restored in turn"
    report = check_case(case)
    assert report.ok, report.lines()  # integrity, foreign keys, schema, and the search index in step
    store = open_case(case)
    try:
        title = store.event("ev-scale-founded").title
        assert "ev-scale-founded" in [hit.uid for hit in search(store.conn, title)]
    finally:
        store.close()


def test_restore_over_keeps_the_case_file_itself(backed_up) -> None:
    case, backup, _original = backed_up
    inode = case.stat().st_ino
    restore_over(backup, case)
    assert case.stat().st_ino == inode  # other programs holding it open see the restored case


def test_an_open_connection_sees_the_restored_case(backed_up) -> None:
    case, backup, original = backed_up
    store = open_case(case)
    try:
        restore_over(backup, case)
        assert case_to_json(store) == original
    finally:
        store.close()


def test_restore_over_waits_for_another_writer_then_gives_up_changing_nothing(backed_up, private_home: Path) -> None:
    case, backup, _original = backed_up
    with bad_files.locked_by_other_writer(case):
        before = snapshot(case.parent, private_home)
        with pytest.raises((BusyError, CaseFileError)) as caught:
            restore_over(backup, case, busy_timeout=0.3)
        assert snapshot(case.parent, private_home) == before
    message = str(caught.value)
    assert "busy" in message or "locked" in message


def test_restore_over_a_read_only_case_is_refused(backed_up) -> None:
    case, backup, _original = backed_up
    before = case.read_bytes()
    case.chmod(0o444)
    try:
        with pytest.raises(ReadOnlyError, match="read-only"):
            restore_over(backup, case)
    finally:
        case.chmod(0o644)
    assert case.read_bytes() == before


@pytest.mark.parametrize("bad", ["text", "truncated", "corrupt-page", "foreign", "newer", "extra-trigger"])
def test_a_bad_backup_is_refused_and_nothing_changes(bad: str, backed_up, tmp_path: Path, bundled_case_template: Path) -> None:
    case, _backup, _original = backed_up
    folder = tmp_path / "bad"
    folder.mkdir()
    bad_backup = bad_files.BAD_FILES[bad].make(folder, bundled_case_template)
    before = snapshot(case.parent)
    with pytest.raises(CaseFileError):
        restore_over(bad_backup, case)
    with pytest.raises(CaseFileError):
        restore_as_new(bad_backup, tmp_path / "new.case.db")
    assert snapshot(case.parent) == before
    assert not (tmp_path / "new.case.db").exists()


def test_an_older_backup_is_upgraded_on_the_way_in(tmp_path: Path, bundled_case: Path) -> None:
    old = tmp_path / "old-backup.case.db"
    shutil.copyfile(V1_FIXTURE, old)
    old_bytes = old.read_bytes()
    restore_over(old, bundled_case)
    restore_as_new(old, tmp_path / "from-v1.case.db")
    assert old.read_bytes() == old_bytes, "the backup itself is never changed"
    for path in (bundled_case, tmp_path / "from-v1.case.db"):
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
    assert json_of(bundled_case) == json_of(tmp_path / "from-v1.case.db")


def test_restore_over_never_runs_while_another_connection_writes(backed_up) -> None:
    """A writer in the middle of a transaction: the restore waits, gives up with 'busy', changes
    nothing; the writer's change then commits and is there."""
    case, backup, _original = backed_up
    with writer_in_progress(case, "Written meanwhile") as writer:
        before = case.read_bytes()
        with pytest.raises(BusyError, match="busy"):
            restore_over(backup, case, busy_timeout=0.3)
        assert case.read_bytes() == before
        writer.commit()
    store = open_case(case, readonly=True)
    try:
        assert store.title == "Written meanwhile"
    finally:
        store.close()
    assert [b.reason for b in backups.list_backups(case)] == ["periodic"], "no backup taken for a restore that did not happen"
