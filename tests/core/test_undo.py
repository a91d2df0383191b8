"""Undo and redo: any sequence of edits, undone, gives back exactly the case it started from."""

from __future__ import annotations

import json
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core import undo
from explorer.core.dates import parse
from explorer.core.interchange.merge import merge_into
from explorer.core.interchange.native_json import case_to_json, read_case_json
from explorer.core.models import (
    Certainty,
    Citation,
    CitationTarget,
    Effect,
    Entity,
    EntityKind,
    Era,
    Event,
    EventEffect,
    Note,
    NoteTarget,
    Participant,
    Relationship,
    Source,
)
from explorer.core.store import CaseStore
from tests.conftest import BUNDLED_JSON


@cache
def _bundled_data():
    return read_case_json(json.loads(BUNDLED_JSON.read_text(encoding="utf-8")))


def _bundled_store() -> CaseStore:
    store = CaseStore.in_memory()
    merge_into(store, _bundled_data())
    return store


def test_undo_and_redo_labels_follow_the_history() -> None:
    store = _bundled_store()
    history = undo.UndoStack(store)
    assert history.undo_label is None
    history.run(undo.put(store, Event("new", "A new event", parse("2025-08"))))
    assert history.undo_label == "Add event"
    history.run(undo.put(store, Event("new", "Renamed", parse("2025-08"))))
    assert history.undo_label == "Edit event"
    history.undo()
    assert store.event("new").title == "A new event"
    assert history.redo_label == "Edit event"
    history.redo()
    assert store.event("new").title == "Renamed"


def test_deleting_an_entity_takes_its_ties_and_undo_brings_every_one_back() -> None:
    store = _bundled_store()
    before = case_to_json(store)
    history = undo.UndoStack(store)
    history.run(undo.delete(store, Entity, "scale-ai"))
    assert store.entity("scale-ai") is None
    assert not any("scale-ai" in (r.source_uid, r.target_uid) for r in store.relationships())
    assert all("scale-ai" not in [p.entity_uid for p in e.participants] for e in store.iter_events())
    history.undo()
    assert case_to_json(store) == before
    history.redo()
    assert store.entity("scale-ai") is None


def test_deleting_several_items_at_once_is_one_step() -> None:
    store = _bundled_store()
    before = case_to_json(store)
    history = undo.UndoStack(store)
    history.run(undo.delete_many(store, [(Event, "ev-meta-stake"), (Entity, "meta"), (Event, "ev-scale-layoffs")]))
    assert store.event("ev-meta-stake") is None and store.entity("meta") is None
    history.undo()
    assert case_to_json(store) == before


# --- the property ------------------------------------------------------------------------------

