"""The Edit menu's form actions on the main window: shortcuts, the time cursor, the selection, read-only cases."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.core import dates, undo
from explorer.core.casefile import open_case
from explorer.core.dates import PartialDate
from explorer.core.models import Event, NoteTarget
from explorer.ui.forms.actions import FormActions, install
from explorer.ui.forms.event_form import EventForm
from explorer.ui.main_window import MainWindow
from tests.ui.test_forms_support import ModalDriver, activate, ok, replace_text, views

YEAR = 365.25 * 86_400


@pytest.fixture
def forms(main_window: MainWindow) -> FormActions:
    """The window's form actions (installed by the window itself, or here where it does not yet)."""
    return getattr(main_window, "forms", None) or install(main_window)


def test_install_adds_the_forms_to_the_edit_menu(forms: FormActions, main_window: MainWindow) -> None:
    texts = [action.text() for action in main_window.edit_menu.actions()]
    assert texts[:4] == ["&Undo", "&Redo", "", "&Find…"]
    start = texts.index("New E&vent…")
    assert texts[start - 1] == ""  # after a separator
    assert texts[start : start + 12] == [
        "New E&vent…", "New Entit&y…", "New Re&lationship…", "", "Ed&it Selected…", "&Delete Selected", "",
        "En&tities…", "Relations&hips…", "S&ources…", "Era&s…", "&Case Details…",
    ]
    assert forms.new_event_action.shortcut().toString() == "Ctrl+E"
    assert [key.toString() for key in forms.edit_selected_action.shortcuts()] == ["F2", "Return", "Enter"]
    assert forms.delete_selected_action.shortcut().toString() == "Del"
    for action in (forms.edit_selected_action, forms.delete_selected_action):
        assert action.shortcutContext() is Qt.ShortcutContext.WidgetWithChildrenShortcut
        assert action in main_window.timeline.actions() and action in main_window.event_table.actions()


