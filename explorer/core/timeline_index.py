"""The timeline's data in numpy: marks per lane, the visible slice, and density per pixel.

A *mark* is one event drawn in one lane: with lanes by entity an event has a mark in each
participant's lane; with lanes by category or one packed lane, exactly one. Marks are kept in
time order, split into buckets by duration so the visible ones are found with a few
``searchsorted`` calls, and per lane, so per-pixel counts for the density view cost
O(lanes × pixels × log n) whatever the number of events.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from explorer.core.models import Entity, EntityKind
from explorer.core.timeline_columns import TimelineColumns

_DAY = 86_400
EMPTY_HALF_SPAN = 182 * _DAY  # an empty case shows the year around today
_BUCKET_LIMITS = (*(days * _DAY for days in (1, 7, 32, 92, 367, 734, 1470, 2940, 5880, 23_500)), np.iinfo(np.int64).max)
_KIND_ORDER = {EntityKind.COMPANY: 0, EntityKind.ORGANIZATION: 1, EntityKind.GROUP: 2, EntityKind.PERSON: 3}


def distinct(values: np.ndarray) -> np.ndarray:
    """The sorted distinct values of a 1-D array, as ``np.unique`` gives them. numpy 2's
    ``np.unique`` imports ``numpy.ma`` on its first call (tens of milliseconds at start-up)."""
    ordered = np.sort(np.asarray(values).ravel())
    if ordered.size < 2:
        return ordered
    keep = np.empty(ordered.size, dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


class LaneMode(StrEnum):
    ENTITY = "entity"
    CATEGORY = "category"
    PACKED = "packed"


# style flag fields, as packed by timeline_columns.read_columns
def certainty_code(style: np.ndarray) -> np.ndarray:
    return style & 7


def importance_of(style: np.ndarray) -> np.ndarray:
    return (style >> 3) & 3


def precision_of(style: np.ndarray) -> np.ndarray:
    return (style >> 5) & 7


def has_end(style: np.ndarray) -> np.ndarray:
    return (style >> 8) & 1


def _seconds(x0: float, x1: float) -> tuple[int, int]:
    """Whole seconds around [x0, x1]: searching int64 arrays with floats would convert every element."""
    return int(np.floor(x0)), int(np.ceil(x1))


@dataclass(frozen=True)
class Lane:
    key: str  # entity uid, category name, or "" for the packed lane
    name: str
    color: str | None = None
    slot: int | None = None  # an entity's place in the palette (``palette_slot``): its colour whatever the lanes' order


def palette_slot(entity: Entity, fallback: int = 0) -> int:
    """Where an entity's colour comes from in a palette, the same in every view and for good: its
    row id counted from 0 (``fallback`` for one not stored yet). Lanes are ordered by how many events
    they hold, so a colour by lane would change as events are added, and differ from the graph's."""
    return entity.id - 1 if entity.id is not None else fallback


UNASSIGNED_LANE = Lane("", "(no participants)")
ORDERS = ("in_buckets", "bucket_edges", "bucket_longest", "lane_t0", "lane_edges")  # what Marks.orders() holds


@dataclass(frozen=True)
class _Bucket:
    marks: np.ndarray  # mark indexes, in time order
    t0: np.ndarray  # their start times
    longest: int  # the longest duration in the bucket


