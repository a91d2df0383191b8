"""The plain-text Markdown editing area of a note: exact text in and out, edits that keep undo.

``QPlainTextEdit.toPlainText()`` turns non-breaking spaces into spaces, so the note's text is
read raw. Qt counts positions in UTF-16 units and Python in code points; the conversions here
keep an emoji from shifting every later edit by one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from explorer.core.notes.markdown_format import Edit

_COMPLETER_KEYS = {Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab}


def qt_position(text: str, index: int) -> int:
    """A Python string index as a Qt text position."""
    return len(text[:index].encode("utf-16-le")) // 2


def python_index(text: str, position: int) -> int:
    """A Qt text position as a Python string index."""
    return len(text.encode("utf-16-le")[: position * 2].decode("utf-16-le", errors="ignore"))


class MarkdownEdit(QPlainTextEdit):
    focus_left = Signal(object)  # Qt.FocusReason
    popup_keys: object = None  # set by the link completer: a callable telling whether its popup is open

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteText")
        self.setAccessibleName(self.tr("Note text"))
        self.setTabChangesFocus(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setPlaceholderText(self.tr("Write your note in Markdown. The first line is its title; #tags and [[links]] work anywhere."))
        self.document().setDocumentMargin(8)

    def text(self) -> str:
        """The note's text exactly as typed (no space substitutions)."""
        return self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def selection(self) -> tuple[int, int]:
        """The selection as Python indices (anchor, position)."""
        text, cursor = self.text(), self.textCursor()
        return python_index(text, cursor.anchor()), python_index(text, cursor.position())

    def cursor_index(self) -> int:
        return python_index(self.text(), self.textCursor().position())

    def apply_edit(self, edit: Edit) -> None:
        """Replace a span as one undoable edit and select what the edit says (an edit that changes
        no text, such as stepping past the closing marks of a bold span, only moves the cursor)."""
        text = self.text()
        cursor = self.textCursor()
        if edit.start != edit.end or edit.replacement:
            cursor.beginEditBlock()
            cursor.setPosition(qt_position(text, edit.start))
            cursor.setPosition(qt_position(text, edit.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(edit.replacement)
            cursor.endEditBlock()
        result = edit.applied_to(text)
        anchor, position = edit.selection
        cursor.setPosition(qt_position(result, anchor))
        cursor.setPosition(qt_position(result, position), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def replace_all(self, text: str) -> None:
        """Show another text (a reload), keeping the cursor near where it was; resets undo."""
        index = self.cursor_index()
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.setPosition(qt_position(text, min(index, len(text))))
        self.setTextCursor(cursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.popup_keys is not None and self.popup_keys() and event.key() in _COMPLETER_KEYS:
            event.ignore()  # the completer's popup takes these
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit(event.reason())
