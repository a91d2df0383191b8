"""Bounding rectangles Qt can map to pixels at any zoom.

Qt maps an item's bounding rectangle to whole device pixels (32-bit integers) when it decides what
to paint. Zoomed to a minute, a case of ten years is about 5·10⁹ pixels wide, past what fits: the
mapping overflows and the item is left out — the lanes and events vanished. So an item that spans
the whole case gives Qt its rectangle cut to a few view-widths around what is shown whenever the
whole would be too wide in pixels; at every other zoom it gives the whole, so that panning does not
change it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF

SAFE_PIXELS = 1e8  # far below 2³¹: the widest rectangle an item hands to Qt, in pixels
REACH = 2.0  # the cut rectangle reaches this many view-widths beyond each side of the view


def within_reach(content: QRectF, x0: float, x1: float, pixels: float) -> QRectF:
    """``content`` as it is, or cut to [x0 - REACH·w, x1 + REACH·w] when it would be wider than
    ``SAFE_PIXELS`` in a view showing [x0, x1] across ``pixels``."""
    width = x1 - x0
    if width <= 0 or pixels <= 0 or content.width() / width * pixels <= SAFE_PIXELS:
        return content
    left = max(content.left(), x0 - REACH * width)
    right = min(content.right(), x1 + REACH * width)
    return QRectF(left, content.top(), max(right - left, 0.0), content.height())
