"""Small icons drawn in code (colour swatches and the like), sharp on high-DPI screens.

An icon drawn once on a 12 x 12 pixmap is blown up, and blurred, on a screen with two device
pixels per logical one. ``drawn_icon`` paints it once per common device pixel ratio instead; Qt
picks the one that fits the screen the widget is on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

RATIOS = (1.0, 1.5, 2.0, 3.0)


def drawn_icon(width: int, height: int, draw: Callable[[QPainter], None]) -> QIcon:
    """An icon of ``width`` x ``height`` logical pixels; ``draw`` paints it in logical coordinates."""
    icon = QIcon()
    for ratio in RATIOS:
        pixmap = QPixmap(round(width * ratio), round(height * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def swatch(color: QColor | str, size: int = 12, radius: float = 3.0, inset: float = 1.0) -> QIcon:
    """A rounded square of ``color``; an invalid colour gives an empty (transparent) one."""
    fill = QColor(color)

    def draw(painter: QPainter) -> None:
        if fill.isValid():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(inset, inset, size - 2 * inset, size - 2 * inset, radius, radius)

    return drawn_icon(size, size, draw)
