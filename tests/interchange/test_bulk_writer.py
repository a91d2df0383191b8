"""The bulk path stores what put_event stores, checks what it checks, and leaves the schema as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core import dates, schema
from explorer.core.casefile import import_into, open_case
from explorer.core.check import check_case
from explorer.core.interchange.bulk_events import EVENT_COLUMNS, NO_MEDIA, EventBulkWriter, TableChecks, event_row, shaped
from explorer.core.interchange.json_reader import ImportFailure
from explorer.core.interchange.merge import ImportReport
from explorer.core.interchange.timelinejs_dates import date_columns
from explorer.core.models import Certainty, Entity, EntityKind, Event, Media
from explorer.core.search import search
from explorer.core.store import CaseStore, RecordError
from explorer.core.store.events import check_event
from tests.interchange.conftest import CSV, TIMELINEJS
from tests.interchange.test_round_trips import partial_dates


def _columns(date: dates.PartialDate) -> tuple:
    return date_columns((date.year, date.month, date.day, date.hour, date.minute, date.second, date.millisecond))


def bulk_row(event: Event) -> tuple:
    media = NO_MEDIA if event.media is None else (*(getattr(event.media, k) for k in ("url", "caption", "credit", "thumbnail", "alt",
                                                                                     "title", "link")), 1)
    return event_row(
        event.uid, event.title, event.body, _columns(event.start), _columns(event.end) if event.end else None, event.display_date,
        event.category, media, event.background, str(event.certainty), event.importance,
        _columns(event.reported_at) if event.reported_at else None,
    )


events = st.builds(
    Event, uid=st.uuids().map(str), title=st.text(max_size=20), start=partial_dates(), end=st.none() | partial_dates(),
    body=st.text(max_size=30), display_date=st.text(max_size=10), reported_at=st.none() | partial_dates(),
    category=st.text(max_size=8), certainty=st.sampled_from(Certainty), importance=st.integers(0, 4),
    media=st.none() | st.builds(Media, url=st.text(max_size=10), caption=st.text(max_size=10)),
    background=st.none() | st.text(max_size=10),
)


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(events)
def test_the_bulk_path_checks_and_stores_like_put_event(event: Event) -> None:
    try:
        event.title.encode("utf-8")
        check_event(event)
        refused = None
    except (RecordError, UnicodeEncodeError) as exc:
        refused = exc
    if isinstance(refused, RecordError):
        with pytest.raises(RecordError) as caught:
            bulk_row(event)
        assert caught.value.field == refused.field
        return
    if refused is not None:
        return
    one, other = CaseStore.in_memory(), CaseStore.in_memory()
    one.put_event(event)
    with other.db.atomic():
        writer = EventBulkWriter(other, ImportReport(), str)
        writer.add(bulk_row(event), 0)
        writer.finish()
    assert other.event(event.uid) == one.event(event.uid)
    row_one = one.conn.execute("SELECT * FROM event").fetchone()[1:]
    row_other = other.conn.execute("SELECT * FROM event").fetchone()[1:]
    assert row_one == row_other  # every column, the seconds and the precision too


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(events, min_size=1, max_size=6, unique_by=lambda e: e.uid))
def test_a_chunk_stores_each_row_like_put_event_whatever_its_neighbours_hold(chunk: list[Event]) -> None:
    """Columns left out of a chunk's INSERT (all defaults) and kept ones (one row has media) store the same."""
    valid = []
    for event in chunk:
        try:
            event.title.encode("utf-8")
            check_event(event)
            valid.append(event)
        except (RecordError, UnicodeEncodeError):
            pass
    one, other = CaseStore.in_memory(), CaseStore.in_memory()
    for event in valid:
        one.put_event(event)
    with other.db.atomic():
        writer = EventBulkWriter(other, ImportReport(), str)
        for index, event in enumerate(valid):
            writer.add(bulk_row(event), index)
        writer.finish()
    query = "SELECT * FROM event ORDER BY uid"
    assert [row[1:] for row in other.conn.execute(query)] == [row[1:] for row in one.conn.execute(query)]