class Marks:
    """The marks of one lane mode: parallel arrays in time order, plus lookup structures."""

    def __init__(self, event: np.ndarray, lane: np.ndarray, t0: np.ndarray, t1: np.ndarray, lanes: list[Lane],
                 orders: dict[str, np.ndarray] | None = None) -> None:
        """``orders`` is the sorting work of an earlier build of the same marks (see ``orders()``)."""
        self.event = np.asarray(event, dtype=np.int32)  # position of the event in the index's arrays
        self.lane = np.asarray(lane, dtype=np.int32)  # (no copy when already so: a million-event case has 2.3M marks)
        self.t0 = t0
        self.t1 = t1
        self.lanes = lanes
        if orders is None:
            orders = self._sort(lanes)
        self._orders = orders
        in_buckets, edges, longest = orders["in_buckets"], orders["bucket_edges"], orders["bucket_longest"]
        self._buckets = []
        for b in range(len(edges) - 1):
            chosen = in_buckets[edges[b] : edges[b + 1]]
            if chosen.size:
                self._buckets.append(_Bucket(chosen, t0[chosen], int(longest[b])))
        lane_t0, lane_edges = orders["lane_t0"], orders["lane_edges"]
        self._lane_t0 = [lane_t0[lane_edges[i] : lane_edges[i + 1]] for i in range(len(lanes))]

    def _sort(self, lanes: list[Lane]) -> dict[str, np.ndarray]:
        """Marks by how long they last (a bucket per range of durations, time order inside each)
        and the start times by lane, with where each bucket and lane begins."""
        duration = self.t1 - self.t0
        bucket = np.searchsorted(np.asarray(_BUCKET_LIMITS, dtype=np.int64), duration).astype(np.int8)
        in_buckets = np.argsort(bucket, kind="stable")  # radix sort; keeps time order inside each bucket
        bucket_edges = np.concatenate([[0], np.cumsum(np.bincount(bucket, minlength=len(_BUCKET_LIMITS)))])
        longest = np.zeros(len(bucket_edges) - 1, dtype=np.int64)
        for b in range(len(longest)):
            if bucket_edges[b + 1] > bucket_edges[b]:
                longest[b] = duration[in_buckets[bucket_edges[b] : bucket_edges[b + 1]]].max()
        by_lane = np.argsort(self.lane.astype(np.int16) if len(lanes) < 2**15 else self.lane, kind="stable")
        return {
            "in_buckets": in_buckets,
            "bucket_edges": bucket_edges,
            "bucket_longest": longest,
            "lane_t0": self.t0[by_lane],  # kept rather than the order: opening then gathers nothing
            "lane_edges": np.concatenate([[0], np.cumsum(np.bincount(self.lane, minlength=len(lanes)))]),
        }

    def orders(self) -> dict[str, np.ndarray]:
        """The sorting work of this build (orders and start times sorted by them), to hand to a later one."""
        return self._orders

    def __len__(self) -> int:
        return len(self.event)

    def visible(self, x0: float, x1: float) -> np.ndarray:
        """Indexes of the marks whose span meets [x0, x1], in no particular order."""
        x0, x1 = _seconds(x0, x1)
        found = []
        for bucket in self._buckets:
            first = np.searchsorted(bucket.t0, x0 - bucket.longest, side="left")
            last = np.searchsorted(bucket.t0, x1, side="right")
            if last > first:
                chosen = bucket.marks[first:last]
                found.append(chosen[self.t1[chosen] > x0])
        return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)

    def count_starting(self, x0: float, x1: float) -> int:
        """How many marks start within [x0, x1] (not those begun earlier that reach into it)."""
        x0, x1 = _seconds(x0, x1)
        return sum(int(np.searchsorted(b.t0, x1, side="right") - np.searchsorted(b.t0, x0, side="left")) for b in self._buckets)

    def count_upper_bound(self, x0: float, x1: float) -> int:
        """At least as many as ``visible`` would return, without building the list."""
        x0, x1 = _seconds(x0, x1)
        total = 0
        for bucket in self._buckets:
            total += int(np.searchsorted(bucket.t0, x1, side="right") - np.searchsorted(bucket.t0, x0 - bucket.longest))
        return total

    def density(self, x0: float, x1: float, width: int, lanes: range | None = None) -> np.ndarray:
        """Marks starting in each of ``width`` pixels across [x0, x1], per lane: shape (lanes, width).

        Only the rows of ``lanes`` (default: all) are counted; the others stay zero.
        """
        edges = np.linspace(x0, x1, width + 1).astype(np.int64)  # int64 like the times: no per-call conversion
        image = np.zeros((len(self.lanes), width), dtype=np.int32)
        for lane in lanes if lanes is not None else range(len(self.lanes)):
            starts = self._lane_t0[lane]
            if starts.size:
                image[lane] = np.diff(np.searchsorted(starts, edges))
        return image


