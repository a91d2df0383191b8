"""The relationship network for Gephi and other graph tools: GEXF 1.3, GraphML, and a CSV of edges.

Entities are nodes (with their kind, size — people smaller than companies — and the colour the app
gives them: their own, or the palette's at their slot, as on the timeline and in the graph);
relationships are edges (with their type, label, certainty and direction). In GEXF every
relationship carries its start and end as a time interval, so Gephi's timeline shows the network
as it stood at any date: days (``timeformat="date"``, first and last day of each partial date)
when every date lies between years 1 and 9999, else whole years (``timeformat="integer"``,
astronomical numbering).
"""

from __future__ import annotations

import csv
import re
from datetime import UTC, datetime
from typing import IO
from xml.sax.saxutils import escape, quoteattr

from explorer.core import dates
from explorer.core.dates import PartialDate
from explorer.core.interchange.csv_table import formula_safe
from explorer.core.models import Certainty, Entity, EntityKind, Relationship
from explorer.core.palette import palette_colour
from explorer.core.store import CaseStore
from explorer.core.timeline_index import palette_slot

KIND_SIZES = {EntityKind.COMPANY: 20.0, EntityKind.ORGANIZATION: 16.0, EntityKind.GROUP: 14.0, EntityKind.PERSON: 10.0}
EDGE_SHAPES = {Certainty.RUMORED: "dashed", Certainty.PLANNED: "dotted", Certainty.DISPUTED: "dashed", Certainty.DENIED: "dotted"}
RELATIONSHIP_CSV_HEADERS = (
    "uid", "source", "source_name", "target", "target_name", "type", "directed", "label", "start", "end", "certainty", "summary",
    "source_kind", "target_kind",  # added last, so the columns of older files keep their places
)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _clean(text: str) -> str:
    """Text XML 1.0 can hold: control characters and lone surrogates removed."""
    return _NOT_XML.sub("", text)


def _attr(text: str) -> str:
    return quoteattr(_clean(text))


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _colour(entity: Entity, fallback_slot: int) -> str:
    """The entity's colour as the app draws it in the light theme: its own, or the palette's."""
    own = entity.color if entity.color and re.fullmatch(r"#[0-9a-fA-F]{6}", entity.color) else None
    return own or palette_colour(palette_slot(entity, fallback_slot))


def _day_span(relationship: Relationship) -> tuple[str | None, str | None]:
    start = end = None
    if relationship.start is not None:
        start = dates.from_seconds_at(dates.start_seconds(relationship.start), dates.Precision.DAY).iso()
    if relationship.end is not None:
        end = dates.from_seconds_at(dates.end_seconds(relationship.end) - 1, dates.Precision.DAY).iso()
    return start, end


def _fits_days(date: PartialDate | None) -> bool:
    return date is None or 1 <= date.year <= 9999


def write_gexf(store: CaseStore, out: IO[str]) -> None:
    entities, relationships = store.entities(), store.relationships()
    by_days = all(_fits_days(r.start) and _fits_days(r.end) for r in relationships)
    timeformat = "date" if by_days else "integer"
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(
        '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
    )
    today = datetime.now(UTC).date().isoformat()
    out.write(f'  <meta lastmodifieddate="{today}">\n    <creator>Case Explorer</creator>\n')
    out.write(f"    <description>{escape(_clean(store.title))}</description>\n  </meta>\n")  # GEXF 1.3 has no <title>
    out.write(f'  <graph mode="dynamic" defaultedgetype="directed" timeformat="{timeformat}" timerepresentation="interval">\n')
    out.write('    <attributes class="node" mode="static">\n')
    for name in ("kind", "aliases", "url", "wikidata", "summary"):
        out.write(f'      <attribute id="{name}" title="{name}" type="string"/>\n')
    out.write('    </attributes>\n    <attributes class="edge" mode="static">\n')
    for name in ("type", "label", "certainty", "start", "end", "summary"):
        out.write(f'      <attribute id="{name}" title="{name}" type="string"/>\n')
    out.write("    </attributes>\n    <nodes>\n")
    for index, entity in enumerate(entities):
        values = {"kind": str(entity.kind), "aliases": "; ".join(entity.aliases), "url": entity.url or "",
                  "wikidata": entity.wikidata or "", "summary": entity.summary}
        r, g, b = _rgb(_colour(entity, index))
        out.write(f"      <node id={_attr(entity.uid)} label={_attr(entity.name)}>\n")
        out.write(_attvalues(values, "        "))
        out.write(f'        <viz:color r="{r}" g="{g}" b="{b}"/>\n')
        out.write(f'        <viz:size value="{KIND_SIZES.get(entity.kind, 12.0)}"/>\n      </node>\n')
    out.write("    </nodes>\n    <edges>\n")
    for relationship in relationships:
        out.write(_gexf_edge(relationship, by_days))
    out.write("    </edges>\n  </graph>\n</gexf>\n")


