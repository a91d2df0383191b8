"""Build a case's timeline index: from the disk cache when the file is unchanged, else from SQLite.

``load_index`` returns the index and, after a read from SQLite, a function that stores it in the
cache; the caller runs that later, off the critical path (the next open is then fast).
"""

from __future__ import annotations

from collections.abc import Callable

from explorer.core import timeline_cache
from explorer.core.store import CaseStore
from explorer.core.timeline_columns import read_columns
from explorer.core.timeline_index import TimelineIndex


def load_index(store: CaseStore) -> tuple[TimelineIndex, Callable[[], bool] | None]:
    path = store.db.path
    entities = store.entities()
    if path is None:
        return TimelineIndex(read_columns(store.conn, None), entities), None
    fingerprint = timeline_cache.Fingerprint.of(path)
    cached = timeline_cache.load(path, fingerprint)
    if cached is not None:
        try:
            return TimelineIndex.from_cache(cached[0], entities), None
        except (KeyError, ValueError, IndexError, TypeError):
            pass  # an entry that does not fit this code or case: read the case instead
    # parallel readers open the file by path; an immutable (read-only WAL-mode) case is read on its own connection
    index = TimelineIndex(read_columns(store.conn, None if store.db.immutable else path), entities)
    return index, lambda: timeline_cache.save(path, fingerprint, index.cache_arrays(), {})
