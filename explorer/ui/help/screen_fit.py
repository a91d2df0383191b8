"""Help windows that fit the screen: no larger than the room the screen leaves, with a margin.

A 1366×768 laptop leaves about 1366×740 once a panel takes its share; a window asking for more
puts its buttons at (or past) the bottom edge. ``fit_to_screen`` gives a window the size it
wants, or less, on the screen of its parent (where Qt opens it). ``available_geometry`` is the
one place that reads the screen, so a test can hand it a small one.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStyle, QWidget

SCREEN_MARGIN = 24  # pixels kept free on each side of a help window
FALLBACK = QRect(0, 0, 1024, 768)  # when no screen is known (it always is with a display)


def available_geometry(window: QWidget) -> QRect:
    """The part of the screen windows may use (without panels and docks), on the screen of the
    window's parent, else its own, else the primary one."""
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else None) or window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(FALLBACK)


def room_for(window: QWidget) -> QSize:
    """The largest size of the window's contents that fits the screen with the margin and a title bar."""
    area = available_geometry(window)
    title_bar = window.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
    return QSize(max(area.width() - 2 * SCREEN_MARGIN, 200), max(area.height() - 2 * SCREEN_MARGIN - title_bar, 200))


def fit_to_screen(window: QWidget, wanted: QSize) -> QSize:
    """Resize the window to ``wanted``, or as much of it as the screen has room for; the size given."""
    room = room_for(window)
    size = QSize(min(wanted.width(), room.width()), min(wanted.height(), room.height()))
    window.resize(size)
    return size


def keep_on_screen(window: QWidget) -> None:
    """A window sized by its contents (About) never grows past the screen's room."""
    window.setMaximumSize(room_for(window))
