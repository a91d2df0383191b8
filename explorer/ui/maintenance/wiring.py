"""Backups, restore and check for one main window: ``attach(window)`` is all the window needs.

``Maintenance`` adds File ▸ Restore from Backup… and Help ▸ Check Case… (after the help pages,
before About, whenever Help fills its menu), backs up each case the
window opens (``BackupPolicy.on_open``), notes every change the session broadcasts, and lets a
timer take a periodic backup once changes are ``interval_s`` old; the last changes are backed up
when the window closes or opens another case. Backups read through their own read-only
connection, so they work even after the window's store has closed. A backup that fails says
so in the status bar and never interrupts work. Read-only and in-memory cases are not backed up.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from explorer.core import backups
from explorer.core.backups import Backup, BackupError, BackupPolicy, Clock
from explorer.ui import settings

if TYPE_CHECKING:  # the dialogs are imported when first opened, not at start-up
    from explorer.ui.maintenance.check_dialog import CheckCaseDialog
    from explorer.ui.maintenance.restore_dialog import RestoreDialog

CHECK_EVERY_MS = 30_000  # how often the timer asks whether a periodic backup is due
STATUS_MS = 8_000
BACKGROUND_BYTES = 64 * 1024 * 1024  # cases this big are backed up on opening without holding up the window


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class Maintenance(QObject):
    backup_taken = Signal(object)  # Backup
    backup_failed = Signal(str)
    _reported = Signal(object, str)  # a backup taken on another thread, and why it failed ("" if it did not)

    def __init__(self, window: QMainWindow, interval_s: float | None = None, clock: Clock = time.time) -> None:
        super().__init__(window)
        self._reported.connect(self._report)  # queued: emitted from the backup thread, reported here
        self.window = window
        self.interval_s = settings.backup_interval_s() if interval_s is None else interval_s  # Preferences ▸ Backups
        self.keep_weeks = settings.backup_keep_weeks()
        self.clock = clock
        self.policy: BackupPolicy | None = None
        self._session: QObject | None = None
        self.restore_action = QAction(self.tr("Restore from &Backup…"), window)
        self.restore_action.setStatusTip(self.tr("Bring back an earlier state of this case from its automatic backups"))
        self.restore_action.triggered.connect(self.show_restore)
        self.check_action = QAction(self.tr("&Check Case…"), window)
        self.check_action.setStatusTip(self.tr("Check the case file for damage, back it up, rebuild its search index or recover it"))
        self.check_action.triggered.connect(self.show_check)
        self._add_to_menus()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.backup_if_due)
        self.timer.start()
        window.session_replaced.connect(self._follow)
        window.installEventFilter(self)
        self._follow(window.session)

    # --- menus -------------------------------------------------------------------------------

    def _add_to_menus(self) -> None:
        """Restore goes above Quit in File, Check near the end of Help: the menus and the action the
        window exposes (``file_menu``, ``quit_action``, ``help_menu``), never found by their titles,
        which a translation changes."""
        bar = self.window.menuBar()
        menus = [action.menu() for action in bar.actions() if isinstance(action.menu(), QMenu)]
        file_menu = getattr(self.window, "file_menu", None) or (menus[0] if menus else bar.addMenu(self.tr("&File")))
        quit_action = getattr(self.window, "quit_action", None)
        before = quit_action if quit_action in file_menu.actions() else None
        file_menu.insertAction(before, self.restore_action)
        self._separators = [(file_menu, file_menu.insertSeparator(before))]
        help_menu = getattr(self.window, "help_menu", None)
        if help_menu is None:
            help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu = help_menu
        self._check_separator = QAction(self)
        self._check_separator.setSeparator(True)
        self._separators.append((help_menu, self._check_separator))
        self._placing = False
        self._place_check()
        help_menu.installEventFilter(self)  # Help fills its menu later: Check keeps its place

    def _place_check(self) -> None:
        """Check Case… in a group of its own after the help pages and before About: just above the
        menu's last separator (the one above About), or last with a separator above it."""
        menu = self.help_menu
        self._placing = True
        try:
            for action in (self._check_separator, self.check_action):
                menu.removeAction(action)
            others = menu.actions()
            separators = [action for action in others if action.isSeparator()]
            if separators:
                menu.insertActions(separators[-1], [self._check_separator, self.check_action])
            else:
                if others:
                    menu.addAction(self._check_separator)
                menu.addAction(self.check_action)
        finally:
            self._placing = False

    # --- following the open case --------------------------------------------------------------

    @property
    def case_path(self) -> Path | None:
        return self.window.store.db.path

    def _follow(self, session: QObject) -> None:
        """A case was opened in the window: back up the one before if it changed, then this one."""
        self._backup_pending()
        if self._session is not None:
            self._session.changed.disconnect(self._on_changed)
        self._session = session
        session.changed.connect(self._on_changed)
        db = self.window.store.db
        self.restore_action.setEnabled(db.path is not None)
        self.check_action.setEnabled(db.path is not None)
        if db.path is None or db.readonly:
            self.policy = None
            return
        self.policy = BackupPolicy(db.path, self.interval_s, self.clock, keep_weeks=self.keep_weeks)
        if _size(db.path) >= BACKGROUND_BYTES:  # copying a big case takes seconds: not while the window opens
            threading.Thread(target=self._backup_elsewhere, args=(self.policy,), name="open-backup", daemon=True).start()
        else:
            self._backup(self.policy.on_open)

    def _backup_elsewhere(self, policy: BackupPolicy) -> None:
        """The backup on opening a big case, on a thread of its own (it reads through its own connection)."""
        self._reported.emit(*self._take(policy.case_path, policy.on_open))

    def configure(self, interval_s: float, keep_weeks: int | None) -> None:
        """New backup preferences, for this case and the next."""
        self.interval_s, self.keep_weeks = interval_s, keep_weeks
        if self.policy is not None:
            self.policy.interval_s, self.policy.keep_weeks = interval_s, keep_weeks

    def _on_changed(self, _changes: object, _initiator: object) -> None:
        if self.policy is not None:
            self.policy.after_change()

    def backup_if_due(self) -> Backup | None:
        """The timer's question: take a periodic backup now if one is due."""
        if self.policy is None or not self.policy.due:
            return None
        return self._backup(self.policy.maybe_backup)

    def backup_before(self, what: str) -> Backup | None:
        """A backup ahead of risky work (check, rebuild, restore); None if it could not be taken."""
        if self.case_path is None:
            return None
        policy = self.policy or BackupPolicy(self.case_path, self.interval_s, self.clock, keep_weeks=self.keep_weeks)
        return self._backup(lambda conn: policy.before(conn, what))

    def forget_changes(self) -> None:
        """The changes not yet backed up are safe elsewhere (e.g. in the backup taken before a restore)."""
        if self.policy is not None:
            self.policy.changed_since = None

    def _backup_pending(self) -> None:
        """Back up changes not yet backed up (the window closes, or opens another case)."""
        if self.policy is not None and self.policy.changed_since is not None:
            self._backup(self.policy.on_close)

    def _backup(self, take: Callable[[sqlite3.Connection], Backup | None]) -> Backup | None:
        path = self.policy.case_path if self.policy is not None else self.case_path
        if path is None:
            return None
        return self._report(*self._take(path, take))

    @staticmethod
    def _take(path: Path, take: Callable[[sqlite3.Connection], Backup | None]) -> tuple[Backup | None, str]:
        """Take a backup through a reader of its own: the backup, or None and why it failed."""
        try:
            conn = backups.open_reader(path)
            try:
                return take(conn), ""
            finally:
                conn.close()
        except (BackupError, OSError, sqlite3.Error) as exc:  # a failed backup must never stop the work
            return None, QCoreApplication.translate("Maintenance", "Automatic backup failed: %1").replace("%1", str(exc))

    def _report(self, backup: Backup | None, failure: str) -> Backup | None:
        if failure:
            self.window.statusBar().showMessage(failure, STATUS_MS)
            self.backup_failed.emit(failure)
            return None
        if backup is not None:
            self.window.statusBar().showMessage(self.tr("Backed up: %1").replace("%1", backup.describe()), STATUS_MS)
            self.backup_taken.emit(backup)
        return backup

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self._backup_pending()  # the window closes its store after this
        elif (watched is self.help_menu and event.type() == QEvent.Type.ActionAdded and not self._placing
              and event.action() not in (self.check_action, self._check_separator)):  # type: ignore[attr-defined]
            self._place_check()
        return False

    def detach(self) -> None:
        """Stop backing up this window: leave its menus, stop the timer, stop following its cases
        (once: detaching again does nothing)."""
        if self.policy is None and self._session is None and not self.timer.isActive():
            return
        self.timer.stop()
        self.window.removeEventFilter(self)
        self.help_menu.removeEventFilter(self)
        self.window.session_replaced.disconnect(self._follow)
        if self._session is not None:
            self._session.changed.disconnect(self._on_changed)
            self._session = None
        for action in (self.restore_action, self.check_action):
            for widget in action.associatedObjects():
                if isinstance(widget, QMenu):
                    widget.removeAction(action)
        for menu, separator in self._separators:
            menu.removeAction(separator)
        self.policy = None
        self.deleteLater()

    # --- the dialogs --------------------------------------------------------------------------

    def show_restore(self) -> RestoreDialog:
        from explorer.ui.maintenance.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self, self.window)
        dialog.open()
        return dialog

    def show_check(self) -> CheckCaseDialog:
        from explorer.ui.maintenance.check_dialog import CheckCaseDialog

        dialog = CheckCaseDialog(self, self.window)
        dialog.open()
        dialog.run_check()
        return dialog


def attach(window: QMainWindow, interval_s: float | None = None, clock: Clock = time.time) -> Maintenance:
    """Give a main window automatic backups, File ▸ Restore from Backup… and Help ▸ Check Case…

    A window has one ``window.maintenance``: attaching again (e.g. with another interval) retires
    the one before, its menu entries and timer with it."""
    previous = getattr(window, "maintenance", None)
    if isinstance(previous, Maintenance):
        previous.detach()
    maintenance = Maintenance(window, interval_s, clock)
    window.maintenance = maintenance  # type: ignore[attr-defined]
    return maintenance
