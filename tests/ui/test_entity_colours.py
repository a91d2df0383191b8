"""An entity has one colour everywhere and for good: its timeline lane and its shape in the
relationship graph match, and neither changes when another entity is deleted or when new events
reorder the lanes (a new user's trial: Globex was blue on the timeline and red in the graph, and
deleting Initech recoloured two people)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor

from explorer.core import dates, undo
from explorer.core.casefile import new_case
from explorer.core.models import Entity, EntityKind, Event, Participant
from explorer.ui.main_window import MainWindow


def lane_colours(window: MainWindow) -> dict[str, int]:
    """Each entity lane's hue (the timeline darkens or lightens a colour to stand out on era bands,
    the graph on its background: the same colour, a shade apart)."""
    layer = window.timeline.events
    lanes = layer.marks.lanes
    return {lane.key: layer.lane_colors[int(layer._color_of_lane[i])].hsvHue() for i, lane in enumerate(lanes) if lane.key}


def graph_colours(window: MainWindow) -> dict[str, int]:
    return {uid: QColor(node.color).hsvHue() for uid, node in window.relationships_controller.panel.scene.nodes.items()}


def same(a: dict[str, int], b: dict[str, int]) -> bool:
    return a.keys() == b.keys() and all(min(abs(a[k] - b[k]), 360 - abs(a[k] - b[k])) <= 4 for k in a)


def test_the_bundled_case_draws_each_entity_in_one_colour(window_on, bundled_case: Path) -> None:
    window = window_on(bundled_case)
    lanes, graph = lane_colours(window), graph_colours(window)
    assert len(lanes) >= 8
    assert same({uid: graph[uid] for uid in lanes}, lanes)


def test_colours_stay_when_an_entity_goes_or_events_reorder_the_lanes(window_on, tmp_path: Path) -> None:
    case = tmp_path / "acquisition.case.db"
    new_case(case)
    window = window_on(case)
    names = ["Globex", "Initech", "Northwind", "Hank", "Jane"]
    for name in names:
        kind = EntityKind.PERSON if name in ("Hank", "Jane") else EntityKind.COMPANY
        window.run(undo.put(window.store, Entity(name.lower(), kind, name), f"Add {name}"))
    for number, who in enumerate(["jane", "jane", "jane", "hank", "globex"]):  # Jane's lane moves up as events come
        event = Event(f"e{number}", f"Event {number}", dates.parse(f"2024-0{number + 1}-01"),
                      participants=(Participant(who),))
        window.run(undo.put(window.store, event, "Add event"))
    before = lane_colours(window)
    assert same({uid: graph_colours(window)[uid] for uid in before}, before)
    assert len(set(before.values())) == len(before)  # five entities, five colours
    window.run(undo.delete(window.store, Entity, "initech", "Delete entity"))
    after_lanes, after_graph = lane_colours(window), graph_colours(window)
    assert same(after_lanes, {uid: colour for uid, colour in before.items() if uid != "initech"})
    assert same({uid: after_graph[uid] for uid in after_lanes}, after_lanes)
    _graph_exports_match(window)


def _graph_exports_match(window: MainWindow) -> None:
    """Gephi shows the entities in the colours the app gives them (GEXF's viz:color)."""
    import io
    import xml.etree.ElementTree as ET

    from explorer.core.interchange import exports

    out = io.StringIO()
    exports.write(window.store, out, "gexf")
    exported = {node.get("id"): QColor(*(int(node.find("{http://gexf.net/1.3/viz}color").get(c)) for c in "rgb")).hsvHue()
                for node in ET.fromstring(out.getvalue()).iter("{http://gexf.net/1.3}node")}
    graph = graph_colours(window)
    assert len(exported) >= 4 and same(exported, {uid: graph[uid] for uid in exported})
