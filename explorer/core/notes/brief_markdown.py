"""The case brief as Markdown (``--format brief-md``), and the safe Markdown every renderer shares.

Text from the case is untrusted: titles and names are escaped; note and event bodies keep their
Markdown, but raw HTML is shown as text, images become plain links (nothing is fetched when the
brief is opened), and ``[[links]]`` become their labels.
"""

from __future__ import annotations

import re

from explorer.core import dates
from explorer.core.models import Certainty, Note, relationship_type_label
from explorer.core.network.sentences import sentence
from explorer.core.notes.authors import shown_name
from explorer.core.notes.brief import Brief, BriefEvent, BriefRelationship
from explorer.core.notes.history import parse_stamp
from explorer.core.notes.links import LinkIndex, code_spans, rewrite_links

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def text(value: str) -> str:
    """Case text shown literally inside Markdown (one line)."""
    return _INLINE_SPECIAL.sub(r"\\\1", " ".join(value.split()))


def safe_body(body: str, index: LinkIndex | None = None) -> str:
    """A Markdown body with links as labels, images as links and raw HTML as text (code untouched)."""
    if index is not None:
        body = rewrite_links(body, index, clickable=False)
    spans = code_spans(body)
    out, last = [], 0
    for start, end in [*spans, (len(body), len(body))]:
        out.append(body[last:start].replace("<", "&lt;").replace("![", "["))
        out.append(body[start:end])
        last = end
    return "".join(out)


def note_date(value: str) -> str:
    moment = parse_stamp(value)
    return f"{moment.day} {moment.strftime('%b %Y')}" if moment else value


def note_byline(note: Note) -> str:
    parts = [shown_name(note.author), note_date(note.created)]
    if note.updated[:10] != note.created[:10]:
        parts.append(f"edited {note_date(note.updated)}")
    if note.pinned:
        parts.append("pinned")
    if note.for_speaker:
        parts.append("for the speaker")
    if note.tags:
        parts.append(" ".join(f"#{tag}" for tag in note.tags))
    return " · ".join(parts)


def note_markdown(note: Note, index: LinkIndex | None) -> str:
    body = safe_body(note.body.strip() or "*(empty note)*", index)
    lines = [f"> **Note** · {text(note_byline(note))}", ">"] + [f"> {line}".rstrip() for line in body.split("\n")]
    return "\n".join(lines)


def _notes(notes: list[Note] | tuple[Note, ...], index: LinkIndex | None) -> list[str]:
    return [note_markdown(note, index) for note in notes]


def _event(entry: BriefEvent, index: LinkIndex | None) -> list[str]:
    event = entry.event
    facts = [f"**{Certainty(event.certainty).word.capitalize()}**"]
    if entry.participants:
        facts.append("Who: " + ", ".join(text(name) for name in entry.participants))
    if event.category:
        facts.append(f"Category: {text(event.category)}")
    if event.reported_at is not None and event.reported_at != event.start:
        facts.append(f"Became public: {dates.display(event.reported_at)}")
    parts = [f"### {text(event.date_text)} — {text(event.title)}", " · ".join(facts)]
    if event.body.strip():
        parts.append(safe_body(event.body.strip(), index))
    if entry.sources:
        lines = ["Sources:", ""]
        for citation, source in entry.sources:
            line = f"- {text(source.publisher)}: {text(source.title)}"
            if source.published:
                line += f", {dates.display(source.published)}"
            if citation.stance != "supports":
                line += f" ({citation.stance})"
            if source.url:
                line += f" — <{source.url.replace('>', '%3E').replace(' ', '%20')}>"
            lines.append(line)
        parts.append("\n".join(lines))
    return parts + _notes(entry.notes, index)


def relationship_row(entry: BriefRelationship) -> list[str]:
    r = entry.relationship
    since = dates.display(r.start) if r.start else "—"
    until = dates.display(r.end) if r.end else "—"
    return [entry.source_name, relationship_type_label(r.type), entry.target_name, r.label, since, until, Certainty(r.certainty).word]


RELATIONSHIP_HEADERS = ["From", "Relationship", "To", "Detail", "Since", "Until", "Certainty"]


def _relationships(brief: Brief, index: LinkIndex | None) -> list[str]:
    parts = [f"## Relationships as of {dates.display(brief.as_of)}"]
    if brief.relationships:
        rows = [RELATIONSHIP_HEADERS, ["---"] * len(RELATIONSHIP_HEADERS)]
        rows += [[text(cell) for cell in relationship_row(entry)] for entry in brief.relationships]
        parts.append("\n".join("| " + " | ".join(row) + " |" for row in rows))
    else:
        parts.append("*No relationship was active on that date.*")
    if brief.relationships_inactive:
        parts.append(f"*{brief.relationships_inactive} other relationships had not begun or had ended by then.*")
    with_notes = [entry for entry in brief.relationships if entry.notes] + brief.inactive_relationship_notes
    for entry in with_notes:
        parts.append(f"### {sentence(entry.relationship.type, text(entry.source_name), text(entry.target_name))}")
        parts += _notes(entry.notes, index)
    return parts


def brief_markdown(brief: Brief, index: LinkIndex | None = None, image: str | None = None) -> str:
    """The whole brief; ``image`` is the file name of the timeline picture beside it, if any."""
    parts = [f"# {text(brief.title)}"]
    if brief.subtitle:
        parts.append(f"*{text(brief.subtitle)}*")
    byline = f"Brief exported {note_date(brief.exported)} · relationships as of {dates.display(brief.as_of)}"
    parts.append(byline + (f" · {text(brief.authors)}" if brief.authors else ""))
    if brief.summary.strip():
        parts += ["## Summary", safe_body(brief.summary.strip(), index)]
    if image:
        parts.append(f"![The timeline of the case]({image})")
    if brief.case_notes:
        parts += ["## Notes on the case", *_notes(brief.case_notes, index)]
    parts.append("## Timeline")
    for entry in brief.events:
        parts += _event(entry, index)
    if not brief.events:
        parts.append("*The case has no events yet.*")
    if brief.events_left_out:
        parts.append(f"*… and {brief.events_left_out:,} later events, left out of this brief.*")
    parts += _relationships(brief, index)
    if brief.entity_notes:
        parts.append("## Notes on companies and people")
        for entity, notes in brief.entity_notes:
            parts += [f"### {text(entity.name)}", *_notes(notes, index)]
    if brief.range_notes:
        parts.append("## Notes on periods")
        for note in brief.range_notes:
            parts += [f"### {dates.display_span(note.range_start, note.range_end)}", note_markdown(note, index)]
    return "\n\n".join(parts) + "\n"
