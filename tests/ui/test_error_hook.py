"""explorer.ui.error_hook: an error no panel handled is shown in words, later, once, and only from
the GUI thread; the app goes on."""

from __future__ import annotations

import sqlite3
import sys
import threading

import pytest
from PySide6.QtWidgets import QApplication

from explorer.core.database import BusyError, CaseFileGoneError
from explorer.ui import error_hook
from explorer.ui.messages import Dialogs


@pytest.fixture
def shown(monkeypatch, qapp) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(Dialogs, "error", classmethod(lambda cls, parent, title, text: said.append((title, text))))
    monkeypatch.setattr(error_hook, "show", error_hook.SHOW)  # the real one (tests/conftest.py keeps it quiet)
    monkeypatch.setattr(error_hook, "_said", set())
    return said


def _raise(error: BaseException):
    try:
        raise error
    except BaseException as exc:  # (handed on as Qt hands an error to sys.excepthook)
        return type(exc), exc, exc.__traceback__


def _hook():
    return error_hook._hook(lambda kind, value, trace: None)


@pytest.mark.parametrize(("error", "title", "words"), [
    (BusyError("the case file is busy"), "Case file busy", "Nothing was changed"),
    (CaseFileGoneError("gone"), "Case file moved or deleted", "Save a Copy"),
    (sqlite3.OperationalError("disk I/O error"), "Case file error", "disk I/O error"),
    (ValueError("a bug"), "Something went wrong", "ValueError: a bug"),
])
def test_each_kind_of_error_is_said_in_words_from_the_event_loop(shown, qtbot, error: BaseException, title: str,
                                                                  words: str) -> None:
    printed: list[type] = []
    hook = error_hook._hook(lambda kind, value, trace: printed.append(kind))
    hook(*_raise(error))
    assert printed == [type(error)]  # the traceback still goes where it went
    assert shown == []  # not inside the code that failed
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0][0] == title and words in shown[0][1]


def test_the_same_error_is_shown_once(shown, qtbot) -> None:
    hook = _hook()
    for _ in range(3):  # a paint or a timer failing again and again
        hook(*_raise(RuntimeError("the same")))
    hook(*_raise(RuntimeError("another")))
    qtbot.wait(20)
    assert [text for _title, text in shown] == [error_hook.describe(RuntimeError("the same"))[1],
                                               error_hook.describe(RuntimeError("another"))[1]]


def test_an_error_while_a_message_is_open_is_only_printed(shown, qtbot, monkeypatch) -> None:
    hook = _hook()

    def error_inside(cls, parent, title, text) -> None:
        shown.append((title, text))
        hook(*_raise(RuntimeError("from a timer while the message is open")))
        QApplication.processEvents()  # a modal message runs the event loop

    monkeypatch.setattr(Dialogs, "error", classmethod(error_inside))
    hook(*_raise(RuntimeError("first")))
    qtbot.wait(20)
    assert len(shown) == 1


def test_a_worker_threads_error_is_only_printed(shown, qtbot) -> None:
    printed: list[type] = []
    hook = error_hook._hook(lambda kind, value, trace: printed.append(kind))
    worker = threading.Thread(target=lambda: hook(*_raise(RuntimeError("in a worker"))))
    worker.start()
    worker.join()
    qtbot.wait(20)
    assert printed == [RuntimeError] and shown == []


def test_interrupts_are_not_shown(shown, qtbot) -> None:
    _hook()(*_raise(KeyboardInterrupt()))
    qtbot.wait(20)
    assert shown == []


def test_install_is_once(monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    error_hook.install()
    installed = sys.excepthook
    error_hook.install()
    assert sys.excepthook is installed and installed is not sys.__excepthook__
