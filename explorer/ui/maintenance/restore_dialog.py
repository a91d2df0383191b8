"""File ▸ Restore from Backup…: the open case's backups, newest first, restored as a new case or
over this one (after backing up its current state), then opened in the window."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from explorer.core import backups
from explorer.core.backups import Backup, BackupError
from explorer.core.database import BusyError, CaseFileError, ReadOnlyError
from explorer.core.restore import restore_as_new, restore_over
from explorer.ui.maintenance.prompts import MaintenancePrompts
from explorer.ui.messages import Dialogs

if TYPE_CHECKING:
    from explorer.ui.maintenance.wiring import Maintenance

EMPTY = "There are no backups of this case yet. A backup is taken when a case is opened and every few minutes while it changes."
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
        self.setWindowTitle("Restore from Backup")
        self.maintenance = maintenance
        self.main_window = maintenance.window
        self.case_path: Path = self.main_window.store.db.path
        self.intro = QLabel(f"Backups of {self.case_path.name}, newest first:", self)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)  # a file name is not markup
        self.list = QListWidget(self)
        self.list.setObjectName("backupList")
        self.list.setAccessibleName("Backups")
        self.as_new_button = QPushButton("Restore as &New Case…", self)
        self.over_button = QPushButton("&Restore Over This Case…", self)
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
            item = QListWidgetItem(EMPTY)
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
        suggested = str(self.case_path.with_name(f"{stem} (restored {stamp}).case.db"))
        chosen = MaintenancePrompts.new_case_path(self, "Restore as New Case", suggested)
        if not chosen:
            return None
        try:
            target = restore_as_new(backup, chosen)
        except _RESTORE_ERRORS as exc:
            Dialogs.error(self, "Cannot restore", f"The backup could not be restored.\n\n{exc}")
            return None
        if MaintenancePrompts.ask(self, "Backup restored", f"The backup of {backup.describe()} is now {target}.\n\nOpen it?"):
            self.accept()
            self.main_window.open_case_file(target)
        return target

    def restore_over(self) -> bool:
        backup = self.selected()
        if backup is None:
            return False
        question = (
            f"Replace everything in {self.case_path.name} with the backup of {backup.describe()}?\n\n"
            "The case as it is now is backed up first, so this can be undone by restoring that backup."
        )
        if not MaintenancePrompts.confirm(self, "Restore Over This Case", question, "Restore"):
            return False
        try:
            restore_over(backup, self.case_path, busy_timeout=self.BUSY_TIMEOUT_S)
        except _RESTORE_ERRORS as exc:
            Dialogs.error(self, "Cannot restore", f"Nothing was changed.\n\n{exc}")
            return False
        self.maintenance.forget_changes()  # they are in the backup restore_over took first
        self.accept()
        self.main_window.open_case_file(self.case_path)  # every panel and the undo history start afresh
        return True
