"""The timeline's numpy index: columns read fast and right, visible slices, density, filters."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core import dates
from explorer.core.casefile import build_case, open_case
from explorer.core.generate import generate_case
from explorer.core.models import Certainty
from explorer.core.timeline_columns import CERTAINTY_CODES, precision_end, read_categories, read_columns
from explorer.core.timeline_index import LaneMode, TimelineIndex, certainty_code, has_end, importance_of, precision_of


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gen") / "g.case.db"
    build_case(path, lambda store: generate_case(store, 3000, entities=40, seed=7))
    return path


def test_columns_match_the_stored_rows(bundled_store) -> None:
    columns = read_columns(bundled_store.conn, bundled_store.db.path)
    assert len(columns) == bundled_store.event_count()
    assert np.all(np.diff(columns.t_start) >= 0), "events come in time order"
    for position, event_id in enumerate(columns.event_id):
        event = bundled_store.events_by_id([int(event_id)])[0]
        style = columns.style[position : position + 1]
        assert (columns.t_start[position], columns.t_end[position]) == (event.t_start, event.t_end)
        assert CERTAINTY_CODES[int(certainty_code(style)[0])] is event.certainty
        assert int(precision_of(style)[0]) == int(event.start.precision)
        assert int(importance_of(style)[0]) == event.importance
        assert bool(has_end(style)[0]) == (event.end is not None)
    pairs = {(int(e), int(n)) for e, n in zip(columns.part_event, columns.part_entity, strict=True)}
    stored = set(bundled_store.conn.execute("SELECT event_id, entity_id FROM event_entity").fetchall())
    assert pairs == stored


def test_parallel_and_serial_reads_agree(generated: Path) -> None:
    store = open_case(generated, readonly=True)
    try:
        parallel, serial = read_columns(store.conn, generated), read_columns(store.conn, None)
    finally:
        store.close()
    for name in ("event_id", "t_start", "t_end", "style", "part_event", "part_entity"):
        assert np.array_equal(getattr(parallel, name), getattr(serial, name)), name


@settings(max_examples=300, deadline=None)
@given(
    year=st.integers(-20_000, 9999), month=st.integers(1, 12), day=st.integers(1, 28),
    precision=st.sampled_from([dates.Precision.YEAR, dates.Precision.MONTH, dates.Precision.DAY, dates.Precision.MINUTE]),
)
def test_precision_end_agrees_with_the_calendar(year: int, month: int, day: int, precision: dates.Precision) -> None:
    date = dates.from_seconds_at(dates.to_seconds(year, month, day, 13, 45), precision)
    start = np.array([dates.start_seconds(date)], dtype=np.int64)
    assert int(precision_end(start, np.array([int(precision)]))[0]) == dates.end_seconds(date)


@pytest.fixture(scope="module")
def index(generated: Path) -> TimelineIndex:
    store = open_case(generated, readonly=True)
    try:
        built = TimelineIndex(read_columns(store.conn, generated), store.entities())
        built.set_categories(*read_categories(store.conn))
    finally:
        store.close()
    return built


@settings(max_examples=150, deadline=None)
@given(fraction=st.floats(0, 1), width_days=st.floats(0.01, 30_000), mode=st.sampled_from(list(LaneMode)))
def test_visible_marks_are_exactly_those_meeting_the_window(index: TimelineIndex, fraction: float, width_days: float,
                                                          mode: LaneMode) -> None:
    marks = index.marks(mode)
    start, end = index.time_range
    x0 = start + (end - start) * fraction
    x1 = x0 + width_days * 86_400
    found = np.sort(marks.visible(x0, x1))
    expected = np.flatnonzero((marks.t1 > np.floor(x0)) & (marks.t0 <= np.ceil(x1)))
    assert np.array_equal(found, expected)
    assert marks.count_upper_bound(x0, x1) >= len(found)
    starting = np.count_nonzero((marks.t0 >= np.floor(x0)) & (marks.t0 <= np.ceil(x1)))
    assert marks.count_starting(x0, x1) == starting


def test_entity_marks_hold_each_participation_once_in_time_order(index: TimelineIndex) -> None:
    marks = index.marks(LaneMode.ENTITY)
    assert len(marks) == len(index._columns.part_event)
    assert np.all(np.diff(marks.t0) >= 0)
    keys = [lane.key for lane in marks.lanes]
    assert len(set(keys)) == len(keys)


def test_density_counts_every_mark_starting_in_view(index: TimelineIndex) -> None:
    for mode in LaneMode:
        marks = index.marks(mode)
        start, end = index.time_range
        image = marks.density(start, end + 1, 500)
        assert image.shape == (len(marks.lanes), 500)
        assert int(image.sum()) == len(marks)
        assert np.array_equal(image.sum(axis=1), np.bincount(marks.lane, minlength=len(marks.lanes)))


def test_matching_filters_by_certainty_category_and_entity(index: TimelineIndex) -> None:
    confirmed = CERTAINTY_CODES.index(Certainty.CONFIRMED)
    mask = index.matching(certainty_codes={confirmed})
    assert np.array_equal(mask, certainty_code(index.style) == confirmed)
    first_category = index.categories[0]
    assert np.array_equal(index.matching(categories={first_category}), index.category == 0)
    entity = int(index._columns.part_entity[0])
    involved = set(index.position(index._columns.part_event[index._columns.part_entity == entity]).tolist())
    assert set(np.flatnonzero(index.matching(entity_ids={entity})).tolist()) == involved
    assert not index.matching(entity_ids=set()).any()


def test_events_without_participants_get_a_lane_of_their_own_and_only_then(bundled_store) -> None:
    from explorer.core.models import Event
    from explorer.core.timeline_index import UNASSIGNED_LANE

    def entity_marks() -> tuple[list[str], list[tuple[int, str]]]:
        built = TimelineIndex(read_columns(bundled_store.conn, None), bundled_store.entities())
        marks = built.marks(LaneMode.ENTITY)
        ids = built._columns.event_id
        placed = [(int(ids[e]), marks.lanes[int(lane)].name) for e, lane in zip(marks.event, marks.lane, strict=True)]
        return [lane.name for lane in marks.lanes], placed

    lanes, _ = entity_marks()
    assert UNASSIGNED_LANE.name not in lanes, "every bundled event has a participant"
    bundled_store.put_event(Event(uid="ev-bare", title="A bare event", start=dates.parse("2025-06-20")))
    lanes, placed = entity_marks()
    bare_id = bundled_store.event("ev-bare").id
    assert lanes[-1] == UNASSIGNED_LANE.name and lanes.count(UNASSIGNED_LANE.name) == 1
    assert [lane for event_id, lane in placed if event_id == bare_id] == [UNASSIGNED_LANE.name]
    assert all(lane != UNASSIGNED_LANE.name for event_id, lane in placed if event_id != bare_id)


def test_a_case_without_events_spans_the_year_around_today(tmp_path: Path) -> None:
    import time

    from explorer.core.casefile import new_case

    path = tmp_path / "empty.case.db"
    new_case(path)
    store = open_case(path)
    try:
        empty = TimelineIndex(read_columns(store.conn, path), store.entities())
    finally:
        store.close()
    start, end = empty.time_range
    now = time.time()
    assert start < now < end  # not 1 January 1970
    assert 360 * 86_400 <= end - start <= 370 * 86_400


@given(st.lists(st.integers(-(2**62), 2**62), max_size=200))
def test_distinct_gives_what_np_unique_gives(values: list[int]) -> None:
    from explorer.core.timeline_index import distinct

    array = np.array(values, dtype=np.int64)
    assert np.array_equal(distinct(array), np.unique(array))
