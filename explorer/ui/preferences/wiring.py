"""Edit ▸ Preferences… for one main window: ``attach(window)`` is all the window needs.

``Preferences`` adds the action to the window's Edit menu (``window.edit_menu``, as the
maintenance wiring uses ``window.help_menu``), applies the saved font size when attached, and applies
what the dialog saves to the window's panels at once: theme (through ``window.set_theme`` so the
View ▸ Theme menu agrees), font size (``font_size``), lanes, dates, the notes autosave delay and the backups.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from explorer.ui import app_theme, date_text
from explorer.ui.preferences.dialog import PreferencesDialog
from explorer.ui.preferences.font_size import apply_font_size
from explorer.ui.preferences.values import PreferenceValues


class Preferences(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("Pr&eferences…"), window)  # Alt+P is the notes' Note on This Period
        self.action.setObjectName("preferencesAction")
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        shortcuts = [QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence(self.tr("Ctrl+,"))]
        unique = []
        for shortcut in shortcuts:
            if not shortcut.isEmpty() and shortcut not in unique:
                unique.append(shortcut)
        self.action.setShortcuts(unique)
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setStatusTip(self.tr("Your name on notes, theme, font size, lanes, dates, autosave and backups"))
        self.action.triggered.connect(self.show)
        self.dialog: PreferencesDialog | None = None
        self._add_to_menu()
        window.addAction(self.action)
        apply_font_size(PreferenceValues.stored().font_size)

    def _add_to_menu(self) -> None:
        edit_menu = getattr(self.window, "edit_menu", None)  # the window's own, not found by a title a translation changes
        if not isinstance(edit_menu, QMenu):
            edit_menu = self.window.menuBar().addMenu(self.tr("&Edit"))
        if edit_menu.actions():
            edit_menu.addSeparator()
        edit_menu.addAction(self.action)
        self.menu = edit_menu

    def show(self) -> PreferencesDialog:
        """Open the dialog (window-modal; tests accept or reject it themselves)."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        self.dialog = PreferencesDialog(PreferenceValues.stored(), self.window)
        self.dialog.preview.connect(self.preview)
        self.dialog.finished.connect(self._on_finished)
        self.dialog.open()
        return self.dialog

    def _on_finished(self, result: int) -> None:
        dialog = self.dialog
        if dialog is not None and result == QDialog.DialogCode.Accepted:
            self.save(dialog.values(), theme_picked=dialog.theme_picked)
        if dialog is not None:
            dialog.deleteLater()
        self.dialog = None

    def preview(self, values: PreferenceValues) -> None:
        """Show a theme and font size now, without saving them."""
        self._set_theme(values.theme, remember=False)
        apply_font_size(values.font_size)

    def save(self, values: PreferenceValues, theme_picked: bool = True) -> None:
        """Save the preferences and apply them all to this window; the theme only when it was picked
        in the dialog (a session started with ``--theme contrast`` keeps it when only the font changed).
        The lanes on show change only when the default lanes did, and only if this case has none of its own."""
        default_lanes_before = PreferenceValues.stored().lanes
        values.save()
        if theme_picked:
            self._set_theme(values.theme, remember=True)
        apply_font_size(values.font_size)
        window = self.window
        if values.lanes != default_lanes_before and hasattr(window, "follow_default_lanes"):
            window.follow_default_lanes()
        notes = getattr(window, "notes", None)
        if notes is not None:
            notes.panel.autosaver.set_delay(values.autosave_ms)
        maintenance = getattr(window, "maintenance", None)
        if maintenance is not None:
            maintenance.configure(values.backup_minutes * 60.0, values.keep_weeks or None)
        if values.date_style != date_text.style():
            date_text.set_style(values.date_style)
            self.refresh_dates()

    def _set_theme(self, name: str, remember: bool) -> None:
        if remember and hasattr(self.window, "set_theme"):
            self.window.set_theme(name)  # keeps View ▸ Theme checked right and saves it
        elif name != app_theme.chosen():
            app_theme.apply(name)

    def refresh_dates(self) -> None:
        """Every panel that shows dates writes them again."""
        window = self.window
        timeline = getattr(window, "timeline", None)
        if timeline is not None:
            timeline.refresh_dates()
            event_table = getattr(window, "event_table", None)
            if event_table is not None:
                event_table.refresh(order=timeline.index.event_id)
        detail = getattr(window, "detail", None)
        if detail is not None and detail.event_uid:
            detail.show_event(detail.event_uid)
        relationships = getattr(window, "relationships_controller", None)
        if relationships is not None:
            relationships.panel.set_as_of(relationships.panel.seconds, animate=False)


def attach(window: QMainWindow) -> Preferences:
    """Give a main window Edit ▸ Preferences… (``window.preferences``); a second call returns the first."""
    existing = getattr(window, "preferences", None)
    if isinstance(existing, Preferences):
        return existing
    preferences = Preferences(window)
    window.preferences = preferences  # type: ignore[attr-defined]
    return preferences
