"""What each slide of a tour says, read from the case (no Qt): headline, dates, text, people.

``TourSlides`` turns the steps of one tour into ``Slide`` values on demand and keeps them until
the case changes; the audience view, the console and the exporter all paint from these values,
so the room, the presenter and the PDF see the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explorer.core import dates, tours
from explorer.core.models import Certainty, Event, Media, NoteTarget, StepKind, Tour, TourStep, relationship_type_label
from explorer.core.store import CaseStore
from explorer.core.timeline_columns import CERTAINTY_CODES, read_columns
from explorer.core.timeline_index import has_end, importance_of, palette_slot, precision_of
from explorer.ui.date_text import moment_precision

MAX_LISTED = 100  # events a date-range slide hands its painter, which shows as many as fit the screen


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    color: str | None = None  # the entity's own colour, if it has one
    slot: int = 0  # its place in the palette (``palette_slot``): the colour the timeline and the graph give it


@dataclass(frozen=True)
class Tie:
    """A relationship in force on a relationships slide's date."""

    source: str
    phrase: str
    target: str
    label: str
    certainty: Certainty
    directed: bool = True


@dataclass(frozen=True)
class Listed:
    """An event named on a date-range slide."""

    date_text: str
    title: str
    certainty: Certainty
    rank: int = 0  # 0 for the most important of the period: a slide with less room drops the highest ranks


@dataclass(frozen=True)
class Slide:
    index: int
    total: int
    kind: StepKind
    case_title: str
    headline: str
    date_text: str
    exact_date: str = ""  # the generated date, when the author's display date says it differently
    certainty: Certainty | None = None
    importance: int = 2
    body: str = ""
    media: Media | None = None
    participants: tuple[Person, ...] = ()
    window: tuple[int, int] = (0, 1)
    focus: tuple[int, int] | None = None
    focus_event_id: int | None = None
    ties: tuple[Tie, ...] = ()
    listed: tuple[Listed, ...] = ()
    more_listed: int = 0
    speaker_notes: str = ""
    event_uid: str | None = None
    missing: bool = False  # the step's event is no longer in the case


@dataclass(frozen=True)
class StripData:
    """Every event as the timeline strip draws it, in time order, plus the eras."""

    event_id: np.ndarray
    t_start: np.ndarray
    t_end: np.ndarray
    certainty: np.ndarray  # index into CERTAINTY_CODES
    importance: np.ndarray
    precise: np.ndarray  # bool: known to the day or better
    span: np.ndarray  # bool: has an end of its own
    eras: tuple[tuple[int, int, str, str | None], ...]

    @classmethod
    def of(cls, store: CaseStore) -> StripData:
        columns = read_columns(store.conn, None)
        style = columns.style
        eras = tuple((*dates.span_seconds(e.start, e.end), e.title, e.color) for e in store.eras())
        return cls(columns.event_id, columns.t_start, columns.t_end, style & 7, importance_of(style),
                   precision_of(style) >= dates.Precision.DAY, has_end(style).astype(bool), eras)

    @property
    def time_range(self) -> tuple[int, int]:
        if not len(self.t_start):
            now = dates.to_seconds(2000)
            return now, now + 365 * tours.DAY
        return int(self.t_start[0]), int(self.t_end.max())

    def visible(self, t0: float, t1: float) -> np.ndarray:
        """Positions of the events that overlap [t0, t1)."""
        stop = int(np.searchsorted(self.t_start, t1, side="left"))
        return np.flatnonzero(self.t_end[:stop] > t0)


def speaker_notes(store: CaseStore, step: TourStep) -> str:
    """The step's own notes, then the notes on its event that are marked for the speaker."""
    parts = [step.speaker_notes.strip()] if step.speaker_notes.strip() else []
    if step.event_uid:
        parts += [note.body.strip() for note in store.notes(NoteTarget.EVENT, step.event_uid) if note.for_speaker and note.body.strip()]
    return "\n\n---\n\n".join(parts)


