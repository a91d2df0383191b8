"""Accessibility of the main window: Tab reaches every panel, every control has a name, every
theme's colours pass WCAG AA, keyboard focus can be seen, and certainty never rests on colour.

The screenshots of the main window in each theme go to the screenshot folder for people to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from explorer.core import contrast
from explorer.core.models import Certainty
from explorer.core.timeline_columns import CERTAINTY_CODES
from explorer.ui import app_theme, preferences, theme_pairs
from explorer.ui.relationships.theme import CERTAINTY_WORDS, DASH_PATTERNS, PEN_STYLES
from explorer.ui.timeline.painting import marker_pixmap

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractSlider, QAbstractItemView, QTextEdit,
               QPlainTextEdit, QTabBar, QGraphicsView)
PANELS = ("timeline", "events table", "event detail", "search", "relationships", "notes")


def _panels(window) -> dict[str, QWidget]:
    return {
        "timeline": window.timeline, "events table": window.event_table, "event detail": window.detail,
        "search": window.search, "relationships": window.relationships_controller.panel, "notes": window.notes.panel,
    }


def _panel_of(window, widget: QWidget | None) -> str | None:
    for name, panel in _panels(window).items():
        if widget is not None and (widget is panel or panel.isAncestorOf(widget)):
            return name
    return None


# --- keyboard: Tab and Shift+Tab ----------------------------------------------------------------


@pytest.mark.parametrize("key", [Qt.Key.Key_Tab, Qt.Key.Key_Backtab], ids=["tab", "shift-tab"])
def test_tab_from_the_timeline_reaches_every_panel(qtbot, main_window, key: Qt.Key) -> None:
    main_window.activateWindow()
    main_window.timeline.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: _panel_of(main_window, QApplication.focusWidget()) == "timeline")
    reached: list[str] = []
    for _ in range(150):
        focus = QApplication.focusWidget()
        panel = _panel_of(main_window, focus)
        if panel and (not reached or reached[-1] != panel):
            reached.append(panel)
        if set(PANELS) <= set(reached) and panel == "timeline":
            break  # round the whole window and back to the timeline
        qtbot.keyClick(focus, key)
    assert set(reached) == set(PANELS), f"Tab went {reached}"
    assert reached[-1] == "timeline", f"Tab never came back to the timeline: {reached}"


# --- names --------------------------------------------------------------------------------------


def _is_qt_internal(widget: QWidget) -> bool:
    """Parts Qt makes and names itself: viewports, header sections, combo popups, extension buttons."""
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return True
    if isinstance(widget, (QMenu, QScrollBar, QHeaderView)) or widget.objectName().startswith("qt_"):
        return True
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True  # the popup list of a named combo box
        parent = parent.parentWidget()
    return False


def _accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    if not name.strip() and isinstance(widget, QTabBar):
        name = " ".join(widget.tabText(i) for i in range(widget.count()))
    return name.strip()


def test_every_control_in_the_window_and_its_docks_has_a_name(main_window) -> None:
    preferences.attach(main_window)
    offenders = []
    for widget in main_window.findChildren(QWidget):
        if _is_qt_internal(widget):
            continue
        if not (isinstance(widget, INTERACTIVE) or widget.focusPolicy() != Qt.FocusPolicy.NoFocus):
            continue
        if not _accessible_name(widget):
            path, step = [], widget
            while step is not None and step is not main_window:
                path.append(f"{type(step).__name__}#{step.objectName()}")
                step = step.parentWidget()
            offenders.append(" < ".join(path))
    assert offenders == [], "controls without an accessible name or visible text:\n" + "\n".join(offenders)


def test_the_preferences_dialog_names_every_control(qtbot, main_window) -> None:
    dialog = preferences.attach(main_window).show()
    try:
        unnamed = [type(w).__name__ for w in dialog.findChildren(QWidget)
                   if isinstance(w, INTERACTIVE) and not _is_qt_internal(w) and not _accessible_name(w)]
        assert unnamed == []
    finally:
        dialog.reject()


# --- contrast -----------------------------------------------------------------------------------


@pytest.mark.parametrize("look", app_theme.LOOKS)
def test_every_colour_pair_of_the_theme_passes_wcag_aa(qapp, look: str) -> None:
    pairs = theme_pairs.all_pairs()[look]
    failing = [f"{p.where}: {p.foreground} on {p.background} = {p.ratio:.2f} < {p.minimum}" for p in pairs if not p.passes]
    assert failing == []
    text = [p.ratio for p in pairs if p.minimum == contrast.AA_TEXT]
    print(f"{look}: {len(pairs)} pairs, lowest text contrast {min(text):.2f}, lowest overall {min(p.ratio for p in pairs):.2f}")


def test_the_pairs_cover_every_theme_and_a_failing_colour_is_caught(qapp) -> None:
    assert set(theme_pairs.all_pairs()) == {"light", "dark", "contrast"}
    assert app_theme.resolve("system") in app_theme.LOOKS
    assert not theme_pairs.Pair("too pale", "#9a9a9a", "#ffffff", contrast.AA_TEXT).passes


# --- visible focus ------------------------------------------------------------------------------


@pytest.mark.parametrize("look", app_theme.LOOKS)
def test_keyboard_focus_can_be_seen_in_every_theme(qtbot, look: str) -> None:
    app_theme.apply(look)
    try:
        host = QWidget()
        qtbot.addWidget(host)
        layout = QVBoxLayout(host)
        controls = [QLineEdit("text", host), QPushButton("Button", host), QComboBox(host)]
        controls[2].addItem("Choice")
        for control in controls:
            layout.addWidget(control)
        host.show()
        qtbot.waitExposed(host)
        host.activateWindow()
        before = [control.grab().toImage() for control in controls]  # nothing has focus yet
        controls[-1].setFocus()
        qtbot.waitUntil(controls[-1].hasFocus)
        for control, unfocused in zip(controls, before, strict=True):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # by keyboard, as people move focus
            qtbot.waitUntil(control.hasFocus)
            changed = _changed_pixels(unfocused, control.grab().toImage())
            assert changed > 2 * control.width(), f"{look}: focus on {type(control).__name__} not visible ({changed} px)"
    finally:
        app_theme.apply("light")


def _changed_pixels(one: QImage, other: QImage) -> int:
    return sum(one.pixel(x, y) != other.pixel(x, y) for x in range(0, min(one.width(), other.width()))
               for y in range(0, min(one.height(), other.height())))


def test_the_high_contrast_theme_frames_focus_thickly_in_yellow(qapp) -> None:
    app_theme.apply("contrast")
    try:
        assert ":focus" in qapp.styleSheet() and f"3px solid {app_theme.FOCUS_COLOR}" in qapp.styleSheet()
        assert contrast.ratio(app_theme.FOCUS_COLOR, "#000000") >= contrast.AA_GRAPHICS
    finally:
        app_theme.apply("light")
    assert qapp.styleSheet() == ""


# --- certainty is not colour alone --------------------------------------------------------------


def test_timeline_markers_of_each_certainty_differ_in_one_colour(qapp) -> None:
    rgba = QColor("#1f77b4").rgba()
    images = {}
    for code, certainty in enumerate(CERTAINTY_CODES):
        image = marker_pixmap(rgba, code, 24).toImage()
        images[certainty] = bytes(image.constBits())
    assert len(set(images.values())) == len(images) == len(Certainty)


def test_relationship_lines_of_each_certainty_differ_by_pattern_or_words() -> None:
    looks = {(PEN_STYLES[c], tuple(DASH_PATTERNS.get(c, ())), CERTAINTY_WORDS[c]) for c in Certainty}
    assert len(looks) == len(Certainty)


# --- screenshots --------------------------------------------------------------------------------


@pytest.mark.parametrize("look", app_theme.LOOKS)
def test_screenshots_of_the_main_window_in_each_theme(qtbot, main_window, screenshot_dir: Path, look: str) -> None:
    main_window.set_theme(look)
    try:
        main_window.event_table.selectRow(3)
        main_window.search.search_edit.setFocus()
        qtbot.wait(200)
        assert main_window.relationships_controller.panel.theme.name == look
        name = f"main-window-{look}.png"
        assert main_window.grab().save(str(screenshot_dir / name))
    finally:
        main_window.set_theme("light")
