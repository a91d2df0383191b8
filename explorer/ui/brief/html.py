"""The case brief as HTML that both browsers and Qt's rich text (for the PDF) lay out well.

Every piece of case text is escaped; Markdown bodies go through Qt's own Markdown reader with
HTML off and come out as Qt-generated HTML, with ``[[links]]`` as plain labels, raw HTML as
text and images as links (``safe_body``). The only image is the timeline picture we drew.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtGui import QTextDocumentFragment

from explorer.core import dates
from explorer.core.models import Certainty, Note
from explorer.core.notes import authors
from explorer.core.notes.brief import Brief, BriefEvent
from explorer.core.notes.brief_markdown import RELATIONSHIP_HEADERS, note_byline, note_date, relationship_row, safe_body
from explorer.core.notes.links import LinkIndex
from explorer.ui.safe_text import MARKDOWN_FEATURES
from explorer.ui.style import CERTAINTY_BADGE, certainty_word

TIMELINE_IMAGE = "timeline.png"
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.DOTALL)

STYLE = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif; font-size: 10pt; color: #1d2330; }
h1 { font-size: 20pt; color: #0f2747; margin-bottom: 2px; }
h2 { font-size: 14pt; color: #0f2747; margin-top: 18px; border-bottom: 1px solid #c9d2e0; }
h3 { font-size: 11pt; color: #1d2330; margin-top: 12px; margin-bottom: 2px; }
p.subtitle { font-size: 12pt; color: #44506a; font-style: italic; margin-top: 0px; }
p.meta, p.caption, p.facts, p.byline, p.aside { color: #5b6478; font-size: 9pt; }
p.caption { text-align: center; }
h4 { font-weight: bold; font-size: 9pt; color: #44506a; margin-top: 6px; margin-bottom: 0px; }
table.relationships th { background-color: #e8edf5; text-align: left; font-size: 9pt; }
table.relationships td { font-size: 9pt; }
table.note { margin-top: 8px; margin-bottom: 10px; }
p.byline { margin-top: 0px; margin-bottom: 2px; }
p.title { font-weight: bold; margin-top: 2px; margin-bottom: 4px; }
""".strip()


def markdown_html(text: str, index: LinkIndex | None) -> str:
    """Markdown from the case as safe HTML (the inside of a body element)."""
    html = QTextDocumentFragment.fromMarkdown(safe_body(text, index), MARKDOWN_FEATURES).toHtml()
    match = _BODY.search(html)
    inner = match.group(1) if match else html
    return inner.replace("<!--StartFragment-->", "").replace("<!--EndFragment-->", "").strip()


def _badge(name: str) -> str:
    return (f"<span style='background-color:{authors.color(name)}; color:#ffffff; font-weight:bold'>"
            f"&nbsp;{escape(authors.initials(name))}&nbsp;</span>")


def note_html(note: Note, index: LinkIndex | None) -> str:
    """A note: a bar in the author's colour beside its byline (badge and name), title and text."""
    lines = note.body.strip().split("\n", 1)
    rest = markdown_html(lines[1].strip(), index) if len(lines) > 1 and lines[1].strip() else ""
    return (
        "<table class='note' width='100%' cellspacing='0' cellpadding='0' border='0'><tr>"
        f"<td width='4' style='background-color:{authors.color(note.author)}'></td><td width='10'></td><td>"
        f"<p class='byline'>{_badge(note.author)}&nbsp; {escape(note_byline(note))}</p>"
        f"<p class='title'>{escape(note.title)}</p>{rest}</td></tr></table>"
    )


def _notes(notes: list[Note] | tuple[Note, ...], index: LinkIndex | None) -> str:
    return "".join(note_html(note, index) for note in notes)


def _certainty(certainty: object) -> str:
    background, foreground = CERTAINTY_BADGE[certainty]
    return (f"<span style='background-color:{background}; color:{foreground}; font-weight:bold'>"
            f"&nbsp;{escape(certainty_word(Certainty(certainty)).upper())}&nbsp;</span>")


