"""Ctrl+B and Ctrl+I in the note editor end what they started, as in any editor (issue 10)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from explorer.ui.notes.controller import NotesController

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_b_twice_ends_the_bold_and_typing_goes_on_plain(qtbot, notes: NotesController) -> None:
    edit = notes.panel.editor.text_edit
    qtbot.keyClick(edit, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(edit, "OpenAI had already left")
    qtbot.keyClick(edit, Qt.Key.Key_B, CTRL)
    assert edit.text() == "**OpenAI had already left**"
    assert edit.cursor_index() == len(edit.text()) and not edit.textCursor().hasSelection()
    qtbot.keyClicks(edit, " by then.")
    assert edit.text() == "**OpenAI had already left** by then."
    edit.undo()  # stepping past the marks added no step of its own: undo takes back the typing
    assert edit.text() == "**OpenAI had already left**"


def test_ctrl_i_ends_italic_and_an_empty_pair_goes_away(qtbot, notes: NotesController, screenshot_dir: Path) -> None:
    edit = notes.panel.editor.text_edit
    qtbot.keyClicks(edit, "It was ")
    qtbot.keyClick(edit, Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(edit, "late")
    qtbot.keyClick(edit, Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(edit, ". ")
    assert edit.text() == "It was *late*. "
    qtbot.keyClick(edit, Qt.Key.Key_B, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)  # the placeholder goes: the caret sits in an empty **|**
    assert edit.text() == "It was *late*. ****"
    qtbot.keyClick(edit, Qt.Key.Key_B, CTRL)  # pressed again, the empty pair goes
    assert edit.text() == "It was *late*. " and edit.cursor_index() == len(edit.text())
    assert notes.panel.editor.grab().save(str(screenshot_dir / "notes-bold-ended.png"))
