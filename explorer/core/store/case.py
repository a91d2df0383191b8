"""The case as a whole: its metadata (title, summary…), its eras, and counts per table."""

from __future__ import annotations

from collections.abc import Sequence

from explorer.core import dates
from explorer.core.changes import Changed, Changes
from explorer.core.models import Era
from explorer.core.store._base import RecordError, StoreBase, read_date, text
from explorer.core.store.entities import check_color

TABLES = (
    "entity", "event", "event_entity", "relationship", "event_effect", "source", "citation",
    "era", "note", "note_revision", "note_conflict", "tour", "tour_step", "entity_position",
)
_ERA_COLUMNS = "id, uid, title, start, \"end\", t_start, t_end, color, summary"


def _era(row: Sequence) -> Era:
    id_, uid, title, start, end, t_start, t_end, color, summary = row
    return Era(
        uid=uid, title=text(title), start=read_date(start, t_start) or dates.PartialDate(1970),
        end=read_date(end, t_end - 1 if isinstance(t_end, int) else None) or dates.PartialDate(1970),
        color=color, summary=text(summary), id=id_,
    )


class CaseInfoStore(StoreBase):
    def meta(self) -> dict[str, str]:
        return {key: text(value) for key, value in self.conn.execute("SELECT key, value FROM case_meta ORDER BY key")}

    @property
    def title(self) -> str:
        row = self.conn.execute("SELECT value FROM case_meta WHERE key = 'title'").fetchone()
        return text(row[0]) if row and row[0] else "Untitled case"

    def set_meta(self, key: str, value: str | None) -> Changes:
        """Set one metadata value; None removes the key."""
        if not key:
            raise RecordError("key", "metadata needs a key")
        with self._write() as conn:
            if value is None:
                conn.execute("DELETE FROM case_meta WHERE key = ?", (key,))
            else:
                conn.execute("INSERT INTO case_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = ?",
                             (key, value, value))
        return Changes.of(Changed.META, key)

    def counts(self) -> dict[str, int]:
        """The number of rows in each table of the case."""
        return {table: self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    # --- eras ------------------------------------------------------------------------------

    def eras(self) -> list[Era]:
        return [_era(row) for row in self.conn.execute(f"SELECT {_ERA_COLUMNS} FROM era ORDER BY t_start, id")]

    def era(self, uid: str) -> Era | None:
        row = self.conn.execute(f"SELECT {_ERA_COLUMNS} FROM era WHERE uid = ?", (uid,)).fetchone()
        return None if row is None else _era(row)

    def put_era(self, era: Era) -> Changes:
        if not era.title.strip():
            raise RecordError("title", "an era needs a title")
        t_start, t_end = dates.span_seconds(era.start, era.end)
        if dates.ends_before(era.end, era.start):
            raise RecordError("end", f"{era.end} is before the start {era.start}")
        check_color(era.color, "color")
        values = (era.title, era.start.iso(), era.end.iso(), t_start, t_end, era.color, era.summary)
        with self._write() as conn:
            existing = self._id_or_none("era", era.uid)
            if existing is None:
                conn.execute(
                    "INSERT INTO era (id, title, start, \"end\", t_start, t_end, color, summary, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (self._new_id("era", era.id), *values, era.uid),
                )
            else:
                conn.execute(
                    "UPDATE era SET title = ?, start = ?, \"end\" = ?, t_start = ?, t_end = ?, color = ?, summary = ? WHERE id = ?",
                    (*values, existing),
                )
        return Changes.of(Changed.ERAS, era.uid)

    def delete_era(self, uid: str) -> Changes:
        with self._write() as conn:
            conn.execute("DELETE FROM era WHERE id = ?", (self._id_of("era", uid),))
        return Changes.of(Changed.ERAS, uid)
