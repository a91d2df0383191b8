"""Draw many marks with few QPainter calls: rectangles, lines and marker pixmaps in batches.

QPainter takes C arrays of rectangles, lines and pixmap fragments; pyqtgraph's PrimitiveArray
fills them straight from numpy, so thousands of marks cost a handful of calls. Each batch
shares one pen and brush, which is how certainty styles are drawn: solid, hollow, dashed,
dotted, crossed.
"""

from __future__ import annotations

from functools import cache

import numpy as np
from pyqtgraph.Qt import compat
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap

from explorer.core.models import Certainty
from explorer.core.timeline_columns import CERTAINTY_CODES

MARKER_SIZE = 11


def certainty_pen(color: QColor, certainty: Certainty, width: float = 1.6) -> QPen:
    pen = QPen(color, width)
    pen.setCosmetic(True)
    if certainty is Certainty.RUMORED:
        pen.setStyle(Qt.PenStyle.DashLine)
    elif certainty is Certainty.PLANNED:
        pen.setStyle(Qt.PenStyle.DotLine)
    return pen


def certainty_brush(color: QColor, certainty: Certainty) -> QBrush:
    if certainty is Certainty.CONFIRMED:
        return QBrush(color)
    if certainty is Certainty.DISPUTED:
        faded = QColor(color)
        faded.setAlpha(110)
        return QBrush(faded)
    return QBrush(Qt.BrushStyle.NoBrush)  # reported, rumored, planned, denied: hollow


def device_ratio(painter: QPainter) -> float:
    """Device pixels per logical pixel where ``painter`` draws (2 on most high-DPI screens), in
    quarter steps from 1 to 4. Read from the painter's device transform, not its device: a widget
    rendered into a 2x picture (``QWidget.render``) paints on itself, but scaled."""
    transform = painter.worldTransform().inverted()[0] * painter.deviceTransform()  # the device's part only
    scale = (transform.m11() ** 2 + transform.m12() ** 2) ** 0.5
    device = painter.device()
    scale = max(scale, device.devicePixelRatioF() if device is not None else 1.0)
    return min(max(round(scale * 4) / 4, 1.0), 4.0)


def _canvas(width: float, height: float, ratio: float) -> QPixmap:
    """A transparent pixmap of ``width`` x ``height`` logical pixels with ``ratio`` device pixels each,
    so what is painted on it stays sharp on a high-DPI screen."""
    pixmap = QPixmap(max(round(width * ratio), 1), max(round(height * ratio), 1))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


@cache
def edge_brush(rgba: int, certainty_code: int, ratio: float = 1.0, vertical: bool = False) -> QBrush:
    """How a bar's top and bottom edges (or, ``vertical``, its ends) are filled: solid, or dashed
    (rumored) / dotted (planned) as a tiled texture made at the screen's ``ratio`` of device pixels.

    Edges are drawn as thin filled strips, not stroked: Qt fills pixels many times faster than it
    strokes lines, which matters with thousands of bars on screen. The two directions need tiles of
    their own: one tile with stripes both ways had whole rows of colour, and a top edge lying on
    them was drawn solid, so rumoured and planned bars looked reported at some heights.
    """
    color = QColor.fromRgba(rgba)
    certainty = CERTAINTY_CODES[certainty_code]
    if certainty not in (Certainty.RUMORED, Certainty.PLANNED):
        return QBrush(color)
    on, period = (6, 10) if certainty is Certainty.RUMORED else (2, 5)
    tile = _canvas(period, period, ratio)
    painter = QPainter(tile)
    if vertical:
        painter.fillRect(0, 0, period, on, color)  # horizontal stripes: dashes down an end
    else:
        painter.fillRect(0, 0, on, period, color)  # vertical stripes: dashes along a top or bottom edge
    painter.end()
    return QBrush(tile)


def edge_strips(x0: np.ndarray, y0: np.ndarray, width: np.ndarray, height: np.ndarray,
                thickness: float = 1.5) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Thin rectangles along each bar's edges: (top and bottom, left and right), two per bar, bar by bar."""
    n = len(x0)
    across = np.full(n, thickness)
    along = [np.stack(pair, axis=1).reshape(-1) for pair in ((x0, x0), (y0, y0 + height - thickness), (width, width), (across, across))]
    ends = [np.stack(pair, axis=1).reshape(-1) for pair in ((x0, x0 + width - thickness), (y0, y0), (across, across), (height, height))]
    return along, ends


