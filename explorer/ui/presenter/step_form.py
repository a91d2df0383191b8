"""The fields of one tour step in the tour editor: headline, strip window, relationships date, notes.

Dates are typed the way people write them ("June 2025", "18 June 2025"); an empty window means
"worked out from the event". A field is committed when it is left (or Enter is pressed), as one
undoable edit named after what changed; a date that cannot be read is refused with the reason.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from explorer.core import date_input, dates
from explorer.core.dates import PartialDate
from explorer.core.models import Event, StepKind, TourStep

_WHAT = {StepKind.EVENT: QT_TRANSLATE_NOOP("StepForm", "Event"), StepKind.RANGE: QT_TRANSLATE_NOOP("StepForm", "Period"),
         StepKind.RELATIONSHIPS: QT_TRANSLATE_NOOP("StepForm", "Relationships")}
_LABELS = {  # the undo labels (Edit ▸ Undo …), translated when used
    "headline": QT_TRANSLATE_NOOP("StepForm", "Edit step headline"), "window_start": QT_TRANSLATE_NOOP("StepForm", "Change step window"),
    "window_end": QT_TRANSLATE_NOOP("StepForm", "Change step window"), "as_of": QT_TRANSLATE_NOOP("StepForm", "Change relationships date"),
    "speaker_notes": QT_TRANSLATE_NOOP("StepForm", "Edit speaker notes"),
}


class StepForm(QWidget):
    step_edited = Signal(object, str)  # the new TourStep, the edit's name for the Edit menu

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step: TourStep | None = None
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.headline = QLineEdit()
        self.headline.setAccessibleName(self.tr("Headline"))
        self.window_start = QLineEdit()
        self.window_start.setAccessibleName(self.tr("Strip from"))
        self.window_end = QLineEdit()
        self.window_end.setAccessibleName(self.tr("Strip to"))
        self.as_of = QLineEdit()
        self.as_of.setAccessibleName(self.tr("Relationships as of"))
        for field in (self.window_start, self.window_end, self.as_of):
            field.setPlaceholderText(self.tr("automatic — e.g. %1").replace("%1", date_input.EXAMPLES.split(',')[1].strip()))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Speaker notes"))
        self.notes.setPlaceholderText(self.tr("What to say at this step (Markdown). Only you see these, on the console."))
        self.notes.installEventFilter(self)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        for field in (self.headline, self.window_start, self.window_end, self.as_of):
            field.editingFinished.connect(self.commit)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Shows"), self.what)
        layout.addRow(self.tr("&Headline"), self.headline)
        layout.addRow(self.tr("Strip &from"), self.window_start)
        layout.addRow(self.tr("Strip t&o"), self.window_end)
        layout.addRow(self.tr("Relationships &as of"), self.as_of)
        layout.addRow(self.tr("Spea&ker notes"), self.notes)
        layout.addRow(self.problem)
        self.set_step(None, None, editable=False)

    def set_step(self, step: TourStep | None, event: Event | None, editable: bool) -> None:
        """Show a step (None: nothing chosen); ``editable`` is False for built-in tours."""
        self.step = step
        self.problem.clear()
        if step is None:
            self.what.setText(self.tr("Choose a step in the list."))
        elif step.kind is StepKind.EVENT:
            self.what.setText(self.tr("Event: %1 (%2)").replace("%1", event.title).replace("%2", event.date_text) if event
                              else self.tr("Event: (deleted from the case)"))
        else:
            self.what.setText(QCoreApplication.translate("StepForm", _WHAT[step.kind]))
        headline_hint = "the event's title" if step is not None and step.kind is StepKind.EVENT else "a title for this step"
        self.headline.setPlaceholderText(headline_hint)
        values = {
            self.headline: step.headline if step else "",
            self.window_start: date_input.friendly(step.window_start) if step and step.window_start else "",
            self.window_end: date_input.friendly(step.window_end) if step and step.window_end else "",
            self.as_of: date_input.friendly(step.as_of) if step and step.as_of else "",
        }
        for field, value in values.items():
            field.blockSignals(True)
            field.setText(value)
            field.blockSignals(False)
            field.setEnabled(step is not None and editable)
        self.notes.blockSignals(True)
        self.notes.setPlainText(step.speaker_notes if step else "")
        self.notes.blockSignals(False)
        self.notes.setReadOnly(step is None or not editable)
        self.notes.setEnabled(step is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False

    def _date(self, field: QLineEdit, name: str) -> PartialDate | None:
        text = field.text().strip()
        if not text:
            return None
        try:
            return date_input.parse_input(text)
        except dates.DateError as exc:
            raise ValueError(f"{name}: {exc}") from None

    def edited_step(self) -> TourStep | None:
        """The step as the fields now say, or None when a date cannot be read (the reason is shown)."""
        if self.step is None:
            return None
        try:
            return replace(
                self.step, headline=self.headline.text().strip(), speaker_notes=self.notes.toPlainText(),
                window_start=self._date(self.window_start, self.tr("Strip from")),
                window_end=self._date(self.window_end, self.tr("Strip to")),
                as_of=self._date(self.as_of, self.tr("Relationships as of")),
            )
        except ValueError as exc:
            self.problem.setText(self.tr("%1. Try %2.").replace("%1", str(exc)).replace("%2", date_input.EXAMPLES))
            return None

    def commit(self) -> None:
        """Hand on what changed as one edit (nothing happens when nothing changed)."""
        if self.step is None or self.notes.isReadOnly():
            return
        edited = self.edited_step()
        if edited is None or edited == self.step:
            return
        self.problem.clear()
        changed = [name for name in _LABELS if getattr(edited, name) != getattr(self.step, name)]
        label = _LABELS[changed[0]] if len({_LABELS[name] for name in changed}) == 1 else QT_TRANSLATE_NOOP("StepForm", "Edit step")
        label = QCoreApplication.translate("StepForm", label)
        self.step = edited
        self.step_edited.emit(edited, label)
