"""Write imported ``CaseData`` into a case in one transaction, merging by uid.

Records whose uid the case already holds are skipped and counted, never overwritten; so are the
case's own details (title, summary), which the report names in plain words. Any bad
record rolls the whole import back and raises ``ImportFailure`` with the record's path
(``events[3].end: …``), so a failed import changes nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from explorer.core.casefile import default_title
from explorer.core.interchange.case_data import CaseData
from explorer.core.interchange.json_reader import ImportFailure
from explorer.core.models import Tour
from explorer.core.store import CaseStore, RecordError

Progress = Callable[[int, int], None]

_TABLE_OF = {"entities": "entity", "events": "event", "relationships": "relationship", "sources": "source",
             "citations": "citation", "eras": "era", "notes": "note", "tours": "tour"}


# what the report calls each kind of record: (one, several)
_KIND_NAMES = {
    "entities": ("entity", "entities"), "events": ("event", "events"), "relationships": ("relationship", "relationships"),
    "event_effects": ("link between an event and a relationship", "links between events and relationships"),
    "sources": ("source", "sources"), "citations": ("citation", "citations"), "eras": ("era", "eras"),
    "notes": ("note", "notes"), "tours": ("tour", "tours"),
}


def _count(n: int, kind: str) -> str:
    one, several = _KIND_NAMES.get(kind, (kind.replace("_", " "), kind.replace("_", " ")))
    return f"{n} {one if n == 1 else several}"


def _join(words: list[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


@dataclass
class ImportReport:
    added: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    remarks: list[str] = field(default_factory=list)
    kept_meta: list[str] = field(default_factory=list)  # the case's own details an import did not replace

    def summary(self) -> str:
        """What the import did, in plain words: "added 11 events and 2 eras; the case title was
        already set and was kept"."""
        added = [_count(n, kind) for kind, n in self.added.items() if n]
        parts = [f"added {_join(added)}" if added else "added nothing"]
        skipped = [(kind, n) for kind, n in self.skipped.items() if n and kind != "meta"]
        if skipped:
            listed = _join([_count(n, kind) for kind, n in skipped])
            several = len(skipped) > 1 or skipped[0][1] != 1
            parts.append(f"{listed} were already in the case and left as they were" if several
                         else f"{listed} was already in the case and left as it was")
        if self.kept_meta:
            verb = "were" if len(self.kept_meta) > 1 else "was"
            names = _join([key.replace("_", " ") for key in self.kept_meta])
            parts.append(f"the case {names} {verb} already set and {verb} kept")
        return "; ".join(parts)


def check_unique_uids(data: CaseData) -> None:
    for list_name in _TABLE_OF:
        first_seen: dict[str, int] = {}
        for index, record in enumerate(getattr(data, list_name)):
            if record.uid in first_seen:
                raise ImportFailure(
                    f"{list_name}[{index}].uid", f'"{record.uid}" appears twice (first at {list_name}[{first_seen[record.uid]}])'
                )
            first_seen[record.uid] = index


def merge_into(store: CaseStore, data: CaseData, progress: Progress | None = None) -> ImportReport:
    """Add every record of ``data`` whose uid the case does not hold yet, all or nothing.

    The report starts with ``data.remarks``: what the importer changed while reading the file.
    """
    check_unique_uids(data)
    report = ImportReport(remarks=list(data.remarks))
    total = sum(data.counts().values())
    done = 0

    def put(list_name: str, records: Sequence[Any], write: Callable[[Any], object], table: str | None = None) -> None:
        nonlocal done
        for index, record in enumerate(records):
            if table is not None and store.exists(table, record.uid):
                report.skipped[list_name] += 1
            else:
                try:
                    write(record)
                except RecordError as exc:
                    location = f"{list_name}[{index}]" + (f".{exc.field}" if exc.field else "")
                    raise ImportFailure(location, exc.problem) from None
                report.added[list_name] += 1
            done += 1
            if progress is not None and done % 1000 == 0:
                progress(done, total)

    with store.db.atomic():
        _merge_meta(store, data.meta, report)
        put("entities", data.entities, store.put_entity, "entity")
        put("events", data.events, store.put_event, "event")
        put("relationships", data.relationships, store.put_relationship, "relationship")
        distinct_effects = list(dict.fromkeys(data.event_effects))  # a triple listed twice is stored once
        new_effects = [x for x in distinct_effects if not _known_effect(store, x)]
        report.skipped["event_effects"] += len(data.event_effects) - len(new_effects)
        put("event_effects", new_effects, store.add_effect)
        put("sources", data.sources, store.put_source, "source")
        put("citations", data.citations, store.put_citation, "citation")
        put("eras", data.eras, store.put_era, "era")
        put("notes", data.notes, lambda note: _put_note(store, note, data), "note")
        put("tours", list(_tours_for(store, data.tours, report)), store.put_tour, "tour")
        known = store.positions()
        for uid, position in data.positions.items():
            if uid not in known:  # a place the case already pins stays where it is
                store.set_position(uid, position)
    if progress is not None:
        progress(total, total)
    return report


def _merge_meta(store: CaseStore, meta: dict[str, str], report: ImportReport) -> None:
    """Details the case lacks are taken from the file; its own are kept (and the report says so),
    except a title that is only its file's name, as File ▸ New gives: the file's title replaces it."""
    existing = store.meta()
    named_after_file = store.db.path is not None and existing.get("title") == default_title(store.db.path)
    for key, value in meta.items():
        if key == "title" and named_after_file:
            store.set_meta(key, value)
        elif key in existing and existing[key] != value:
            report.skipped["meta"] += 1
            report.kept_meta.append(key)
        elif key not in existing:
            store.set_meta(key, value)


def _known_effect(store: CaseStore, effect: Any) -> bool:
    if not (store.exists("event", effect.event_uid) and store.exists("relationship", effect.relationship_uid)):
        return False
    return store.has_effect(effect)


def _put_note(store: CaseStore, note: Any, data: CaseData) -> None:
    store.put_note(note)
    for revision in data.note_revisions.get(note.uid, ()):
        store.add_note_revision(note.uid, revision)
    for conflict in data.note_conflicts.get(note.uid, ()):
        store.add_note_conflict(note.uid, conflict)


def _tours_for(store: CaseStore, tours: Iterable[Tour], report: ImportReport) -> Iterable[Tour]:
    """Tours to import; an imported default tour does not displace the case's own default."""
    has_default = store.default_tour() is not None
    for tour in tours:
        if tour.is_default and has_default and not store.exists("tour", tour.uid):
            report.remarks.append(f"the tour {tour.title!r} was added, but the case keeps its own default tour")
            yield Tour(tour.uid, tour.title, tour.summary, False, tour.steps)
        else:
            yield tour