@cache
def marker_pixmap(rgba: int, certainty_code: int, size: int = MARKER_SIZE, ratio: float = 1.0) -> QPixmap:
    """A marker (circle) ``size`` logical pixels wide for one colour and certainty, drawn with
    ``ratio`` device pixels per logical one; denied ones are crossed out."""
    color = QColor.fromRgba(rgba)
    certainty = CERTAINTY_CODES[certainty_code]
    pixmap = _canvas(size, size, ratio)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(certainty_pen(color, certainty, 1.8))
    painter.setBrush(certainty_brush(color, certainty))
    inset = 1.5
    painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
    if certainty is Certainty.DENIED:
        painter.drawLine(QPointF(2, 2), QPointF(size - 2, size - 2))
        painter.drawLine(QPointF(size - 2, 2), QPointF(2, size - 2))
    painter.end()
    return pixmap


class Batches:
    """Reusable primitive arrays, so painting allocates nothing per frame."""

    def __init__(self) -> None:
        self._rects = PrimitiveArray(QRectF, 4)
        self._lines = PrimitiveArray(QLineF, 4)
        self._fragments = PrimitiveArray(QPainter.PixmapFragment, 10)

    def rects(self, painter: QPainter, x: np.ndarray, y: np.ndarray, width: np.ndarray, height: np.ndarray) -> None:
        if not len(x):
            return
        self._rects.resize(len(x))
        data = self._rects.ndarray()
        data[:, 0], data[:, 1], data[:, 2], data[:, 3] = x, y, width, height
        painter.drawRects(*self._rects.drawargs())

    def lines(self, painter: QPainter, x1: np.ndarray, y1: np.ndarray, x2: np.ndarray, y2: np.ndarray) -> None:
        if not len(x1):
            return
        self._lines.resize(len(x1))
        data = self._lines.ndarray()
        data[:, 0], data[:, 1], data[:, 2], data[:, 3] = x1, y1, x2, y2
        painter.drawLines(*self._lines.drawargs())

    def markers(self, painter: QPainter, x: np.ndarray, y: np.ndarray, pixmap: QPixmap) -> None:
        """Draw ``pixmap`` centred on each (x, y)."""
        if not len(x):
            return
        self._fragments.resize(len(x))
        data = self._fragments.ndarray()
        size = pixmap.width() / pixmap.devicePixelRatio()
        data[:, 0], data[:, 1] = x, y  # centre
        data[:, 2], data[:, 3] = 0, 0  # source rectangle
        data[:, 4], data[:, 5] = pixmap.width(), pixmap.height()
        data[:, 6], data[:, 7] = size / pixmap.width(), size / pixmap.height()  # scale
        data[:, 8], data[:, 9] = 0, 1  # rotation, opacity
        painter.drawPixmapFragments(*self._fragments.drawargs(), pixmap)


def group_ranges(keys: np.ndarray) -> list[tuple[int, int, int]]:
    """(key, first, last) for each run of equal keys in a sorted array."""
    if not len(keys):
        return []
    starts = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]]))
    ends = np.concatenate([starts[1:], [len(keys)]])
    return [(int(keys[a]), int(a), int(b)) for a, b in zip(starts, ends, strict=True)]


class GroupedPrimitives:
    """One C array of rectangles, lines or fragments drawn group by group (one call a group).

    Rows are filled once from numpy in group order; each group is drawn from a pointer into
    the same memory, so a frame with many colours and certainties costs one call per group.
    """

    def __init__(self, klass: type, fields: int) -> None:
        self._klass = klass
        self._fields = fields
        self._data = np.zeros((0, fields))
        self._address = self._data.ctypes.data  # read once a fill: numpy builds an object to tell it

    def fill(self, columns: list[np.ndarray]) -> np.ndarray:
        self._data = np.ascontiguousarray(np.column_stack(columns), dtype=np.float64).reshape(-1, self._fields)
        self._address = self._data.ctypes.data
        return self._data

    def pointer(self, first: int) -> object:
        return compat.wrapinstance(self._address + first * 8 * self._fields, self._klass)
