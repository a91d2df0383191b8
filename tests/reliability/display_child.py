"""Show hostile cases in the real main window, offscreen, in a process of its own.

    python -m tests.reliability.display_child OUT.jsonl CASE [CASE…]

For each case: open it in the window, select every event (timeline, table, detail pane), read
every cell and tooltip of the event table, search, render the whole window, and append one JSON
line to OUT: how long it took, the peak memory so far, what the detail pane showed for the
first event, and any Qt warnings. A crash or a hang shows as a missing line (the parent runs
this under a timeout), so one bad case cannot take the test runner down with it.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from explorer.core.casefile import open_case
from explorer.ui.main_window import MainWindow
from explorer.ui.settings import use_data_folder

IGNORED = ("propagateSizeHints",)
warnings: list[str] = []


def _on_message(kind: QtMsgType, _context: object, message: str) -> None:
    if kind != QtMsgType.QtDebugMsg and not any(part in message for part in IGNORED):
        warnings.append(message)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def show(app: QApplication, window: MainWindow) -> dict:
    store = window.store
    uids = [event.uid for event in store.iter_events()]
    first_detail = ""
    for uid in uids:
        window.select_event(uid)
        app.processEvents()
        if not first_detail:
            first_detail = window.detail.text()[:2000]
    model = window.event_table.model()
    cells = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                model.data(model.index(row, column), role)
                cells += 1
        app.processEvents()
    window.search.search_edit.setText("Meta")
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)
    window.timeline.zoom_to_fit()
    image = window.grab()
    app.processEvents()
    return {"events": len(uids), "cells": cells, "first_detail": first_detail, "rendered": not image.isNull()}


def main(out: Path, cases: list[Path]) -> None:
    qInstallMessageHandler(_on_message)
    app = QApplication(sys.argv[:1])
    use_data_folder()
    MainWindow.remember_layout = False
    window: MainWindow | None = None
    for case in cases:
        started = time.monotonic()
        warnings.clear()
        if window is None:
            window = MainWindow(open_case(case))
            window.resize(1400, 860)
            window.show()
        else:
            assert window.open_case_file(case), f"{case} did not open"
        app.processEvents()
        opened = time.monotonic() - started
        result = show(app, window)
        result.update(case=str(case), opened_s=round(opened, 3), total_s=round(time.monotonic() - started, 3),
                      peak_mb=round(peak_mb(), 1), warnings=list(warnings))
        with out.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(result) + "\n")
    if window is not None:
        window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), [Path(arg) for arg in sys.argv[2:]])
