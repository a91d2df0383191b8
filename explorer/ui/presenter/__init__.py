"""Presenter mode: click through the story in front of a room.

- ``attach(window) -> PresenterController`` adds the Present menu to the main window: Start from
  Beginning (F5), Start from Selection (Shift+F5), Tours… (the tour editor), Choose Tour, Slide
  Theme and Export Slides…; it follows ``window.session_replaced``.
- ``render_step(store, tour, index, size, theme) -> QImage``: one step (0-based) as the room sees
  it; ``tour`` is a Tour, a tour's uid or title, or None for the default tour.
- ``export_slides(store, out_path, tour_uid=None, size=(1920, 1080), theme="light") -> int``: a PDF
  with one page a step (``.pdf``), else a folder of PNG images; returns the number of slides.

Themes: "light", "dark" and "contrast" (high contrast, for washed-out projectors).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from explorer.ui.presenter.controller import PresenterController
from explorer.ui.presenter.theme import THEMES

if TYPE_CHECKING:
    from explorer.ui.presenter.export import export_slides, render_step

__all__ = ["THEMES", "PresenterController", "attach", "export_slides", "render_step"]


def __getattr__(name: str) -> object:
    """``export_slides`` and ``render_step`` come with the slide painter, imported when first asked
    for: the window attaches presenter mode at start and has no slide to paint yet."""
    if name in ("export_slides", "render_step"):
        from explorer.ui.presenter import export

        return getattr(export, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def attach(window: QWidget) -> PresenterController:
    """Give a main window presenter mode (after it has built its menus; a second call returns the first)."""
    existing = getattr(window, "presenter", None)
    if isinstance(existing, PresenterController):
        return existing
    controller = PresenterController(window)
    window.presenter = controller  # type: ignore[attr-defined]
    return controller
