"""The notes list's cards preview a note as plain text, not as its link and Markdown markup."""

from explorer.ui.notes.note_list import excerpt


def test_card_preview_is_plain_text():
    body = "Title\nsee [[event:79d582e2-1111|Acme launch]] and **more** in [[Scale AI]]"
    assert excerpt(body) == "see Acme launch and more in Scale AI"
