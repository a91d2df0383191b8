"""The actions of the Help menu and the dialogs they open (one of each at a time).

The dialogs are imported when first opened: the shortcuts page pulls in the presenter's keys and
About the package metadata, which the window does not need to show itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from explorer.ui.help.about import AboutDialog
    from explorer.ui.help.guide import UserGuideDialog
    from explorer.ui.help.shortcuts import ShortcutsDialog
    from explorer.ui.main_window import MainWindow
    from explorer.ui.welcome import WelcomeDialog


class HelpActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.welcome_action = self._action(self.tr("&Welcome…"), self.show_welcome, None,
                                           self.tr("Open the bundled case, a file, an import, a recent case; take the tour"))
        self.guide_action = self._action(self.tr("User &Guide"), self.show_guide, QKeySequence.StandardKey.HelpContents,
                                         self.tr("Read the user guide (offline)"))
        self.shortcuts_action = self._action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts, "Ctrl+/",
                                             self.tr("Every keyboard shortcut, by menu and panel"))
        self.tour_action = self._action(self.tr("G&uided Walkthrough"), self.start_tour, None,
                                        self.tr("A few steps over the panels of the main window"))
        self.about_action = self._action(self.tr("&About Case Explorer"), self.show_about, None,
                                         self.tr("Version, where this case and its backups are kept"))
        menu = window.help_menu
        menu.addAction(self.welcome_action)
        menu.addAction(self.tour_action)
        menu.addAction(self.guide_action)
        menu.addAction(self.shortcuts_action)
        menu.addSeparator()
        menu.addAction(self.about_action)
        self.guide: UserGuideDialog | None = None
        self.welcome: WelcomeDialog | None = None

    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        return action

    def show_shortcuts(self) -> ShortcutsDialog:
        from explorer.ui.help.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_guide(self) -> UserGuideDialog:
        from explorer.ui.help.guide import UserGuideDialog

        if self.guide is None:
            self.guide = UserGuideDialog(self.window)
        if self.guide.isVisible():  # already open: bring it forward
            self.guide.raise_()
            self.guide.activateWindow()
        else:
            self.guide.show()
        return self.guide

    def show_about(self) -> AboutDialog:
        from explorer.ui.help.about import AboutDialog

        dialog = AboutDialog(self.window.store.db.path, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_welcome(self) -> WelcomeDialog:
        from explorer.ui.welcome import WelcomeDialog, mark_shown

        if self.welcome is not None and self.welcome.isVisible():
            self.welcome.raise_()
            return self.welcome
        self.welcome = WelcomeDialog(self.window)
        self.welcome.finished.connect(self.welcome.deleteLater)
        self.welcome.destroyed.connect(lambda: setattr(self, "welcome", None))
        self.welcome.open()
        mark_shown()
        return self.welcome

    def start_tour(self) -> None:
        from explorer.ui.welcome import Walkthrough

        Walkthrough(self.window).start()


def attach(window: MainWindow) -> HelpActions:
    existing = getattr(window, "help", None)
    if isinstance(existing, HelpActions):
        return existing
    actions = HelpActions(window)
    window.help = actions  # type: ignore[attr-defined]
    return actions