def ties_as_of(store: CaseStore, moment: int) -> tuple[Tie, ...]:
    """The relationships surely in force at a moment (begun by then, not yet ended), those that began
    or ended nearest the moment first: they are the part of the picture the talk is about."""
    names = {entity.uid: entity.name for entity in store.entities()}
    found: list[tuple[float, Tie]] = []
    for rel in store.relationships():
        if rel.start is not None and dates.end_seconds(rel.start) > moment:
            continue  # not begun, or begins within its date (a month, a year) which holds the moment
        if rel.end is not None and dates.end_seconds(rel.end) <= moment:
            continue
        changes = [abs(moment - dates.start_seconds(d)) for d in (rel.start, rel.end) if d is not None]
        tie = Tie(names.get(rel.source_uid, rel.source_uid), relationship_type_label(rel.type),
                  names.get(rel.target_uid, rel.target_uid), rel.label, rel.certainty, rel.directed)
        found.append((min(changes, default=float("inf")), tie))
    return tuple(tie for _distance, tie in sorted(found, key=lambda pair: pair[0]))


class TourSlides:
    """The slides of one tour over one open case, built when first asked for."""

    def __init__(self, store: CaseStore, tour: Tour) -> None:
        self.store = store
        self.tour = tour
        self.strip = StripData.of(store)
        self._entities = {entity.uid: entity for entity in store.entities()}
        self._slides: dict[int, Slide] = {}

    def __len__(self) -> int:
        return len(self.tour.steps)

    def slide(self, index: int) -> Slide:
        if index not in self._slides:
            self._slides[index] = self._build(index)
        return self._slides[index]

    def step_time(self, step: TourStep) -> int | None:
        return tours.step_time(step, self.store.event(step.event_uid) if step.event_uid else None)

    def _build(self, index: int) -> Slide:
        step = self.tour.steps[index]
        event = self.store.event(step.event_uid) if step.event_uid else None
        common = {
            "index": index, "total": len(self.tour.steps), "kind": step.kind, "case_title": self.store.title,
            "window": tours.step_window(step, event, self.strip.time_range), "focus": tours.step_focus(step, event),
            "speaker_notes": speaker_notes(self.store, step), "event_uid": step.event_uid,
        }
        if step.kind is StepKind.EVENT:
            if event is None:
                return Slide(**common, headline=step.headline or "(this event is no longer in the case)", date_text="", missing=True)
            return self._event_slide(step, event, common)
        if step.kind is StepKind.RELATIONSHIPS:
            moment = common["focus"][0] if common["focus"] else common["window"][1]
            as_of = dates.display(step.as_of) if step.as_of else dates.display(dates.from_seconds_at(moment, moment_precision(moment)))
            return Slide(**common, headline=step.headline or "Who works with whom", date_text=f"As of {as_of}",
                         ties=ties_as_of(self.store, moment))
        return self._range_slide(step, common)

    def _event_slide(self, step: TourStep, event: Event, common: dict) -> Slide:
        exact = dates.display_span(event.start, event.end)
        people = tuple(
            Person(entity.name, str(p.role), entity.color, palette_slot(entity, index))
            for index, p in enumerate(event.participants) if (entity := self._entities.get(p.entity_uid)) is not None
        )
        return Slide(
            **common, headline=step.headline or event.title, date_text=event.date_text,
            # the recorded date beside the author's words, unless they already say it ("June 2025 (announced…)")
            exact_date=exact if event.display_date and exact not in event.display_date else "", certainty=event.certainty,
            importance=event.importance, body=event.body, media=event.media, participants=people, focus_event_id=event.id,
        )

    def _range_slide(self, step: TourStep, common: dict) -> Slide:
        t0, t1 = common["window"]
        if step.window_start is not None and step.window_end is not None:
            date_text = dates.display_span(step.window_start, step.window_end)
        else:
            day = dates.Precision.DAY
            date_text = dates.display_span(dates.from_seconds_at(t0, day), dates.from_seconds_at(t1 - 1, day))
        positions = self.strip.visible(t0, t1)
        ranked = positions[np.argsort(-self.strip.importance[positions], kind="stable")][:MAX_LISTED]
        rank_of = {int(self.strip.event_id[position]): rank for rank, position in enumerate(ranked)}
        chosen = np.sort(ranked)  # the most important, shown in date order
        events = self.store.events_by_id(self.strip.event_id[chosen].tolist())
        listed = tuple(Listed(dates.display_span(e.start, e.end), e.title, e.certainty, rank_of.get(e.id, len(rank_of)))
                       for e in events)  # short dates line up
        return Slide(**common, headline=step.headline or date_text, date_text=date_text, listed=listed,
                     more_listed=max(len(positions) - len(listed), 0))


def certainty_of(code: int) -> Certainty:
    return CERTAINTY_CODES[int(code)] if 0 <= int(code) < len(CERTAINTY_CODES) else Certainty.CONFIRMED
