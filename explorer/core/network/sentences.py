"""A relationship as an English sentence: "OpenAI is a customer of Scale AI", "Alexandr Wang leads
a unit at Meta", with both parties named.

A type's phrase (``relationship_type_label``) is either a verb phrase ("leads a unit at",
"acquired", "owns a stake in") that goes straight between the two names, or a noun phrase
("customer of", "investor in") that needs "is a" before it. Known types have their sentence
written out (``KNOWN_TEMPLATES``, also the strings a translator sees); types users make up are
read by ``phrase_template``:

- a phrase that starts with "is", "has", an article … is used as it stands: "A is owned by B";
- a first word ending in -s or -ed (not -ss, -us, -is, -ous), or a common verb in its base form
  followed by anything but "of" ("invest in" → "invests in"), makes a verb phrase;
- a participle or adjective before a preposition ("owned by", "married to", "hostile to") takes
  "is" without an article;
- anything else is a noun: "is a/an <phrase>", with "of" added when it ends without a
  preposition ("rival" → "is a rival of").

Templates hold ``%1`` (the source's name) and ``%2`` (the target's), Qt's placeholders, so the
panel can pass them through a translation and fill them in with ``fill``.
"""

from __future__ import annotations

import re

from explorer.core.models import relationship_type_label

KNOWN_TEMPLATES: dict[str, str] = {
    "customer_of": "%1 is a customer of %2",
    "supplier_to": "%1 is a supplier to %2",
    "investor_in": "%1 is an investor in %2",
    "owns_stake_in": "%1 owns a stake in %2",
    "acquired": "%1 acquired %2",
    "founder_of": "%1 is a founder of %2",
    "ceo_of": "%1 is the CEO of %2",
    "executive_of": "%1 is an executive of %2",
    "board_member_of": "%1 is a board member of %2",
    "employee_of": "%1 is an employee of %2",
    "leads_unit_at": "%1 leads a unit at %2",
    "competitor_of": "%1 is a competitor of %2",
    "partner_of": "%1 is a partner of %2",
}

PREPOSITIONS = frozenset({
    "of", "in", "to", "at", "for", "with", "on", "from", "by", "into", "over", "under", "about", "against",
    "behind", "within", "between",
})
_AS_IS = frozenset({
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might", "does",
    "did",
})
_ARTICLES = frozenset(("a", "an", "the"))
_NOT_VERB_ENDINGS = ("ss", "us", "is", "ous", "ics")
_PLURAL_NOUNS = frozenset({
    "sales", "news", "arms", "goods", "series", "species", "means", "affairs", "operations", "relations",
    "services",
})
# Common verbs users write in the base form ("invest in"); before "of" they read as nouns ("partner of").
_BASE_VERBS = frozenset({
    "own", "lead", "invest", "fund", "supply", "advise", "employ", "acquire", "control", "manage", "run",
    "sue", "buy", "sell", "license", "hire", "compete", "work", "report", "partner", "back", "sponsor",
    "finance", "serve", "support", "mentor", "represent", "influence", "pay", "lend", "sign", "collaborate",
    "cooperate", "depend", "rely", "trade", "merge", "join", "chair", "direct", "oversee",
})
# Base forms more often nouns ("partner of", "a mentor to", "a lead at"): verbs only before these words.
_NOUN_FIRST: dict[str, frozenset[str]] = {
    "partner": frozenset({"with"}), "mentor": frozenset(), "sponsor": frozenset(), "lead": frozenset(),
    "report": frozenset({"to"}), "license": frozenset({"to"}), "trade": frozenset({"with"}),
    "work": frozenset({"for", "with", "at", "on", "in", "under"}),
}
# Participles and adjectives that describe a standing tie: "A is married to B", not "A married to B".
_STATIVE = frozenset({
    "married", "related", "allied", "affiliated", "connected", "engaged", "linked", "tied", "opposed",
    "attached", "committed", "aligned", "associated", "exposed", "indebted", "dependent", "independent",
    "subordinate", "senior", "junior", "equal", "similar", "close", "loyal", "hostile", "friendly",
    "responsible", "accountable", "answerable", "adjacent", "next", "subject",
})
# Titles a user's type holds in lower case (types are stored as snake_case): written in capitals.
_TITLES = frozenset({"ceo", "cfo", "cto", "coo", "cmo", "cio", "cso", "cpo", "vp", "svp", "evp", "md", "gm", "mp"})
_AN_LETTERS = frozenset("aefhilmnorsx")  # letters whose names start with a vowel sound: "an MD", "an SVP"
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")
_YOU_SOUND = ("uni", "use", "usu", "uti", "eu", "one", "once", "ubi", "ura")


