"""CaseStore: every SQL statement of the app, as typed reads and writes that return Changes.

The store is split by kind of record into mixins over one connection; ``CaseStore`` joins them.
"""

from __future__ import annotations

from explorer.core.database import Database, memory_database
from explorer.core.store._base import NotFound, RecordError
from explorer.core.store.case import TABLES, CaseInfoStore
from explorer.core.store.entities import EntityStore
from explorer.core.store.event_facets import EventFacetStore
from explorer.core.store.events import SORT_COLUMNS, EventStore
from explorer.core.store.lookups import LookupStore
from explorer.core.store.notes import NoteStore
from explorer.core.store.relationships import RelationshipStore
from explorer.core.store.sources import SourceStore
from explorer.core.store.tours import TourStore

__all__ = ["SORT_COLUMNS", "TABLES", "CaseStore", "NotFound", "RecordError"]


class CaseStore(EventFacetStore, LookupStore, CaseInfoStore, EntityStore, EventStore, RelationshipStore, SourceStore, NoteStore, TourStore):
    """Typed access to one open case."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)

    @classmethod
    def in_memory(cls) -> CaseStore:
        return cls(memory_database())

    def close(self) -> None:
        self.db.close()
