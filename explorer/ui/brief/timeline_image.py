"""A picture of the case's timeline for the brief: the real timeline view, rendered offscreen.

The view is built on the store in the light theme (paper is white), laid out without ever being
shown on screen, grabbed to an image and thrown away.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

from explorer.core.store import CaseStore
from explorer.core.timeline_index import LaneMode
from explorer.ui.timeline.theme import LIGHT
from explorer.ui.timeline.view import TimelineView

IMAGE_SIZE = (1040, 480)  # drawn at about 1.6 times the printed size, so the labels stay legible


def render_timeline(
    store: CaseStore, size: tuple[int, int] = IMAGE_SIZE, window: tuple[float, float] | None = None, cursor: int | None = None,
) -> QImage:
    """The timeline as an image: all events in one packed lane, the "as of" cursor at ``cursor``
    (seconds), over ``window`` (default: the case's opening view)."""
    view = TimelineView(store, None, LIGHT)
    try:
        view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        view.resize(*size)
        view.show()
        QApplication.processEvents()
        view.set_lane_mode(LaneMode.PACKED)
        if cursor is not None:
            view.set_cursor(cursor)
        if window is not None:
            view.set_visible_range(*window)
        else:
            view.zoom_to_start_view()
        QApplication.processEvents()
        return view.grab().toImage()
    finally:
        view.close()
        Shiboken.delete(view)  # now: left to a later turn of the event loop, it would follow theme changes of a closed store


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
