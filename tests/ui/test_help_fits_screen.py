"""Help windows on a small screen (issue 10): they fit its room, the guide's pictures fit the text,
and a shortcut filter that finds nothing says so.

Screenshots go to tests/screenshots/ for a person to look at.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from explorer.ui.help import screen_fit
from explorer.ui.help.guide import UserGuideDialog
from tests.conftest import SCREENSHOTS

SHOTS = SCREENSHOTS  # tests/screenshots/, for a person to look at
LAPTOP = QRect(0, 0, 1366, 740)  # a 1366×768 screen less a 28 px panel
TINY = QRect(0, 0, 900, 560)


@pytest.fixture
def small_screen(monkeypatch):
    """Pretend the window's screen has only ``room`` to offer."""
    def use(room: QRect) -> QRect:
        monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: QRect(room))
        return room
    return use


def _frame_fits(window, room: QRect) -> None:
    """The window, with a title bar, fits the room with the margin; its bottom row is inside it."""
    title_bar = window.style().pixelMetric(window.style().PixelMetric.PM_TitleBarHeight)
    assert window.width() <= room.width() - 2 * screen_fit.SCREEN_MARGIN
    assert window.height() + title_bar <= room.height() - 2 * screen_fit.SCREEN_MARGIN


def _no_sideways_scroll(guide: UserGuideDialog) -> None:
    browser = guide.browser
    images = browser.images()
    assert len(images) >= 3  # the guide's screenshots
    for _position, _length, image in images:
        assert 0 < image.width() <= browser.viewport().width() - 2 * browser.document().documentMargin()
    assert browser.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("room", [LAPTOP, TINY])
def test_the_user_guide_fits_the_screen_and_its_pictures_the_text(main_window, qtbot, small_screen, room: QRect) -> None:
    small_screen(room)
    guide = main_window.help.show_guide()
    qtbot.addWidget(guide)
    qtbot.waitExposed(guide)
    _frame_fits(guide, room)
    assert guide.width() == min(860, room.width() - 2 * screen_fit.SCREEN_MARGIN)  # as wide as it asks, where there is room
    _no_sideways_scroll(guide)
    SHOTS.mkdir(parents=True, exist_ok=True)
    guide.grab().save(str(SHOTS / f"guide-{room.width()}x{room.height()}.png"))
    guide.resize(520, guide.height())  # narrower by hand: the pictures follow
    qtbot.waitUntil(lambda: guide.browser.viewport().width() < 520)
    _no_sideways_scroll(guide)
    guide.resize(1200, guide.height())  # wider than the pictures: they keep their own size
    qtbot.waitUntil(lambda: guide.browser.viewport().width() > 1000)
    assert {round(image.width()) for *_where, image in guide.browser.images()} == {880}
    guide.close()


def test_shortcuts_about_and_welcome_fit_a_small_screen(main_window, qtbot, small_screen) -> None:
    room = small_screen(TINY)
    shortcuts = main_window.help.show_shortcuts()
    qtbot.addWidget(shortcuts)
    qtbot.waitExposed(shortcuts)
    _frame_fits(shortcuts, room)
    shortcuts.close()
    about = main_window.help.show_about()
    qtbot.addWidget(about)
    qtbot.waitExposed(about)
    _frame_fits(about, room)
    about.close()
    welcome = main_window.help.show_welcome()
    qtbot.addWidget(welcome)
    qtbot.waitExposed(welcome)
    _frame_fits(welcome, room)
    welcome.close()


def test_the_screen_read_is_that_of_the_parent_window(main_window) -> None:
    guide = UserGuideDialog(main_window)
    try:
        assert screen_fit.available_geometry(guide) == main_window.screen().availableGeometry()
    finally:
        guide.deleteLater()


def test_a_filter_that_matches_no_shortcut_says_so(main_window, qtbot) -> None:
    dialog = main_window.help.show_shortcuts()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert not dialog.no_match.isVisible() and dialog.tree.isVisible()
    qtbot.keyClicks(dialog.filter, "wormhole")
    assert dialog.visible_commands() == []
    assert dialog.no_match.isVisible() and not dialog.tree.isVisible()
    assert dialog.no_match.text() == "No shortcut matches “wormhole”"
    qtbot.wait(20)  # the layout settles
    assert dialog.no_match.geometry().top() < dialog.height() // 3  # where the list was, at its top
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "shortcuts-no-match.png"))
    dialog.filter.setText("zoom")  # a filter that finds something shows the list again
    assert dialog.visible_commands() and dialog.tree.isVisible() and not dialog.no_match.isVisible()
    dialog.filter.clear()
    assert dialog.tree.isVisible() and not dialog.no_match.isVisible()
    dialog.close()
