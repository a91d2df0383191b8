"""Undo and redo for every edit, in the core (no Qt): the Edit menu only mirrors this stack.

An ``Operation`` knows how to do and undo itself against a store; each runs in one transaction
and returns the ``Changes`` it made. Builders in this module capture what an edit replaces or
deletes (cascades included, see ``snapshot``) before it happens, so undoing restores the same
records with the same uids, and redoing does the edit again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from explorer.core import snapshot
from explorer.core.changes import Changed, Changes
from explorer.core.models import Citation, Entity, Era, Event, EventEffect, Note, Relationship, Source, Tour
from explorer.core.store import CaseStore

Step = Callable[[CaseStore], Changes]
MAX_HISTORY = 500


@dataclass(frozen=True)
class Operation:
    label: str  # what the user did, in words: "Add event", "Change date"
    do: Step
    undo: Step


class UndoStack:
    """The history of one open case; it lives as long as the case stays open."""

    def __init__(self, store: CaseStore) -> None:
        self.store = store
        self._done: list[Operation] = []
        self._undone: list[Operation] = []

    def run(self, operation: Operation) -> Changes:
        """Do an operation (all or nothing) and make it the one to undo."""
        changes = self._apply(operation.do)
        self._done.append(operation)
        del self._done[:-MAX_HISTORY]
        self._undone.clear()
        return changes

    def undo(self) -> Changes:
        if not self._done:
            return Changes()
        operation = self._done[-1]
        changes = self._apply(operation.undo)
        self._undone.append(self._done.pop())
        return changes

    def redo(self) -> Changes:
        if not self._undone:
            return Changes()
        operation = self._undone[-1]
        changes = self._apply(operation.do)
        self._done.append(self._undone.pop())
        return changes

    def _apply(self, step: Step) -> Changes:
        with self.store.db.atomic():
            return step(self.store)

    @property
    def undo_label(self) -> str | None:
        return self._done[-1].label if self._done else None

    @property
    def redo_label(self) -> str | None:
        return self._undone[-1].label if self._undone else None

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()


# --- operations --------------------------------------------------------------------------------

_KINDS = {
    Entity: ("entity", "put_entity", "delete_entity", snapshot.of_entity),
    Event: ("event", "put_event", "delete_event", snapshot.of_event),
    Relationship: ("relationship", "put_relationship", "delete_relationship", snapshot.of_relationship),
    Source: ("source", "put_source", "delete_source", snapshot.of_source),
    Citation: ("citation", "put_citation", "delete_citation", None),
    Era: ("era", "put_era", "delete_era", None),
    Note: ("note", "put_note", "delete_note", snapshot.of_note),
    Tour: ("tour", "put_tour", "delete_tour", None),
}
_SNAPSHOT_LIST = {Citation: "citations", Era: "eras", Tour: "tours"}


def _current(store: CaseStore, record: object) -> object | None:
    table = _KINDS[type(record)][0]
    return getattr(store, table)(record.uid)  # type: ignore[attr-defined]


def put(store: CaseStore, record: object, label: str | None = None) -> Operation:
    """Add a record, or replace the one with its uid; undo removes it or brings the old one back."""
    table, put_name, delete_name, _capture = _KINDS[type(record)]
    before = _current(store, record)
    label = label or (f"Add {table}" if before is None else f"Edit {table}")
    uid = record.uid  # type: ignore[attr-defined]
    # a new default tour takes the flag from the old one, which undo must give back
    displaced = store.default_tour() if isinstance(record, Tour) and record.is_default else None
    displaced = displaced if displaced is not None and displaced.uid != uid else None

    def do(s: CaseStore) -> Changes:
        return getattr(s, put_name)(record)

    def undo(s: CaseStore) -> Changes:
        changes = getattr(s, delete_name)(uid) if before is None else None
        if before is not None:
            with s.keeping_ids():
                changes = getattr(s, put_name)(before)
        if displaced is not None:
            changes |= s.put_tour(displaced)
        return changes

    return Operation(label, do, undo)


def delete(store: CaseStore, record_type: type, uid: str, label: str | None = None) -> Operation:
    """Delete a record and what hangs off it; undo restores all of it with the same uids."""
    table, _put_name, delete_name, capture = _KINDS[record_type]
    current = getattr(store, table)(uid)
    if current is None:
        raise KeyError(f"the case has no {table} with uid {uid!r}")
    saved = capture(store, uid) if capture else None

    def do(s: CaseStore) -> Changes:
        return getattr(s, delete_name)(uid)

    def undo(s: CaseStore) -> Changes:
        if saved is not None:
            saved.restore(s)
        else:
            with s.keeping_ids():
                getattr(s, _put_name)(current)
        return Changes.of(Changed.ALL, uid)

    return Operation(label or f"Delete {table}", do, undo)


def delete_many(store: CaseStore, records: list[tuple[type, str]], label: str | None = None) -> Operation:
    """Delete several records as one step; undo restores them all, whatever depended on what."""
    saved = snapshot.Snapshot()
    for record_type, uid in records:
        table, _put_name, _delete_name, capture = _KINDS[record_type]
        current = getattr(store, table)(uid)
        if current is None:
            raise KeyError(f"the case has no {table} with uid {uid!r}")
        part = capture(store, uid) if capture else snapshot.Snapshot(**{_SNAPSHOT_LIST[record_type]: [current]})
        saved = saved.merge(part)

    def do(s: CaseStore) -> Changes:
        changes = Changes()
        for record_type, uid in records:
            table, _put, delete_name, _capture = _KINDS[record_type]
            if s.exists(table, uid):  # deleting one may already have removed another
                changes |= getattr(s, delete_name)(uid)
        return changes

    def undo(s: CaseStore) -> Changes:
        saved.restore(s)
        return Changes.of(Changed.ALL, *(uid for _type, uid in records))

    return Operation(label or f"Delete {len(records)} items", do, undo)


def add_effect(effect: EventEffect) -> Operation:
    return Operation(f"Link event ({effect.effect})", lambda s: s.add_effect(effect), lambda s: s.remove_effect(effect))


def remove_effect(effect: EventEffect) -> Operation:
    return Operation(f"Unlink event ({effect.effect})", lambda s: s.remove_effect(effect), lambda s: s.add_effect(effect))


def set_meta(store: CaseStore, key: str, value: str | None, label: str | None = None) -> Operation:
    before = store.meta().get(key)
    return Operation(label or f"Change {key}", lambda s: s.set_meta(key, value), lambda s: s.set_meta(key, before))


def batch(label: str, operations: list[Operation]) -> Operation:
    """Several operations as one step (e.g. deleting a multiple selection)."""

    def do(s: CaseStore) -> Changes:
        changes = Changes()
        for operation in operations:
            changes |= operation.do(s)
        return changes

    def undo(s: CaseStore) -> Changes:
        changes = Changes()
        for operation in reversed(operations):
            changes |= operation.undo(s)
        return changes

    return Operation(label, do, undo)
