"""``[[links]]`` in notes: the syntax, resolving names to records, and Markdown for the preview.

Syntax (docs/notes.md):

- ``[[Scale AI]]``: by name. An entity whose name or alias matches (ignoring case) wins, then an
  event whose title matches.
- ``[[event:ev-meta-stake|Meta takes 49%]]``, ``[[entity:scale-ai]]``,
  ``[[relationship:rel-meta-investor-scale|the stake]]``: by uid, with an optional label.
- ``[[Scale AI|the supplier]]``: by name, shown as the label.

Links inside code (`` `…` `` or fenced blocks) are text, not links. A link whose target the case
does not hold shows as its label marked "(?)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

from explorer.core.models import NoteTarget
from explorer.core.store import CaseStore

LINK = re.compile(r"\[\[([^\[\]\n|]+?)(?:\|([^\[\]\n|]*))?\]\]")
_KINDS = {"event": NoteTarget.EVENT, "entity": NoteTarget.ENTITY, "relationship": NoteTarget.RELATIONSHIP}
_CODE = re.compile(r"^ {0,3}(```|~~~).*?(?:^ {0,3}\1[^\n]*$|\Z)|(`+)(?!`).+?(?<!`)\2(?!`)", re.MULTILINE | re.DOTALL)
SCHEME = "case"
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~])")


@dataclass(frozen=True)
class NoteLink:
    """One ``[[…]]`` in a body: ``kind`` is set for uid links, None for links by name."""

    start: int
    end: int
    kind: NoteTarget | None
    key: str  # the uid for uid links, the name for links by name
    label: str  # what the link shows

    @property
    def text(self) -> str:
        return f"[[{self.key}]]" if self.kind is None else f"[[{self.kind}:{self.key}]]"


def code_spans(body: str) -> list[tuple[int, int]]:
    """Where a body has code (fenced blocks and inline spans), as (start, end) offsets."""
    return [match.span() for match in _CODE.finditer(body)]


def parse_links(body: str) -> list[NoteLink]:
    """Every link in a body, in order, leaving out those inside code."""
    spans = code_spans(body) if "`" in body or "~~~" in body else []
    links = []
    for match in LINK.finditer(body):
        if any(start <= match.start() < end for start, end in spans):
            continue
        target, label = match[1].strip(), match[2]
        if not target:
            continue
        prefix, _, rest = target.partition(":")
        kind = _KINDS.get(prefix.strip().lower()) if rest.strip() else None
        key = rest.strip() if kind is not None else target
        shown = (label or "").strip() or key
        links.append(NoteLink(match.start(), match.end(), kind, key, shown))
    return links


class LinkIndex:
    """Names, aliases and titles of a case, to resolve links and label uid links."""

    def __init__(self, store: CaseStore) -> None:
        self.by_name: dict[str, tuple[NoteTarget, str]] = {}
        self.labels: dict[tuple[NoteTarget, str], str] = {}
        name_counts: dict[str, int] = {}
        for entity in store.entities():
            self.labels[(NoteTarget.ENTITY, entity.uid)] = entity.name
            for name in (entity.name, *entity.aliases):
                folded = name.strip().casefold()
                self.by_name.setdefault(folded, (NoteTarget.ENTITY, entity.uid))
                if name is entity.name:
                    name_counts[folded] = name_counts.get(folded, 0) + 1
        for event in store.iter_events():
            self.labels[(NoteTarget.EVENT, event.uid)] = event.title
            folded = event.title.strip().casefold()
            self.by_name.setdefault(folded, (NoteTarget.EVENT, event.uid))
            name_counts[folded] = name_counts.get(folded, 0) + 1
        for relationship in store.relationships():
            self.labels[(NoteTarget.RELATIONSHIP, relationship.uid)] = relationship.label or relationship.type_label
        self._shared_names = {name for name, count in name_counts.items() if count > 1}

    def resolve(self, link: NoteLink) -> tuple[NoteTarget, str] | None:
        """The (kind, uid) a link points at, or None when the case holds no such record."""
        if link.kind is None:
            return self.by_name.get(link.key.casefold())
        return (link.kind, link.key) if (link.kind, link.key) in self.labels else None

    def link_text(self, kind: NoteTarget, uid: str) -> str:
        """The text completion inserts: ``[[Name]]`` where the name alone finds the entity, else by uid."""
        label = _clean_label(self.labels.get((kind, uid), uid))
        folded = label.casefold()
        by_name_ok = kind is NoteTarget.ENTITY and self.by_name.get(folded) == (kind, uid) and folded not in self._shared_names
        if by_name_ok and label and ":" not in label:
            return f"[[{label}]]"
        return f"[[{kind}:{uid}|{label}]]"


def _clean_label(text: str) -> str:
    """A label that cannot break the link syntax."""
    return " ".join(text.replace("[", "(").replace("]", ")").replace("|", "/").split())


def link_url(kind: NoteTarget, uid: str) -> str:
    return f"{SCHEME}:{kind}/{quote(uid, safe='')}"


def parse_link_url(url: str) -> tuple[NoteTarget, str] | None:
    """(kind, uid) from a preview link's URL, or None for any other URL."""
    scheme, _, rest = url.partition(":")
    if scheme != SCHEME:
        return None
    kind, _, uid = rest.partition("/")
    if kind not in _KINDS or not uid:
        return None
    return _KINDS[kind], unquote(uid)


def escape_markdown(text: str) -> str:
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)


def rewrite_links(body: str, index: LinkIndex, *, clickable: bool = True) -> str:
    """The body with each link as Markdown: a ``case:`` link (or plain emphasis), unknown ones marked."""
    parts, last = [], 0
    for link in parse_links(body):
        parts.append(body[last : link.start])
        target = index.resolve(link)
        label = escape_markdown(link.label)
        if target is None:
            parts.append(f"*{label}* (?)")
        elif clickable:
            parts.append(f"[{label}]({link_url(*target)})")
        else:
            parts.append(f"*{label}*")
        last = link.end
    parts.append(body[last:])
    return "".join(parts)


def open_link_at(text: str, position: int) -> int | None:
    """Where an unfinished ``[[`` before ``position`` starts (for completion), or None."""
    line_start = text.rfind("\n", 0, position) + 1
    opening = text.rfind("[[", line_start, position)
    if opening < 0 or "]]" in text[opening:position] or "|" in text[opening:position]:
        return None
    return opening
