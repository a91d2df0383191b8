"""Merging a colleague's notes: added, updated, unchanged, older, conflicts; JSON and case files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from explorer.core.casefile import open_case
from explorer.core.interchange.json_reader import ImportFailure
from explorer.core.models import Note, NoteTarget
from explorer.core.notes import exchange
from explorer.core.notes.history import save_note
from explorer.core.notes.merge import IncomingNote, Outcome, merge_notes, merge_operation
from explorer.core.store import CaseStore
from explorer.core.undo import UndoStack


def _note(uid: str, body: str, updated: str, kind: NoteTarget = NoteTarget.CASE, target: str | None = None) -> Note:
    return Note(uid, kind, body, created="2026-11-20T09:00:00Z", updated=updated, target_uid=target, author="Ana")


def _edit(store: CaseStore, uid: str, body: str, updated: str) -> None:
    save_note(store, Note(**{**vars(store.note(uid)), "body": body, "updated": updated}))


@pytest.fixture
def two_copies(bundled_case: Path, tmp_path: Path):
    """Mine and a colleague's copy of the same case, both starting with notes a and b."""
    mine = open_case(bundled_case)
    for note in (_note("a", "shared a", "2026-11-21T09:00:00Z"), _note("b", "shared b", "2026-11-21T09:00:00Z")):
        mine.put_note(note)
    mine.put_note(_note("on-event", "about the stake", "2026-11-21T09:00:00Z", NoteTarget.EVENT, "ev-meta-stake"))
    mine.close()
    theirs_path = tmp_path / "colleague.case.db"
    theirs_path.write_bytes(bundled_case.read_bytes())
    mine, theirs = open_case(bundled_case), open_case(theirs_path)
    yield mine, theirs, theirs_path
    mine.close()
    theirs.close()


def _scenario(mine: CaseStore, theirs: CaseStore) -> None:
    _edit(mine, "a", "a, my edit", "2026-11-22T10:00:00Z")
    _edit(theirs, "a", "a, their edit", "2026-11-22T11:00:00Z")  # both edited: conflict
    _edit(theirs, "b", "b, their edit", "2026-11-22T11:00:00Z")  # only they edited: update
    theirs.put_note(_note("c", "their new note", "2026-11-22T12:00:00Z"))


def test_merge_decides_per_note_and_overwrites_nothing(two_copies) -> None:
    mine, theirs, _path = two_copies
    _scenario(mine, theirs)
    report = exchange.import_notes(mine, _export(theirs, _path.with_suffix(".json")))
    assert report.outcomes == {
        "a": Outcome.CONFLICT, "b": Outcome.UPDATED, "on-event": Outcome.UNCHANGED, "c": Outcome.ADDED,
        **{uid: Outcome.UNCHANGED for uid in report.outcomes if uid not in ("a", "b", "on-event", "c")},
    }
    assert report.summary().startswith("1 added, 1 updated, ") and "1 conflict to resolve" in report.summary()
    assert mine.note("a").body == "a, my edit"
    (conflict,) = mine.note_conflicts("a")
    assert (conflict.body, conflict.author, conflict.origin) == ("a, their edit", "Ana", "colleague.case.json")
    assert mine.note("b").body == "b, their edit"
    assert mine.note_revisions("b")[-1].body == "shared b"  # ours is kept in the history
    assert mine.note("c").body == "their new note"
    again = exchange.import_notes(mine, _path.with_suffix(".json"))  # merging twice changes nothing more
    assert again.outcomes["a"] is Outcome.PENDING and again.outcomes["c"] is Outcome.UNCHANGED
    assert len(mine.note_conflicts("a")) == 1 and not again.changed


def _export(store: CaseStore, out: Path) -> Path:
    assert exchange.export_notes(store, out) == store.note_count()
    return out


def test_an_older_copy_of_our_note_is_skipped(two_copies) -> None:
    mine, theirs, _path = two_copies
    _edit(mine, "b", "b, my later edit", "2026-11-23T10:00:00Z")  # they still hold "shared b"
    report = merge_notes(mine, exchange.notes_of_case(theirs), "colleague")
    assert report.outcomes["b"] is Outcome.OLDER
    assert mine.note("b").body == "b, my later edit" and mine.note_conflicts("b") == []


def test_notes_on_records_this_case_lacks_are_reported_not_added(two_copies) -> None:
    mine, _theirs, _path = two_copies
    stray = IncomingNote(_note("stray", "on a deleted event", "2026-11-22T10:00:00Z", NoteTarget.EVENT, "ev-gone"))
    report = merge_notes(mine, [stray], "x")
    assert report.outcomes == {"stray": Outcome.NO_TARGET}
    assert mine.note("stray") is None
    assert "skipped" in report.summary()


