"""Compare two dates: what was added, ended or changed, and the events that caused it."""

from __future__ import annotations

import pytest

from explorer.core import dates
from explorer.core.network import ChangeKind, Mode, Network, compare


def at(text: str) -> int:
    return dates.start_seconds(dates.parse(text))


@pytest.fixture
def network(bundled_store) -> Network:
    return Network.from_store(bundled_store)


def summary(changes) -> dict[str, list[tuple[str, list[str]]]]:
    found: dict[str, list[tuple[str, list[str]]]] = {}
    for change in changes:
        found.setdefault(str(change.kind), []).append((change.relationship.uid, [c.event.uid for c in change.causes]))
    return found


def test_june_2025_as_it_happened(network: Network) -> None:
    changes = compare(network, at("2025-06-01"), at("2025-07-01"), Mode.HAPPENED)
    assert summary(changes) == {
        "added": [
            ("rel-meta-investor-scale", ["ev-meta-stake"]),
            ("rel-wang-leads-meta", ["ev-wang-joins-meta"]),
            ("rel-droege-ceo-scale", ["ev-droege-interim-ceo"]),
        ],
        "ended": [
            ("rel-openai-customer-scale", ["ev-openai-confirms-wind-down"]),
            ("rel-google-customer-scale", ["ev-google-exit-report"]),
            ("rel-wang-ceo-scale", ["ev-wang-joins-meta"]),
            ("rel-droege-exec-scale", ["ev-droege-interim-ceo"]),
            ("rel-microsoft-customer-scale", ["ev-google-exit-report"]),
            ("rel-xai-customer-scale", ["ev-google-exit-report"]),
        ],
        "changed": [("rel-meta-customer-scale", ["ev-meta-deal-announced"])],
        "reaffirmed": [("rel-wang-board-scale", ["ev-wang-joins-meta", "ev-scale-gc-statement"])],
    }
    ended = next(c for c in changes if c.relationship.uid == "rel-openai-customer-scale")
    assert (ended.before.label, ended.after.label) == ("ending", "ended")
    assert ended.causes[0].date == "18 June 2025" and str(ended.causes[0].effect) == "ends"


def test_the_order_of_the_two_dates_does_not_matter(network: Network) -> None:
    forward = compare(network, at("2025-06-01"), at("2025-07-01"))
    backward = compare(network, at("2025-07-01"), at("2025-06-01"))
    assert forward == backward


def test_mid_june_as_publicly_known_shows_who_walked_away_and_why(network: Network) -> None:
    changes = summary(compare(network, at("2025-06-10"), at("2025-06-20"), Mode.KNOWN))
    assert changes["ended"] == [
        ("rel-openai-customer-scale", ["ev-openai-confirms-wind-down", "ev-openai-gradual-reduction"]),
        ("rel-google-customer-scale", ["ev-google-exit-report"]),
        ("rel-microsoft-customer-scale", ["ev-google-exit-report"]),
        ("rel-xai-customer-scale", ["ev-google-exit-report"]),
    ]
    assert "added" not in changes  # the stake and the new roles are known only to the month: no news within it


def test_mid_june_as_it_happened_cannot_say_more_than_june(network: Network) -> None:
    changes = summary(compare(network, at("2025-06-10"), at("2025-06-20"), Mode.HAPPENED))
    assert set(changes) == {"changed", "reaffirmed"}  # every start and end is "sometime in June"
    assert changes["changed"] == [("rel-meta-customer-scale", ["ev-meta-deal-announced"])]


def test_a_relationship_that_came_and_went_between_the_dates(network: Network) -> None:
    changes = compare(network, at("2015"), at("2026"))
    came_and_went = {c.relationship.uid for c in changes if c.kind is ChangeKind.CAME_AND_WENT}
    assert "rel-wang-ceo-scale" in came_and_went  # 2016 – June 2025
    cause_effects = {str(c.effect) for c in next(x for x in changes if x.relationship.uid == "rel-wang-ceo-scale").causes}
    assert cause_effects == {"starts", "ends"}


def test_nothing_changes_between_equal_dates(network: Network) -> None:
    assert compare(network, at("2025-06-15"), at("2025-06-15")) == []
