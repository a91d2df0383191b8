"""The tour editor: drag to reorder, add, remove, move and annotate steps, manage tours; every edit
undoable from the main window's Edit menu, and the editor following undo and redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from explorer.core import dates, tours
from explorer.core.models import StepKind
from explorer.ui.presenter import attach
from explorer.ui.presenter.audience import AudienceView

TOUR = "tour-ten-steps"


@pytest.fixture
def editor(qtbot, main_window, monkeypatch):
    monkeypatch.setattr(AudienceView, "ANIMATION_MS", 30)
    controller = attach(main_window)
    editor = controller.open_editor()
    qtbot.waitExposed(editor)
    yield editor
    controller.stop()
    editor.close()


def _order(store) -> list[str | None]:
    return [step.event_uid or step.headline for step in store.tour(TOUR).steps]


def test_editor_opens_on_the_default_tour_with_its_steps(editor, main_window) -> None:
    assert editor.tour.uid == TOUR
    assert editor.steps.count() == 12
    assert editor.steps.item(0).text().startswith("1. Alexandr Wang founds Scale AI")
    assert editor.steps.item(1).text().startswith("2. Relationships: Who worked with whom before the deal")
    assert editor.title.text() == "The story in twelve steps" and editor.default.isChecked()


def test_dragging_a_step_reorders_the_tour_and_undo_puts_it_back(qtbot, editor, main_window) -> None:
    store = main_window.store
    before = _order(store)
    editor.steps.setCurrentRow(0)
    assert editor.steps.model().moveRow(QModelIndex(), 0, QModelIndex(), 4)  # what a drop in the list does
    qtbot.waitUntil(lambda: _order(store) != before, timeout=2000)
    assert _order(store) == [*before[1:4], before[0], *before[4:]]
    assert main_window.undo_action.text() == "&Undo Reorder steps"
    assert editor.steps.item(3).text().startswith("4. Alexandr Wang founds Scale AI")
    main_window.undo()
    assert _order(store) == before
    assert editor.steps.item(0).text().startswith("1. Alexandr Wang founds Scale AI")  # the editor follows undo
    main_window.redo()
    assert _order(store)[3] == "ev-scale-founded"


def test_move_buttons_remove_and_add_the_selected_event(qtbot, editor, main_window) -> None:
    store = main_window.store
    before = _order(store)
    editor.steps.setCurrentRow(2)
    editor.buttons["up"].click()
    assert _order(store)[1] == before[2] and editor.steps.currentRow() == 1
    editor.buttons["down"].click()
    assert _order(store) == before
    editor.buttons["remove"].click()
    assert len(store.tour(TOUR).steps) == 11 and "ev-meta-deal-announced" not in _order(store)
    main_window.select_event("ev-meta-stake")
    editor.steps.setCurrentRow(0)
    editor.buttons["add_event"].click()
    assert _order(store)[1] == "ev-meta-stake"  # after the chosen step
    assert main_window.undo_action.text() == "&Undo Add step"
    main_window.undo()
    main_window.undo()
    assert _order(store) == before


def test_period_and_relationships_steps_come_from_the_timeline(editor, main_window) -> None:
    store = main_window.store
    main_window.timeline.set_visible_range(dates.to_seconds(2025, 6, 1), dates.to_seconds(2025, 7, 1))
    main_window.timeline.set_cursor(dates.to_seconds(2025, 6, 15))
    editor.steps.setCurrentRow(11)
    editor.buttons["add_range"].click()
    editor.buttons["add_relationships"].click()
    period, relationships = store.tour(TOUR).steps[12:14]
    assert period.kind is StepKind.RANGE and period.window_start == dates.parse("2025-06-01")
    assert relationships.kind is StepKind.RELATIONSHIPS and relationships.as_of == dates.parse("2025-06-15")


def test_annotating_a_step_is_one_undoable_edit_per_field(qtbot, editor, main_window) -> None:
    store = main_window.store
    editor.steps.setCurrentRow(1)  # a relationships step
    form = editor.form
    form.headline.setText("Before the deal")
    form.headline.editingFinished.emit()
    assert store.tour(TOUR).steps[1].headline == "Before the deal"
    assert main_window.undo_action.text() == "&Undo Edit step headline"
    form.notes.setFocus()
    form.notes.setPlainText("Ask the room who supplies whom.")
    form.window_start.setFocus()  # leaving the notes commits them
    assert store.tour(TOUR).steps[1].speaker_notes == "Ask the room who supplies whom."
    assert main_window.undo_action.text() == "&Undo Edit speaker notes"
    form.window_start.setText("May 2025")
    form.window_start.editingFinished.emit()
    assert store.tour(TOUR).steps[1].window_start == dates.parse("2025-05")
    form.as_of.setText("31 February 2025")
    form.as_of.editingFinished.emit()
    assert "does not exist" in form.problem.text()
    assert store.tour(TOUR).steps[1].as_of == dates.parse("2025-06-01")  # refused: unchanged
    main_window.undo()
    main_window.undo()
    assert store.tour(TOUR).steps[1].speaker_notes.startswith("Point out that OpenAI")
    assert form.notes.toPlainText().startswith("Point out that OpenAI")  # the form follows undo


def test_builtin_tours_are_read_only_until_copied(qtbot, editor, main_window) -> None:
    store = main_window.store
    editor.reload(tours.IMPORTANT_EVENTS)
    assert editor.steps.count() == 5 and not editor.editable
    assert not editor.buttons["remove"].isEnabled() and not editor.form.headline.isEnabled()
    assert "make a copy" in editor.hint.text()
    editor.buttons["copy"].click()
    copy = editor.tour
    assert copy.title == "Important events (copy)" and store.tour(copy.uid) is not None
    assert editor.editable and editor.buttons["remove"].isEnabled()
    main_window.undo()
    assert store.tour(copy.uid) is None
    assert editor.tour.uid == TOUR  # the copy is gone: back to the default tour


def test_new_tour_rename_make_default_and_delete(qtbot, editor, main_window) -> None:
    store = main_window.store
    editor.buttons["new"].click()
    new = editor.tour
    assert new.title == "New tour" and new.steps == ()
    editor.title.setText("Board briefing")
    editor.title.editingFinished.emit()
    assert store.tour(new.uid).title == "Board briefing"
    editor.default.click()
    assert store.default_tour().uid == new.uid
    main_window.undo()
    assert store.default_tour().uid == TOUR  # the default flag goes back where it was
    editor.buttons["delete"].click()
    assert store.tour(new.uid) is None
    main_window.undo()
    assert store.tour(new.uid).title == "Board briefing"


def test_present_from_this_step_starts_the_edited_tour_there(qtbot, editor, main_window) -> None:
    editor.steps.setCurrentRow(6)
    editor.buttons["present"].click()
    runner = editor.controller.runner
    qtbot.waitExposed(runner.audience)
    assert runner.show.index == 6 and runner.show.tour.uid == TOUR
    qtbot.keyClick(runner.audience, Qt.Key.Key_Escape)
    assert not editor.controller.presenting


def test_close_button_and_esc_close_the_editor_keeping_what_was_typed(qtbot, editor, main_window) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    close = editor.button_box.button(QDialogButtonBox.StandardButton.Close)
    assert close is not None and close.isVisible()
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    editor.controller.open_editor()
    qtbot.waitExposed(editor)
    editor.steps.setCurrentRow(1)
    editor.form.notes.setFocus()
    editor.form.notes.setPlainText("Typed just before Esc.")
    qtbot.keyClick(editor.form.notes, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert main_window.store.tour(TOUR).steps[1].speaker_notes == "Typed just before Esc."


def test_enter_in_the_title_presses_no_button(qtbot, editor, main_window) -> None:
    from PySide6.QtCore import Qt

    editor.buttons["new"].click()  # an editable tour, its title field enabled
    assert editor.isVisible()
    tours_before = len(main_window.store.tours())
    editor.title.setFocus()
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    assert len(main_window.store.tours()) == tours_before and editor.isVisible()


def test_every_field_and_button_has_its_own_alt_letter(editor) -> None:
    """As in the forms (tests/ui/test_forms_mnemonics.py): the tour editor's labels take the keyboard to
    their field, and no two controls shown at once share an Alt+letter."""
    from tests.ui.test_forms_mnemonics import clashes, reachable

    editor.steps.setCurrentRow(0)  # a step chosen: its form's fields are shown
    keys = reachable(editor)
    letters = {whose: key for key, whose in keys}
    assert len(keys) >= 18, keys  # 13 buttons and a check box, the tour's 2 labels and the step's 5
    assert not clashes(keys), clashes(keys)
    assert letters["label '&Tour'"] == "t" and letters["label 'Spea&ker notes'"] == "k"
