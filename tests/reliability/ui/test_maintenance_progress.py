"""Help ▸ Check Case… and its repairs run off the GUI thread with a progress dialog; Cancel stops
the check, rolls a rebuild back and leaves no recovered file behind."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from explorer.core import recovery
from explorer.core.database import _CaseConnection
from explorer.ui import progress as progress_module
from explorer.ui.maintenance import attach
from explorer.ui.maintenance.check_dialog import CheckCaseDialog
from explorer.ui.maintenance.prompts import MaintenancePrompts
from explorer.ui.progress import Progress


@pytest.fixture(autouse=True)
def show_at_once(monkeypatch) -> None:
    monkeypatch.setattr(progress_module, "SHOW_AFTER_MS", 0)


def _press_cancel_when_shown(then: threading.Event) -> None:
    dialog = next((w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QProgressDialog) and w.objectName() == "progressDialog" and w.isVisible()), None)
    if dialog is None:
        QTimer.singleShot(10, lambda: _press_cancel_when_shown(then))
        return
    dialog.findChild(QPushButton).click()
    then.set()


@pytest.fixture
def check_dialog(main_window, qtbot) -> CheckCaseDialog:
    maintenance = attach(main_window, interval_s=600)
    dialog = CheckCaseDialog(maintenance, main_window)
    qtbot.addWidget(dialog)
    return dialog


def test_recovery_reports_its_tables_and_cancel_leaves_no_file(check_dialog, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "recovered"
    folder.mkdir()
    target = folder / "saved.case.db"
    monkeypatch.setattr(MaintenancePrompts, "new_case_path", classmethod(lambda cls, parent, title, suggested: str(target)))
    monkeypatch.setattr(MaintenancePrompts, "ask", classmethod(lambda cls, parent, title, text: False))
    seen: list[tuple[int, int]] = []
    report = Progress.report

    def recording(self: Progress, done: int, total: int, text: str | None = None) -> None:
        seen.append((done, total))
        report(self, done, total, text)

    monkeypatch.setattr(Progress, "report", recording)
    assert check_dialog.recover() is not None and target.is_file()
    tables = len(recovery.case_tables())
    assert seen == [(n, tables) for n in range(tables)]

    target.unlink()
    pressed = threading.Event()

    def slow(self: Progress, done: int, total: int, text: str | None = None) -> None:
        report(self, done, total, text)
        if done == 3:
            pressed.wait(10)  # rows of the first tables are in the new file's transaction by now

    monkeypatch.setattr(Progress, "report", slow)
    QTimer.singleShot(0, lambda: _press_cancel_when_shown(pressed))
    assert check_dialog.recover() is None
    assert pressed.is_set() and "cancelled" in check_dialog.summary.text()
    assert list(folder.iterdir()) == []


def test_cancelling_a_rebuild_interrupts_it_and_says_nothing_changed(check_dialog, main_window, monkeypatch) -> None:
    pressed = threading.Event()
    interrupted: list[bool] = []

    def rebuild_until_interrupted(db) -> None:
        pressed.wait(10)
        raise sqlite3.OperationalError("interrupted")  # what SQLite raises in the interrupted statement

    def interrupt(conn: sqlite3.Connection) -> None:
        interrupted.append(True)
        sqlite3.Connection.interrupt(conn)

    monkeypatch.setattr(_CaseConnection, "interrupt", interrupt, raising=False)
    monkeypatch.setattr("explorer.ui.maintenance.check_dialog.rebuild_search_index", rebuild_until_interrupted)
    QTimer.singleShot(0, lambda: _press_cancel_when_shown(pressed))
    assert check_dialog.rebuild_index() is False
    assert pressed.is_set() and interrupted == [True]
    assert check_dialog.summary.text().startswith("Rebuild cancelled")


def test_a_cancelled_check_says_so(check_dialog, monkeypatch) -> None:
    release = threading.Event()
    monkeypatch.setattr("explorer.ui.maintenance.check_dialog.check_case", lambda path: release.wait(10))
    pressed = threading.Event()
    QTimer.singleShot(0, lambda: _press_cancel_when_shown(pressed))
    assert check_dialog.run_check() is None
    release.set()
    assert pressed.is_set() and check_dialog.summary.text() == "The check was cancelled."
