"""The questions the relationship panel asks: what kind of tie to add, and where to save an image.

Behind one class of classmethods (as ``explorer.ui.messages.Dialogs``) so tests can answer them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from explorer.core import dates
from explorer.core.models import RELATIONSHIP_TYPES, UNDIRECTED_TYPES, Certainty, Entity, Relationship, new_uid
from explorer.ui.style import certainty_word


class NewRelationshipDialog(QDialog):
    """Type, label, dates and certainty of a relationship drawn from one entity to another."""

    def __init__(self, source: Entity, target: Entity, types: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newRelationshipDialog")
        self.setWindowTitle(self.tr("Add a relationship"))
        self.source, self.target = source, target
        self.type_box = QComboBox(self)
        self.type_box.setEditable(True)
        for type_ in dict.fromkeys([*types, *RELATIONSHIP_TYPES]):
            self.type_box.addItem(RELATIONSHIP_TYPES.get(type_, type_.replace("_", " ")), type_)
        self.type_box.currentIndexChanged.connect(self._on_type)
        self.label_edit = QLineEdit(self)
        self.label_edit.setPlaceholderText(self.tr("e.g. 49%, non-voting"))
        self.start_edit, self.end_edit = QLineEdit(self), QLineEdit(self)
        for edit in (self.start_edit, self.end_edit):
            edit.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD (empty: unknown)"))
        self.certainty_box = QComboBox(self)
        for certainty in Certainty:
            self.certainty_box.addItem(certainty_word(certainty), str(certainty))
        self.directed = QCheckBox(self.tr("Directed: from %1 to %2").replace("%1", source.name).replace("%2", target.name), self)
        self.directed.setChecked(True)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("From"), QLabel(source.name, self))
        form.addRow(self.tr("Type"), self.type_box)
        form.addRow(self.tr("To"), QLabel(target.name, self))
        form.addRow(self.tr("Label"), self.label_edit)
        form.addRow(self.tr("Start"), self.start_edit)
        form.addRow(self.tr("End"), self.end_edit)
        form.addRow(self.tr("Certainty"), self.certainty_box)
        form.addRow("", self.directed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _on_type(self, _index: int) -> None:
        self.directed.setChecked(self.chosen_type() not in UNDIRECTED_TYPES)

    def chosen_type(self) -> str:
        text = self.type_box.currentText().strip()
        data = self.type_box.currentData()
        if data and self.type_box.itemText(self.type_box.currentIndex()) == text:
            return str(data)
        known = {label: type_ for type_, label in RELATIONSHIP_TYPES.items()}
        return known.get(text, "_".join(text.lower().split()))

    def relationship(self) -> Relationship:
        """The relationship as entered; raises ``dates.DateError`` or ``ValueError`` naming a problem."""
        if not self.chosen_type():
            raise ValueError("a relationship needs a type")
        start = dates.parse_optional(self.start_edit.text().strip())
        end = dates.parse_optional(self.end_edit.text().strip())
        if start is not None and end is not None and dates.end_seconds(end) <= dates.start_seconds(start):
            raise ValueError(f"the end {end} is before the start {start}")
        return Relationship(
            uid=new_uid(), source_uid=self.source.uid, target_uid=self.target.uid, type=self.chosen_type(),
            directed=self.directed.isChecked(), label=self.label_edit.text().strip(), start=start, end=end,
            certainty=Certainty(self.certainty_box.currentData()),
        )

    def accept(self) -> None:
        try:
            self.relationship()
        except ValueError as exc:  # DateError is a ValueError
            self.problem.setText(str(exc))
            self.problem.show()
            return
        super().accept()


class RelationshipDialogs:
    @classmethod
    def new_relationship(cls, parent: QWidget | None, source: Entity, target: Entity, types: list[str]) -> Relationship | None:
        dialog = NewRelationshipDialog(source, target, types, parent)
        try:
            return dialog.relationship() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    @classmethod
    def export_path(cls, parent: QWidget | None, fmt: str, suggested: str) -> str | None:
        filters = {"png": "PNG images (*.png)", "svg": "SVG drawings (*.svg)"}
        title = QCoreApplication.translate("RelationshipDialogs", "Export the relationship graph")
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters[fmt])
        if path and not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        return path or None
