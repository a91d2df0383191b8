"""The relationship panel on its own: what it draws on a date, filters, ghosts, compare, layouts,
the table model, exports and the headless render; screenshots to look at."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QImage

from explorer.core import dates
from explorer.core.models import Certainty
from explorer.core.network import ChangeKind, EdgeState, LayoutKind, Mode, RelationshipFilter
from explorer.ui import app_theme
from explorer.ui.relationships import RelationshipsPanel, render_relationships
from explorer.ui.relationships.dialogs import RelationshipDialogs
from explorer.ui.relationships.theme import GHOST_OPACITY


def at(text: str) -> int:
    return dates.start_seconds(dates.parse(text))


@pytest.fixture
def panel(shown_panel) -> RelationshipsPanel:
    return shown_panel((1500, 850), "2025-06-01")


def visible_edges(panel: RelationshipsPanel) -> set[str]:
    return {uid for uid, edge in panel.scene.edges.items() if edge.isVisible()}


def test_every_entity_and_relationship_is_drawn_with_its_type_and_certainty(panel) -> None:
    assert len(panel.scene.nodes) == 10 and len(panel.scene.edges) == 17
    looks = panel.scene.looks
    assert looks["rel-google-customer-scale"].lines == ("customer of · reported", "largest customer (reported)", "ends June 2025")
    assert looks["rel-meta-investor-scale"].lines == ("investor in", "49%, non-voting; $14.3B", "begins June 2025")
    assert panel.scene.edges["rel-openai-competitor-meta"].relationship.directed is False
    # parallel edges between Wang and Scale fan out instead of lying on top of each other
    bends = sorted(panel.scene.edges[uid].bend for uid in ("rel-wang-founder-scale", "rel-wang-ceo-scale", "rel-wang-board-scale"))
    assert len(set(bends)) == 3
    # people are drawn smaller than companies
    assert panel.scene.nodes["alexandr-wang"].size < panel.scene.nodes["scale-ai"].size
    legend = panel.legend.text()
    for words in ("company", "person", "active", "ended", "confirmed", "reported", "planned", "denied", "customer / supplier"):
        assert words in legend


def test_edges_are_placed_with_labels_that_do_not_overlap(panel) -> None:
    placed = [edge.label_rect for edge in panel.scene.edges.values() if edge.label_rect is not None and edge.isVisible()]
    assert len(placed) >= 14
    for i, rect in enumerate(placed):
        assert not any(rect.intersects(other) for other in placed[i + 1 :])
        for node in panel.scene.nodes.values():
            assert not rect.intersects(node.mapRectToScene(node.name_rect))


def test_ghosts_show_relationships_that_have_not_begun(qtbot, panel) -> None:
    panel.set_as_of(at("2024-06-01"), animate=False)
    edge = panel.scene.edges["rel-meta-investor-scale"]
    assert panel.scene.looks[edge.uid].state is EdgeState.NOT_BEGUN and not edge.isVisible()
    qtbot.mouseClick(panel.controls.ghosts, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.scene.fading)
    assert edge.isVisible() and edge.strength == pytest.approx(GHOST_OPACITY)
    assert "from June 2025" in panel.scene.looks[edge.uid].lines
    assert "not yet begun" in panel.legend.text()
    assert QSettings().value("relationships/ghosts", type=bool) is True


def test_filters_apply_to_the_graph_and_the_table(qtbot, panel) -> None:
    controls = panel.controls
    controls.type_box.setCurrentIndex(controls.type_box.findData("customer_of"))
    controls.type_box.activated.emit(controls.type_box.currentIndex())
    assert panel.table.table_model.rowCount() == 6
    assert visible_edges(panel) == {uid for uid, e in panel.scene.edges.items() if e.relationship.type == "customer_of"}
    assert panel.scene.nodes["alexandr-wang"].faded  # no customer ties: faded out of the way
    panel.set_filter(RelationshipFilter(entity="jason-droege"))
    assert {row.relationship.uid for row in panel.table.table_model.rows} == {"rel-droege-ceo-scale", "rel-droege-exec-scale"}
    assert controls.entity_box.currentData() == "jason-droege" and controls.type_box.currentData() is None
    assert visible_edges(panel) == {"rel-droege-ceo-scale", "rel-droege-exec-scale"}
    panel.set_filter(RelationshipFilter(certainties=frozenset({Certainty.REPORTED})))
    assert panel.table.table_model.rowCount() == 4
    assert controls.certainty_box.currentData() == "reported"
    panel.set_filter(RelationshipFilter())
    assert panel.table.table_model.rowCount() == 17


def test_the_compare_tab_compares_by_itself_and_typed_dates_start_a_comparison(qtbot, panel) -> None:
    """A new user opened the Compare tab and typed two dates: nothing happened until More ▸ Compare…"""
    panel.set_as_of(at("2025-06-14"), animate=False)
    assert not panel.comparing
    panel.tabs.setCurrentWidget(panel.compare_view)  # opening the tab compares the month around the cursor
    assert panel.comparing and panel.compare_view.range == (at("2025-06-01"), at("2025-07-01"))
    assert panel.compare_view.lines()
    panel.set_comparing(False)  # off again: no list left over from it
    assert not panel.compare_view.lines() and "→" not in panel.compare_view.summary.text()
    assert panel.controls.date_label.text() == "As of 14 June 2025"
    panel.compare_view.from_edit.setText("2025-01-01")  # typed in the tab while not comparing
    panel.compare_view.to_edit.setText("2025-07-31")
    panel.compare_view.to_edit.editingFinished.emit()
    assert panel.comparing and panel.compare_view.range == (at("2025-01-01"), at("2025-07-31"))
    assert panel.compare_view.summary.text().startswith("1 January 2025 → 31 July 2025: ")
    assert panel.controls.date_label.text() == "Comparing 1 January 2025 → 31 July 2025"


def test_compare_lists_the_changes_and_their_causing_events(qtbot, panel) -> None:
    panel.set_as_of(at("2025-06-14"), animate=False)
    picked: list[str] = []
    panel.event_chosen.connect(picked.append)
    qtbot.mouseClick(panel.controls.compare, Qt.MouseButton.LeftButton)
    assert panel.comparing and panel.compare_view.range == (at("2025-06-01"), at("2025-07-01"))
    assert panel.controls.date_label.text() == "Comparing 1 June 2025 → 1 July 2025"
    lines = panel.compare_view.lines()
    assert lines[:2] == [
        "Added: Meta is an investor in Scale AI", "  June 2025 · starts: Meta takes a 49% non-voting stake for $14.3 billion",
    ]
    assert "Ended: OpenAI is a customer of Scale AI" in lines
    assert "  18 June 2025 · ends: OpenAI confirms it is winding down work with Scale" in lines
    assert "Changed: Meta is a customer of Scale AI" in lines
    assert panel.compare_view.summary.text() == "1 June 2025 → 1 July 2025: 3 added, 6 ended, 1 changed, 1 reaffirmed"
    looks = panel.scene.looks
    assert looks["rel-meta-investor-scale"].change is ChangeKind.ADDED and looks["rel-meta-investor-scale"].lines[-1].startswith("+ added")
    assert looks["rel-google-customer-scale"].change is ChangeKind.ENDED and panel.scene.edges["rel-google-customer-scale"].isVisible()
    assert looks["rel-friar-exec-openai"].change is None and looks["rel-friar-exec-openai"].opacity < 0.3  # unchanged: context only
    tree = panel.compare_view.tree
    first = tree.topLevelItem(0)
    tree.itemClicked.emit(first.child(0), 0)
    assert picked == ["ev-meta-stake"]
    tree.itemClicked.emit(first, 0)
    assert panel.selected == ("relationship", "rel-meta-investor-scale")
    panel.compare_view.from_edit.setText("2025-06-10")
    panel.compare_view.to_edit.setText("2025-06-20")
    panel.compare_view.from_edit.editingFinished.emit()
    assert panel.compare_view.summary.text() == "10 June 2025 → 20 June 2025: 1 changed, 3 reaffirmed"
    panel.set_mode(Mode.KNOWN)
    assert "Ended: Google is a customer of Scale AI" in panel.compare_view.lines()
    panel.compare_view.from_edit.setText("June")
    panel.compare_view.from_edit.editingFinished.emit()
    assert panel.compare_view.problem.isVisibleTo(panel.compare_view) and "Not a date" in panel.compare_view.problem.text()
    panel.set_comparing(False)
    assert panel.controls.date_label.text() == "As of 14 June 2025" and panel.scene.looks["rel-meta-investor-scale"].change is None


def test_layouts_can_be_chosen_and_the_choice_is_remembered(qtbot, panel) -> None:
    default = panel.scene.positions()
    box = panel.controls.layout_box
    box.setCurrentIndex(box.findData("columns"))
    box.activated.emit(box.currentIndex())
    assert panel.layout_kind is LayoutKind.COLUMNS
    columns = panel.scene.positions()
    assert columns != default and columns["openai"][0] < columns["scale-ai"][0] < columns["jason-droege"][0]
    assert QSettings().value("relationships/layout") == "columns"
    panel.set_layout_kind(LayoutKind.CIRCULAR)
    panel.set_layout_kind(LayoutKind.DEFAULT)
    assert panel.scene.positions() == default  # deterministic: the same picture again


def test_the_table_model_passes_the_qt_model_tester(qtmodeltester, panel) -> None:
    model = panel.table.table_model
    qtmodeltester.check(model)
    case_order = [row.relationship.uid for row in model.rows]
    assert case_order[0] == "rel-openai-customer-scale"  # unsorted: the case's own order
    model.sort(3)
    assert model.rows[0].relationship.start is None  # unknown starts first
    model.sort(7, Qt.SortOrder.DescendingOrder)
    assert model.rows[0].state is EdgeState.ENDING
    qtmodeltester.check(model)
    model.sort(-1)
    assert [row.relationship.uid for row in model.rows] == case_order
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == ["Type", "From", "To", "Start", "End", "Certainty", "Sources", "On the date"]
    row = model.rows[model.row_of("rel-google-customer-scale")]
    assert [row.text(i) for i in range(8)] == ["customer of", "Google", "Scale AI", "—", "June 2025", "reported", "Reuters", "ending"]


def test_exports_write_valid_png_and_svg_files(qtbot, panel, tmp_path: Path, monkeypatch, screenshot_dir: Path) -> None:
    targets = {"png": tmp_path / "graph", "svg": tmp_path / "graph.svg"}
    monkeypatch.setattr(RelationshipDialogs, "export_path", classmethod(lambda cls, parent, fmt, suggested: str(targets[fmt])))
    panel.controls.export_requested.emit("png")
    panel.controls.export_requested.emit("svg")
    image = QImage(str(targets["png"]))
    assert not image.isNull() and image.size() == QSize(1600, 1000)
    assert len({image.pixel(x, y) for x in range(0, 1600, 40) for y in range(0, 1000, 40)}) > 10  # a drawing, not a blank
    root = ElementTree.parse(targets["svg"]).getroot()
    assert root.tag.endswith("svg")
    text = targets["svg"].read_text(encoding="utf-8")
    assert "Relationships as of 1 June 2025" in text and "Scale AI" in text and "investor in" in text
    shutil.copy(targets["png"], screenshot_dir / "relationships-export.png")


def test_render_relationships_draws_any_case_on_any_date(qtbot, bundled_store) -> None:
    image = render_relationships(bundled_store, at("2025-07-01"), QSize(1200, 800), "dark", "known")
    assert image.size() == QSize(1200, 800) and not image.isNull()
    assert QImage(image).pixelColor(3, 3).lightness() < 60  # the dark theme's background
    light = render_relationships(bundled_store, at("2025-07-01"), (900, 600))
    assert light.size() == QSize(900, 600) and light.pixelColor(3, 3).lightness() > 200


def test_the_panel_follows_the_application_theme(qtbot, panel) -> None:
    app_theme.apply("dark")
    try:
        qtbot.waitUntil(lambda: panel.theme.name == "dark")
        assert panel.scene.backgroundBrush().color().lightness() < 60
    finally:
        app_theme.apply("light")
    qtbot.waitUntil(lambda: panel.theme.name == "light")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshots_before_and_after_the_deal(qtbot, bundled_store, screenshot_dir: Path, theme: str) -> None:
    app_theme.apply(theme)
    try:
        panel = RelationshipsPanel(bundled_store, theme_name=theme)
        qtbot.addWidget(panel)
        panel.resize(1500, 850)
        panel.show()
        qtbot.waitExposed(panel)
        panel.tabs.setCurrentWidget(panel.table)  # the table beside the graph: every relationship's state that day
        for day in ("2025-06-01", "2025-07-01"):
            panel.set_as_of(at(day), animate=False)
            image = panel.grab()
            assert image.width() == 1500
            name = f"relationships-{day}-{theme}.png"
            assert image.save(str(screenshot_dir / name))
        # why did it change? OpenAI–Scale as publicly known on 19 June: ended, with its events and sources
        panel.set_mode(Mode.KNOWN)
        panel.set_as_of(at("2025-06-19"), animate=False)
        panel.select_relationship("rel-openai-customer-scale")
        assert "ended as publicly known" in panel.detail.text()
        name = f"relationships-why-2025-06-19-{theme}.png"
        assert panel.grab().save(str(screenshot_dir / name))
    finally:
        app_theme.apply("light")


def test_a_few_thousand_entities_stay_responsive_and_labels_wait_for_zoom(qtbot) -> None:
    import random
    import time

    from explorer.core.models import Entity, EntityKind, Relationship
    from explorer.core.store import CaseStore

    store = CaseStore.in_memory()
    rng = random.Random(11)
    with store.db.atomic():
        for i in range(2500):
            store.put_entity(Entity(f"e{i}", EntityKind.PERSON if i % 4 == 0 else EntityKind.COMPANY, f"Entity number {i}"))
        for i in range(3500):
            a, b = rng.randrange(2500), rng.randrange(2500)
            if a != b:
                store.put_relationship(Relationship(f"r{i}", f"e{a}", f"e{b}", rng.choice(["customer_of", "ceo_of", "partner_of"]),
                                                    start=dates.parse(str(rng.randrange(1990, 2020))), label="a label"))
    started = time.perf_counter()
    panel = RelationshipsPanel(store)
    qtbot.addWidget(panel)
    panel.resize(1400, 850)
    panel.show()
    qtbot.waitExposed(panel)
    assert time.perf_counter() - started < 15.0  # about 3 s on a 2-core machine
    assert panel.view.scale_factor() < panel.scene.canvas.label_lod  # fitted: far too small to read names, so none are drawn
    started = time.perf_counter()
    panel.set_as_of(at("2005"), animate=False)
    panel.view.grab()
    assert time.perf_counter() - started < 3.0  # about 0.6 s
    panel.view.zoom(panel.scene.canvas.label_lod / panel.view.scale_factor() * 1.1)
    started = time.perf_counter()
    panel.view.grab()  # zoomed in: few entities in view, their names drawn
    assert time.perf_counter() - started < 1.0
    store.close()


def test_the_legend_can_be_hidden_for_room_and_stays_hidden(qtbot, panel, bundled_store) -> None:
    assert panel.legend.isVisible()
    height = panel.view.height()
    qtbot.mouseClick(panel.controls.legend, Qt.MouseButton.LeftButton)
    assert not panel.legend.isVisible()
    qtbot.waitUntil(lambda: panel.view.height() > height)  # the graph gets the room
    again = RelationshipsPanel(bundled_store)
    qtbot.addWidget(again)
    assert not again.controls.legend.isChecked() and again.legend.isHidden()


def test_certainty_is_drawn_by_pattern_and_words_not_by_colour(qtbot, screenshot_dir: Path) -> None:
    from explorer.core.models import Entity, EntityKind, Relationship
    from explorer.core.store import CaseStore

    store = CaseStore.in_memory()
    store.put_entity(Entity("hub", EntityKind.COMPANY, "Hub Corp"))
    for i, certainty in enumerate(Certainty):
        kind = (EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.GROUP)[i % 3]
        store.put_entity(Entity(f"e{i}", kind, f"{certainty} party"))
        store.put_relationship(Relationship(f"r{i}", f"e{i}", "hub", "partner_of", certainty=certainty))
    panel = RelationshipsPanel(store)
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    qtbot.waitExposed(panel)
    pens = {panel.scene.edges[f"r{i}"].relationship.certainty: panel.scene.edges[f"r{i}"]._pen() for i in range(len(Certainty))}
    assert pens[Certainty.CONFIRMED].style() == Qt.PenStyle.SolidLine
    assert pens[Certainty.PLANNED].style() == Qt.PenStyle.DotLine
    assert pens[Certainty.DISPUTED].style() == Qt.PenStyle.DashDotLine
    assert pens[Certainty.REPORTED].dashPattern() != pens[Certainty.RUMORED].dashPattern()
    assert len({pen.color().name() for pen in pens.values()}) == 1  # one type, one colour: the pattern tells them apart
    assert [panel.scene.looks[f"r{i}"].lines[0] for i in range(3)] == ["partner of", "partner of · reported", "partner of · rumoured"]
    assert panel.legend.text().startswith("Entities · company · person · organization · group")
    assert panel.grab().save(str(screenshot_dir / "relationships-certainties-light.png"))


def test_a_panel_made_on_a_date_draws_that_date_once(qtbot, bundled_store, monkeypatch) -> None:
    """The main window makes the panel on the timeline cursor's date: the graph, its table and its
    date are that date's from the start, and drawn once (not first as of 1970 and then again)."""
    later = RelationshipsPanel(bundled_store)
    qtbot.addWidget(later)
    later.set_as_of(at("2025-06-20"), animate=False)
    shows = []
    original = RelationshipsPanel._show
    monkeypatch.setattr(RelationshipsPanel, "_show", lambda self, animate: shows.append(self.seconds) or original(self, animate))
    panel = RelationshipsPanel(bundled_store, as_of=at("2025-06-20"))
    qtbot.addWidget(panel)
    assert shows == [at("2025-06-20")]
    assert panel.controls.date_label.text() == "As of 20 June 2025"
    assert visible_edges(panel) == visible_edges(later) != set()
