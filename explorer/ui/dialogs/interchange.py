"""File ▸ Import… and File ▸ Export…: the two actions the main window puts in its File menu.

Import asks for a file, recognises its format, asks how to read a generic CSV, runs the import on
a worker thread with a progress bar (Cancel undoes it), then tells the window to reload. Export
asks for a format and a file and writes it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

from explorer.core.casefile import export_case
from explorer.core.interchange.formats import ImportFormat, detect
from explorer.core.interchange.json_reader import ImportFailure
from explorer.core.store import CaseStore
from explorer.ui.dialogs.import_progress import ImportProgressDialog, ImportWorker
from explorer.ui.dialogs.prompts import InterchangeDialogs

_MAX_REMARKS = 8


class InterchangeActions(QObject):
    progress_shown = Signal(object)  # the ImportProgressDialog, once it is on screen
    imported = Signal(object)  # the ImportReport of a finished import

    def __init__(self, parent: QWidget, store_getter: Callable[[], CaseStore], on_imported: Callable[[], None]) -> None:
        super().__init__(parent)
        self.window = parent
        self.store_getter = store_getter
        self.on_imported = on_imported
        self.import_action = QAction("Import…", parent)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.setStatusTip("Add events, entities or relationships from TimelineJS, CSV or case JSON")
        self.import_action.triggered.connect(self.run_import)
        self.export_action = QAction("Export…", parent)
        self.export_action.setObjectName("exportAction")
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.setStatusTip("Write this case as TimelineJS, a sheet, a network for Gephi, or case JSON")
        self.export_action.triggered.connect(self.run_export)

    # --- import -------------------------------------------------------------------------------

    def run_import(self) -> None:
        store = self.store_getter()
        if store.readonly:
            InterchangeDialogs.error(self.window, "Import", f"This case is open read-only ({store.db.readonly_reason}).")
            return
        chosen = InterchangeDialogs.import_path(self.window)
        if not chosen:
            return
        source = Path(chosen)
        try:
            format = detect(source)
        except ImportFailure as exc:
            InterchangeDialogs.error(self.window, "Import", str(exc))
            return
        csv = None
        if format is ImportFormat.CSV:
            try:
                csv = InterchangeDialogs.csv_options(self.window, source)
            except ImportFailure as exc:
                InterchangeDialogs.error(self.window, "Import", str(exc))
                return
            if csv is None:
                return
        dialog = ImportProgressDialog(ImportWorker(source, store, format.value, csv), self.window)
        dialog.show()
        dialog.start()
        self.progress_shown.emit(dialog)
        dialog.exec()
        self._after_import(dialog, source)
        dialog.deleteLater()

    def _after_import(self, dialog: ImportProgressDialog, source: Path) -> None:
        if dialog.was_cancelled:
            InterchangeDialogs.info(self.window, "Import cancelled", f"Nothing from {source.name} was imported; the case is unchanged.")
            return
        if dialog.report is None:
            InterchangeDialogs.error(self.window, "Import failed", f"{dialog.error}\n\nNothing was imported; the case is unchanged.")
            return
        self.on_imported()
        self.imported.emit(dialog.report)
        remarks = dialog.report.remarks[:_MAX_REMARKS]
        more = len(dialog.report.remarks) - len(remarks)
        text = f"{source.name}: {dialog.report.summary()}."
        if remarks:
            text += "\n\n" + "\n".join(remarks) + (f"\n… and {more} more notes" if more else "")
        InterchangeDialogs.info(self.window, "Import finished", text)

    # --- export -------------------------------------------------------------------------------

    def run_export(self) -> None:
        store = self.store_getter()
        name = store.db.path.name.removesuffix(".db").removesuffix(".case") if store.db.path else "case"
        answer = InterchangeDialogs.export_target(self.window, name)
        if answer is None:
            return
        path, format = answer
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            export_case(store, path, format)
        except (OSError, ValueError) as exc:
            message = f"{exc.filename}: {exc.strerror}" if isinstance(exc, OSError) and exc.filename else str(exc)
            InterchangeDialogs.error(self.window, "Export failed", message)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        InterchangeDialogs.info(self.window, "Export finished", f"Wrote {path}.")
