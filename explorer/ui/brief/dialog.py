"""File ▸ Export Brief…: choose the format, the "as of" date of the relationships table, the picture."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from explorer.core import date_input
from explorer.core.dates import DateError, PartialDate
from explorer.ui.brief.export import BriefFormat

FORMAT_LABELS = {  # translated when shown
    BriefFormat.PDF: QT_TRANSLATE_NOOP("BriefDialog", "PDF document"),
    BriefFormat.HTML: QT_TRANSLATE_NOOP("BriefDialog", "Web page (HTML)"),
    BriefFormat.MARKDOWN: QT_TRANSLATE_NOOP("BriefDialog", "Markdown text"),
}
FORMAT_FILTERS = {BriefFormat.PDF: "PDF (*.pdf)", BriefFormat.HTML: QT_TRANSLATE_NOOP("BriefDialog", "Web page (*.html)"),
                  BriefFormat.MARKDOWN: "Markdown (*.md)"}


@dataclass(frozen=True)
class BriefChoice:
    format: BriefFormat
    as_of: PartialDate
    timeline: bool


class BriefDialog(QDialog):
    def __init__(self, as_of: PartialDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefDialog")
        self.setWindowTitle(self.tr("Export Brief"))
        self.choice: BriefChoice | None = None
        self.format_box = QComboBox(self)
        self.format_box.setAccessibleName(self.tr("Format"))
        for fmt, label in FORMAT_LABELS.items():
            self.format_box.addItem(self.tr(label), str(fmt))
        self.date_edit = QLineEdit(date_input.friendly(as_of), self)
        self.date_edit.setAccessibleName(self.tr("Relationships as of"))
        self.date_edit.setPlaceholderText(date_input.EXAMPLES)
        self.date_edit.textChanged.connect(self._check)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828;")
        self.timeline_box = QCheckBox(self.tr("Include a picture of the timeline"), self)
        self.timeline_box.setChecked(True)
        intro = QLabel(self.tr("The brief lists the events with their dates, certainty and sources, the relationships active "
                       "on the date below, and every note under what it is attached to."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_box)
        form.addRow(self.tr("&Relationships as of:"), self.date_edit)
        form.addRow("", self.problem)
        form.addRow("", self.timeline_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()
        self.resize(460, self.sizeHint().height())

    def _date(self) -> PartialDate | None:
        try:
            return date_input.parse_input(self.date_edit.text())
        except DateError as exc:
            self.problem.setText(str(exc))
            return None

    def _check(self) -> None:
        date = self._date()
        if date is not None:
            self.problem.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(date is not None)

    def accept(self) -> None:
        date = self._date()
        if date is None:
            return
        self.choice = BriefChoice(BriefFormat(self.format_box.currentData()), date, self.timeline_box.isChecked())
        super().accept()

    @classmethod
    def ask(cls, as_of: PartialDate, parent: QWidget | None = None) -> BriefChoice | None:
        """What brief to write, or None if cancelled. Tests replace this classmethod."""
        dialog = cls(as_of, parent)
        return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None
