"""The note's text gets the dock's height: the rendered preview is hidden until the user shows it
(Ctrl+Shift+P / "Show preview"), and that choice is remembered for the next editor."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from explorer.core.models import Note, NoteTarget
from explorer.ui.notes import attach
from explorer.ui.notes.controller import NotesController
from explorer.ui.notes.editor import PREVIEW_KEY, NoteEditor


@pytest.fixture
def notes(main_window) -> NotesController:
    return getattr(main_window, "notes", None) or attach(main_window)


def test_text_has_the_room_and_the_preview_is_one_click_away(qtbot, main_window, notes, screenshot_dir: Path) -> None:
    main_window.store.put_note(Note("n-1", NoteTarget.EVENT, "A title\n\nSome **text**", "2026-11-25T09:00:00Z",
                                    "2026-11-25T09:00:00Z", target_uid="ev-meta-stake", author="Ana"))
    main_window.timeline.event_selected.emit("ev-meta-stake")
    notes.show_note("n-1")
    editor = notes.panel.editor
    qtbot.waitUntil(lambda: editor.text_edit.toPlainText().startswith("A title"))
    assert not editor.preview_action.isChecked() and not editor.preview.isVisibleTo(editor)
    qtbot.waitUntil(lambda: editor.text_edit.height() > 0.8 * editor.splitter.height())
    assert notes.dock.grab().save(str(screenshot_dir / "notes-dock-default.png"))
    editor.preview_action.trigger()  # as the toolbar button or Ctrl+Shift+P does
    assert editor.preview.isVisibleTo(editor)
    qtbot.waitUntil(lambda: editor.splitter.sizes()[1] > 2 * editor.fontMetrics().lineSpacing())  # room to read
    text_size, preview_size = editor.splitter.sizes()
    assert text_size > preview_size  # the text keeps most of the height
    assert "text" in editor.preview.toPlainText() and "**" not in editor.preview.toPlainText()
    assert notes.dock.grab().save(str(screenshot_dir / "notes-dock-preview.png"))
    assert QSettings().value(PREVIEW_KEY, type=bool) is True


def test_the_choice_is_remembered(qtbot) -> None:
    QSettings().setValue(PREVIEW_KEY, True)
    shown = NoteEditor()
    qtbot.addWidget(shown)
    assert shown.preview_action.isChecked() and shown.preview.isVisibleTo(shown)
    shown.preview_action.trigger()
    assert QSettings().value(PREVIEW_KEY, type=bool) is False
    hidden = NoteEditor()
    qtbot.addWidget(hidden)
    assert not hidden.preview_action.isChecked() and not hidden.preview.isVisibleTo(hidden)
