"""File ▸ Import… and File ▸ Export…: the two actions the main window puts in its File menu.

Import asks for a file, recognises its format, asks how to read a generic CSV, runs the import on
a worker thread with a progress bar (Cancel undoes it), then tells the window to reload. Export
asks for a format and a file, writes it, and says what the format left out of the case.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from explorer.core.casefile import export_case, open_case
from explorer.core.database import CaseFileError
from explorer.core.store import CaseStore
from explorer.ui.progress import Cancelled, run_with_progress
from explorer.ui.settings import files_folder, remember_files_folder

if TYPE_CHECKING:
    from explorer.ui.dialogs.import_progress import ImportProgressDialog

# The readers, writers and dialogs of the formats are imported when the user imports or exports,
# not when the window starts (they are a tenth of a second of start-up a case does not need).

_MAX_REMARKS = 8


class InterchangeActions(QObject):
    progress_shown = Signal(object)  # the ImportProgressDialog, once it is on screen
    imported = Signal(object)  # the ImportReport of a finished import

    def __init__(self, parent: QWidget, store_getter: Callable[[], CaseStore], on_imported: Callable[[], None]) -> None:
        super().__init__(parent)
        self.window = parent
        self.store_getter = store_getter
        self.on_imported = on_imported
        self.import_action = QAction(self.tr("Import…"), parent)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.setStatusTip(self.tr("Add events, entities or relationships from TimelineJS, CSV or case JSON"))
        self.import_action.triggered.connect(self.run_import)
        self.export_action = QAction(self.tr("Export…"), parent)
        self.export_action.setObjectName("exportAction")
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.setStatusTip(self.tr("Write this case as TimelineJS, a sheet, a network for Gephi, or case JSON"))
        self.export_action.triggered.connect(self.run_export)

    # --- import -------------------------------------------------------------------------------

    def run_import(self) -> None:
        from explorer.core.interchange.formats import ImportFormat, detect
        from explorer.core.interchange.json_reader import ImportFailure
        from explorer.ui.dialogs.import_progress import ImportProgressDialog, ImportWorker
        from explorer.ui.dialogs.prompts import InterchangeDialogs

        store = self.store_getter()
        if store.readonly:
            InterchangeDialogs.error(self.window, self.tr("Import"),
                                     self.tr("This case is open read-only (%1).").replace("%1", str(store.db.readonly_reason)))
            return
        chosen = InterchangeDialogs.import_path(self.window, str(files_folder(store.db.path)))
        if not chosen:
            return
        source = Path(chosen)
        remember_files_folder(source)
        try:
            format = detect(source)
        except ImportFailure as exc:
            InterchangeDialogs.error(self.window, self.tr("Import"), str(exc))
            return
        csv = None
        if format is ImportFormat.CSV:
            try:
                csv = InterchangeDialogs.csv_options(self.window, source)
            except ImportFailure as exc:
                InterchangeDialogs.error(self.window, self.tr("Import"), str(exc))
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
        from explorer.ui.dialogs.prompts import InterchangeDialogs

        if dialog.was_cancelled:
            InterchangeDialogs.info(self.window, self.tr("Import cancelled"),
                                    self.tr("Nothing from %1 was imported; the case is unchanged.").replace("%1", source.name))
            return
        if dialog.report is None:
            InterchangeDialogs.error(self.window, self.tr("Import failed"),
                                     f"{dialog.error}\n\n" + self.tr("Nothing was imported; the case is unchanged."))
            return
        self.on_imported()
        self.imported.emit(dialog.report)
        remarks = dialog.report.remarks[:_MAX_REMARKS]
        more = len(dialog.report.remarks) - len(remarks)
        text = f"{source.name}: {dialog.report.summary()}."
        if remarks:
            text += "\n\n" + "\n".join(remarks) + (f"\n… and {more} more notes" if more else "")
        InterchangeDialogs.info(self.window, self.tr("Import finished"), text)

    # --- export -------------------------------------------------------------------------------

    def run_export(self) -> None:
        from explorer.ui.dialogs.prompts import InterchangeDialogs

        store = self.store_getter()
        name = store.db.path.name.removesuffix(".db").removesuffix(".case") if store.db.path else "case"
        answer = InterchangeDialogs.export_target(self.window, name, files_folder(store.db.path))  # by the case, or the last one used
        if answer is None:
            return
        path, format = answer
        remember_files_folder(Path(path))
        # A case file is exported through its own read-only connection on a worker thread, into a
        # file of its own that takes the chosen name only if not cancelled; a case held in memory
        # is exported through the window's store, without Cancel.
        if store.db.path is not None and Path(path).resolve() == store.db.path.resolve():
            refusal = self.tr("%1: refusing to overwrite the case file itself").replace("%1", str(path))
            InterchangeDialogs.error(self.window, self.tr("Export failed"), refusal)
            return
        try:
            reader = open_case(store.db.path, readonly=True) if store.db.path is not None else None
        except CaseFileError:
            reader = None
        job = _ExportJob(reader or store, Path(path), format, owned=reader is not None)
        try:
            run_with_progress(self.window, self.tr("Export"), self.tr("Writing %1…").replace("%1", Path(path).name), job.run,
                              job.stop if reader else None)
        except Cancelled:
            InterchangeDialogs.info(self.window, self.tr("Export cancelled"),
                                    self.tr("Nothing was written to %1.").replace("%1", str(path)))
            return
        except (OSError, ValueError, sqlite3.Error) as exc:
            message = f"{exc.filename}: {exc.strerror}" if isinstance(exc, OSError) and exc.filename else str(exc)
            InterchangeDialogs.error(self.window, self.tr("Export failed"), message.replace(job.partial.name, Path(path).name))
            return
        from explorer.ui.dialogs.export_losses import left_out_text

        text = self.tr("Wrote %1.").replace("%1", str(path))
        if losses := left_out_text(job.left_out):
            text += "\n\n" + losses
        InterchangeDialogs.finished(self.window, self.tr("Export finished"), text, Path(path))


class _ExportJob:
    """One export on a worker thread: written beside the target, renamed to it unless stopped."""

    def __init__(self, store: CaseStore, out: Path, format: str, owned: bool) -> None:
        self.store, self.out, self.format, self.owned = store, out, format, owned
        self.partial = out.with_name(f".{out.name}.export-{os.getpid()}-{threading.get_ident()}")
        self.stopped = threading.Event()
        self.left_out: dict[str, int] = {}  # what of the case the format had no place for (export_losses)

    def run(self) -> None:
        from explorer.ui.dialogs.export_losses import left_out

        try:
            export_case(self.store, self.partial, self.format)
            self.left_out = left_out(self.store, self.format)
            if not self.stopped.is_set():
                os.replace(self.partial, self.out)
        finally:
            self.partial.unlink(missing_ok=True)
            if self.owned:
                self.store.close()

    def stop(self) -> None:
        self.stopped.set()
        self.store.db.conn.interrupt()
