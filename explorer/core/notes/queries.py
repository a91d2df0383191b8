"""The few SQL statements the notes package needs that ``NoteStore`` does not offer yet.

Thinning a note's history deletes single revisions, which needs their row ids. These belong in
``explorer/core/store/notes.py`` beside ``note_revisions()``; they live here, written the same
way, until the store's owner moves them (then this module becomes two one-line aliases).
"""

from __future__ import annotations

from collections.abc import Iterable

from explorer.core.store import CaseStore


def revision_times(store: CaseStore, note_uid: str) -> list[tuple[int, str]]:
    """(row id, saved_at) of a note's revisions, oldest first."""
    rows = store.conn.execute(
        "SELECT id, saved_at FROM note_revision WHERE note_id = (SELECT id FROM note WHERE uid = ?) ORDER BY id", (note_uid,)
    )
    return [(row_id, str(saved_at)) for row_id, saved_at in rows]


def delete_revisions(store: CaseStore, row_ids: Iterable[int]) -> int:
    """Delete revisions by row id (in the caller's transaction when there is one); how many went."""
    ids = sorted(set(row_ids))
    with store.db.atomic() as conn:
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            conn.execute(f"DELETE FROM note_revision WHERE id IN ({','.join('?' * len(chunk))})", chunk)
    return len(ids)


def notes_with_links(store: CaseStore) -> list[str]:
    """Uids of the notes whose body contains ``[[`` (the only ones that can link anywhere)."""
    return [row[0] for row in store.conn.execute("SELECT uid FROM note WHERE instr(body, '[[') > 0 ORDER BY id")]
