"""Import entities or relationships from any CSV, given which column holds which field.

These files are small next to event logs, so rows are read and checked first, then merged the
way native JSON is (uids the case knows are skipped). A relationship names its two ends by
entity uid, name or alias; names the case does not know become new entities, named and of the
kind given by the ends' own name and kind columns when there are any (as the relationships CSV
export writes them).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from explorer.core import dates
from explorer.core.interchange import spreadsheet_dates
from explorer.core.interchange.case_data import CaseData
from explorer.core.interchange.csv_entities import EntityResolver, checked_uid, colour, entity_kind, entity_uid, split_list
from explorer.core.interchange.csv_mapping import CsvKind
from explorer.core.interchange.csv_table import CsvDialect, CsvTable
from explorer.core.interchange.import_job import Cancelled, ImportJob, Progress
from explorer.core.interchange.json_reader import ImportFailure, shown
from explorer.core.interchange.merge import ImportReport, merge_into
from explorer.core.interchange.spreadsheet_dates import DateOrder
from explorer.core.interchange.timelinejs_dates import checked_columns
from explorer.core.models import RELATIONSHIP_TYPES, UNDIRECTED_TYPES, Certainty, Entity, Relationship
from explorer.core.store import CaseStore

_TYPES_BY_PHRASE = {phrase: name for name, phrase in RELATIONSHIP_TYPES.items()}
_TRUE = {"true", "yes", "y", "1", "directed"}
_FALSE = {"false", "no", "n", "0", "undirected"}
_CERTAINTY = {c.value: c for c in Certainty} | {"rumoured": Certainty.RUMORED, "": Certainty.CONFIRMED}


def relationship_type(text: str) -> str:
    """``investor_in``, ``Investor in`` and ``investor in`` all name the same type."""
    words = " ".join(text.strip().lower().replace("_", " ").replace("-", " ").split())
    return _TYPES_BY_PHRASE.get(words, words.replace(" ", "_"))


class CsvRecordsImport(ImportJob):
    """Entities or relationships from a CSV file."""

    def __init__(self, path: Path, dialect: CsvDialect, kind: CsvKind, mapping: dict[str, str], order: DateOrder | None) -> None:
        self.path, self.dialect, self.kind, self.mapping, self.order = path, dialect, kind, mapping, order
        self.format_name = f"CSV of {kind}"

    def write(self, store: CaseStore, progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportReport:
        report = ImportReport()
        with store.db.atomic():
            resolver = EntityResolver(store, report)
            data = CaseData()
            lines: list[int] = []
            with CsvTable(self.path, self.dialect) as table:
                index = {name: table.headers.index(h) for name, h in self.mapping.items() if h in table.headers}
                line, cells = 0, []
                try:
                    for line, cells in table.rows():
                        lines.append(line)
                        row = _Cells(table, index, line, cells)
                        if self.kind is CsvKind.ENTITIES:
                            entity = _entity(row)
                            resolver.add_known(entity)
                            data.entities.append(entity)
                        else:
                            data.relationships.append(self._relationship(row, resolver))
                except ImportFailure as exc:
                    table.explain(exc, line, cells)  # a row whose cells do not line up with the header says so
                    raise
            _check_unique(data, self.kind, lines)
            data.entities.extend(resolver.new)
            result = merge_into(store, data, _progress(progress, cancelled))
        result.remarks[:0] = report.remarks
        return result

    def _relationship(self, row: _Cells, resolver: EntityResolver) -> Relationship:
        source, target = _end(row, "source", resolver), _end(row, "target", resolver)
        if source == target:
            raise ImportFailure(row.where("target"), "names the same entity as the source; a relationship needs two")
        type_ = relationship_type(row.text("type"))
        if not type_:
            raise ImportFailure(row.where("type"), "is empty (a relationship needs a type, like investor_in)")
        start, end = row.date("start", self.order), row.date("end", self.order)
        if start is not None and end is not None and dates.end_seconds(end) <= dates.start_seconds(start):
            raise ImportFailure(row.where("end"), f"{end} is before the start {start}")
        directed_text = row.text("directed").strip().lower()
        if directed_text and directed_text not in _TRUE | _FALSE:
            raise ImportFailure(row.where("directed"), f"{shown(row.text('directed'))} is not yes or no")
        directed = directed_text in _TRUE if directed_text else type_ not in UNDIRECTED_TYPES
        certainty = _CERTAINTY.get(row.text("certainty").strip().lower())
        if certainty is None:
            raise ImportFailure(row.where("certainty"), f"{shown(row.text('certainty'))} is not one of: "
                                f"{', '.join(c.value for c in Certainty)}")
        uid_text = row.text("uid")
        uid = checked_uid(uid_text, row.where("uid")) if uid_text.strip() else _relationship_uid(source, type_, target, start)
        return Relationship(
            uid=uid, source_uid=source, target_uid=target, type=type_, directed=directed, label=row.text("label").strip(),
            start=start, end=end, certainty=certainty, summary=row.text("summary").strip(),
        )


def _end(row: _Cells, end: str, resolver: EntityResolver) -> str:
    """The uid of a relationship's end (``source`` or ``target``); an entity the case does not know
    yet is added with the name and kind its own columns give (a kind is read only then: a file's
    kinds for entities the case has already are not its business)."""
    text, name = row.text(end), row.text(f"{end}_name")
    found = resolver.find(text, name)
    if found is not None:
        return found
    kind = entity_kind(row.text(f"{end}_kind"), row.where(f"{end}_kind"))
    return resolver.add(text, row.where(end), kind, name)


def _entity(row: _Cells) -> Entity:
    name = " ".join(row.text("name").split())
    if not name:
        raise ImportFailure(row.where("name"), "is empty (an entity needs a name)")
    uid_text = row.text("uid")
    aliases = tuple(alias for alias in split_list(row.text("aliases")) if alias != name)
    url = row.text("url").strip() or None
    wikidata = row.text("wikidata").strip() or None
    return Entity(
        uid=checked_uid(uid_text, row.where("uid")) if uid_text.strip() else entity_uid(name),
        kind=entity_kind(row.text("kind"), row.where("kind")), name=name, aliases=aliases,
        summary=row.text("summary").strip(), color=colour(row.text("color"), row.where("color")), url=url, wikidata=wikidata,
    )


def _relationship_uid(source: str, type_: str, target: str, start: dates.PartialDate | None) -> str:
    key = f"{source}\x1f{type_}\x1f{target}\x1f{start.iso() if start else ''}"
    return "csv-rel-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _check_unique(data: CaseData, kind: CsvKind, lines: list[int]) -> None:
    records = data.entities if kind is CsvKind.ENTITIES else data.relationships
    seen: dict[str, int] = {}
    for line, record in zip(lines, records, strict=True):
        if record.uid in seen:
            what = "entity" if kind is CsvKind.ENTITIES else "relationship"
            raise ImportFailure(f"line {line}", f"repeats the {what} {record.uid!r} of line {seen[record.uid]}")
        seen[record.uid] = line


def _progress(progress: Progress | None, cancelled: Cancelled | None) -> Progress:
    from explorer.core.interchange.bulk_events import ImportCancelled

    def report(done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(done, total)

    return report


class _Cells:
    def __init__(self, table: CsvTable, index: dict[str, int], line: int, cells: list[str]) -> None:
        self.table, self.index, self.line, self.cells = table, index, line, cells

    def text(self, name: str) -> str:
        column = self.index.get(name)
        return self.cells[column] if column is not None and column < len(self.cells) else ""

    def where(self, name: str) -> str:
        return self.table.where(self.line, self.index.get(name))

    def date(self, name: str, order: DateOrder | None) -> dates.PartialDate | None:
        text = self.text(name).strip()
        if not text:
            return None
        where = self.where(name)
        parts = spreadsheet_dates.parse(text, where, order)
        checked_columns(parts, where)
        return dates.PartialDate(*parts)
