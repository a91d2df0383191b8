"""The event detail pane: title, date, certainty, participants, text and sources of one event.

The pane is one scrolling document. Everything from the case is escaped before it goes into
the header and source list, and the body's Markdown is rendered with HTML turned off. Every
text is bounded first (``safe_text.bounded_text``/``bounded_line``), so a hostile case cannot
hand Qt more than it lays out in a moment.
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocumentFragment
from PySide6.QtWidgets import QVBoxLayout, QWidget

from explorer.core.changes import Changed, Changes
from explorer.core.models import CitationTarget, Event
from explorer.core.store import CaseStore
from explorer.ui import date_text
from explorer.ui.safe_text import MARKDOWN_FEATURES, SafeTextBrowser, bounded_line, bounded_text
from explorer.ui.style import CERTAINTY_BADGE, CERTAINTY_HINT, certainty_word

EMPTY_TEXT = "Select an event on the timeline or in the table to read about it here."
_IMPORTANCE = {3: "turning point", 2: "", 1: "minor"}
MAX_QUOTE_CHARS = 5_000


def _line(text: str) -> str:
    """A one-line field from the case, bounded and escaped for HTML."""
    return escape(bounded_line(text))


def _header_html(event: Event, names: dict[str, str]) -> str:
    background, foreground = CERTAINTY_BADGE[event.certainty]
    exact = date_text.display_span(event.start, event.end)
    date_line = _line(event.display_date or exact)  # the author's wording, else the date as chosen in Preferences
    if event.display_date and event.display_date != exact:
        date_line += f" <span style='color:gray'>({escape(exact)})</span>"
    lines = [
        f"<h2>{_line(event.title)}</h2>",
        f"<p>{date_line}</p>",
        f"<p><span style='background-color:{background}; color:{foreground}; font-weight:600'>"
        f"&nbsp;{escape(certainty_word(event.certainty).upper())}&nbsp;</span>"
        f" <span style='color:gray'>{escape(CERTAINTY_HINT[event.certainty])}</span>"
        + (f" · <b>{_IMPORTANCE[event.importance]}</b>" if _IMPORTANCE[event.importance] else "")
        + "</p>",
    ]
    facts = []
    if event.reported_at is not None and event.reported_at != event.start:
        facts.append(f"Became public: {escape(date_text.display(event.reported_at))}")
    if event.category:
        facts.append(f"Category: {_line(event.category)}")
    who = ", ".join(f"{_line(names.get(p.entity_uid, p.entity_uid))} <i>({_line(str(p.role))})</i>" for p in event.participants)
    facts.append(f"Who: {who or 'no participants recorded'}")
    lines.append("<p>" + "<br>".join(facts) + "</p><hr>")
    return "".join(lines)


class EventDetailPane(QWidget):
    def __init__(self, store: CaseStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventDetail")
        self._store = store
        self.event_uid: str | None = None
        self.browser = SafeTextBrowser(self)
        self.browser.setObjectName("detailBrowser")
        self.browser.setAccessibleName(self.tr("Event detail"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.show_event(None)

    def set_store(self, store: CaseStore) -> None:
        self._store = store
        self.show_event(None)

    def refresh(self, changes: Changes) -> None:
        """Show the current event again if the change touched it or what it shows."""
        shown = self.event_uid
        related = Changed.EVENTS | Changed.ENTITIES | Changed.PARTICIPANTS | Changed.SOURCES | Changed.CITATIONS
        if shown and (shown in changes.uids or changes.touches(related)):
            self.show_event(shown)

    def text(self) -> str:
        """What the pane shows, as plain text (for tests and accessibility checks)."""
        return self.browser.toPlainText()

    def show_event(self, uid: str | None) -> None:
        """Show the event with this uid, or the empty state for None or an unknown uid."""
        event = self._store.event(uid) if uid else None
        self.event_uid = event.uid if event else None
        document = self.browser.document()
        document.clear()
        cursor = QTextCursor(document)
        if event is None:
            cursor.insertHtml(f"<p style='color:gray'>{escape(EMPTY_TEXT)}</p>")
            return
        names = {entity.uid: entity.name for entity in self._store.entities()}
        cursor.insertHtml(_header_html(event, names))
        # fresh block formats, so the header's rule does not repeat under every later block
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        body = bounded_text(event.body) if event.body else "*No text for this event yet.*"
        cursor.insertFragment(QTextDocumentFragment.fromMarkdown(body, MARKDOWN_FEATURES))
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.insertHtml(self._sources_html(event))
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)

    def _sources_html(self, event: Event) -> str:
        items = []
        for citation, source in self._store.citations_of(CitationTarget.EVENT, event.uid):
            published = f", {escape(date_text.display(source.published))}" if source.published else ""
            item = f"<li><b>{_line(source.publisher)}</b>: {_line(source.title)}{published}"
            quote = escape(bounded_text(citation.quote, MAX_QUOTE_CHARS))
            if citation.quote.startswith("Paraphrase:"):
                item += f"<br><span style='color:gray'>{quote}</span>"
            elif citation.quote:
                item += f"<br><i>“{quote}”</i>"
            if citation.locator:
                item += f" ({_line(citation.locator)})"
            items.append(item + "</li>")
        if not items:
            return "<br><h4>Sources</h4><p style='color:gray'>No sources cited for this event.</p>"
        return "<br><h4>Sources</h4><ul>" + "".join(items) + "</ul>"
