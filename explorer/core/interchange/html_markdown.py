"""Untrusted HTML (TimelineJS text, captions, sheet cells) to safe Markdown or plain text.

Imported HTML is never rendered: it is read with ``html.parser`` and rewritten as Markdown that
keeps what a reader needs (paragraphs, bold, italic, strikethrough, links, lists, quotes,
headings, code, line breaks) and nothing that could run or fetch: ``<script>``, ``<style>``,
``<iframe>`` and similar elements are dropped with their content, every attribute except a
link's ``href`` is ignored (so ``onerror=…`` is gone), only ``http``, ``https`` and ``mailto``
links survive, and an ``<img>`` becomes a plain link to its address (text, not a picture).
Characters that Markdown would read as syntax are escaped, so text stays text.

``markdown_html.markdown_to_html`` writes this Markdown back as HTML, and reading that HTML again
gives the same Markdown: imports are stable under export → import.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from explorer.core.interchange.html_converter import _DROPPED, _HEADINGS, _PARAGRAPHS, _VOID, _WHITESPACE, _Converter
from explorer.core.interchange.markdown_escape import escape_inline, escape_line_start
from explorer.core.interchange.markdown_html import markdown_to_html

_PLAIN = re.compile(r"\A[ \t\n\r\f]*(?:<[pP]>)?([^<&]*)(?:</[pP]>)?[ \t\n\r\f]*\Z")
_SETTLE_ROUNDS = 3
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_TAG = re.compile(r"<[^>]*>?")


def html_to_markdown(html: str) -> str:
    """Safe Markdown for untrusted HTML (see the module docstring for what is kept)."""
    plain = _plain_text(html)
    if plain is not None:
        return _plain_to_markdown(plain)
    markdown = _convert(_CONTROL.sub("", html))
    # Unusual nesting (<b><i>a</i></b><i>b</i>) can be written in Markdown that reads back as an
    # equivalent but different structure; settle on the form that reads back as itself.
    for _ in range(_SETTLE_ROUNDS):
        again = _convert(markdown_to_html(markdown))
        if again == markdown:
            break
        markdown = again
    return markdown


def _plain_text(html: str) -> str | None:
    """The text of HTML that is only text, perhaps in one paragraph (most slides); None otherwise."""
    if "<" not in html and "&" not in html:
        return html
    if html.startswith("<p>") and html.endswith("</p>") and "<" not in html[3:-4] and "&" not in html[3:-4]:
        return html[3:-4]
    match = _PLAIN.match(html)
    return None if match is None else match[1]


def _convert(html: str) -> str:
    converter = _Converter()
    try:
        converter.feed(html)
        converter.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup ("<![")
        return _plain_to_markdown(_strip_tags(html))
    return converter.result()


def _strip_tags(html: str) -> str:
    """Text of markup the parser refused: tags removed, entities decoded."""
    return unescape(_TAG.sub(" ", html))


def _plain_to_markdown(text: str) -> str:
    """The converter's output for text without tags or entities (the common case, made fast)."""
    text = collapse_whitespace(text)
    return escape_line_start(escape_inline(text)) if text else ""


def collapse_whitespace(text: str) -> str:
    """HTML's whitespace rule: runs of spaces, tabs and line breaks are one space; none at the ends.

    Control characters are dropped. Other Unicode spaces (no-break space…) are text, as in HTML.
    """
    if text.isprintable():  # no control characters, so the only HTML whitespace is the space
        if "  " not in text and text[:1] != " " and text[-1:] != " ":
            return text
        return " ".join(word for word in text.split(" ") if word)
    return " ".join(word for word in _WHITESPACE.split(_CONTROL.sub("", text)) if word)


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropping: list[str] = []

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED and tag not in _VOID:
            self.dropping.append(tag)
        elif not self.dropping and (tag == "br" or tag in _PARAGRAPHS or tag in _HEADINGS or tag == "li"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if self.dropping:
            if tag in self.dropping:
                while self.dropping.pop() != tag:
                    pass
        elif tag in _PARAGRAPHS or tag in _HEADINGS or tag == "li":
            self.parts.append(" ")


def html_to_text(html: str) -> str:
    """The visible text of an HTML fragment on one line (for headlines, groups, display dates)."""
    if "<" not in html and "&" not in html:
        return collapse_whitespace(html)
    parser = _TextOnly()
    try:
        parser.feed(_CONTROL.sub("", html))
        parser.close()
        text = "".join(parser.parts)
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup ("<![")
        text = _strip_tags(html)
    return collapse_whitespace(text)
