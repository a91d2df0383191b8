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

from explorer.core.interchange.markdown_escape import safe_url

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})([^`]*)$")
_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_HR = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_QUOTE = re.compile(r" {0,3}> ?")
_ITEM = re.compile(r"( {0,3})([-+*]|\d{1,9}[.)])([ \t]+|$)")
_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^\s<>]*)>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAGS = {("*", 1): "em", ("_", 1): "em", ("*", 2): "strong", ("_", 2): "strong", ("~", 2): "del"}
_OPENER_SEARCH_LIMIT = 200
_BLANK = " \t"  # what separates words here; the same set html_markdown collapses
_SPACE = frozenset(" \t\n\r\f")


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


# --- inline ------------------------------------------------------------------------------------


class _Delimiter:
    __slots__ = ("can_close", "can_open", "char", "closes", "count", "length", "opens")

    def __init__(self, char: str, count: int, can_open: bool, can_close: bool) -> None:
        self.char, self.count, self.can_open, self.can_close = char, count, can_open, can_close
        self.length = count
        self.opens: list[str] = []
        self.closes: list[str] = []

    def html(self) -> str:
        return "".join(self.closes) + self.char * self.count + "".join(self.opens)


def inline_html(text: str) -> str:
    """HTML for one block's inline Markdown."""
    return _InlineParser(text).html()


class _InlineParser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.nodes: list[str | _Delimiter] = []
        self.plain: list[str] = []

    def flush(self) -> None:
        if self.plain:
            self.nodes.append(html.escape("".join(self.plain), quote=False))
            self.plain.clear()

    def add(self, node: str | _Delimiter) -> None:
        self.flush()
        self.nodes.append(node)

    def html(self) -> str:
        text, i, n = self.text, 0, len(self.text)
        while i < n:
            char = text[i]
            if char == "\\" and i + 1 < n and (text[i + 1] in _PUNCTUATION or text[i + 1] == "\n"):
                if text[i + 1] == "\n":
                    self.add("<br>")
                else:
                    self.plain.append(text[i + 1])
                i += 2
            elif char == "\n":
                self.line_break()
                i += 1
            elif char == "`":
                i = self.code_span(i)
            elif char in "*_~":
                i = self.delimiter_run(i)
            elif char == "<" and (auto := _AUTOLINK.match(text, i)):
                self.add(_link(auto[1], html.escape(auto[1], quote=False)))
                i = auto.end()
            elif char == "&" and (entity := _ENTITY.match(text, i)) and html.unescape(entity[0]) != entity[0]:
                self.add(entity[0])
                i = entity.end()
            elif char in "[!" and (link := _link_at(text, i)) is not None:
                label, destination, i = link
                self.add(_link(destination, inline_html(label)))
            else:
                self.plain.append(char)
                i += 1
        self.flush()
        _match_emphasis(self.nodes)
        return "".join(node if isinstance(node, str) else node.html() for node in self.nodes)

    def line_break(self) -> None:
        before = "".join(self.plain)
        kept = before.rstrip(" ")
        self.plain[:] = [kept] if kept else []
        self.add("<br>" if len(before) - len(kept) >= 2 else "\n")

    def delimiter_run(self, i: int) -> int:
        text, char, j = self.text, self.text[i], i
        while j < len(text) and text[j] == char:
            j += 1
        before = text[i - 1] if i > 0 else " "
        after = text[j] if j < len(text) else " "
        can_open, can_close = after not in _SPACE, before not in _SPACE
        if char == "_" and before.isalnum() and after.isalnum():
            can_open = can_close = False
        self.add(_Delimiter(char, j - i, can_open, can_close))
        return j

    def code_span(self, i: int) -> int:
        text, j = self.text, i
        while j < len(text) and text[j] == "`":
            j += 1
        run = text[i:j]
        found = re.compile(rf"(?<!`){run}(?!`)").search(text, j)
        if found is None:
            self.plain.append(run)
            return j
        content = text[j:found.start()].replace("\n", " ")
        if len(content) >= 2 and content[0] == " " and content[-1] == " " and content.strip(" "):
            content = content[1:-1]
        self.add(f"<code>{html.escape(content, quote=False)}</code>")
        return found.end()


def _link_at(text: str, i: int) -> tuple[str, str, int] | None:
    """A ``[label](destination)`` or ``![alt](source)`` starting at ``i``: (label, destination, end)."""
    start = i + 1 if text[i] == "!" else i
    if start >= len(text) or text[start] != "[":
        return None
    depth, j = 0, start
    while j < len(text):
        char = text[j]
        if char == "\\":
            j += 2
            continue
        if char == "`":
            run = re.match(r"`+", text[j:])[0]  # type: ignore[index]
            close = text.find(run, j + len(run))
            j = close + len(run) if close >= 0 else j + len(run)
            continue
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                break
        j += 1
    else:
        return None
    label_end = j
    if label_end + 1 >= len(text) or text[label_end + 1] != "(":
        return None
    destination = re.compile(r"\(\s*(<[^<>\n]*>|[^\s()<>]*(?:\([^\s()<>]*\)[^\s()<>]*)*)(?:\s+(\"[^\"]*\"|'[^']*'))?\s*\)")
    match = destination.match(text, label_end + 1)
    if match is None:
        return None
    address = match[1][1:-1] if match[1].startswith("<") else match[1]
    address = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", address)
    return text[start + 1:label_end], address, match.end()


def _link(destination: str, label_html: str) -> str:
    url = safe_url(html.unescape(destination))
    if url is None:
        return label_html
    return f'<a href="{html.escape(url, quote=True)}">{label_html or html.escape(url, quote=False)}</a>'


def _match_emphasis(nodes: list[str | _Delimiter]) -> None:
    delimiters = [node for node in nodes if isinstance(node, _Delimiter)]
    for position, closer in enumerate(delimiters):
        while closer.can_close and closer.count:
            opener_index = None
            for back in range(position - 1, max(-1, position - 1 - _OPENER_SEARCH_LIMIT), -1):
                candidate = delimiters[back]
                if candidate.char == closer.char and candidate.can_open and candidate.count:
                    if closer.char == "~" and (candidate.count < 2 or closer.count < 2):
                        continue
                    if _rule_of_three(candidate, closer):
                        continue
                    opener_index = back
                    break
            if opener_index is None:
                break
            opener = delimiters[opener_index]
            use = 2 if opener.count >= 2 and closer.count >= 2 else 1
            tag = _TAGS[(closer.char, use)]
            opener.opens.insert(0, f"<{tag}>")
            closer.closes.append(f"</{tag}>")
            opener.count -= use
            closer.count -= use
            for between in delimiters[opener_index + 1:position]:
                between.can_open = between.can_close = False


def _rule_of_three(opener: _Delimiter, closer: _Delimiter) -> bool:
    """CommonMark's rule: ``*a**b***`` is <em>a<strong>b</strong></em>, not <em>a</em>…"""
    if not (opener.can_close or closer.can_open):
        return False
    total = opener.length + closer.length
    return total % 3 == 0 and not (opener.length % 3 == 0 and closer.length % 3 == 0)
