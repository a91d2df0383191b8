"""The notes panel: notes on the selection, a Markdown editor that never loses a word, history,
[[links]] and backlinks, merging a colleague's notes, the author's name.

``attach(window)`` docks it in the main window and returns the ``NotesController``.
"""

from explorer.ui.notes.controller import NotesController, attach

__all__ = ["NotesController", "attach"]
