"""EventFilter: a plain value that says which events to keep, and the store reads the filters need."""

from __future__ import annotations

import dataclasses

import pytest

from explorer.core.dates import parse
from explorer.core.filters import NO_FILTER, EventFilter
from explorer.core.models import Certainty, Entity, EntityKind, Event, Participant
from explorer.core.store import CaseStore

DEAL = Event("deal", "Meta buys a stake", parse("2025-06"), category="deal", certainty=Certainty.CONFIRMED,
             participants=(Participant("meta"), Participant("scale")))
RUMOUR = Event("rumour", "Google may leave", parse("2025-06-13"), category="customer", certainty=Certainty.RUMORED,
               participants=(Participant("google"),))
LONELY = Event("lonely", "Nobody in particular", parse("2025"), category="", certainty=Certainty.REPORTED)
EVENTS = (DEAL, RUMOUR, LONELY)


def _kept(event_filter: EventFilter) -> list[str]:
    return [event.uid for event in EVENTS if event_filter.matches(event)]


def test_the_default_filter_keeps_everything_and_is_inactive() -> None:
    assert EventFilter() == NO_FILTER
    assert not NO_FILTER.is_active
    assert NO_FILTER.active_count == 0
    assert _kept(NO_FILTER) == ["deal", "rumour", "lonely"]
    assert not NO_FILTER.with_hide(True).is_active  # hiding alone filters nothing


def test_entities_keep_events_with_any_of_them_taking_part() -> None:
    assert _kept(EventFilter(entities=frozenset({"scale"}))) == ["deal"]
    assert _kept(EventFilter(entities=frozenset({"scale", "google"}))) == ["deal", "rumour"]
    assert _kept(EventFilter(entities=frozenset({"nobody"}))) == []  # an event without participants never matches


def test_categories_and_certainties_keep_their_values() -> None:
    assert _kept(EventFilter(categories=frozenset({"deal", ""}))) == ["deal", "lonely"]
    assert _kept(EventFilter(certainties=frozenset({Certainty.RUMORED, Certainty.REPORTED}))) == ["rumour", "lonely"]


def test_facets_combine_with_and() -> None:
    both = EventFilter(entities=frozenset({"meta", "google"}), certainties=frozenset({Certainty.CONFIRMED}))
    assert _kept(both) == ["deal"]
    assert both.active_count == 2
    assert _kept(both.with_categories({"customer"})) == []


def test_an_empty_set_keeps_nothing_and_none_keeps_all() -> None:
    for facet in ("entities", "categories", "certainties"):
        nothing = EventFilter(**{facet: frozenset()})
        assert nothing.is_active, facet
        assert _kept(nothing) == [], facet
        assert _kept(EventFilter(**{facet: None})) == ["deal", "rumour", "lonely"], facet


def test_with_helpers_return_new_values_and_leave_the_old_one() -> None:
    base = EventFilter(hide=True)
    changed = base.with_entities(["meta"]).with_categories(("deal",)).with_certainties(["confirmed"])
    assert base == EventFilter(hide=True)
    assert changed == EventFilter(frozenset({"meta"}), frozenset({"deal"}), frozenset({Certainty.CONFIRMED}), hide=True)
    assert changed.with_entities(None).entities is None
    assert changed.with_hide(False).hide is False
    assert changed.cleared() == EventFilter(hide=True)  # the dim/hide choice survives a clear
    with pytest.raises(dataclasses.FrozenInstanceError):
        changed.hide = False  # type: ignore[misc]


def test_values_are_normalised_so_equal_filters_compare_and_hash_equal() -> None:
    from_lists = EventFilter(entities=["a", "b", "a"], certainties=["confirmed", Certainty.DENIED])  # type: ignore[arg-type]
    assert isinstance(from_lists.entities, frozenset)
    assert from_lists.certainties == frozenset({Certainty.CONFIRMED, Certainty.DENIED})
    assert all(isinstance(c, Certainty) for c in from_lists.certainties)
    assert from_lists == EventFilter(entities=frozenset({"b", "a"}), certainties=frozenset({Certainty.DENIED, Certainty.CONFIRMED}))
    assert len({from_lists, EventFilter(entities={"a", "b"}, certainties={"denied", "confirmed"})}) == 1  # type: ignore[arg-type]


def test_mistakes_are_refused() -> None:
    with pytest.raises(ValueError):
        EventFilter(certainties=["certain"])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        EventFilter(entities="meta")  # type: ignore[arg-type]  # one string is not a set of uids
    with pytest.raises(TypeError):
        NO_FILTER.with_certainties(Certainty.CONFIRMED)  # type: ignore[arg-type]


# --- what the filters offer, read from the store ------------------------------------------------


def test_categories_lists_each_category_once_sorted_without_case() -> None:
    store = CaseStore.in_memory()
    try:
        assert store.categories() == []
        for i, category in enumerate(["deal", "Legal", "deal", "", "customer"]):
            store.put_event(Event(f"e{i}", f"Event {i}", parse("2025"), category=category))
        assert store.categories() == ["", "customer", "deal", "Legal"]
    finally:
        store.close()


def test_events_by_uid_keeps_the_order_asked_and_skips_unknown_uids() -> None:
    store = CaseStore.in_memory()
    try:
        for entity in ("meta", "scale", "google"):
            store.put_entity(Entity(entity, EntityKind.COMPANY, entity.title()))
        for event in EVENTS:
            store.put_event(event)
        found = store.events_by_uid(["rumour", "missing", "deal"])
        assert [e.uid for e in found] == ["rumour", "deal"]
        assert found[1].participants == DEAL.participants
        assert store.events_by_uid([]) == []
        assert [e.uid for e in store.events_by_uid([f"x{i}" for i in range(1200)] + ["lonely"])] == ["lonely"]  # batched
    finally:
        store.close()


def test_bundled_case_filters_match_what_the_store_holds(bundled_store: CaseStore) -> None:
    categories = bundled_store.categories()
    assert {"deal", "leadership", "customer"} <= set(categories)
    openai_only = EventFilter(entities=frozenset({"openai"}))
    kept = [event for event in bundled_store.iter_events() if openai_only.matches(event)]
    assert kept and all(any(p.entity_uid == "openai" for p in event.participants) for event in kept)
    assert "ev-openai-confirms-wind-down" in {event.uid for event in kept}
