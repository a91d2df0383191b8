"""The network over time: states on a date on both clocks, precision of dates, stepping."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.core import dates
from explorer.core.models import Effect, Event, EventEffect, Relationship
from explorer.core.network import EdgeState, Lifetime, Mode, Network, RelationshipFilter
from explorer.core.network.lifetime import lifetime, state_note

A, B, E = EdgeState.ACTIVE, EdgeState.BEGINNING, EdgeState.ENDING


def at(text: str) -> int:
    return dates.start_seconds(dates.parse(text))


def d(text: str) -> dates.PartialDate:
    return dates.parse(text)


@pytest.fixture
def network(bundled_store) -> Network:
    return Network.from_store(bundled_store)


def test_before_and_after_the_deal_as_the_story_says(network: Network) -> None:
    june, july = network.states_at(at("2025-06-01"), Mode.HAPPENED), network.states_at(at("2025-07-01"), Mode.HAPPENED)
    # 1 June: Scale still serves OpenAI, Google, Microsoft and xAI (their ends lie somewhere in June), Wang is its CEO,
    # and Meta's stake, Wang's unit at Meta and Droege as CEO only begin sometime in June
    for uid in ("rel-openai-customer-scale", "rel-google-customer-scale", "rel-microsoft-customer-scale", "rel-xai-customer-scale",
                "rel-wang-ceo-scale", "rel-droege-exec-scale"):
        assert june[uid] is E and june[uid].present, uid
        assert july[uid] is EdgeState.ENDED, uid
    for uid in ("rel-meta-investor-scale", "rel-wang-leads-meta", "rel-droege-ceo-scale"):
        assert june[uid] is B, uid
        assert july[uid] is A, uid
    for uid in ("rel-meta-customer-scale", "rel-wang-board-scale", "rel-wang-founder-scale", "rel-friar-exec-openai",
                "rel-openai-competitor-meta"):
        assert june[uid] is A and july[uid] is A, uid
    assert june["rel-openai-customer-mercor"] is B and july["rel-openai-customer-mercor"] is B  # "2025": sometime that year


def test_known_mode_keeps_openai_scale_active_until_the_18th_of_june(network: Network) -> None:
    uid = "rel-openai-customer-scale"
    assert network.state(uid, at("2025-06-17T23:59:59"), Mode.KNOWN) is A
    assert network.state(uid, at("2025-06-18"), Mode.KNOWN) is E  # made public that day
    assert network.state(uid, at("2025-06-19"), Mode.KNOWN) is EdgeState.ENDED
    # as it happened, the end lies somewhere in June: it may already have ended on the 1st
    assert network.state(uid, at("2025-06-01"), Mode.HAPPENED) is E
    assert network.state(uid, at("2025-05-31T23:59:59"), Mode.HAPPENED) is A
    known = network.lifetime(uid, Mode.KNOWN)
    assert known.end == d("2025-06-18") and network.lifetime(uid, Mode.HAPPENED).end == d("2025-06")


def test_known_mode_uses_reported_at_when_the_event_has_one(network: Network) -> None:
    # Reuters' report (dated June, reported 14 June) ends Google's, Microsoft's and xAI's custom
    for uid in ("rel-google-customer-scale", "rel-microsoft-customer-scale", "rel-xai-customer-scale"):
        assert network.state(uid, at("2025-06-13"), Mode.KNOWN) is A
        assert network.state(uid, at("2025-06-14T12:00"), Mode.KNOWN) is E
        assert network.state(uid, at("2025-06-15"), Mode.KNOWN) is EdgeState.ENDED


def test_precision_decides_beginning_and_ending() -> None:
    life = Lifetime(d("2016"), d("2025-06"))
    assert life.state_at(at("2015-12-31T23:59:59")) is EdgeState.NOT_BEGUN
    assert life.state_at(at("2016-07")) is B
    assert life.state_at(at("2017")) is A
    assert life.state_at(at("2025-06-30T23:59:59")) is E
    assert life.state_at(at("2025-07")) is EdgeState.ENDED
    assert Lifetime().state_at(at("-13800000000")) is A  # no dates: throughout the case, even in deep time
    assert Lifetime(end=d("-0043")).state_at(at("-0043-03-15")) is E  # BCE works the same


def test_the_array_states_match_the_lifetimes(network: Network) -> None:
    times = [at("2015"), at("2016-03"), at("2024-12-31"), at("2025-06-12"), at("2025-06-18T06:00"), at("2025-07-01"), at("2030")]
    for mode in Mode:
        for t in times:
            expected = [network.lifetime(r.uid, mode).state_at(t) for r in network.relationships]
            assert [EdgeState(int(s)) for s in network.state_array(t, mode)] == expected


def test_dates_come_from_effects_when_the_relationship_has_none() -> None:
    rel = Relationship("r", "a", "b", "customer_of")
    events = {"start": Event("start", "Signed", d("2020-03"), reported_at=d("2020-05-02")),
              "stop": Event("stop", "Walked away", d("2022"), reported_at=d("2023-01-10"))}
    effects = [EventEffect("start", "r", Effect.STARTS), EventEffect("stop", "r", Effect.ENDS)]
    happened, known = lifetime(rel, effects, events, Mode.HAPPENED), lifetime(rel, effects, events, Mode.KNOWN)
    assert (happened.begin, happened.end) == (d("2020-03"), d("2022"))
    assert (known.begin, known.end) == (d("2020-05-02"), d("2023-01-10"))
    # without events, both clocks fall back on the relationship's own dates
    own = Relationship("r", "a", "b", "customer_of", start=d("2019"), end=d("2021-02"))
    assert lifetime(own, [], {}, Mode.KNOWN) == lifetime(own, [], {}, Mode.HAPPENED) == Lifetime(d("2019"), d("2021-02"))


def test_state_notes_say_where_an_edge_stands() -> None:
    life = Lifetime(d("2025-06"), d("2026"))
    assert state_note(EdgeState.NOT_BEGUN, life) == "from June 2025"
    assert state_note(B, life) == "begins June 2025"
    assert state_note(A, life) == ""
    assert state_note(E, life) == "ends 2026"
    assert state_note(EdgeState.ENDED, life) == "ended 2026"
    assert Lifetime(None, d("2025-06")).describe() == "until June 2025"
    assert Lifetime(d("2016"), None).describe() == "since 2016"


def test_stepping_goes_event_by_event_on_the_chosen_clock(network: Network) -> None:
    after_first = network.next_stop(at("2025-06-01"), Mode.KNOWN)
    assert after_first.seconds == at("2025-06-12") and after_first.event_uids == ("ev-meta-deal-announced",)
    reported = network.next_stop(at("2025-06-12"), Mode.KNOWN)
    assert reported.seconds == at("2025-06-14") and reported.event_uids == ("ev-google-exit-report",)
    # as it happened, Reuters' report counts from its own date (June), so the next stop after 12 June differs
    assert network.next_stop(at("2025-06-12"), Mode.HAPPENED).seconds == at("2025-06-18")
    assert network.previous_stop(at("2025-06-12"), Mode.KNOWN).seconds == at("2025-06-01")
    assert network.previous_stop(at("2000"), Mode.KNOWN) is None
    assert network.next_stop(at("2100"), Mode.KNOWN) is None
    stops = [s.seconds for s in network.stops(Mode.HAPPENED)]
    assert stops == sorted(set(stops))


def test_a_network_reads_citations_and_sources(network: Network) -> None:
    assert [s.publisher for s in network.sources_of("rel-google-customer-scale")] == ["Reuters"]
    assert network.sources_of("rel-openai-competitor-meta") == []
    assert len(network.relationships) == 17 and len(network.entities) == 10
    assert [e.event_uid for e in network.effects["rel-openai-customer-scale"]] == [
        "ev-openai-gradual-reduction", "ev-friar-vivatech", "ev-openai-confirms-wind-down",
    ]


def test_filters_by_type_certainty_and_entity(network: Network) -> None:
    by_type = RelationshipFilter(types=frozenset({"customer_of"}))
    assert sum(by_type.matches(r) for r in network.relationships) == 6
    reported = RelationshipFilter(certainties=frozenset({"reported"}))
    assert {r.uid for r in network.relationships if reported.matches(r)} == {
        "rel-google-customer-scale", "rel-openai-customer-mercor", "rel-microsoft-customer-scale", "rel-xai-customer-scale",
    }
    droege = RelationshipFilter(entity="jason-droege")
    assert {r.uid for r in network.relationships if droege.matches(r)} == {"rel-droege-ceo-scale", "rel-droege-exec-scale"}
    assert not RelationshipFilter().is_active and droege.is_active


def test_an_empty_case_has_an_empty_network() -> None:
    from explorer.core.store import CaseStore

    network = Network.from_store(CaseStore.in_memory())
    assert network.states_at(0, Mode.HAPPENED) == {}
    assert network.stops(Mode.KNOWN) == [] and network.next_stop(0, Mode.KNOWN) is None
    assert np.asarray(network.state_array(0, Mode.KNOWN)).size == 0
