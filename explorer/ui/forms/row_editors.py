"""The row lists of the forms: an event's participants and citations, a relationship's events.

Each turns its rows into records (``participants()``, ``citations()``, ``effects()``); rows that
edit an existing record keep its uid, so saving updates it instead of adding another.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from explorer.core import dates
from explorer.core.dates import PartialDate
from explorer.core.models import Citation, CitationTarget, Effect, EventEffect, Participant, Role, Source, Stance, new_uid
from explorer.ui.forms.fields import choice_box, choose, line_edit, text_edit
from explorer.ui.forms.pickers import RecordPicker, source_label
from explorer.ui.forms.rows import Row, RowList

EFFECT_LABELS = {Effect.STARTS: "Starts it", Effect.ENDS: "Ends it", Effect.MODIFIES: "Modifies it", Effect.REAFFIRMS: "Reaffirms it"}
STANCE_LABELS = {Stance.SUPPORTS: "Supports", Stance.CONTRADICTS: "Contradicts", Stance.MENTIONS: "Mentions"}


class ParticipantsEditor(RowList):
    """Who took part in an event, and in what role."""

    def __init__(self, parent: QWidget, entities: list[tuple[str, str]]) -> None:
        empty = "No participants yet: add the companies and people this event involves."
        super().__init__(parent, "Participant", "&Add participant", empty)
        self.entities = entities
        self.add_button.setEnabled(bool(entities))
        if not entities:
            self.add_button.setToolTip(self.tr("The case has no entities yet: add one with Edit ▸ New Entity…"))

    def fill(self, row: Row, value: object | None) -> None:
        picker = row.place(RecordPicker(row, "entity", self.entities), "entity", 0, 0, stretch=1)
        role = row.place(choice_box(row, "role", ((str(r).capitalize(), str(r)) for r in Role)), "role", 0, 1)
        if isinstance(value, Participant):
            picker.set_uid(value.entity_uid)
            choose(role, str(value.role))
        else:
            taken = {uid for uid, _role in self.values()}
            picker.set_uid(next((uid for _label, uid in self.entities if uid not in taken), None))
        row.finish(2)
        self.watch(picker, role)

    def values(self) -> list[tuple[str, str]]:
        return [(row.named[0][0].uid(), row.named[1][0].currentData()) for row in self.rows]

    def participants(self) -> tuple[Participant, ...]:
        return tuple(Participant(uid, Role(role)) for uid, role in self.values() if uid is not None)


class CitationsEditor(RowList):
    """The sources an event cites, each with a quote, where in the source it is, and its stance."""

    new_source_requested = Signal()

    def __init__(self, parent: QWidget, sources: list[tuple[str, str]]) -> None:
        super().__init__(parent, "Citation", "C&ite a source", "No sources cited yet.")
        self.sources = list(sources)
        self.new_source_button = QPushButton(self.tr("&New source…"), self)
        self.new_source_button.setAutoDefault(False)
        self.new_source_button.clicked.connect(self.new_source_requested)
        self.button_row.insertWidget(1, self.new_source_button)
        self.add_button.setEnabled(bool(self.sources))
        self._renumber()

    def add_source(self, source: Source) -> None:
        """Offer a source made while the form is open, and cite it in a new row."""
        self.sources.append((source_label(source), source.uid))
        for row in self.rows:
            row.named[0][0].add_choice(source_label(source), source.uid)
        self.add_button.setEnabled(True)
        row = self.add(None)
        row.named[0][0].set_uid(source.uid)
        quote = row.named[2][0]
        QTimer.singleShot(0, quote.setFocus)  # once the source's own dialog has given the focus back

    def fill(self, row: Row, value: object | None) -> None:
        picker = row.place(RecordPicker(row, "source", self.sources), "source", 0, 0, stretch=1)
        stance = row.place(choice_box(row, "stance", ((label, str(s)) for s, label in STANCE_LABELS.items())), "stance", 0, 1)
        quote = row.place(text_edit(row, "quote", "Quote: the words in the source", lines=2, grow=False), "quote", 1, 0, span=3)
        locator = row.place(line_edit(row, "locator", "Where in the source: page, paragraph, time (optional)"), "locator", 2, 0, span=3)
        row.uid = new_uid()
        if isinstance(value, Citation):
            row.uid = value.uid
            picker.set_uid(value.source_uid)
            choose(stance, str(value.stance))
            quote.setPlainText(value.quote)
            locator.setText(value.locator)
        row.finish(2)
        row.add_rule(3, 3)
        self.watch(picker, stance, quote, locator)

    def citations(self, kind: CitationTarget, target_uid: str) -> list[Citation]:
        found = []
        for row in self.rows:
            (picker, _), (stance, _), (quote, _), (locator, _) = row.named
            if picker.uid() is not None:
                found.append(Citation(
                    row.uid or new_uid(), picker.uid(), kind, target_uid, quote.toPlainText().strip(), locator.text().strip(),
                    Stance(stance.currentData()),
                ))
        return found


class EffectsEditor(RowList):
    """The events that start, end, modify or reaffirm a relationship.

    A new row starts on ``preferred_event`` (the event selected in the window) when there is one,
    else on the event not yet listed whose start is closest to the date ``near()`` gives (the
    relationship's start, as typed), else on the first event.
    """

    def __init__(self, parent: QWidget, events: list[tuple[str, str]], starts: dict[str, int] | None = None) -> None:
        """``starts``: each event's start, in seconds, by uid."""
        super().__init__(parent, "Event", "&Add event", "No events linked: add the events that start, end or change this relationship.")
        self.events = events
        self.starts = starts or {}
        self.preferred_event: str | None = None
        self.near: Callable[[], PartialDate | None] = lambda: None
        self.add_button.setEnabled(bool(events))

    def nearest_event(self) -> str | None:
        """The event closest in time to ``near()`` (the earlier of two as close), preferring one not
        listed yet; None when there is no date to go by."""
        date = self.near()
        if date is None:
            return None
        target = dates.start_seconds(date)
        dated = [uid for _label, uid in self.events if uid in self.starts]
        taken = {row.named[0][0].uid() for row in self.rows}
        candidates = [uid for uid in dated if uid not in taken] or dated
        return min(candidates, key=lambda uid: abs(self.starts[uid] - target), default=None)

    def fill(self, row: Row, value: object | None) -> None:
        picker = row.place(RecordPicker(row, "event", self.events), "event", 0, 0, stretch=1)
        effect = row.place(choice_box(row, "effect", ((label, str(e)) for e, label in EFFECT_LABELS.items())), "effect", 0, 1)
        if isinstance(value, EventEffect):
            picker.set_uid(value.event_uid)
            choose(effect, str(value.effect))
        elif self.preferred_event is not None and any(uid == self.preferred_event for _label, uid in self.events):
            picker.set_uid(self.preferred_event)
        else:
            picker.set_uid(self.nearest_event())  # None leaves the first event
        row.finish(2)
        self.watch(picker, effect)

    def effects(self, relationship_uid: str) -> list[EventEffect]:
        return [
            EventEffect(row.named[0][0].uid(), relationship_uid, Effect(row.named[1][0].currentData()))
            for row in self.rows
            if row.named[0][0].uid() is not None
        ]
