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
from explorer.ui.forms.fields import kind_label
from explorer.ui.forms.manager import RecordManager, Run
from explorer.ui.forms.relationship_form import RelationshipForm
from explorer.ui.style import certainty_word


def _count(number: int, one: str, many: str) -> str:
    """``one`` for 1, ``many`` with %1 for the number otherwise; nothing for 0."""
    return "" if number == 0 else one if number == 1 else many.replace("%1", str(number))


class EntitiesDialog(RecordManager):
    def __init__(self, parent: QWidget | None, store: CaseStore, run: Run) -> None:
        super().__init__(parent, store, run, self.tr("Entities"))
        self.setObjectName("entitiesDialog")

    def column_titles(self) -> tuple[str, ...]:
        return self.tr("Name"), self.tr("Kind"), self.tr("Events"), self.tr("Relationships")

    def add_text(self) -> str:
        return self.tr("&Add entity…")

    def rows(self) -> list[tuple[str, list[str]]]:
        entities = sorted(self.store.entities(), key=lambda e: e.name.casefold())
        one_event, events, one_tie, ties = self.tr("1 event"), self.tr("%1 events"), self.tr("1 tie"), self.tr("%1 ties")
        return [
            (e.uid, [e.name, kind_label(e.kind), _count(len(self.store.event_uids_with_entity(e.uid)), one_event, events),
                     _count(len(self.store.relationships_of_entity(e.uid)), one_tie, ties)])
            for e in entities
        ]

    def add_operation(self) -> Operation | None:
        return EntityForm.ask(self, self.store)

    def edit_operation(self, uid: str) -> Operation | None:
        return EntityForm.ask(self, self.store, uid)

    def delete_operation(self, uid: str) -> Operation:
        return undo.delete(self.store, Entity, uid, self.tr("Delete entity"))


class RelationshipsDialog(RecordManager):
    stretch_column = 1

    def __init__(self, parent: QWidget | None, store: CaseStore, run: Run) -> None:
        super().__init__(parent, store, run, self.tr("Relationships"))
        self.setObjectName("relationshipsDialog")

    def column_titles(self) -> tuple[str, ...]:
        return self.tr("From"), self.tr("Relationship"), self.tr("To"), self.tr("Dates"), self.tr("Certainty")

    def add_text(self) -> str:
        return self.tr("&Add relationship…")

    def rows(self) -> list[tuple[str, list[str]]]:
        names = {e.uid: e.name for e in self.store.entities()}
        rows = []
        for r in self.store.relationships():
            kind = r.label or r.type_label
            until = self.tr("until %1").replace("%1", dates.display(r.end)) if r.end else ""
            when = dates.display_span(r.start, r.end) if r.start else until
            source, target = names.get(r.source_uid, r.source_uid), names.get(r.target_uid, r.target_uid)
            rows.append((r.uid, [source, kind, target, when, certainty_word(r.certainty)]))
        return sorted(rows, key=lambda row: (row[1][0].casefold(), row[1][2].casefold(), row[1][1]))

    def add_operation(self) -> Operation | None:
        return RelationshipForm.ask(self, self.store)

    def edit_operation(self, uid: str) -> Operation | None:
        return RelationshipForm.ask(self, self.store, uid)

    def delete_operation(self, uid: str) -> Operation:
        return undo.delete(self.store, Relationship, uid, self.tr("Delete relationship"))
