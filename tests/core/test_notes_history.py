"""Saving notes keeps the replaced body as a revision, in one transaction, thinned as it ages."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from explorer.core.changes import Changed
from explorer.core.models import Note, NoteTarget
from explorer.core.notes import history
from explorer.core.notes.history import revisions_to_keep, save_note, stamp
from explorer.core.store import CaseStore

NOW = datetime(2026, 11, 25, 12, 0, 0, tzinfo=UTC)


def _ago(**delta: float) -> str:
    return stamp(NOW - timedelta(**delta))


def _note(body: str = "First line", updated: str = "2026-11-25T10:00:00Z") -> Note:
    return Note("n1", NoteTarget.CASE, body, created="2026-11-25T10:00:00Z", updated=updated)


def test_stamp_is_utc_to_the_second_and_parses_back() -> None:
    assert stamp(NOW) == "2026-11-25T12:00:00Z"
    assert history.parse_stamp("2026-11-25T12:00:00Z") == NOW
    assert history.parse_stamp("yesterday") is None


def test_every_version_from_the_last_five_minutes_is_kept() -> None:
    saved = [_ago(seconds=s) for s in (290, 200, 100, 50, 10, 1)]
    assert revisions_to_keep(saved, NOW) == [True] * 6


def test_older_versions_keep_the_newest_per_minute_hour_and_day() -> None:
    saved = [
        _ago(days=3, hours=5),  # first ever: always kept
        _ago(days=3, hours=2),  # same day as the first: newest of that day... but the first stays too
        _ago(days=2, hours=6), _ago(days=2, hours=1),  # one day: only the later stays
        _ago(hours=5, minutes=40), _ago(hours=5, minutes=10),  # one clock hour: only the later
        _ago(minutes=30, seconds=50), _ago(minutes=30, seconds=10),  # one minute: only the later
        _ago(minutes=20),
        _ago(seconds=30), _ago(seconds=20),  # last five minutes: all
    ]
    assert revisions_to_keep(saved, NOW) == [True, True, False, True, False, True, False, True, True, True, True]


def test_undatable_revisions_are_never_thinned() -> None:
    assert revisions_to_keep(["2020-01-01T00:00:00Z", "garbage", "also garbage"], NOW) == [True, True, True]


def test_save_keeps_the_replaced_body_as_a_revision() -> None:
    store = CaseStore.in_memory()
    changes = save_note(store, _note("v1"), NOW)
    assert changes.touches(Changed.NOTES) and "n1" in changes.uids
    assert store.note_revisions("n1") == []
    save_note(store, _note("v2", updated="2026-11-25T10:05:00Z"), NOW)
    save_note(store, _note("v2", updated="2026-11-25T10:06:00Z"), NOW)  # same body: no revision
    save_note(store, _note("v3", updated="2026-11-25T10:07:00Z"), NOW)
    assert store.note("n1").body == "v3"
    assert [(r.saved_at, r.body) for r in store.note_revisions("n1")] == [
        ("2026-11-25T10:00:00Z", "v1"), ("2026-11-25T10:06:00Z", "v2"),
    ]


def test_save_thins_the_history_as_it_goes() -> None:
    store = CaseStore.in_memory()
    start = NOW - timedelta(hours=3)
    save_note(store, _note("v0", updated=stamp(start)), start)
    for i in range(1, 121):  # one save a minute for two hours
        moment = start + timedelta(minutes=i)
        save_note(store, _note(f"v{i}", updated=stamp(moment)), moment)
    kept = store.note_revisions("n1")
    assert kept[0].body == "v0"  # the first version survives
    assert 2 < len(kept) < 70  # per-minute versions older than an hour are gone, hours remain
    saved = [r.saved_at for r in kept]
    assert saved == sorted(saved)
    assert all(flag for flag in revisions_to_keep(saved, start + timedelta(minutes=120)))


def test_a_failed_save_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    store = CaseStore.in_memory()
    save_note(store, _note("v1"), NOW)

    def broken(*_args: object) -> int:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(history, "thin_revisions", broken)
    with pytest.raises(sqlite3.OperationalError):
        save_note(store, _note("v2", updated="2026-11-25T10:05:00Z"), NOW)
    assert store.note("n1").body == "v1"
    assert store.note_revisions("n1") == []


def test_with_body_stamps_the_update() -> None:
    note = history.with_body(_note("old"), "new", NOW)
    assert (note.body, note.updated, note.created) == ("new", "2026-11-25T12:00:00Z", "2026-11-25T10:00:00Z")
    assert replace(note, body="old") != note
