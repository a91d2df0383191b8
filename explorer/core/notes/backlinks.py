"""Backlinks: the notes that link to an event, entity or relationship, by uid or by name.

Only notes containing ``[[`` are read and parsed; the names are resolved once per call with a
``LinkIndex`` (pass one in to answer several questions with the same index).
"""

from __future__ import annotations

from explorer.core.models import Note, NoteTarget
from explorer.core.notes import queries
from explorer.core.notes.links import LinkIndex, parse_links
from explorer.core.store import CaseStore


def linked_targets(body: str, index: LinkIndex) -> set[tuple[NoteTarget, str]]:
    """The (kind, uid) of every record a note body links to (unknown names left out)."""
    found = {index.resolve(link) for link in parse_links(body)}
    found.discard(None)
    return found  # type: ignore[return-value]


def backlinks(store: CaseStore, kind: NoteTarget, uid: str, index: LinkIndex | None = None) -> list[Note]:
    """Notes linking to the record, newest first; a note attached to the record itself is left out."""
    linking = queries.notes_with_links(store)
    if not linking:
        return []
    index = index or LinkIndex(store)
    found = []
    for note_uid in linking:
        note = store.note(note_uid)
        if note is None or (note.target_kind is kind and note.target_uid == uid):
            continue
        if (kind, uid) in linked_targets(note.body, index):
            found.append(note)
    return sorted(found, key=lambda n: n.updated, reverse=True)


def backlink_counts(store: CaseStore, index: LinkIndex | None = None) -> dict[tuple[NoteTarget, str], int]:
    """For every linked record, how many notes link to it (one pass over the linking notes)."""
    linking = queries.notes_with_links(store)
    index = index or LinkIndex(store) if linking else None
    counts: dict[tuple[NoteTarget, str], int] = {}
    for note_uid in linking:
        note = store.note(note_uid)
        for target in linked_targets(note.body, index) if note else ():
            counts[target] = counts.get(target, 0) + 1
    return counts
