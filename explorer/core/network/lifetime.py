"""When a relationship begins and ends, on either of a case's two clocks, and its state at a time.

A relationship's dates are partial: ``end = 2025-06`` means it ended *sometime in June 2025*.
So a lifetime is two spans of seconds: it begins sometime in ``begin`` and ends sometime in
``end``. While a time lies inside one of those spans the relationship is *beginning* or
*ending*; the story cannot say more than the date's precision allows.

Two clocks (``Mode``):
- **as it happened**: the relationship's own start and end dates (falling back on the dates of
  the events that start or end it, when the relationship has none);
- **as publicly known**: a start or an end becomes known when the event that starts or ends it
  (``event_effect``) became public, its ``reported_at`` when set, else its date. Without such an
  event the relationship's own date is all the case knows, and it is used.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from explorer.core import dates
from explorer.core.dates import PartialDate
from explorer.core.models import Effect, Event, EventEffect, Relationship

Span = tuple[int, int]  # first second, first second after


class Mode(StrEnum):
    HAPPENED = "happened"
    KNOWN = "known"

    @property
    def label(self) -> str:
        return "as it happened" if self is Mode.HAPPENED else "as publicly known"


class EdgeState(IntEnum):
    """Where a relationship stands at a time, in the order a lifetime passes through them."""

    NOT_BEGUN = 0
    BEGINNING = 1  # the time lies within its start date (e.g. sometime in June)
    ACTIVE = 2
    ENDING = 3  # the time lies within its end date
    ENDED = 4

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]

    @property
    def present(self) -> bool:
        """True while the relationship exists, or may: beginning, active or ending."""
        return EdgeState.BEGINNING <= self <= EdgeState.ENDING


_STATE_LABELS = {
    EdgeState.NOT_BEGUN: "not yet begun",
    EdgeState.BEGINNING: "beginning",
    EdgeState.ACTIVE: "active",
    EdgeState.ENDING: "ending",
    EdgeState.ENDED: "ended",
}


def event_date(event: Event, mode: Mode) -> PartialDate:
    """The date an event counts from on a clock: when it happened, or when it became public."""
    if mode is Mode.KNOWN and event.reported_at is not None:
        return event.reported_at
    return event.start


def date_span(date: PartialDate) -> Span:
    return dates.start_seconds(date), dates.end_seconds(date)


@dataclass(frozen=True)
class Lifetime:
    """A relationship's begin and end on one clock; None = before the case / still going."""

    begin: PartialDate | None = None
    end: PartialDate | None = None

    @property
    def begin_span(self) -> Span | None:
        return None if self.begin is None else date_span(self.begin)

    @property
    def end_span(self) -> Span | None:
        return None if self.end is None else date_span(self.end)

    def state_at(self, seconds: int) -> EdgeState:
        begin, end = self.begin_span, self.end_span
        if begin is not None and seconds < begin[0]:
            return EdgeState.NOT_BEGUN
        if end is not None and seconds >= end[1]:
            return EdgeState.ENDED
        if begin is not None and seconds < begin[1]:
            return EdgeState.BEGINNING
        if end is not None and seconds >= end[0]:
            return EdgeState.ENDING
        return EdgeState.ACTIVE

    def describe(self) -> str:
        """'since 2016', 'until June 2025', 'June 2025 – ', 'always (as far as the case goes)'."""
        if self.begin is None and self.end is None:
            return "throughout the case"
        if self.end is None:
            return f"since {dates.display(self.begin)}"  # type: ignore[arg-type]
        if self.begin is None:
            return f"until {dates.display(self.end)}"
        return f"{dates.display_span(self.begin, self.end)}"


def _earliest(candidates: Iterable[PartialDate]) -> PartialDate | None:
    return min(candidates, key=dates.start_seconds, default=None)


def lifetime(relationship: Relationship, effects: Iterable[EventEffect], events: dict[str, Event], mode: Mode) -> Lifetime:
    """The relationship's lifetime on the clock of ``mode`` (see the module docstring)."""
    starting: list[PartialDate] = []
    ending: list[PartialDate] = []
    for effect in effects:
        event = events.get(effect.event_uid)
        if event is None:
            continue
        if effect.effect is Effect.STARTS:
            starting.append(event_date(event, mode))
        elif effect.effect is Effect.ENDS:
            ending.append(event_date(event, mode))
    if mode is Mode.KNOWN:
        begin = _earliest(starting) or relationship.start
        end = _earliest(ending) or relationship.end
    else:
        begin = relationship.start or _earliest(starting)
        end = relationship.end or _earliest(ending)
    return Lifetime(begin, end)


def state_note(state: EdgeState, life: Lifetime) -> str:
    """A few words for an edge's label about where it stands: 'ended June 2025', 'from June 2025'."""
    if state is EdgeState.NOT_BEGUN and life.begin is not None:
        return f"from {dates.display(life.begin)}"
    if state is EdgeState.BEGINNING and life.begin is not None:
        return f"begins {dates.display(life.begin)}"
    if state is EdgeState.ENDING and life.end is not None:
        return f"ends {dates.display(life.end)}"
    if state is EdgeState.ENDED and life.end is not None:
        return f"ended {dates.display(life.end)}"
    return ""
