"""A case keeps a date's milliseconds without a schema change: the ISO text holds them, the seconds
columns and the ``precision`` column keep the second (as the timeline draws it), and the timeline's
arrays, read afresh or spliced after an edit, agree."""

from __future__ import annotations

import pytest

from explorer.core import dates
from explorer.core.dates import PartialDate, Precision
from explorer.core.models import Era, Event
from explorer.core.store import CaseStore
from explorer.core.timeline_columns import read_columns
from explorer.core.timeline_index import TimelineIndex, precision_of
from explorer.core.timeline_update import style_of, updated

START = PartialDate(2025, 6, 12, 10, 0, 0, 123)
END = PartialDate(2025, 6, 12, 10, 0, 1, 999)


def test_an_event_keeps_its_milliseconds_in_a_case() -> None:
    store = CaseStore.in_memory()
    store.put_event(Event(uid="ms", title="Fast", start=START, end=END))
    row = store.conn.execute('SELECT start, "end", t_start, t_end, precision FROM event WHERE uid = ?', ("ms",)).fetchone()
    second = dates.to_seconds(2025, 6, 12, 10)
    assert row == ("2025-06-12T10:00:00.123", "2025-06-12T10:00:01.999", second, second + 2, int(Precision.SECOND))
    event = store.event("ms")
    assert (event.start, event.end) == (START, END) and event.start.precision is Precision.MILLISECOND
    store.put_era(Era(uid="era", title="Blink", start=START, end=END))
    assert (store.eras()[0].start, store.eras()[0].end) == (START, END)


def test_the_timeline_draws_a_millisecond_date_as_its_second() -> None:
    store = CaseStore.in_memory()
    store.put_event(Event(uid="a", title="Plain", start=PartialDate(2025, 6)))
    index = TimelineIndex(read_columns(store.conn, None), store.entities())
    event = Event(uid="ms", title="Fast", start=START)
    store.put_event(event)
    spliced = updated(index, store, {"ms"})
    fresh = TimelineIndex(read_columns(store.conn, None), store.entities())
    assert sorted(spliced.style.tolist()) == sorted(fresh.style.tolist())
    assert style_of(store.event("ms")) in fresh.style.tolist()
    assert sorted(precision_of(fresh.style).tolist()) == [int(Precision.MONTH), int(Precision.SECOND)]


@pytest.mark.parametrize(("start", "end", "refused"), [
    ("2025-06-12T10:00:00.500", "2025-06-12T10:00:00.200", True),  # the same second, an earlier millisecond
    ("2025-06-12T10:00:00.500", "2025-06-12T10:00:00.500", False),
    ("2025-06-12T10:00:00.500", "2025-06-12T10:00:00", False),  # the end's whole second holds the start
    ("2025-06-12T10:00:00", "2025-06-12T10:00:00.200", False),
    ("2025-06-12T10:00:01.000", "2025-06-12T10:00:00.999", True),
])
def test_an_end_a_few_milliseconds_before_the_start_is_refused(start: str, end: str, refused: bool) -> None:
    from explorer.core.interchange.bulk_events import event_row
    from explorer.core.interchange.timelinejs_dates import date_columns
    from explorer.core.store import RecordError

    s, e = dates.parse(start), dates.parse(end)
    assert dates.ends_before(e, s) is refused
    store = CaseStore.in_memory()
    try:
        if refused:
            with pytest.raises(RecordError, match="before the start"):
                store.put_event(Event("e", "Too quick", s, e))
            with pytest.raises(RecordError, match="before the start"):
                event_row("e", "Too quick", "", date_columns(_parts(s)), date_columns(_parts(e)))
        else:
            store.put_event(Event("e", "Quick", s, e))
            event_row("e", "Quick", "", date_columns(_parts(s)), date_columns(_parts(e)))
    finally:
        store.close()


def _parts(date: PartialDate) -> tuple:
    return (date.year, date.month, date.day, date.hour, date.minute, date.second, date.millisecond)
