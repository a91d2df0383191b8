"""Search snippets made in Python: the window around the first match, marks, ellipses, bounded work."""

from __future__ import annotations

import pytest

from explorer.core import search_snippet
from explorer.core.search import snippet_parts
from explorer.core.search_snippet import ELLIPSIS, MARK_END, MARK_START, SCAN_CHARS, SNIPPET_TOKENS, Terms, snippet


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> list:
    """Every word the snippet code reads from a text."""
    words: list = []
    original = search_snippet.tokens_of

    def counting(*args: object):  # type: ignore[no-untyped-def]
        for token in original(*args):
            words.append(token)
            yield token

    monkeypatch.setattr(search_snippet, "tokens_of", counting)
    return words


def marked(text: str) -> list[str]:
    return [piece for piece, is_match in snippet_parts(text) if is_match]


def terms(*words: str, typing: bool = False) -> Terms:
    return Terms.of(list(words), typing)


def test_a_short_text_is_shown_whole_with_its_match_marked() -> None:
    assert snippet(["The neutral vendor."], terms("neutral")) == f"The {MARK_START}neutral{MARK_END} vendor."


def test_a_long_text_shows_a_window_around_the_first_match() -> None:
    words = [f"w{i}" for i in range(40)]
    words[20] = "Zebra"
    shown = snippet([" ".join(words)], terms("zebra"))
    assert shown.startswith(ELLIPSIS) and shown.endswith(ELLIPSIS)
    assert marked(shown) == ["Zebra"]
    tokens = shown.strip(ELLIPSIS).replace(MARK_START, "").replace(MARK_END, "").split()
    assert len(tokens) == SNIPPET_TOKENS and "w15" in tokens and "w26" in tokens


def test_a_match_near_the_end_fills_the_window_from_before() -> None:
    shown = snippet([" ".join(f"w{i}" for i in range(30)) + " zebra."], terms("zebra"))
    assert shown.startswith(ELLIPSIS) and shown.endswith(f"{MARK_START}zebra{MARK_END}.")
    assert len(shown.split()) == SNIPPET_TOKENS


def test_the_word_being_typed_is_a_prefix_and_earlier_words_are_whole() -> None:
    shown = snippet(["Reporting the report of reporters and a rep"], terms("the", "repor", typing=True))
    assert marked(shown) == ["Reporting", "the", "report", "reporters"]
    assert marked(snippet(["report reporting"], terms("report"))) == ["report"]


def test_case_and_diacritics_are_folded_both_ways() -> None:
    assert marked(snippet(["Zoë ÅNGSTRÖM"], terms("zoe", "angstrom"))) == ["Zoë", "ÅNGSTRÖM"]
    assert marked(snippet(["Cafe Nero"], terms("café"))) == ["Cafe"]


def test_a_word_split_by_an_underscore_is_a_phrase() -> None:
    assert marked(snippet(["the snake_case name, not snake or case alone"], terms("snake_case"))) == ["snake_case"]


def test_the_column_with_most_words_matched_is_shown() -> None:
    shown = snippet(["Alpha title", "A body with alpha and beta together"], terms("alpha", "beta"))
    assert marked(shown) == ["alpha", "beta"]
    assert snippet(["Alpha title", "alpha body"], terms("alpha")).startswith(f"{MARK_START}Alpha")  # a tie: the first


def test_without_a_match_the_start_of_the_first_text_is_shown() -> None:
    assert snippet(["", "Nothing to see here"], terms("zebra")) == "Nothing to see here"
    assert snippet([None, b"bytes \xff here", 7], terms("here")) == f"bytes \ufffd {MARK_START}here{MARK_END}"
    assert snippet([None, ""], terms("zebra")) == ""


def test_case_text_cannot_forge_marks() -> None:
    shown = snippet([f"{MARK_START}fake{MARK_END} and real"], terms("real"))
    assert marked(shown) == ["real"] and "fake" in shown


def test_a_match_beyond_the_slice_read_is_not_looked_for() -> None:
    text = "lead " * (SCAN_CHARS // 5) + "zebra"
    shown = snippet([text[: SCAN_CHARS + 1]], terms("zebra"))  # SQL hands over SCAN_CHARS + 1 characters
    assert marked(shown) == [] and shown.startswith("lead lead") and shown.endswith(ELLIPSIS)


@pytest.mark.parametrize("repeats", [100, 10_000])
def test_the_tokens_read_do_not_grow_with_the_matches(repeats: int, read: list) -> None:
    shown = snippet(["<div>" * repeats], terms("div"))
    assert marked(shown) == ["div"] * SNIPPET_TOKENS
    assert len(read) == SNIPPET_TOKENS + 2  # the window, one word to know that text follows, the match's word


def test_a_late_match_is_read_from_a_little_before_it(read: list) -> None:
    text = "lead " * 3000 + "misreports and then the reports we want"
    shown = snippet([text], terms("reports"))
    assert shown.startswith(f"{ELLIPSIS}lead lead") and marked(shown) == ["reports"]
    assert len(read) < 120  # the words of the last 400 characters or so, not 3,000


def test_text_without_any_typed_word_is_not_read_word_by_word(read: list) -> None:
    assert marked(snippet(["a title " * 100, "the body with zebra"], terms("zebra"))) == ["zebra"]
    assert len(read) == 5  # the body's four words and the match's, none of the title's 200


def test_non_ascii_text_is_read_from_its_start() -> None:
    text = "Größe " * 200 + "Zoë arrives"
    assert marked(snippet([text], terms("zoe"))) == ["Zoë"]
    assert snippet([text], terms("zoe")).startswith(ELLIPSIS)


@pytest.mark.parametrize(
    ("text", "words", "typing"),
    [
        ("Reports on a breach involving Quaselka Networks", ("reports",), False),
        ("Misreports first, then the reporter reports the report", ("repor",), True),
        ("lead " * 200 + "a snake_case name and snake case", ("snake_case",), False),
        ("Alpha one two three beta four alpha five beta", ("alpha", "beta"), False),
        ("x" * 300 + " the zebra", ("zebra",), False),  # a word before the match as long as most of the look-back
        ("a-b c_d e.f zebra! (zebra) [zebra]", ("zebra",), True),
    ],
)
def test_ascii_text_gets_the_snippet_that_reading_word_by_word_gives(text: str, words: tuple[str, ...], typing: bool) -> None:
    filler = " filler" * 40
    fast = snippet([text + filler], terms(*words, typing=typing))
    slow = snippet([text + filler + " é"], terms(*words, typing=typing))  # not ASCII: read word by word
    assert fast == slow and marked(fast)
