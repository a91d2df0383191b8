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
