"""The notes panel: notes on the selection, a Markdown editor that never loses a word, history,
[[links]] and backlinks, merging a colleague's notes, the author's name.

``attach(window)`` docks it in the main window and returns the ``NotesController``
(``explorer.ui.notes.controller``). The panel itself (``explorer.ui.notes.panel``) imports
nothing of the window, the timeline or the brief, so it starts quickly on its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow
    from explorer.ui.notes.controller import NotesController


def attach(window: MainWindow) -> NotesController:
    """Add the notes dock and its menus to the window; ``window.notes`` is the controller."""
    from explorer.ui.notes.controller import attach as attach_controller

    return attach_controller(window)