@pytest.mark.parametrize(("width_years", "expected"), [(1, "20 June 2025"), (5, "June 2025"), (40, "2025")])
def test_new_event_starts_at_the_time_cursor_to_the_zoom(
    qtbot, forms: FormActions, main_window: MainWindow, width_years: float, expected: str
) -> None:
    main_window.run(undo.put(main_window.store, Event("ev-1970", "A much older event", PartialDate(1970))))
    cursor = dates.to_seconds(2025, 6, 20, 12)
    main_window.timeline.set_visible_range(cursor - width_years * YEAR / 2, cursor + width_years * YEAR / 2)
    main_window.timeline.set_cursor(cursor)
    driver = ModalDriver(qtbot)
    seen: list[str] = []

    def fill(form: EventForm) -> None:
        seen.append(form.start_edit.text())
        qtbot.keyClicks(form.title_edit, "Typed with the keyboard only")
        qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)  # Enter presses OK

    driver.on_next(EventForm, fill)
    qtbot.keyClick(main_window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    driver.check()
    x0, x1 = main_window.timeline.visible_range()
    assert x1 - x0 == pytest.approx(width_years * YEAR)
    assert seen == [expected]
    assert views(main_window) == (15, 15)
    assert "Typed with the keyboard only" in main_window.detail.text()  # the new event is selected
    assert main_window.undo_action.text() == "&Undo Add event"
    main_window.undo()
    assert views(main_window) == (14, 14)


def test_edit_selected_with_f2_or_enter_on_the_timeline(qtbot, forms: FormActions, main_window: MainWindow) -> None:
    main_window.select_event("ev-meta-stake")
    driver = ModalDriver(qtbot)

    def rename(title: str):
        def fill(form: EventForm) -> None:
            assert form.original.uid == "ev-meta-stake"
            replace_text(qtbot, form.title_edit, title)
            ok(qtbot, form)
        return fill

    main_window.timeline.setFocus()
    driver.on_next(EventForm, rename("Meta buys in"))
    qtbot.keyClick(main_window.timeline, Qt.Key.Key_F2)
    driver.check()
    assert "Meta buys in" in main_window.detail.text()
    assert main_window.undo_action.text() == "&Undo Rename event"
    activate(qtbot, main_window)  # back to the window, as when a dialog closes on a desktop
    main_window.timeline.setFocus()
    driver.on_next(EventForm, rename("Meta buys 49%"))
    qtbot.keyClick(main_window.timeline, Qt.Key.Key_Return)
    driver.check()
    assert "Meta buys 49%" in main_window.detail.text()
    main_window.undo()
    main_window.undo()
    assert main_window.store.event("ev-meta-stake").title.startswith("Meta takes")


def test_events_made_or_opened_from_the_timeline(qtbot, forms: FormActions, main_window: MainWindow) -> None:
    """What a double-click on the timeline calls: a new event there, in that lane's entity; or an existing one."""
    driver = ModalDriver(qtbot)
    seen: list[tuple] = []

    def look(form: EventForm) -> None:
        seen.append((form.start_edit.text(), form.participants_editor.participants()[0].entity_uid, form.original))
        form.reject()

    driver.on_next(EventForm, look)
    forms.new_event_at(dates.to_seconds(2025, 6, 20), "meta")
    driver.check()
    assert seen[0][1:] == ("meta", None) and seen[0][0] in ("20 June 2025", "June 2025", "2025")

    driver.on_next(EventForm, lambda form: (seen.append(form.original.uid), form.reject()))
    forms.edit_event("ev-droege-pivot")
    driver.check()
    assert seen[-1] == "ev-droege-pivot"
    assert views(main_window) == (13, 13) and main_window.undo_action.text() == "&Undo"


def test_delete_selected_from_the_timeline_and_the_table(qtbot, forms: FormActions, main_window: MainWindow) -> None:
    main_window.select_event("ev-meta-stake")
    main_window.timeline.setFocus()
    qtbot.keyClick(main_window.timeline, Qt.Key.Key_Delete)
    assert views(main_window) == (12, 12) and main_window.store.event("ev-meta-stake") is None
    assert main_window.undo_action.text() == "&Undo Delete event"
    main_window.select_event("ev-droege-pivot")
    main_window.event_table.setFocus()
    qtbot.keyClick(main_window.event_table, Qt.Key.Key_Delete)
    assert views(main_window) == (11, 11)
    main_window.undo()
    main_window.undo()
    assert views(main_window) == (13, 13) and main_window.store.event("ev-meta-stake") is not None


def test_several_selected_events_are_deleted_as_one_step(qtbot, forms: FormActions, main_window: MainWindow) -> None:
    if not hasattr(main_window.timeline, "set_selection"):
        pytest.fail("the timeline has no multiple selection")
    main_window.timeline.set_selection(["ev-meta-stake", "ev-droege-pivot", "ev-scale-layoffs"])
    forms.delete_selected_action.trigger()
    assert views(main_window) == (10, 10)
    assert main_window.undo_action.text() == "&Undo Delete 3 events"
    main_window.undo()
    assert views(main_window) == (13, 13)


def test_edit_and_delete_need_a_selection_in_the_menu(qtbot, forms: FormActions, main_window: MainWindow) -> None:
    main_window.select_event(None)
    main_window.edit_menu.aboutToShow.emit()
    assert not forms.edit_selected_action.isEnabled() and not forms.delete_selected_action.isEnabled()
    assert forms.new_event_action.isEnabled()
    main_window.edit_menu.aboutToHide.emit()
    forms.edit_selected_action.trigger()  # from the keyboard with nothing selected: a word in the status bar
    assert "Select an event" in main_window.statusBar().currentMessage()
    main_window.select_event("ev-meta-stake")
    main_window.edit_menu.aboutToShow.emit()
    assert forms.edit_selected_action.isEnabled() and forms.delete_selected_action.isEnabled()
    main_window.edit_menu.aboutToHide.emit()


def test_read_only_cases_disable_every_form(qtbot, bundled_case: Path, tmp_path: Path) -> None:
    writable = tmp_path / "writable.case.db"
    writable.write_bytes(bundled_case.read_bytes())
    bundled_case.chmod(0o444)
    window = MainWindow(open_case(bundled_case))
    qtbot.addWidget(window)
    forms = install(window)
    assert window.store.readonly
    assert not any(action.isEnabled() for action in forms.actions())
    window.edit_menu.aboutToShow.emit()
    assert not any(action.isEnabled() for action in forms.actions())
    window.edit_menu.aboutToHide.emit()
    assert window.open_case_file(writable)
    assert all(action.isEnabled() for action in forms.actions())
    assert window.open_case_file(bundled_case)
    assert not any(action.isEnabled() for action in forms.actions())


def test_an_event_with_notes_is_deleted_only_when_the_user_says_so(qtbot, forms: FormActions, main_window: MainWindow,
                                                                    monkeypatch) -> None:
    """Its notes go with it: the user is asked first, and told afterwards how to get both back."""
    from explorer.core.models import Note
    from explorer.ui.messages import Dialogs

    store = main_window.store
    for number in (1, 2):
        note = Note(f"note-on-stake-{number}", NoteTarget.EVENT, f"Why 49% ({number})", "2026-01-01T00:00:00Z",
                    "2026-01-01T00:00:00Z", target_uid="ev-meta-stake")
        assert main_window.run(undo.put(store, note))
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(Dialogs, "confirm", classmethod(lambda cls, parent, title, text, action: asked.append(text) or answer[0]))
    main_window.select_event("ev-meta-stake")
    main_window.timeline.setFocus()
    qtbot.keyClick(main_window.timeline, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "Meta takes a 49% non-voting stake" in asked[0] and "2 notes" in asked[0]
    assert store.event("ev-meta-stake") is not None and store.note("note-on-stake-1") is not None  # cancelled
    answer[0] = True
    qtbot.keyClick(main_window.timeline, Qt.Key.Key_Delete)
    assert store.event("ev-meta-stake") is None and store.note("note-on-stake-2") is None
    assert main_window.statusBar().currentMessage().startswith("Deleted 1 event and 2 notes — Edit ▸ Undo")
    main_window.undo()
    assert store.event("ev-meta-stake") is not None and store.note("note-on-stake-2") is not None
    main_window.select_event("ev-droege-pivot")  # no notes on it: no question
    main_window.event_table.setFocus()
    qtbot.keyClick(main_window.event_table, Qt.Key.Key_Delete)
    assert len(asked) == 2 and store.event("ev-droege-pivot") is None
    assert main_window.statusBar().currentMessage() == "Deleted 1 event — Edit ▸ Undo brings it back."
    main_window.undo()  # the pivot back (the stake came back above)
    main_window.delete_events(["ev-meta-stake", "ev-droege-pivot"])  # several events, notes on one of them
    assert asked[-1].startswith("Delete 2 events and the 2 notes written on them?")
    assert main_window.statusBar().currentMessage() == "Deleted 2 events and 2 notes — Edit ▸ Undo brings them back."


def test_a_read_only_case_offers_no_import_and_no_new_note(qtbot, bundled_case: Path, tmp_path: Path) -> None:
    """File ▸ Import and Import Notes, Edit ▸ New Note and Note on This Period did nothing, or said
    why only after a file was chosen (a new user's trial): they are disabled, and come back with a
    writable case. Exports stay."""
    writable = tmp_path / "writable.case.db"
    writable.write_bytes(bundled_case.read_bytes())
    bundled_case.chmod(0o444)
    window = MainWindow(open_case(bundled_case), automatic_backups=False)
    qtbot.addWidget(window)
    menus = window.notes.menus
    adding = [window.interchange.import_action, menus.import_action, menus.new_note_action, menus.period_note_action]
    keeping = [window.interchange.export_action, menus.export_action, menus.brief_action]
    assert window.store.readonly
    assert not any(action.isEnabled() for action in adding) and all(action.isEnabled() for action in keeping)
    assert window.open_case_file(writable)
    assert all(action.isEnabled() for action in adding + keeping)
    assert window.open_case_file(bundled_case)
    assert not any(action.isEnabled() for action in adding)
