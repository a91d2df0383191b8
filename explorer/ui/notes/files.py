"""The file choices and messages of notes import/export and the brief, behind one mockable class."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

NOTES_FILTER = QT_TRANSLATE_NOOP(
    "NoteDialogs", "Notes or case files (*.json *.case.db *.db);;Notes JSON (*.json);;Case files (*.case.db *.db);;All files (*)")
NOTES_JSON_FILTER = QT_TRANSLATE_NOOP("NoteDialogs", "Notes JSON (*.json)")


class NoteDialogs:
    """Every modal question of the notes features; tests monkeypatch these classmethods."""

    @classmethod
    def import_path(cls, parent: QWidget | None, folder: str = "") -> str | None:
        title = QCoreApplication.translate("NoteDialogs", "Import notes from a notes file or another case")
        path, _ = QFileDialog.getOpenFileName(parent, title, folder, QCoreApplication.translate("NoteDialogs", NOTES_FILTER))
        return path or None

    @classmethod
    def export_path(cls, parent: QWidget | None, suggested: str) -> str | None:
        title = QCoreApplication.translate("NoteDialogs", "Export notes")
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, QCoreApplication.translate("NoteDialogs", NOTES_JSON_FILTER))
        if path and not path.lower().endswith(".json"):
            path += ".json"
        return path or None

    @classmethod
    def brief_path(cls, parent: QWidget | None, suggested: str, name_filter: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("NoteDialogs", "Export brief"), suggested, name_filter)
        return path or None

    @classmethod
    def info(cls, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.information(parent, title, message)

    @classmethod
    def error(cls, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.critical(parent, title, message)
