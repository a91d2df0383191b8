"""Bold and italic pressed again with nothing selected end the span, as in any editor (issue 10).

A ``|`` in the texts below marks the caret.
"""

from __future__ import annotations

import pytest

from explorer.core.notes.markdown_format import COMMANDS, bold, italic


def _press(command, marked: str) -> str:
    """The text after ``command`` with the caret at ``|``; the caret (or selection) shown the same way."""
    caret = marked.index("|")
    text = marked.replace("|", "", 1)
    edit = command(text, caret, caret)
    result = edit.applied_to(text)
    anchor, position = edit.selection
    if anchor == position:
        return result[:position] + "|" + result[position:]
    return result[:anchor] + "[" + result[anchor:position] + "]" + result[position:]


@pytest.mark.parametrize("command, before, after", [
    (bold, "**OpenAI had already left|**", "**OpenAI had already left**|"),
    (bold, "Then **OpenAI had already left|** in June", "Then **OpenAI had already left**| in June"),
    (bold, "**a** and **b|**", "**a** and **b**|"),
    (bold, "__underscored|__ bold", "__underscored__| bold"),
    (italic, "*it|* and more", "*it*| and more"),
    (italic, "**bold** then *it|*", "**bold** then *it*|"),
    (italic, "_it|_", "_it_|"),
    (bold, "***both|***", "***both**|*"),  # typing on is bold's end inside the italic: ***both**more*
    (italic, "***both|***", "***both*|**"),
])
def test_pressed_before_the_closing_marks_the_caret_steps_past_them(command, before: str, after: str) -> None:
    assert _press(command, before) == after


@pytest.mark.parametrize("command, before, after", [
    (bold, "a **|** b", "a | b"),
    (bold, "**|**", "|"),
    (italic, "a *|* b", "a | b"),
    (italic, "_|_", "|"),
    (bold, "***|***", "*|*"),  # the bold pair goes, the italic one stays
])
def test_pressed_inside_an_empty_pair_takes_the_pair_away(command, before: str, after: str) -> None:
    assert _press(command, before) == after


@pytest.mark.parametrize("command, before, after", [
    (bold, "plain| text", "plain**[strong text]** text"),
    (bold, "**a** b|**c**", "**a** b**[strong text]****c**"),  # before an opening mark: a new span
    (italic, "my_var|_name", "my_var*[emphasised text]*_name"),  # snake_case is not emphasis
    (italic, "**|**", "***[emphasised text]***"),  # an empty bold pair is not an italic one
    (bold, "**done**|", "**done****[strong text]**"),  # after the closing marks: outside the span
])
def test_elsewhere_a_new_span_starts_as_before(command, before: str, after: str) -> None:
    assert _press(command, before) == after


def test_bold_typed_and_ended_then_plain_text_follows() -> None:
    text, caret = "", 0
    edit = bold(text, caret, caret)  # Ctrl+B: the placeholder, selected
    text, (start, end) = edit.applied_to(text), edit.selection
    text = text[:start] + "OpenAI had already left" + text[end:]  # typing replaces it
    caret = start + len("OpenAI had already left")
    edit = bold(text, caret, caret)  # Ctrl+B again ends the bold
    text, (caret, _) = edit.applied_to(text), edit.selection
    text = text[:caret] + " by then." + text[caret:]
    assert text == "**OpenAI had already left** by then."


@pytest.mark.parametrize("name", ["bold", "italic"])
def test_ending_a_span_changes_no_text(name: str) -> None:
    text = "**x** *y* __z__ _w_"
    steps = []
    for caret in range(len(text) + 1):
        edit = COMMANDS[name](text, caret, caret)
        if edit.replacement == "" and edit.start == edit.end:
            assert edit.applied_to(text) == text and edit.selection[0] == edit.selection[1] > caret
            steps.append(text[:caret].rstrip("*_")[-1])
    assert steps == (["x", "z"] if name == "bold" else ["y", "w"])  # once per span, at its end
