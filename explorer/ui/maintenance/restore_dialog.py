"""File ▸ Restore from Backup…: the open case's backups, newest first, restored as a new case or
over this one (after backing up its current state), then opened in the window."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from explorer.core import backups
from explorer.core.backups import Backup, BackupError
from explorer.core.database import BusyError, CaseFileError, ReadOnlyError
from explorer.core.restore import restore_as_new, restore_over
from explorer.ui.maintenance.prompts import MaintenancePrompts
from explorer.ui.messages import Dialogs
from explorer.ui.progress import run_with_progress

if TYPE_CHECKING:
    from explorer.ui.maintenance.wiring import Maintenance

EMPTY = QT_TRANSLATE_NOOP(
    "RestoreDialog",
    "There are no backups of this case yet. A backup is taken when a case is opened and every few minutes while it changes.",
)
_RESTORE_ERRORS = (CaseFileError, BusyError, ReadOnlyError, BackupError, OSError, sqlite3.Error)


def _size(count: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:,} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1024  # type: ignore[assignment]
    return ""


class RestoreDialog(QDialog):
    BUSY_TIMEOUT_S = 5.0

    def __init__(self, maintenance: Maintenance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.maintenance = maintenance
        self.main_window = maintenance.window
        self.case_path: Path = self.main_window.store.db.path
        self.intro = QLabel(self.tr("Backups of %1, newest first:").replace("%1", self.case_path.name), self)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)  # a file name is not markup
        self.list = QListWidget(self)
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups"))
        self.as_new_button = QPushButton(self.tr("Restore as &New Case…"), self)
        self.over_button = QPushButton(self.tr("&Restore Over This Case…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.as_new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.over_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.as_new_button.clicked.connect(self.restore_as_new)
        self.over_button.clicked.connect(self.restore_over)
        self.list.currentRowChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 380)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        self.backups = backups.list_backups(self.case_path)
        for backup in self.backups:
            item = QListWidgetItem(f"{backup.describe()} — {_size(backup.size)}")
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        if not self.backups:
            item = QListWidgetItem(QCoreApplication.translate("RestoreDialog", EMPTY))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        else:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def selected(self) -> Backup | None:
        row = self.list.currentRow()
        return self.backups[row] if self.backups and 0 <= row < len(self.backups) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.as_new_button.setEnabled(chosen)
        self.over_button.setEnabled(chosen and not self.main_window.store.readonly)

    def restore_as_new(self) -> Path | None:
        backup = self.selected()
        if backup is None:
            return None
        stamp = time.strftime("%Y-%m-%d-%H%M", time.localtime(backup.taken))
        stem = self.case_path.name.removesuffix(".db").removesuffix(".case")
        suggested = str(self.case_path.with_name(self.tr("%1 (restored %2).case.db").replace("%1", stem).replace("%2", stamp)))
        chosen = MaintenancePrompts.new_case_path(self, self.tr("Restore as New Case"), suggested)
        if not chosen:
            return None
        try:  # a copy through the backup API, off the GUI thread (about a second for a 70 MB case); no Cancel
            target = run_with_progress(self, self.tr("Restore as New Case"), self.tr("Restoring %1…").replace("%1", Path(chosen).name),
                                       lambda: restore_as_new(backup, chosen))
        except _RESTORE_ERRORS as exc:
            Dialogs.error(self, self.tr("Cannot restore"), self.tr("The backup could not be restored.") + f"\n\n{exc}")
            return None
        question = self.tr("The backup of %1 is now %2.").replace("%1", backup.describe()).replace("%2", str(target))
        question += "\n\n" + self.tr("Open it?")
        if MaintenancePrompts.ask(self, self.tr("Backup restored"), question):
            self.accept()
            self.main_window.open_case_file(target)
        return target

    def restore_over(self) -> bool:
        backup = self.selected()
        if backup is None:
            return False
        question = (
            self.tr("Replace everything in %1 with the backup of %2?").replace("%1", self.case_path.name).replace("%2", backup.describe())
            + "\n\n" + self.tr("The case as it is now is backed up first, so this can be undone by restoring that backup.")
        )
        if not MaintenancePrompts.confirm(self, self.tr("Restore Over This Case"), question, self.tr("Restore")):
            return False
        case_path, timeout = self.case_path, self.BUSY_TIMEOUT_S
        try:  # through connections of its own, off the GUI thread; no Cancel (it replaces the case in one transaction)
            run_with_progress(self, self.tr("Restore Over This Case"), self.tr("Restoring %1…").replace("%1", case_path.name),
                              lambda: restore_over(backup, case_path, busy_timeout=timeout))
        except _RESTORE_ERRORS as exc:
            Dialogs.error(self, self.tr("Cannot restore"), self.tr("Nothing was changed.") + f"\n\n{exc}")
            return False
        self.maintenance.forget_changes()  # they are in the backup restore_over took first
        self.accept()
        self.main_window.open_case_file(self.case_path)  # every panel and the undo history start afresh
        return True
