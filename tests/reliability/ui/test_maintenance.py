"""attach(main_window): backups on open, on changes and on close; File ▸ Restore from Backup…;
Help ▸ Check Case… with its repairs. Dialog questions are answered through MaintenancePrompts."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from explorer.core import backups, undo
from explorer.core.casefile import build_case, open_case
from explorer.core.generate import generate_case
from explorer.ui.maintenance import attach, wiring
from explorer.ui.maintenance.check_dialog import DAMAGED, SOUND, STALE_INDEX
from explorer.ui.maintenance.prompts import MaintenancePrompts
from explorer.ui.maintenance.restore_dialog import RestoreDialog
from explorer.ui.messages import Dialogs
from tests.reliability.lock_holder import writer_in_progress
from tests.reliability.test_backups import T0, FakeClock
from tests.reliability.test_recovery import overwrite_pages, table_pages


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict:
    """What the prompts answer, and the errors shown, for one test."""
    state: dict = {"confirm": True, "ask": False, "path": None, "errors": [], "asked": []}
    monkeypatch.setattr(MaintenancePrompts, "confirm", classmethod(lambda cls, parent, title, text, action: state["confirm"]))
    def ask(cls, parent, title: str, text: str) -> bool:
        state["asked"].append(text)
        return state["ask"]

    monkeypatch.setattr(MaintenancePrompts, "ask", classmethod(ask))
    monkeypatch.setattr(MaintenancePrompts, "new_case_path", classmethod(lambda cls, parent, title, suggested: state["path"]))
    monkeypatch.setattr(Dialogs, "error", classmethod(lambda cls, parent, title, message: state["errors"].append(message)))
    return state


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


def attach_afresh(window, clock: FakeClock):
    """Attach with a test clock to a case without backups (the window's own maintenance, on the
    real clock, has already backed the case up on open: forget it, as on a first open)."""
    window.maintenance.detach()
    shutil.rmtree(backups.folder_for(window.store.db.path), ignore_errors=True)
    return attach(window, interval_s=600, clock=clock)


@pytest.fixture
def maintained(main_window, clock: FakeClock):
    return attach_afresh(main_window, clock)


def reasons(case: Path) -> list[str]:
    return [b.reason for b in backups.list_backups(case)]


def rename_event(window, uid: str, title: str) -> None:
    assert window.run(undo.put(window.store, replace(window.store.event(uid), title=title)))


def test_attach_adds_restore_to_file_and_check_to_help(maintained, main_window) -> None:
    menus = [a.menu() for a in main_window.menuBar().actions() if a.menu() is not None]
    file_texts = [a.text() for a in menus[0].actions()]
    assert "Restore from &Backup…" in file_texts
    assert file_texts.index("Restore from &Backup…") < file_texts.index("&Quit")
    help_menu = next(m for m in menus if m.title() == "&Help")
    assert maintained.check_action in help_menu.actions()
    assert maintained.restore_action.isEnabled() and maintained.check_action.isEnabled()
    assert maintained.timer.isActive() and maintained.timer.interval() == wiring.CHECK_EVERY_MS


def test_the_open_case_is_backed_up_on_attach_and_changes_every_interval(maintained, main_window, clock: FakeClock) -> None:
    case = main_window.store.db.path
    assert reasons(case) == ["open"]
    assert maintained.backup_if_due() is None
    rename_event(main_window, "ev-scale-founded", "Renamed once")
    clock.advance(599)
    assert maintained.backup_if_due() is None, "not yet ten minutes"
    clock.advance(1)
    taken = maintained.backup_if_due()
    assert taken is not None and taken.reason == "periodic"
    assert "Backed up" in main_window.statusBar().currentMessage()
    copy = open_case(taken.path, readonly=True)
    try:
        assert copy.event("ev-scale-founded").title == "Renamed once"
    finally:
        copy.close()
    clock.advance(3600)
    assert maintained.backup_if_due() is None, "no changes since"


def test_opening_another_case_backs_up_the_changes_of_the_last_one_first(
    maintained, main_window, tmp_path: Path, clock: FakeClock
) -> None:
    first = main_window.store.db.path
    rename_event(main_window, "ev-scale-founded", "Changed before switching")
    clock.advance(60)
    other = tmp_path / "other.case.db"
    shutil.copyfile(first, other)
    assert main_window.open_case_file(other)
    assert reasons(first) == ["close", "open"]
    assert reasons(other) == ["open"]
    assert maintained.policy is not None and maintained.policy.case_path == other
    rename_event(main_window, "ev-scale-founded", "Changed in the other case")
    assert maintained.policy.changed_since is not None, "it follows the new session's changes"


def test_closing_the_window_backs_up_the_last_changes(maintained, main_window, clock: FakeClock) -> None:
    case = main_window.store.db.path
    rename_event(main_window, "ev-scale-founded", "Last words")
    clock.advance(60)
    main_window.close()
    assert reasons(case) == ["close", "open"]
    copy = open_case(backups.list_backups(case)[0].path, readonly=True)
    try:
        assert copy.event("ev-scale-founded").title == "Last words"
    finally:
        copy.close()


def test_a_read_only_case_is_not_backed_up_and_cannot_be_restored_over(
    maintained, main_window, bundled_case_template, tmp_path: Path
) -> None:
    readonly = tmp_path / "ro" / "readonly.case.db"
    readonly.parent.mkdir()
    shutil.copyfile(bundled_case_template, readonly)
    readonly.chmod(0o444)
    try:
        assert main_window.open_case_file(readonly)
        assert maintained.policy is None and reasons(readonly) == []
        dialog = maintained.show_restore()
        assert dialog.list.count() == 1 and not dialog.over_button.isEnabled()
        dialog.close()
    finally:
        main_window.store.close()
        readonly.chmod(0o644)


def test_a_failed_backup_is_reported_in_the_status_bar_and_work_goes_on(main_window, clock: FakeClock) -> None:
    case = main_window.store.db.path
    main_window.maintenance.detach()
    folder = backups.folder_for(case)
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("in the way", encoding="utf-8")
    failures: list[str] = []
    maintained = attach_afresh(main_window, clock)
    maintained.backup_failed.connect(failures.append)
    maintained._follow(main_window.session)
    assert failures and "Automatic backup failed" in failures[0]
    assert "Automatic backup failed" in main_window.statusBar().currentMessage()
    rename_event(main_window, "ev-scale-founded", "Still editable")


# --- File ▸ Restore from Backup… ----------------------------------------------------------------


def test_restore_over_brings_back_the_backup_and_reopens_the_case(maintained, main_window, answers: dict, qtbot) -> None:
    case = main_window.store.db.path
    original_title = main_window.store.event("ev-scale-founded").title
    rename_event(main_window, "ev-scale-founded", "A mistake")
    dialog = maintained.show_restore()
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    assert dialog.list.count() == 1 and "(open)" in dialog.list.item(0).text()
    with qtbot.waitSignal(main_window.session_replaced):
        assert dialog.restore_over() is True
    assert answers["errors"] == []
    assert main_window.store.event("ev-scale-founded").title == original_title
    assert main_window.session.history.undo_label is None, "a fresh history for the restored case"
    assert set(reasons(case)) == {"open", "before-restore"}
    safety = next(b for b in backups.list_backups(case) if b.reason == "before-restore")
    copy = open_case(safety.path, readonly=True)
    try:
        assert copy.event("ev-scale-founded").title == "A mistake"
    finally:
        copy.close()
    assert not dialog.isVisible()


def test_restore_over_is_not_done_when_the_user_cancels(maintained, main_window, answers: dict) -> None:
    rename_event(main_window, "ev-scale-founded", "Keep me")
    answers["confirm"] = False
    dialog = maintained.show_restore()
    assert dialog.restore_over() is False
    dialog.close()
    assert main_window.store.event("ev-scale-founded").title == "Keep me"


def test_restore_over_while_another_program_writes_says_busy_and_changes_nothing(maintained, main_window, answers: dict) -> None:
    case = main_window.store.db.path
    rename_event(main_window, "ev-scale-founded", "Mine")
    dialog = maintained.show_restore()
    dialog.BUSY_TIMEOUT_S = 0.3
    with writer_in_progress(case, "Theirs") as writer:
        assert dialog.restore_over() is False
        writer.commit()
    dialog.close()
    assert len(answers["errors"]) == 1 and "busy" in answers["errors"][0] and "Nothing was changed" in answers["errors"][0]
    assert main_window.store.event("ev-scale-founded").title == "Mine"
    assert main_window.store.title == "Theirs"


def test_restore_as_new_writes_a_new_case_and_can_open_it(maintained, main_window, answers: dict, tmp_path: Path) -> None:
    rename_event(main_window, "ev-scale-founded", "Only in the open case")
    answers["path"] = str(tmp_path / "restored.case.db")
    answers["ask"] = True
    dialog = maintained.show_restore()
    assert dialog.restore_as_new() == tmp_path / "restored.case.db"
    assert main_window.store.db.path == tmp_path / "restored.case.db"
    assert main_window.store.event("ev-scale-founded").title != "Only in the open case"
    answers["path"] = str(tmp_path / "restored.case.db")  # exists now: refused with a message
    again = maintained.show_restore()
    assert again.restore_as_new() is None and "already exists" in answers["errors"][0]
    again.close()


# --- Help ▸ Check Case… --------------------------------------------------------------------------


def test_check_backs_up_first_and_finds_a_sound_case(maintained, main_window) -> None:
    dialog = maintained.show_check()
    assert dialog.summary.text() == SOUND
    assert "before-check" in reasons(main_window.store.db.path)
    text = dialog.details.toPlainText()
    assert text.startswith("Backed up first:") and "integrity: ok" in text
    assert not dialog.recover_button.isEnabled()
    dialog.close()


def test_check_offers_to_rebuild_a_stale_search_index_and_rebuilds_it(maintained, main_window) -> None:
    conn = sqlite3.connect(main_window.store.db.path, isolation_level=None)
    conn.execute("INSERT INTO note_fts (note_fts) VALUES ('delete-all')")
    conn.close()
    dialog = maintained.show_check()
    assert dialog.summary.text() == STALE_INDEX
    assert dialog.rebuild_button.isEnabled() and dialog.rebuild_button.isDefault()
    assert dialog.rebuild_index() is True
    assert dialog.summary.text() == SOUND
    assert {"before-check", "before-rebuild"} <= set(reasons(main_window.store.db.path))
    dialog.close()


def test_check_of_a_damaged_case_offers_recovery_into_a_new_case(maintained, main_window, answers: dict, tmp_path: Path) -> None:
    big = tmp_path / "big.case.db"
    build_case(big, lambda store: generate_case(store, 2000, entities=40, seed=4))
    assert main_window.open_case_file(big)
    leaves = table_pages(big, "event")
    overwrite_pages(big, [leaves[len(leaves) // 2]])  # the disk goes bad under the open case
    dialog = maintained.show_check()
    assert dialog.summary.text() == DAMAGED
    assert dialog.recover_button.isEnabled() and not dialog.rebuild_button.isEnabled()
    answers["path"] = str(tmp_path / "recovered.case.db")
    answers["ask"] = True
    report = dialog.recover()
    assert report is not None and report.saved > 0 and report.lost > 0
    assert "Recovery:" in dialog.details.toPlainText()
    assert main_window.store.db.path == tmp_path / "recovered.case.db"
    assert 0 < main_window.store.event_count() < 2000
    assert "unreadable" in answers["asked"][0]


def test_a_big_case_is_backed_up_on_open_without_holding_up_the_window(main_window, clock: FakeClock, monkeypatch, qtbot) -> None:
    monkeypatch.setattr(wiring, "BACKGROUND_BYTES", 1)  # every case counts as big
    main_window.maintenance.detach()
    shutil.rmtree(backups.folder_for(main_window.store.db.path), ignore_errors=True)
    threads: list[str] = []
    original = wiring.Maintenance._backup_elsewhere

    def watched(self, policy) -> None:
        threads.append(threading.current_thread().name)
        original(self, policy)

    monkeypatch.setattr(wiring.Maintenance, "_backup_elsewhere", watched)
    maintained = attach(main_window, interval_s=600, clock=clock)
    with qtbot.waitSignal(maintained.backup_taken, timeout=10_000) as taken:
        pass
    assert threads == ["open-backup"], "the copy ran on its own thread"
    assert taken.args[0].reason == "open" and reasons(main_window.store.db.path) == ["open"]
    assert "Backed up" in main_window.statusBar().currentMessage()
