"""Help ▸ Check Case…: the ``check`` command in the window, after a backup; then the repairs it
offers: rebuilding the search index (after another backup) and, when the file is damaged,
recovering what can be read into a new case."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from explorer.core.check import CheckReport, check_case
from explorer.core.database import BusyError, CaseFileError, Database, ReadOnlyError, open_database
from explorer.core.recovery import RecoveryReport, rebuild_search_index, recover_case
from explorer.ui.maintenance.prompts import MaintenancePrompts
from explorer.ui.messages import Dialogs
from explorer.ui.progress import Cancelled, Progress, run_in_thread, run_with_progress

if TYPE_CHECKING:
    from explorer.ui.maintenance.wiring import Maintenance



def _tr(text: str) -> str:
    return QCoreApplication.translate("CheckCaseDialog", text)


# the summaries, translated when shown (QT_TRANSLATE_NOOP: lupdate finds them here)
SOUND = "The case is sound: nothing needs repairing."
DAMAGED = "The case file is damaged. Recover what can still be read into a new case, or restore a backup."
STALE_INDEX = "The search index is out of step with the case. Rebuild it to make search find everything again."
OTHER = "The check found problems; see below."
_SUMMARIES = (
    QT_TRANSLATE_NOOP("CheckCaseDialog", "The case is sound: nothing needs repairing."),
    QT_TRANSLATE_NOOP("CheckCaseDialog", "The case file is damaged. Recover what can still be read into a new case, or restore a backup."),
    QT_TRANSLATE_NOOP("CheckCaseDialog", "The search index is out of step with the case. Rebuild it to make search find everything again."),
    QT_TRANSLATE_NOOP("CheckCaseDialog", "The check found problems; see below."),
)


def _rebuild(db: Database, progress: Progress) -> None:
    """Rebuild the search index (Cancel interrupts its statement: the transaction rolls back)."""
    progress.check()
    rebuild_search_index(db)


class CheckCaseDialog(QDialog):
    def __init__(self, maintenance: Maintenance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkCaseDialog")
        self.setWindowTitle(self.tr("Check Case"))
        self.maintenance = maintenance
        self.main_window = maintenance.window
        self.case_path: Path = self.main_window.store.db.path
        self.report: CheckReport | None = None
        self.summary = QLabel(self.tr("Checking %1…").replace("%1", self.case_path.name), self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("checkDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Check results"))
        self.rebuild_button = QPushButton(self.tr("Rebuild &Search Index"), self)
        self.recover_button = QPushButton(self.tr("&Recover into a New Case…"), self)
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
        finally:
            QGuiApplication.restoreOverrideCursor()
        lines = [self.tr("Backed up first: %1").replace("%1", backup.describe()) if backup
                 else self.tr("Could not back up first (see the status bar).")]
        path = self.case_path
        try:
            # checked through its own connection, off the GUI thread; it changes nothing, so Cancel
            # stops waiting for it at once (the check ends on its own, its temporary copy with it)
            self.report = run_with_progress(self, self.tr("Check Case"), self.tr("Checking %1…").replace("%1", path.name),
                                            lambda: check_case(path), interrupt=lambda: None)
        except Cancelled:
            self.report = None
            self.summary.setText(self.tr("The check was cancelled."))
            self.details.setPlainText("\n".join(lines))
            return None
        except CaseFileError as exc:
            self.report = None
            self.summary.setText(self.tr("The case could not be checked: %1").replace("%1", exc.detail))
            self.details.setPlainText("\n".join(lines))
            self.recover_button.setEnabled(True)
            return None
        self.details.setPlainText("\n".join([*lines, "", *self.report.lines()]))
        damaged = not self._finding("integrity")
        stale = not self._finding("search index") and self._finding("schema") and not damaged
        self.summary.setText(_tr(SOUND if self.report.ok else DAMAGED if damaged else STALE_INDEX if stale else OTHER))
        self.rebuild_button.setEnabled(not self.main_window.store.readonly and not damaged)
        self.rebuild_button.setDefault(stale)
        self.recover_button.setEnabled(damaged or not self._finding("foreign keys"))
        self.recover_button.setDefault(damaged)
        return self.report

    def rebuild_index(self) -> bool:
        """Back up, rebuild every search index from the case's own rows (on a connection of its own,
        off the GUI thread; Cancel rolls it back), and check again."""
        if self.maintenance.backup_before("rebuild") is None:
            Dialogs.error(self, self.tr("Cannot rebuild"), self.tr("The case could not be backed up first, so nothing was changed."))
            return False
        try:
            db = open_database(self.case_path)
        except (CaseFileError, BusyError, ReadOnlyError, OSError, sqlite3.Error) as exc:
            Dialogs.error(self, self.tr("Cannot rebuild"), self.tr("The search index was not rebuilt; nothing was changed.") + f"\n\n{exc}")
            return False
        try:
            label = self.tr("Rebuilding the search index of %1…").replace("%1", self.case_path.name)
            run_in_thread(self, self.tr("Rebuild Search Index"), label, lambda p: _rebuild(db, p), interrupt=db.conn.interrupt)
        except Cancelled:
            self.summary.setText(self.tr("Rebuild cancelled: the search index was not rebuilt; nothing was changed."))
            return False
        except (BusyError, ReadOnlyError, sqlite3.Error) as exc:
            Dialogs.error(self, self.tr("Cannot rebuild"), self.tr("The search index was not rebuilt; nothing was changed.") + f"\n\n{exc}")
            return False
        finally:
            db.close()
        self.run_check()
        return True

    def recover(self) -> RecoveryReport | None:
        """Copy what can be read into a new case; show what was saved and lost; offer to open it."""
        stem = self.case_path.name.removesuffix(".db").removesuffix(".case")
        suggested = str(self.case_path.with_name(self.tr("%1 (recovered).case.db").replace("%1", stem)))
        chosen = MaintenancePrompts.new_case_path(self, self.tr("Recover into a New Case"), suggested)
        if not chosen:
            return None
        source = self.case_path

        def work(progress: Progress) -> RecoveryReport:
            return recover_case(source, chosen, lambda done, total: progress.report(done, total))

        try:
            report = run_in_thread(self, self.tr("Recover into a New Case"), self.tr("Recovering %1…").replace("%1", source.name), work)
        except Cancelled:
            self.summary.setText(self.tr("Recovery cancelled: nothing was written to %1.").replace("%1", Path(chosen).name))
            return None
        except (CaseFileError, OSError, sqlite3.Error, RuntimeError) as exc:
            Dialogs.error(self, self.tr("Cannot recover"), self.tr("Nothing could be recovered.") + f"\n\n{exc}")
            return None
        self.details.appendPlainText("\n" + self.tr("Recovery:") + "\n" + "\n".join(report.lines()))
        self.summary.setText(self.tr("Recovered into %1: %2 rows saved, %3 known lost.").replace("%1", report.target.name)
                             .replace("%2", f"{report.saved:,}").replace("%3", f"{report.lost:,}"))
        question = "\n".join(report.lines()[:12]) + "\n\n" + self.tr("Open the recovered case?")
        if MaintenancePrompts.ask(self, self.tr("Case recovered"), question):
            self.accept()
            self.main_window.open_case_file(report.target)
        return report
