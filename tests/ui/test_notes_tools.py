"""Writing tools of the editor: [[ completion, the formatting toolbar and shortcuts, exact text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from explorer.ui.notes.controller import NotesController
from explorer.ui.notes.markdown_edit import MarkdownEdit, python_index, qt_position

POPUP_WARNINGS = ["This plugin does not support raise()", "This plugin does not support grabbing the keyboard"]


@pytest.mark.qt_log_ignore(*POPUP_WARNINGS)
def test_double_bracket_completes_entity_and_event_names(qtbot, notes: NotesController) -> None:
    edit, completer = notes.panel.editor.text_edit, notes.panel.editor.completer
    qtbot.keyClicks(edit, "See [[scale")
    popup = completer.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [completer.completer.completionModel().index(i, 0).data() for i in range(completer.completer.completionCount())]
    assert shown[0] == "Scale AI  —  company"
    assert any(text.endswith("—  event") for text in shown)  # events whose titles mention Scale
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert edit.text() == "See [[Scale AI]]"
    assert not popup.isVisible()
    qtbot.keyClicks(edit, " and [[49% non")
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert edit.text() == "See [[Scale AI]] and [[event:ev-meta-stake|Meta takes a 49% non-voting stake for $14.3 billion]]"
    assert edit.cursor_index() == len(edit.text())


@pytest.mark.qt_log_ignore(*POPUP_WARNINGS)
def test_the_link_button_starts_a_link_from_the_selection(qtbot, notes: NotesController) -> None:
    edit, editor = notes.panel.editor.text_edit, notes.panel.editor
    qtbot.keyClicks(edit, "Google left")
    edit.selectAll()
    cursor = edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(6, cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    editor.link_record_action.trigger()
    assert edit.text() == "[[Google left"
    popup = editor.completer.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible() and edit.text() == "[[Google left"


@pytest.mark.qt_log_ignore(*POPUP_WARNINGS)
def test_no_completion_outside_an_open_link(qtbot, notes: NotesController) -> None:
    edit = notes.panel.editor.text_edit
    qtbot.keyClicks(edit, "[[Meta]] then more")
    assert not notes.panel.editor.completer.completer.popup().isVisible()


def test_toolbar_and_shortcuts_format_markdown(qtbot, notes: NotesController) -> None:
    edit, editor = notes.panel.editor.text_edit, notes.panel.editor
    qtbot.keyClicks(edit, "Title")
    editor.format_actions["heading"].trigger()
    assert edit.text() == "## Title"
    qtbot.keyClick(edit, Qt.Key.Key_End)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == "## Title\n**strong text**"
    qtbot.keyClicks(edit, "key")  # the placeholder was selected: typing replaces it
    assert edit.text() == "## Title\n**key**"
    for _ in range(3):
        qtbot.keyClick(edit, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == "## Title\n***key***"
    edit.undo()  # each format is one step of the editor's undo
    assert edit.text() == "## Title\n**key**"
    editor.format_actions["list"].trigger()
    assert edit.text() == "## Title\n- **key**"
    editor.format_actions["quote"].trigger()
    assert edit.text() == "## Title\n> - **key**"
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == "[## Title\n> - **key**](https://)"
    assert edit.textCursor().selectedText() == "https://"


def test_text_is_kept_exactly_emoji_and_non_breaking_spaces_included(qtbot) -> None:
    edit = MarkdownEdit()
    qtbot.addWidget(edit)
    text = "50\u00a0% 🎉 done"
    edit.setPlainText(text)
    assert edit.text() == text
    assert qt_position(text, len(text)) == len(text) + 1 and python_index(text, len(text) + 1) == len(text)
    cursor = edit.textCursor()
    cursor.setPosition(qt_position(text, text.index("done")))
    edit.setTextCursor(cursor)
    assert edit.cursor_index() == text.index("done")
    from explorer.core.notes.markdown_format import bold

    edit.apply_edit(bold(text, text.index("done"), len(text)))
    assert edit.text() == "50\u00a0% 🎉 **done**"
