"""Escaping text for Markdown, and the link addresses imported text may keep.

Shared by the HTML → Markdown converter (which must write text that reads back as the same
text) and the Markdown → HTML writer (which must undo exactly these escapes).
"""

from __future__ import annotations

import re

# Characters that are Markdown syntax anywhere in a line (GitHub dialect: ~ strikes, | makes tables).
_SYNTAX = re.compile(r"[\\`*_\[\]<>~|]")
_ESCAPES = str.maketrans({char: "\\" + char for char in "\\`*_[]<>~|"})
_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# The start of a line that could open a block: a heading, a list item or a setext underline
# ('>' is always escaped by escape_inline). Escaped whatever follows, because what follows may
# come from another piece of the HTML.
_BLOCK_START = re.compile(r"[#+=-]|(\d{1,9})[.)]")
_LINE_START_CHARS = frozenset("#+=-0123456789")
_SAFE_SCHEMES = ("http://", "https://", "mailto:")
_CONTROL = re.compile(r"[\x00-\x20\x7f]")


def escape_inline(text: str) -> str:
    """Text with every character Markdown could read as syntax backslash-escaped."""
    if _SYNTAX.search(text):
        text = text.translate(_ESCAPES)
    if "&" in text:
        text = _ENTITY_LIKE.sub(r"\\&", text)
    return text


def escape_line_start(text: str) -> str:
    """Escape a line's first word when it would make the line a heading, list item or quote."""
    if text[:1] not in _LINE_START_CHARS:
        return text
    match = _BLOCK_START.match(text)
    if match is None:
        return text
    digits = match.group(1)
    if digits is not None:
        return f"{digits}\\{text[len(digits):]}"
    return "\\" + text


def safe_url(url: str) -> str | None:
    """The address if it is a web or mail link; None for javascript:, data:, file: and the rest."""
    url = url.strip()
    if not url or _CONTROL.search(url.replace(" ", "%20")):
        return None
    lowered = url.lower()
    if lowered.startswith("//"):
        return "https:" + url
    return url if lowered.startswith(_SAFE_SCHEMES) else None


_DESTINATION_UNSAFE = re.compile(r"[\s()<>\\\x00-\x1f\x7f]")


def link_destination(url: str) -> str:
    """A link address written so Markdown reads it back unchanged (spaces and brackets encoded)."""
    return _DESTINATION_UNSAFE.sub(lambda match: "".join(f"%{byte:02X}" for byte in match[0].encode("utf-8")), url)