def _gexf_edge(relationship: Relationship, by_days: bool) -> str:
    if by_days:
        start, end = _day_span(relationship)
    else:
        start = str(relationship.start.year) if relationship.start else None
        end = str(relationship.end.year) if relationship.end else None
    label = relationship.label or relationship.type_label
    attributes = (
        f"id={_attr(relationship.uid)} source={_attr(relationship.source_uid)} target={_attr(relationship.target_uid)} "
        f'type="{"directed" if relationship.directed else "undirected"}" label={_attr(label)} kind={_attr(relationship.type)}'
    )
    if start is not None:
        attributes += f' start="{start}"'
    if end is not None:
        attributes += f' end="{end}"'
    values = {
        "type": relationship.type, "label": relationship.label, "certainty": str(relationship.certainty),
        "start": relationship.start.iso() if relationship.start else "", "end": relationship.end.iso() if relationship.end else "",
        "summary": relationship.summary,
    }
    text = f"      <edge {attributes}>\n" + _attvalues(values, "        ")
    shape = EDGE_SHAPES.get(relationship.certainty)
    if shape:
        text += f'        <viz:shape value="{shape}"/>\n'
    return text + "      </edge>\n"


def _attvalues(values: dict[str, str], indent: str) -> str:
    present = [(key, value) for key, value in values.items() if value]
    if not present:
        return ""
    inner = "".join(f"{indent}  <attvalue for={_attr(key)} value={_attr(value)}/>\n" for key, value in present)
    return f"{indent}<attvalues>\n{inner}{indent}</attvalues>\n"


_GRAPHML_NODE_KEYS = ("name", "kind", "aliases", "color", "url", "wikidata", "summary")
_GRAPHML_EDGE_KEYS = ("type", "label", "certainty", "start", "end", "summary")


def write_graphml(store: CaseStore, out: IO[str]) -> None:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    )
    for name in _GRAPHML_NODE_KEYS:
        out.write(f'  <key id="n_{name}" for="node" attr.name="{name}" attr.type="string"/>\n')
    for name in _GRAPHML_EDGE_KEYS:
        out.write(f'  <key id="e_{name}" for="edge" attr.name="{name}" attr.type="string"/>\n')
    out.write(f'  <graph id={_attr(store.title)} edgedefault="directed">\n')
    for index, entity in enumerate(store.entities()):
        values = {"name": entity.name, "kind": str(entity.kind), "aliases": "; ".join(entity.aliases), "color": _colour(entity, index),
                  "url": entity.url or "", "wikidata": entity.wikidata or "", "summary": entity.summary}
        out.write(f"    <node id={_attr(entity.uid)}>\n{_data(values, 'n')}    </node>\n")
    for r in store.relationships():
        values = {"type": r.type, "label": r.label, "certainty": str(r.certainty), "start": r.start.iso() if r.start else "",
                  "end": r.end.iso() if r.end else "", "summary": r.summary}
        direction = "" if r.directed else ' directed="false"'
        out.write(f"    <edge id={_attr(r.uid)} source={_attr(r.source_uid)} target={_attr(r.target_uid)}{direction}>\n")
        out.write(f"{_data(values, 'e')}    </edge>\n")
    out.write("  </graph>\n</graphml>\n")


def _data(values: dict[str, str], prefix: str) -> str:
    return "".join(f'      <data key="{prefix}_{key}">{escape(_clean(value))}</data>\n' for key, value in values.items() if value)


def write_relationships_csv(store: CaseStore, out: IO[str]) -> None:
    """One row per relationship, with both ends' uids, names and kinds; importable as a CSV of
    relationships, into this case or into a new one (whose entities get those names and kinds).
    A cell a spreadsheet would run as a formula (``=…``, ``-0043-03-15``) is written after an
    apostrophe, which the CSV import takes off again (``csv_table.formula_safe``)."""
    entities = {entity.uid: entity for entity in store.entities()}

    def name(uid: str) -> str:
        return entities[uid].name if uid in entities else ""

    def kind(uid: str) -> str:
        return str(entities[uid].kind) if uid in entities else ""

    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(RELATIONSHIP_CSV_HEADERS)
    for r in store.relationships():
        writer.writerow([formula_safe(cell) for cell in (
            r.uid, r.source_uid, name(r.source_uid), r.target_uid, name(r.target_uid), r.type,
            "true" if r.directed else "false", r.label, r.start.iso() if r.start else "", r.end.iso() if r.end else "",
            str(r.certainty), r.summary, kind(r.source_uid), kind(r.target_uid),
        )])
