"""The keys the search field and its result list answer, in one table each: the panel's key
handling looks keys up here, and Help ▸ Keyboard Shortcuts lists the same rows, so the two never
drift apart.

Each row: the keys, the keys as Help shows them, what they do (translatable), the command.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

Key = Qt.Key
KeyRow = tuple[tuple[Key, ...], str, str, str]

FIELD_KEYS: tuple[KeyRow, ...] = (
    ((Key.Key_Down, Key.Key_PageDown), "↓  Page Down", QT_TRANSLATE_NOOP("SearchKeys", "Go down into the results"), "to_results"),
    ((Key.Key_Return, Key.Key_Enter), "Enter", QT_TRANSLATE_NOOP("SearchKeys", "Open the current (or first) result"), "choose"),
    ((Key.Key_Escape,), "Esc", QT_TRANSLATE_NOOP("SearchKeys", "Clear the search"), "clear"),
)
RESULT_KEYS: tuple[KeyRow, ...] = (
    ((Key.Key_Return, Key.Key_Enter), "Enter", QT_TRANSLATE_NOOP("SearchKeys", "Open the selected result"), "choose"),
    ((Key.Key_Up,), "↑", QT_TRANSLATE_NOOP("SearchKeys", "Back to the search field (from the first result)"), "to_field_at_top"),
    ((Key.Key_Escape,), "Esc", QT_TRANSLATE_NOOP("SearchKeys", "Back to the search field"), "to_field"),
)


def command(rows: tuple[KeyRow, ...], key: int) -> str | None:
    """The command a key runs in a table, or None."""
    return next((name for keys, _shown, _does, name in rows if key in keys), None)
