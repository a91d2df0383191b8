"""A note's history: every kept version, newest first, to read and restore (restoring is undoable).

The list reads "Now", then each earlier version with its time and how it differs from the
current text in words. Restoring keeps the current text in the history too, so nothing is lost
by trying an old version.
"""

from __future__ import annotations

import difflib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from explorer.core.models import Note, NoteRevision
from explorer.core.notes.history import parse_stamp
from explorer.core.notes.plain_text import plain_title


def when(stamp: str) -> str:
    moment = parse_stamp(stamp)
    if moment is None:
        return stamp
    local = moment.astimezone()
    return f"{local.day} {local.strftime('%b %Y, %H:%M:%S')}"


def word_change(old: str, new: str) -> str:
    """How ``new`` differs from ``old`` in words: "+12 −3 words", or "same text"."""
    matcher = difflib.SequenceMatcher(a=old.split(), b=new.split(), autojunk=False)
    added = removed = 0
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            removed += a1 - a0
        if tag in ("replace", "insert"):
            added += b1 - b0
    if not added and not removed:
        return "same words"
    return f"+{added} −{removed} words"


class HistoryDialog(QDialog):
    def __init__(self, note: Note, revisions: list[NoteRevision], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteHistory")
        self.setWindowTitle(self.tr("History of “%1”").replace("%1", plain_title(note.title)))
        self.chosen_body: str | None = None
        self.versions = [NoteRevision(note.updated, note.body), *reversed(revisions)]
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Versions"))
        for i, version in enumerate(self.versions):
            change = word_change(version.body, note.body)
            label = (self.tr("Now — %1").replace("%1", when(version.saved_at)) if i == 0
                     else self.tr("%1   (%2 since)").replace("%1", when(version.saved_at)).replace("%2", change))
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.list.addItem(item)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text of this version"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setSizes([260, 420])
        count = len(self.versions) - 1
        info = QLabel(
            (self.tr("1 earlier version kept:") if count == 1 else self.tr("%1 earlier versions kept:").replace("%1", str(count)))
            + " " + self.tr("every save of the last five minutes, then one a minute for an hour, one an hour for a day, "
                            "one a day after that."), self,
        )
        info.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("Restore This Version"), self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.clicked.connect(self._restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.setCurrentRow(1 if len(self.versions) > 1 else 0)
        self.resize(760, 460)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.versions):
            self.text.setPlainText(self.versions[row].body)
            self.restore_button.setEnabled(row > 0 and self.versions[row].body != self.versions[0].body)

    def _restore(self) -> None:
        row = self.list.currentRow()
        if row > 0:
            self.chosen_body = self.versions[row].body
            self.accept()

    @classmethod
    def choose(cls, note: Note, revisions: list[NoteRevision], parent: QWidget | None = None) -> str | None:
        """Show the history; the body to restore, or None. Tests replace this classmethod."""
        dialog = cls(note, revisions, parent)
        return dialog.chosen_body if dialog.exec() == QDialog.DialogCode.Accepted else None
