"""Snippets mark what was typed ("c++", "e-mail") whole, and a note's snippet reads as plain text."""

from __future__ import annotations

import pytest

from explorer.core import search
from explorer.core.dates import parse
from explorer.core.models import Event, Note, NoteTarget
from explorer.core.notes.plain_text import plain_text
from explorer.core.search import ELLIPSIS, MARK_END, MARK_START, HitKind, SearchHit
from explorer.core.store import CaseStore

T0 = "2026-01-01T00:00:00Z"




def marked(hit: SearchHit) -> list[str]:
    return [text for text, is_match in search.snippet_parts(hit.snippet) if is_match]


def shown(hit: SearchHit) -> str:
    return "".join(text for text, _ in search.snippet_parts(hit.snippet))


def only(store: CaseStore, text: str, kind: HitKind) -> SearchHit:
    hits = [hit for hit in search.search(store.conn, text) if hit.kind is kind]
    assert len(hits) == 1, hits
    return hits[0]


# --- what was typed, marked whole ------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "expected"), [
    ("c++", ["C++", "c++"]),
    ("e-mail", ["E-mail", "e-mail"]),
    ("C++ e-mail", ["C++", "E-mail", "c++", "e-mail"]),
    ('"c++"', ["C++", "c++"]),  # quotes round what was typed are not looked for
    ("e-mai", ["E-mail", "e-mail"]),  # still being typed: the word it starts is marked whole
])
def test_what_was_typed_is_marked_whole_where_it_appears_literally(store: CaseStore, typed: str, expected: list[str]) -> None:
    store.put_event(Event("e", "Uses C++ and E-mail. Then c++ again, by e-mail.", parse("2025")))
    hit = only(store, typed, HitKind.EVENT)
    assert shown(hit) == "Uses C++ and E-mail. Then c++ again, by e-mail."
    assert marked(hit) == expected


def test_a_literal_at_the_window_edge_is_marked_whole(store: CaseStore) -> None:
    words = " ".join(f"w{i}" for i in range(40))
    store.put_event(Event("e", "Title", parse("2025"), body=f"{words} C++ c {words}"))
    hit = only(store, "c++", HitKind.EVENT)
    assert marked(hit) == ["C++", "c"]  # the word alone is marked where the literal is not
    assert shown(hit).startswith(ELLIPSIS) and shown(hit).endswith(ELLIPSIS)


# --- notes as plain text ---------------------------------------------------------------------------

BODY = (
    "# Acquisition plan\n\n"
    "See [[event:ev-1|Meta takes 49%]] and [[Some event]] first.\n\n"
    "## Why it matters\n\n"
    "**Bold** claims, *italic* doubts and `code words` about the quokka deal."
)


def test_a_note_snippet_reads_as_plain_text_with_its_match_marked(store: CaseStore) -> None:
    store.put_note(Note("n", NoteTarget.CASE, BODY, T0, T0))
    hit = only(store, "quokka", HitKind.NOTE)
    text = shown(hit)
    for mark in ("[[", "]]", "**", "`", "#", "|"):
        assert mark not in text, text
    assert marked(hit) == ["quokka"]
    assert text.strip(ELLIPSIS) in plain_text(BODY)  # the marks fall on the plain text shown


def test_a_note_link_shows_its_label_and_a_match_in_it_is_marked(store: CaseStore) -> None:
    store.put_note(Note("n", NoteTarget.CASE, BODY, T0, T0))
    hit = only(store, "event", HitKind.NOTE)
    assert "Some event" in shown(hit) and "ev-1" not in shown(hit)
    assert marked(hit) == ["event"]  # in the label, not in the hidden target "event:ev-1"


def test_a_note_snippet_is_centred_on_a_match_far_into_a_long_note(store: CaseStore) -> None:
    filler = "\n\n".join(f"Paragraph {i} with [[event:ev-{i}|a link]] and **some** words." for i in range(200))
    body = f"# Long note\n\n{filler}\n\nAt last the **wombat** appears.\n\n{filler}"
    store.put_note(Note("n", NoteTarget.CASE, body, T0, T0))
    hit = only(store, "wombat", HitKind.NOTE)
    assert marked(hit) == ["wombat"]
    assert shown(hit).startswith(ELLIPSIS) and shown(hit).endswith(ELLIPSIS)
    assert "At last the wombat appears" in shown(hit) and "**" not in shown(hit)


def test_a_match_only_in_a_link_target_shows_the_notes_start_unmarked(store: CaseStore) -> None:
    store.put_note(Note("n", NoteTarget.CASE, "# Plan\n\nSee [[event:ev-zebra|the stake]] now.", T0, T0))
    hit = only(store, "zebra", HitKind.NOTE)
    assert MARK_START not in hit.snippet and MARK_END not in hit.snippet
    assert shown(hit) == "Plan See the stake now."


def test_a_page_of_long_markdown_notes_converts_only_a_stretch_of_each(store: CaseStore, monkeypatch) -> None:
    """Converting each note's whole 20,000 characters took seconds for a page: only the lines
    around the match are read as Markdown (counted, not timed: speed is measured in bench/)."""
    from explorer.core import search_snippet

    converted: list[int] = []
    monkeypatch.setattr(search_snippet, "plain_text", lambda text: converted.append(len(text)) or plain_text(text))
    body = ("**div** [[x|y]] > quoted `code` " * 550) + " needle " + ("**div** " * 2000)
    for i in range(50):
        store.put_note(Note(f"n{i}", NoteTarget.CASE, body, T0, T0))
    hits = search.search(store.conn, "needle")
    assert len(hits) == 50 and all(marked(hit) == ["needle"] and "**" not in shown(hit) for hit in hits)
    assert converted and max(converted) <= 2_000 and len(converted) <= 3 * 50


@pytest.mark.parametrize("before, word, after", [
    ("한국어 문장입니다 " * 120, "삼성전자", " 발표 " + "한국어 문장입니다 " * 120),  # Hangul: folding spreads each syllable
    ("ﬁne ﬁle " * 200, "target", " here"),  # ligatures: folding makes "ﬁ" two letters
])
def test_a_note_whose_folding_changes_its_length_still_shows_its_match(store: CaseStore, before: str, word: str,
                                                                       after: str) -> None:
    store.put_note(Note("n", NoteTarget.CASE, before + word + after, T0, T0))
    hit = only(store, word, HitKind.NOTE)
    assert marked(hit) == [word]
