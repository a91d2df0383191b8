"""A note's Markdown as plain readable text, for one-line previews (the notes list's cards).

Links show as their label (``[[event:ev-1|Meta takes 49%]]`` reads "Meta takes 49%"), emphasis,
heading, list and quote marks go, and the whole is one line. It reuses the export's Markdown to
HTML conversion and the importer's HTML to text, so the preview reads as the rendered note does.
"""

from __future__ import annotations

import functools

from explorer.core.interchange.html_markdown import html_to_text
from explorer.core.interchange.markdown_html import markdown_to_html
from explorer.core.notes.links import escape_markdown, parse_links

PREVIEW_CHARS = 400  # a card shows one line: no need to convert a long note's whole body


def links_as_labels(body: str) -> str:
    """The body with each ``[[link]]`` replaced by its label (Markdown-escaped, so it stays text)."""
    parts, last = [], 0
    for link in parse_links(body):
        parts.append(body[last : link.start])
        parts.append(escape_markdown(link.label))
        last = link.end
    parts.append(body[last:])
    return "".join(parts)


def plain_text(markdown: str) -> str:
    """Markdown (with note links) as the words a reader sees, on one line."""
    return html_to_text(markdown_to_html(links_as_labels(markdown)))


def excerpt(body: str, limit: int = PREVIEW_CHARS) -> str:
    """How a note goes on after its first line (its title), as plain text on one line."""
    lines = body.splitlines()
    start = next((i + 1 for i, line in enumerate(lines) if line.strip()), len(lines))
    kept, size = [], 0
    for line in lines[start:]:
        kept.append(line)
        size += len(line)
        if size >= limit:
            break
    return plain_text("\n".join(kept))


@functools.lru_cache(maxsize=4096)
def plain_title(title: str) -> str:
    """A note's title (its first line) as read: links as their labels, no ``**`` marks."""
    return plain_text(title)
