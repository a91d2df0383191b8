"""The relationship network for Gephi: GEXF 1.3 with time intervals, GraphML with keys, a CSV of edges."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from explorer.core.casefile import export_case, import_into, open_case
from explorer.core.dates import PartialDate
from explorer.core.interchange import exports
from explorer.core.models import Entity, EntityKind, Relationship
from explorer.core.store import CaseStore
from tests.conftest import BUNDLED_JSON

GEXF = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


def written(store: CaseStore, format: str) -> str:
    out = io.StringIO()
    exports.write(store, out, format)
    return out.getvalue()


def test_gexf_has_nodes_edges_and_dated_intervals(bundled_store: CaseStore) -> None:
    root = ET.fromstring(written(bundled_store, "gexf"))
    assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.3"
    graph = root.find(f"{GEXF}graph")
    assert (graph.get("mode"), graph.get("timeformat"), graph.get("timerepresentation")) == ("dynamic", "date", "interval")
    nodes = {node.get("id"): node for node in graph.iter(f"{GEXF}node")}
    assert len(nodes) == len(bundled_store.entities())
    scale = nodes["scale-ai"]
    assert scale.get("label") == "Scale AI"
    assert scale.find(f"{VIZ}color") is not None and scale.find(f"{VIZ}size") is not None
    kinds = {value.get("for"): value.get("value") for value in scale.iter(f"{GEXF}attvalue")}
    assert kinds["kind"] == "company"
    edges = list(graph.iter(f"{GEXF}edge"))
    assert len(edges) == len(bundled_store.relationships())
    for edge, relationship in zip(edges, bundled_store.relationships(), strict=True):
        assert (edge.get("source"), edge.get("target")) == (relationship.source_uid, relationship.target_uid)
        if relationship.start is None:
            assert edge.get("start") is None
        else:  # the first day the partial date covers
            assert edge.get("start").startswith(relationship.start.iso()) and len(edge.get("start")) == 10
        if relationship.end is None:
            assert edge.get("end") is None
    assert any(edge.get("start") for edge in edges) and any(edge.get("end") for edge in edges)


def test_partial_dates_become_whole_days_in_gexf() -> None:
    store = CaseStore.in_memory()
    for uid, name in (("a", "A"), ("b", "B")):
        store.put_entity(Entity(uid, EntityKind.PERSON, name))
    store.put_relationship(Relationship("r", "a", "b", "ceo_of", start=PartialDate(2016, 3), end=PartialDate(2025, 6)))
    store.put_relationship(Relationship("u", "b", "a", "partner_of", directed=False))
    edges = {edge.get("id"): edge for edge in ET.fromstring(written(store, "gexf")).iter(f"{GEXF}edge")}
    assert (edges["r"].get("start"), edges["r"].get("end"), edges["r"].get("type")) == ("2016-03-01", "2025-06-30", "directed")
    assert edges["u"].get("type") == "undirected" and edges["u"].get("start") is None


def test_gexf_uses_years_when_dates_leave_the_calendar() -> None:
    store = CaseStore.in_memory()
    for uid in ("a", "b"):
        store.put_entity(Entity(uid, EntityKind.GROUP, uid.upper()))
    store.put_relationship(Relationship("r", "a", "b", "rival_of", start=PartialDate(-500), end=PartialDate(-300)))
    root = ET.fromstring(written(store, "gexf"))
    assert root.find(f"{GEXF}graph").get("timeformat") == "integer"
    edge = next(root.iter(f"{GEXF}edge"))
    assert (edge.get("start"), edge.get("end")) == ("-500", "-300")


def test_graphml_declares_keys_for_every_value(bundled_store: CaseStore) -> None:
    root = ET.fromstring(written(bundled_store, "graphml"))
    keys = {key.get("id"): (key.get("for"), key.get("attr.name")) for key in root.iter(f"{GRAPHML}key")}
    assert keys["n_kind"] == ("node", "kind") and keys["e_type"] == ("edge", "type") and keys["e_start"] == ("edge", "start")
    graph = root.find(f"{GRAPHML}graph")
    assert graph.get("edgedefault") == "directed"
    used = {data.get("key") for data in root.iter(f"{GRAPHML}data")}
    assert used <= set(keys)
    assert len(list(graph.iter(f"{GRAPHML}edge"))) == len(bundled_store.relationships())


def test_text_that_xml_cannot_hold_is_left_out() -> None:
    store = CaseStore.in_memory()
    store.put_entity(Entity("a", EntityKind.COMPANY, "A\x01 & <B> \"Q\""))
    store.put_entity(Entity("b", EntityKind.COMPANY, "B"))
    for format in ("gexf", "graphml"):
        root = ET.fromstring(written(store, format))  # parses: no control character, everything escaped
        assert "A & <B> \"Q\"" in ET.tostring(root, encoding="unicode").replace("&amp;", "&").replace("&lt;", "<").replace(
            "&gt;", ">").replace("&quot;", '"')


def test_the_relationships_csv_imports_back(tmp_path: Path) -> None:
    case = tmp_path / "scale.case.db"
    import_into(BUNDLED_JSON, case)
    store = open_case(case)
    try:
        export_case(store, tmp_path / "edges.csv", "csv")
        relationships = store.relationships()
    finally:
        store.close()
    rows = list(csv.DictReader((tmp_path / "edges.csv").open(encoding="utf-8")))
    assert len(rows) == len(relationships)
    assert rows[0]["source_name"] and rows[0]["type"] == relationships[0].type
    copy = tmp_path / "copy.case.db"
    import_into(BUNDLED_JSON, copy)
    store = open_case(copy)
    try:
        for relationship in relationships:
            store.delete_relationship(relationship.uid)
    finally:
        store.close()
    report = import_into(tmp_path / "edges.csv", copy)
    assert report.added["relationships"] == len(relationships) and report.added["entities"] == 0
    store = open_case(copy)
    try:
        assert store.relationships() == relationships
    finally:
        store.close()


@pytest.mark.parametrize("format", ["gexf", "graphml", "csv", "timelinejs", "timelinejs-csv", "native"])
def test_every_export_of_an_empty_case_is_well_formed(format: str) -> None:
    text = written(CaseStore.in_memory(), format)
    if format in ("gexf", "graphml"):
        ET.fromstring(text)
    assert text


def test_nodes_take_the_colours_the_app_gives_them() -> None:
    """An entity's own colour, or the palette's at its slot — as on the timeline and in the graph —
    not one colour per kind (two people were both orange in Gephi and blue and red in the app)."""
    store = CaseStore.in_memory()
    store.put_entity(Entity("a", EntityKind.PERSON, "A"))
    store.put_entity(Entity("b", EntityKind.PERSON, "B"))
    store.put_entity(Entity("c", EntityKind.COMPANY, "C", color="#123456"))
    store.put_relationship(Relationship("r", "a", "b", "partner_of"))
    root = ET.fromstring(written(store, "gexf"))
    colours = {node.get("id"): "#{:02x}{:02x}{:02x}".format(*(int(node.find(f"{VIZ}color").get(c)) for c in "rgb"))
               for node in root.iter(f"{GEXF}node")}
    assert colours == {"a": "#1f77b4", "b": "#d62728", "c": "#123456"}  # the light palette's first two
    graphml = ET.fromstring(written(store, "graphml"))
    key = next(k.get("id") for k in graphml.iter(f"{GRAPHML}key") if k.get("attr.name") == "color" and k.get("for") == "node")
    by_node = {node.get("id"): next(d.text for d in node.iter(f"{GRAPHML}data") if d.get("key") == key)
               for node in graphml.iter(f"{GRAPHML}node")}
    assert by_node == colours


def test_gexf_meta_holds_only_what_gexf_1_3_allows(bundled_store: CaseStore) -> None:
    """GEXF 1.3's <meta> may hold creator, keywords and description; the case title once went in a <title> there."""
    meta = ET.fromstring(written(bundled_store, "gexf")).find(f"{GEXF}meta")
    assert [child.tag for child in meta] == [f"{GEXF}creator", f"{GEXF}description"]
    assert meta.findtext(f"{GEXF}creator") == "Case Explorer"
    assert meta.findtext(f"{GEXF}description") == bundled_store.title
    assert meta.get("lastmodifieddate")
