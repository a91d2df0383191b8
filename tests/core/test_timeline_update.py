"""After edits, the spliced timeline index equals one read afresh from the case."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core import undo
from explorer.core.dates import parse
from explorer.core.models import Certainty, Entity, Event, Participant
from explorer.core.timeline_columns import read_columns
from explorer.core.timeline_index import LaneMode, TimelineIndex
from explorer.core.timeline_update import updated
from tests.core.test_undo import _bundled_store


def _rows(index: TimelineIndex) -> list[tuple[int, ...]]:
    """Events as (id, start, end, style), by id: events at the same moment may come in either order."""
    return sorted(zip(*(getattr(index, name).tolist() for name in ("event_id", "t_start", "t_end", "style")), strict=True))


def _same(a: TimelineIndex, b: TimelineIndex) -> None:
    assert _rows(a) == _rows(b)
    assert np.all(np.diff(a.t_start) >= 0), "still in time order"
    pairs_a = sorted(zip(a.columns.part_event.tolist(), a.columns.part_entity.tolist(), strict=True))
    pairs_b = sorted(zip(b.columns.part_event.tolist(), b.columns.part_entity.tolist(), strict=True))
    assert pairs_a == pairs_b
    ma, mb = a.marks(LaneMode.ENTITY), b.marks(LaneMode.ENTITY)
    assert [lane.key for lane in ma.lanes] == [lane.key for lane in mb.lanes]
    ids_a, ids_b = a.event_id[ma.event], b.event_id[mb.event]
    assert sorted(zip(ids_a.tolist(), ma.lane.tolist(), strict=True)) == sorted(zip(ids_b.tolist(), mb.lane.tolist(), strict=True))


@settings(max_examples=40, deadline=None)
@given(steps=st.lists(st.tuples(st.sampled_from(["add", "edit", "delete event", "delete entity"]), st.integers(0, 1000)),
                      min_size=1, max_size=6))
def test_spliced_index_equals_a_fresh_read(steps: list[tuple[str, int]]) -> None:
    store = _bundled_store()
    index = TimelineIndex(read_columns(store.conn, None), store.entities())
    for kind, n in steps:
        events, entities = [e.uid for e in store.iter_events()], [e.uid for e in store.entities()]
        if kind == "add" and entities:
            op = undo.put(store, Event(f"new-{n}", "New", parse("2025-06-2" + str(n % 9)), certainty=Certainty.RUMORED,
                                       participants=(Participant(entities[n % len(entities)]),)))
        elif kind == "edit" and events:
            old = store.event(events[n % len(events)])
            op = undo.put(store, Event(old.uid, old.title, parse("1999"), end=parse("2001-03"), participants=old.participants[1:]))
        elif kind == "delete event" and events:
            op = undo.delete(store, Event, events[n % len(events)])
        elif kind == "delete entity" and entities:
            op = undo.delete(store, Entity, entities[n % len(entities)])
        else:
            continue
        changes = undo.UndoStack(store).run(op)
        index = updated(index, store, set(changes.uids))
        _same(index, TimelineIndex(read_columns(store.conn, None), store.entities()))
