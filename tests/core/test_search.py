"""Full-text search: finds what people type, ranks small result sets, follows edits, never raises."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core import search
from explorer.core.dates import parse
from explorer.core.models import Entity, EntityKind, Event, Note, NoteTarget
from explorer.core.search import MARK_END, MARK_START, HitKind, SearchHit
from explorer.core.store import CaseStore

T0 = "2026-01-01T00:00:00Z"




def _hits(store: CaseStore, text: str, **kw) -> list[SearchHit]:
    return search.search(store.conn, text, **kw)


def _uids(hits: list[SearchHit], kind: HitKind) -> list[str]:
    return [h.uid for h in hits if h.kind is kind]


# --- the bundled case ---------------------------------------------------------------------------


def test_neutral_finds_events_and_notes_with_marked_snippets(bundled_store: CaseStore) -> None:
    hits = _hits(bundled_store, "neutral")
    events, notes = _uids(hits, HitKind.EVENT), _uids(hits, HitKind.NOTE)
    assert "ev-neutral-providers-surge" in events
    assert "ev-scale-gc-statement" in events  # "neutrality" matches the word being typed
    assert "note-neutrality-trust" in notes
    for hit in hits:
        assert hit.kind in (HitKind.EVENT, HitKind.NOTE)
        assert MARK_START in hit.snippet and MARK_END in hit.snippet, hit
        marked = [text for text, is_match in search.snippet_parts(hit.snippet) if is_match]
        assert marked, hit
        assert all(text.lower().startswith("neutral") for text in marked), marked
    note = next(h for h in hits if h.uid == "note-neutrality-trust")
    assert note.title == bundled_store.note("note-neutrality-trust").title  # a note's hit shows its title, not its body


def test_wang_finds_the_entity_first(bundled_store: CaseStore) -> None:
    hits = _hits(bundled_store, "wang")
    assert hits[0] == SearchHit(HitKind.ENTITY, "alexandr-wang", "Alexandr Wang", hits[0].snippet, hits[0].rank)
    assert "ev-wang-joins-meta" in _uids(hits, HitKind.EVENT)
    kinds = [h.kind for h in hits]
    assert kinds == sorted(kinds, key=[HitKind.ENTITY, HitKind.EVENT, HitKind.NOTE].index)  # entities, events, notes


@pytest.mark.parametrize("text", ["Dro", "dro", "DROE", "Jason Dro", "jason droege"])
def test_prefix_finds_jason_droege(bundled_store: CaseStore, text: str) -> None:
    assert "jason-droege" in _uids(_hits(bundled_store, text), HitKind.ENTITY)


def test_a_finished_word_is_not_a_prefix(bundled_store: CaseStore) -> None:
    assert _uids(_hits(bundled_store, "Dro "), HitKind.ENTITY) == []
    assert search.match_expression("Dro ") == '"Dro"'
    assert search.match_expression("Dro") == '"Dro"*'


def test_kinds_limit_the_search(bundled_store: CaseStore) -> None:
    hits = _hits(bundled_store, "wang", kinds=(HitKind.NOTE,))
    assert hits and {h.kind for h in hits} == {HitKind.NOTE}
    assert _hits(bundled_store, "wang", limit=0) == []


def test_small_result_sets_are_ranked(bundled_store: CaseStore) -> None:
    events = _hits(bundled_store, "meta", kinds=(HitKind.EVENT,), limit=1000)
    assert len(events) > 2
    ranks = [h.rank for h in events]
    assert all(r is not None for r in ranks)
    assert ranks == sorted(ranks)  # bm25: lower is better
    # A page smaller than the matches is returned as found, unranked, and stops at the limit.
    first_page = _hits(bundled_store, "meta", kinds=(HitKind.EVENT,), limit=2)
    assert len(first_page) == 2
    assert all(h.rank is None for h in first_page)
    assert {h.uid for h in first_page} <= {h.uid for h in events}


def test_ranking_puts_the_closer_match_first(store: CaseStore) -> None:
    store.put_event(Event("weak", "A long story in which zebra appears once among many other words", parse("2025")))
    store.put_event(Event("strong", "Zebra zebra", parse("2025")))
    assert [h.uid for h in _hits(store, "zebra")] == ["strong", "weak"]


# --- folding and prefixes -------------------------------------------------------------------------


def test_diacritics_are_folded_both_ways(store: CaseStore) -> None:
    store.put_entity(Entity("zoe", EntityKind.PERSON, "Zoë Ångström", aliases=("Zoe A.",)))
    store.put_entity(Entity("cafe", EntityKind.COMPANY, "Cafe Nero"))
    assert _uids(_hits(store, "zoe angstrom"), HitKind.ENTITY) == ["zoe"]
    assert _uids(_hits(store, "ÅNGSTRÖM"), HitKind.ENTITY) == ["zoe"]
    assert _uids(_hits(store, "café"), HitKind.ENTITY) == ["cafe"]


def test_aliases_are_searched(store: CaseStore) -> None:
    store.put_entity(Entity("fb", EntityKind.COMPANY, "Meta Platforms", aliases=("Facebook", "The Social Network")))
    assert _uids(_hits(store, "faceb"), HitKind.ENTITY) == ["fb"]
    assert _uids(_hits(store, "social net"), HitKind.ENTITY) == ["fb"]


def test_a_note_hit_titles_the_note_as_read(store: CaseStore) -> None:
    """The title of a note's hit is its first line as a reader sees it: links as their labels, no marks."""
    body = "## Why **[[event:ev-1|Meta takes 49%]]** worried [[OpenAI]]\n\nA quokka of a deal."
    store.put_note(Note("n", NoteTarget.CASE, body, T0, T0))
    (hit,) = _hits(store, "quokka")
    assert hit.title == "Why Meta takes 49% worried OpenAI"


