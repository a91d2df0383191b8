"""One screen: the slides start full screen in front, and S, the console's button and Present ▸
Show Presenter Console / Show Slides switch between the slides and the console while a show runs."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.ui.help.shortcuts import collect
from explorer.ui.presenter.keys import HELP_ROWS, Command, KeyInterpreter


def _start(qtbot, presenter):
    presenter.start_action.trigger()
    runner = presenter.runner
    qtbot.waitExposed(runner.audience)
    return runner


def test_present_menu_shows_the_console_and_the_slides_only_during_a_show(qtbot, presenter) -> None:
    labels = [action.text() for action in presenter.menu.actions()]
    assert "Show Presenter &Console" in labels and "Show S&lides" in labels
    assert not presenter.console_action.isEnabled() and not presenter.slides_action.isEnabled()
    runner = _start(qtbot, presenter)
    assert runner.one_screen  # the offscreen platform has one screen
    assert runner.audience.isFullScreen()
    qtbot.waitUntil(runner.audience.isActiveWindow, timeout=2000)  # the slides start in front
    assert presenter.console_action.isEnabled() and presenter.slides_action.isEnabled()
    presenter.console_action.trigger()
    console, audience = runner.console, runner.audience
    qtbot.waitUntil(console.isMaximized, timeout=2000)  # the console fills the one screen ...
    assert not audience.isVisible() and presenter.presenting  # ... in the slides' place; the show goes on
    qtbot.waitUntil(console.isActiveWindow, timeout=2000)
    presenter.slides_action.trigger()
    qtbot.waitUntil(audience.isFullScreen, timeout=2000)
    qtbot.waitUntil(audience.isActiveWindow, timeout=2000)
    assert audience.isVisible() and presenter.presenting
    runner.stop()
    assert not presenter.console_action.isEnabled() and not presenter.slides_action.isEnabled()


def test_s_switches_between_the_slides_and_the_console(qtbot, presenter) -> None:
    runner = _start(qtbot, presenter)
    console, audience = runner.console, runner.audience
    qtbot.keyClick(audience, Qt.Key.Key_S)
    qtbot.waitUntil(console.isMaximized, timeout=2000)
    assert not audience.isVisible()
    qtbot.keyClick(console, Qt.Key.Key_Right)  # the clicker still works from the console
    assert runner.show.index == 1
    qtbot.keyClick(console, Qt.Key.Key_S)
    qtbot.waitUntil(audience.isFullScreen, timeout=2000)
    assert audience.isVisible() and presenter.presenting and runner.show.index == 1


def test_the_console_button_brings_the_slides_back(qtbot, presenter) -> None:
    runner = _start(qtbot, presenter)
    presenter.show_console()
    qtbot.waitUntil(lambda: not runner.audience.isVisible(), timeout=2000)
    assert runner.console.switch_button.text() == "Show Slides"
    runner.console.switch_button.click()
    qtbot.waitUntil(runner.audience.isFullScreen, timeout=2000)


def test_f5_during_a_show_brings_hidden_slides_back(qtbot, presenter) -> None:
    runner = _start(qtbot, presenter)
    presenter.show_console()
    presenter.start_action.trigger()
    qtbot.waitUntil(runner.audience.isVisible, timeout=2000)
    assert runner.audience.isFullScreen() and runner.show.index == 0


def test_s_is_listed_with_the_presenter_keys_and_in_the_shortcuts(main_window, presenter) -> None:
    assert KeyInterpreter().interpret(Qt.Key.Key_S, "s") == (Command.SWITCH, 0)
    assert any(keys == "S" and "console" in does for keys, does in HELP_ROWS)
    rows = collect(main_window)
    assert any(row.keys == "S" and "console" in row.text for row in rows)
