"""Message boxes the app shows, behind one class so tests can replace them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

CASE_FILTER = "Case files (*.case.db *.db *.sqlite);;All files (*)"


class Dialogs:
    """Every modal question and message; tests monkeypatch these classmethods."""

    @classmethod
    def error(cls, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.critical(parent, title, message)

    @classmethod
    def warning(cls, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.warning(parent, title, message)

    @classmethod
    def about(cls, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.about(parent, title, message)

    @classmethod
    def new_case_path(cls, parent: QWidget | None, folder: str = "") -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Dialogs", "New case"), folder, CASE_FILTER)
        if path and not path.endswith(".db"):
            path += ".case.db"
        return path or None

    @classmethod
    def copy_case_path(cls, parent: QWidget | None, suggested: str) -> str | None:
        title = QCoreApplication.translate("Dialogs", "Save a copy of the case")
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, CASE_FILTER)
        if path and not path.endswith(".db"):
            path += ".case.db"
        return path or None

    @classmethod
    def open_case_path(cls, parent: QWidget | None, folder: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Dialogs", "Open case"), folder, CASE_FILTER)
        return path or None

    @classmethod
    def unsaved_note(cls, parent: QWidget | None, reason: str) -> str:
        """The note being written could not be saved: "save" (its text to a file), "discard" or "cancel"."""
        title = QCoreApplication.translate("Dialogs", "Note not saved")
        text = QCoreApplication.translate(
            "Dialogs", "The note you were writing could not be saved to the case:\n\n%1\n\n"
                       "Save its text to a file first, or continue without it?").replace("%1", reason)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        save = box.addButton(QCoreApplication.translate("Dialogs", "Save Text…"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(QCoreApplication.translate("Dialogs", "Continue Without It"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        return {save: "save", discard: "discard"}.get(box.clickedButton(), "cancel")

    @classmethod
    def note_text_path(cls, parent: QWidget | None, suggested: str) -> str | None:
        title = QCoreApplication.translate("Dialogs", "Save the note's text")
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "Markdown (*.md);;Text (*.txt);;All files (*)")
        return path or None

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, message: str, action: str) -> bool:
        """Whether to go ahead: ``action`` names the button that does it (Cancel is the default)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, message, parent=parent)
        go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is go