@pytest.mark.parametrize("typed", ["Ｍｅｔａ", "ｍｅｔａ ｔａｋｅｓ", "ﬁnance"])
def test_full_width_letters_and_ligatures_are_the_letters_they_stand_for(store: CaseStore, typed: str) -> None:
    store.put_event(Event("e", "Meta takes a stake", parse("2025"), body="Meta takes 49% to finance Scale's growth."))
    hits = _hits(store, typed)
    assert [h.uid for h in hits] == ["e"]
    marked = [text for text, is_match in search.snippet_parts(hits[0].snippet) if is_match]
    assert marked and marked[0].lower() in ("meta", "finance")  # the word found is marked in the snippet


# --- the index follows edits ---------------------------------------------------------------------


def test_index_follows_inserts_updates_and_deletes(store: CaseStore) -> None:
    assert _hits(store, "quokka") == []
    store.put_event(Event("e", "The quokka deal", parse("2025"), body="Body text"))
    store.put_entity(Entity("q", EntityKind.COMPANY, "Quokka Corp"))
    store.put_note(Note("n", NoteTarget.CASE, "Thoughts on quokka", T0, T0))
    assert {(h.kind, h.uid) for h in _hits(store, "quokka")} == {(HitKind.EVENT, "e"), (HitKind.ENTITY, "q"), (HitKind.NOTE, "n")}

    store.put_event(Event("e", "The wombat deal", parse("2025"), body="Body text"))
    store.put_entity(Entity("q", EntityKind.COMPANY, "Wombat Corp"))
    store.put_note(Note("n", NoteTarget.CASE, "Thoughts on wombats", T0, T0))
    assert _hits(store, "quokka") == []
    assert {h.uid for h in _hits(store, "wombat")} == {"e", "q", "n"}

    store.delete_event("e")
    store.delete_entity("q")
    store.delete_note("n")
    assert _hits(store, "wombat") == []
    assert _hits(store, "body") == []
    integrity = "INSERT INTO {0}({0}) VALUES ('integrity-check')"
    for table in ("event_fts", "entity_fts", "note_fts"):
        store.conn.execute(integrity.format(table))  # raises if the index and the table disagree


def test_updating_unindexed_columns_keeps_the_index(store: CaseStore) -> None:
    store.put_event(Event("e", "Platypus", parse("2025")))
    store.put_event(Event("e", "Platypus", parse("2026"), importance=3))
    assert [h.uid for h in _hits(store, "platypus")] == ["e"]


def test_every_indexed_event_column_is_searched(store: CaseStore) -> None:
    store.put_event(Event("e", "Title", parse("2025"), body="bodyword", category="categoryword", display_date="datewords"))
    for word in ("bodyword", "categoryword", "datewords"):
        assert [h.uid for h in _hits(store, word)] == ["e"], word


# --- snippets and expressions ------------------------------------------------------------------


