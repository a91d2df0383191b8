"""DateEdit: a line edit for a partial date typed the way people write it, with what it understood beside it.

"June 2025" shows "month precision: June 2025"; "30 February 2025" shows, in red, "30 February
2025 does not exist". The date keeps the precision that was typed. A form may add its own problem
(an end before the start) with ``set_problem``; it shows in the same place. The hints are
translated (context "DateEdit"); what the date was understood as, and why a text is not a date,
come in English from explorer.core.date_input.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from explorer.core.date_input import VagueDateError, describe, friendly, parse_input
from explorer.core.dates import DateError, PartialDate
from explorer.ui.forms.fields import hint_color, problem_color, sentence


def placeholder() -> str:
    """The example dates shown in an empty date field."""
    return QCoreApplication.translate("DateEdit", "e.g. 18 June 2025, June 2025, 44 BCE")


def needed() -> str:
    """The problem of a required date left empty."""
    return QCoreApplication.translate("DateEdit", "a date is needed")


class DateEdit(QWidget):
    """A date field: ``date()`` is the PartialDate typed (None when empty or not a date)."""

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, name: str = "", optional: bool = False, empty_note: str = "", wording_field: str = "",
    ) -> None:
        """``wording_field``: the form's field for wording such as "mid-June" (an event's "Shown as"), if it has one."""
        super().__init__(parent)
        self.optional = optional
        self.wording_field = wording_field
        self.empty_note = empty_note or (self.tr("optional") if optional else self.tr("required"))
        self.needed = needed()
        self.line = QLineEdit(self)
        self.line.setObjectName("dateText")
        example = placeholder()
        self.line.setPlaceholderText(example)
        self.line.setClearButtonEnabled(True)
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance(example) + 40)
        self.note = QLabel(self)
        self.note.setObjectName("dateNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # room for the hint and a usual reading on one line, in any language: the rows below do not
        # move when "Optional, für einen Zeitraum" gives way to "Month precision: September 2025"
        usual = (sentence(self.empty_note), sentence(describe(PartialDate(2025, 9))))
        self.note.setMinimumWidth(max(self.note.fontMetrics().horizontalAdvance(text) for text in usual) + 4)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.note, 1)
        self.setFocusProxy(self.line)
        if name:
            self.set_name(name)
        self._date: PartialDate | None = None
        self._own_problem: str | None = None if optional else self.needed
        self._form_problem: str | None = None
        self._quiet = False
        self.line.textChanged.connect(self._on_text)
        self._show()

    def set_name(self, name: str) -> None:
        """The field's accessible name (a form gives it the words of its label)."""
        self.line.setAccessibleName(name)
        self.note.setAccessibleName(self.tr("%1: understood as").replace("%1", name))

    # --- reading and setting ---------------------------------------------------------------

    def date(self) -> PartialDate | None:
        return self._date

    def set_date(self, date: PartialDate | None) -> None:
        self.line.setText(friendly(date) if date is not None else "")

    def text(self) -> str:
        return self.line.text()

    def problem(self) -> str | None:
        """Why the text is not a date (or is missing when one is needed); None when it is fine."""
        return self._own_problem

    def set_problem(self, message: str | None, quiet: bool = False) -> None:
        """Show the form's verdict on this field (its own problem, or a rule such as end before start);
        in a hint's grey while ``quiet`` (a field of a new record not yet touched)."""
        self._form_problem, self._quiet = message, quiet
        self._show()

    # --- showing ---------------------------------------------------------------------------

    def _on_text(self, text: str) -> None:
        self._date, self._own_problem = None, None
        if text.strip():
            try:
                self._date = parse_input(text)
            except VagueDateError as refused:
                wording = self.tr(" and put the wording in %1").replace("%1", self.wording_field) if self.wording_field else ""
                self._own_problem = str(refused) + wording
            except DateError as refused:
                self._own_problem = str(refused)
        elif not self.optional:
            self._own_problem = self.needed
        self._form_problem, self._quiet = self._own_problem, False
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        problem = self._form_problem
        if problem and not (problem == self.needed and not self.line.text()):
            self.note.setText(sentence(problem))
            self.note.setStyleSheet(f"color: {hint_color(self) if self._quiet else problem_color(self)};")
            self.line.setAccessibleDescription(sentence(problem))
            return
        text = describe(self._date) if self._date is not None else self.empty_note
        self.note.setText(sentence(text))
        self.note.setStyleSheet(f"color: {hint_color(self)};")
        self.line.setAccessibleDescription(sentence(text))