def test_shaped_leaves_out_only_columns_that_hold_their_defaults_in_every_row() -> None:
    plain = event_row("a", "Plain", "", date_columns((2025,)), None)
    with_media = event_row("b", "Pictured", "", date_columns((2025,)), None, media=("u", "", "", "", "", "", "", 1))
    columns, rows = shaped([plain, plain])
    left_out = {EVENT_COLUMNS[i] for i in set(range(len(EVENT_COLUMNS))) - set(columns)}
    assert left_out == {"reported_at", "t_reported", "media_url", "media_caption", "media_credit", "media_thumbnail",
                        "media_alt", "media_title", "media_link", "has_media", "background"}
    assert rows == [tuple(plain[i] for i in columns)] * 2
    assert columns[0] == 0  # the uid stays first: repeated uids are found and renamed by it
    columns, rows = shaped([plain, with_media])
    assert "media_url" in {EVENT_COLUMNS[i] for i in columns} and "background" not in {EVENT_COLUMNS[i] for i in columns}
    assert rows[1][columns.index(EVENT_COLUMNS.index("media_url"))] == "u"


def test_merging_into_a_case_keeps_its_schema_search_and_events(tmp_path: Path) -> None:
    target = tmp_path / "case.case.db"
    import_into(TIMELINEJS / "world-history.json", target)
    report = import_into(CSV / "events-day-first.csv", target)
    assert report.added["events"] == 4
    report = import_into(TIMELINEJS / "same-timeline.json", target)
    assert report.added["events"] == 4
    store = open_case(target)
    try:
        assert schema.differences(store.conn) == []  # the trigger and the indexes are back, exactly
        assert store.event_count() == 19
        assert [hit.title for hit in search(store.conn, "Plataea")] == ["Persian Wars"]
        assert [hit.title for hit in search(store.conn, "Scale")] == ["Meta takes 49% of Scale AI"]
        assert store.conn.execute("SELECT count(*) FROM event_fts_config WHERE k = 'automerge' AND v = 4").fetchone()[0] == 1
    finally:
        store.close()
    assert check_case(target).ok, check_case(target).lines()
    store = open_case(target)
    try:  # the search trigger works again for ordinary edits
        store.put_event(Event(uid="later", title="Zanzibar treaty", start=dates.PartialDate(1890)))
        assert [hit.uid for hit in search(store.conn, "Zanzibar")] == ["later"]
    finally:
        store.close()


def test_a_repeated_uid_in_later_chunks_is_renamed(monkeypatch: pytest.MonkeyPatch) -> None:
    from explorer.core.interchange import bulk_events

    monkeypatch.setattr(bulk_events, "CHUNK", 3)
    store = CaseStore.in_memory()
    start = _columns(dates.PartialDate(2020))
    report = ImportReport()
    with store.db.atomic():
        writer = EventBulkWriter(store, report, lambda key: f"row {key}")
        for index, uid in enumerate(["a", "b", "c", "d", "a", "e", "a", "b"]):
            writer.add(event_row(uid, f"T{index}", "", start, None), index)
        writer.finish()
    assert [event.uid for event in store.iter_events()] == ["a", "b", "c", "d", "a-2", "e", "a-3", "b-2"]
    assert report.remarks[0] == "row 4: the uid 'a' was used earlier in the file; imported as 'a-2'"


def _bulk_uids(uids: list[str], keys: list, case_holds: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """Import events with these uids (and keys), into an empty case or one holding ``case_holds``; uids and remarks."""
    store = CaseStore.in_memory()
    start = _columns(dates.PartialDate(2020))
    for uid in case_holds:
        store.put_event(Event(uid=uid, title="Before", start=dates.PartialDate(1999)))
    report = ImportReport()
    with store.db.atomic():
        writer = EventBulkWriter(store, report, lambda key: f"at {key}")
        for index, (uid, key) in enumerate(zip(uids, keys, strict=True)):
            writer.add(event_row(uid, f"T{index}", "", start, None), key)
        writer.finish()
    new = store.conn.execute("SELECT uid FROM event WHERE title <> 'Before' ORDER BY id").fetchall()
    assert schema.differences(store.conn) == []
    return [uid for (uid,) in new], report.remarks


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "a-2", "a-3", "b-2", "a-2-2"]), max_size=14))
def test_repeated_uids_are_renamed_the_same_way_whether_the_uid_index_is_set_aside_or_not(uids: list[str]) -> None:
    """Into an empty case repeats are found when the unique index is built at the end; into a case
    with events they are found chunk by chunk against the index. Both name them alike, in file order."""
    from explorer.core.interchange import bulk_events

    original = bulk_events.CHUNK
    bulk_events.CHUNK = 3
    try:
        keys = list(range(len(uids)))
        at_the_end = _bulk_uids(uids, keys)
        chunk_by_chunk = _bulk_uids(uids, keys, case_holds=("unrelated",))
    finally:
        bulk_events.CHUNK = original
    assert at_the_end == chunk_by_chunk
    assert len(set(at_the_end[0])) == len(uids)


