"""Markdown formatting commands as text edits, authors' initials and colours."""

from __future__ import annotations

import re

import pytest

from explorer.core.notes import authors
from explorer.core.notes.markdown_format import COMMANDS, bold, bullet_list, heading, italic, link, quote


def _apply(command, text: str, start: int, end: int) -> tuple[str, str]:
    edit = command(text, start, end)
    result = edit.applied_to(text)
    anchor, position = edit.selection
    return result, result[anchor:position]


def test_bold_wraps_the_selection_and_twice_is_plain() -> None:
    assert _apply(bold, "a word here", 2, 6) == ("a **word** here", "word")
    text, _ = _apply(bold, "a word here", 2, 6)
    assert _apply(bold, text, 4, 8) == ("a word here", "word")  # selection inside the marks
    assert _apply(bold, text, 2, 10) == ("a word here", "word")  # selection with the marks


def test_bold_with_nothing_selected_offers_a_placeholder() -> None:
    assert _apply(bold, "ab", 1, 1) == ("a**strong text**b", "strong text")


def test_italic_leaves_bold_alone() -> None:
    assert _apply(italic, "x **bold** y", 2, 10) == ("x ***bold*** y", "**bold**")
    assert _apply(italic, "x *it* y", 3, 5) == ("x it y", "it")
    assert _apply(italic, "x **it** y", 4, 6)[0] == "x ***it*** y"  # inside bold marks: adds italic


def test_heading_list_and_quote_toggle_whole_lines() -> None:
    assert heading("Title\nbody", 2, 2).applied_to("Title\nbody") == "## Title\nbody"
    assert heading("## Title", 4, 4).applied_to("## Title") == "Title"
    text = "one\ntwo\n\nthree"
    listed = bullet_list(text, 1, len(text)).applied_to(text)
    assert listed == "- one\n- two\n\n- three"
    assert bullet_list(listed, 0, len(listed)).applied_to(listed) == text
    assert quote("a\nb", 0, 3).applied_to("a\nb") == "> a\n> b"
    assert quote("> a\n> b", 0, 7).applied_to("> a\n> b") == "a\nb"


def test_line_commands_keep_the_cursor_on_its_character() -> None:
    edit = heading("Title", 3, 3)
    assert edit.selection == (6, 6)  # after "## Tit"
    edit = quote("> Title", 5, 5)
    assert edit.selection == (3, 3)


def test_a_selection_ending_at_a_line_start_leaves_that_line_alone() -> None:
    assert quote("a\nb\n", 0, 2).applied_to("a\nb\n") == "> a\nb\n"


def test_link_selects_the_address_to_paste_over() -> None:
    assert _apply(link, "see docs now", 4, 8) == ("see [docs](https://) now", "https://")
    assert _apply(link, "", 0, 0) == ("[link text](https://)", "link text")


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_accepts_any_selection(name: str) -> None:
    text = "**a** *b*\n> c\n- d\n## e\n"
    for start in range(len(text) + 1):
        for end in (start, len(text)):
            edit = COMMANDS[name](text, start, end)
            result = edit.applied_to(text)
            assert 0 <= edit.selection[0] <= len(result) and 0 <= edit.selection[1] <= len(result)


def test_initials_and_colours_tell_authors_apart() -> None:
    assert authors.initials("Ana Lopez") == "AL"
    assert authors.initials("ana") == "AN"
    assert authors.initials("Jean-Luc de la Tour") == "JT"
    assert authors.initials("") == "?"
    assert authors.initials("Ødegård Åsa") == "ØÅ"
    assert re.fullmatch(r"#[0-9a-f]{6}", authors.color("Ana Lopez"))
    assert authors.color("Ana Lopez") == authors.color(" ana lopez ")
    assert len({authors.color(name) for name in ("Ana", "Ben", "Chloé", "Dev", "Eun-ji")}) == 5
    assert authors.shown_name("  ") == authors.UNKNOWN_AUTHOR
