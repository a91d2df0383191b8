"""The questions the maintenance dialogs ask, behind one class so tests can answer them."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from explorer.ui.messages import CASE_FILTER


class MaintenancePrompts:
    """Every modal question of restore and check; tests monkeypatch these classmethods."""

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
        accept = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is accept

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def new_case_path(cls, parent: QWidget | None, title: str, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, CASE_FILTER)
        if path and not path.endswith(".db"):
            path += ".case.db"
        return path or None