def test_a_renamed_repeat_can_push_a_later_uid_along() -> None:
    uids, remarks = _bulk_uids(["a", "a", "a-2", "b", "a-2"], [10, 11, 12, 13, 14])
    assert uids == ["a", "a-2", "a-2-2", "b", "a-2-3"]
    assert remarks == [
        "at 11: the uid 'a' was used earlier in the file; imported as 'a-2'",
        "at 12: the uid 'a-2' was used earlier in the file; imported as 'a-2-2'",
        "at 14: the uid 'a-2' was used earlier in the file; imported as 'a-2-3'",
    ]


def test_locations_of_repeats_are_kept_whatever_the_keys_are() -> None:
    keys = [1, 2, "events[2]", 2**70, 5]  # integers first, then keys an array of integers cannot hold
    uids, remarks = _bulk_uids(["x", "y", "x", "x", "y"], keys)
    assert uids == ["x", "y", "x-2", "x-3", "y-2"]
    assert [remark.split(":")[0] for remark in remarks] == ["at events[2]", f"at {2**70}", "at 5"]


def test_a_row_the_table_would_refuse_is_refused_with_its_location(tmp_path: Path) -> None:
    """Rows are inserted without SQLite evaluating the CHECK constraints; the same checks run per chunk."""
    store = CaseStore.in_memory()
    start = _columns(dates.PartialDate(2020))
    good = event_row("ok", "Fine", "", start, None)
    bad = (*good[:7], 9, *good[8:])  # precision 9: event_row never makes one, the table refuses it
    report = ImportReport()
    with pytest.raises(ImportFailure) as caught, store.db.atomic():
        writer = EventBulkWriter(store, report, lambda key: f"line {key}")
        writer.add(good, 1)
        writer.add(("bad", *bad[1:]), 2)
        writer.finish()
    assert caught.value.location == "line 2"
    assert "precision BETWEEN 1 AND 5" in caught.value.problem
    assert store.event_count() == 0
    assert store.conn.execute("PRAGMA ignore_check_constraints").fetchone()[0] == 0
    assert schema.differences(store.conn) == []


def test_the_checks_are_read_from_the_table_definition() -> None:
    sql = """CREATE TABLE t (
        a TEXT CHECK (a <> ')'),  -- a comment (with a CHECK (1) in it
        b INTEGER NOT NULL CHECK (b IN (1, 2)),
        "c" TEXT, CHECK ((b > 0) AND ("c" <> 'CHECK (x)'))
    )"""
    checks = TableChecks.of("t", sql)
    assert checks is not None
    assert checks.expressions == ["a <> ')'", "b IN (1, 2)", "(b > 0) AND (\"c\" <> 'CHECK (x)')"]
    assert TableChecks.of("t", "CREATE TABLE t (a, b)") is None
    assert TableChecks.of("t", "CREATE TABLE t (a CHECK (a > (1)") is None


