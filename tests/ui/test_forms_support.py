"""Helpers for the form tests (no tests here): driving modal dialogs, reading what the views show.

A form opened from a menu runs modally (``exec()`` blocks the caller), so a test schedules what
to do in it *before* triggering the action: ``ModalDriver.on_next(Kind, drive)`` waits on Qt's
event loop for the dialog to show and be active, runs ``drive(dialog)`` inside the dialog's own loop, and
rejects the dialog if ``drive`` fails, so a failing test never hangs; ``check()`` re-raises.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

MAX_ATTEMPTS = 500  # turns of the event loop to wait for a dialog to show
# Completion lists pop up as one types a category or a relationship type; the offscreen platform
# cannot raise them or give them the keyboard, and says so.
POPUPS = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


class ModalDriver:
    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.errors: list[BaseException] = []
        self.driven: list[QDialog] = []
        self.waiting: list[str] = []  # the kinds of dialog expected and not yet shown

    def on_next(self, kind: type[QDialog], drive: Callable[[QDialog], None]) -> None:
        """Run ``drive`` on the next dialog of ``kind`` that is shown modally."""

        def attempt(left: int) -> None:
            if kind.__name__ not in self.waiting:  # check() has been called: stop looking
                return
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind) and dialog.isVisible() and dialog not in self.driven:
                self.driven.append(dialog)
                self.waiting.remove(kind.__name__)
                try:
                    activate(self.qtbot, dialog)
                    drive(dialog)
                except BaseException as failure:  # handed back by check()
                    self.errors.append(failure)
                    dialog.reject()
            elif left:
                QTimer.singleShot(2, lambda: attempt(left - 1))

        self.waiting.append(kind.__name__)
        QTimer.singleShot(0, lambda: attempt(MAX_ATTEMPTS))

    def check(self) -> None:
        """Raise what went wrong in the dialogs; call it once the code that opened them has returned."""
        missing, self.waiting = self.waiting, []
        if self.errors:
            raise self.errors[0]
        if missing:
            raise AssertionError(f"no {', '.join(missing)} was shown")


def activate(qtbot, window: QWidget) -> None:
    """Make a window the active one, as a desktop does when a dialog opens or the one above it closes
    (offscreen, the window that had the keyboard keeps it, and its shortcuts with it)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def replace_text(qtbot, edit: QWidget, text: str) -> None:
    """Select what a line edit holds and type ``text`` over it, as a user would."""
    line = getattr(edit, "line", edit)
    line.setFocus()
    if isinstance(line, QLineEdit):
        line.selectAll()
        qtbot.keyClick(line, Qt.Key.Key_Backspace)
    else:  # a QPlainTextEdit
        line.selectAll()
        qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)


def pick(qtbot, combo: QWidget, text: str) -> None:
    """Choose an item of a drop-down by typing its first word, as a user would (a space opens the list)."""
    combo.setFocus()
    combo.view().keyboardSearch("")  # a new search, as after the pause between two choices a user makes
    qtbot.keyClicks(combo, text.split(" ")[0])
    assert combo.currentText().startswith(text), f"{combo.accessibleName()}: {combo.currentText()!r} is not {text!r}"


def ok(qtbot, dialog) -> None:
    assert dialog.ok_button.isEnabled(), f"OK is disabled: {dialog.problems()}"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def views(window) -> tuple[int, int]:
    """How many events the timeline and the event table show."""
    return len(window.timeline.index), window.event_table.model().rowCount()
