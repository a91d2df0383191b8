"""Screenshots of the notes dock and editor in the light and dark themes, saved for looking at."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from explorer.core.models import Note, NoteConflict, NoteTarget
from explorer.ui import app_theme
from explorer.ui.notes import attach
from explorer.ui.notes.author import set_author_name

BODY = (
    "Why a 49% stake still worries the labs #neutrality #deal\n\n"
    "The stake is **non-voting**, yet [[Alexandr Wang]] keeps a board seat while he runs "
    "[[event:ev-wang-joins-meta|Meta's superintelligence unit]].\n\n"
    "- no special access, says [[Scale AI]]\n- customers read the timing: [[event:ev-openai-confirms-wind-down|OpenAI winds down]]\n\n"
    "> Even a perceived risk can be enough."
)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshots_of_the_notes_dock(qtbot, main_window, screenshot_dir: Path, theme: str) -> None:
    notes = getattr(main_window, "notes", None) or attach(main_window)
    main_window.set_theme(theme)  # after the dock exists: it must follow a theme change
    wanted = QApplication.palette().color(QPalette.ColorRole.Window)
    qtbot.waitUntil(lambda: notes.panel.palette().color(QPalette.ColorRole.Window) == wanted)  # the theme reached the dock
    shown_icon = notes.panel.editor.format_actions["bold"].icon().pixmap(20, 20).toImage()
    ink = max((shown_icon.pixelColor(x, y) for x in range(20) for y in range(20)), key=lambda c: c.alpha())
    assert (ink.lightness() > 128) == (theme == "dark")  # toolbar icons follow the theme
    store = main_window.store
    store.put_note(Note("shot-1", NoteTarget.EVENT, BODY, "2026-11-24T09:00:00Z", "2026-11-25T16:20:00Z",
                        target_uid="ev-meta-stake", author="Ana Lopez", pinned=True))
    store.put_note(Note("shot-2", NoteTarget.EVENT, "Compare with Google's exit #google\n\nReuters, 13–14 June.",
                        "2026-11-24T10:00:00Z", "2026-11-24T10:00:00Z", target_uid="ev-meta-stake", author="Ben Okafor",
                        for_speaker=True))
    store.put_note(Note("shot-3", NoteTarget.EVENT, "Price per point of stake\n\n$14.3B / 49%", "2026-11-23T10:00:00Z",
                        "2026-11-23T10:00:00Z", target_uid="ev-meta-stake", author="Chloé Martin"))
    store.add_note_conflict("shot-3", NoteConflict("Price per point of stake\n\nAbout $290M a point.", "2026-11-26T08:00:00Z",
                                                   "Sam Student", "sam.notes.json"))
    set_author_name("Ana Lopez")
    main_window.resize(1500, 980)
    main_window.timeline.event_selected.emit("ev-meta-stake")
    notes.show_note("shot-1")
    editor = notes.panel.editor
    qtbot.waitUntil(lambda: "Meta's superintelligence unit" in editor.preview.toPlainText())
    assert notes.panel.model.rows[0].note.uid == "shot-1"
    notes.dock.grab().save(str(screenshot_dir / f"notes-dock-{theme}.png"))
    main_window.grab().save(str(screenshot_dir / f"notes-window-{theme}.png"))
    notes.show_note("shot-3")
    qtbot.waitUntil(lambda: editor.conflicts.isVisibleTo(notes.panel))
    editor.conflicts.toggle.setChecked(True)
    assert "About $290M a point." in editor.preview.toPlainText()
    notes.dock.grab().save(str(screenshot_dir / f"notes-conflict-{theme}.png"))
    for name in ("notes-dock", "notes-window", "notes-conflict"):
        assert (screenshot_dir / f"{name}-{theme}.png").stat().st_size > 10_000
    app_theme.apply("light")
