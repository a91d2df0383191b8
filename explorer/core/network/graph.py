"""The relationship network of a case, read once from the store, and its state at any time.

``Network`` holds what the relationship panel needs (entities, relationships, the events that
start, end or change them, the sources cited for them, pinned positions) so that moving the
time cursor costs no SQL: the state of every relationship at a time is a few numpy comparisons.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from explorer.core import dates
from explorer.core.models import Citation, CitationTarget, Entity, Event, EventEffect, Relationship, Source
from explorer.core.network.lifetime import EdgeState, Lifetime, Mode, event_date, lifetime
from explorer.core.store import CaseStore

_BEFORE = np.iinfo(np.int64).min
_AFTER = np.iinfo(np.int64).max


@dataclass(frozen=True)
class Stop:
    """A moment at which the network may change, with the events that happen (or become public) then."""

    seconds: int
    event_uids: tuple[str, ...] = ()


class Timings:
    """Every relationship's begin and end spans on one clock, as arrays for fast states."""

    def __init__(self, lifetimes: list[Lifetime]) -> None:
        def column(spans: list[tuple[int, int] | None], side: int, missing: int) -> np.ndarray:
            return np.array([missing if s is None else s[side] for s in spans], dtype=np.int64)

        begins = [life.begin_span for life in lifetimes]
        ends = [life.end_span for life in lifetimes]
        self.b0, self.b1 = column(begins, 0, _BEFORE), column(begins, 1, _BEFORE)
        self.e0, self.e1 = column(ends, 0, _AFTER), column(ends, 1, _AFTER)

    def states(self, seconds: int) -> np.ndarray:
        """Each relationship's ``EdgeState`` (as int8) at a time; same rules as ``Lifetime.state_at``."""
        t = int(seconds)
        states = np.full(self.b0.shape, int(EdgeState.ACTIVE), dtype=np.int8)
        states[t >= self.e0] = EdgeState.ENDING
        states[t < self.b1] = EdgeState.BEGINNING
        states[t >= self.e1] = EdgeState.ENDED
        states[t < self.b0] = EdgeState.NOT_BEGUN
        return states

    def boundaries(self) -> set[int]:
        values = np.concatenate([self.b0, self.b1, self.e0, self.e1])
        return {int(v) for v in values if v not in (_BEFORE, _AFTER)}


@dataclass
class Network:
    entities: dict[str, Entity]
    relationships: list[Relationship]
    effects: dict[str, list[EventEffect]] = field(default_factory=dict)  # by relationship uid, in event order
    events: dict[str, Event] = field(default_factory=dict)  # the events named by effects
    citations: dict[str, list[tuple[Citation, Source]]] = field(default_factory=dict)  # on each relationship
    pinned: dict[str, tuple[float, float]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.index = {r.uid: i for i, r in enumerate(self.relationships)}
        self._lifetimes: dict[Mode, list[Lifetime]] = {}
        self._timings: dict[Mode, Timings] = {}
        self._stops: dict[Mode, list[Stop]] = {}

    @classmethod
    def from_store(cls, store: CaseStore) -> Network:
        entities = {e.uid: e for e in store.entities()}
        relationships = store.relationships()
        effects: dict[str, list[EventEffect]] = defaultdict(list)
        for effect in store.effects():
            effects[effect.relationship_uid].append(effect)
        events = {e.uid: e for e in store.events_by_uid(sorted({x.event_uid for xs in effects.values() for x in xs}))}
        for uid, found in effects.items():
            found.sort(key=lambda x: (events[x.event_uid].t_start if x.event_uid in events else 0, x.event_uid))
            effects[uid] = found
        all_sources = {s.uid: s for s in store.sources()}
        citations: dict[str, list[tuple[Citation, Source]]] = defaultdict(list)
        for citation in store.citations():
            if citation.target_kind is CitationTarget.RELATIONSHIP and citation.source_uid in all_sources:
                citations[citation.target_uid].append((citation, all_sources[citation.source_uid]))
        return cls(entities, relationships, dict(effects), events, dict(citations), store.positions())

    def sources_of(self, uid: str) -> list[Source]:
        """The distinct sources cited for a relationship, in citation order."""
        found: list[Source] = []
        for _citation, source in self.citations.get(uid, ()):
            if source not in found:
                found.append(source)
        return found

    def relationship(self, uid: str) -> Relationship | None:
        i = self.index.get(uid)
        return None if i is None else self.relationships[i]

    def lifetimes(self, mode: Mode) -> list[Lifetime]:
        if mode not in self._lifetimes:
            self._lifetimes[mode] = [lifetime(r, self.effects.get(r.uid, ()), self.events, mode) for r in self.relationships]
        return self._lifetimes[mode]

    def lifetime(self, uid: str, mode: Mode) -> Lifetime:
        return self.lifetimes(mode)[self.index[uid]]

    def timings(self, mode: Mode) -> Timings:
        if mode not in self._timings:
            self._timings[mode] = Timings(self.lifetimes(mode))
        return self._timings[mode]

    def state_array(self, seconds: int, mode: Mode) -> np.ndarray:
        """States in the order of ``relationships``."""
        return self.timings(mode).states(seconds)

    def states_at(self, seconds: int, mode: Mode) -> dict[str, EdgeState]:
        states = self.state_array(seconds, mode)
        return {r.uid: EdgeState(int(s)) for r, s in zip(self.relationships, states, strict=True)}

    def state(self, uid: str, seconds: int, mode: Mode) -> EdgeState:
        return self.lifetime(uid, mode).state_at(seconds)

    # --- stepping through the moments the network changes ----------------------------------

    def stops(self, mode: Mode) -> list[Stop]:
        """Every moment something may change: begin and end boundaries, and the events' dates on the clock."""
        if mode not in self._stops:
            at: dict[int, list[str]] = {t: [] for t in self.timings(mode).boundaries()}
            for event in sorted(self.events.values(), key=lambda e: (e.t_start, e.uid)):
                at.setdefault(dates.start_seconds(event_date(event, mode)), []).append(event.uid)
            self._stops[mode] = [Stop(t, tuple(uids)) for t, uids in sorted(at.items())]
        return self._stops[mode]

    def next_stop(self, seconds: int, mode: Mode) -> Stop | None:
        stops = self.stops(mode)
        i = bisect_right([s.seconds for s in stops], seconds)
        return stops[i] if i < len(stops) else None

    def previous_stop(self, seconds: int, mode: Mode) -> Stop | None:
        stops = self.stops(mode)
        i = bisect_left([s.seconds for s in stops], seconds)
        return stops[i - 1] if i > 0 else None

    def span(self) -> tuple[int, int] | None:
        """The first and last stop (for an overview); None when nothing is dated."""
        stops = self.stops(Mode.HAPPENED)
        return (stops[0].seconds, stops[-1].seconds) if stops else None
