"""Notes on the case, its events, entities, relationships and date ranges, with revisions and tags."""

from __future__ import annotations

from collections.abc import Sequence

from explorer.core import dates
from explorer.core.changes import Changed, Changes
from explorer.core.models import Note, NoteConflict, NoteRevision, NoteTarget
from explorer.core.store._base import RecordError, StoreBase, iso, read_date, read_enum, text

_SELECT = (
    "SELECT n.id, n.uid, n.target_kind, coalesce(ev.uid, en.uid, r.uid), n.range_start, n.range_end, n.body, n.author, "
    "n.created, n.updated, n.pinned, n.for_speaker FROM note n LEFT JOIN event ev ON ev.id = n.event_id "
    "LEFT JOIN entity en ON en.id = n.entity_id LEFT JOIN relationship r ON r.id = n.relationship_id"
)
_TARGET_TABLE = {NoteTarget.EVENT: "event", NoteTarget.ENTITY: "entity", NoteTarget.RELATIONSHIP: "relationship"}


def _note(row: Sequence) -> Note:
    id_, uid, kind, target, range_start, range_end, body, author, created, updated, pinned, for_speaker = row
    return Note(
        uid=uid, target_kind=read_enum(NoteTarget, kind, NoteTarget.CASE), target_uid=target,
        range_start=read_date(range_start), range_end=read_date(range_end), body=text(body), author=text(author),
        created=text(created), updated=text(updated), pinned=bool(pinned), for_speaker=bool(for_speaker), id=id_,
    )


def check_note(note: Note) -> None:
    needs_target = note.target_kind in _TARGET_TABLE
    if needs_target != (note.target_uid is not None):
        raise RecordError("target", f"a {note.target_kind} note {'needs' if needs_target else 'takes no'} target uid")
    is_range = note.target_kind is NoteTarget.RANGE
    if is_range != (note.range_start is not None and note.range_end is not None):
        raise RecordError("range_start, range_end", "a range note needs both, other notes neither")
    if is_range and dates.ends_before(note.range_end, note.range_start):
        raise RecordError("range_end", f"{note.range_end} is before the start {note.range_start}")
    if not note.created or not note.updated:
        raise RecordError("created, updated", "a note needs both timestamps")


class NoteStore(StoreBase):
    def notes(self, target_kind: NoteTarget | None = None, target_uid: str | None = None) -> list[Note]:
        """Notes, optionally only those on one target; pinned first, then newest first."""
        order = " ORDER BY n.pinned DESC, n.updated DESC, n.id DESC"
        if target_kind is None:
            return [_note(row) for row in self.conn.execute(f"{_SELECT} ORDER BY n.id")]
        table = _TARGET_TABLE.get(target_kind)
        if table is None:
            rows = self.conn.execute(f"{_SELECT} WHERE n.target_kind = ?{order}", (str(target_kind),))
        else:
            rows = self.conn.execute(f"{_SELECT} WHERE n.{table}_id = (SELECT id FROM {table} WHERE uid = ?){order}", (target_uid,))
        return [_note(row) for row in rows]

    def note(self, uid: str) -> Note | None:
        row = self.conn.execute(f"{_SELECT} WHERE n.uid = ?", (uid,)).fetchone()
        return None if row is None else _note(row)

    def note_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM note").fetchone()[0]

    def put_note(self, note: Note) -> Changes:
        """Insert the note, or update the one with the same uid; its tags follow its body."""
        check_note(note)
        with self._write() as conn:
            table = _TARGET_TABLE.get(note.target_kind)
            target_id = self._id_of(table, note.target_uid, "target") if table else None
            targets = {name: (target_id if name == table else None) for name in _TARGET_TABLE.values()}
            values = (
                str(note.target_kind), targets["event"], targets["entity"], targets["relationship"],
                iso(note.range_start), iso(note.range_end), note.body, note.author, note.created, note.updated, int(note.pinned),
                int(note.for_speaker),
            )
            note_id = self._id_or_none("note", note.uid)
            if note_id is None:
                note_id = conn.execute(
                    "INSERT INTO note (id, target_kind, event_id, entity_id, relationship_id, range_start, range_end, body, "
                    "author, created, updated, pinned, for_speaker, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (self._new_id("note", note.id), *values, note.uid),
                ).lastrowid
            else:
                conn.execute(
                    "UPDATE note SET target_kind = ?, event_id = ?, entity_id = ?, relationship_id = ?, range_start = ?, "
                    "range_end = ?, body = ?, author = ?, created = ?, updated = ?, pinned = ?, for_speaker = ? WHERE id = ?",
                    (*values, note_id),
                )
                conn.execute("DELETE FROM note_tag WHERE note_id = ?", (note_id,))
            conn.executemany("INSERT INTO note_tag (note_id, tag) VALUES (?, ?)", [(note_id, tag) for tag in note.tags])
        return Changes.of(Changed.NOTES, note.uid)

    def delete_note(self, uid: str) -> Changes:
        with self._write() as conn:
            conn.execute("DELETE FROM note WHERE id = ?", (self._id_of("note", uid),))
        return Changes.of(Changed.NOTES, uid)

    def note_revisions(self, uid: str) -> list[NoteRevision]:
        """Earlier versions of a note, oldest first."""
        rows = self.conn.execute(
            "SELECT saved_at, body FROM note_revision WHERE note_id = (SELECT id FROM note WHERE uid = ?) ORDER BY id", (uid,)
        )
        return [NoteRevision(text(saved_at), text(body)) for saved_at, body in rows]

    def add_note_revision(self, uid: str, revision: NoteRevision) -> Changes:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO note_revision (note_id, saved_at, body) VALUES (?, ?, ?)",
                (self._id_of("note", uid), revision.saved_at, revision.body),
            )
        return Changes.of(Changed.NOTES, uid)

    def note_conflicts(self, uid: str) -> list[NoteConflict]:
        """Versions of a note brought in by merges that still wait for the user, oldest first."""
        rows = self.conn.execute(
            "SELECT body, updated, author, origin FROM note_conflict WHERE note_id = (SELECT id FROM note WHERE uid = ?) ORDER BY id",
            (uid,),
        )
        return [NoteConflict(text(body), text(updated), text(author), text(origin)) for body, updated, author, origin in rows]

    def add_note_conflict(self, uid: str, conflict: NoteConflict) -> Changes:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO note_conflict (note_id, body, updated, author, origin) VALUES (?, ?, ?, ?, ?)",
                (self._id_of("note", uid), conflict.body, conflict.updated, conflict.author, conflict.origin),
            )
        return Changes.of(Changed.NOTES, uid)

    def clear_note_conflicts(self, uid: str) -> Changes:
        with self._write() as conn:
            conn.execute("DELETE FROM note_conflict WHERE note_id = ?", (self._id_of("note", uid),))
        return Changes.of(Changed.NOTES, uid)

    def tags(self) -> list[tuple[str, int]]:
        """Every tag with the number of notes that carry it, most used first."""
        return self.conn.execute("SELECT tag, count(*) FROM note_tag GROUP BY tag ORDER BY count(*) DESC, tag").fetchall()
