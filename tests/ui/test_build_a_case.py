"""Issue 5's "done when": a consultant builds a small case from an empty file entirely in the GUI
(entities, events, a relationship, through the Edit menu and a double-click on the timeline),
undoes every step back to the empty file, redoes it all, and timeline and table stay in step."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.core import dates
from explorer.core.casefile import new_case, open_case
from explorer.ui.forms.entity_form import EntityForm
from explorer.ui.forms.event_form import EventForm
from explorer.ui.forms.relationship_form import RelationshipForm
from explorer.ui.main_window import MainWindow
from tests.ui.test_forms_support import ModalDriver, ok, pick, replace_text, views

TABLES = ("entity", "event", "event_entity", "relationship", "event_effect", "citation", "source", "era")


def content(path: Path) -> dict[str, list[tuple]]:
    """Every row of the tables a consultant edits, read on a connection of its own."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in TABLES}
    finally:
        conn.close()


@pytest.fixture
def empty_window(qtbot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "mine.case.db"
    new_case(path, "My first case")
    window = MainWindow(open_case(path))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_build_a_case_from_empty_then_undo_all_and_redo_all(qtbot, empty_window: MainWindow) -> None:
    window, store = empty_window, empty_window.store
    path = store.db.path
    empty = content(path)
    assert views(window) == (0, 0)
    driver = ModalDriver(qtbot)
    forms = window.forms

    def entity(kind: str, name: str):
        def fill(form: EntityForm) -> None:
            pick(qtbot, form.kind_box, kind)
            qtbot.keyClicks(form.name_edit, name)
            ok(qtbot, form)
        return fill

    for kind, name in (("Company", "Acme Robotics"), ("Person", "Jane Doe")):
        driver.on_next(EntityForm, entity(kind, name))
        forms.new_entity_action.trigger()
        driver.check()

    def founding(form: EventForm) -> None:
        assert form.start_edit.date() is not None, "a new event in an empty case starts today, not in 1970"
        replace_text(qtbot, form.start_edit, "March 2019")
        qtbot.keyClicks(form.title_edit, "Acme Robotics is founded")
        form.tabs.setCurrentIndex(1)
        qtbot.mouseClick(form.participants_editor.add_button, Qt.MouseButton.LeftButton)
        entity_box, _role = (control for control, _name in form.participants_editor.rows[0].named)
        pick(qtbot, entity_box, "Acme Robotics")
        ok(qtbot, form)

    driver.on_next(EventForm, founding)
    forms.new_event_action.trigger()
    driver.check()
    assert views(window) == (1, 1)
    x0, x1 = window.timeline.visible_range()
    assert x0 <= dates.to_seconds(2019, 3, 1) <= x1, "the new event is brought into view, wherever the view was"
    assert [lane.name for lane in window.timeline.index.marks(window.timeline.lane_mode).lanes][:1] == ["Acme Robotics"]

    def hired(form: EventForm) -> None:  # the double-click filled in the date and the lane's entity
        assert form.participants_editor.participants()[0].entity_uid == store.entities()[0].uid
        qtbot.keyClicks(form.title_edit, "Jane Doe joins Acme as CEO")
        ok(qtbot, form)

    acme = next(e.uid for e in store.entities() if e.name == "Acme Robotics")
    driver.on_next(EventForm, hired)
    window.timeline.add_requested.emit(dates.to_seconds(2021, 5, 3), acme)
    driver.check()
    assert views(window) == (2, 2)

    def tie(form: RelationshipForm) -> None:
        pick(qtbot, form.source_picker, "Jane Doe")
        pick(qtbot, form.target_picker, "Acme Robotics")
        qtbot.keyClicks(form.type_box, "employee of")
        qtbot.keyClicks(form.start_edit.line, "May 2021")
        ok(qtbot, form)

    driver.on_next(RelationshipForm, tie)
    forms.new_relationship_action.trigger()
    driver.check()
    built = content(path)
    assert [len(built[t]) for t in ("entity", "event", "event_entity", "relationship")] == [2, 2, 2, 1]
    assert len(window.relationships_controller.panel.scene.edges) == 1

    steps = 0
    while window.undo_action.isEnabled():
        window.undo_action.trigger()
        steps += 1
        assert views(window)[0] == views(window)[1], "timeline and table in step while undoing"
    assert steps == 5
    assert content(path) == empty
    assert views(window) == (0, 0) and not window.relationships_controller.panel.scene.edges

    while window.redo_action.isEnabled():
        window.redo_action.trigger()
        assert views(window)[0] == views(window)[1], "timeline and table in step while redoing"
    assert content(path) == built
    assert views(window) == (2, 2) and len(window.relationships_controller.panel.scene.edges) == 1
