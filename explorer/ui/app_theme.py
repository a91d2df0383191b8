"""Light and dark looks for the whole app: a Qt palette plus the timeline's own colours."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from explorer.ui.timeline.theme import DARK, LIGHT, TimelineTheme

THEMES = ("light", "dark")


def _dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#23272e", QPalette.ColorRole.WindowText: "#e8ebf0",
        QPalette.ColorRole.Base: "#1b1e24", QPalette.ColorRole.AlternateBase: "#262b33",
        QPalette.ColorRole.ToolTipBase: "#2d323b", QPalette.ColorRole.ToolTipText: "#e8ebf0",
        QPalette.ColorRole.Text: "#e8ebf0", QPalette.ColorRole.Button: "#2d323b",
        QPalette.ColorRole.ButtonText: "#e8ebf0", QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#3d7bd9", QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.PlaceholderText: "#9aa3ae",
        QPalette.ColorRole.Mid: "#3a404a", QPalette.ColorRole.Dark: "#15181d", QPalette.ColorRole.Light: "#3a404a",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7d8590"))
    return palette


def apply(name: str) -> TimelineTheme:
    """Give the application the named look; returns the matching timeline colours."""
    app = QApplication.instance()
    if name == "dark":
        app.setPalette(_dark_palette())
        return DARK
    app.setPalette(app.style().standardPalette())
    return LIGHT
