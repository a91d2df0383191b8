"""Every question the import and export actions ask, behind one class so tests can replace them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from explorer.core.interchange.csv_mapping import CsvOptions
from explorer.core.interchange.formats import ExportFormat

IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "InterchangeDialogs",
    "Timelines and tables (*.json *.jsonp *.csv *.tsv *.txt);;TimelineJS or case JSON (*.json *.jsonp);;CSV (*.csv *.tsv *.txt);;"
    "All files (*)",
)


class InterchangeDialogs:
    """Modal questions and messages of File ▸ Import and File ▸ Export; tests monkeypatch these classmethods."""

    @classmethod
    def import_path(cls, parent: QWidget | None, folder: str = "") -> str | None:
        title = QCoreApplication.translate("InterchangeDialogs", "Import into this case")
        path, _ = QFileDialog.getOpenFileName(parent, title, folder, QCoreApplication.translate("InterchangeDialogs", IMPORT_FILTER))
        return path or None

    @classmethod
    def csv_options(cls, parent: QWidget | None, path: Path) -> CsvOptions | None:
        from explorer.ui.dialogs.csv_import_dialog import CsvImportDialog

        dialog = CsvImportDialog(path, parent)
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def export_target(cls, parent: QWidget | None, case_name: str, folder: Path | None = None) -> tuple[Path, ExportFormat] | None:
        from explorer.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(case_name, parent, folder)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def error(cls, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.critical(parent, title, message)

    @classmethod
    def info(cls, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.information(parent, title, message)

    @classmethod
    def finished(cls, parent: QWidget | None, title: str, message: str, written: Path) -> None:
        """An export is done: the message, with Open Folder (as Export Slides says it)."""
        from explorer.ui.messages import Dialogs

        Dialogs.finished(parent, title, message, written)
