"""Preferences ▸ Font size steps from the system's size, never below a readable one, and changing
only the font size leaves the theme in use alone (a session started with ``--theme contrast``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from explorer.ui import app_theme, preferences, settings
from tests.conftest import SCREENSHOTS

SHOTS = SCREENSHOTS  # tests/screenshots/, for a person to look at
READABLE_MINIMUM = 6  # points: nothing smaller can be picked


def system_point_size() -> int:
    """The platform's size: the application font's while "System default" is applied."""
    preferences.apply_font_size(0)
    return QApplication.font().pointSize()


@pytest.fixture
def dialog(qtbot, main_window):
    prefs = preferences.attach(main_window)
    shown = prefs.show()
    qtbot.waitExposed(shown)
    yield shown
    if prefs.dialog is not None:
        prefs.dialog.reject()
    app_theme.apply("light")
    preferences.apply_font_size(0)


def _type(qtbot, box, text: str) -> None:
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box, Qt.Key.Key_Tab)  # leave the box, as people do


def test_one_step_from_system_default_is_one_point_off_the_system_size(qtbot, dialog) -> None:
    system = system_point_size()
    box = dialog.font_spin
    assert box.value() == 0 and box.text() == "System default"
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == system + 1
    assert QApplication.font().pointSize() == system + 1  # the live preview: readable, one point larger
    box.setValue(0)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.value() == system - 1
    qtbot.wait(50)
    dialog.grab().save(str(SHOTS / "preferences-font-stepped.png"))


def test_no_step_goes_below_the_readable_minimum(qtbot, dialog) -> None:
    box = dialog.font_spin
    box.setValue(READABLE_MINIMUM + 2)
    for _ in range(6):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.value() == READABLE_MINIMUM  # stepping down from the minimum stays there
    system = system_point_size()
    box.setValue(0)
    qtbot.keyClick(box, Qt.Key.Key_PageDown)  # ten points down from the system size
    assert box.value() == max(READABLE_MINIMUM, system - 10)
    box.setValue(box.maximum())
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == box.maximum()


@pytest.mark.parametrize(("typed", "expected"), [("3", READABLE_MINIMUM), ("1", READABLE_MINIMUM), ("14", 14), ("0", 0)])
def test_typing_a_size(qtbot, dialog, typed: str, expected: int) -> None:
    system = system_point_size()
    box = dialog.font_spin
    box.setValue(12)
    _type(qtbot, box, typed)
    assert box.value() == expected
    assert QApplication.font().pointSize() == (expected or system)


def test_a_tiny_size_set_by_hand_in_the_settings_shows_as_the_minimum(qtbot, main_window) -> None:
    QSettings().setValue(settings.FONT_SIZE_KEY, 2)
    prefs = preferences.attach(main_window)
    shown = prefs.show()
    try:
        assert shown.font_spin.value() == READABLE_MINIMUM
    finally:
        shown.reject()
        preferences.apply_font_size(0)


@pytest.fixture
def contrast_session(qtbot, bundled_case: Path):
    """A window started with ``--theme contrast`` while the saved theme is light."""
    from explorer.core.casefile import open_case
    from explorer.ui.main_window import MainWindow

    QSettings().setValue(settings.THEME_KEY, "light")
    window = MainWindow(open_case(bundled_case), theme="contrast", automatic_backups=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, preferences.attach(window)
    window.remember_layout = False
    window.close()
    app_theme.apply("light")
    preferences.apply_font_size(0)


def test_changing_only_the_font_size_keeps_the_theme_in_use(qtbot, contrast_session) -> None:
    window, prefs = contrast_session
    dialog = prefs.show()
    assert dialog.theme_box.currentData() == "light"  # the saved theme, as the form edits it
    dialog.font_spin.setValue(14)
    assert app_theme.chosen() == "contrast" and window.timeline.theme.name == "contrast"
    qtbot.wait(50)  # the dialog lays itself out for the new size
    dialog.grab().save(str(SHOTS / "preferences-font-in-contrast.png"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: prefs.dialog is None)
    assert app_theme.chosen() == "contrast" and QApplication.font().pointSize() == 14
    assert QSettings().value(settings.THEME_KEY) == "light" and settings.font_size() == 14


def test_cancel_keeps_the_theme_in_use_and_picking_one_shows_it(qtbot, contrast_session) -> None:
    _window, prefs = contrast_session
    dialog = prefs.show()
    dialog.font_spin.setValue(15)
    dialog.reject()
    assert app_theme.chosen() == "contrast"
    dialog = prefs.show()
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    assert app_theme.chosen() == "dark"
    dialog.font_spin.setValue(13)
    assert app_theme.chosen() == "dark"  # once picked, the picked theme stays in the preview
    dialog.reject()
    assert app_theme.chosen() == "contrast"
