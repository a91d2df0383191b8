"""Preferences ▸ Author name: the name (and initials badge) stamped on the notes you write."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from explorer.core.notes import authors
from explorer.ui.notes.author import author_name, login_name, set_author_name
from explorer.ui.notes.badges import AuthorBadge


class AuthorDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authorDialog")
        self.setWindowTitle(self.tr("Author Name"))
        self.name_edit = QLineEdit(author_name(), self)
        self.name_edit.setAccessibleName(self.tr("Author name"))
        self.name_edit.setPlaceholderText(login_name() or self.tr("Your name"))
        self.name_edit.setMaxLength(120)
        self.badge = AuthorBadge(author_name(), 28, self)
        self.sample = QLabel(self)
        explanation = QLabel(
            self.tr("Your name is stamped on each note you write, so notes from colleagues and students "
            "can be told apart after merging. Leave it empty to use your login name."), self,
        )
        explanation.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.badge)
        row.addWidget(self.sample, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("Shown as:"), row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name_edit.textChanged.connect(self._show_sample)
        self._show_sample(self.name_edit.text())
        self.resize(420, self.sizeHint().height())

    def _show_sample(self, text: str) -> None:
        name = text.strip() or login_name()
        self.badge.set_name(name)
        self.sample.setText(authors.shown_name(name))

    def accept(self) -> None:
        set_author_name(self.name_edit.text())
        super().accept()

    @classmethod
    def edit(cls, parent: QWidget | None = None) -> bool:
        """Ask for the author name; True when it was saved. Tests replace this classmethod."""
        return cls(parent).exec() == QDialog.DialogCode.Accepted