def _operation(store: CaseStore, draw: st.DrawFn) -> undo.Operation | None:
    entities = [e.uid for e in store.entities()]
    events = [e.uid for e in store.iter_events()]
    relationships = [r.uid for r in store.relationships()]
    sources = [s.uid for s in store.sources()]
    notes = [n.uid for n in store.notes()]
    eras = [e.uid for e in store.eras()]
    kind = draw(st.sampled_from([
        "add entity", "edit entity", "delete entity", "add event", "edit event", "delete event", "add relationship",
        "delete relationship", "link", "unlink", "add source", "delete source", "cite", "add note", "edit note",
        "delete note", "add era", "delete era", "meta", "delete many",
    ]))
    n = draw(st.integers(0, 10_000))
    pick = lambda items: items[n % len(items)] if items else None  # noqa: E731
    if kind == "add entity":
        return undo.put(store, Entity(f"x-entity-{n}", draw(st.sampled_from(list(EntityKind))), f"Entity {n}"))
    if kind == "edit entity" and entities:
        entity = store.entity(pick(entities))
        return undo.put(store, Entity(entity.uid, entity.kind, entity.name + " (renamed)", entity.aliases, "new summary"))
    if kind == "delete entity" and entities:
        return undo.delete(store, Entity, pick(entities))
    if kind == "add event" and entities:
        chosen = sorted({pick(entities), entities[(n * 7) % len(entities)]})
        start = draw(st.sampled_from(["2025", "2025-06", "2025-06-18", "-0043", "2025-06-18T09:30"]))
        return undo.put(store, Event(f"x-event-{n}", f"Event {n}", parse(start), body="**new**",
                                     certainty=draw(st.sampled_from(list(Certainty))),
                                     participants=tuple(Participant(uid) for uid in chosen)))
    if kind == "edit event" and events:
        event = store.event(pick(events))
        return undo.put(store, Event(event.uid, event.title + "!", parse("2024-02-29"), participants=event.participants[:1]))
    if kind == "delete event" and events:
        return undo.delete(store, Event, pick(events))
    if kind == "add relationship" and len(entities) >= 2:
        a, b = pick(entities), entities[(n + 1) % len(entities)]
        if a != b:
            return undo.put(store, Relationship(f"x-rel-{n}", a, b, "partner_of", directed=False, start=parse("2025-03")))
    if kind == "delete relationship" and relationships:
        return undo.delete(store, Relationship, pick(relationships))
    if kind in ("link", "unlink") and events and relationships:
        effect = EventEffect(pick(events), relationships[(n * 3) % len(relationships)], draw(st.sampled_from(list(Effect))))
        if kind == "link" and not store.has_effect(effect):
            return undo.add_effect(effect)
        if kind == "unlink" and store.has_effect(effect):
            return undo.remove_effect(effect)
    if kind == "add source":
        return undo.put(store, Source(f"x-src-{n}", "Publisher", f"Article {n}", published=parse("2025-06")))
    if kind == "delete source" and sources:
        return undo.delete(store, Source, pick(sources))
    if kind == "cite" and sources and events:
        return undo.put(store, Citation(f"x-cit-{n}", pick(sources), CitationTarget.EVENT, events[(n * 5) % len(events)], "quote"))
    if kind == "add note":
        return undo.put(store, Note(f"x-note-{n}", NoteTarget.CASE, f"Note {n} #tag{n % 3}", "2026-01-01T00:00:00Z",
                                    "2026-01-01T00:00:00Z"))
    if kind == "edit note" and notes:
        note = store.note(pick(notes))
        return undo.put(store, Note(note.uid, note.target_kind, note.body + "\nmore #new", note.created, "2026-02-01T00:00:00Z",
                                    note.target_uid, note.range_start, note.range_end, note.author, not note.pinned))
    if kind == "delete note" and notes:
        return undo.delete(store, Note, pick(notes))
    if kind == "add era":
        return undo.put(store, Era(f"x-era-{n}", f"Era {n}", parse("2020"), parse("2021-06")))
    if kind == "delete era" and eras:
        return undo.delete(store, Era, pick(eras))
    if kind == "meta":
        return undo.set_meta(store, draw(st.sampled_from(["title", "summary", "new_key"])), f"value {n}")
    if kind == "delete many" and entities and events:
        return undo.delete_many(store, [(Event, pick(events)), (Entity, entities[(n * 11) % len(entities)])])
    return None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_edits_undone_give_back_the_exact_case_and_redo_repeats_them(data: st.DataObject) -> None:
    store = _bundled_store()
    start = case_to_json(store)
    history = undo.UndoStack(store)
    steps = 0
    for _ in range(data.draw(st.integers(1, 12))):
        operation = _operation(store, data.draw)
        if operation is not None:
            history.run(operation)
            steps += 1
    end = case_to_json(store)
    for _ in range(steps):
        history.undo()
    assert case_to_json(store) == start
    for _ in range(steps):
        history.redo()
    assert case_to_json(store) == end


def test_a_failing_operation_changes_nothing() -> None:
    store = _bundled_store()
    before = case_to_json(store)
    history = undo.UndoStack(store)
    bad = Event("bad", "Bad", parse("2025-06"), participants=(Participant("no-such-entity"),))
    with pytest.raises(Exception, match="no entity"):
        history.run(undo.put(store, bad))
    assert case_to_json(store) == before and history.undo_label is None


def test_undoing_a_new_default_tour_gives_the_flag_back() -> None:
    from explorer.core.models import Tour

    store = _bundled_store()
    before = case_to_json(store)
    history = undo.UndoStack(store)
    history.run(undo.put(store, Tour("x-tour", "Another talk", is_default=True)))
    assert store.default_tour().uid == "x-tour"
    history.undo()
    assert store.default_tour().uid == "tour-ten-steps"
    assert case_to_json(store) == before
