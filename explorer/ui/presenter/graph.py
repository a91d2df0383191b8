"""The relationship graph on a slide, drawn by the relationship panel's renderer.

``explorer.ui.relationships.render_relationships(store, as_of_seconds, size, theme_name, mode)``
belongs to the relationship panel. Without it (or if it fails during a talk) slides show the
ties in force on the date as a list instead, so a show never stops on a missing graph.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from explorer.core.store import CaseStore

log = logging.getLogger(__name__)
GRAPH_THEMES = {"light": "light", "dark": "dark", "contrast": "dark"}  # the panel knows light and dark
MODE = "happened"
ZOOM = 1.6  # the panel's type is sized for a desk; drawn smaller and scaled up, it reads from the back row


def graph_renderer(store: CaseStore) -> Callable[[int, QSize, str, float], QImage | None] | None:
    """A function drawing the graph at a date into a size, or None when the panel cannot draw it."""
    try:
        from explorer.ui.relationships import render_relationships  # type: ignore[attr-defined]
    except ImportError:
        return None

    def render(as_of_seconds: int, size: QSize, theme_name: str, unit: float = 1.0) -> QImage | None:
        """The graph for a box of ``size`` device pixels on a slide whose reference pixel is ``unit``."""
        theme = GRAPH_THEMES.get(theme_name, "light")
        scale = max(unit * ZOOM, 0.1)
        drawn = (max(int(size.width() / scale), 320), max(int(size.height() / scale), 240))
        try:
            image = render_relationships(store, as_of_seconds, drawn, theme, MODE)
        except Exception:  # a live talk goes on with the list of ties rather than stop
            log.exception("the relationship graph could not be drawn for a slide")
            return None
        return image if isinstance(image, QImage) and not image.isNull() else None

    return render
