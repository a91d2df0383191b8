"""Edit ▸ Preferences…: found by keyboard, saved to the settings, applied to the open window at
once, Cancel puts back the previewed theme and font size, Restore Defaults fills in the defaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from explorer.core.timeline_index import LaneMode
from explorer.ui import app_theme, date_text, preferences, settings
from explorer.ui.notes.author import author_name
from explorer.ui.preferences import PreferenceValues
from tests.conftest import SCREENSHOTS

SHOTS = SCREENSHOTS  # tests/screenshots/, for a person to look at


@pytest.fixture
def prefs(main_window):
    attached = preferences.attach(main_window)
    yield attached
    if attached.dialog is not None:
        attached.dialog.reject()
    app_theme.apply("light")
    preferences.apply_font_size(0)
    date_text.set_style("")


def test_attach_adds_one_action_to_the_edit_menu_with_the_standard_shortcuts(main_window, prefs) -> None:
    assert preferences.attach(main_window) is prefs and main_window.preferences is prefs
    edit_menu = prefs.menu
    assert edit_menu.title().replace("&", "") == "Edit"
    assert [a for a in edit_menu.actions() if a is prefs.action] == [prefs.action]
    assert QKeySequence("Ctrl+,") in prefs.action.shortcuts()


def test_ctrl_comma_opens_it_and_escape_closes_it(qtbot, main_window, prefs) -> None:
    main_window.timeline.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: prefs.dialog is not None and prefs.dialog.isVisible())
    dialog = prefs.dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: prefs.dialog is None)
    assert not dialog.isVisible()


def test_ok_saves_and_applies_everything_at_once(qtbot, main_window, prefs) -> None:
    dialog = prefs.show()
    dialog.author_edit.setText("  Ada   Lovelace ")
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    dialog.font_spin.setValue(13)
    dialog.lanes_box.setCurrentIndex(dialog.lanes_box.findData(str(LaneMode.CATEGORY)))
    dialog.dates_box.setCurrentIndex(dialog.dates_box.findData("fr_FR"))
    dialog.autosave_spin.setValue(1.2)
    dialog.backup_spin.setValue(30)
    dialog.keep_spin.setValue(8)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: prefs.dialog is None)
    assert author_name() == "Ada Lovelace"
    assert app_theme.look() == "dark" and main_window.timeline.theme.name == "dark"
    assert main_window.relationships_controller.panel.theme.name == "dark"
    assert QApplication.font().pointSize() == 13
    assert main_window.timeline.lane_mode is LaneMode.CATEGORY
    assert "juin 2025" in "".join(str(main_window.event_table.model().index(r, 0).data()) for r in range(40))
    assert main_window.notes.panel.autosaver.IDLE_MS == 1200
    assert main_window.maintenance.interval_s == 1800 and main_window.maintenance.keep_weeks == 8
    stored = PreferenceValues.stored()
    assert (stored.theme, stored.font_size, stored.date_style, stored.autosave_ms) == ("dark", 13, "fr_FR", 1200)
    assert settings.backup_interval_s() == 1800 and settings.backup_keep_weeks() == 8
    assert QSettings().value("theme") == "dark"


def test_ok_keeps_the_lanes_on_show_unless_the_default_lanes_changed_for_a_case_without_its_own(
    qtbot, main_window, prefs
) -> None:
    """Default lanes are for cases whose lanes were never chosen: pressing OK after changing only
    the font leaves the lanes alone, and a case with lanes of its own keeps them whatever the default."""
    assert main_window.timeline.lane_mode is LaneMode.ENTITY
    main_window.set_lane_mode(LaneMode.PACKED)  # chosen for this case, as the toolbar does
    dialog = prefs.show()
    dialog.font_spin.setValue(dialog.font_spin.value() + 1)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: prefs.dialog is None)
    assert main_window.timeline.lane_mode is LaneMode.PACKED
    dialog = prefs.show()
    dialog.lanes_box.setCurrentIndex(dialog.lanes_box.findData(str(LaneMode.CATEGORY)))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: prefs.dialog is None)
    assert PreferenceValues.stored().lanes == str(LaneMode.CATEGORY)
    assert main_window.timeline.lane_mode is LaneMode.PACKED
    assert main_window.lane_box.currentData() == str(LaneMode.PACKED)


def test_a_case_without_a_file_keeps_the_lanes_chosen_in_this_session(qtbot, bundled_case) -> None:
    """A case held in memory has nowhere to remember its lanes: the choice made this session stands."""
    from explorer.core.casefile import open_case
    from explorer.ui.main_window import MainWindow

    window = MainWindow(open_case(bundled_case), automatic_backups=False)  # as --screenshot renders: nothing remembered
    qtbot.addWidget(window)
    window.set_lane_mode(LaneMode.PACKED)
    attached = preferences.attach(window)
    dialog = attached.show()
    dialog.lanes_box.setCurrentIndex(dialog.lanes_box.findData(str(LaneMode.CATEGORY)))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: attached.dialog is None)
    assert window.timeline.lane_mode is LaneMode.PACKED
    window.close()


def test_theme_and_font_show_while_choosing_and_cancel_puts_them_back(qtbot, main_window, prefs) -> None:
    before = QApplication.font().pointSize()
    dialog = prefs.show()
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("contrast"))
    dialog.font_spin.setValue(before + 4)
    assert app_theme.look() == "contrast" and QApplication.font().pointSize() == before + 4
    assert main_window.timeline.theme.name == "contrast"
    dialog.grab().save(str(SHOTS / "preferences-contrast.png"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: prefs.dialog is None)
    assert app_theme.look() == "light" and QApplication.font().pointSize() == before
    assert QSettings().value("theme") in (None, "light")


def test_restore_defaults_fills_the_form_but_saves_nothing_until_ok(qtbot, prefs) -> None:
    QSettings().setValue(settings.AUTOSAVE_KEY, 1500)
    QSettings().setValue(settings.DATE_LOCALE_KEY, "iso")
    dialog = prefs.show()
    assert dialog.values().autosave_ms == 1500 and dialog.values().date_style == "iso"
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.values().autosave_ms == settings.AUTOSAVE_DEFAULT_MS and dialog.values().date_style == ""
    assert settings.autosave_delay_ms() == 1500
    dialog.grab().save(str(SHOTS / "preferences-light.png"))
    dialog.reject()


def test_every_field_is_reached_by_tab_and_has_a_mnemonic_label(qtbot, prefs) -> None:
    dialog = prefs.show()
    fields = [dialog.author_edit, dialog.autosave_spin, dialog.theme_box, dialog.font_spin, dialog.lanes_box,
              dialog.dates_box, dialog.backup_spin, dialog.keep_spin]
    dialog.author_edit.setFocus()
    qtbot.waitUntil(dialog.author_edit.hasFocus)
    reached = [QApplication.focusWidget()]
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    for field in fields:
        assert field in reached, field.accessibleName()
        assert field.accessibleName()
    labels = [label.text() for label in dialog.findChildren(type(dialog.author_sample)) if label.buddy() is not None]
    assert len(labels) == len(fields) and all("&" in text for text in labels)
    dialog.reject()


def test_a_saved_font_size_reaches_every_panel_at_start_and_follows_a_change(qtbot, bundled_case: Path) -> None:
    from explorer.core.casefile import open_case
    from explorer.ui.main_window import MainWindow

    QSettings().setValue(settings.FONT_SIZE_KEY, 17)
    window = MainWindow(open_case(bundled_case), automatic_backups=False)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        panels = [window.event_table, window.detail, window.search, window.notes.panel.editor.text_edit,
                  window.notes.panel.title, window.detail_dock, window.relationships_controller.panel]
        assert [panel.font().pointSize() for panel in panels] == [17] * len(panels)
        tall = window.event_table.verticalHeader().defaultSectionSize()
        preferences.apply_font_size(12)
        assert [panel.font().pointSize() for panel in panels] == [12] * len(panels)
        assert window.event_table.verticalHeader().defaultSectionSize() < tall  # rows follow the text
    finally:
        window.remember_layout = False
        window.close()
        preferences.apply_font_size(0)
        QSettings().setValue(settings.FONT_SIZE_KEY, 0)


def test_system_is_the_default_theme_and_what_restore_defaults_picks(qtbot, prefs) -> None:
    assert "system" in app_theme.THEMES
    assert PreferenceValues.stored().theme == "system"  # nothing saved yet
    QSettings().setValue(settings.THEME_KEY, "dark")
    dialog = prefs.show()
    assert dialog.theme_box.currentData() == "dark"
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.theme_box.currentData() == "system" and dialog.theme_box.currentText() == "System"
    assert app_theme.chosen() == "system"
    dialog.reject()


@pytest.mark.parametrize("theme", ["dark", "contrast"])
def test_the_dialog_itself_shows_the_theme_it_previews(qtbot, prefs, theme: str, screenshot_dir: Path) -> None:
    dialog = prefs.show()
    qtbot.waitExposed(dialog)
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData(theme))
    window = app_theme.palette(theme).color(QPalette.ColorRole.Window)
    assert dialog.palette().color(QPalette.ColorRole.Window) == window
    assert dialog.theme_box.palette().color(QPalette.ColorRole.Window) == window  # and what it holds
    assert dialog.grab().save(str(screenshot_dir / f"preferences-{theme}.png"))
    dialog.reject()
