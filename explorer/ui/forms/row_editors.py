"""The row lists of the forms: an event's participants and citations, a relationship's events.

Each turns its rows into records (``participants()``, ``citations()``, ``effects()``); rows that
edit an existing record keep its uid, so saving updates it instead of adding another. The
choices' words are translated under the context "RowEditors", the rest under each editor's name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from explorer.core import dates
from explorer.core.dates import PartialDate
from explorer.core.models import Citation, CitationTarget, Effect, EventEffect, Participant, Role, Source, Stance, new_uid
from explorer.ui.forms.fields import choice_box, choose, line_edit, text_edit
from explorer.ui.forms.pickers import RecordPicker, source_label
from explorer.ui.forms.rows import Row, RowList


def role_labels() -> dict[Role, str]:
    """What a participant did in an event, in the user's language."""
    return {
        Role.ACTOR: QCoreApplication.translate("RowEditors", "Actor"),
        Role.TARGET: QCoreApplication.translate("RowEditors", "Target"),
        Role.SUBJECT: QCoreApplication.translate("RowEditors", "Subject"),
        Role.MENTIONED: QCoreApplication.translate("RowEditors", "Mentioned"),
    }


def effect_labels() -> dict[Effect, str]:
    """What an event does to a relationship, in the user's language."""
    return {
        Effect.STARTS: QCoreApplication.translate("RowEditors", "Starts it"),
        Effect.ENDS: QCoreApplication.translate("RowEditors", "Ends it"),
        Effect.MODIFIES: QCoreApplication.translate("RowEditors", "Modifies it"),
        Effect.REAFFIRMS: QCoreApplication.translate("RowEditors", "Reaffirms it"),
    }


def stance_labels() -> dict[Stance, str]:
    """What a source says of an event, in the user's language."""
    return {
        Stance.SUPPORTS: QCoreApplication.translate("RowEditors", "Supports"),
        Stance.CONTRADICTS: QCoreApplication.translate("RowEditors", "Contradicts"),
        Stance.MENTIONS: QCoreApplication.translate("RowEditors", "Mentions"),
    }


class ParticipantsEditor(RowList):
    """Who took part in an event, and in what role."""

    def __init__(self, parent: QWidget, entities: list[tuple[str, str]]) -> None:
        empty = self.tr("No participants yet: add the companies and people this event involves.")
        super().__init__(parent, self.tr("Participant"), self.tr("&Add participant"), empty, self.tr("Remove participant %1"))
        self.entities = entities
        self.add_button.setEnabled(bool(entities))
        if not entities:
            self.add_button.setToolTip(self.tr("The case has no entities yet: add one with Edit ▸ New Entity…"))

    def fill(self, row: Row, value: object | None) -> None:
        entity, role_name = self.tr("entity"), self.tr("role")
        picker = row.place(RecordPicker(row, entity, self.entities), entity, 0, 0, stretch=1)
        labels = role_labels()
        role = row.place(choice_box(row, role_name, ((labels.get(r, str(r).capitalize()), str(r)) for r in Role)), role_name, 0, 1)
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
        super().__init__(
            parent, self.tr("Citation"), self.tr("C&ite a source"), self.tr("No sources cited yet."), self.tr("Remove citation %1")
        )
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
        source, stance_name, quote_name, locator_name = self.tr("source"), self.tr("stance"), self.tr("quote"), self.tr("locator")
        picker = row.place(RecordPicker(row, source, self.sources), source, 0, 0, stretch=1)
        choices = ((label, str(s)) for s, label in stance_labels().items())
        stance = row.place(choice_box(row, stance_name, choices), stance_name, 0, 1)
        quote = row.place(
            text_edit(row, quote_name, self.tr("Quote: the words in the source"), lines=2, grow=False), quote_name, 1, 0, span=3
        )
        locator = row.place(
            line_edit(row, locator_name, self.tr("Where in the source: page, paragraph, time (optional)")), locator_name, 2, 0, span=3
        )
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
        empty = self.tr("No events linked: add the events that start, end or change this relationship.")
        super().__init__(parent, self.tr("Event"), self.tr("&Add event"), empty, self.tr("Remove event %1"))
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
        event, effect_name = self.tr("event"), self.tr("effect")
        picker = row.place(RecordPicker(row, event, self.events), event, 0, 0, stretch=1)
        choices = ((label, str(e)) for e, label in effect_labels().items())
        effect = row.place(choice_box(row, effect_name, choices), effect_name, 0, 1)
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