def test_a_merge_is_one_undoable_step(two_copies) -> None:
    mine, theirs, _path = two_copies
    _scenario(mine, theirs)
    before = {n.uid: (n.body, len(mine.note_revisions(n.uid))) for n in mine.notes()}
    history = UndoStack(mine)
    operation, report = merge_operation(mine, exchange.notes_of_case(theirs), "colleague")
    history.run(operation)
    assert history.undo_label == "Import notes" and report.changed
    history.undo()
    assert {n.uid: (n.body, len(mine.note_revisions(n.uid))) for n in mine.notes()} == before
    assert mine.note_conflicts("a") == []
    history.redo()
    assert mine.note("c") is not None and len(mine.note_conflicts("a")) == 1


def test_reading_another_case_file_leaves_it_untouched(two_copies) -> None:
    mine, theirs, path = two_copies
    _scenario(mine, theirs)
    theirs.close()
    before = path.read_bytes()
    report = exchange.import_notes(mine, path)
    assert report.outcomes["c"] is Outcome.ADDED and report.origin == "colleague.case.db"
    assert path.read_bytes() == before


def test_a_case_json_file_brings_its_notes(two_copies, tmp_path: Path) -> None:
    from explorer.core.interchange.native_json import case_to_json

    mine, theirs, _path = two_copies
    _scenario(mine, theirs)
    case_json = tmp_path / "whole.json"
    case_json.write_text(case_to_json(theirs), encoding="utf-8")
    assert exchange.import_notes(mine, case_json).outcomes["c"] is Outcome.ADDED


@pytest.mark.parametrize(
    ("document", "where"),
    [
        ({"format": "case-explorer-case-x", "format_version": 1, "notes": []}, "format"),
        ({"format": "case-explorer-notes", "format_version": 9, "notes": []}, "format_version"),
        ({"format": "case-explorer-notes", "format_version": 1, "notes": [{"uid": "x"}]}, "notes[0].target_kind"),
        ({"format": "case-explorer-notes", "format_version": 1, "notes": [], "extra": 1}, "extra"),
        ({"format": "case-explorer-notes", "format_version": 1, "notes": [
            {"uid": "x", "target_kind": "case", "body": "", "created": "t", "updated": "t"},
            {"uid": "x", "target_kind": "case", "body": "", "created": "t", "updated": "t"},
        ]}, "notes[1].uid"),
    ],
)
def test_a_bad_notes_file_is_refused_with_its_location_and_changes_nothing(tmp_path: Path, bundled_store, document, where) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = bundled_store.note_count()
    with pytest.raises(ImportFailure) as caught:
        exchange.import_notes(bundled_store, path)
    assert caught.value.location == where
    assert bundled_store.note_count() == before


def test_broken_json_and_folders_say_where(tmp_path: Path, bundled_store) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "case-explorer-notes",\n "notes": [}', encoding="utf-8")
    with pytest.raises(ImportFailure, match="line 2"):
        exchange.import_notes(bundled_store, path)
    with pytest.raises(ImportFailure, match="folder"):
        exchange.import_notes(bundled_store, tmp_path)


def test_export_round_trips_and_refuses_the_case_itself(bundled_store, bundled_case: Path, tmp_path: Path) -> None:
    out = _export(bundled_store, tmp_path / "notes.json")
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "case-explorer-notes" and document["meta"]["title"] == bundled_store.title
    assert exchange.looks_like_notes_json(document) and not exchange.looks_like_notes_json({"format": "case-explorer-case"})
    incoming = exchange.read_notes_document(document)
    assert [item.note for item in incoming] == bundled_store.notes()
    with pytest.raises(ValueError, match="refusing"):
        exchange.export_notes(bundled_store, bundled_case)


def test_an_older_schema_case_file_is_read_from_a_private_copy(two_copies, monkeypatch) -> None:
    mine, theirs, path = two_copies
    theirs.put_note(_note("from-old", "old file note", "2026-11-22T12:00:00Z"))
    theirs.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    before = path.read_bytes()
    from explorer.core import migrations

    latest = migrations.latest_version()
    monkeypatch.setattr(migrations, "upgrade", lambda conn, path, backup_dir=None: conn.execute(f"PRAGMA user_version = {latest}"))
    report = exchange.import_notes(mine, path)
    assert report.outcomes["from-old"] is Outcome.ADDED
    assert path.read_bytes() == before
