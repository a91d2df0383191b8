"""Message boxes the app shows, behind one class so tests can replace them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
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
    def finished(cls, parent: QWidget | None, title: str, message: str, written: Path) -> None:
        """An export is done: ``message`` names what was written, Open Folder shows where it went."""
        finished_box(parent, title, message, written).exec()

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


def finished_box(parent: QWidget | None, title: str, message: str, written: Path) -> QMessageBox:
    """The message box of ``Dialogs.finished``, not yet shown: OK, and Open Folder, which opens the
    folder ``written`` is in (``written`` itself when it is a folder, as PNG slides are)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, message, parent=parent)
    box.setObjectName("finishedBox")
    show = box.addButton(QCoreApplication.translate("Dialogs", "Open Folder"), QMessageBox.ButtonRole.ActionRole)
    show.setObjectName("openFolderButton")
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Ok))
    target = Path(written)
    show.clicked.connect(lambda: open_folder(target if target.is_dir() else target.parent))
    return box


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the desktop's file manager; False if that could not be started."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
