"""The file choices and messages of notes import/export and the brief, behind one mockable class."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

NOTES_FILTER = "Notes or case files (*.json *.case.db *.db);;Notes JSON (*.json);;Case files (*.case.db *.db);;All files (*)"
NOTES_JSON_FILTER = "Notes JSON (*.json)"


class NoteDialogs:
    """Every modal question of the notes features; tests monkeypatch these classmethods."""

    @classmethod
    def import_path(cls, parent: QWidget | None, folder: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, "Import notes from a notes file or another case", folder, NOTES_FILTER)
        return path or None

    @classmethod
    def export_path(cls, parent: QWidget | None, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, "Export notes", suggested, NOTES_JSON_FILTER)
        if path and not path.lower().endswith(".json"):
            path += ".json"
        return path or None

    @classmethod
    def brief_path(cls, parent: QWidget | None, suggested: str, name_filter: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, "Export brief", suggested, name_filter)
        return path or None

    @classmethod
    def info(cls, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.information(parent, title, message)

    @classmethod
    def error(cls, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.critical(parent, title, message)
