"""The HTML parser behind ``html_markdown``: tags in, Markdown blocks and inline markup out.

It keeps a stack of open inline elements (emphasis, links, code) and of containers (the
document, list items, quotes). Text is escaped as it arrives; a space or line break waits until
more text comes, so markers always sit against text and a paragraph never ends with a break.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from explorer.core.interchange.markdown_escape import escape_inline, escape_line_start, link_destination, safe_url

_DROPPED = frozenset({
    "script", "style", "iframe", "object", "embed", "noscript", "template", "head", "title", "svg", "math",
    "canvas", "video", "audio", "select", "textarea", "frameset", "frame", "applet", "noembed", "noframes",
})
_VOID = frozenset({"br", "img", "hr", "input", "meta", "link", "area", "base", "col", "param", "source", "track", "wbr"})
_PARAGRAPHS = frozenset({
    "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "figure", "figcaption",
    "address", "center", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "caption", "form", "fieldset",
    "details", "summary", "body", "html",
})
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_EMPHASIS = {"b": "**", "strong": "**", "i": "*", "em": "*", "cite": "*", "s": "~~", "del": "~~", "strike": "~~"}
_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
_HARD_BREAK = "\\\n"
_TRAILING_HASHES = re.compile(r"(?<=[ \t])(#+)$")


class _Inline:
    """An open inline element (emphasis, link or code) collecting its converted content."""

    __slots__ = ("carried", "href", "marker", "parts", "tag")

    def __init__(self, tag: str, marker: str = "", href: str | None = None) -> None:
        self.tag = tag
        self.marker = marker
        self.href = href
        self.parts: list[str] = []
        self.carried = False  # already shown in an earlier paragraph

    def render(self) -> str:
        content = "".join(self.parts)
        if self.carried and not content:
            return ""
        if self.tag == "a":
            if self.href is None:
                return content
            return f"[{content or escape_inline(self.href)}]({link_destination(self.href)})"
        if self.tag == "code":
            return _code_span(content) if content else ""
        return f"{self.marker}{content}{self.marker}" if content else ""


class _Container:
    """A place blocks go: the document, a list item or a quote."""

    __slots__ = ("blocks", "items", "kind", "last_list", "rendered")

    def __init__(self, kind: str) -> None:
        self.kind = kind  # "root", "li", "blockquote", "ul", "ol"
        self.blocks: list[str] = []
        self.items: list[str] = []  # for lists: the rendered items
        self.rendered = ""
        self.last_list: _Container | None = None


def _code_span(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or (text.startswith(" ") and text.endswith(" ")) else ""
    return f"{fence}{pad}{text}{pad}{fence}"


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.containers: list[_Container] = [_Container("root")]
        self.line: list[str] = []          # the paragraph being built
        self.inline: list[_Inline] = []    # open inline elements, outermost first
        self.pending_space = False
        self.pending_breaks = 0
        self.text_buffer: list[str] = []
        self.just_closed: _Inline | None = None
        self.dropping: list[str] = []
        self.pre_depth = 0
        self.pre_text: list[str] = []
        self.heading = 0

    # --- text -------------------------------------------------------------------------------

    def _target(self) -> list[str]:
        return self.inline[-1].parts if self.inline else self.line

    def _has_content(self) -> bool:
        return bool(self.line) or any(element.parts for element in self.inline)

    def _at_line_start(self) -> bool:
        return not self._has_content() or self.pending_breaks > 0

    def _emit(self, markdown: str) -> None:
        """Add converted, visible content, placing any pending space or line break before it."""
        if self._has_content():
            if self.pending_breaks:
                self._innermost_with_content().append(_HARD_BREAK)
            elif self.pending_space:
                self._innermost_with_content().append(" ")
        self.pending_breaks = 0
        self.pending_space = False
        self.just_closed = None
        self._target().append(markdown)

    def _innermost_with_content(self) -> list[str]:
        """Spaces and breaks go where text already is, never just inside an opening marker."""
        for element in reversed(self.inline):
            if element.parts:
                return element.parts
        return self.line

    def handle_data(self, data: str) -> None:
        if self.dropping:
            return
        if self.pre_depth:
            self.pre_text.append(data)
            return
        self.text_buffer.append(data)  # the parser may cut one text into pieces; words must stay whole

    def _flush_text(self) -> None:
        if not self.text_buffer:
            return
        data = "".join(self.text_buffer)
        self.text_buffer = []
        words = _WHITESPACE.split(data)
        for index, word in enumerate(words):
            if index > 0:
                self.pending_space = True
            if not word:
                continue
            if self.inline and self.inline[-1].tag == "code":
                self._emit(word)
                continue
            text = escape_inline(word)
            self._emit(escape_line_start(text) if self._at_line_start() else text)

    # --- tags -------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._flush_text()
        if tag in _DROPPED:
            if tag not in _VOID:
                self.dropping.append(tag)
            return
        if self.dropping:
            return
        if self.pre_depth:
            if tag == "pre":
                self.pre_depth += 1
            elif tag == "br":
                self.pre_text.append("\n")
            return
        values = {name: value or "" for name, value in attrs}
        if tag == "br" and (self._in_code() or self.heading):
            self.pending_space = True  # a code span or a heading cannot hold a line break
        elif tag == "br":
            self.pending_breaks += 1
            if self.pending_breaks >= 2:
                self._end_paragraph()
        elif tag == "img":
            self._image(values)
        elif tag == "a":
            self.inline.append(_Inline("a", href=safe_url(values.get("href", "")) if not self._in_link() else None))
        elif tag in _EMPHASIS:
            marker = _EMPHASIS[tag]
            if not self._reopen(marker):
                self.inline.append(_Inline(tag, marker if not self._in_marker(marker) else ""))
        elif tag == "code":
            if not self._reopen("`"):
                self.inline.append(_Inline("code", "`"))
        elif tag in _HEADINGS:
            self._end_paragraph()
            self.heading = _HEADINGS[tag]
        elif tag in ("ul", "ol"):
            self._end_paragraph()
            self.containers.append(_Container(tag))
        elif tag == "li":
            self._end_paragraph()
            if self.containers[-1].kind not in ("ul", "ol"):
                self.containers.append(_Container("ul"))
            self.containers.append(_Container("li"))
        elif tag == "blockquote":
            self._end_paragraph()
            self.containers.append(_Container("blockquote"))
        elif tag == "pre":
            self._end_paragraph()
            self.pre_depth = 1
            self.pre_text = []
        elif tag == "hr":
            self._end_paragraph()
            self.containers[-1].blocks.append("***")
        elif tag in _PARAGRAPHS or tag in ("td", "th"):
            if tag in ("td", "th"):
                self.pending_space = True
            else:
                self._end_paragraph()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            return
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and tag not in _DROPPED:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        self._flush_text()
        if self.dropping:
            if tag in self.dropping:
                while self.dropping.pop() != tag:
                    pass
            return
        if self.pre_depth:
            if tag == "pre":
                self.pre_depth -= 1
                if not self.pre_depth:
                    self._code_block("".join(self.pre_text))
            return
        if tag in ("a", "code") or tag in _EMPHASIS:
            self._close_inline(tag)
        elif tag in _HEADINGS:
            self._end_paragraph()
        elif tag in ("ul", "ol", "li", "blockquote"):
            self._close_container(tag)
        elif tag in _PARAGRAPHS:
            self._end_paragraph()

    def _reopen(self, marker: str) -> bool:
        """Continue the same kind of element just closed: ``**a****b**`` would not read back."""
        closed = self.just_closed
        target = self._target()
        if closed is None or closed.marker != marker or self.pending_space or self.pending_breaks:
            return False
        if not target or target[-1] != closed.render():
            return False
        target.pop()
        self.inline.append(closed)
        self.just_closed = None
        return True

    def _in_code(self) -> bool:
        return any(element.tag == "code" for element in self.inline)

    def _in_link(self) -> bool:
        return any(element.tag == "a" for element in self.inline)

    def _in_marker(self, marker: str) -> bool:
        return any(element.marker == marker for element in self.inline)

    def _image(self, values: dict[str, str]) -> None:
        url = safe_url(values.get("src", ""))
        label = _WHITESPACE.sub(" ", values.get("alt", "")).strip() or values.get("title", "").strip()
        if url is None or self._in_link():
            if label:
                self.handle_data(label)
            return
        self._emit(f"[{escape_inline(label) if label else escape_inline(url)}]({link_destination(url)})")

    def _close_inline(self, tag: str) -> None:
        if not any(element.tag == tag for element in self.inline):
            return
        while self.inline:
            element = self.inline.pop()
            rendered = element.render()
            if rendered and not element.parts:  # nothing inside, so the rendering is new text here
                self._emit(rendered)
            elif rendered:
                self._target().append(rendered)
            if element.tag == tag:
                self.just_closed = element if rendered and element.marker else None
                return

    # --- blocks ------------------------------------------------------------------------------

    def _end_paragraph(self) -> None:
        """Finish the paragraph being built; open inline elements carry on into the next one."""
        tail = ""
        for element in reversed(self.inline):
            saved = element.parts
            element.parts = [*saved, tail] if tail else saved
            tail = element.render()
            element.parts = saved
        text = "".join(self.line) + tail
        if text:
            if self.heading:  # a last word of only '#' would be read as the heading's closing marks
                text = "#" * self.heading + " " + _TRAILING_HASHES.sub(r"\\\1", text)
            self.containers[-1].blocks.append(text)
        for element in self.inline:
            element.parts = []
            element.carried = True
        self.line = []
        self.just_closed = None
        self.heading = 0
        self.pending_space = False
        self.pending_breaks = 0

    def _code_block(self, text: str) -> None:
        text = text.removeprefix("\n").rstrip("\n")
        if not text.strip():
            return
        longest = max((len(run) for run in re.findall(r"^`{3,}", text, re.MULTILINE)), default=2)
        fence = "`" * (longest + 1)
        self.containers[-1].blocks.append(f"{fence}\n{text}\n{fence}")

    def _close_container(self, tag: str) -> None:
        kinds = [container.kind for container in self.containers]
        if tag not in kinds:
            return
        self._end_paragraph()
        while True:
            container = self.containers.pop()
            parent = self.containers[-1]
            if container.kind == "li":
                if container.blocks:  # an empty item would read back as something else
                    parent.items.append("\n\n".join(container.blocks))
            elif container.kind in ("ul", "ol") and container.items:
                previous = parent.last_list
                if previous is not None and previous.kind == container.kind and parent.blocks[-1:] == [previous.rendered]:
                    # Markdown would read two lists in a row as one, so they become one here too
                    previous.items.extend(container.items)
                    parent.blocks.pop()
                    container = previous
                container.rendered = _render_list(container)
                parent.blocks.append(container.rendered)
                parent.last_list = container
            elif container.kind == "blockquote" and container.blocks:
                body = "\n\n".join(container.blocks)
                parent.blocks.append("\n".join(f"> {line}" if line else ">" for line in body.split("\n")))
            if container.kind == tag:
                return

    def result(self) -> str:
        self._flush_text()
        self._end_paragraph()
        while len(self.containers) > 1:
            self._close_container(self.containers[-1].kind)
        return "\n\n".join(self.containers[0].blocks)


def _render_list(container: _Container) -> str:
    lines = []
    for number, item in enumerate(container.items, start=1):
        marker = "-" if container.kind == "ul" else f"{number}."
        indent = " " * (len(marker) + 1)
        item_lines = item.split("\n") if item else [""]
        first, rest = item_lines[0], item_lines[1:]
        lines.append(f"{marker} {first}".rstrip())
        lines.extend(f"{indent}{line}" if line else "" for line in rest)
    return "\n".join(lines)
