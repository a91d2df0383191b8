"""New Tour (and Make a Copy) in the tour editor put the keyboard in the new tour's title, its stand-in
words selected, so typing names the tour at once (the focus stayed on the button)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from explorer.core import tours
from explorer.ui.presenter import attach
from tests.ui.test_forms_support import activate


@pytest.fixture
def editor(qtbot, main_window):
    controller = attach(main_window)
    editor = controller.open_editor()
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    yield editor
    controller.stop()
    editor.close()


def test_new_tour_puts_the_focus_in_its_title_ready_to_type_over(qtbot, editor, main_window) -> None:
    new = editor.buttons["new"]
    new.setFocus()
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    assert editor.tour.title == "New tour"
    assert QApplication.focusWidget() is editor.title
    assert editor.title.selectedText() == "New tour"
    qtbot.keyClicks(editor.title, "Board briefing")
    qtbot.keyClick(editor.title, Qt.Key.Key_Tab)  # leaving the field names the tour
    assert main_window.store.tour(editor.tour.uid).title == "Board briefing"


def test_a_copy_is_named_next_too(qtbot, editor) -> None:
    editor.reload(tours.IMPORTANT_EVENTS)
    qtbot.mouseClick(editor.buttons["copy"], Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is editor.title
    assert editor.title.selectedText() == "Important events (copy)"
