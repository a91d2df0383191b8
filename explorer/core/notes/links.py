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
    """Names of a case, to resolve links, label them and offer them for completion.

    Entities and relationships are read at once (a case has few); events are looked up one by
    one for uid links, and their titles are read in full only when a link by name is not an
    entity's name (so a million-event case pays nothing for notes that link by uid or entity).
    """

    def __init__(self, store: CaseStore) -> None:
        self.store = store
        self.entity_names: dict[str, str] = {}  # folded name or alias -> uid (the first entity wins)
        self.labels: dict[tuple[NoteTarget, str], str] = {}
        self._shared_names: set[str] = set()
        self._event_titles: dict[str, str] | None = None
        self._events_checked: dict[str, str | None] = {}
        counts: dict[str, int] = {}
        for entity in store.entities():
            self.labels[(NoteTarget.ENTITY, entity.uid)] = entity.name
            for name in (entity.name, *entity.aliases):
                self.entity_names.setdefault(name.strip().casefold(), entity.uid)
            folded = entity.name.strip().casefold()
            counts[folded] = counts.get(folded, 0) + 1
        self._shared_names = {name for name, count in counts.items() if count > 1}
        for relationship in store.relationships():
            self.labels[(NoteTarget.RELATIONSHIP, relationship.uid)] = relationship.label or relationship.type_label

    def event_titles(self) -> dict[str, str]:
        """Folded title -> uid of every event (the first event wins), read once when first needed."""
        if self._event_titles is None:
            titles: dict[str, str] = {}
            for event in self.store.iter_events():
                titles.setdefault(event.title.strip().casefold(), event.uid)
            self._event_titles = titles
        return self._event_titles

    def _event_title(self, uid: str) -> str | None:
        if uid not in self._events_checked:
            event = self.store.event(uid)
            self._events_checked[uid] = event.title if event else None
        return self._events_checked[uid]

    def label(self, kind: NoteTarget, uid: str) -> str | None:
        """What the record is called, or None when the case does not hold it."""
        if kind is NoteTarget.EVENT:
            return self._event_title(uid)
        return self.labels.get((kind, uid))

    def resolve(self, link: NoteLink) -> tuple[NoteTarget, str] | None:
        """The (kind, uid) a link points at, or None when the case holds no such record."""
        if link.kind is not None:
            return (link.kind, link.key) if self.label(link.kind, link.key) is not None else None
        folded = link.key.casefold()
        if folded in self.entity_names:
            return NoteTarget.ENTITY, self.entity_names[folded]
        uid = self.event_titles().get(folded)
        return (NoteTarget.EVENT, uid) if uid is not None else None

    def link_text(self, kind: NoteTarget, uid: str) -> str:
        """The text completion inserts: ``[[Name]]`` where the name alone finds the entity, else by uid."""
        label = _clean_label(self.label(kind, uid) or uid)
        folded = label.casefold()
        by_name = kind is NoteTarget.ENTITY and self.entity_names.get(folded) == uid and folded not in self._shared_names
        if by_name and label and ":" not in label:
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
