"""Layouts are deterministic, keep entities apart, honour pins; parallel edges fan out."""

from __future__ import annotations

import math
import random
import time

import pytest

from explorer.core.models import Entity, EntityKind, Relationship
from explorer.core.network import LayoutKind, Network, Role, bends, layout, roles
from explorer.core.network.layout import COLUMN_GAP, MIN_GAP
from explorer.core.network.routing import MIN_DETOUR, PARALLEL_SPACING


@pytest.fixture
def network(bundled_store) -> Network:
    return Network.from_store(bundled_store)


def _gaps(positions: dict[str, tuple[float, float]]) -> list[float]:
    points = list(positions.values())
    return [math.dist(p, q) for i, p in enumerate(points) for q in points[i + 1 :]]


@pytest.mark.parametrize("kind", list(LayoutKind))
def test_every_layout_is_deterministic_and_independent_of_read_order(network: Network, kind: LayoutKind) -> None:
    entities, relationships = list(network.entities.values()), network.relationships
    first = layout(entities, relationships, kind)
    again = layout(list(reversed(entities)), list(reversed(relationships)), kind)
    assert first == again
    assert set(first) == set(network.entities)
    assert all(math.isfinite(v) for p in first.values() for v in p)
    assert min(_gaps(first)) >= MIN_GAP * 0.7  # room for shapes and names


def test_the_default_layout_is_known_ahead_for_the_bundled_case(network: Network) -> None:
    positions = layout(list(network.entities.values()), network.relationships)
    # Scale AI, the supplier every lab shared, sits amid its customers; the rest spread around it
    centre = positions["scale-ai"]
    distances = sorted((math.dist(centre, p), uid) for uid, p in positions.items() if uid != "scale-ai")
    assert {uid for _d, uid in distances[:3]} <= {"microsoft", "meta", "alexandr-wang", "openai", "google", "xai", "jason-droege"}
    assert math.dist(positions["openai"], positions["sarah-friar"]) < math.dist(positions["scale-ai"], positions["sarah-friar"])


def test_pinned_positions_override_the_layout(network: Network) -> None:
    pinned = {"meta": (-5000.0, 42.5), "not-an-entity": (1.0, 1.0)}
    positions = layout(list(network.entities.values()), network.relationships, LayoutKind.DEFAULT, pinned)
    assert positions["meta"] == (-5000.0, 42.5)
    assert "not-an-entity" not in positions
    unpinned = layout(list(network.entities.values()), network.relationships)
    assert {u: p for u, p in positions.items() if u != "meta"} == {u: p for u, p in unpinned.items() if u != "meta"}


def test_columns_by_role_put_customers_then_suppliers_then_people(network: Network) -> None:
    found = roles(network.entities.values(), network.relationships)
    assert found["scale-ai"] is Role.SUPPLIER and found["mercor"] is Role.SUPPLIER
    assert found["meta"] is Role.CUSTOMER  # a customer and an investor: ties go to the customer side
    assert found["alexandr-wang"] is Role.PEOPLE
    positions = layout(list(network.entities.values()), network.relationships, LayoutKind.COLUMNS)
    x = {uid: p[0] for uid, p in positions.items()}
    assert x["openai"] == x["google"] == x["meta"] < x["scale-ai"] == x["mercor"] < x["sarah-friar"] == x["jason-droege"]
    assert x["scale-ai"] - x["openai"] == COLUMN_GAP


def test_circular_layout_puts_everyone_on_one_circle(network: Network) -> None:
    positions = layout(list(network.entities.values()), network.relationships, LayoutKind.CIRCULAR)
    radii = {round(math.hypot(*p), 1) for p in positions.values()}
    assert len(radii) == 1


def test_pieces_that_are_not_connected_do_not_overlap() -> None:
    entities = [Entity(f"e{i}", EntityKind.COMPANY, f"E{i}") for i in range(12)]
    relationships = [Relationship("r1", "e0", "e1", "partner_of"), Relationship("r2", "e1", "e2", "partner_of"),
                     Relationship("r3", "e5", "e6", "customer_of")]
    for kind in LayoutKind:
        positions = layout(entities, relationships, kind)
        assert min(_gaps(positions)) > MIN_GAP * 0.7, kind
    assert layout([], []) == {}
    assert layout(entities[:1], []) == {"e0": (0.0, 0.0)}


def test_a_few_thousand_entities_are_laid_out_in_seconds() -> None:
    rng = random.Random(7)
    entities = [Entity(f"e{i}", EntityKind.PERSON if i % 4 == 0 else EntityKind.COMPANY, f"Entity {i}") for i in range(2500)]
    relationships = [Relationship(f"r{i}", f"e{a}", f"e{b}", "customer_of")
                     for i, (a, b) in enumerate((rng.randrange(2500), rng.randrange(2500)) for _ in range(3500)) if a != b]
    started = time.perf_counter()
    positions = layout(entities, relationships, LayoutKind.DEFAULT)
    assert time.perf_counter() - started < 8.0  # about 1 s on a 2-core machine
    assert len(positions) == 2500 and all(math.isfinite(v) for p in positions.values() for v in p)
    started = time.perf_counter()
    found = bends(relationships, positions)
    assert time.perf_counter() - started < 3.0 and len(found) == len(relationships)


def test_parallel_edges_fan_out_evenly_whatever_their_direction() -> None:
    positions = {"a": (0.0, 0.0), "b": (300.0, 0.0)}
    relationships = [Relationship("r1", "a", "b", "founder_of"), Relationship("r2", "a", "b", "ceo_of"),
                     Relationship("r3", "b", "a", "investor_in")]
    found = bends(relationships, positions)
    # r3 runs the other way: its bend, seen from a to b, is the opposite of its own
    offsets = sorted([found["r1"], found["r2"], -found["r3"]])
    assert offsets == [-PARALLEL_SPACING, 0.0, PARALLEL_SPACING]
    assert bends([Relationship("r", "a", "b", "ceo_of")], positions) == {"r": 0.0}


def test_a_lone_edge_bends_round_an_entity_in_its_way() -> None:
    positions = {"a": (0.0, 0.0), "b": (400.0, 0.0), "c": (200.0, 10.0)}
    found = bends([Relationship("r", "a", "b", "customer_of")], positions)
    assert abs(found["r"]) >= MIN_DETOUR
    # it goes round on the side away from the entity: c is below the line (y down), to the right of a→b
    assert found["r"] > 0
    clear = bends([Relationship("r", "a", "b", "customer_of")], {**positions, "c": (200.0, 200.0)})
    assert clear == {"r": 0.0}
