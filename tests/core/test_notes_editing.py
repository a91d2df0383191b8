"""Undoable note edits: a session is one step, restore and conflict resolution undo cleanly."""

from __future__ import annotations

from dataclasses import replace

import pytest

from explorer.core.models import Note, NoteConflict, NoteTarget
from explorer.core.notes import editing
from explorer.core.notes.anchors import NoteAnchor, describe, new_note, notes_on, period_from_seconds
from explorer.core.notes.editing import EditSession
from explorer.core.notes.history import save_note, with_body
from explorer.core.store import CaseStore
from explorer.core.undo import UndoStack


def _stack() -> tuple[CaseStore, UndoStack]:
    store = CaseStore.in_memory()
    return store, UndoStack(store)


def test_a_new_note_session_is_one_add_step_that_undo_removes_and_redo_restores_with_history() -> None:
    store, history = _stack()
    note = new_note(NoteAnchor.case(), "Ana", "d")
    session = EditSession(None, note)
    history.run(session.operation())  # the first autosave
    for body in ("dr", "dra", "draft"):  # later autosaves of the same session
        session.latest = with_body(store.note(note.uid), body)
        save_note(store, session.latest)
    assert history.undo_label == "Add note"
    assert [r.body for r in store.note_revisions(note.uid)] == ["d", "dr", "dra"]
    history.undo()
    assert store.note(note.uid) is None
    history.redo()
    assert store.note(note.uid).body == "draft"
    assert [r.body for r in store.note_revisions(note.uid)] == ["d", "dr", "dra"]


def test_an_edit_session_undoes_to_where_it_began_and_keeps_every_version() -> None:
    store, history = _stack()
    original = new_note(NoteAnchor.case(), "Ana", "v1")
    store.put_note(original)
    session = EditSession(original, with_body(original, "v1 more"))
    history.run(session.operation())
    session.latest = with_body(store.note(original.uid), "v1 more text")
    save_note(store, session.latest)
    history.undo()
    assert store.note(original.uid).body == "v1"
    bodies = [r.body for r in store.note_revisions(original.uid)]
    assert "v1 more text" in bodies  # undo never throws a version away
    history.redo()
    assert store.note(original.uid).body == "v1 more text"


def test_restore_a_version_is_undoable() -> None:
    store, history = _stack()
    note = new_note(NoteAnchor.case(), "Ana", "old")
    store.put_note(note)
    save_note(store, with_body(note, "new"))
    history.run(editing.set_body(store, note.uid, "old"))
    assert store.note(note.uid).body == "old"
    history.undo()
    assert store.note(note.uid).body == "new"
    with pytest.raises(KeyError):
        editing.set_body(store, "missing", "x")


def test_pin_and_speaker_flags_leave_the_body_and_dates() -> None:
    store, history = _stack()
    note = new_note(NoteAnchor.case(), "Ana", "text")
    store.put_note(note)
    history.run(editing.set_flags(store, note.uid, pinned=True))
    history.run(editing.set_flags(store, note.uid, for_speaker=True))
    assert history.undo_label == "Mark note for the speaker"
    stored = store.note(note.uid)
    assert (stored.pinned, stored.for_speaker, stored.body, stored.updated) == (True, True, "text", note.updated)
    history.undo()
    history.undo()
    assert not store.note(note.uid).pinned and not store.note(note.uid).for_speaker


@pytest.fixture
def conflicted() -> tuple[CaseStore, UndoStack, Note, NoteConflict]:
    store, history = _stack()
    note = new_note(NoteAnchor.case(), "Ana", "mine")
    store.put_note(note)
    theirs = NoteConflict("theirs", "2026-11-26T09:00:00Z", "Ben", "ben.notes.json")
    other = NoteConflict("another", "2026-11-26T10:00:00Z", "Cleo", "cleo.case.db")
    store.add_note_conflict(note.uid, theirs)
    store.add_note_conflict(note.uid, other)
    return store, history, note, theirs


def test_keep_mine_drops_only_that_conflict(conflicted) -> None:
    store, history, note, theirs = conflicted
    history.run(editing.keep_mine(store, note.uid, theirs))
    assert [c.author for c in store.note_conflicts(note.uid)] == ["Cleo"]
    assert store.note(note.uid).body == "mine"
    history.undo()
    assert [c.author for c in store.note_conflicts(note.uid)] == ["Ben", "Cleo"]


def test_take_theirs_keeps_mine_in_history(conflicted) -> None:
    store, history, note, theirs = conflicted
    history.run(editing.take_theirs(store, note.uid, theirs))
    assert store.note(note.uid).body == "theirs"
    assert store.note_revisions(note.uid)[-1].body == "mine"
    history.undo()
    assert store.note(note.uid).body == "mine"
    assert len(store.note_conflicts(note.uid)) == 2


def test_keep_both_makes_a_second_note_by_the_other_author(conflicted) -> None:
    store, history, note, theirs = conflicted
    history.run(editing.keep_both(store, note.uid, theirs))
    notes = store.notes(NoteTarget.CASE)
    assert sorted((n.body, n.author) for n in notes) == [("mine", "Ana"), ("theirs", "Ben")]
    history.undo()
    assert [n.body for n in store.notes(NoteTarget.CASE)] == ["mine"]
    assert len(store.note_conflicts(note.uid)) == 2


def test_range_anchors_hold_overlapping_range_notes(bundled_store) -> None:
    june = period_from_seconds(1_748_736_000, 1_751_241_600)  # 1 June to 30 June 2025
    assert describe(bundled_store, june) == "Period: 1–30 June 2025"
    inside = new_note(NoteAnchor.period(june.range_start, june.range_end), "Ana", "june")
    bundled_store.put_note(inside)
    later = period_from_seconds(1_760_000_000, 1_761_000_000)
    assert [n.uid for n in notes_on(bundled_store, june)] == [inside.uid]
    assert notes_on(bundled_store, later) == []
    assert describe(bundled_store, NoteAnchor.of(NoteTarget.EVENT, "ev-meta-stake")).startswith("Event: Meta takes")
    assert describe(bundled_store, NoteAnchor.of(NoteTarget.ENTITY, "scale-ai")) == "Company: Scale AI"
    assert describe(bundled_store, NoteAnchor.of(NoteTarget.RELATIONSHIP, "rel-meta-investor-scale")) == (
        "Relationship: Meta is an investor in Scale AI"
    )
    assert replace(june, uid=None) == june
