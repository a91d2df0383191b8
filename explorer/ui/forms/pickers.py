"""Drop-downs that choose a record of the case by uid: an entity, an event, a source.

Each lists the records read once when the form opens (typing the first letters jumps to a name).
Events are listed in date order; a very large case lists only the first ``MAX_EVENTS``, and
keeps the chosen ones in the list whatever their place.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from explorer.core import dates
from explorer.core.models import Entity, Event, Source
from explorer.core.store import CaseStore
from explorer.ui.forms.fields import kind_word

MAX_EVENTS = 5_000


class RecordPicker(QComboBox):
    """A drop-down of records; ``uid()`` is the chosen one's uid (None when the list is empty)."""

    def __init__(self, parent: QWidget | None, name: str, choices: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        for label, uid in choices:
            self.add_choice(label, uid)

    def add_choice(self, label: str, uid: str) -> None:
        self.addItem(label, uid)
        self.setItemData(self.count() - 1, label, Qt.ItemDataRole.ToolTipRole)

    def uid(self) -> str | None:
        return self.currentData()

    def set_uid(self, uid: str | None) -> None:
        index = self.findData(uid) if uid is not None else -1
        if index >= 0:
            self.setCurrentIndex(index)

    def label_of(self, uid: str) -> str:
        index = self.findData(uid)
        return self.itemText(index) if index >= 0 else uid


def entity_choices(store: CaseStore) -> list[tuple[str, str]]:
    """Entities by name, with their kind where two share a name."""
    entities = sorted(store.entities(), key=lambda e: (e.name.casefold(), e.uid))
    names = [e.name.casefold() for e in entities]
    return [(entity_label(e, names.count(e.name.casefold()) > 1), e.uid) for e in entities]


def entity_label(entity: Entity, with_kind: bool = False) -> str:
    return f"{entity.name} ({kind_word(entity.kind)})" if with_kind else entity.name


def event_label(event: Event) -> str:
    return f"{event.title} — {event.date_text}"


def listed_events(store: CaseStore, keep: Iterable[str] = ()) -> list[Event]:
    """The events a picker lists, in date order (the first MAX_EVENTS of a very large case, plus those in ``keep``)."""
    ids = store.event_ids("date")[:MAX_EVENTS].tolist()
    events = store.events_by_id(ids)
    listed = {e.uid for e in events}
    events += [e for e in store.events_by_uid([uid for uid in keep if uid not in listed])]
    events.sort(key=lambda e: (dates.start_seconds(e.start), e.title.casefold()))
    return events


def event_choices(store: CaseStore, keep: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(label, uid) of the events a picker lists, in date order."""
    return [(event_label(e), e.uid) for e in listed_events(store, keep)]


def source_label(source: Source) -> str:
    return f"{source.publisher}: {source.title}"


def source_choices(sources: Iterable[Source]) -> list[tuple[str, str]]:
    return [(source_label(s), s.uid) for s in sorted(sources, key=lambda s: (s.publisher.casefold(), s.title.casefold()))]
