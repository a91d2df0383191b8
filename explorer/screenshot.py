"""``--screenshot``: the views drawn without a window, and the PNG written whole or not at all.

``--view relationships`` draws the graph as it stood on ``--as-of`` (default: the day of the
latest event), as it happened or, with ``--known``, as publicly known; ``--view presenter``
draws step ``--step`` (from 1) of ``--tour`` (default: the case's default tour) as the room
sees it. Without ``--theme`` each uses the theme last chosen in the app. ``--view timeline`` is
the main window's timeline on its own at ``--size`` (``grab_timeline_alone``), not the part of
the window its docks leave it. Needs a QApplication.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication

from explorer.core import dates
from explorer.core.dates import PartialDate
from explorer.core.network import Mode
from explorer.core.notes.brief import default_as_of
from explorer.core.notes.files import write_atomic
from explorer.core.store import CaseStore

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow

WINDOW_VIEWS = ("main", "timeline")
DRAWN_VIEWS = ("relationships", "presenter")


def png_bytes(picture: QImage | QPixmap) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = picture.save(buffer, "PNG")
    buffer.close()
    if not ok:
        raise ValueError("the picture could not be encoded as PNG")
    return bytes(data.data())


def save_png(picture: QImage | QPixmap, out: Path) -> None:
    """Write a PNG through a temporary file beside ``out``; errors name ``out`` (ValueError, OSError)."""
    write_atomic(out, png_bytes(picture))


def _saved_theme(key: str, fallback: str = "light") -> str:
    return str(QSettings().value(key, QSettings().value("theme", fallback)))


def render_relationships_on(store: CaseStore, size: tuple[int, int], theme: str | None, as_of: PartialDate | None,
                            known: bool) -> QImage:
    from explorer.ui.relationships import render_relationships

    day = as_of or default_as_of(store)
    mode = Mode.KNOWN if known else Mode.HAPPENED
    return render_relationships(store, dates.start_seconds(day), size, theme or _saved_theme("theme"), mode)


def render_presenter_step(store: CaseStore, size: tuple[int, int], theme: str | None, step: int, tour: str | None) -> QImage:
    """Step ``step`` (counted from 1); ValueError for an unknown tour, IndexError for a step past the end."""
    from explorer.ui.presenter import render_step
    from explorer.ui.presenter.controller import THEME_KEY

    return render_step(store, tour, step - 1, size, theme or _saved_theme(THEME_KEY))


def grab_timeline_alone(window: MainWindow, size: tuple[int, int]) -> QPixmap:
    """The window's timeline (as the window set it up: theme, lanes, opening view) drawn on its own
    at ``size``: taken out of the window for the picture, then put back for the window's closing."""
    timeline = window.takeCentralWidget()
    try:
        timeline.resize(*size)
        timeline.show()
        QApplication.processEvents()
        return timeline.grab()
    finally:
        timeline.hide()
        window.setCentralWidget(timeline)
