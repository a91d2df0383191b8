"""Long work off the GUI thread with a progress dialog: ``run_with_progress(parent, …, work)``.

The work runs on a worker thread while the window stays drawn; after ``SHOW_AFTER_MS`` a
``QProgressDialog`` (busy, as the work reports no steps) appears with Cancel when the work can be
told to stop (``interrupt``: e.g. set a flag the work checks before it commits its result, and
``sqlite3.Connection.interrupt`` a connection the work alone uses). The work must not touch
widgets. Its result is returned, its exception raised here. Cancel returns at once with
``Cancelled``: the work winds down on its thread, and must leave nothing behind once told to stop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
SHOW_AFTER_MS = 500
POLL_MS = 30


class Cancelled(Exception):
    """The user pressed Cancel and the work stopped."""


def run_with_progress(
    parent: QWidget | None, title: str, label: str, work: Callable[[], T], interrupt: Callable[[], None] | None = None
) -> T:
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # handed to the GUI thread, raised there
            outcome["error"] = exc

    dialog = QProgressDialog(label, None, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setObjectName("progressDialog")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if interrupt is not None:
        dialog.setCancelButtonText(dialog.tr("Cancel"))
    cancelled = threading.Event()

    def cancel() -> None:
        if interrupt is not None and not cancelled.is_set():
            cancelled.set()
            dialog.setLabelText(dialog.tr("Cancelling…"))
            interrupt()

    dialog.canceled.connect(cancel)
    dialog.setValue(0)
    thread = threading.Thread(target=target, name=f"progress: {title}", daemon=True)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)

    def poll() -> None:
        if dialog.wasCanceled():  # Esc or closing the dialog cancels too
            cancel()
        if cancelled.is_set() or not thread.is_alive():
            loop.quit()

    timer.timeout.connect(poll)
    thread.start()
    timer.start()
    loop.exec()
    timer.stop()
    dialog.canceled.disconnect(cancel)
    dialog.close()
    dialog.deleteLater()
    if cancelled.is_set() and thread.is_alive():
        raise Cancelled(title)  # the work winds down on its own (``interrupt`` told it to) and is not awaited
    if "error" in outcome:
        if cancelled.is_set():  # stopped by the interrupt (a work that finished first keeps its result)
            raise Cancelled(title) from outcome["error"]  # type: ignore[misc]
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]
