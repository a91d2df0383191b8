"""Edit ▸ Entities… and Edit ▸ Relationships…: rename, add and delete them in the GUI; deleting an
entity takes its lane, its participations and its relationships with it, and one undo brings all back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from explorer.ui.forms.actions import FormActions, install
from explorer.ui.forms.entity_form import EntityForm
from explorer.ui.forms.network_managers import EntitiesDialog, RelationshipsDialog
from explorer.ui.forms.relationship_form import RelationshipForm
from explorer.ui.main_window import MainWindow
from tests.ui.test_forms_support import ModalDriver, activate, ok, replace_text


@pytest.fixture
def forms(main_window: MainWindow) -> FormActions:
    return install(main_window)


def _choose(dialog, column: int, text: str) -> None:
    items = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
    dialog.list.setCurrentItem(next(item for item in items if item.text(column) == text))


def _lanes(window: MainWindow) -> list[str]:
    return list(window.timeline.lane_axis.names)


def test_entities_manager_renames_and_deletes_with_everything_tied_to_the_entity(qtbot, forms: FormActions, main_window) -> None:
    store = main_window.store
    graph = main_window.relationships_controller.panel
    ties = {r.uid for r in store.relationships_of_entity("meta")}
    events_with_meta = set(store.event_uids_with_entity("meta"))
    assert ties and events_with_meta and "Meta" in _lanes(main_window)
    driver = ModalDriver(qtbot)

    def rename(form: EntityForm) -> None:
        assert form.windowTitle() == "Edit Entity" and form.name_edit.text() == "Meta"
        replace_text(qtbot, form.name_edit, "Meta Platforms")
        ok(qtbot, form)

    def manage(dialog: EntitiesDialog) -> None:
        assert dialog.list.topLevelItemCount() == len(store.entities())
        _choose(dialog, 0, "Meta")
        assert dialog.list.currentItem().text(2) == f"{len(events_with_meta)} events"
        driver.on_next(EntityForm, rename)
        qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
        assert dialog.list.currentItem().text(0) == "Meta Platforms"
        activate(qtbot, dialog)
        dialog.list.setFocus()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
        assert "Meta Platforms" not in [dialog.list.topLevelItem(i).text(0) for i in range(dialog.list.topLevelItemCount())]
        qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)

    driver.on_next(EntitiesDialog, manage)
    forms.entities_action.trigger()
    driver.check()
    assert store.entity("meta") is None
    assert not store.relationships_of_entity("meta") and not store.event_uids_with_entity("meta")
    assert not ties & set(graph.scene.edges), "the graph lost Meta's ties at once"
    assert "Meta Platforms" not in _lanes(main_window) and "Meta" not in _lanes(main_window)
    assert main_window.undo_action.text() == "&Undo Delete entity"
    main_window.undo_action.trigger()
    assert store.entity("meta").name == "Meta Platforms"
    assert {r.uid for r in store.relationships_of_entity("meta")} == ties
    assert set(store.event_uids_with_entity("meta")) == events_with_meta
    assert ties <= set(graph.scene.edges)
    assert "Meta Platforms" in _lanes(main_window)
    main_window.undo_action.trigger()
    assert store.entity("meta").name == "Meta" and "Meta" in _lanes(main_window)


def test_relationships_manager_edits_and_deletes_a_tie(qtbot, forms: FormActions, main_window) -> None:
    store = main_window.store
    before = len(store.relationships())
    driver = ModalDriver(qtbot)

    def relabel(form: RelationshipForm) -> None:
        assert form.windowTitle() == "Edit Relationship"
        replace_text(qtbot, form.label_edit, "49% non-voting stake")
        ok(qtbot, form)

    def manage(dialog: RelationshipsDialog) -> None:
        assert dialog.list.topLevelItemCount() == before
        uid_of = {dialog.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole): dialog.list.topLevelItem(i)
                  for i in range(dialog.list.topLevelItemCount())}
        dialog.list.setCurrentItem(uid_of["rel-meta-investor-scale"])
        driver.on_next(RelationshipForm, relabel)
        qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
        assert dialog.list.currentItem().text(1) == "49% non-voting stake"
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        assert dialog.list.topLevelItemCount() == before - 1
        qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)

    driver.on_next(RelationshipsDialog, manage)
    forms.relationships_action.trigger()
    driver.check()
    assert store.relationship("rel-meta-investor-scale") is None
    main_window.undo_action.trigger()
    assert store.relationship("rel-meta-investor-scale").label == "49% non-voting stake"