@pytest.mark.parametrize("case_holds", [(), ("u-5",)])
def test_many_rows_to_a_statement_keep_their_order_ids_and_locations(case_holds: tuple[str, ...]) -> None:
    """Statements of many rows and the rest one by one: file order, participants on the right events, and a
    refused row still named, also after a row the case already held was skipped."""
    from explorer.core.interchange.bulk_events import ROWS_PER_INSERT

    count = 2 * ROWS_PER_INSERT + 7
    start = _columns(dates.PartialDate(2020))
    rows = [event_row(f"u-{i}", f"Event {i}", "", start, None) for i in range(count)]

    def case() -> tuple[CaseStore, int]:
        store = CaseStore.in_memory()
        for uid in case_holds:
            store.put_event(Event(uid=uid, title="Before", start=dates.PartialDate(1999)))
        store.put_entity(Entity(uid="meta", kind=EntityKind.COMPANY, name="Meta"))
        return store, store.conn.execute("SELECT id FROM entity WHERE uid = 'meta'").fetchone()[0]

    store, meta = case()
    with store.db.atomic():
        writer = EventBulkWriter(store, ImportReport(), lambda key: f"line {key}")
        for index, row in enumerate(rows):
            writer.add(row, index + 2, [(meta, "actor")] if index % 10 == 7 else ())
        writer.finish()
    new = [f"u-{i}" for i in range(count) if f"u-{i}" not in case_holds]
    assert [uid for (uid,) in store.conn.execute("SELECT uid FROM event WHERE title <> 'Before' ORDER BY id")] == new
    linked = store.conn.execute("SELECT e.uid FROM event_entity x JOIN event e ON e.id = x.event_id ORDER BY e.id").fetchall()
    assert [uid for (uid,) in linked] == [f"u-{i}" for i in range(count) if i % 10 == 7]
    assert [hit.uid for hit in search(store.conn, f"Event {ROWS_PER_INSERT + 3}")][:1] == [f"u-{ROWS_PER_INSERT + 3}"]

    refused, _ = case()
    bad = ROWS_PER_INSERT + 11  # inside the second many-row statement, after the skipped u-5
    with pytest.raises(ImportFailure) as caught, refused.db.atomic():
        writer = EventBulkWriter(refused, ImportReport(), lambda key: f"line {key}")
        for index, row in enumerate(rows):
            writer.add((*row[:7], 9, *row[8:]) if index == bad else row, index + 2)
        writer.finish()
    assert caught.value.location == f"line {bad + 2}"
    assert refused.event_count() == len(case_holds)


def test_wide_rows_stay_within_the_oldest_sqlite_limit_of_bound_values() -> None:
    """Rows with every column (media, reported date, background) bind 23 values; SQLite before 3.32 takes 999 a statement."""
    start = _columns(dates.PartialDate(2020))
    media = ("https://example.org/a.png", "Caption", "Credit", "", "Alt", "", "", 1)
    rows = [event_row(f"w-{i}", f"Wide {i}", "Text", start, None, "2020", "deal", media, "#123456", "reported", 3, start)
            for i in range(120)]
    store = CaseStore.in_memory()
    store.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    with store.db.atomic():
        writer = EventBulkWriter(store, ImportReport(), str)
        for index, row in enumerate(rows):
            writer.add(row, index)
        writer.finish()
    stored = store.conn.execute("SELECT uid, media_url, background, reported_at FROM event ORDER BY id").fetchall()
    assert stored == [(f"w-{i}", "https://example.org/a.png", "#123456", "2020") for i in range(120)]


def test_the_indexes_built_at_the_end_sort_on_two_threads_and_the_connection_is_given_back_as_it_was() -> None:
    """finish() builds the uid and timeline indexes with SQLite's helper thread (PRAGMA threads) and a
    small page cache for those statements only; afterwards the connection is as before the import."""
    store = CaseStore.in_memory()
    cache_before = store.conn.execute("PRAGMA cache_size").fetchone()[0]
    seen: list[tuple[str, int, int]] = []
    store.conn.set_trace_callback(
        lambda sql: seen.append((sql, store.conn.execute("PRAGMA threads").fetchone()[0],
                                 store.conn.execute("PRAGMA cache_size").fetchone()[0]))
        if sql.lstrip().upper().startswith("CREATE") and "INDEX" in sql.upper() else None)
    try:
        with store.db.atomic():
            writer = EventBulkWriter(store, ImportReport(), lambda key: f"line {key}")
            for i in range(50):
                writer.add(event_row(f"e{i}", f"Event {i}", "", _columns(dates.PartialDate(2000 + i)), None), i)
            writer.finish()
    finally:
        store.conn.set_trace_callback(None)
    built = " ".join(sql for sql, _threads, _cache in seen)
    assert "event_uid" in built and "event_timeline" in built, seen
    assert all(threads == 2 and cache == -8 * 1024 for _sql, threads, cache in seen), seen
    assert store.conn.execute("PRAGMA threads").fetchone()[0] == 0
    assert store.conn.execute("PRAGMA cache_size").fetchone()[0] == cache_before
    assert store.event_count() == 50
    store.close()
