"""Events: what happened when, to whom, how sure we are, and when it became public."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np

from explorer.core import dates
from explorer.core.changes import Changed, Changes
from explorer.core.models import Certainty, Event, Media, Participant, Role
from explorer.core.store._base import NotFound, RecordError, StoreBase, iso, read_date, read_enum, text

_COLUMNS = (
    "id, uid, title, body, start, \"end\", t_start, t_end, display_date, reported_at, category, certainty, importance, "
    "media_url, media_caption, media_credit, media_thumbnail, media_alt, media_title, media_link, has_media, background"
)
_MEDIA_FIELDS = ("url", "caption", "credit", "thumbnail", "alt", "title", "link")
# Columns the event table can sort by, mapped to SQL (always with id as the tie-breaker).
SORT_COLUMNS = {
    "date": "t_start, t_end",
    "title": "title COLLATE NOCASE",
    "category": "category COLLATE NOCASE",
    "certainty": "certainty",
    "importance": "importance",
}
_BATCH = 500


def check_event(event: Event) -> None:
    """Raise RecordError naming the first field of the event that cannot be stored."""
    if not event.title.strip():
        raise RecordError("title", "an event needs a title")
    if event.end is not None and dates.ends_before(event.end, event.start):
        raise RecordError("end", f"{event.end} is before the start {event.start}")
    if event.importance not in (1, 2, 3):
        raise RecordError("importance", f"{event.importance} is not 1, 2 or 3")
    seen: set[str] = set()
    for participant in event.participants:
        if participant.entity_uid in seen:
            raise RecordError("participants", f"{participant.entity_uid!r} takes part twice")
        seen.add(participant.entity_uid)


def _event(row: Sequence, participants: tuple[Participant, ...]) -> Event:
    (id_, uid, title, body, start, end, t_start, t_end, display_date, reported_at, category, certainty,
     importance, *media_values, has_media, background) = row
    media = Media(**{name: text(value) for name, value in zip(_MEDIA_FIELDS, media_values, strict=True)}) if has_media else None
    return Event(
        uid=uid, title=text(title), body=text(body),
        start=read_date(start, t_start) or dates.PartialDate(1970),
        end=read_date(end, t_end - 1 if isinstance(t_end, int) else None) if end is not None else None,
        display_date=text(display_date), reported_at=read_date(reported_at), category=text(category),
        certainty=read_enum(Certainty, certainty, Certainty.CONFIRMED),
        importance=importance if importance in (1, 2, 3) else 2,
        media=media, background=background, participants=participants, id=id_,
    )


class EventStore(StoreBase):
    def event_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM event").fetchone()[0]

    def event(self, uid: str) -> Event | None:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM event WHERE uid = ?", (uid,)).fetchone()
        return None if row is None else self._with_participants([row])[0]

    def events_by_id(self, ids: Sequence[int]) -> list[Event]:
        """The events with these ids, in the order given (unknown ids are left out)."""
        ids = [int(i) for i in ids]  # numpy integers would not bind as SQL integers
        rows: dict[int, tuple] = {}
        for i in range(0, len(ids), _BATCH):
            chunk = list(ids[i : i + _BATCH])
            marks = ",".join("?" * len(chunk))
            rows.update((row[0], row) for row in self.conn.execute(f"SELECT {_COLUMNS} FROM event WHERE id IN ({marks})", chunk))
        return self._with_participants([rows[i] for i in ids if i in rows])

    def titles_by_id(self, ids: Sequence[int]) -> dict[int, str]:
        """The titles of these events (for labels), read in batches."""
        found: dict[int, str] = {}
        for i in range(0, len(ids), _BATCH):
            chunk = [int(x) for x in ids[i : i + _BATCH]]
            marks = ",".join("?" * len(chunk))
            found.update((row[0], text(row[1])) for row in self.conn.execute(f"SELECT id, title FROM event WHERE id IN ({marks})", chunk))
        return found

    def iter_events(self) -> Iterator[Event]:
        """Every event in id order, read in batches."""
        last = -1
        while True:
            rows = self.conn.execute(f"SELECT {_COLUMNS} FROM event WHERE id > ? ORDER BY id LIMIT ?", (last, _BATCH)).fetchall()
            if not rows:
                return
            yield from self._with_participants(rows)
            last = rows[-1][0]

    def event_ids(self, order_by: str = "date", descending: bool = False) -> np.ndarray:
        """Every event id, sorted in SQL by one of ``SORT_COLUMNS`` (ids as one text: fast at a million)."""
        direction = "DESC" if descending else "ASC"
        keys = ", ".join(f"{key} {direction}" for key in SORT_COLUMNS[order_by].split(", "))
        text_ids = self.conn.execute(f"SELECT group_concat(id) FROM (SELECT id FROM event ORDER BY {keys}, id {direction})").fetchone()[0]
        return np.fromstring(text_ids, sep=",", dtype=np.int64) if text_ids else np.zeros(0, dtype=np.int64)

    def _with_participants(self, rows: list[Sequence]) -> list[Event]:
        by_event: dict[int, list[Participant]] = {row[0]: [] for row in rows}
        ids = list(by_event)
        for i in range(0, len(ids), _BATCH):
            chunk = ids[i : i + _BATCH]
            marks = ",".join("?" * len(chunk))
            for event_id, entity_uid, role in self.conn.execute(
                "SELECT p.event_id, e.uid, p.role FROM event_entity p JOIN entity e ON e.id = p.entity_id "
                f"WHERE p.event_id IN ({marks}) ORDER BY p.event_id, p.position, e.id",
                chunk,
            ):
                by_event[event_id].append(Participant(entity_uid, read_enum(Role, role, Role.MENTIONED)))
        return [_event(row, tuple(by_event[row[0]])) for row in rows]

    def put_event(self, event: Event) -> Changes:
        """Insert the event, or update the one with the same uid; participants are replaced."""
        check_event(event)
        media = event.media
        values = (
            event.title, event.body, event.start.iso(), iso(event.end), event.t_start, event.t_end,
            int(dates.stored_precision(event.start)), event.display_date, iso(event.reported_at),
            dates.start_seconds(event.reported_at) if event.reported_at else None,
            event.category, str(event.certainty), event.importance,
            *(getattr(media, name) if media else "" for name in _MEDIA_FIELDS),
            int(media is not None), event.background,
        )
        with self._write() as conn:
            event_id = self._id_or_none("event", event.uid)
            if event_id is None:
                event_id = conn.execute(
                    "INSERT INTO event (id, title, body, start, \"end\", t_start, t_end, precision, display_date, reported_at, "
                    "t_reported, category, certainty, importance, media_url, media_caption, media_credit, media_thumbnail, "
                    "media_alt, media_title, media_link, has_media, background, uid) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (self._new_id("event", event.id), *values, event.uid),
                ).lastrowid
            else:
                conn.execute(
                    "UPDATE event SET title = ?, body = ?, start = ?, \"end\" = ?, t_start = ?, t_end = ?, precision = ?, "
                    "display_date = ?, "
                    "reported_at = ?, t_reported = ?, category = ?, certainty = ?, importance = ?, media_url = ?, "
                    "media_caption = ?, media_credit = ?, media_thumbnail = ?, media_alt = ?, media_title = ?, "
                    "media_link = ?, has_media = ?, background = ? WHERE id = ?",
                    (*values, event_id),
                )
                conn.execute("DELETE FROM event_entity WHERE event_id = ?", (event_id,))
            for position, participant in enumerate(event.participants):
                entity_id = self._id_or_none("entity", participant.entity_uid)
                if entity_id is None:
                    raise NotFound(f"participants[{position}].entity", f"the case has no entity with uid {participant.entity_uid!r}")
                conn.execute(
                    "INSERT INTO event_entity (event_id, entity_id, role, position) VALUES (?, ?, ?, ?)",
                    (event_id, entity_id, str(participant.role), position),
                )
        return Changes.of(Changed.EVENTS | Changed.PARTICIPANTS, event.uid)

    def delete_event(self, uid: str) -> Changes:
        """Delete an event with its participations, effects, citations, notes and tour steps."""
        with self._write() as conn:
            conn.execute("DELETE FROM event WHERE id = ?", (self._id_of("event", uid),))
        return Changes.of(
            Changed.EVENTS | Changed.PARTICIPANTS | Changed.EFFECTS | Changed.CITATIONS | Changed.NOTES | Changed.TOURS, uid
        )
