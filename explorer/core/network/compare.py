"""What changed in the network between two dates, and which events caused each change.

The change is read from the relationship's state at both times (see ``lifetime``): from not
yet begun (or beginning) to present it was *added*; from present to ending or ended it *ended*;
from not begun to ended it *came and went*. A relationship present at both times was *changed*
when an event that modifies it falls between them, or *reaffirmed* when only reaffirming events
do. Dates keep their precision: a start in "June 2025" is added between 15 May and 15 June, but
nothing changes between 10 and 20 June, since the case cannot say more than "in June".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from explorer.core import dates
from explorer.core.models import Effect, Event, EventEffect, Relationship
from explorer.core.network.graph import Network
from explorer.core.network.lifetime import EdgeState, Mode, Span, event_date


class ChangeKind(StrEnum):
    ADDED = "added"
    ENDED = "ended"
    CAME_AND_WENT = "came and went"
    CHANGED = "changed"
    REAFFIRMED = "reaffirmed"


_ORDER = list(ChangeKind)
# which effects explain each kind of change, the main one first
_CAUSES = {
    ChangeKind.ADDED: (Effect.STARTS, Effect.MODIFIES),
    ChangeKind.ENDED: (Effect.ENDS, Effect.MODIFIES),
    ChangeKind.CAME_AND_WENT: (Effect.STARTS, Effect.ENDS, Effect.MODIFIES),
    ChangeKind.CHANGED: (Effect.MODIFIES,),
    ChangeKind.REAFFIRMED: (Effect.REAFFIRMS,),
}


@dataclass(frozen=True)
class Cause:
    event: Event
    effect: Effect
    date: str  # when it counts on the compared clock, in words


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    relationship: Relationship
    before: EdgeState
    after: EdgeState
    causes: tuple[Cause, ...]


def _overlaps(span: Span, t0: int, t1: int) -> bool:
    """True when the span may hold a moment in (t0, t1]."""
    return t0 < span[1] and span[0] < t1


def _lifecycle(before: EdgeState, after: EdgeState) -> ChangeKind | None:
    """What passing from one state to a later one means, or None when it stays where it was."""
    if before == after:
        return None
    if after is EdgeState.ENDED and before <= EdgeState.BEGINNING:
        return ChangeKind.CAME_AND_WENT
    if before <= EdgeState.BEGINNING:
        return ChangeKind.ADDED
    return ChangeKind.ENDED


def _kind(network: Network, relationship: Relationship, t0: int, t1: int, mode: Mode) -> ChangeKind | None:
    life = network.lifetime(relationship.uid, mode)
    kind = _lifecycle(life.state_at(t0), life.state_at(t1))
    if kind is not None or not life.state_at(t1).present:
        return kind
    effects = {e.effect for e in _effects_within(network, relationship.uid, t0, t1, mode)}
    if Effect.MODIFIES in effects:
        return ChangeKind.CHANGED
    if Effect.REAFFIRMS in effects:
        return ChangeKind.REAFFIRMED
    return None


def _effects_within(network: Network, uid: str, t0: int, t1: int, mode: Mode) -> list[EventEffect]:
    found = []
    for effect in network.effects.get(uid, ()):
        event = network.events.get(effect.event_uid)
        if event is not None and _overlaps(_clock_span(event, mode), t0, t1):
            found.append(effect)
    return found


def _clock_span(event: Event, mode: Mode) -> Span:
    date = event_date(event, mode)
    return dates.start_seconds(date), dates.end_seconds(date)


def _causes(network: Network, uid: str, kind: ChangeKind, t0: int, t1: int, mode: Mode) -> tuple[Cause, ...]:
    wanted = _CAUSES[kind]
    within = _effects_within(network, uid, t0, t1, mode)
    chosen = [e for e in within if e.effect in wanted]
    if not any(e.effect is wanted[0] for e in chosen) and kind is not ChangeKind.REAFFIRMED:
        # the event that starts or ends it may be dated outside the interval: it is still the cause
        chosen += [e for e in network.effects.get(uid, ()) if e.effect is wanted[0] and e not in chosen]
    chosen.sort(key=lambda e: (wanted.index(e.effect), _clock_span(network.events[e.event_uid], mode)[0], e.event_uid))
    return tuple(
        Cause(network.events[e.event_uid], e.effect, dates.display(event_date(network.events[e.event_uid], mode))) for e in chosen
    )


def compare(network: Network, first: int, second: int, mode: Mode = Mode.HAPPENED) -> list[Change]:
    """The changes from ``first`` to ``second`` (in either order), added first, then ended, changed…"""
    t0, t1 = sorted((int(first), int(second)))
    if t0 == t1:
        return []
    changes = []
    for relationship in network.relationships:
        kind = _kind(network, relationship, t0, t1, mode)
        if kind is None:
            continue
        life = network.lifetime(relationship.uid, mode)
        causes = _causes(network, relationship.uid, kind, t0, t1, mode)
        changes.append(Change(kind, relationship, life.state_at(t0), life.state_at(t1), causes))
    changes.sort(key=lambda c: (_ORDER.index(c.kind), network.index[c.relationship.uid]))
    return changes
