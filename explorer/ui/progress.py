"""Long work with a progress dialog and Cancel, the window drawn all along.

- ``run_with_progress(parent, …, work)``: a work that reports no steps, on a worker thread (a busy bar).
- ``run_in_thread(parent, …, work)``: a work on a worker thread that reports its steps through the
  ``Progress`` it is given (``progress.report(done, total, text)``), which also stops it (raising
  ``Cancelled``) once the user cancelled; the dialog waits until the work has wound down, so what
  it leaves behind is its own to clean up before it returns.
- ``run_steps(parent, …, steps)``: a generator on the GUI thread (work that draws with widgets):
  each ``next()`` is a short chunk yielding ``(done, total, text)``; Cancel closes the generator
  (its ``finally`` cleans up). The generator's return value is returned.

With ``run_in_thread`` and ``run_steps``, before the dialog shows (``SHOW_AFTER_MS``) the window
repaints but takes no input.

``run_with_progress``: the work runs on a worker thread while the window stays drawn; after ``SHOW_AFTER_MS`` a
``QProgressDialog`` (busy, as the work reports no steps) appears with Cancel when the work can be
told to stop (``interrupt``: e.g. set a flag the work checks before it commits its result, and
``sqlite3.Connection.interrupt`` a connection the work alone uses). The work must not touch
widgets. Its result is returned, its exception raised here. Cancel returns at once with
``Cancelled``: the work winds down on its thread, and must leave nothing behind once told to stop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

T = TypeVar("T")
SHOW_AFTER_MS = 500
POLL_MS = 30


Step = tuple[int, int, str | None]  # done, total (0: unknown), what is being done (None: the dialog's label)


class Cancelled(Exception):
    """The user pressed Cancel and the work stopped."""


class Progress:
    """Between a work and its dialog (thread-safe): the work reports how far it is, the dialog stops it."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self.state: Step = (0, 0, None)

    def report(self, done: int, total: int, text: str | None = None) -> None:
        """How far the work is; raises ``Cancelled`` once the user cancelled."""
        self.check()
        self.state = (done, total, text)

    def check(self) -> None:
        """Raise ``Cancelled`` if the user cancelled (call it between pieces of work)."""
        if self._stop.is_set():
            raise Cancelled

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()


def progress_dialog(parent: QWidget | None, title: str, label: str, cancellable: bool = True) -> QProgressDialog:
    """The window-modal progress dialog every long operation shows, after ``SHOW_AFTER_MS``."""
    dialog = QProgressDialog(label, None, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setObjectName("progressDialog")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setMinimumWidth(420)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("Progress", "Cancel"))
    return dialog


def _show_state(dialog: QProgressDialog, label: str, state: Step) -> None:
    done, total, text = state
    if dialog.maximum() != max(0, total):
        dialog.setRange(0, max(0, total))
    if total > 0 and dialog.value() != min(done, total):
        dialog.setValue(min(done, total))
    wanted = f"{label}\n{text}" if text else label
    if dialog.labelText() != wanted:
        dialog.setLabelText(wanted)


def _turn(dialog: QProgressDialog) -> None:
    """Let the window repaint; its input only once the modal dialog is up to block it."""
    flags = QEventLoop.ProcessEventsFlag.AllEvents
    if not dialog.isVisible():
        flags |= QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
    QApplication.processEvents(flags)


def _cancel_handler(dialog: QProgressDialog, progress: Progress, interrupt: Callable[[], None] | None = None) -> Callable[[], None]:
    def cancel() -> None:
        if not progress.stopped:
            progress.stop()
            dialog.setLabelText(QCoreApplication.translate("Progress", "Cancelling…"))
            if interrupt is not None:
                interrupt()
    return cancel


class _WorkThread(QThread):
    """A QThread, not a Python thread: Qt objects made by the work (a QTextDocument) find an event
    dispatcher for their timers there."""

    def __init__(self, target: Callable[[], None]) -> None:
        super().__init__()
        self.target = target

    def run(self) -> None:
        self.target()


def run_in_thread(
    parent: QWidget | None, title: str, label: str, work: Callable[[Progress], T], interrupt: Callable[[], None] | None = None
) -> T:
    """``work(progress)`` on a worker thread (it must not touch widgets); its result, or its
    exception raised here (``Cancelled`` when the user cancelled it). Returns only once it ended.
    ``interrupt`` is called on Cancel too (e.g. ``interrupt`` the connection the work alone uses):
    any error the work ends with after it counts as cancelled."""
    progress = Progress()
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["result"] = work(progress)
        except BaseException as exc:  # handed to the GUI thread, raised there
            outcome["error"] = exc

    dialog = progress_dialog(parent, title, label)
    cancel = _cancel_handler(dialog, progress, interrupt)
    dialog.canceled.connect(cancel)
    dialog.setValue(0)
    thread = _WorkThread(target)
    thread.start()
    try:
        while not thread.wait(POLL_MS):
            if dialog.wasCanceled():  # Esc or closing the dialog cancels too
                cancel()
            if not progress.stopped:
                _show_state(dialog, label, progress.state)
            _turn(dialog)
    finally:
        dialog.canceled.disconnect(cancel)
        dialog.close()
        dialog.deleteLater()
    if "error" in outcome:
        error = outcome["error"]
        if progress.stopped and (isinstance(error, Cancelled) or interrupt is not None):
            raise Cancelled(title) from None
        raise error  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]


def run_steps(parent: QWidget | None, title: str, label: str, steps: Generator[Step, None, T]) -> T:
    """Pump ``steps`` on the GUI thread, one short chunk at a time, the dialog showing each
    ``(done, total, text)`` it yields; its return value, or ``Cancelled`` (the generator closed)."""
    progress = Progress()
    dialog = progress_dialog(parent, title, label)
    cancel = _cancel_handler(dialog, progress)
    dialog.canceled.connect(cancel)
    dialog.setValue(0)
    try:
        while True:
            if dialog.wasCanceled():
                cancel()
            if progress.stopped:
                steps.close()  # runs the generator's cleanup
                raise Cancelled(title)
            try:
                state = next(steps)
            except StopIteration as finished:
                return finished.value  # type: ignore[no-any-return]
            _show_state(dialog, label, state)
            _turn(dialog)
    finally:
        dialog.canceled.disconnect(cancel)
        dialog.close()
        dialog.deleteLater()


def run_with_progress(
    parent: QWidget | None, title: str, label: str, work: Callable[[], T], interrupt: Callable[[], None] | None = None
) -> T:
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # handed to the GUI thread, raised there
            outcome["error"] = exc

    dialog = progress_dialog(parent, title, label, cancellable=interrupt is not None)
    cancelled = threading.Event()

    def cancel() -> None:
        if interrupt is not None and not cancelled.is_set():
            cancelled.set()
            dialog.setLabelText(QCoreApplication.translate("Progress", "Cancelling…"))
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
