"""Saving a note with its history: each save keeps the body it replaces, thinned as it ages.

``save_note`` is the one way the editor, the kill test, undo and restore write a note: in one
transaction it records the replaced body as a revision (saved at the old ``updated`` time), puts
the note, and thins the note's revisions.

Thinning keeps every version from the last five minutes, then the newest per minute up to an
hour, per hour up to a day, and per day after that; the oldest version is always kept. (The
editor saves about once a second while someone types, so "keep everything for an hour" would
keep thousands of near-identical versions; per minute is as fine as anyone restores.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

from explorer.core.changes import Changed, Changes
from explorer.core.models import Note, NoteRevision
from explorer.core.notes import queries
from explorer.core.store import CaseStore

KEEP_ALL_SECONDS = 5 * 60
# (up to this age in seconds, keep the newest version in each bucket of this many seconds)
TIERS: tuple[tuple[float, int], ...] = ((3600, 60), (86_400, 3600), (float("inf"), 86_400))


def now() -> datetime:
    return datetime.now(UTC)


def stamp(moment: datetime | None = None) -> str:
    """A note timestamp: UTC to the second, ``2026-11-25T17:20:00Z`` (sorts as text)."""
    return (moment or now()).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_stamp(text: str) -> datetime | None:
    """A stored timestamp as an aware datetime, or None when it is not one."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def revisions_to_keep(saved_at: Sequence[str], moment: datetime | None = None) -> list[bool]:
    """Which of a note's revisions (oldest first) thinning keeps at ``moment``."""
    moment = moment or now()
    keep = [True] * len(saved_at)
    newest_in_bucket: dict[tuple[int, int], int] = {}
    for index, text in enumerate(saved_at):
        when = parse_stamp(text)
        if when is None or index == 0:
            continue  # the first version stays, and so does anything we cannot date
        age = (moment - when).total_seconds()
        if age < KEEP_ALL_SECONDS:
            continue
        width = next(bucket for limit, bucket in TIERS if age < limit)
        key = (width, int(when.timestamp()) // width)
        if key in newest_in_bucket:
            keep[newest_in_bucket[key]] = False  # an older version in the same bucket gives way
        newest_in_bucket[key] = index
    return keep


def thin_revisions(store: CaseStore, note_uid: str, moment: datetime | None = None) -> int:
    """Delete the revisions thinning no longer keeps; how many went."""
    rows = queries.revision_times(store, note_uid)
    keep = revisions_to_keep([saved_at for _id, saved_at in rows], moment)
    return queries.delete_revisions(store, [row_id for (row_id, _saved), kept in zip(rows, keep, strict=True) if not kept])


def save_note(store: CaseStore, note: Note, moment: datetime | None = None) -> Changes:
    """Put a note in one transaction, keeping the body it replaces as a revision."""
    with store.db.atomic():
        old = store.note(note.uid)
        changed_body = old is not None and old.body != note.body
        if changed_body:
            store.add_note_revision(note.uid, NoteRevision(old.updated, old.body))
        changes = store.put_note(note)
        if changed_body:
            thin_revisions(store, note.uid, moment)
    return changes | Changes.of(Changed.NOTES, note.uid)


def with_body(note: Note, body: str, moment: datetime | None = None) -> Note:
    """The note with a new body, stamped as updated now."""
    return replace(note, body=body, updated=stamp(moment))
