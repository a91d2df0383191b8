"""explorer.ui.error_hook: an error no panel handled is shown in words, once, and the app goes on."""

from __future__ import annotations

import sqlite3
import sys

import pytest

from explorer.core.database import BusyError, CaseFileGoneError
from explorer.ui import error_hook
from explorer.ui.messages import Dialogs


@pytest.fixture
def shown(monkeypatch, qapp) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(Dialogs, "error", classmethod(lambda cls, parent, title, text: said.append((title, text))))
    return said


def _raise(error: BaseException):
    try:
        raise error
    except BaseException as exc:  # (handed on as Qt hands an error to sys.excepthook)
        return type(exc), exc, exc.__traceback__


@pytest.mark.parametrize(("error", "title", "words"), [
    (BusyError("the case file is busy"), "Case file busy", "Nothing was changed"),
    (CaseFileGoneError("gone"), "Case file moved or deleted", "Save a Copy"),
    (sqlite3.OperationalError("disk I/O error"), "Case file error", "disk I/O error"),
    (ValueError("a bug"), "Something went wrong", "ValueError: a bug"),
])
def test_each_kind_of_error_is_said_in_words(shown, capsys, error: BaseException, title: str, words: str) -> None:
    printed: list[type] = []
    hook = error_hook._hook(lambda kind, value, trace: printed.append(kind))
    hook(*_raise(error))
    assert printed == [type(error)]  # the traceback still goes where it went
    assert len(shown) == 1 and shown[0][0] == title and words in shown[0][1]


def test_an_error_while_the_message_is_open_is_only_printed(shown, monkeypatch) -> None:
    hook = error_hook._hook(lambda kind, value, trace: None)

    def error_inside(cls, parent, title, text) -> None:
        shown.append((title, text))
        hook(*_raise(RuntimeError("from a timer while the message is open")))

    monkeypatch.setattr(Dialogs, "error", classmethod(error_inside))
    hook(*_raise(RuntimeError("first")))
    assert len(shown) == 1
    hook(*_raise(RuntimeError("later")))
    assert len(shown) == 2  # the next one, once the first message is closed, is shown again


def test_interrupts_are_not_shown(shown) -> None:
    hook = error_hook._hook(lambda kind, value, trace: None)
    hook(*_raise(KeyboardInterrupt()))
    assert shown == []


def test_install_is_once(monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    error_hook.install()
    installed = sys.excepthook
    error_hook.install()
    assert sys.excepthook is installed and installed is not sys.__excepthook__