def _event(entry: BriefEvent, index: LinkIndex | None) -> str:
    event = entry.event
    facts = [_certainty(event.certainty)]
    if entry.participants:
        facts.append("Who: " + escape(", ".join(entry.participants)))
    if event.category:
        facts.append(f"Category: {escape(event.category)}")
    if event.reported_at is not None and event.reported_at != event.start:
        facts.append(f"Became public: {escape(dates.display(event.reported_at))}")
    parts = [f"<h3>{escape(event.date_text)} — {escape(event.title)}</h3>", f"<p class='facts'>{' · '.join(facts)}</p>"]
    if event.body.strip():
        parts.append(markdown_html(event.body, index))
    if entry.sources:
        items = []
        for citation, source in entry.sources:
            item = f"<b>{escape(source.publisher)}</b>: {escape(source.title)}"
            if source.published:
                item += f", {escape(dates.display(source.published))}"
            if citation.stance != "supports":
                item += f" <i>({escape(str(citation.stance))})</i>"
            if source.url:
                item += f"<br><span style='color:#5b6478'>{escape(source.url)}</span>"
            items.append(f"<li>{item}</li>")
        parts.append(f"<h4>Sources</h4><ul>{''.join(items)}</ul>")  # a heading: the PDF keeps it with the list
    parts.append(_notes(entry.notes, index))
    return "".join(parts)


def _relationships(brief: Brief, index: LinkIndex | None) -> str:
    parts = [f"<h2>Relationships as of {escape(dates.display(brief.as_of))}</h2>"]
    if brief.relationships:
        head = "".join(f"<th>{escape(h)}</th>" for h in RELATIONSHIP_HEADERS)
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in relationship_row(entry)) + "</tr>" for entry in brief.relationships
        )
        parts.append("<table class='relationships' width='100%' border='1' cellspacing='0' cellpadding='4' "
                     f"style='border-color:#c9d2e0; border-style:solid'><tr>{head}</tr>{rows}</table>")
    else:
        parts.append("<p class='aside'>No relationship was active on that date.</p>")
    if brief.relationships_inactive:
        parts.append(f"<p class='aside'>{brief.relationships_inactive} other relationships had not begun or had ended by then.</p>")
    for entry in [e for e in brief.relationships if e.notes] + brief.inactive_relationship_notes:
        label = relationship_row(entry)
        parts.append(f"<h3>{escape(label[0])} {escape(label[1])} {escape(label[2])}</h3>{_notes(entry.notes, index)}")
    return "".join(parts)


def brief_html(brief: Brief, index: LinkIndex | None = None, image_src: str | None = TIMELINE_IMAGE) -> str:
    """The whole brief as one HTML document; ``image_src`` is the timeline picture (None: no picture)."""
    meta = f"Brief exported {escape(note_date(brief.exported))} · relationships as of {escape(dates.display(brief.as_of))}"
    if brief.authors:
        meta += f" · {escape(brief.authors)}"
    parts = [f"<h1>{escape(brief.title)}</h1>"]
    if brief.subtitle:
        parts.append(f"<p class='subtitle'>{escape(brief.subtitle)}</p>")
    parts.append(f"<p class='meta'>{meta}</p>")
    if brief.summary.strip():
        parts.append("<h2>Summary</h2>" + markdown_html(brief.summary, index))
    if image_src:
        parts.append(f"<p align='center'><img src='{escape(image_src, quote=True)}' width='640'></p>"
                     "<p class='caption'>The timeline of the case, as Case Explorer shows it.</p>")
    if brief.case_notes:
        parts.append("<h2>Notes on the case</h2>" + _notes(brief.case_notes, index))
    parts.append("<h2>Timeline</h2>")
    parts += [_event(entry, index) for entry in brief.events] or ["<p class='aside'>The case has no events yet.</p>"]
    if brief.events_left_out:
        parts.append(f"<p class='aside'>… and {brief.events_left_out:,} later events, left out of this brief.</p>")
    parts.append(_relationships(brief, index))
    if brief.entity_notes:
        parts.append("<h2>Notes on companies and people</h2>")
        parts += [f"<h3>{escape(entity.name)}</h3>{_notes(notes, index)}" for entity, notes in brief.entity_notes]
    if brief.range_notes:
        parts.append("<h2>Notes on periods</h2>")
        parts += [f"<h3>{escape(dates.display_span(n.range_start, n.range_end))}</h3>{note_html(n, index)}" for n in brief.range_notes]
    return (
        f"<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>{escape(brief.title)}</title>"
        f"<style>\n{STYLE}\n</style></head><body>\n" + "\n".join(parts) + "\n</body></html>\n"
    )
