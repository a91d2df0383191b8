"""Help ▸ Check Case…: the ``check`` command in the window, after a backup; then the repairs it
offers: rebuilding the search index (after another backup) and, when the file is damaged,
recovering what can be read into a new case."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from explorer.core.check import CheckReport, check_case
from explorer.core.database import BusyError, CaseFileError, ReadOnlyError
from explorer.core.recovery import RecoveryReport, rebuild_search_index, recover_case
from explorer.ui.maintenance.prompts import MaintenancePrompts
from explorer.ui.messages import Dialogs
from explorer.ui.progress import run_with_progress

if TYPE_CHECKING:
    from explorer.ui.maintenance.wiring import Maintenance

SOUND = "The case is sound: nothing needs repairing."
DAMAGED = "The case file is damaged. Recover what can still be read into a new case, or restore a backup."
STALE_INDEX = "The search index is out of step with the case. Rebuild it to make search find everything again."
OTHER = "The check found problems; see below."


class CheckCaseDialog(QDialog):
    def __init__(self, maintenance: Maintenance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkCaseDialog")
        self.setWindowTitle("Check Case")
        self.maintenance = maintenance
        self.main_window = maintenance.window
        self.case_path: Path = self.main_window.store.db.path
        self.report: CheckReport | None = None
        self.summary = QLabel(f"Checking {self.case_path.name}…", self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("checkDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName("Check results")
        self.rebuild_button = QPushButton("Rebuild &Search Index", self)
        self.recover_button = QPushButton("&Recover into a New Case…", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.rebuild_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.rebuild_button.clicked.connect(self.rebuild_index)
        self.recover_button.clicked.connect(self.recover)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.rebuild_button.setEnabled(False)
        self.recover_button.setEnabled(False)

    def _finding(self, name: str) -> bool:
        """Whether the last check found ``name`` ok (True when not checked)."""
        if self.report is None:
            return True
        return all(f.ok for f in self.report.findings if f.name == name)

    def run_check(self) -> CheckReport | None:
        """Back up, then check; show the findings and offer the repairs they call for."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            backup = self.maintenance.backup_before("check")
            lines = [f"Backed up first: {backup.describe()}" if backup else "Could not back up first (see the status bar)."]
            try:
                path = self.case_path  # checked through its own connection, off the GUI thread (no Cancel: it cannot stop halfway)
                self.report = run_with_progress(self, "Check Case", f"Checking {path.name}…", lambda: check_case(path))
            except CaseFileError as exc:
                self.report = None
                self.summary.setText(f"The case could not be checked: {exc.detail}")
                self.details.setPlainText("\n".join(lines))
                self.recover_button.setEnabled(True)
                return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.details.setPlainText("\n".join([*lines, "", *self.report.lines()]))
        damaged = not self._finding("integrity")
        stale = not self._finding("search index") and self._finding("schema") and not damaged
        self.summary.setText(SOUND if self.report.ok else DAMAGED if damaged else STALE_INDEX if stale else OTHER)
        self.rebuild_button.setEnabled(not self.main_window.store.readonly and not damaged)
        self.rebuild_button.setDefault(stale)
        self.recover_button.setEnabled(damaged or not self._finding("foreign keys"))
        self.recover_button.setDefault(damaged)
        return self.report

    def rebuild_index(self) -> bool:
        """Back up, rebuild every search index from the case's own rows, and check again."""
        if self.maintenance.backup_before("rebuild") is None:
            Dialogs.error(self, "Cannot rebuild", "The case could not be backed up first, so nothing was changed.")
            return False
        try:
            rebuild_search_index(self.main_window.store.db)
        except (BusyError, ReadOnlyError, sqlite3.Error) as exc:
            Dialogs.error(self, "Cannot rebuild", f"The search index was not rebuilt; nothing was changed.\n\n{exc}")
            return False
        self.run_check()
        return True

    def recover(self) -> RecoveryReport | None:
        """Copy what can be read into a new case; show what was saved and lost; offer to open it."""
        stem = self.case_path.name.removesuffix(".db").removesuffix(".case")
        suggested = str(self.case_path.with_name(f"{stem} (recovered).case.db"))
        chosen = MaintenancePrompts.new_case_path(self, "Recover into a New Case", suggested)
        if not chosen:
            return None
        try:
            report = recover_case(self.case_path, chosen)
        except (CaseFileError, OSError, sqlite3.Error, RuntimeError) as exc:
            Dialogs.error(self, "Cannot recover", f"Nothing could be recovered.\n\n{exc}")
            return None
        self.details.appendPlainText("\nRecovery:\n" + "\n".join(report.lines()))
        self.summary.setText(f"Recovered into {report.target.name}: {report.saved:,} rows saved, {report.lost:,} known lost.")
        if MaintenancePrompts.ask(self, "Case recovered", "\n".join(report.lines()[:12]) + "\n\nOpen the recovered case?"):
            self.accept()
            self.main_window.open_case_file(report.target)
        return report
