"""DateEdit: a line edit for a partial date typed the way people write it, with what it understood beside it.

"June 2025" shows "month precision: June 2025"; "30 February 2025" shows, in red, "30 February
2025 does not exist". The date keeps the precision that was typed. A form may add its own problem
(an end before the start) with ``set_problem``; it shows in the same place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from explorer.core.date_input import VagueDateError, describe, friendly, parse_input
from explorer.core.dates import DateError, PartialDate
from explorer.ui.forms.fields import hint_color, problem_color, sentence

PLACEHOLDER = "e.g. 18 June 2025, June 2025, 44 BCE"
NEEDED = "a date is needed"


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
        self.empty_note = empty_note or ("optional" if optional else "required")
        self.line = QLineEdit(self)
        self.line.setObjectName("dateText")
        self.line.setPlaceholderText(PLACEHOLDER)
        self.line.setClearButtonEnabled(True)
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance(PLACEHOLDER) + 40)
        self.note = QLabel(self)
        self.note.setObjectName("dateNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.note, 1)
        self.setFocusProxy(self.line)
        if name:
            self.set_name(name)
        self._date: PartialDate | None = None
        self._own_problem: str | None = None if optional else NEEDED
        self._form_problem: str | None = None
        self._quiet = False
        self.line.textChanged.connect(self._on_text)
        self._show()

    def set_name(self, name: str) -> None:
        """The field's accessible name (a form gives it the words of its label)."""
        self.line.setAccessibleName(name)
        self.note.setAccessibleName(f"{name}: understood as")

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
                self._own_problem = str(refused) + (f" and put the wording in {self.wording_field}" if self.wording_field else "")
            except DateError as refused:
                self._own_problem = str(refused)
        elif not self.optional:
            self._own_problem = NEEDED
        self._form_problem, self._quiet = self._own_problem, False
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        problem = self._form_problem
        if problem and not (problem == NEEDED and not self.line.text()):
            self.note.setText(sentence(problem))
            self.note.setStyleSheet(f"color: {hint_color(self) if self._quiet else problem_color(self)};")
            self.line.setAccessibleDescription(sentence(problem))
            return
        text = describe(self._date) if self._date is not None else self.empty_note
        self.note.setText(sentence(text))
        self.note.setStyleSheet(f"color: {hint_color(self)};")
        self.line.setAccessibleDescription(sentence(text))
