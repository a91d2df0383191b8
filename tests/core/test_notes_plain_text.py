"""A note's preview as plain text: links read as their labels, Markdown marks are gone."""

from explorer.core.notes.plain_text import excerpt, links_as_labels, plain_text


def test_links_read_as_their_labels():
    body = "see [[event:79d582e2-aaaa|Acme launch]] and [[Scale AI]] or [[entity:meta|the buyer]]"
    assert links_as_labels(body) == "see Acme launch and Scale AI or the buyer"


def test_markdown_marks_are_removed():
    text = plain_text("**Bold** and _italic_ with `code` and [a page](https://example.com)")
    assert text == "Bold and italic with code and a page"


def test_block_marks_are_removed_and_lines_join():
    assert plain_text("## Heading\n- first\n- second\n> quoted") == "Heading first second quoted"


def test_label_punctuation_stays_text():
    assert plain_text("[[event:e1|Meta *takes* 49%]]") == "Meta *takes* 49%"


def test_excerpt_skips_the_title():
    body = "# The title\n\nsee [[event:e1|Acme l**td**]]: **big** deal\n\nmore"
    assert excerpt(body) == "see Acme l**td**: big deal more"
    assert excerpt("only a title") == ""


def test_links_in_code_stay_code_text():
    assert plain_text("`[[not a link]]`") == "[[not a link]]"
