"""The last resort for an error no panel handled: the user is told in words, the app goes on.

Qt calls Python code for every click, key, paint and timer; an exception there would otherwise
only print a traceback to a terminal the user never sees, and what they did would seem to do
nothing. ``install()`` (run by the app at start) keeps that traceback on stderr and also shows a
message: the case file being busy or gone is said plainly (nothing was changed), anything else
names the error and says the app goes on.

The message is shown from the event loop a moment later (``QTimer.singleShot``), never inside
the code that failed (a paint, a slot with a dialog of its own), and only for errors on the GUI
thread (a worker's error is only printed). Each error (its type and words) is shown once per
session and one message at a time, so a failing paint or timer cannot bring dialog after dialog.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtWidgets import QApplication

from explorer.core.database import BusyError, CaseFileGoneError
from explorer.ui.messages import Dialogs

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
_said: set[tuple[str, str]] = set()  # the errors shown this session (type name, words)
_showing: list[bool] = []


def install() -> None:
    """Show unhandled errors to the user as well as on stderr (once; later calls do nothing)."""
    if getattr(sys.excepthook, "shows_errors", False):
        return
    sys.excepthook = _hook(sys.excepthook)


def _hook(previous: Hook) -> Hook:
    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        previous(kind, error, trace)  # the traceback, for a bug report
        app = QApplication.instance()
        if issubclass(kind, (KeyboardInterrupt, SystemExit)) or app is None or QThread.currentThread() is not app.thread():
            return
        said = (kind.__name__, str(error))
        if said not in _said:
            _said.add(said)
            QTimer.singleShot(0, lambda: show(error))

    hook.shows_errors = True  # type: ignore[attr-defined]
    return hook


def show(error: BaseException) -> None:
    """The message for ``error``, unless one is open already (the error was printed all the same)."""
    if _showing:
        return
    _showing.append(True)
    try:
        Dialogs.error(QApplication.activeWindow(), *describe(error))
    finally:
        _showing.clear()


SHOW = show  # (tests replace ``show`` for the whole session and put this back where they test it)


def describe(error: BaseException) -> tuple[str, str]:
    """The title and the message shown for an error no panel handled."""
    if isinstance(error, BusyError):
        title = QCoreApplication.translate("errors", "Case file busy")
        text = QCoreApplication.translate(
            "errors", "Another program is writing to the case file, so it could not be read or changed just now. "
                      "Nothing was changed; try again in a moment.")
    elif isinstance(error, CaseFileGoneError):
        title = QCoreApplication.translate("errors", "Case file moved or deleted")
        text = QCoreApplication.translate(
            "errors", "The case file was moved or deleted while it was open, so nothing more can be saved to it. "
                      "Use File ▸ Save a Copy… to keep the case as it is open now.")
    elif isinstance(error, sqlite3.Error):
        title = QCoreApplication.translate("errors", "Case file error")
        text = QCoreApplication.translate(
            "errors", "The case file could not be read or written: %1\n\nThe app goes on; what you did last may not "
                      "have been saved.").replace("%1", str(error) or type(error).__name__)
    else:
        title = QCoreApplication.translate("errors", "Something went wrong")
        text = QCoreApplication.translate(
            "errors", "An unexpected error occurred (%1: %2). The app goes on; the details were written to the "
                      "terminal, for a bug report.").replace("%1", type(error).__name__).replace("%2", str(error))
    return title, text
