"""The entity and relationship forms: add, edit, delete and undo; the views follow; problems beside fields."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.core import undo
from explorer.core.dates import PartialDate
from explorer.core.models import Certainty, Effect, Entity, EntityKind, EventEffect, Relationship
from explorer.ui.forms.entity_form import EntityForm
from explorer.ui.forms.fields import ColorField
from explorer.ui.forms.relationship_form import RelationshipForm, type_key
from tests.ui.test_forms_support import POPUPS, ModalDriver, ok, pick, replace_text


def _shown(qtbot, form):
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def _message(control) -> str:
    """The problem shown beside a control ('' when none is)."""
    message = control.parentWidget().findChild(type(control.window().summary))
    return message.text() if message is not None and message.isVisible() else ""


def test_add_an_entity_edit_it_and_undo(qtbot, main_window, monkeypatch) -> None:
    store = main_window.store
    form = _shown(qtbot, EntityForm(main_window, store))
    assert form.windowTitle() == "New Entity" and form.focusWidget() is form.name_edit
    pick(qtbot, form.kind_box, "Organization")
    qtbot.keyClicks(form.name_edit, "Nvidia")
    qtbot.keyClicks(form.aliases_edit, "NVIDIA Corporation")
    qtbot.keyClick(form.aliases_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(form.aliases_edit, "Team Green")
    qtbot.keyClicks(form.summary_edit, "Makes the *chips*.")
    monkeypatch.setattr(ColorField, "pick", classmethod(lambda cls, parent, initial: "#76b900"))  # the system colour chooser
    qtbot.mouseClick(form.color_field.button, Qt.MouseButton.LeftButton)
    assert form.color_field.color() == "#76b900"
    qtbot.keyClicks(form.url_edit, "https://www.nvidia.com")
    qtbot.keyClicks(form.wikidata_edit, "Q182477")
    ok(qtbot, form)
    operation = form.operation()
    assert operation.label == "Add entity"
    main_window.run(operation)
    entity = store.entity(form.uid)
    assert entity == Entity(
        form.uid, EntityKind.ORGANIZATION, "Nvidia", ("NVIDIA Corporation", "Team Green"), "Makes the *chips*.",
        "#76b900", "https://www.nvidia.com", "Q182477",
    )

    form = _shown(qtbot, EntityForm(main_window, store, "meta"))
    replace_text(qtbot, form.name_edit, "Meta Platforms")
    ok(qtbot, form)
    operation = form.operation()
    assert operation.label == "Rename entity"
    main_window.run(operation)
    assert "Meta Platforms" in main_window.timeline.lane_axis.names
    main_window.select_event("ev-meta-stake")
    assert "Meta Platforms" in main_window.detail.text()

    main_window.undo()
    assert "Meta" in main_window.timeline.lane_axis.names and "Meta Platforms" not in main_window.timeline.lane_axis.names
    assert "Meta Platforms" not in main_window.detail.text()
    main_window.undo()
    assert store.entity(entity.uid) is None
    main_window.redo()
    assert store.entity(entity.uid) == entity


def test_entity_problems_show_beside_their_fields(qtbot, main_window) -> None:
    form = _shown(qtbot, EntityForm(main_window, main_window.store, "meta"))
    replace_text(qtbot, form.name_edit, "")
    qtbot.keyClicks(form.color_field.edit, "12")  # after "#3b82f6": too long, so it stays "#3b82f6"; type a bad one
    replace_text(qtbot, form.color_field.edit, "#12")
    qtbot.keyClicks(form.wikidata_edit, "42")
    assert _message(form.name_edit) == "An entity needs a name"
    assert _message(form.color_field) == "'#12' is not a colour like #1f77b4"
    assert _message(form.wikidata_edit) == "'42' is not a Wikidata id like Q42"
    assert not form.ok_button.isEnabled()
    qtbot.keyClicks(form.name_edit, "Meta")
    replace_text(qtbot, form.color_field.edit, "")
    replace_text(qtbot, form.wikidata_edit, "Q380")
    assert form.ok_button.isEnabled() and _message(form.name_edit) == ""
    form.reject()


def test_deleting_an_entity_takes_its_ties_and_undo_brings_them_back(qtbot, main_window) -> None:
    store = main_window.store
    counts = store.counts()
    main_window.run(undo.delete(store, Entity, "google", "Delete entity"))
    assert "Google" not in main_window.timeline.lane_axis.names
    assert store.counts()["relationship"] < counts["relationship"]
    main_window.undo()
    assert store.counts() == counts and "Google" in main_window.timeline.lane_axis.names


@POPUPS
def test_add_a_relationship_with_the_events_that_start_it_then_undo(qtbot, main_window) -> None:
    store = main_window.store
    form = _shown(qtbot, RelationshipForm(main_window, store, source="meta"))
    assert form.windowTitle() == "New Relationship"
    assert form.source_picker.currentText() == "Meta"
    pick(qtbot, form.target_picker, "Scale AI")
    qtbot.keyClicks(form.type_box, "competitor of")
    assert not form.directed_box.isChecked()  # competitors: both ways
    replace_text(qtbot, form.type_box.lineEdit(), "owns a stake in")
    assert form.directed_box.isChecked()
    qtbot.keyClicks(form.label_edit, "49%, non-voting")
    qtbot.keyClicks(form.start_edit.line, "June 2025")
    pick(qtbot, form.certainty_box, "Reported")
    qtbot.keyClicks(form.summary_edit, "The deal of the case.")
    form.tabs.setCurrentIndex(1)
    editor = form.effects_editor
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    event, effect = (control for control, _name in editor.rows[0].named)
    pick(qtbot, event, "Meta takes")
    pick(qtbot, effect, "Starts")
    ok(qtbot, form)
    operation = form.operation()
    assert operation.label == "Add relationship"
    main_window.run(operation)
    relationship = store.relationship(form.uid)
    assert relationship == Relationship(
        form.uid, "meta", "scale-ai", "owns_stake_in", True, "49%, non-voting", PartialDate(2025, 6), None,
        Certainty.REPORTED, "The deal of the case.",
    )
    assert store.effects_on_relationship(form.uid) == [EventEffect("ev-meta-stake", form.uid, Effect.STARTS)]
    assert main_window.undo_action.text() == "&Undo Add relationship"
    main_window.undo()
    assert store.relationship(form.uid) is None and not store.effects_on_relationship(form.uid)
    main_window.redo()
    assert store.relationship(form.uid) == relationship
    assert len(store.effects_on_relationship(form.uid)) == 1


def test_edit_a_relationship_its_end_and_its_events(qtbot, main_window) -> None:
    store = main_window.store
    uid = "rel-openai-customer-scale"
    before, effects = store.relationship(uid), store.effects_on_relationship(uid)
    form = _shown(qtbot, RelationshipForm(main_window, store, uid))
    assert form.type_box.currentText() == "customer of" and form.end_edit.text() == "June 2025"
    replace_text(qtbot, form.end_edit, "18 June 2025")
    form.tabs.setCurrentIndex(1)
    assert len(form.effects_editor.rows) == len(effects)
    qtbot.mouseClick(form.effects_editor.rows[0].remove_button, Qt.MouseButton.LeftButton)
    ok(qtbot, form)
    operation = form.operation()
    assert operation.label == "Edit relationship"
    main_window.run(operation)
    assert store.relationship(uid).end == PartialDate(2025, 6, 18)
    assert store.effects_on_relationship(uid) == effects[1:]
    main_window.undo()
    assert store.relationship(uid) == before and store.effects_on_relationship(uid) == effects


@POPUPS
def test_relationship_problems_show_beside_their_fields(qtbot, main_window) -> None:
    store = main_window.store
    counts = store.counts()
    form = _shown(qtbot, RelationshipForm(main_window, store, "rel-openai-customer-scale"))
    pick(qtbot, form.target_picker, "OpenAI")
    assert _message(form.target_picker) == "A relationship needs two different entities"
    assert not form.ok_button.isEnabled()
    pick(qtbot, form.target_picker, "Scale AI")
    replace_text(qtbot, form.type_box.lineEdit(), "")
    assert _message(form.type_box) == "A relationship needs a type"
    qtbot.keyClicks(form.type_box.lineEdit(), "licenses data to")
    assert type_key(form.type_box.currentText()) == "licenses_data_to"
    replace_text(qtbot, form.start_edit, "2025")
    replace_text(qtbot, form.end_edit, "2024")
    assert form.end_edit.note.text() == "The end is before the start (2025)"
    assert not form.ok_button.isEnabled()
    replace_text(qtbot, form.end_edit, "")
    form.tabs.setCurrentIndex(1)
    editor = form.effects_editor
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    first_effect = editor.rows[0].named[1][0].currentText()
    # the first row's event again (chosen by uid: typing its first word finds the next event of that
    # word after the one the new row starts on, which is no longer the first of the case)
    editor.rows[-1].named[0][0].set_uid(editor.rows[0].named[0][0].uid())
    pick(qtbot, editor.rows[-1].named[1][0], first_effect)
    assert editor.message.text() == "An event is listed twice with the same effect"
    assert not form.ok_button.isEnabled()
    qtbot.mouseClick(editor.rows[-1].remove_button, Qt.MouseButton.LeftButton)
    assert form.ok_button.isEnabled()
    ok(qtbot, form)
    main_window.run(form.operation())
    assert store.relationship("rel-openai-customer-scale").type == "licenses_data_to"
    assert store.counts() == counts


@POPUPS
def test_a_new_relationship_is_quiet_until_touched_and_says_at_once_when_from_is_to(qtbot, main_window) -> None:
    form = _shown(qtbot, RelationshipForm(main_window, main_window.store, source="meta", target="scale-ai"))
    type_message = form.type_box.parentWidget().findChild(type(form.summary))
    target_message = form.target_picker.parentWidget().findChild(type(form.summary))
    assert _message(form.type_box) == "A relationship needs a type"
    assert "#b3261e" not in type_message.styleSheet()  # grey, not an error, before anything is typed
    pick(qtbot, form.source_picker, "Scale AI")  # From changed to the entity at To: said loud, beside To
    assert _message(form.target_picker) == "A relationship needs two different entities"
    assert "#b3261e" in target_message.styleSheet()
    form.reject()


def test_add_event_in_a_relationship_form_starts_on_the_event_selected_in_the_window(qtbot, main_window) -> None:
    main_window.select_event("ev-meta-stake")
    seen: list[str | None] = []

    def look(form: RelationshipForm) -> None:
        qtbot.mouseClick(form.effects_editor.add_button, Qt.MouseButton.LeftButton)
        seen.append(form.effects_editor.rows[-1].named[0][0].uid())
        form.reject()

    driver = ModalDriver(qtbot)
    driver.on_next(RelationshipForm, look)
    main_window.forms.new_relationship("meta", "scale-ai")
    driver.check()
    assert seen == ["ev-meta-stake"]
