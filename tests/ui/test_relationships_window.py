"""The relationship panel in the main window: it follows the time cursor, steps it, links the
selection to the timeline, pins entities undoably in the case, adds and deletes relationships."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextCursor

from explorer.core import dates, undo
from explorer.core.models import Certainty, Entity, EntityKind, Relationship
from explorer.core.network import EdgeState, Mode
from explorer.ui.relationships import RelationshipsController, attach
from explorer.ui.relationships.dialogs import RelationshipDialogs


def at(text: str) -> int:
    return dates.start_seconds(dates.parse(text))


@pytest.fixture
def controller(qtbot, main_window) -> RelationshipsController:
    controller = attach(main_window)
    controller.show()
    main_window.resize(1400, 1100)  # room for a 640-pixel panel beside the notes column
    main_window.resizeDocks([controller.dock], [640], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: controller.panel.view.isVisible() and controller.panel.view.viewport().height() > 300)
    return controller


def view_point(controller: RelationshipsController, scene_point: QPointF) -> QPoint:
    return controller.panel.view.mapFromScene(scene_point)


def click_edge(qtbot, controller: RelationshipsController, uid: str) -> None:
    panel = controller.panel
    edge = panel.scene.edges[uid]
    point = edge.point(0.5) if edge.label_rect is None else edge.point(0.2)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(controller, point))


def click_link(qtbot, browser, text: str) -> None:
    """Click the link whose text is ``text`` in a text browser, where it is drawn."""
    document = browser.document()
    found = document.find(text)
    assert not found.isNull(), f"{text!r} is not in the detail"
    cursor = QTextCursor(document)
    cursor.setPosition(found.selectionStart() + 2)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect(cursor).center())


def test_attach_adds_a_dock_tabbed_with_the_events_and_a_toggle(controller, main_window) -> None:
    dock = main_window.findChild(type(controller.dock), "relationshipsDock")
    assert dock is controller.dock and dock.windowTitle() == "Relationships"
    assert controller.dock.toggleViewAction() in main_window.panels_menu.actions()
    assert controller.dock in main_window.tabifiedDockWidgets(main_window.table_dock)
    assert main_window.relationships_controller is controller


def test_the_panel_follows_the_timeline_cursor(qtbot, controller, main_window) -> None:
    panel = controller.panel
    main_window.timeline.set_cursor(at("2025-06-01"))
    assert panel.seconds == at("2025-06-01")
    assert panel.controls.date_label.text() == "As of 1 June 2025"
    looks = panel.scene.looks
    assert looks["rel-meta-investor-scale"].state is EdgeState.BEGINNING
    assert looks["rel-wang-ceo-scale"].state is EdgeState.ENDING and "ends June 2025" in looks["rel-wang-ceo-scale"].lines
    main_window.timeline.set_cursor(at("2025-07-01"))
    qtbot.waitUntil(lambda: not panel.scene.fading)
    looks = panel.scene.looks
    assert looks["rel-meta-investor-scale"].state is EdgeState.ACTIVE
    assert panel.scene.edges["rel-meta-investor-scale"].strength == 1.0
    google = panel.scene.edges["rel-google-customer-scale"]
    assert looks[google.uid].state is EdgeState.ENDED and 0 < google.strength < 0.5  # ended: faded, still there
    model = panel.table.table_model
    assert model.rows[model.row_of("rel-google-customer-scale")].text(7) == "ended"
    main_window.timeline.set_cursor(at("2010"))
    qtbot.waitUntil(lambda: not panel.scene.fading)
    assert not panel.scene.edges["rel-meta-investor-scale"].isVisible()  # not yet begun: hidden (ghosts are off)


def test_dates_before_1901_or_after_2038_reach_the_panel_whole(qtbot, controller, main_window) -> None:
    """Seconds travel between panels in 64 bits: a C int signal wrapped 44 BCE round to a date in 1943."""
    moved: list[int] = []
    main_window.timeline.cursor_moved.connect(moved.append)
    from explorer.core.date_input import parse_input

    for day in ("44 BCE", "1850", "2100", "65 million years ago"):
        seconds = dates.start_seconds(parse_input(day))
        main_window.timeline.set_cursor(seconds)
        assert moved[-1] == seconds and controller.panel.seconds == seconds


def test_stepping_moves_the_cursor_event_by_event_and_fades_the_changes(qtbot, controller, main_window) -> None:
    panel = controller.panel
    panel.set_mode(Mode.KNOWN)
    main_window.timeline.set_cursor(at("2025-06-13"))
    qtbot.waitUntil(lambda: not panel.scene.fading)
    google = panel.scene.edges["rel-google-customer-scale"]
    assert google.strength == 1.0
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_BracketRight)
    assert main_window.timeline.cursor_seconds() == at("2025-06-14")  # Reuters' report became public
    assert panel.seconds == at("2025-06-14")
    assert panel.scene.looks[google.uid].state is EdgeState.ENDING and google.strength == 1.0  # it ends that day
    qtbot.keyClick(panel.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert main_window.timeline.cursor_seconds() == at("2025-06-15")
    assert panel.scene.fading and google.strength == 1.0  # the change fades in, it does not jump
    qtbot.waitUntil(lambda: not panel.scene.fading)
    assert google.strength < 0.5  # ended, faded out
    panel.controls.previous.click()
    panel.controls.previous.click()
    assert main_window.timeline.cursor_seconds() == at("2025-06-12")


def test_known_mode_shows_openai_scale_active_until_the_18th(qtbot, controller, main_window) -> None:
    panel = controller.panel
    main_window.timeline.set_cursor(at("2025-06-17"))
    uid = "rel-openai-customer-scale"
    assert panel.scene.looks[uid].state is EdgeState.ENDING  # as it happened: ended sometime in June
    qtbot.mouseClick(panel.controls.known, Qt.MouseButton.LeftButton)
    assert panel.mode is Mode.KNOWN
    assert panel.scene.looks[uid].state is EdgeState.ACTIVE
    main_window.timeline.set_cursor(at("2025-06-19"))
    assert panel.scene.looks[uid].state is EdgeState.ENDED
    assert "ended 18 June 2025" in panel.scene.looks[uid].lines


def test_an_edge_explains_itself_and_its_events_select_on_the_timeline(qtbot, controller, main_window) -> None:
    panel = controller.panel
    main_window.timeline.set_cursor(at("2025-06-10"))
    qtbot.waitUntil(lambda: not panel.scene.fading)
    with qtbot.waitSignal(panel.relationship_selected, timeout=2000) as blocker:
        click_edge(qtbot, controller, "rel-openai-customer-scale")
    assert blocker.args == ["rel-openai-customer-scale"]
    text = panel.detail.text()
    assert "OpenAI is a customer of Scale AI" in text
    assert "CONFIRMED" in text and "Dates: until June 2025" in text
    assert "Publicly known: until 18 June 2025" in text
    assert "On 10 June 2025: ending as it happened; active as publicly known" in text
    assert "OpenAI confirms it is winding down work with Scale — ended it" in text
    assert "OpenAI gradually uses less of Scale's work — changed it (public 18 June 2025)" in text
    assert "Bloomberg" in text  # the source cited for it
    assert panel.table.selectionModel().selectedRows()[0].row() == panel.table.table_model.row_of("rel-openai-customer-scale")
    click_link(qtbot, panel.detail.browser, "OpenAI confirms it is winding down")
    assert main_window.timeline.selected_uid == "ev-openai-confirms-wind-down"
    assert "OpenAI confirms it is winding down work with Scale" in main_window.detail.text()


def test_selecting_an_entity_highlights_it_and_reveals_its_lane(qtbot, main_window, monkeypatch) -> None:
    revealed: list[str] = []
    monkeypatch.setattr(main_window.timeline, "reveal_entity", revealed.append)
    controller = attach(main_window)
    controller.show()
    panel = controller.panel
    node = panel.scene.nodes["jason-droege"]
    panel.select_entity("jason-droege")
    assert revealed == ["jason-droege"]
    assert node.isSelected() and not node.dimmed
    assert panel.scene.nodes["sarah-friar"].dimmed and not panel.scene.nodes["scale-ai"].dimmed
    assert panel.scene.edges["rel-droege-ceo-scale"].emphasized
    assert "Jason Droege" in panel.detail.text() and "CEO of Scale AI" in panel.detail.text()
    panel.clear_selection()
    assert not panel.scene.nodes["sarah-friar"].dimmed


def test_dragging_an_entity_pins_it_in_the_case_undoably_and_it_stays_after_reopening(
    qtbot, controller, main_window, bundled_case: Path,
) -> None:
    panel = controller.panel
    node = panel.scene.nodes["mercor"]
    before = node.pos()
    start = view_point(controller, before)
    end = start + QPoint(-60, 40)
    viewport = panel.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(-20, 10))
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    pinned = main_window.store.positions()["mercor"]
    assert pinned == (node.pos().x(), node.pos().y()) and node.pos() != before
    assert main_window.undo_action.text() == "&Undo Move entity"
    main_window.undo()
    assert "mercor" not in main_window.store.positions()
    assert node.pos() == before  # back where the layout puts it
    main_window.redo()
    assert panel.scene.nodes["mercor"].pos() == QPointF(*pinned)
    assert main_window.open_case_file(bundled_case)  # close and open the case file again
    assert main_window.store.positions()["mercor"] == pinned
    assert panel.scene.nodes["mercor"].pos() == QPointF(*pinned)


def test_a_line_drawn_between_two_entities_adds_a_relationship_and_undo_removes_it(qtbot, controller, main_window, monkeypatch) -> None:
    panel = controller.panel
    asked: list[tuple[str, str]] = []

    def answer(cls, parent, source, target, types) -> Relationship:
        asked.append((source.uid, target.uid))
        return Relationship("rel-new", source.uid, target.uid, "partner_of", directed=False, certainty=Certainty.RUMORED)

    monkeypatch.setattr(RelationshipDialogs, "new_relationship", classmethod(answer))
    start = view_point(controller, panel.scene.nodes["google"].pos())
    end = view_point(controller, panel.scene.nodes["mercor"].pos())
    viewport = panel.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, start)
    qtbot.mouseMove(viewport, (start + end) / 2)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, end)
    assert asked == [("google", "mercor")]
    assert main_window.store.relationship("rel-new").type == "partner_of"
    assert "rel-new" in panel.scene.edges and panel.selected == ("relationship", "rel-new")
    assert panel.scene.looks["rel-new"].lines[0] == "partner of · rumoured"
    assert panel.scene.nodes["google"].pos() != QPointF()  # the drag moved nothing
    main_window.undo()
    assert main_window.store.relationship("rel-new") is None and "rel-new" not in panel.scene.edges


def test_delete_removes_the_selected_relationship_undoably(qtbot, controller, main_window) -> None:
    panel = controller.panel
    panel.select_relationship("rel-friar-exec-openai")
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert main_window.store.relationship("rel-friar-exec-openai") is None
    assert "rel-friar-exec-openai" not in panel.scene.edges
    assert panel.table.table_model.rowCount() == 16
    main_window.undo()
    assert main_window.store.relationship("rel-friar-exec-openai") is not None
    assert panel.table.table_model.rowCount() == 17 and "rel-friar-exec-openai" in panel.scene.edges


def test_the_panel_follows_edits_made_elsewhere_but_not_its_own_echo(qtbot, controller, main_window) -> None:
    panel = controller.panel
    reloads: list[int] = []
    original = panel.reload
    panel.reload = lambda: (reloads.append(1), original())[1]
    from explorer.core import position_ops

    main_window.run(position_ops.pin(main_window.store, "meta", (5.0, 6.0)), initiator=panel)
    assert reloads == [] and panel.scene.nodes["meta"].pos() != QPointF(5.0, 6.0)  # its own edit: no echo
    main_window.run(position_ops.pin(main_window.store, "meta", (7.0, 8.0)))
    assert reloads == [] and panel.scene.nodes["meta"].pos() == QPointF(7.0, 8.0)  # positions only: no reload
    old = main_window.store.relationship("rel-openai-customer-mercor")
    main_window.run(undo.put(main_window.store, Relationship(old.uid, old.source_uid, old.target_uid, old.type, label="data")))
    assert reloads == [1]
    assert panel.scene.looks[old.uid].lines == ("customer of", "data")  # no longer "reported", no start date


def test_opening_another_case_shows_its_network(qtbot, controller, main_window, tmp_path: Path) -> None:
    from explorer.core.casefile import new_case

    empty = tmp_path / "empty.case.db"
    new_case(empty)
    assert main_window.open_case_file(empty)
    panel = controller.panel
    assert panel.scene.nodes == {} and panel.table.table_model.rowCount() == 0
    assert panel.store is main_window.store
    for uid in ("a", "b"):
        main_window.run(undo.put(main_window.store, Entity(uid, EntityKind.COMPANY, uid.upper())))
    main_window.run(undo.put(main_window.store, Relationship("x", "a", "b", "customer_of")))
    assert set(panel.scene.nodes) == {"a", "b"} and panel.table.table_model.rowCount() == 1  # the new session is followed


def test_the_connect_tool_draws_without_shift_and_double_click_opens_the_form(qtbot, controller, main_window, monkeypatch) -> None:
    panel = controller.panel
    monkeypatch.setattr(RelationshipDialogs, "new_relationship", classmethod(
        lambda cls, parent, source, target, types: Relationship("rel-tool", source.uid, target.uid, "supplier_to")))
    qtbot.mouseClick(panel.controls.connect, Qt.MouseButton.LeftButton)
    assert panel.view.connect_mode
    start, end = (view_point(controller, panel.scene.nodes[uid].pos()) for uid in ("mercor", "openai"))
    qtbot.mousePress(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(panel.view.viewport(), end)
    qtbot.mouseRelease(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert main_window.store.relationship("rel-tool").source_uid == "mercor"
    edited: list[str] = []
    main_window.forms = type("Forms", (), {"edit_relationship": staticmethod(edited.append)})()
    point = view_point(controller, panel.scene.edges["rel-friar-exec-openai"].point(0.2))
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert edited == ["rel-friar-exec-openai"]


def test_a_read_only_case_lets_entities_move_without_saving(qtbot, main_window, bundled_case: Path, tmp_path: Path) -> None:
    import os
    import shutil

    copy = tmp_path / "read-only.case.db"
    shutil.copy(bundled_case, copy)
    os.chmod(copy, 0o444)
    assert main_window.open_case_file(copy) and main_window.store.readonly
    controller = attach(main_window)
    panel = controller.panel
    panel.scene.entity_dragged.emit("meta", 11.0, 22.0)
    assert panel.network.pinned["meta"] == (11.0, 22.0)  # kept for this session
    assert main_window.store.positions() == {} and not main_window.undo_action.isEnabled()
    panel.select_relationship("rel-friar-exec-openai")
    panel.controls.delete.click()
    assert main_window.store.relationship("rel-friar-exec-openai") is not None


def test_the_dock_keeps_its_place_and_follows_the_theme(qtbot, main_window, bundled_case: Path) -> None:
    from explorer.core.casefile import open_case
    from explorer.ui.main_window import MainWindow

    controller = attach(main_window)
    main_window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, controller.dock)
    main_window.set_theme("dark")
    qtbot.waitUntil(lambda: controller.panel.theme.name == "dark")
    main_window.set_theme("light")
    qtbot.waitUntil(lambda: controller.panel.theme.name == "light")
    main_window.close()  # saves the window's layout
    again = MainWindow(open_case(bundled_case))
    qtbot.addWidget(again)
    second = attach(again)
    assert again.dockWidgetArea(second.dock) == Qt.DockWidgetArea.RightDockWidgetArea


def test_the_new_relationship_dialog_checks_what_is_typed(qtbot, bundled_store) -> None:
    from explorer.ui.relationships.dialogs import NewRelationshipDialog

    meta, scale = bundled_store.entity("meta"), bundled_store.entity("scale-ai")
    dialog = NewRelationshipDialog(meta, scale, ["customer_of"])
    qtbot.addWidget(dialog)
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("competitor_of"))
    assert not dialog.directed.isChecked()  # competitors run both ways
    dialog.type_box.setEditText("licenses data to")
    dialog.label_edit.setText("  exclusive  ")
    dialog.start_edit.setText("2025-07")
    dialog.end_edit.setText("2025-05")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and "before the start" in dialog.problem.text()
    dialog.end_edit.setText("")
    dialog.certainty_box.setCurrentIndex(dialog.certainty_box.findData("planned"))
    relationship = dialog.relationship()
    assert (relationship.type, relationship.label) == ("licenses_data_to", "exclusive")
    assert (str(relationship.start), relationship.end) == ("2025-07", None)
    assert relationship.certainty is Certainty.PLANNED and (relationship.source_uid, relationship.target_uid) == ("meta", "scale-ai")
    dialog.start_edit.setText("mid-2025")
    dialog.accept()
    assert "not a date" in dialog.problem.text()


def test_editing_an_event_moves_the_public_date_without_rebuilding_the_graph(qtbot, controller, main_window) -> None:
    from dataclasses import replace

    panel = controller.panel
    panel.set_mode(Mode.KNOWN)
    main_window.timeline.set_cursor(at("2025-06-16"))
    edge = panel.scene.edges["rel-openai-customer-scale"]
    assert panel.scene.looks[edge.uid].state is EdgeState.ACTIVE
    wind_down = main_window.store.event("ev-openai-confirms-wind-down")
    main_window.run(undo.put(main_window.store, replace(wind_down, start=dates.parse("2025-06-15")), "Change date"))
    assert panel.scene.edges["rel-openai-customer-scale"] is edge  # the same item: only its look changed
    assert panel.scene.looks[edge.uid].state is EdgeState.ENDED and "ended 15 June 2025" in panel.scene.looks[edge.uid].lines
    main_window.undo()
    assert panel.scene.looks[edge.uid].state is EdgeState.ACTIVE


def test_clicking_an_entity_selects_it_and_clicking_empty_space_clears_the_selection(qtbot, controller, main_window) -> None:
    panel = controller.panel
    with qtbot.waitSignal(panel.entity_chosen, timeout=2000) as blocker:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(controller, panel.scene.nodes["openai"].pos()))
    assert blocker.args == ["openai"] and panel.selected == ("entity", "openai")
    text = panel.detail.text()
    assert text.startswith("OpenAI") and "customer of Scale AI" in text and "Sarah Friar is an executive of OpenAI" in text
    corner = panel.view.mapFromScene(panel.scene.shown_rect().topLeft()) + QPoint(2, 2)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    assert panel.selected is None and not panel.scene.nodes["scale-ai"].dimmed
    assert "Select a relationship or an entity" in panel.detail.text()


def test_the_controls_wrap_in_a_narrow_dock_instead_of_scrolling_sideways(qtbot) -> None:
    from explorer.ui.relationships.controls import Controls
    from explorer.ui.scroll_strip import ScrollStrip

    controls = Controls()
    controls.set_choices(["investor_in", "customer_of"], [("Meta", "meta"), ("Scale AI", "scale-ai")])
    strip = ScrollStrip(controls)
    qtbot.addWidget(strip)
    strip.show()
    heights = []
    for width in (1400, 900, 620, 470):  # wider than the widest group (the tools); narrower still, it scrolls
        strip.resize(width, strip.height())
        qtbot.wait(30)
        heights.append(strip.height())
        assert not strip.horizontalScrollBar().isVisible(), width
        for button in (controls.export, controls.connect, controls.layout_box, controls.ghosts):
            corner = button.mapTo(strip.viewport(), button.rect().bottomRight())
            assert strip.viewport().rect().contains(corner), (width, button.accessibleName())
    assert heights[0] < heights[-1]  # more rows when narrower
