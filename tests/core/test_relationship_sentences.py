"""Relationships read as English sentences naming both parties, for every type of the bundled case,
every known type and types users make up (issue 10: "Alexandr Wang is leads a unit at it")."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from explorer.core.models import RELATIONSHIP_TYPES, relationship_type_label
from explorer.core.network.sentences import KNOWN_TEMPLATES, article, fill, phrase_template, sentence, sentence_template

BUNDLED = Path(__file__).resolve().parents[2] / "db" / "cases" / "scale-ai-2025.json"
# Ungrammatical joins: a verb after "is", a bare noun after "is", a pronoun for a party, doubled words.
BAD = re.compile(
    r"\bis (leads|owns|invests|works|has|is)\b|\bis acquired(?! by)|\bis (competitor|customer|investor|founder|executive|partner|"
    r"employee|board|supplier|CEO)\b|\bof it\b|\bit\b|\b(\w+) \3\b|\ba [aeio]|\ban [bcdgjkpqtvwz]|\s{2}"
)
USER_TYPES = {  # a type as a user types it (stored snake_case) -> the sentence it makes
    "invests in": "Meta invests in Scale AI",
    "invest in": "Meta invests in Scale AI",
    "investor in": "Meta is an investor in Scale AI",
    "rival": "Meta is a rival of Scale AI",
    "owned by": "Meta is owned by Scale AI",
    "married to": "Meta is married to Scale AI",
    "hostile to": "Meta is hostile to Scale AI",
    "acquired by": "Meta is acquired by Scale AI",
    "works for": "Meta works for Scale AI",
    "cto of": "Meta is a CTO of Scale AI",
    "md at": "Meta is an MD at Scale AI",
    "mentor to": "Meta is a mentor to Scale AI",
    "partner with": "Meta partners with Scale AI",
    "report to": "Meta reports to Scale AI",
    "supply": "Meta supplies Scale AI",
    "has a stake in": "Meta has a stake in Scale AI",
    "the parent of": "Meta is the parent of Scale AI",
    "advisor to": "Meta is an advisor to Scale AI",
    "former ceo of": "Meta is a former CEO of Scale AI",
    "sales partner of": "Meta is a sales partner of Scale AI",
    "unit head at": "Meta is a unit head at Scale AI",
    "heir of": "Meta is an heir of Scale AI",
    "boss of": "Meta is a boss of Scale AI",
}


def stored(typed: str) -> str:
    """A typed type as the forms store it: one snake_case word."""
    return re.sub(r"\W+", "_", typed.strip().casefold()).strip("_")


def bundled_types() -> list[str]:
    case = json.loads(BUNDLED.read_text(encoding="utf-8"))
    return sorted({r["type"] for r in case["relationships"]})


@pytest.mark.parametrize("type_", sorted({*bundled_types(), *RELATIONSHIP_TYPES}))
def test_every_known_and_bundled_type_reads_as_a_sentence(type_: str) -> None:
    said = sentence(type_, "OpenAI", "Meta")
    assert said.startswith("OpenAI ") and said.endswith(" Meta"), said
    assert not BAD.search(said), said
    assert relationship_type_label(type_) in said  # the type's own wording is kept


def test_the_bundled_types_the_user_reported() -> None:
    assert sentence("leads_unit_at", "Alexandr Wang", "Meta") == "Alexandr Wang leads a unit at Meta"
    assert sentence("competitor_of", "OpenAI", "Meta") == "OpenAI is a competitor of Meta"
    assert sentence("investor_in", "Meta", "Scale AI") == "Meta is an investor in Scale AI"
    assert sentence("ceo_of", "Jason Droege", "Scale AI") == "Jason Droege is the CEO of Scale AI"


@pytest.mark.parametrize(("typed", "expected"), USER_TYPES.items())
def test_user_made_types_read_as_sentences(typed: str, expected: str) -> None:
    said = sentence(stored(typed), "Meta", "Scale AI")
    assert said == expected
    assert not BAD.search(said), said


@pytest.mark.parametrize("type_", sorted(set(RELATIONSHIP_TYPES) - {"ceo_of"}))
def test_the_general_rule_agrees_with_the_written_out_known_types(type_: str) -> None:
    """The rule for users' types is the same rule the known types follow (only "the CEO" is written by hand)."""
    assert phrase_template(RELATIONSHIP_TYPES[type_]) == KNOWN_TEMPLATES[type_]


def test_every_known_type_has_its_template() -> None:
    assert set(KNOWN_TEMPLATES) == set(RELATIONSHIP_TYPES)
    assert all(t.startswith("%1 ") and t.endswith(" %2") for t in KNOWN_TEMPLATES.values())


def test_odd_types_still_make_a_sentence() -> None:
    assert sentence_template("") == "%1 is tied to %2"
    assert sentence("zz__top", "X", "Y") == "X is a zz top of Y"  # nonsense in, a sentence out


def test_names_are_filled_in_once() -> None:
    """A name holding a placeholder is written as it is, not filled in again."""
    assert fill("%1 is a customer of %2", "Fund %2", "Scale AI") == "Fund %2 is a customer of Scale AI"
    assert fill("%2 wird von %1 beliefert", "A", "B") == "B wird von A beliefert"  # a translation may reorder


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("investor", "an"), ("unit", "a"), ("user", "a"), ("hour", "an"), ("CEO", "a"), ("MD", "an"),
     ("SVP", "an"), ("one-time", "a"), ("employee", "an"), ("board member", "a")],
)
def test_article_follows_the_sound(phrase: str, expected: str) -> None:
    assert article(phrase) == expected
