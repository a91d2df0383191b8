"""Tours: a presenter's ordered steps through the case."""

from __future__ import annotations

from collections.abc import Sequence

from explorer.core.changes import Changed, Changes
from explorer.core.models import StepKind, Tour, TourStep
from explorer.core.store._base import RecordError, StoreBase, iso, read_date, read_enum, text

_TOUR_COLUMNS = "id, uid, title, summary, is_default"


class TourStore(StoreBase):
    def tours(self) -> list[Tour]:
        return [self._tour(row) for row in self.conn.execute(f"SELECT {_TOUR_COLUMNS} FROM tour ORDER BY id").fetchall()]

    def tour(self, uid: str) -> Tour | None:
        row = self.conn.execute(f"SELECT {_TOUR_COLUMNS} FROM tour WHERE uid = ?", (uid,)).fetchone()
        return None if row is None else self._tour(row)

    def default_tour(self) -> Tour | None:
        row = self.conn.execute(f"SELECT {_TOUR_COLUMNS} FROM tour WHERE is_default = 1").fetchone()
        return None if row is None else self._tour(row)

    def _tour(self, row: Sequence) -> Tour:
        id_, uid, title, summary, is_default = row
        steps = self.conn.execute(
            "SELECT s.kind, e.uid, s.window_start, s.window_end, s.as_of, s.headline, s.speaker_notes "
            "FROM tour_step s LEFT JOIN event e ON e.id = s.event_id WHERE s.tour_id = ? ORDER BY s.position",
            (id_,),
        ).fetchall()
        return Tour(
            uid=uid, title=text(title), summary=text(summary), is_default=bool(is_default), id=id_,
            steps=tuple(
                TourStep(
                    kind=read_enum(StepKind, kind, StepKind.RANGE), event_uid=event, window_start=read_date(w_start),
                    window_end=read_date(w_end), as_of=read_date(as_of), headline=text(headline), speaker_notes=text(notes),
                )
                for kind, event, w_start, w_end, as_of, headline, notes in steps
            ),
        )

    def put_tour(self, tour: Tour) -> Changes:
        """Insert the tour, or replace the one with the same uid (steps included)."""
        if not tour.title.strip():
            raise RecordError("title", "a tour needs a title")
        with self._write() as conn:
            if tour.is_default:
                conn.execute("UPDATE tour SET is_default = 0 WHERE is_default = 1 AND uid <> ?", (tour.uid,))
            values = (tour.title, tour.summary, int(tour.is_default))
            tour_id = self._id_or_none("tour", tour.uid)
            if tour_id is None:
                tour_id = conn.execute(
                    "INSERT INTO tour (id, title, summary, is_default, uid) VALUES (?, ?, ?, ?, ?)",
                    (self._new_id("tour", tour.id), *values, tour.uid),
                ).lastrowid
            else:
                conn.execute("UPDATE tour SET title = ?, summary = ?, is_default = ? WHERE id = ?", (*values, tour_id))
                conn.execute("DELETE FROM tour_step WHERE tour_id = ?", (tour_id,))
            for position, step in enumerate(tour.steps):
                if step.kind is StepKind.EVENT and step.event_uid is None:
                    raise RecordError(f"steps[{position}].event", "an event step needs an event")
                event_id = self._id_of("event", step.event_uid, f"steps[{position}].event") if step.event_uid else None
                conn.execute(
                    "INSERT INTO tour_step (tour_id, position, kind, event_id, window_start, window_end, as_of, headline, "
                    "speaker_notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (tour_id, position, str(step.kind), event_id, iso(step.window_start), iso(step.window_end),
                     iso(step.as_of), step.headline, step.speaker_notes),
                )
        return Changes.of(Changed.TOURS, tour.uid)

    def delete_tour(self, uid: str) -> Changes:
        with self._write() as conn:
            conn.execute("DELETE FROM tour WHERE id = ?", (self._id_of("tour", uid),))
        return Changes.of(Changed.TOURS, uid)
