"""Bulk loads index search once at the end, and leave the schema exactly as it was."""

from __future__ import annotations

import pytest

from explorer.core import schema, search
from explorer.core.fts_bulk import deferred_indexing
from explorer.core.store import CaseStore

_INSERT = (
    'INSERT INTO event (uid, title, body, start, t_start, t_end, precision) '
    "VALUES (?, ?, 'rare word zephyrine', '2025', 1735689600, 1767225600, 1)"
)


def test_rows_loaded_in_bulk_are_searchable_and_the_schema_is_unchanged() -> None:
    store = CaseStore.in_memory()
    with store.db.atomic() as conn, deferred_indexing(conn, ("event",)):
        conn.executemany(_INSERT, [(f"e{i}", f"Bulk event {i}") for i in range(500)])
    assert schema.differences(store.conn) == []
    assert len(search.search(store.conn, "zephyrine", limit=1000, kinds=(search.HitKind.EVENT,))) == 500
    store.conn.execute("INSERT INTO event_fts (event_fts, rank) VALUES ('integrity-check', 1)")
    from explorer.core.dates import parse
    from explorer.core.models import Event

    store.put_event(Event("later", "Afterwards quillback", parse("2026")))
    assert [h.uid for h in search.search(store.conn, "quillback")] == ["later"]


def test_a_failed_bulk_load_leaves_nothing_behind() -> None:
    store = CaseStore.in_memory()
    with pytest.raises(RuntimeError), store.db.atomic() as conn, deferred_indexing(conn, ("event",)):
        conn.executemany(_INSERT, [(f"e{i}", f"Bulk event {i}") for i in range(50)])
        raise RuntimeError("disk on fire")
    assert store.event_count() == 0
    assert schema.differences(store.conn) == []


def test_it_refuses_to_run_outside_a_transaction() -> None:
    store = CaseStore.in_memory()
    with pytest.raises(RuntimeError), deferred_indexing(store.conn):
        pass
