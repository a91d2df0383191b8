"""The relationship panel stays useful in small docks: names shown (fewer, smaller or shortened,
never none) wherever the entities can be told apart, a compare mode that leaves the graph room,
and a Selected pane wide enough to read. Sizes from a walkthrough on 1366×768 and 1600×1000
screens: a floating dock of 500×370 and 400×300, the docked default, and full screen."""

from __future__ import annotations

from itertools import combinations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsSceneHoverEvent, QSplitter

from explorer.core import dates
from explorer.ui.relationships import RelationshipsPanel, attach
from explorer.ui.relationships.node_item import NodeItem
from tests.conftest import SCREENSHOTS

SHOTS = SCREENSHOTS  # tests/screenshots/, for a person to look at
SIZES = ((500, 370), (400, 300), (1600, 1000))
MIN_NODE_GAP = 10.0  # screen pixels between the centres of any two entities: told apart at a glance
MIN_DETAIL_WIDTH = 200  # the Selected pane, in pixels: a few words a line, not one


def at(text: str) -> int:
    return dates.start_seconds(dates.parse(text))


def shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def make_panel(qtbot, store, width: int, height: int, theme: str = "light") -> RelationshipsPanel:
    panel = RelationshipsPanel(store, theme_name=theme)
    qtbot.addWidget(panel)
    panel.resize(width, height)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_as_of(at("2025-06-20"), animate=False)
    qtbot.wait(20)  # the layout settles (a wrapped row of controls resizes the view once more)
    return panel


def named(panel: RelationshipsPanel) -> list[NodeItem]:
    return [node for node in panel.scene.nodes.values() if node.isVisible() and node.name_shown]


def name_on_screen(panel: RelationshipsPanel, node: NodeItem) -> QRectF:
    """Where the name is drawn in the view, in fractional pixels (whole ones round a name at the edge out)."""
    return panel.view.viewportTransform().mapRect(node.mapRectToScene(node.shown_name_rect))


def node_gap(panel: RelationshipsPanel) -> float:
    """The smallest distance on screen between two entities' centres."""
    points = [panel.view.mapFromScene(node.pos()) for node in panel.scene.nodes.values() if node.isVisible()]
    return min(((a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2) ** 0.5 for a, b in combinations(points, 2))


def assert_names_readable(panel: RelationshipsPanel) -> None:
    shown = named(panel)
    viewport = QRectF(panel.view.viewport().rect())
    assert shown, "no entity in the graph has its name shown"
    for node in shown:
        rect = name_on_screen(panel, node)
        assert viewport.contains(rect), f"{node.entity.name!r} is cut off by the view's edge"
        assert rect.height() >= 11, f"{node.entity.name!r} is too small to read ({rect.height()} px)"
    rects = [node.mapRectToScene(node.shown_name_rect) for node in shown]
    for i, rect in enumerate(rects):
        assert not any(rect.intersects(other) for other in rects[i + 1:]), "two names overlap"
        for node in panel.scene.nodes.values():
            assert not rect.intersects(node.mapRectToScene(node.outline.boundingRect())), "a name covers an entity"


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_names_show_in_small_and_large_panels(qtbot, bundled_store, width: int, height: int, theme: str) -> None:
    panel = make_panel(qtbot, bundled_store, width, height, theme)
    shot(panel, f"names-{width}x{height}-{theme}")
    assert node_gap(panel) >= MIN_NODE_GAP  # the entities can be told apart...
    assert_names_readable(panel)  # ...so they are named
    most_connected = max(panel.scene.nodes.values(), key=lambda n: len(n.edges))
    assert most_connected.name_shown  # the names that matter most win the room
    assert len(named(panel)) >= len(panel.scene.nodes) // 2


def test_a_shortened_name_says_which_entity_it_is(qtbot, bundled_store) -> None:
    panel = make_panel(qtbot, bundled_store, 400, 300)
    assert named(panel)
    for node in named(panel):
        text = node.name_text
        assert text == node.entity.name or (text.endswith("…") and node.entity.name.startswith(text[:-1].rstrip()))
    shortened = [node for node in named(panel) if node.name_text != node.entity.name]
    for node in shortened:  # pointed at, it says its whole name
        node.hoverEnterEvent(QGraphicsSceneHoverEvent())
        assert node.name_text == node.entity.name
        node.hoverLeaveEvent(QGraphicsSceneHoverEvent())


def test_a_selected_or_hovered_entity_always_shows_its_name(qtbot, bundled_store) -> None:
    panel = make_panel(qtbot, bundled_store, 400, 300)
    least = min(panel.scene.nodes.values(), key=lambda n: len(n.edges))
    panel.select_entity(least.uid)
    assert least.name_shown


@pytest.mark.parametrize(("width", "height"), ((500, 370), (400, 300), (980, 330), (1600, 1000)))
def test_compare_keeps_the_graph_readable(qtbot, bundled_store, width: int, height: int) -> None:
    panel = make_panel(qtbot, bundled_store, width, height)
    alone = panel.view.viewport().size()
    panel.set_comparing(True)
    qtbot.wait(20)
    shot(panel, f"compare-{width}x{height}")
    graph = panel.view.viewport().size()
    assert graph.width() >= min(240, alone.width()) and graph.height() >= min(100, alone.height())
    assert graph.width() * graph.height() >= 0.45 * alone.width() * alone.height()
    assert node_gap(panel) >= MIN_NODE_GAP
    assert named(panel)
    assert panel.compare_view.isVisible() and panel.compare_view.tree.viewport().height() >= 60  # the changes show too


@pytest.mark.parametrize(("width", "height"), ((500, 370), (980, 330), (1600, 1000)))
def test_the_selected_pane_is_wide_enough_to_read(qtbot, bundled_store, width: int, height: int) -> None:
    panel = make_panel(qtbot, bundled_store, width, height)
    panel.select_entity("scale-ai")
    shot(panel, f"selected-{width}x{height}")
    if panel.splitter.orientation() == Qt.Orientation.Horizontal:
        assert panel.detail.width() >= MIN_DETAIL_WIDTH
    assert panel.detail.browser.viewport().width() >= MIN_DETAIL_WIDTH - 30
    assert panel.view.viewport().width() >= 200  # and the graph keeps its room


def test_the_docked_default_names_entities_and_reads_the_selected_pane(qtbot, main_window) -> None:
    controller = attach(main_window)
    controller.show()
    main_window.resize(1366, 768)
    qtbot.waitUntil(lambda: controller.panel.view.isVisible() and controller.panel.view.viewport().height() > 60)
    qtbot.wait(20)
    panel = controller.panel
    shot(main_window, "docked-default")
    assert_names_readable(panel)
    assert isinstance(panel.splitter, QSplitter) and panel.detail.width() >= MIN_DETAIL_WIDTH


def test_themes_switch_without_losing_names(qtbot, bundled_store) -> None:
    panel = make_panel(qtbot, bundled_store, 500, 370)
    for look in ("dark", "contrast", "light"):
        panel.set_theme(look)
        assert panel.theme.name == look and named(panel)