def test_snippet_parts_split_the_marks() -> None:
    snippet = f"…the {MARK_START}neutral{MARK_END} vendors and {MARK_START}neutrality{MARK_END}."
    assert search.snippet_parts(snippet) == [
        ("…the ", False), ("neutral", True), (" vendors and ", False), ("neutrality", True), (".", False),
    ]
    assert search.snippet_parts("") == []
    assert search.snippet_parts("plain") == [("plain", False)]


@pytest.mark.parametrize("text", ["", "   ", '"', "*", "-", "^", "()", "\x00", MARK_START + MARK_END, "…—!?", "🙂🙂"])
def test_match_expression_is_none_without_words(text: str) -> None:
    assert search.match_expression(text) is None


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("wang", '"wang"*'),
        ("c++", '"c"'),
        ("e-mail", '"e" AND "mail"*'),
        ("foo:bar", '"foo" AND "bar"*'),
        ('say "hi" AND', '"say" AND "hi" AND "AND"*'),
        ("abc\x00def", '"abc" AND "def"*'),
        ("Ｍｅｔａ ｔａ", '("Ｍｅｔａ" OR "Meta") AND ("ｔａ"* OR "ta"*)'),  # full-width letters: as typed, or as the letters they are
        ("snake_case", '"snake_case"*'),
    ],
)
def test_match_expression_quotes_every_word(text: str, expression: str) -> None:
    assert search.match_expression(text) == expression


# --- hostile input ---------------------------------------------------------------------------------

HOSTILE = [
    '"', '""', "AND", "OR", "NOT", "NEAR", "NEAR(", "NEAR(a b)", "c++", "e-mail", "foo:bar", "title:foo", "*", "**", "-",
    "^", "(", ")", "{", "}", "[", "a AND", "AND a", "a OR", "a NOT", "\x00", "abc\x00def", "", "   ", "\t\n",
    "🙂", "neutral 🙂", "🙂 neutral", "x" * 10_000, "neutral " * 2_000, "'; DROP TABLE event; --",
    "'); DELETE FROM note; --", "\\", "%", "_", "a*b", "a'b", "\ud800", "a\ud800b", MARK_START, "ß", "İstanbul", "²",
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:20]))
def test_hostile_input_never_raises(bundled_store: CaseStore, text: str) -> None:
    counts = bundled_store.counts()
    hits = _hits(bundled_store, text)
    assert isinstance(hits, list)
    assert all(isinstance(h, SearchHit) for h in hits)
    assert bundled_store.counts() == counts


def test_operators_are_plain_words(store: CaseStore) -> None:
    store.put_event(Event("kiwi", "Kiwi", parse("2025")))
    store.put_event(Event("both", "Kiwi and mango, or not", parse("2025")))
    assert [h.uid for h in _hits(store, "kiwi AND")] == ["both"]  # "AND" is a word to find, not an operator
    assert [h.uid for h in _hits(store, "kiwi OR zzzz")] == []  # every word must match
    assert [h.uid for h in _hits(store, "NOT mango")] == ["both"]
    assert sorted(h.uid for h in _hits(store, '"kiwi')) == ["both", "kiwi"]
    assert sorted(h.uid for h in _hits(store, "(kiwi)")) == ["both", "kiwi"]
    assert sorted(h.uid for h in _hits(store, "title:kiwi")) == []  # no column filters: "title" is a word too


def test_a_damaged_index_gives_no_results_instead_of_an_error(store: CaseStore) -> None:
    store.put_event(Event("e", "Echidna", parse("2025")))
    store.conn.execute("DROP TABLE event_fts")
    assert _hits(store, "echidna") == []


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text())
def test_any_text_is_safe(bundled_store: CaseStore, text: str) -> None:
    events = bundled_store.event_count()
    hits = search.search(bundled_store.conn, text)
    assert isinstance(hits, list)
    if search.match_expression(text) is None:
        assert hits == []
    tables = bundled_store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'event'").fetchall()
    assert tables == [("event",)]
    assert bundled_store.event_count() == events


@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_any_text_is_safe_on_a_raw_connection(text: str) -> None:
    store = CaseStore.in_memory()
    try:
        store.put_event(Event("e", "Platypus " + text, parse("2025")))
        hits = search.search(store.conn, text)
        assert isinstance(hits, list)
        if search.match_expression(text) is not None and text.strip().isalnum():
            assert [h.uid for h in hits] == ["e"]  # a single word of the title is found as typed
        assert store.conn.execute("SELECT count(*) FROM event").fetchone() == (1,)
    finally:
        store.close()