class TimelineIndex:
    """Events in time order with their lanes; built once per open case, then only queried."""

    def __init__(self, columns: TimelineColumns, entities: list[Entity], cached: dict[str, np.ndarray] | None = None) -> None:
        """``cached`` holds entity marks saved by ``cache_arrays()`` from the same case file."""
        self.event_id = columns.event_id
        self.t_start = columns.t_start
        self.t_end = columns.t_end
        self.style = columns.style
        self._columns = columns
        self._entities = entities
        size = int(columns.event_id.max()) + 1 if len(columns) else 1
        self._position = np.full(size, -1, dtype=np.int64)
        self._position[columns.event_id] = np.arange(len(columns))
        self.categories: tuple[str, ...] = ()
        self.category = np.zeros(len(columns), dtype=np.int32)
        self._marks: dict[LaneMode, Marks] = {}
        self._cached = cached
        self._time_range: tuple[int, int] | None = None

    @property
    def columns(self) -> TimelineColumns:
        return self._columns

    def cache_arrays(self) -> dict[str, np.ndarray]:
        """Everything worth keeping on disk: the columns and the entity lanes' marks with their orders."""
        columns = self._columns
        arrays = {name: getattr(columns, name) for name in ("event_id", "t_start", "t_end", "style", "part_event", "part_entity")}
        marks = self.marks(LaneMode.ENTITY)
        arrays.update(entity_event=marks.event, entity_lane=marks.lane.astype(np.int32))
        arrays.update({f"entity_{name}": order for name, order in marks.orders().items()})
        return arrays

    @classmethod
    def from_cache(cls, arrays: dict[str, np.ndarray], entities: list[Entity]) -> TimelineIndex:
        names = ("event_id", "t_start", "t_end", "style", "part_event", "part_entity")
        return cls(TimelineColumns(**{name: arrays[name] for name in names}), entities, cached=arrays)

    def __len__(self) -> int:
        return len(self.event_id)

    @property
    def time_range(self) -> tuple[int, int]:
        """From the first event's start to the latest end; for a case without events, the year
        around today (where a new case's first events usually go), not 1 January 1970."""
        if not len(self):
            today = int(time.time()) // _DAY * _DAY
            return today - EMPTY_HALF_SPAN, today + EMPTY_HALF_SPAN
        if self._time_range is None:  # asked for on every frame; the columns never change in place
            self._time_range = int(self.t_start[0]), int(self.t_end.max())
        return self._time_range

    def position(self, event_ids: np.ndarray | list[int]) -> np.ndarray:
        """Positions of events by id (-1 for unknown ids)."""
        ids = np.asarray(event_ids, dtype=np.int64)
        inside = (ids >= 0) & (ids < len(self._position))
        found = np.full(ids.shape, -1, dtype=np.int64)
        found[inside] = self._position[ids[inside]]
        return found

    def set_categories(self, names: tuple[str, ...], event_ids: np.ndarray, codes: np.ndarray) -> None:
        """Attach each event's category (read separately, as it is only needed on demand)."""
        self.categories = names
        positions = self.position(event_ids)
        keep = positions >= 0
        self.category = np.zeros(len(self), dtype=np.int32)
        self.category[positions[keep]] = codes[keep]
        self._marks.pop(LaneMode.CATEGORY, None)

    def matching(
        self, certainty_codes: set[int] | None = None, categories: set[str] | None = None, entity_ids: set[int] | None = None
    ) -> np.ndarray:
        """Per event (in position order): True where it passes every criterion given (None = any)."""
        keep = np.ones(len(self), dtype=bool)
        if certainty_codes is not None:
            keep &= np.isin(self.style & 7, sorted(certainty_codes))
        if categories is not None:
            wanted = [code for code, name in enumerate(self.categories) if name in categories]
            keep &= np.isin(self.category, wanted)
        if entity_ids is not None:
            columns = self._columns
            involved = self.position(columns.part_event[np.isin(columns.part_entity, sorted(entity_ids))])
            with_entity = np.zeros(len(self), dtype=bool)
            with_entity[involved[involved >= 0]] = True
            keep &= with_entity
        return keep

    def marks(self, mode: LaneMode) -> Marks:
        if mode not in self._marks:
            self._marks[mode] = self._build(mode)
        return self._marks[mode]

    def _build(self, mode: LaneMode) -> Marks:
        count = len(self)
        if mode is LaneMode.CATEGORY:
            lanes = [Lane(name, name or "(no category)") for name in self.categories] or [Lane("", "(no category)")]
            return Marks(np.arange(count), self.category, self.t_start, self.t_end, lanes)
        if mode is LaneMode.PACKED:
            return Marks(np.arange(count), np.zeros(count, dtype=np.int32), self.t_start, self.t_end, [Lane("", "All events")])
        return self._entity_marks()

    def _entity_marks(self) -> Marks:
        """A lane per entity, an event in the lane of each participant; events with no participant
        at all (a consultant's first, bare event) in a last lane of their own, so none is hidden."""
        columns = self._columns
        by_id = {entity.id: entity for entity in self._entities if entity.id is not None}
        size = max(by_id, default=0) + 1
        entity_ids = columns.part_entity
        counts = np.bincount(entity_ids[entity_ids < size], minlength=size) if len(entity_ids) else np.zeros(size, np.int64)
        ordered = sorted(by_id.values(), key=lambda e: (_KIND_ORDER.get(e.kind, 9), -int(counts[e.id]), e.name.lower()))
        lanes = [Lane(e.uid, e.name, e.color, palette_slot(e)) for e in ordered]
        if self._cached is not None and "entity_event" in self._cached:
            cached = self._cached
            event = cached["entity_event"]
            orders = {name: cached[f"entity_{name}"] for name in ORDERS}
            self._cached = None
            if len(cached["entity_lane"]) and int(cached["entity_lane"].max()) >= len(lanes):
                lanes.append(UNASSIGNED_LANE)
            return Marks(event, cached["entity_lane"], self.t_start[event], self.t_end[event], lanes, orders)
        lane_of = np.full(size, -1, dtype=np.int64)
        for lane, entity in enumerate(ordered):
            lane_of[entity.id] = lane
        positions = self.position(columns.part_event)
        lane = np.where(entity_ids < size, lane_of[np.minimum(entity_ids, size - 1)], -1)
        keep = (positions >= 0) & (lane >= 0)
        with_participants = np.zeros(len(self), dtype=bool)
        with_participants[positions[positions >= 0]] = True
        alone = np.flatnonzero(~with_participants).astype(np.int64)
        keys = (positions[keep] << 16) | lane[keep]
        if len(alone):
            keys = np.concatenate([keys, (alone << 16) | len(lanes)])
            lanes.append(UNASSIGNED_LANE)
        # one sort of packed (position, lane) keys puts the marks in time order
        packed = np.sort(keys)
        event = packed >> 16
        return Marks(event, packed & 0xFFFF, self.t_start[event], self.t_end[event], lanes)
