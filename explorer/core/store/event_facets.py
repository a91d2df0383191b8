"""What the event filters and search results need: the categories in use, and events by uid."""

from __future__ import annotations

from collections.abc import Sequence

from explorer.core.models import Event
from explorer.core.store.events import EventStore

_BATCH = 500


class EventFacetStore(EventStore):
    def categories(self) -> list[str]:
        """Every category events use, sorted case-insensitively; "" when some events have none.

        A full scan: about a quarter of a second at a million events, so large cases ask for it
        off the main thread.
        """
        return [row[0] for row in self.conn.execute("SELECT DISTINCT category FROM event ORDER BY category COLLATE NOCASE, category")]

    def events_by_uid(self, uids: Sequence[str]) -> list[Event]:
        """The events with these uids, in the order given (unknown uids are left out)."""
        id_of: dict[str, int] = {}
        for i in range(0, len(uids), _BATCH):
            chunk = list(uids[i : i + _BATCH])
            marks = ",".join("?" * len(chunk))
            id_of.update(self.conn.execute(f"SELECT uid, id FROM event WHERE uid IN ({marks})", chunk).fetchall())
        return self.events_by_id([id_of[uid] for uid in uids if uid in id_of])
