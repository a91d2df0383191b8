"""The event form: add, edit and undo events with participants and cited sources; validation beside the fields."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from explorer.core.dates import PartialDate
from explorer.core.models import Certainty, CitationTarget, Media, Participant, Role, Stance
from explorer.ui.forms.event_form import EventForm
from explorer.ui.forms.source_form import SourceForm
from tests.ui.test_forms_support import POPUPS, ModalDriver, ok, pick, replace_text, views


def _form(qtbot, window, *args, **kwargs) -> EventForm:
    form = EventForm(window, window.store, *args, **kwargs)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


@POPUPS
def test_add_an_event_with_everything_then_undo_and_redo(qtbot, main_window) -> None:
    store = main_window.store
    form = _form(qtbot, main_window, start=PartialDate(2025, 6, 20), participants=("scale-ai",))
    assert form.windowTitle() == "New Event"
    assert form.start_edit.text() == "20 June 2025"
    qtbot.keyClicks(form.title_edit, "Nvidia weighs a bid for Scale")
    qtbot.keyClicks(form.end_edit.line, "July 2025")
    qtbot.keyClicks(form.display_edit, "late June 2025")
    qtbot.keyClicks(form.reported_edit.line, "June 24, 2025")
    qtbot.keyClicks(form.category_edit, "de")
    popup = form.category_edit.completer().popup()
    assert popup.isVisible() and popup.model().data(popup.model().index(0, 0)) == "deal"  # completion from the case's categories
    qtbot.keyClicks(form.category_edit, "al")
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible() and form.category_edit.text() == "deal"
    pick(qtbot, form.certainty_box, "Rumoured")
    pick(qtbot, form.importance_box, "Turning")
    qtbot.keyClicks(form.body_edit, "Talks are *early*.")
    form.tabs.setCurrentIndex(1)
    qtbot.mouseClick(form.participants_editor.add_button, Qt.MouseButton.LeftButton)
    entity, role = (control for control, _name in form.participants_editor.rows[1].named)
    pick(qtbot, entity, "Meta")
    pick(qtbot, role, "Target")
    form.tabs.setCurrentIndex(2)
    qtbot.mouseClick(form.citations_editor.add_button, Qt.MouseButton.LeftButton)
    source, stance, quote, locator = (control for control, _name in form.citations_editor.rows[0].named)
    pick(qtbot, source, "Reuters")
    pick(qtbot, stance, "Mentions")
    qtbot.keyClicks(quote, "Nvidia is said to be weighing an offer.")
    qtbot.keyClicks(locator, "para 2")
    form.tabs.setCurrentIndex(3)
    qtbot.keyClicks(form.media_url_edit, "https://example.com/talks.jpg")
    qtbot.keyClicks(form.media_caption_edit, "Nvidia's headquarters")
    ok(qtbot, form)
    operation = form.operation()
    assert operation.label == "Add event"

    assert main_window.run(operation)
    event = store.event(form.uid)
    assert (event.title, event.start, event.end, event.reported_at) == (
        "Nvidia weighs a bid for Scale", PartialDate(2025, 6, 20), PartialDate(2025, 7), PartialDate(2025, 6, 24)
    )
    assert (event.display_date, event.category, event.certainty, event.importance) == ("late June 2025", "deal", Certainty.RUMORED, 3)
    assert event.body == "Talks are *early*."
    assert event.participants == (Participant("scale-ai", Role.ACTOR), Participant("meta", Role.TARGET))
    assert event.media == Media(url="https://example.com/talks.jpg", caption="Nvidia's headquarters")
    [(citation, cited)] = store.citations_of(CitationTarget.EVENT, event.uid)
    assert (citation.quote, citation.locator, citation.stance, cited.publisher) == (
        "Nvidia is said to be weighing an offer.", "para 2", Stance.MENTIONS, "Reuters"
    )
    assert views(main_window) == (14, 14)
    main_window.select_event(event.uid)
    shown = main_window.detail.text()
    assert "Nvidia weighs a bid for Scale" in shown and "Became public: 24 June 2025" in shown
    assert "Nvidia is said to be weighing an offer." in shown
    assert main_window.undo_action.text() == "&Undo Add event"

    main_window.undo()
    assert views(main_window) == (13, 13)
    assert store.event(event.uid) is None and store.citation(citation.uid) is None
    main_window.redo()
    assert views(main_window) == (14, 14)
    assert store.event(event.uid) == event and store.citation(citation.uid) == citation


def test_changing_only_the_date_is_a_change_of_date(qtbot, main_window) -> None:
    store = main_window.store
    before = store.event("ev-meta-stake")
    form = _form(qtbot, main_window, "ev-meta-stake")
    assert form.windowTitle() == "Edit Event"
    assert form.start_edit.text() == "June 2025"
    replace_text(qtbot, form.start_edit, "mid-June 2025")  # the wording has a field of its own in this form
    assert form.start_edit.note.text() == "Write the date without 'mid' and put the wording in \"Shown as\""
    replace_text(qtbot, form.start_edit, "13 June 2025")
    assert form.start_edit.note.text() == "Day precision: 13 June 2025"
    ok(qtbot, form)
    operation = form.operation()
    assert operation.label == "Change date"
    main_window.run(operation)
    assert store.event("ev-meta-stake").start == PartialDate(2025, 6, 13)
    main_window.select_event("ev-meta-stake")
    assert "13 June 2025" in main_window.detail.text()
    main_window.undo()
    assert store.event("ev-meta-stake") == before
    assert "13 June 2025" not in main_window.detail.text()


def test_saving_an_event_without_touching_its_date_keeps_the_milliseconds(qtbot, main_window) -> None:
    store = main_window.store
    start, end = PartialDate(2025, 6, 12, 10, 0, 0, 123), PartialDate(2025, 6, 12, 10, 0, 1, 7)
    store.put_event(replace(store.event("ev-meta-stake"), start=start, end=end))
    form = _form(qtbot, main_window, "ev-meta-stake")
    assert form.start_edit.text() == "12 June 2025, 10:00:00.123"
    assert form.start_edit.note.text() == "Millisecond precision: 12 June 2025, 10:00:00.123"
    replace_text(qtbot, form.title_edit, "Renamed")
    ok(qtbot, form)
    main_window.run(form.operation())
    saved = store.event("ev-meta-stake")
    assert (saved.title, saved.start, saved.end) == ("Renamed", start, end)


def test_editing_participants_and_removing_a_citation_undoes_as_one_step(qtbot, main_window) -> None:
    store = main_window.store
    before = store.event("ev-wang-joins-meta")
    citations = store.citations_on(CitationTarget.EVENT, "ev-wang-joins-meta")
    assert citations
    form = _form(qtbot, main_window, "ev-wang-joins-meta")
    editor = form.participants_editor
    qtbot.mouseClick(editor.rows[-1].remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.citations_editor.rows[0].remove_button, Qt.MouseButton.LeftButton)
    ok(qtbot, form)
    operation = form.operation()
    assert operation.label == "Edit event"
    main_window.run(operation)
    assert store.event("ev-wang-joins-meta").participants == before.participants[:-1]
    assert store.citation(citations[0].uid) is None
    main_window.undo()
    assert store.event("ev-wang-joins-meta") == before
    assert store.citations_on(CitationTarget.EVENT, "ev-wang-joins-meta") == citations


def test_problems_show_beside_their_fields_and_keep_ok_disabled(qtbot, main_window) -> None:
    store = main_window.store
    counts = store.counts()
    form = _form(qtbot, main_window, "ev-meta-stake")
    assert form.ok_button.isEnabled()

    replace_text(qtbot, form.title_edit, "")
    message = form.title_edit.parentWidget().findChild(type(form.summary))
    assert message.isVisible() and message.text() == "An event needs a title"
    assert not form.ok_button.isEnabled()
    qtbot.keyClicks(form.title_edit, "Meta takes a stake")
    assert not message.isVisible() and form.ok_button.isEnabled()

    replace_text(qtbot, form.end_edit, "May 2025")
    assert form.end_edit.note.text() == "The end is before the start (June 2025)"
    assert not form.ok_button.isEnabled()
    replace_text(qtbot, form.end_edit, "30 February 2025")
    assert form.end_edit.note.text() == "30 February 2025 does not exist"
    assert not form.ok_button.isEnabled()
    replace_text(qtbot, form.end_edit, "")
    assert form.ok_button.isEnabled()

    form.tabs.setCurrentIndex(1)
    editor = form.participants_editor
    taken = editor.rows[0].named[0][0].currentText()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    pick(qtbot, editor.rows[-1].named[0][0], taken)
    assert editor.message.isVisible() and editor.message.text() == f"{taken} takes part twice"
    assert not form.tabs.tabIcon(1).isNull() and form.tabs.tabIcon(0).isNull()
    assert not form.ok_button.isEnabled()

    form.title_edit.setFocus()
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)  # Enter presses OK: refused while a problem is left
    assert form.isVisible() and form.result() == 0
    qtbot.mouseClick(editor.rows[-1].remove_button, Qt.MouseButton.LeftButton)
    assert form.ok_button.isEnabled() and not editor.message.isVisible()
    form.reject()
    assert store.counts() == counts


def test_a_new_event_shows_what_is_missing_quietly_until_touched(qtbot, main_window) -> None:
    form = _form(qtbot, main_window)
    message = form.title_edit.parentWidget().findChild(type(form.summary))
    assert message.text() == "An event needs a title" and "#b3261e" not in message.styleSheet()
    assert form.start_edit.note.text() == "Required"
    assert not form.ok_button.isEnabled()
    qtbot.keyClicks(form.title_edit, "x")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Backspace)
    assert "#b3261e" in message.styleSheet()
    form.reject()


def test_a_source_made_in_the_form_is_added_with_the_event(qtbot, main_window) -> None:
    store = main_window.store
    sources = len(store.sources())
    form = _form(qtbot, main_window, start=PartialDate(2025, 6))
    qtbot.keyClicks(form.title_edit, "Analysts question Scale's neutrality")
    form.tabs.setCurrentIndex(2)
    driver = ModalDriver(qtbot)

    def fill_source(dialog: SourceForm) -> None:
        qtbot.keyClicks(dialog.publisher_edit, "The Verge")
        qtbot.keyClicks(dialog.title_edit, "Can Scale stay neutral?")
        qtbot.keyClicks(dialog.published_edit.line, "19 June 2025")
        ok(qtbot, dialog)

    driver.on_next(SourceForm, fill_source)
    qtbot.mouseClick(form.citations_editor.new_source_button, Qt.MouseButton.LeftButton)
    driver.check()
    quote = form.citations_editor.rows[0].named[2][0]
    qtbot.waitUntil(lambda: form.focusWidget() is quote)  # the focus goes to the quote to type
    qtbot.keyClicks(quote, "Customers are nervous.")
    ok(qtbot, form)
    main_window.run(form.operation())
    [(citation, source)] = store.citations_of(CitationTarget.EVENT, form.uid)
    assert (source.publisher, source.title, source.published, citation.quote) == (
        "The Verge", "Can Scale stay neutral?", PartialDate(2025, 6, 19), "Customers are nervous."
    )
    main_window.undo()
    assert len(store.sources()) == sources and store.source(source.uid) is None


def test_esc_and_cancel_ask_before_throwing_away_what_was_typed(qtbot, main_window, monkeypatch) -> None:
    asked: list[bool] = []
    answer = {"discard": False}
    monkeypatch.setattr(EventForm, "confirm_discard", lambda form: (asked.append(True), answer["discard"])[1])
    untouched = _form(qtbot, main_window)
    qtbot.keyClick(untouched.title_edit, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and asked == []  # nothing typed: closes at once

    counts = main_window.store.counts()
    form = _form(qtbot, main_window)
    qtbot.keyClicks(form.title_edit, "A long title typed with care")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Escape)
    assert form.isVisible() and asked == [True]  # Keep Editing
    assert form.title_edit.text() == "A long title typed with care"
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert form.isVisible() and len(asked) == 2
    answer["discard"] = True
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Escape)
    assert not form.isVisible() and form.result() == 0
    assert main_window.store.counts() == counts
