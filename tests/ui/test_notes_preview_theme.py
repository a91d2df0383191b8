"""The note preview follows a theme switch: links are redrawn in the new look's link colour."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette

from explorer.core.contrast import AA_TEXT, ratio
from explorer.core.models import Note, NoteTarget
from explorer.ui import app_theme
from explorer.ui.notes.editor import NoteEditor

BODY = "# Launch\n\nSee [[event:ev-1|the stake]] and [a page](https://example.com) for **why**."


@pytest.fixture
def editor(qtbot) -> Iterator[NoteEditor]:
    app_theme.apply("light")
    widget = NoteEditor()
    qtbot.addWidget(widget)
    widget.resize(420, 360)
    widget.show_note(Note("n-1", NoteTarget.CASE, BODY, "2024-01-01T10:00:00", "2024-01-01T10:00:00"))
    widget.text_edit.replace_all(BODY)
    widget.show_preview(True)
    widget.update_preview()
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    app_theme.apply("light")


def link_colours(editor: NoteEditor) -> set[str]:
    colours = set()
    block = editor.preview.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor():
                colours.add(fmt.foreground().color().name())
            it += 1
        block = block.next()
    return colours


@pytest.mark.parametrize("look", ["dark", "contrast", "light"])
def test_links_take_the_new_looks_colour_and_meet_contrast(qtbot, editor: NoteEditor, look: str, screenshot_dir: Path) -> None:
    app_theme.apply("dark" if look == "light" else "light")  # shown first in another look
    editor.update_preview()
    app_theme.apply(look)
    qtbot.wait(20)
    palette = editor.preview.palette()
    link, base = palette.color(QPalette.ColorRole.Link).name(), palette.color(QPalette.ColorRole.Base).name()
    assert link_colours(editor) == {link}
    assert ratio(link, base) >= AA_TEXT
    editor.preview.grab().save(str(screenshot_dir / f"note_preview_links_{look}.png"))


def test_a_palette_set_on_the_editor_alone_recolours_its_links(qtbot, editor: NoteEditor) -> None:
    dark = app_theme.palette("dark")
    editor.setPalette(dark)
    assert link_colours(editor) == {dark.color(QPalette.ColorRole.Link).name()}
