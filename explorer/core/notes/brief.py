"""The case brief as data: what a consultant hands a client, gathered from a case (no rendering).

A ``Brief`` holds the title and summary, the events in time order (dates, certainty, sources and
the notes on each), the relationships active at the chosen "as of" date, and every other note
under what it is attached to (the case, an entity, a relationship, a period). Renderers:
``brief_markdown`` here in the core, and ``explorer.ui.brief`` for HTML and PDF.

A relationship is *active* at a date when ``start <= date < end``, comparing the first moment of
each partial date (null start: since before the case; null end: still active). So a tie that
ended "2025-06" counts as ended throughout June 2025, and one that began then as active.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from explorer.core import dates
from explorer.core.dates import PartialDate
from explorer.core.models import Citation, CitationTarget, Entity, Event, Note, NoteTarget, Relationship, Source
from explorer.core.notes.history import stamp
from explorer.core.store import CaseStore

MAX_EVENTS = 5000  # a brief is for reading; a generated million-event case gets its first events and a count
PROGRESS_EVERY = 1000  # events between two calls of build_brief's ``progress``


@dataclass(frozen=True)
class BriefEvent:
    event: Event
    participants: tuple[str, ...]  # names
    sources: tuple[tuple[Citation, Source], ...]
    notes: tuple[Note, ...]


@dataclass(frozen=True)
class BriefRelationship:
    relationship: Relationship
    source_name: str
    target_name: str
    notes: tuple[Note, ...]


@dataclass
class Brief:
    title: str
    subtitle: str
    summary: str
    authors: str
    as_of: PartialDate
    exported: str
    case_notes: list[Note] = field(default_factory=list)
    events: list[BriefEvent] = field(default_factory=list)
    events_left_out: int = 0
    relationships: list[BriefRelationship] = field(default_factory=list)
    relationships_inactive: int = 0
    entity_notes: list[tuple[Entity, list[Note]]] = field(default_factory=list)
    range_notes: list[Note] = field(default_factory=list)
    inactive_relationship_notes: list[BriefRelationship] = field(default_factory=list)


def active_at(relationship: Relationship, as_of: PartialDate) -> bool:
    """Whether the relationship held at the date (see the module docstring)."""
    moment = dates.start_seconds(as_of)
    started = relationship.start is None or dates.start_seconds(relationship.start) <= moment
    not_ended = relationship.end is None or moment < dates.start_seconds(relationship.end)
    return started and not_ended


def default_as_of(store: CaseStore) -> PartialDate:
    """The day the brief's relationships are shown at when none is chosen: the latest event's start."""
    # the timeline index read from its end (integers sort before text, which a hostile file may hold)
    row = store.conn.execute(
        "SELECT t_start FROM event WHERE typeof(t_start) = 'integer' ORDER BY t_start DESC LIMIT 1").fetchone()
    if row is None:
        return dates.parse(stamp()[:10])
    return dates.from_seconds_at(int(row[0]), dates.Precision.DAY)


def _notes_by_target(store: CaseStore) -> dict[tuple[NoteTarget, str | None], list[Note]]:
    grouped: dict[tuple[NoteTarget, str | None], list[Note]] = {}
    for note in store.notes():
        grouped.setdefault((note.target_kind, note.target_uid), []).append(note)
    for notes in grouped.values():
        notes.sort(key=lambda n: n.created)
        notes.sort(key=lambda n: not n.pinned)
    return grouped


def _read_events(store: CaseStore, progress: Callable[[int, int], None] | None, total: int) -> list[Event]:
    events: list[Event] = []
    for event in store.iter_events():
        events.append(event)
        if progress is not None and len(events) % PROGRESS_EVERY == 0:
            progress(len(events), total)
    return events


def build_brief(store: CaseStore, as_of: PartialDate | None = None, progress: Callable[[int, int], None] | None = None) -> Brief:
    """Gather everything the brief shows. ``progress(done, total)`` is told how far the reading of
    the events is now and then (it may raise to stop the work)."""
    as_of = as_of or default_as_of(store)
    count = store.event_count() if progress is not None else 0
    total = count + min(count, MAX_EVENTS)  # every event is read, the first MAX_EVENTS gathered with their sources
    meta = store.meta()
    notes = _notes_by_target(store)
    names = {entity.uid: entity.name for entity in store.entities()}
    brief = Brief(
        title=store.title, subtitle=meta.get("subtitle", ""), summary=meta.get("summary", ""), authors=meta.get("authors", ""),
        as_of=as_of, exported=stamp(), case_notes=notes.get((NoteTarget.CASE, None), []),
    )
    events = sorted(_read_events(store, progress, total), key=lambda e: (e.t_start, e.t_end, e.title))
    brief.events_left_out = max(0, len(events) - MAX_EVENTS)
    for done, event in enumerate(events[:MAX_EVENTS], 1):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(count + done, total)
        brief.events.append(BriefEvent(
            event, tuple(names.get(p.entity_uid, p.entity_uid) for p in event.participants),
            tuple(store.citations_of(CitationTarget.EVENT, event.uid)), tuple(notes.get((NoteTarget.EVENT, event.uid), ())),
        ))
    for relationship in store.relationships():
        entry = BriefRelationship(
            relationship, names.get(relationship.source_uid, "?"), names.get(relationship.target_uid, "?"),
            tuple(notes.get((NoteTarget.RELATIONSHIP, relationship.uid), ())),
        )
        if active_at(relationship, as_of):
            brief.relationships.append(entry)
        else:
            brief.relationships_inactive += 1
            if entry.notes:
                brief.inactive_relationship_notes.append(entry)
    brief.relationships.sort(key=lambda r: (r.source_name.casefold(), r.relationship.type, r.target_name.casefold()))
    brief.entity_notes = [
        (entity, notes[(NoteTarget.ENTITY, entity.uid)]) for entity in store.entities() if (NoteTarget.ENTITY, entity.uid) in notes
    ]
    brief.range_notes = sorted(
        (note for note in store.notes(NoteTarget.RANGE) if note.range_start is not None),
        key=lambda n: (dates.start_seconds(n.range_start), n.created),
    )
    return brief
