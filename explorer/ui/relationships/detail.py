"""Why did this tie change? The selected relationship (or entity) in words: type, label, dates on
both clocks, certainty, the events that started, ended, modified or reaffirmed it, and the
sources cited for it. Events and entities are links; a click selects them elsewhere.

Case text is escaped (or rendered as Markdown with HTML off); links carry an index into lists
kept here, never a uid in a URL, so any uid works and nothing from the case becomes a URL.

Links and muted text take their colours from the theme (``set_colors``), written into the text
itself: a text browser keeps the link colour of the palette it had when the text was made, which
after a theme switch can be unreadable on the new background.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocumentFragment
from PySide6.QtWidgets import QVBoxLayout, QWidget

from explorer.core.models import Relationship
from explorer.core.network import Mode, Network
from explorer.core.network.lifetime import event_date
from explorer.ui import date_text
from explorer.ui.relationships import wording
from explorer.ui.safe_text import MARKDOWN_FEATURES, SafeTextBrowser, bounded_text
from explorer.ui.style import CERTAINTY_BADGE, CERTAINTY_HINT, certainty_word

EMPTY_TEXT = "Select a relationship or an entity in the graph or the table to see why it changed."
EFFECT_WORDS = {"starts": "started it", "ends": "ended it", "modifies": "changed it", "reaffirms": "reaffirmed it"}


class RelationshipDetail(QWidget):
    event_chosen = Signal(str)
    entity_chosen = Signal(str)
    relationship_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationshipDetail")
        self.browser = SafeTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Relationship detail"))
        self.browser.link_clicked.connect(self._on_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.links: list[tuple[str, str]] = []  # (kind, uid) by link number
        self.shown: tuple[str, str] | None = None
        self.link_color = "#0000ff"
        self.muted_color = "#525b68"
        self.show_nothing()

    def set_colors(self, link: QColor | str, muted: QColor | str) -> None:
        """The theme's link and muted-text colours; the caller shows the selection again to apply them."""
        self.link_color, self.muted_color = QColor(link).name(), QColor(muted).name()

    def _muted(self, html: str, tag: str = "span") -> str:
        return f"<{tag} style='color:{self.muted_color}'>{html}</{tag}>"

    def text(self) -> str:
        return self.browser.toPlainText()

    def _link(self, kind: str, uid: str, text: str) -> str:
        self.links.append((kind, uid))
        return f"<a href='{kind}:{len(self.links) - 1}' style='color:{self.link_color}'>{escape(text)}</a>"

    def _on_link(self, url: QUrl) -> None:
        kind, _, number = url.toString().partition(":")
        if not number.isdigit() or int(number) >= len(self.links):
            return
        kind, uid = self.links[int(number)]
        signal = {"event": self.event_chosen, "entity": self.entity_chosen, "rel": self.relationship_chosen}[kind]
        signal.emit(uid)

    def _start(self) -> QTextCursor:
        self.links = []
        document = self.browser.document()
        document.clear()
        return QTextCursor(document)

    def show_nothing(self) -> None:
        self.shown = None
        self._start().insertHtml(self._muted(escape(EMPTY_TEXT), "p"))

    # --- a relationship --------------------------------------------------------------------

    def show_relationship(self, network: Network, uid: str, seconds: int) -> None:
        relationship = network.relationship(uid)
        if relationship is None:
            self.show_nothing()
            return
        self.shown = ("relationship", uid)
        cursor = self._start()
        cursor.insertHtml(self._header(network, relationship, seconds))
        if relationship.summary:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            cursor.insertFragment(QTextDocumentFragment.fromMarkdown(bounded_text(relationship.summary), MARKDOWN_FEATURES))
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.insertHtml(self._events(network, uid) + self._sources(network, uid))
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)

    def _name(self, network: Network, uid: str) -> str:
        entity = network.entities.get(uid)
        return self._link("entity", uid, entity.name if entity else uid)

    def _sentence(self, network: Network, r: Relationship) -> str:
        """The relationship as a sentence whose two names are links."""
        parties = {"%1": r.source_uid, "%2": r.target_uid}
        parts = re.split(r"(%[12])", wording.template(r))
        return "".join(self._name(network, parties[part]) if part in parties else escape(part) for part in parts)

    def _header(self, network: Network, r: Relationship, seconds: int) -> str:
        background, foreground = CERTAINTY_BADGE[r.certainty]
        on = date_text.moment(seconds)
        lines = [f"<h3>{self._sentence(network, r)}</h3>"]
        if r.label:
            lines.append(f"<p><b>{escape(r.label)}</b></p>")
        lines.append(
            f"<p><span style='background-color:{background}; color:{foreground}; font-weight:600'>"
            f"&nbsp;{escape(certainty_word(r.certainty).upper())}&nbsp;</span> "
            f"{self._muted(escape(CERTAINTY_HINT[r.certainty]))}</p>"
        )
        facts = [f"Dates: {escape(network.lifetime(r.uid, Mode.HAPPENED).describe())}"]
        known = network.lifetime(r.uid, Mode.KNOWN)
        if known != network.lifetime(r.uid, Mode.HAPPENED):
            facts.append(f"Publicly known: {escape(known.describe())}")
        states = [f"<b>{network.state(r.uid, seconds, mode).label}</b> {mode.label}" for mode in Mode]
        facts.append(f"On {escape(on)}: " + "; ".join(states))
        return "".join(lines) + "<p>" + "<br>".join(facts) + "</p>"

    def _events(self, network: Network, uid: str) -> str:
        items = []
        for effect in network.effects.get(uid, ()):
            event = network.events.get(effect.event_uid)
            if event is None:
                continue
            public = event_date(event, Mode.KNOWN)
            became = " " + self._muted(f"(public {escape(date_text.display(public))})") if public != event.start else ""
            items.append(
                f"<li>{escape(event.date_text)}: {self._link('event', event.uid, event.title)} "
                f"— <i>{EFFECT_WORDS[str(effect.effect)]}</i>{became}</li>"
            )
        if not items:
            return "<br><h4>Events</h4>" + self._muted("No event is recorded as starting, ending or changing this relationship.", "p")
        return "<br><h4>Events</h4><ul>" + "".join(items) + "</ul>"

    def _sources(self, network: Network, uid: str) -> str:
        items = []
        for citation, source in network.citations.get(uid, ()):
            published = f", {escape(date_text.display(source.published))}" if source.published else ""
            item = f"<li><b>{escape(source.publisher)}</b>: {escape(source.title)}{published}"
            if citation.quote:
                item += "<br>" + self._muted(escape(citation.quote))
            if str(citation.stance) == "contradicts":
                item += " <b>(contradicts)</b>"
            items.append(item + "</li>")
        if not items:
            return "<h4>Sources</h4>" + self._muted("No sources cited for this relationship.", "p")
        return "<h4>Sources</h4><ul>" + "".join(items) + "</ul>"

    # --- an entity ---------------------------------------------------------------------------

    def show_entity(self, network: Network, uid: str, seconds: int, mode: Mode) -> None:
        entity = network.entities.get(uid)
        if entity is None:
            self.show_nothing()
            return
        self.shown = ("entity", uid)
        cursor = self._start()
        on = date_text.moment(seconds)
        names = {key: e.name for key, e in network.entities.items()}
        items = []
        for r in network.relationships:
            if uid not in (r.source_uid, r.target_uid):
                continue
            state = wording.standing(network.state(r.uid, seconds, mode), network.lifetime(r.uid, mode))
            items.append(f"<li>{self._link('rel', r.uid, wording.sentence(r, names))} {self._muted(escape(f'({state})'))}</li>")
        ties = "<ul>" + "".join(items) + "</ul>" if items else self._muted("No relationships recorded.", "p")
        cursor.insertHtml(f"<h3>{escape(entity.name)}</h3>" + self._muted(escape(str(entity.kind)), "p"))
        if entity.summary:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            cursor.insertFragment(QTextDocumentFragment.fromMarkdown(bounded_text(entity.summary), MARKDOWN_FEATURES))
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.insertHtml(f"<br><h4>Relationships on {escape(on)} ({escape(mode.label)})</h4>{ties}")
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
