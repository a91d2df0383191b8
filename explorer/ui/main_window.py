"""The main window: the open case's events in a table, the selected event's detail in a dock.

Later panels (timeline, relationships, notes, search) arrive as docks around the centre.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from explorer import __version__
from explorer.core.casefile import open_case
from explorer.core.database import CaseFileError
from explorer.core.store import CaseStore
from explorer.ui.event_detail import EventDetailPane
from explorer.ui.event_table import EventTable
from explorer.ui.messages import Dialogs

APP_TITLE = "Case Explorer"


class MainWindow(QMainWindow):
    case_opened = Signal(str)
    OPEN_BUSY_TIMEOUT_S = 5.0  # how long to wait for another program's write lock when opening

    def __init__(self, store: CaseStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.store = store
        self.event_table = EventTable(store, self)
        self.detail = EventDetailPane(store, self)
        self.detail_dock = QDockWidget("Event detail", self)
        self.detail_dock.setObjectName("detailDock")
        self.detail_dock.setWidget(self.detail)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.detail_dock)
        self.setCentralWidget(self.event_table)
        self.status_case = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_case)
        self.event_table.event_selected.connect(self.detail.show_event)
        self._build_menus()
        self._show_case_state()
        self.resize(1400, 860)
        self.resizeDocks([self.detail_dock], [460], Qt.Orientation.Horizontal)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = QAction("&Open…", self, shortcut=QKeySequence.StandardKey.Open, triggered=self.choose_case)
        self.quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.detail_dock.toggleViewAction())
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(QAction("&About Case Explorer", self, triggered=self._about))

    def _show_case_state(self) -> None:
        readonly = self.store.db.readonly_reason
        suffix = " [read-only]" if readonly else ""
        self.setWindowTitle(f"{self.store.title}{suffix} — {APP_TITLE}")
        count = self.store.event_count()
        status = f"{self.store.title} · {count:,} event{'s' if count != 1 else ''}"
        if readonly:
            status += f" · read-only: {readonly}"
        self.status_case.setText(status)

    def choose_case(self) -> None:
        folder = str(self.store.db.path.parent) if self.store.db.path else ""
        path = Dialogs.open_case_path(self, folder)
        if path:
            self.open_case_file(path)

    def open_case_file(self, path: str | Path) -> bool:
        """Open another case in this window; on failure say why and keep the current case."""
        try:
            store = open_case(path, busy_timeout=self.OPEN_BUSY_TIMEOUT_S)
        except CaseFileError as exc:
            Dialogs.error(self, "Cannot open case", f"The case could not be opened.\n\n{exc}")
            return False
        self._replace_store(store)
        QSettings().setValue("lastCase", str(Path(path).resolve()))
        self.case_opened.emit(str(path))
        return True

    def _replace_store(self, store: CaseStore) -> None:
        old = self.store
        self.store = store
        self.event_table.deleteLater()
        self.detail_dock.widget().deleteLater()
        self.event_table = EventTable(store, self)
        self.detail = EventDetailPane(store, self)
        self.detail_dock.setWidget(self.detail)
        self.setCentralWidget(self.event_table)
        self.event_table.event_selected.connect(self.detail.show_event)
        self._show_case_state()
        old.close()

    def _about(self) -> None:
        path = self.store.db.path or "(in memory)"
        Dialogs.about(self, "About Case Explorer", f"Case Explorer {__version__}\n\nOpen case: {path}")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.store.close()
        super().closeEvent(event)
