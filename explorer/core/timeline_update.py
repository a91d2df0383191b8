"""Follow edits in the timeline's arrays without reading every event again.

After an edit the store says which events it touched (by uid). Their old rows are cut out of
the columns, their new rows (if they still exist) spliced in, and events deleted along the way
(an entity's, say) found by comparing ids; the index is then rebuilt from the new columns, its
lane marks made again only when drawn.
"""

from __future__ import annotations

import numpy as np

from explorer.core import dates
from explorer.core.models import Event
from explorer.core.store import CaseStore
from explorer.core.timeline_columns import CERTAINTY_CODES, TimelineColumns
from explorer.core.timeline_index import TimelineIndex


def style_of(event: Event) -> int:
    """The style flags of one event, packed as timeline_columns.read_columns packs them."""
    return (CERTAINTY_CODES.index(event.certainty) | ((event.importance & 3) << 3) | (int(dates.stored_precision(event.start)) << 5)
            | (int(event.end is not None) << 8))


def columns_for(events: list[Event], entity_ids: dict[str, int]) -> TimelineColumns:
    """Columns for a handful of events (already read as models)."""
    ordered = sorted(events, key=lambda e: (e.t_start, e.t_end, e.id))
    parts = [(e.id, entity_ids[p.entity_uid]) for e in ordered for p in e.participants if p.entity_uid in entity_ids]
    return TimelineColumns(
        event_id=np.array([e.id for e in ordered], dtype=np.int64),
        t_start=np.array([dates.start_seconds(e.start) for e in ordered], dtype=np.int64),
        t_end=np.array([e.t_end for e in ordered], dtype=np.int64),
        style=np.array([style_of(e) for e in ordered], dtype=np.int32),
        part_event=np.array([p[0] for p in parts], dtype=np.int64),
        part_entity=np.array([p[1] for p in parts], dtype=np.int64),
    )


def updated(index: TimelineIndex, store: CaseStore, event_uids: set[str]) -> TimelineIndex:
    """The index after the events with these uids were added, changed or deleted (others may be
    deleted too: any id the case no longer holds is dropped)."""
    old = index.columns
    ids_now = store.event_ids("date")
    touched = store.events_by_uid(sorted(event_uids))
    gone = ~np.isin(old.event_id, ids_now) | np.isin(old.event_id, [e.id for e in touched])
    keep_parts = ~np.isin(old.part_event, old.event_id[gone])
    entity_ids = {e.uid: e.id for e in store.entities() if e.id is not None}
    fresh = columns_for(touched, entity_ids)
    t_start = np.concatenate([old.t_start[~gone], fresh.t_start])
    t_end = np.concatenate([old.t_end[~gone], fresh.t_end])
    event_id = np.concatenate([old.event_id[~gone], fresh.event_id])
    order = np.lexsort((event_id, t_end, t_start))
    columns = TimelineColumns(
        event_id=event_id[order], t_start=t_start[order], t_end=t_end[order],
        style=np.concatenate([old.style[~gone], fresh.style])[order],
        part_event=np.concatenate([old.part_event[keep_parts], fresh.part_event]),
        part_entity=np.concatenate([old.part_entity[keep_parts], fresh.part_entity]),
    )
    if not np.isin(columns.part_entity, list(entity_ids.values())).all():  # an entity went: drop its participations
        known = np.isin(columns.part_entity, list(entity_ids.values()))
        columns = TimelineColumns(columns.event_id, columns.t_start, columns.t_end, columns.style,
                                  columns.part_event[known], columns.part_entity[known])
    return TimelineIndex(columns, store.entities())
