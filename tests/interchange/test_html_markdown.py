"""Untrusted HTML to safe Markdown and back: what is kept, what is dropped, and stability."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core.interchange.html_markdown import _convert, html_to_markdown, html_to_text
from explorer.core.interchange.markdown_html import markdown_to_html, markdown_to_inline_html

ALLOWED_TAGS = {"p", "br", "em", "strong", "del", "code", "pre", "a", "ul", "ol", "li", "blockquote", "hr",
                "h1", "h2", "h3", "h4", "h5", "h6"}

CASES = {
    "paragraphs": ("<p>One</p><p>Two</p>", "One\n\nTwo"),
    "bold and italic": ("<b>bold</b>, <strong>strong</strong>, <i>it</i> and <em>em</em>", "**bold**, **strong**, *it* and *em*"),
    "strikethrough": ("<s>gone</s>", "~~gone~~"),
    "line break": ("one<br>two<br/>three", "one\\\ntwo\\\nthree"),
    "two breaks make a paragraph": ("one<br><br>two", "one\n\ntwo"),
    "link": ('<a href="https://example.org/a b">a link</a>', "[a link](https://example.org/a%20b)"),
    "protocol-relative link": ('<a href="//example.org/x">x</a>', "[x](https://example.org/x)"),
    "mail link": ('<a href="mailto:a@example.org">mail</a>', "[mail](mailto:a@example.org)"),
    "javascript link loses its address": ('<a href="javascript:alert(1)">click</a>', "click"),
    "data link loses its address": ('<a href="data:text/html,x">x</a>', "x"),
    "bullet list": ("<ul><li>a</li><li>b</li></ul>", "- a\n- b"),
    "numbered list": ("<ol><li>a</li><li>b</li></ol>", "1. a\n2. b"),
    "nested list": ("<ul><li>a<ul><li>b</li></ul></li></ul>", "- a\n\n  - b"),
    "quote": ("<blockquote>said</blockquote>", "> said"),
    "heading": ("<h2>Title</h2>text", "## Title\n\ntext"),
    "code": ("<code>a*b</code> and <pre>x = 1\n  y</pre>", "`a*b` and\n\n```\nx = 1\n  y\n```"),
    "entities unescaped": ("Caf&eacute; &amp; &lt;b&gt; &#8211; &nbsp;x", "Café & \\<b\\> – \u00a0x"),
    "markdown syntax in text is escaped": (
        "*not* _emphasis_ [no](link) `tick` | ~", "\\*not\\* \\_emphasis\\_ \\[no\\](link) \\`tick\\` \\| \\~",
    ),
    "line-start markers escaped": (
        "1. not a list<br>- nor this<br># nor this<br>+ or = this",
        "1\\. not a list\\\n\\- nor this\\\n\\# nor this\\\n\\+ or = this",
    ),
    "entity-looking text stays text": ("&amp;copy; AT&amp;T", "\\&copy; AT&T"),
    "whitespace collapses": ("  a \n\t b  ", "a b"),
    "script dropped": ("a<script>alert('x')</script>b", "ab"),
    "style dropped": ("<style>p{color:red}</style>text", "text"),
    "iframe dropped": ('<iframe src="https://evil.example/"></iframe>safe', "safe"),
    "event handlers dropped": ('<p onclick="steal()" onmouseover="x()">hi</p>', "hi"),
    "remote image becomes a link, never an image": (
        '<img src="https://tracker.example/p.gif" onerror="alert(1)" alt="pixel">', "[pixel](https://tracker.example/p.gif)",
    ),
    "image with a javascript address keeps only its alt text": ('<img src="javascript:x" alt="pic">', "pic"),
    "object and embed dropped": ('<object data="x.swf"><embed src="y.swf"></object>ok', "ok"),
    "unknown tags keep their text": ("<span class='x'>in</span> <font>side</font>", "in side"),
    "broken markup stays text": ("<p>before <![oops", "before \\<!\\[oops"),
    "non-English text": ("<p>Grüße – 東京 – مرحبا</p>", "Grüße – 東京 – مرحبا"),
}


@pytest.mark.parametrize(("html", "markdown"), CASES.values(), ids=CASES.keys())
def test_html_becomes_safe_markdown(html: str, markdown: str) -> None:
    assert html_to_markdown(html) == markdown


@pytest.mark.parametrize(("html", "markdown"), CASES.values(), ids=CASES.keys())
def test_the_markdown_reads_back_as_itself(html: str, markdown: str) -> None:
    assert html_to_markdown(markdown_to_html(markdown)) == markdown


def test_markdown_to_html_escapes_everything_it_does_not_understand() -> None:
    html = markdown_to_html('<script>alert(1)</script> <img src=x onerror=y> [x](javascript:alert(1)) ![i](https://e.org/i.png)')
    assert "<script" not in html and "<img" not in html and "javascript:" not in html
    assert '<a href="https://e.org/i.png">i</a>' in html
    assert "&lt;script&gt;" in html


def test_markdown_to_html_knows_common_markdown() -> None:
    html = markdown_to_html("# Title\n\nSome *it* and **bold** and ~~struck~~\nand `code`.\n\n- a\n- b\n\n> quoted\n\n---")
    assert html == (
        "<h1>Title</h1><p>Some <em>it</em> and <strong>bold</strong> and <del>struck</del>\nand <code>code</code>.</p>"
        "<ul><li>a</li><li>b</li></ul><blockquote><p>quoted</p></blockquote><hr>"
    )
    assert markdown_to_inline_html("A *caption*") == "A <em>caption</em>"
    assert markdown_to_inline_html("two\n\nparagraphs") == "<p>two</p><p>paragraphs</p>"


def test_html_to_text_for_headlines() -> None:
    assert html_to_text("Whitney Houston<br/> 1963 - 2012") == "Whitney Houston 1963 - 2012"
    assert html_to_text("<b>A</b> &amp; <script>x</script>B") == "A & B"
    assert html_to_text("  plain  text ") == "plain text"
    assert html_to_text("a\x00b") == "ab"


_TAGS = ["p", "b", "i", "em", "strong", "a", "ul", "ol", "li", "br", "blockquote", "pre", "code", "h1", "h3", "div", "span", "s",
         "img", "script", "iframe", "hr", "table", "tr", "td"]
_TEXT = st.lists(st.sampled_from([*"ab *_\\`[]()<>#-+=1.!&;|~\n\t", "&amp;", "&lt;", "x y", "é", "東"]), max_size=8).map("".join)


@st.composite
def html_fragments(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.integers(0, 3)) == 0 or depth > 3:
            parts.append(draw(_TEXT))
            continue
        tag = draw(st.sampled_from(_TAGS))
        attributes = ""
        if tag == "a":
            attributes = draw(st.sampled_from(["", ' href="https://x.org/a b"', ' href="javascript:x"', " href='http://a.b/(c)'"]))
        elif tag == "img":
            attributes = draw(st.sampled_from(["", ' src="https://x.org/p.png" alt="p*c"', ' src="data:x" alt="d"']))
        inner = draw(html_fragments(depth + 1))
        parts.append(f"<{tag}{attributes}>{inner}" + (f"</{tag}>" if draw(st.booleans()) else ""))
    return "".join(parts)


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
@given(html_fragments())
def test_any_html_converts_to_markdown_that_reads_back_as_itself(html: str) -> None:
    markdown = html_to_markdown(html)
    again = markdown_to_html(markdown)
    assert html_to_markdown(again) == markdown
    assert set(re.findall(r"</?([a-zA-Z0-9]+)", again)) <= ALLOWED_TAGS


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_any_text_is_safe_both_ways(text: str) -> None:
    markdown = html_to_markdown(text)
    html = markdown_to_html(markdown)
    assert html_to_markdown(html) == markdown
    assert set(re.findall(r"</?([a-zA-Z0-9]+)", markdown_to_html(text))) <= ALLOWED_TAGS
    assert "\n" not in html_to_text(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([*"ab *_\\`[]()<>#-+=1.!&;|~\n\t ", "&amp;"]), max_size=30).map("".join))
def test_the_fast_path_for_plain_text_agrees_with_the_parser(text: str) -> None:
    for html in (text, f"<p>{text}</p>"):
        assert html_to_markdown(html) == _convert(html)
