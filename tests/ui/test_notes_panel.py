"""The notes dock: following the selection, pin/delete/history as undoable edits, tags, links,
backlinks, conflicts, authors, and its menus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl

from explorer.core.models import Note, NoteConflict, NoteRevision, NoteTarget
from explorer.core.notes import authors
from explorer.ui.notes import attach
from explorer.ui.notes.author import author_name, set_author_name
from explorer.ui.notes.author_dialog import AuthorDialog
from explorer.ui.notes.controller import NotesController
from explorer.ui.notes.history_dialog import HistoryDialog, word_change
from explorer.ui.notes.note_list import NoteListModel, NoteRow


@pytest.fixture
def notes(main_window) -> NotesController:
    return getattr(main_window, "notes", None) or attach(main_window)


def _put(notes: NotesController, uid: str, body: str, kind=NoteTarget.EVENT, target="ev-meta-stake", updated="2026-11-25T10:00:00Z",
         author="Ana Lopez") -> None:
    notes.window.store.put_note(Note(uid, kind, body, "2026-11-25T09:00:00Z", updated, target_uid=target, author=author))


def _titles(notes: NotesController) -> list[str]:
    return [row.note.title for row in notes.panel.model.rows]


def test_the_dock_sits_in_the_window_with_its_menus(notes: NotesController) -> None:
    window = notes.window
    assert notes.dock.objectName() == "notesDock" and window.dockWidgetArea(notes.dock) is not None
    assert notes.dock.toggleViewAction() in window.panels_menu.actions()
    file_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert file_texts.index("Import No&tes…") < file_texts.index("Export &Brief…") < file_texts.index("&Quit")
    edit_texts = [a.text() for a in window.edit_menu.actions()]
    assert "New &Note" in edit_texts and "&Author Name…" in edit_texts


def test_notes_follow_the_selection_pinned_first_then_newest(notes: NotesController) -> None:
    _put(notes, "old", "Older note", updated="2026-11-25T10:00:00Z")
    _put(notes, "new", "Newer note", updated="2026-11-26T10:00:00Z")
    _put(notes, "pin", "Pinned note", updated="2026-11-20T10:00:00Z")
    notes.window.store.put_note(Note(**{**vars(notes.window.store.note("pin")), "pinned": True}))
    notes.window.timeline.event_selected.emit("ev-meta-stake")
    assert notes.panel.title.text().startswith("Event: Meta takes a 49%")
    assert _titles(notes) == ["Pinned note", "Newer note", "Older note"]
    notes.window.event_table.event_selected.emit("ev-scale-layoffs")
    assert _titles(notes) == []
    assert notes.panel.editor.byline.text() == "Choose a note, or add one with +."
    notes.show_target(NoteTarget.RELATIONSHIP, "rel-meta-investor-scale")
    assert notes.panel.title.text() == "Relationship: Meta is an investor in Scale AI"


def test_pin_speaker_delete_and_restore_are_undoable(qtbot, notes: NotesController, monkeypatch) -> None:
    window, panel = notes.window, notes.panel
    _put(notes, "a", "Note A")
    _put(notes, "b", "Note B", updated="2026-11-26T10:00:00Z")
    notes.show_note("a")
    panel.editor.pin_action.trigger()
    assert window.store.note("a").pinned and _titles(notes) == ["Note A", "Note B"]
    assert window.undo_action.text() == "&Undo Pin note"
    panel.editor.speaker_action.trigger()
    assert window.store.note("a").for_speaker and panel.editor.speaker_action.isChecked()
    window.undo()
    window.undo()
    assert not window.store.note("a").pinned and not window.store.note("a").for_speaker
    assert _titles(notes) == ["Note B", "Note A"]
    window.store.add_note_revision("a", NoteRevision("2026-11-24T09:00:00Z", "Note A, first try"))
    monkeypatch.setattr(HistoryDialog, "choose", classmethod(lambda cls, note, revisions, parent=None: revisions[-1].body))
    panel.editor.history_action.trigger()
    assert window.store.note("a").body == "Note A, first try" and panel.editor.text_edit.text() == "Note A, first try"
    assert window.undo_action.text() == "&Undo Restore note version"
    window.undo()
    assert window.store.note("a").body == "Note A"
    notes.show_note("a")
    panel.editor.delete_action.trigger()
    assert window.store.note("a") is None and _titles(notes) == ["Note B"]
    window.undo()
    assert window.store.note("a").body == "Note A"
    assert [r.body for r in window.store.note_revisions("a")][-1] == "Note A, first try"


def test_history_dialog_lists_versions_newest_first(qtbot) -> None:
    note = Note("n", NoteTarget.CASE, "Now text here", "2026-11-25T09:00:00Z", "2026-11-25T12:00:00Z")
    dialog = HistoryDialog(note, [NoteRevision("2026-11-25T10:00:00Z", "First"), NoteRevision("2026-11-25T11:00:00Z", "Now text")])
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 3 and dialog.list.item(0).text().startswith("Now")
    assert dialog.text.toPlainText() == "Now text"  # the newest earlier version is shown first
    dialog.restore_button.click()
    assert dialog.chosen_body == "Now text"
    assert word_change("a b c", "a b d e") == "+2 −1 words" and word_change("x", "x") == "same words"


def test_tags_are_listed_and_filter_the_notes(notes: NotesController) -> None:
    _put(notes, "t1", "One #Deal #risk")
    _put(notes, "t2", "Two #risk", updated="2026-11-26T10:00:00Z")
    notes.panel.set_scope("all")
    tags = [notes.panel.tag_box.itemText(i) for i in range(notes.panel.tag_box.count())]
    assert tags[0] == "All tags" and "#risk (2)" in tags and "#deal (1)" in tags
    notes.panel.set_tag("deal")
    assert _titles(notes) == ["One #Deal #risk"]
    assert notes.panel.model.rows[0].context.startswith("Event: Meta takes")
    notes.panel.set_tag(None)
    assert len(_titles(notes)) == notes.window.store.note_count()


def test_links_in_the_preview_select_their_target(qtbot, notes: NotesController) -> None:
    _put(notes, "l", "Links\n\nSee [[event:ev-scale-layoffs|the layoffs]] and [[Scale AI]]")
    notes.show_note("l")
    qtbot.waitUntil(lambda: "the layoffs" in notes.panel.editor.preview.toPlainText())
    html = notes.panel.editor.preview.toHtml()
    assert "case:event/ev-scale-layoffs" in html and "case:entity/scale-ai" in html
    notes.panel.editor.preview.anchorClicked.emit(QUrl("case:event/ev-scale-layoffs"))
    assert notes.window.detail.event_uid == "ev-scale-layoffs"
    assert notes.window.timeline.selected_uid == "ev-scale-layoffs"
    assert notes.panel.title.text().startswith("Event: Scale cuts 14%")
    notes.panel.editor.preview.anchorClicked.emit(QUrl("case:entity/scale-ai"))
    assert notes.panel.title.text() == "Company: Scale AI"


def test_backlinks_show_the_notes_linking_here(notes: NotesController) -> None:
    _put(notes, "linker", "Context\n\nThis follows from [[event:ev-meta-stake|the stake]]", kind=NoteTarget.CASE, target=None)
    notes.window.timeline.event_selected.emit("ev-meta-stake")
    label = notes.panel.backlinks_label
    assert label.isVisibleTo(notes.panel) and "Linked from" in label.text() and "Context" in label.text()
    label.linkActivated.emit("note:linker")
    assert notes.panel.current_note().uid == "linker" and notes.panel.title.text() == "The whole case"


def test_conflicts_wait_above_the_note_until_resolved(qtbot, notes: NotesController) -> None:
    window, panel = notes.window, notes.panel
    _put(notes, "c", "Mine")
    window.store.add_note_conflict("c", NoteConflict("Theirs", "2026-11-27T10:00:00Z", "Ben Okafor", "ben.notes.json"))
    notes.show_note("c")
    bar = panel.editor.conflicts
    assert bar.isVisibleTo(panel) and "Ben Okafor also changed this note (ben.notes.json, 27 Nov 2026)" in bar.message.text()
    bar.toggle.click()
    assert "Their version — Ben Okafor" in panel.editor.preview.toPlainText() and "Theirs" in panel.editor.preview.toPlainText()
    bar.toggle.click()
    assert panel.editor.preview.toPlainText() == "Mine"
    bar.buttons["both"].click()
    assert not bar.isVisibleTo(panel)
    bodies = sorted((n.body, n.author) for n in window.store.notes(NoteTarget.EVENT, "ev-meta-stake"))
    assert bodies == [("Mine", "Ana Lopez"), ("Theirs", "Ben Okafor")]
    window.undo()
    assert len(window.store.note_conflicts("c")) == 1
    notes.show_note("c")
    panel.editor.conflicts.buttons["theirs"].click()
    assert window.store.note("c").body == "Theirs" and panel.editor.text_edit.text() == "Theirs"
    assert window.store.note_revisions("c")[-1].body == "Mine"


def test_the_author_name_is_stamped_and_told_apart(qtbot, notes: NotesController, monkeypatch) -> None:
    assert author_name()  # the login name by default
    set_author_name("  Ana   Lopez ")
    assert QSettings().value("author") == "Ana Lopez"
    draft = notes.panel.new_note()
    assert draft.author == "Ana Lopez"
    dialog = AuthorDialog()
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Ben Okafor")
    assert dialog.sample.text() == "Ben Okafor" and dialog.badge.accessibleName() == "Author: Ben Okafor"
    dialog.accept()
    assert author_name() == "Ben Okafor"
    set_author_name("")
    assert QSettings().value("author") is None
    assert authors.color("Ana Lopez") != authors.color("Ben Okafor")
    monkeypatch.setattr(AuthorDialog, "edit", classmethod(lambda cls, parent=None: True))
    notes.menus.author_action.trigger()


def test_the_note_list_model_is_a_proper_model(qtmodeltester, bundled_store) -> None:
    model = NoteListModel()
    model.set_rows([NoteRow(note) for note in bundled_store.notes()])
    qtmodeltester.check(model)
    spoken = model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "by Case Explorer" in spoken and "pinned" in spoken


def test_backlinks_for_the_detail_pane_are_safe_links_that_open_the_note(notes: NotesController) -> None:
    from explorer.ui.notes.backlinks_view import backlinks_html, note_uid_from_url

    assert backlinks_html(notes.window.store, NoteTarget.EVENT, "ev-meta-stake") == ""
    _put(notes, "odd uid/<b>", "<b>Bold?</b> see [[event:ev-meta-stake|it]]", kind=NoteTarget.CASE, target=None)
    html = backlinks_html(notes.window.store, NoteTarget.EVENT, "ev-meta-stake")
    assert "Notes linking here" in html and "&lt;b&gt;Bold?&lt;/b&gt;" in html and "<b>Bold" not in html
    assert "see it</a>" in html and "[[" not in html  # the title as read: its link shows its label
    assert note_uid_from_url("note:odd%20uid%2F%3Cb%3E") == "odd uid/<b>"
    assert notes.open_link(QUrl("note:odd%20uid%2F%3Cb%3E"))
    assert notes.panel.current_note().uid == "odd uid/<b>"
    assert not notes.open_link(QUrl("https://example.com"))


def test_a_note_on_the_period_the_timeline_shows(qtbot, notes: NotesController) -> None:
    from explorer.core import dates

    notes.window.timeline.set_visible_range(dates.start_seconds(dates.parse("2025-06-01")), dates.start_seconds(dates.parse("2025-07-01")))
    notes.menus.period_note_action.trigger()
    draft = notes.panel.current_note()
    assert draft.target_kind is NoteTarget.RANGE
    assert notes.panel.title.text() == "Period: 1 June – 1 July 2025", notes.panel.title.text()
    with qtbot.waitSignal(notes.panel.autosaver.saved, timeout=2000):
        qtbot.keyClicks(notes.panel.editor.text_edit, "The June weeks")
    stored = notes.window.store.note(draft.uid)
    assert stored.range_start == dates.parse("2025-06-01") and stored.body == "The June weeks"
    assert any(title == "The June weeks" for _uid, title, _s, _e in notes.window.store.range_notes())
    notes.show_period()
    assert [row.note.uid for row in notes.panel.model.rows] == [draft.uid]


def test_a_long_selected_title_does_not_widen_the_notes_dock(qtbot, main_window) -> None:
    main_window.resize(1600, 1000)
    qtbot.wait(100)
    widths = set()
    for uid in ("ev-openai-confirms-wind-down", "ev-meta-stake", "ev-droege-pivot"):
        main_window.select_event(uid)
        qtbot.wait(50)
        widths.add(main_window.notes.dock.width())
        label = main_window.notes.panel.title
        assert label.text().startswith("Event: ") and label.toolTip() == label.text()
        assert label.fontMetrics().horizontalAdvance(label.shown_text()) <= label.contentsRect().width()
    assert len(widths) == 1 and main_window.notes.dock.minimumSizeHint().width() < 300


def test_a_card_reads_its_title_as_text_not_markup(qtbot, notes: NotesController) -> None:
    from PySide6.QtCore import Qt

    _put(notes, "m", "My take on [[Scale AI]] and a **bold** point\n\nMore")
    notes.show_note("m")
    model = notes.panel.model
    row = next(i for i in range(model.rowCount()) if model.rows[i].note.uid == "m")
    spoken = model.data(model.index(row, 0), Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("My take on Scale AI and a bold point") and "[[" not in spoken and "**" not in spoken
