"""Run an import on a worker thread with a progress bar and a Cancel button that rolls it back.

The worker opens the case by its path (its own connection); a case held in memory is written
through the store itself, which the window leaves alone while the modal dialog is up.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from explorer.core.casefile import import_into
from explorer.core.database import BusyError, CaseFileError, ReadOnlyError
from explorer.core.interchange.bulk_events import ImportCancelled
from explorer.core.interchange.csv_mapping import CsvOptions
from explorer.core.interchange.formats import open_import
from explorer.core.interchange.json_reader import ImportFailure
from explorer.core.interchange.merge import ImportReport
from explorer.core.store import CaseStore, RecordError

_STEPS = 1000


class ImportWorker(QObject):
    progressed = Signal(int)  # per mille
    succeeded = Signal(object)  # the ImportReport
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, source: Path, store: CaseStore, format: str | None, csv: CsvOptions | None) -> None:
        super().__init__()
        self.source, self.store, self.format, self.csv = source, store, format, csv
        self.stop = threading.Event()
        self._shown = -1

    def _progress(self, done: int, total: int) -> None:
        step = _STEPS * done // max(1, total)
        if step != self._shown:
            self._shown = step
            self.progressed.emit(step)

    @Slot()
    def run(self) -> None:
        try:
            if self.store.db.path is not None:
                report = import_into(self.source, self.store.db.path, self.format, self._progress, self.csv, self.stop.is_set)
            else:
                report = open_import(self.source, self.format, self.csv).write(self.store, self._progress, self.stop.is_set)
        except ImportCancelled:
            self.cancelled.emit()
        except (ImportFailure, CaseFileError, ReadOnlyError, BusyError, RecordError, ValueError) as exc:
            self.failed.emit(str(exc))
        except OSError as exc:
            self.failed.emit(f"{exc.filename or self.source}: {exc.strerror or exc}")
        except Exception as exc:  # a worker must always answer, or the dialog would wait for ever
            self.failed.emit(f"the import stopped unexpectedly ({type(exc).__name__}: {exc}); the case is unchanged")
        else:
            self.succeeded.emit(report)


class ImportProgressDialog(QDialog):
    """Shows the import's progress; Cancel asks the worker to stop, and the dialog waits until it has."""

    def __init__(self, worker: ImportWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProgressDialog")
        self.setWindowTitle(self.tr("Importing"))
        self.setModal(True)
        self.worker = worker
        self.report: ImportReport | None = None
        self.error: str | None = None
        self.was_cancelled = False
        self.label = QLabel(self.tr("Importing %1…").replace("%1", worker.source.name), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, _STEPS)
        self.bar.setTextVisible(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.resize(460, 140)
        self.thread_ = QThread(self)
        worker.moveToThread(self.thread_)
        self.thread_.started.connect(worker.run)
        worker.progressed.connect(self.bar.setValue)
        worker.succeeded.connect(self._on_succeeded)
        worker.failed.connect(self._on_failed)
        worker.cancelled.connect(self._on_cancelled)

    def start(self) -> None:
        self.thread_.start()

    def cancel(self) -> None:
        """Ask the worker to stop; it rolls the import back, then the dialog closes."""
        self.worker.stop.set()
        self.label.setText(self.tr("Cancelling: undoing the import…"))
        self.buttons.setEnabled(False)

    def reject(self) -> None:  # Escape and the window's close button cancel too, but never leave a worker behind
        self.cancel()

    def _finish(self) -> None:
        self.thread_.quit()
        self.thread_.wait()
        self.done(QDialog.DialogCode.Accepted if self.report is not None else QDialog.DialogCode.Rejected)

    def _on_succeeded(self, report: ImportReport) -> None:
        self.report = report
        self.bar.setValue(_STEPS)
        self._finish()

    def _on_failed(self, message: str) -> None:
        self.error = message
        self._finish()

    def _on_cancelled(self) -> None:
        self.was_cancelled = True
        self._finish()
