"""Long work with a progress dialog and Cancel (explorer.ui.progress), and File ▸ Export using it."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from explorer.core.casefile import new_case, open_case
from explorer.core.generate import generate_case
from explorer.core.interchange.formats import ExportFormat
from explorer.ui.progress import SHOW_AFTER_MS, Cancelled, run_with_progress


def _progress_dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_quick_work_shows_no_dialog(qtbot):
    seen = []
    QTimer.singleShot(50, lambda: seen.append(_progress_dialogs()))
    assert run_with_progress(None, "Quick", "…", lambda: (time.sleep(0.15), 42)[1]) == 42
    assert seen == [[]]


def test_errors_come_back_to_the_caller(qtbot):
    def fail() -> None:
        raise ValueError("broken")

    with pytest.raises(ValueError, match="broken"):
        run_with_progress(None, "Fails", "…", fail)


def test_slow_work_shows_a_dialog_and_cancel_interrupts_it(qtbot):
    stop = threading.Event()

    def work() -> str:
        if stop.wait(20):
            raise InterruptedError("interrupted")
        return "finished"

    shown: list[QProgressDialog] = []

    def press_cancel() -> None:
        dialogs = _progress_dialogs()
        shown.extend(dialogs)
        dialogs[0].findChild(QPushButton).click()

    QTimer.singleShot(SHOW_AFTER_MS + 400, press_cancel)
    started = time.monotonic()
    with pytest.raises(Cancelled):
        run_with_progress(None, "Slow", "Working…", work, interrupt=stop.set)
    assert len(shown) == 1 and shown[0].labelText() in ("Working…", "Cancelling…")
    assert time.monotonic() - started < 10


def test_export_of_a_big_case_can_be_cancelled(main_window, qtbot, tmp_path: Path, monkeypatch):
    from explorer.ui.dialogs import interchange as interchange_module
    from explorer.ui.dialogs.prompts import InterchangeDialogs

    big = tmp_path / "big.case.db"
    new_case(big)
    store = open_case(big)
    generate_case(store, 40_000)
    store.close()
    assert main_window.open_case_file(big)
    out = tmp_path / "big.json"
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(InterchangeDialogs, "export_target", classmethod(lambda cls, parent, name, folder=None: (out, ExportFormat.NATIVE)))
    monkeypatch.setattr(InterchangeDialogs, "info", classmethod(lambda cls, parent, title, text: messages.append((title, text))))
    monkeypatch.setattr(InterchangeDialogs, "error", classmethod(lambda cls, parent, title, text: messages.append((title, text))))
    monkeypatch.setattr(InterchangeDialogs, "finished",
                        classmethod(lambda cls, parent, title, text, written: messages.append((title, text))))
    seen: list[bool] = []
    pressed = threading.Event()
    real_export = interchange_module.export_case

    calls: list[int] = []

    def export_after_the_press(*args: object, **kwargs: object) -> None:
        calls.append(1)
        if len(calls) == 1:  # the export to cancel: still writing when Cancel is pressed, however fast the machine
            pressed.wait(30)
            raise sqlite3.OperationalError("interrupted")  # what SQLite says to the export Cancel interrupts
        real_export(*args, **kwargs)

    monkeypatch.setattr(interchange_module, "export_case", export_after_the_press)
    real_stop = interchange_module._ExportJob.stop

    def stop_then_release(job: object) -> None:  # the export goes on only once Cancel has stopped its job
        real_stop(job)
        pressed.set()

    monkeypatch.setattr(interchange_module._ExportJob, "stop", stop_then_release)

    def press_cancel() -> None:
        dialogs = _progress_dialogs()
        seen.append(bool(dialogs))
        if dialogs:
            qtbot.keyClick(dialogs[0], Qt.Key.Key_Escape)

    QTimer.singleShot(SHOW_AFTER_MS + 300, press_cancel)
    main_window.interchange.run_export()
    assert seen == [True], "no progress dialog while exporting 40,000 events"
    assert messages and messages[-1][0] == "Export cancelled", messages
    assert not out.exists()
    qtbot.waitUntil(lambda: not list(tmp_path.glob(".*big.json*")), timeout=60_000)  # the stopped export cleans up
    assert not out.exists()
    messages.clear()
    main_window.interchange.run_export()  # and without Cancel it completes
    assert messages[-1][0] == "Export finished" and out.stat().st_size > 1_000_000
