"""View ▸ Go to Date… (Ctrl+G): put the time cursor on a date typed the way people write it.

The keyboard's way to the "as of" date: the relationship panel and the notes follow the cursor as
they do when it is dragged. The date is read as the forms read dates ("14 June 2025", "June 2025",
"44 BCE"); the cursor goes to its first moment, and the timeline pans to it when it is out of view,
keeping its zoom.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from explorer.core import dates
from explorer.core.dates import PartialDate
from explorer.ui.forms.date_edit import DateEdit

if TYPE_CHECKING:
    from explorer.ui.timeline.view import TimelineView


class GoToDateDialog(QDialog):
    """A date field and OK, which stays disabled until the text is a date."""

    def __init__(self, parent: QWidget | None, current: PartialDate | None) -> None:
        super().__init__(parent)
        self.setObjectName("goToDateDialog")
        self.setWindowTitle(self.tr("Go to Date"))
        self.date_edit = DateEdit(self, self.tr("Date"))
        self.date_edit.set_date(current)
        self.date_edit.line.selectAll()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Put the time cursor on (the relationships and notes follow it):"), self))
        layout.addWidget(self.date_edit)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.date_edit.line.minimumWidth() * 2 + 40)  # room beside the field for what it understood
        self.date_edit.changed.connect(self._allow_ok)
        self._allow_ok()
        self.date_edit.setFocus()

    def _allow_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.date_edit.date() is not None)

    def accept(self) -> None:
        if self.date_edit.date() is not None:  # Enter presses OK even while it is disabled
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, current: PartialDate | None) -> PartialDate | None:
        """The date chosen, or None when cancelled."""
        dialog = cls(parent, current)
        return dialog.date_edit.date() if dialog.exec() == QDialog.DialogCode.Accepted else None


def go_to_date(timeline: TimelineView, parent: QWidget | None = None) -> None:
    """Ask for a date and put the timeline's cursor on it."""
    year, month, day, *_ = dates.from_seconds(timeline.cursor_seconds())
    chosen = GoToDateDialog.ask(parent, PartialDate(year, month, day))
    if chosen is not None:
        put_cursor_on(timeline, dates.start_seconds(chosen))


def put_cursor_on(timeline: TimelineView, seconds: int) -> None:
    """The cursor at ``seconds``, brought into view at the current zoom if it was out of it."""
    timeline.set_cursor(seconds)
    x0, x1 = timeline.visible_range()
    if not x0 <= seconds <= x1:
        half = (x1 - x0) / 2
        timeline.set_visible_range(seconds - half, seconds + half)
