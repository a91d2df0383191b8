"""Markdown inline syntax to HTML: escapes, code spans, emphasis, strikethrough, links, breaks.

Part of ``markdown_html``: every character of text is escaped, only web and mail links become
links, images become links, and emphasis markers pair up leniently (see ``markdown_html``).
"""

from __future__ import annotations

import html
import re

from explorer.core.interchange.markdown_escape import safe_url

_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^\s<>]*)>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAGS = {("*", 1): "em", ("_", 1): "em", ("*", 2): "strong", ("_", 2): "strong", ("~", 2): "del"}
_OPENER_SEARCH_LIMIT = 200
_SPACE = frozenset(" \t\n\r\f")  # the whitespace html_markdown collapses: markers never touch it


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
