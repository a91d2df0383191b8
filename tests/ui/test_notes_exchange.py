"""File ▸ Import Notes… / Export Notes… / Export Brief…, and the brief as HTML, PDF and Markdown."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from explorer.core import dates
from explorer.core.casefile import open_case
from explorer.core.models import Note, NoteTarget
from explorer.core.notes.history import save_note, with_body
from explorer.ui.brief import BriefFormat, export_brief
from explorer.ui.brief.dialog import BriefChoice, BriefDialog
from explorer.ui.brief.timeline_image import render_timeline
from explorer.ui.notes import attach
from explorer.ui.notes.controller import NotesController
from explorer.ui.notes.files import NoteDialogs


@pytest.fixture
def notes(main_window) -> NotesController:
    return getattr(main_window, "notes", None) or attach(main_window)


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(NoteDialogs, "info", classmethod(lambda cls, parent, title, message: shown.append((title, message))))
    monkeypatch.setattr(NoteDialogs, "error", classmethod(lambda cls, parent, title, message: shown.append((title, message))))
    return shown


def test_import_notes_from_a_colleagues_case_file(
    notes: NotesController, bundled_case: Path, tmp_path: Path, monkeypatch, messages
) -> None:
    window = notes.window
    colleague = tmp_path / "student.case.db"
    colleague.write_bytes(bundled_case.read_bytes())
    theirs = open_case(colleague)
    save_note(theirs, with_body(theirs.note("note-market-opening"), "An opening, as the student sees it"))
    theirs.put_note(Note("student-1", NoteTarget.EVENT, "Student's question #q", "2026-11-26T09:00:00Z", "2026-11-26T09:00:00Z",
                         target_uid="ev-meta-stake", author="Sam Student"))
    theirs.close()
    save_note(window.store, with_body(window.store.note("note-market-opening"), "An opening, as I see it"))
    monkeypatch.setattr(NoteDialogs, "import_path", classmethod(lambda cls, parent, folder="": str(colleague)))
    notes.menus.import_action.trigger()
    title, message = messages[-1]
    assert title == "Notes imported" and "1 added" in message and "1 conflict to resolve" in message
    assert window.store.note("student-1").author == "Sam Student"
    assert window.store.note("note-market-opening").body == "An opening, as I see it"
    assert window.undo_action.text() == "&Undo Import notes"
    notes.show_note("note-market-opening")
    assert notes.panel.editor.conflicts.isVisibleTo(notes.panel)
    window.undo()
    assert window.store.note("student-1") is None and window.store.note_conflicts("note-market-opening") == []


def test_a_bad_notes_file_is_refused_with_where(notes: NotesController, tmp_path: Path, monkeypatch, messages) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "case-explorer-notes", "format_version": 1, "notes": [{"uid": 3}]}', encoding="utf-8")
    before = notes.window.store.note_count()
    monkeypatch.setattr(NoteDialogs, "import_path", classmethod(lambda cls, parent, folder="": str(bad)))
    notes.menus.import_action.trigger()
    assert messages[-1][0] == "Cannot import notes" and "notes[0].uid" in messages[-1][1]
    assert notes.window.store.note_count() == before


def test_export_notes_writes_the_notes_json(notes: NotesController, tmp_path: Path, monkeypatch, messages) -> None:
    out = tmp_path / "mine.notes.json"
    monkeypatch.setattr(NoteDialogs, "export_path", classmethod(lambda cls, parent, suggested: str(out)))
    notes.menus.export_action.trigger()
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "case-explorer-notes" and len(document["notes"]) == notes.window.store.note_count()
    assert messages[-1][0] == "Notes exported"


def test_export_brief_from_the_menu(notes: NotesController, tmp_path: Path, monkeypatch, messages) -> None:
    out = tmp_path / "client"
    chosen = BriefChoice(BriefFormat.PDF, dates.parse("2025-06-20"), True)
    monkeypatch.setattr(BriefDialog, "ask", classmethod(lambda cls, as_of, parent=None: chosen))
    monkeypatch.setattr(NoteDialogs, "brief_path", classmethod(lambda cls, parent, suggested, name_filter: str(out)))
    notes.menus.brief_action.trigger()
    pdf = tmp_path / "client.pdf"
    assert pdf.read_bytes().startswith(b"%PDF") and messages[-1] == ("Brief exported", "Written: client.pdf")


def test_the_brief_dialog_checks_the_date(qtbot) -> None:
    dialog = BriefDialog(dates.parse("2025-06-20"))
    qtbot.addWidget(dialog)
    assert dialog.date_edit.text() == "20 June 2025"
    dialog.date_edit.setText("31 June 2025")
    assert "does not exist" in dialog.problem.text()
    dialog.date_edit.setText("mid-June 2025")
    dialog.date_edit.setText("June 2025")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("brief-md"))
    dialog.accept()
    assert dialog.choice == BriefChoice(BriefFormat.MARKDOWN, dates.parse("2025-06"), True)


@pytest.fixture
def noted_store(bundled_store):
    bundled_store.put_note(Note("n", NoteTarget.EVENT, "Why 49%? <script>alert(1)</script>\n\n![x](/etc/passwd) see [[Scale AI]]",
                                "2026-11-25T10:00:00Z", "2026-11-25T10:00:00Z", target_uid="ev-meta-stake", author="Ana Lopez"))
    return bundled_store


def test_the_brief_as_html_stands_alone_and_shows_case_text_as_text(qapp, noted_store, tmp_path: Path) -> None:
    (out,) = export_brief(noted_store, tmp_path / "brief.html", "brief-html", dates.parse("2025-06-20"))
    html = out.read_text(encoding="utf-8")
    assert "<img src='data:image/png;base64," in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "/etc/passwd" in html and "<img src='/etc/passwd'" not in html.replace('"', "'")
    assert "Relationships as of 20 June 2025" in html and "Ana Lopez" in html
    assert html.count("<img") == 1


def test_the_brief_as_pdf_and_markdown(qapp, noted_store, tmp_path: Path) -> None:
    (pdf,) = export_brief(noted_store, tmp_path / "brief.pdf", "brief-pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page[^s]", data)) >= 3
    md, picture = export_brief(noted_store, tmp_path / "brief.md", "brief-md", timeline=True)
    assert picture.name == "brief.timeline.png" and picture.read_bytes().startswith(b"\x89PNG")
    assert "![The timeline of the case](brief.timeline.png)" in md.read_text(encoding="utf-8")
    (plain,) = export_brief(noted_store, tmp_path / "plain.md", "brief-md", timeline=False)
    assert "![" not in plain.read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="refusing"):
        export_brief(noted_store, noted_store.db.path, "brief-pdf")


def test_the_timeline_picture_is_drawn_offscreen(qapp, bundled_store) -> None:
    image = render_timeline(bundled_store, (800, 400))
    assert (image.width(), image.height()) == (800, 400)
    colours = {image.pixel(x, y) for x in range(0, 800, 40) for y in range(0, 400, 40)}
    assert len(colours) > 3  # not a blank picture
