"""Markdown to HTML for exports (TimelineJS text, sheet cells): a small, safe CommonMark subset.

Blocks: paragraphs with hard and soft line breaks, ATX and setext headings, bullet and ordered
lists (nested), block quotes, fenced code, thematic breaks. Inline: backslash escapes, code
spans, ``*``/``_`` emphasis, ``**`` strong, ``~~`` strikethrough, links and autolinks. Every
character of text is HTML-escaped; raw HTML in the Markdown is shown as text; only ``http``,
``https`` and ``mailto`` links become links, and images become links to their address.

Emphasis pairs are matched leniently (a marker opens before and closes after any non-space
character), which is exactly what ``html_markdown`` writes; reading this HTML back gives the
same Markdown, so import → export → import keeps every text.
"""

from __future__ import annotations

import html
import re

from explorer.core.interchange.markdown_inline import inline_html

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})([^`]*)$")
_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_HR = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_QUOTE = re.compile(r" {0,3}> ?")
_ITEM = re.compile(r"( {0,3})([-+*]|\d{1,9}[.)])([ \t]+|$)")
_BLANK = " \t"  # what separates words here; the same set html_markdown collapses


def markdown_to_html(text: str) -> str:
    """HTML for Markdown text; never contains anything but the tags listed above."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "".join(_blocks(lines))


def markdown_to_inline_html(text: str) -> str:
    """Like ``markdown_to_html``, but one paragraph (a caption, a credit) comes without ``<p>``."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks = _blocks(lines)
    if len(blocks) == 1 and blocks[0].startswith("<p>"):
        return blocks[0][3:-4]
    return "".join(blocks)


def text_to_html(text: str) -> str:
    """Plain text (a title, a caption) as HTML text."""
    return html.escape(text, quote=False)


# --- blocks ------------------------------------------------------------------------------------


def _starts_block(line: str) -> bool:
    return bool(_FENCE.match(line) or _ATX.match(line) or _HR.match(line) or _QUOTE.match(line) or _ITEM.match(line))


def _blocks(lines: list[str], tight: bool = False) -> list[str]:
    out: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if not line.strip(" \t"):
            i += 1
            continue
        if fence := _FENCE.match(line):
            i = _code_block(lines, i, fence, out)
        elif heading := _ATX.match(line):
            level = len(heading[1])
            out.append(f"<h{level}>{inline_html(heading[2] or '')}</h{level}>")
            i += 1
        elif _HR.match(line):
            out.append("<hr>")
            i += 1
        elif _QUOTE.match(line):
            i = _quote(lines, i, out)
        elif _ITEM.match(line):
            i = _list(lines, i, out)
        else:
            i = _paragraph(lines, i, out, tight)
    return out


def _code_block(lines: list[str], i: int, fence: re.Match[str], out: list[str]) -> int:
    marker = fence[1]
    indent = len(lines[i]) - len(lines[i].lstrip(" "))
    body = []
    i += 1
    while i < len(lines):
        line = lines[i]
        stripped = line.strip(_BLANK)
        if stripped.startswith(marker[0] * len(marker)) and not stripped.strip(marker[0]):
            i += 1
            break
        body.append(line[min(indent, len(line) - len(line.lstrip(" "))):])
        i += 1
    out.append(f"<pre><code>{html.escape(chr(10).join(body), quote=False)}</code></pre>")
    return i


def _quote(lines: list[str], i: int, out: list[str]) -> int:
    inner = []
    while i < len(lines):
        line = lines[i]
        if marker := _QUOTE.match(line):
            inner.append(line[marker.end():])
        elif line.strip(_BLANK) and inner and inner[-1].strip(_BLANK) and not _starts_block(line):
            inner.append(line)  # a lazy continuation of the quoted paragraph
        else:
            break
        i += 1
    out.append(f"<blockquote>{''.join(_blocks(inner))}</blockquote>")
    return i


def _list(lines: list[str], i: int, out: list[str]) -> int:
    first = _ITEM.match(lines[i])
    assert first is not None
    ordered = first[2][-1] in ".)"
    kind = first[2][-1] if ordered else first[2]
    items: list[list[str]] = []
    loose = False
    blank_before = False
    content_indent = 0
    while i < len(lines):
        line = lines[i]
        item = _ITEM.match(line)
        indent = len(line) - len(line.lstrip(" "))
        if items and line.strip(_BLANK) and indent >= content_indent:
            if blank_before:
                loose = loose or any(part.strip(_BLANK) for part in items[-1][:-1])
            items[-1].append(line[content_indent:])
            blank_before = False
        elif item and (item[2][-1] if ordered else item[2]) == kind and (item[2][-1] in ".)") == ordered:
            if blank_before and items:
                loose = True
            spaces = len(item[3]) if 0 < len(item[3]) <= 4 else 1
            width = len(item[1]) + len(item[2]) + spaces
            items.append([line[item.end():] if len(item[3]) <= 4 else line[len(item[1]) + len(item[2]) + 1:]])
            content_indent = width
            blank_before = False
        elif not line.strip(_BLANK):
            blank_before = True
            items[-1].append("")
        elif not blank_before and not _starts_block(line) and items[-1][-1].strip(_BLANK):
            items[-1].append(line.strip(_BLANK))  # lazy continuation
        else:
            break
        i += 1
    tag = "ol" if ordered else "ul"
    rendered = "".join(f"<li>{''.join(_blocks(_trim(item), tight=not loose))}</li>" for item in items)
    out.append(f"<{tag}>{rendered}</{tag}>")
    return i


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip(_BLANK):
        lines = lines[:-1]
    return lines


def _paragraph(lines: list[str], i: int, out: list[str], tight: bool) -> int:
    para = [lines[i].lstrip(" \t")]
    i += 1
    while i < len(lines) and lines[i].strip(_BLANK) and not _starts_block(lines[i]):
        para.append(lines[i].lstrip(" \t"))
        i += 1
    if i < len(lines) and (setext := _SETEXT.match(lines[i])):
        level = 1 if setext[1].startswith("=") else 2
        out.append(f"<h{level}>{inline_html(chr(10).join(para).strip(_BLANK))}</h{level}>")
        return i + 1
    content = inline_html("\n".join(para).rstrip(_BLANK))
    out.append(content if tight else f"<p>{content}</p>")
    return i

