"""The Entities and Relationships managers: every entity (with its events and ties) and every
relationship of the case, to add, edit and delete (deleting an entity takes its participations,
relationships and their effects with it; one undo brings them all back)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from explorer.core import dates, undo
from explorer.core.models import Entity, Relationship
from explorer.core.store import CaseStore
from explorer.core.undo import Operation
from explorer.ui.forms.entity_form import EntityForm
from explorer.ui.forms.manager import RecordManager, Run
from explorer.ui.forms.relationship_form import RelationshipForm
from explorer.ui.style import certainty_word


def _count(number: int, noun: str) -> str:
    return "" if number == 0 else f"{number} {noun}" if number == 1 else f"{number} {noun}s"


class EntitiesDialog(RecordManager):
    columns = ("Name", "Kind", "Events", "Relationships")
    noun = "entity"

    def __init__(self, parent: QWidget | None, store: CaseStore, run: Run) -> None:
        super().__init__(parent, store, run, "Entities")
        self.setObjectName("entitiesDialog")

    def rows(self) -> list[tuple[str, list[str]]]:
        entities = sorted(self.store.entities(), key=lambda e: e.name.casefold())
        return [
            (e.uid, [e.name, str(e.kind), _count(len(self.store.event_uids_with_entity(e.uid)), "event"),
                     _count(len(self.store.relationships_of_entity(e.uid)), "tie")])
            for e in entities
        ]

    def add_operation(self) -> Operation | None:
        return EntityForm.ask(self, self.store)

    def edit_operation(self, uid: str) -> Operation | None:
        return EntityForm.ask(self, self.store, uid)

    def delete_operation(self, uid: str) -> Operation:
        return undo.delete(self.store, Entity, uid, "Delete entity")


class RelationshipsDialog(RecordManager):
    columns = ("From", "Relationship", "To", "Dates", "Certainty")
    stretch_column = 1
    noun = "relationship"

    def __init__(self, parent: QWidget | None, store: CaseStore, run: Run) -> None:
        super().__init__(parent, store, run, "Relationships")
        self.setObjectName("relationshipsDialog")

    def rows(self) -> list[tuple[str, list[str]]]:
        names = {e.uid: e.name for e in self.store.entities()}
        rows = []
        for r in self.store.relationships():
            kind = r.label or r.type_label
            when = dates.display_span(r.start, r.end) if r.start else (f"until {dates.display(r.end)}" if r.end else "")
            source, target = names.get(r.source_uid, r.source_uid), names.get(r.target_uid, r.target_uid)
            rows.append((r.uid, [source, kind, target, when, certainty_word(r.certainty)]))
        return sorted(rows, key=lambda row: (row[1][0].casefold(), row[1][2].casefold(), row[1][1]))

    def add_operation(self) -> Operation | None:
        return RelationshipForm.ask(self, self.store)

    def edit_operation(self, uid: str) -> Operation | None:
        return RelationshipForm.ask(self, self.store, uid)

    def delete_operation(self, uid: str) -> Operation:
        return undo.delete(self.store, Relationship, uid, "Delete relationship")
