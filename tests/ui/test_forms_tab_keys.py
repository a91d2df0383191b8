"""Ctrl+PageDown and Ctrl+PageUp (and Ctrl+Tab, Ctrl+Shift+Tab) turn a form's tabs from any field:
the event form's Text box, a drop-down, a date, and the OK button below the tabs. Ctrl+PageDown did
nothing at all, and Ctrl+Tab nothing from the buttons. Alt+letter reaches the tabs by their own
letters (Alt+P the Participants tab, no longer "Became public")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from explorer.ui.forms.event_form import EventForm
from explorer.ui.forms.relationship_form import RelationshipForm
from tests.ui.test_forms_support import activate

CTRL, SHIFT, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.AltModifier
FORWARD = [(Qt.Key.Key_PageDown, CTRL), (Qt.Key.Key_Tab, CTRL)]
BACK = [(Qt.Key.Key_PageUp, CTRL), (Qt.Key.Key_Backtab, CTRL | SHIFT)]


@pytest.fixture
def form(qtbot, bundled_store) -> EventForm:
    shown = EventForm(None, bundled_store, "ev-meta-stake")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    activate(qtbot, shown)
    yield shown
    shown.reject()


@pytest.mark.parametrize("where", ["body_edit", "title_edit", "certainty_box", "start_edit", "ok_button"])
@pytest.mark.parametrize(("key", "modifiers"), FORWARD)
def test_the_next_tab_from_any_field(qtbot, form: EventForm, where: str, key: Qt.Key, modifiers) -> None:
    control = getattr(form, where)
    control = getattr(control, "line", control)  # a date field: its text
    control.setFocus()
    qtbot.keyClick(control, key, modifiers)
    assert form.tabs.currentIndex() == 1  # one step, not two (the tab widget's own Ctrl+Tab does not add one)
    if where != "ok_button":  # the focus goes along to the page shown
        assert form.tabs.widget(1).isAncestorOf(form.focusWidget())


@pytest.mark.parametrize(("key", "modifiers"), BACK)
def test_the_previous_tab_and_round_from_the_first_to_the_last(qtbot, form: EventForm, key: Qt.Key, modifiers) -> None:
    form.body_edit.setFocus()
    qtbot.keyClick(form.body_edit, key, modifiers)
    assert form.tabs.currentIndex() == form.tabs.count() - 1
    qtbot.keyClick(form.focusWidget(), key, modifiers)
    assert form.tabs.currentIndex() == form.tabs.count() - 2
    for _turn in range(2):
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    assert form.tabs.currentIndex() == 0


def test_a_disabled_tab_is_passed_over(qtbot, form: EventForm) -> None:
    form.tabs.setTabEnabled(1, False)
    form.body_edit.setFocus()
    qtbot.keyClick(form.body_edit, Qt.Key.Key_PageDown, CTRL)
    assert form.tabs.currentIndex() == 2


def test_alt_letters_reach_the_tabs_and_the_fields_they_name(qtbot, form: EventForm) -> None:
    form.body_edit.setFocus()
    qtbot.keyClick(form.body_edit, Qt.Key.Key_P, ALT)
    assert form.tabs.currentIndex() == 1  # Participants
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_V, ALT)
    assert form.tabs.currentIndex() == 0  # Event
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_E, ALT)
    assert form.focusWidget() is form.end_edit.line
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_B, ALT)
    assert form.focusWidget() is form.reported_edit.line
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_A, ALT)
    assert form.focusWidget() is form.display_edit


def test_the_relationship_form_turns_its_tabs_too(qtbot, bundled_store) -> None:
    form = RelationshipForm(None, bundled_store, "rel-meta-investor-scale")
    qtbot.addWidget(form)
    form.show()
    activate(qtbot, form)
    qtbot.keyClick(form.summary_edit, Qt.Key.Key_PageDown, CTRL)
    assert form.tabs.currentIndex() == 1
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_R, ALT)
    assert form.tabs.currentIndex() == 1 and form.focusWidget() is not form.certainty_box  # Certainty is on the other page
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_H, ALT)
    assert form.tabs.currentIndex() == 0
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_R, ALT)
    assert form.focusWidget() is form.certainty_box and form.tabs.currentIndex() == 0
    form.reject()
