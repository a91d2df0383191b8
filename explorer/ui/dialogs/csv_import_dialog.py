"""Import a CSV table: what the rows are, which column is which field, how dates are written.

The dialog shows the first rows as they were read, guesses the kind of record and the column of
each field from the headers, and lets the person correct both before anything is imported.

With "Guess from the column", Import first reads the date columns of the whole file: when some
date could be day or month first (03/04/2025) and no date tells which, the dialog stays open and
says which choice to make in it (the import itself would stop with the command line's advice).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.core import dates
from explorer.core.interchange import spreadsheet_dates
from explorer.core.interchange.csv_mapping import FIELDS, CsvKind, CsvOptions, guess_kind, guess_mapping
from explorer.core.interchange.csv_table import CsvDialect, CsvTable, preview, sniff
from explorer.core.interchange.json_reader import ImportFailure
from explorer.ui import date_text
from explorer.ui.progress import Cancelled, Progress, run_in_thread

PREVIEW_ROWS = 20
_MINUS_YEAR = re.compile(r"-0*([1-9]\d{0,5})", re.ASCII)  # a year before 1 written as a plain number (not deep time)
NOT_IMPORTED = "(not imported)"
_DELIMITERS = {",": "Comma", ";": "Semicolon", "\t": "Tab", "|": "Bar"}
_KIND_LABELS = {CsvKind.EVENTS: "Events", CsvKind.ENTITIES: "Entities (companies, people…)", CsvKind.RELATIONSHIPS: "Relationships"}
DATE_FIELDS = ("start", "end", "reported_at")
_ORDER_LABELS = ("Guess from the column", "Day first (18/06/2025)", "Month first (06/18/2025)")
_ORDER_ROW = "Dates like 03/04/2025"
_REPORT_EVERY = 4096  # rows between progress reports


def undecided_date(path: Path, dialect: CsvDialect, columns: list[str], progress: Progress | None = None) -> tuple[int, str] | None:
    """The first date in ``columns`` that could be day or month first (line, text), when no date in
    the file tells which; None when one does, or no date needs it."""
    first: tuple[int, str] | None = None
    with CsvTable(path, dialect) as table:
        indexes = [table.headers.index(name) for name in columns if name in table.headers]
        if not indexes:
            return None
        for count, (line, cells) in enumerate(table.rows()):
            for index in indexes:
                if index < len(cells):
                    value = cells[index]
                    if spreadsheet_dates.numeric_order(value) is not None:
                        return None  # this one tells; the import checks the rest agree
                    if first is None and spreadsheet_dates.is_ambiguous(value):
                        first = (line, value.strip())
            if progress is not None and count % _REPORT_EVERY == 0:
                progress.report(table.characters_read, max(table.size, 1))
    return first


class CsvImportDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csvImportDialog")
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        self.path = path
        self.dialect = sniff(path)
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.field_boxes: dict[str, QComboBox] = {}

        self.delimiter_box = QComboBox(self)
        for char, label in _DELIMITERS.items():
            self.delimiter_box.addItem(label, char)
        self.delimiter_box.setCurrentIndex(list(_DELIMITERS).index(self.dialect.delimiter))
        self.kind_box = QComboBox(self)
        for kind, label in _KIND_LABELS.items():
            self.kind_box.addItem(label, kind)
        self.order_buttons = QButtonGroup(self)
        order_row = QHBoxLayout()
        for index, label in enumerate(_ORDER_LABELS):
            button = QRadioButton(label, self)
            self.order_buttons.addButton(button, index)
            order_row.addWidget(button)
        self.order_buttons.button(0).setChecked(True)
        self.mapping_group = QGroupBox(self.tr("Columns"), self)
        self.mapping_form = QFormLayout(self.mapping_group)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.hint = QLabel(self)
        self.hint.setObjectName("csvHint")
        self.hint.setWordWrap(True)
        self.hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        order_row.addStretch(1)
        top.addRow(self.tr("Cells separated by"), self.delimiter_box)
        top.addRow(self.tr("Each row is"), self.kind_box)
        top.addRow(self.tr("Dates like 03/04/2025"), order_row)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{path.name}</b> — {self.dialect.encoding.replace('-sig', '').upper()}", self))
        layout.addLayout(top)
        middle = QHBoxLayout()
        self.columns_area = QScrollArea(self)  # many fields: the form scrolls, and the hint under it keeps its lines
        self.columns_area.setWidget(self.mapping_group)
        self.columns_area.setWidgetResizable(True)
        self.columns_area.setFrameShape(QFrame.Shape.NoFrame)
        self.columns_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        middle.addWidget(self.columns_area, 1)
        middle.addWidget(self.table, 3)
        layout.addLayout(middle, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(1000, 560)

        self._read()
        self.kind_box.setCurrentIndex(list(_KIND_LABELS).index(guess_kind(self.headers)))
        self._fill_mapping()
        self.delimiter_box.currentIndexChanged.connect(self._on_delimiter_changed)
        self.kind_box.currentIndexChanged.connect(self._fill_mapping)
        self.order_buttons.idToggled.connect(lambda _id, on: on and self._check())  # the example date reads anew

    # --- reading and showing ------------------------------------------------------------------

    def _read(self) -> None:
        self.dialect = CsvDialect(self.dialect.encoding, self.delimiter_box.currentData())
        self.dialect, self.headers, self.rows = preview(self.path, PREVIEW_ROWS, self.dialect)
        self.table.clear()
        self.table.setColumnCount(len(self.headers))
        self.table.setRowCount(len(self.rows))
        self.table.setHorizontalHeaderLabels(self.headers)
        for row, cells in enumerate(self.rows):
            for column, cell in enumerate(cells[: len(self.headers)]):
                self.table.setItem(row, column, QTableWidgetItem(cell))
        self.table.resizeColumnsToContents()

    def _on_delimiter_changed(self) -> None:
        self._read()
        self._fill_mapping()

    @property
    def kind(self) -> CsvKind:
        return CsvKind(self.kind_box.currentData())

    def _fill_mapping(self) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.field_boxes = {}
        guessed = guess_mapping(self.kind, self.headers)
        for spec in FIELDS[self.kind]:
            box = QComboBox(self.mapping_group)
            box.setObjectName(f"field_{spec.name}")
            box.addItem(NOT_IMPORTED, "")
            for header in self.headers:
                box.addItem(header, header)
            if spec.name in guessed:
                box.setCurrentIndex(self.headers.index(guessed[spec.name]) + 1)
            box.currentIndexChanged.connect(self._check)
            self.field_boxes[spec.name] = box
            self.mapping_form.addRow(spec.label + (" *" if spec.required else ""), box)
        scroll_bar = self.columns_area.verticalScrollBar().sizeHint().width()
        self.columns_area.setMinimumWidth(self.mapping_group.sizeHint().width() + scroll_bar)
        self._check()

    # --- the answer ---------------------------------------------------------------------------

    def mapping(self) -> dict[str, str]:
        return {name: box.currentData() for name, box in self.field_boxes.items() if box.currentData()}

    def _check(self) -> None:
        mapping = self.mapping()
        missing = [spec.label for spec in FIELDS[self.kind] if spec.required and spec.name not in mapping]
        problems = [f"Choose the column for: {', '.join(missing)}."] if missing else []
        if self.order_buttons.checkedId() == 0 and self._ambiguous_only(mapping):
            problems.append("The dates in the first rows could be day or month first; the whole file will decide, or choose above.")
        example = self.date_example(mapping)
        said = " ".join(problems) or f"{len(mapping)} columns will be imported. * marks the columns every row needs."
        self.hint.setText(f"{said} {example}" if example else said)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)

    def date_example(self, mapping: dict[str, str]) -> str:
        """How a start date of the first rows will be read, so that a surprise shows before the import:
        a year before 1 (ISO counts ``-500`` as 501 BCE), else the first date. Empty if none reads."""
        if "start" not in mapping:
            return ""
        column = self.headers.index(mapping["start"])
        order = {0: None, 1: spreadsheet_dates.DateOrder.DAY_FIRST, 2: spreadsheet_dates.DateOrder.MONTH_FIRST}[
            self.order_buttons.checkedId()
        ]
        read: list[tuple[int, str, dates.PartialDate]] = []
        for number, row in enumerate(self.rows, start=1):
            value = row[column].strip() if column < len(row) else ""
            if not value or (order is None and spreadsheet_dates.is_ambiguous(value)):
                continue
            try:
                parts = spreadsheet_dates.parse(value, f"row {number}", order)
                read.append((number, value, dates.PartialDate(*parts)))
            except (ImportFailure, ValueError, TypeError):
                continue
        if not read:
            return ""
        number, value, date = next((r for r in read if r[2].year < 1), read[0])
        said = (QCoreApplication.translate("CsvImportDialog", "Row %1's start “%2” reads as %3.")
                .replace("%1", str(number)).replace("%2", value).replace("%3", date_text.display(date)))
        if (bare := _MINUS_YEAR.fullmatch(value)) is not None:  # only a plain year: "490 BC" reads, "490-03-15 BC" does not
            said += " " + (QCoreApplication.translate(
                "CsvImportDialog", "A minus year counts as ISO 8601 does (0 is 1 BCE); for %1 BCE write “%1 BC”.")
                .replace("%1", bare[1]))
        return said

    def _ambiguous_only(self, mapping: dict[str, str]) -> bool:
        columns = [self.headers.index(mapping[name]) for name in ("start", "end") if name in mapping]
        values = [row[column] for row in self.rows for column in columns if column < len(row)]
        return any(spreadsheet_dates.is_ambiguous(v) for v in values) and not any(spreadsheet_dates.numeric_order(v) for v in values)

    def accept(self) -> None:
        """Import, unless the dates cannot be read without a choice only this dialog can make."""
        if self.order_buttons.checkedId() == 0 and not self._dates_can_be_read():
            return
        super().accept()

    def _dates_can_be_read(self) -> bool:
        mapping = self.mapping()
        columns = [mapping[name] for name in DATE_FIELDS if name in mapping]
        if not columns:
            return True
        title = QCoreApplication.translate("CsvImportDialog", "Reading the dates")
        label = QCoreApplication.translate("CsvImportDialog", "Reading the dates of %1…").replace("%1", self.path.name)
        try:
            found = run_in_thread(self, title, label, lambda progress: undecided_date(self.path, self.dialect, columns, progress))
        except Cancelled:
            return False  # back to the dialog, choices kept
        except ImportFailure as exc:
            self.hint.setText(str(exc))
            return False
        if found is None:
            return True
        line, text = found
        self.hint.setText(self.ambiguous_message(line, text))
        self.order_buttons.button(1).setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    @staticmethod
    def ambiguous_message(line: int, text: str) -> str:
        """What to do about a date that could be day or month first, in this dialog's words."""
        return (QCoreApplication.translate(
            "CsvImportDialog",
            "Line %1: “%2” could be day/month or month/day, and no date in the file tells which. "
            "Under “%3” above, choose “%4” or “%5”, then Import again.")
            .replace("%1", str(line)).replace("%2", text).replace("%3", _ORDER_ROW)
            .replace("%4", _ORDER_LABELS[1]).replace("%5", _ORDER_LABELS[2]))

    def options(self) -> CsvOptions:
        day_first = {0: None, 1: True, 2: False}[self.order_buttons.checkedId()]
        return CsvOptions(kind=self.kind, mapping=self.mapping(), day_first=day_first, delimiter=self.dialect.delimiter, guess=False)

    def select_field(self, name: str, header: str) -> None:
        """Choose a field's column (for tests and keyboard users alike)."""
        box = self.field_boxes[name]
        box.setCurrentIndex(0 if header == NOT_IMPORTED else box.findData(header, Qt.ItemDataRole.UserRole))