def article(noun_phrase: str) -> str:
    """"a" or "an" for the phrase's first word, by its sound: "an investor", "a unit", "a CEO", "an MD"."""
    word = noun_phrase.split()[0] if noun_phrase.split() else ""
    if len(word) >= 2 and word.isupper():
        return "an" if word[0].lower() in _AN_LETTERS else "a"
    lower = word.lower()
    if lower.startswith(_SILENT_H):
        return "an"
    if lower.startswith(_YOU_SOUND):
        return "a"
    return "an" if lower[:1] in set("aeiou") else "a"


def _third_person(verb: str) -> str:
    if verb.endswith("y") and verb[-2:-1] not in set("aeiou"):
        return verb[:-1] + "ies"
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    return verb + "s"


def _is_verb_form(word: str) -> bool:
    """"leads", "invests", "acquired", "led": a verb in the third person or the past."""
    if word in _PLURAL_NOUNS:
        return False
    return (len(word) >= 3 and word.endswith("ed")) or (len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_VERB_ENDINGS))


def _is_base_verb(word: str, following: str | None) -> bool:
    """"invest" before "in", "own" alone: a verb to put in the third person; never before "of"."""
    if word not in _BASE_VERBS or following == "of":
        return False
    return word not in _NOUN_FIRST or following in _NOUN_FIRST[word]


def phrase_template(phrase: str) -> str:
    """The sentence template for a type's phrase (see the module docstring)."""
    words = [w.upper() if w.lower() in _TITLES else w for w in phrase.split()]
    if not words:
        return "%1 is tied to %2"
    first, rest = words[0].lower(), words[1:]
    following = rest[0].lower() if rest else None
    ends_in_preposition = words[-1].lower() in PREPOSITIONS and len(words) > 1
    if first in _AS_IS:
        body = words  # "is owned by", "has a stake in"
    elif first in _ARTICLES or first in _STATIVE or (first.endswith(("ed", "en")) and following == "by"):
        body = ["is", *words]  # "a customer of", "married to", "owned by"
    elif _is_verb_form(first):
        body = words  # "leads a unit at", "acquired", "invests in", "consists of"
    elif _is_base_verb(first, following):
        body = [_third_person(first), *rest]  # "invest in" → "invests in"
    else:
        noun = words if ends_in_preposition else [*words, "of"]
        body = ["is", article(" ".join(noun)), *noun]
    return "%1 " + " ".join(body) + " %2"


def sentence_template(type_: str) -> str:
    """The template for a relationship type: the written one for a known type, else read from its phrase."""
    return KNOWN_TEMPLATES.get(type_) or phrase_template(relationship_type_label(type_))


def fill(template: str, source: str, target: str) -> str:
    """The template with ``%1`` and ``%2`` replaced in one pass, so a name holding "%2" stays as it is."""
    return re.sub(r"%([12])", lambda m: source if m.group(1) == "1" else target, template)


def sentence(type_: str, source: str, target: str) -> str:
    """"OpenAI is a customer of Scale AI": the relationship between two names, in English."""
    return fill(sentence_template(type_), source, target)
