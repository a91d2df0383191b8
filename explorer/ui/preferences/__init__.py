"""Edit ▸ Preferences…: the dialog, the values it edits, and ``attach(window)`` for the main window."""

from explorer.ui.preferences.dialog import PreferencesDialog
from explorer.ui.preferences.font_size import apply_font_size
from explorer.ui.preferences.values import PreferenceValues
from explorer.ui.preferences.wiring import Preferences, attach

__all__ = ["PreferenceValues", "Preferences", "PreferencesDialog", "apply_font_size", "attach"]
