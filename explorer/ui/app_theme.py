"""The app's looks: system, light, dark and high contrast, as a Qt palette plus the timeline's colours.

``apply(name)`` gives the whole application a theme and returns the timeline's colours for it;
``notifier().changed`` then tells every panel that paints its own colours (timeline, relationship
graph) which *look* is on screen: "light", "dark" or "contrast". "system" follows the platform's
colour scheme (``QStyleHints.colorScheme``), and follows it again when the platform switches.
Every look draws with ``theme_style.ThemeStyle`` (Fusion with on/off states that show).
The high-contrast look is meant for projectors in bright rooms: black, white and yellow, with
a thick yellow frame around whatever has keyboard focus. Its name, "contrast", is the one the
presenter's slide themes use too.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from explorer.paths import resources_dir
from explorer.ui.theme_style import ThemeStyle, checked_fill
from explorer.ui.timeline.theme import THEMES as TIMELINE_THEMES
from explorer.ui.timeline.theme import TimelineTheme

THEMES = ("system", "light", "dark", "contrast")
LOOKS = ("light", "dark", "contrast")  # what "system" turns into on screen
Role = QPalette.ColorRole

LIGHT_COLORS = {Role.Highlight: "#2b6cb0", Role.PlaceholderText: "#6b6b6b"}
DARK_COLORS = {
    Role.Window: "#23272e", Role.WindowText: "#e8ebf0", Role.Base: "#1b1e24", Role.AlternateBase: "#262b33",
    Role.ToolTipBase: "#2d323b", Role.ToolTipText: "#e8ebf0", Role.Text: "#e8ebf0", Role.Button: "#2d323b",
    Role.ButtonText: "#e8ebf0", Role.BrightText: "#ffffff", Role.Highlight: "#3873d0", Role.HighlightedText: "#ffffff",
    Role.Link: "#8ab4f8", Role.PlaceholderText: "#9aa3ae", Role.Mid: "#3a404a", Role.Dark: "#15181d", Role.Light: "#3a404a",
}
DARK_DISABLED = "#7d8590"
CONTRAST_COLORS = {
    Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000", Role.AlternateBase: "#1a1a1a",
    Role.ToolTipBase: "#000000", Role.ToolTipText: "#ffffff", Role.Text: "#ffffff", Role.Button: "#000000",
    Role.ButtonText: "#ffffff", Role.BrightText: "#ffff00", Role.Highlight: "#ffd500", Role.HighlightedText: "#000000",
    Role.Link: "#ffff00", Role.PlaceholderText: "#c8c8c8", Role.Mid: "#ffffff", Role.Dark: "#ffffff", Role.Light: "#ffffff",
    Role.Midlight: "#ffffff", Role.Shadow: "#ffffff",
}
CONTRAST_DISABLED = "#a6a6a6"
FOCUS_COLOR = "#ffd500"


def _contrast_palette() -> QPalette:
    result = QPalette()
    for role, color in CONTRAST_COLORS.items():
        result.setColor(role, QColor(color))
    return result


CHECKED_FILL = checked_fill(_contrast_palette()).name()
# Once a combo or spin box has a style-sheet border, Qt draws its arrows as bare boxes: give them
# white triangles (grey when they can't be used) on a button set off by a white line.
ARROWS = """
QComboBox {{ padding: 1px 28px 1px 6px; }}
QComboBox::drop-down {{ subcontrol-origin: border; subcontrol-position: center right; width: 22px; border: none;
    border-left: 1px solid #ffffff; }}
QComboBox::down-arrow {{ image: url({down_on}); width: 12px; height: 12px; }}
QComboBox::down-arrow:disabled {{ image: url({down_off}); }}
QAbstractSpinBox {{ padding-right: 24px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: border; width: 22px; border: none;
    border-left: 1px solid #ffffff; }}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QAbstractSpinBox::up-arrow {{ image: url({up_on}); width: 10px; height: 10px; }}
QAbstractSpinBox::down-arrow {{ image: url({down_on}); width: 10px; height: 10px; }}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off {{ image: url({up_off}); }}
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off {{ image: url({down_off}); }}
"""


# white frames round the fields (Fusion's are drawn darker than the black window, so unseen),
# checked buttons filled as ThemeStyle fills them (a style sheet's border would hide its fill) and
# thick yellow focus frames for the projector
CONTRAST_STYLE = f"""
QLineEdit, QAbstractSpinBox, QComboBox, QPushButton, QAbstractItemView, QTextEdit, QPlainTextEdit {{
    border: 1px solid #ffffff;
}}
QPushButton {{ padding: 4px 12px; }}
QToolButton:checked, QPushButton:checked {{ background: {CHECKED_FILL}; border: 1px solid {FOCUS_COLOR}; }}
QAbstractButton:focus, QComboBox:focus, QLineEdit:focus, QAbstractSpinBox:focus, QAbstractItemView:focus,
QTextEdit:focus, QPlainTextEdit:focus, QGraphicsView:focus, QTabBar:focus, QSlider:focus {{
    border: 3px solid {FOCUS_COLOR};
}}
QToolTip {{ color: #ffffff; background: #000000; border: 2px solid #ffffff; }}
"""


def contrast_style() -> str:
    """The high-contrast look's style sheet, its arrow pictures found in resources/styles."""
    folder = resources_dir() / "styles"
    pictures = {f"{way}_{state}": (folder / f"contrast-arrow-{way}-{state}.svg").as_posix()
                for way in ("up", "down") for state in ("on", "off")}
    return CONTRAST_STYLE + ARROWS.format(**pictures)


class ThemeNotifier(QObject):
    """Tells the panels that paint their own colours which look the app now has."""

    changed = Signal(str)  # "light", "dark" or "contrast"


_state: dict[str, object] = {"chosen": "light", "look": "light", "notifier": None, "following": False, "style": None}


def notifier() -> ThemeNotifier:
    """The one notifier of this application (made on first use)."""
    current = _state["notifier"]
    if current is None:
        current = ThemeNotifier(QCoreApplication.instance())
        _state["notifier"] = current
    return current  # type: ignore[return-value]


def chosen() -> str:
    """The theme last applied, as chosen: one of ``THEMES``."""
    return str(_state["chosen"])


def look() -> str:
    """The look on screen now: "light", "dark" or "contrast" ("system" resolved)."""
    return str(_state["look"])


def label(name: str) -> str:
    """The theme's name for people (menus, Preferences)."""
    labels = {
        "system": QCoreApplication.translate("Theme", "System"), "light": QCoreApplication.translate("Theme", "Light"),
        "dark": QCoreApplication.translate("Theme", "Dark"),
        "contrast": QCoreApplication.translate("Theme", "High contrast (projector)"),
    }
    return labels.get(name, name)


def resolve(name: str) -> str:
    """The look a theme name stands for; "system" asks the platform, unknown names are light."""
    if name == "system":
        scheme = QGuiApplication.styleHints().colorScheme()
        return "dark" if scheme == Qt.ColorScheme.Dark else "light"
    return name if name in LOOKS else "light"


def palette(name: str) -> QPalette:
    """The palette of a look (light: the style's own)."""
    look_name = resolve(name)
    if look_name == "light":
        result = QApplication.instance().style().standardPalette()
        for role, color in LIGHT_COLORS.items():  # the style's own, darkened where they miss WCAG AA
            result.setColor(role, QColor(color))
        return result
    colors, disabled = (DARK_COLORS, DARK_DISABLED) if look_name == "dark" else (CONTRAST_COLORS, CONTRAST_DISABLED)
    result = QPalette()
    for role, color in colors.items():
        result.setColor(role, QColor(color))
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return result


def timeline_theme(look_name: str) -> TimelineTheme:
    return TIMELINE_THEMES.get(resolve(look_name), TIMELINE_THEMES["light"])


def apply(name: str) -> TimelineTheme:
    """Give the application the named theme; returns the matching timeline colours."""
    app = QApplication.instance()
    name = name if name in THEMES else "light"
    look_name = resolve(name)
    _state["chosen"], _state["look"] = name, look_name
    use_theme_style(app)
    app.setPalette(palette(look_name))
    app.setStyleSheet(contrast_style() if look_name == "contrast" else "")
    if name == "system" and not _state["following"]:
        QGuiApplication.styleHints().colorSchemeChanged.connect(_on_scheme_changed)
        _state["following"] = True
    notifier().changed.emit(look_name)
    return timeline_theme(look_name)


def use_theme_style(app: QApplication) -> None:
    """Draw with ``ThemeStyle`` (checked buttons, radio and check box outlines that show in every
    theme) over the style the application has; once, before the first palette is set."""
    installed = _state["style"]
    if installed is not None and shiboken6.isValid(installed):
        return
    # none yet, or replaced by another setStyle (the application deletes the style it drops,
    # and a dead one must never be handed to Qt again)
    current = app.style()
    style = ThemeStyle(current.name() if current is not None and current.name() and current is not installed else "Fusion")
    app.setStyle(style)
    _state["style"] = style


def _on_scheme_changed(_scheme: Qt.ColorScheme) -> None:
    if chosen() == "system":
        apply("system")
