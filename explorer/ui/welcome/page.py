"""The welcome page: what a new user can do first, as large native buttons, and the recent cases.

It is a dialog over the main window (which already shows the bundled case on a first start), so
choosing the bundled case is instant and the other choices run the window's own actions (Open, New
Case), except Import, which makes a new case from the file (``new_case_import``) rather than
merge it into the open case. "Take the tour" starts the guided walkthrough on the bundled case.
Each choice's arrow is drawn in the palette's text colour (the style's own is dark on any ground)
and drawn again when the theme changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from explorer import paths
from explorer.ui import app_theme
from explorer.ui.help.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow

SHOW_AT_START_KEY = "welcome/showAtStart"
SEEN_KEY = "welcome/seen"


def should_show_at_start() -> bool:
    """The first start ever, or the user ticked "Show this page when Case Explorer starts"."""
    settings = QSettings()
    return not settings.value(SEEN_KEY, False, type=bool) or settings.value(SHOW_AT_START_KEY, False, type=bool)


def mark_shown() -> None:
    QSettings().setValue(SEEN_KEY, True)


ARROW_SIZE = 20


def arrow_icon(color: QColor) -> QIcon:
    """A right arrow in ``color``, at two scales for high-density screens."""
    result = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(ARROW_SIZE * scale, ARROW_SIZE * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(color, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        path = QPainterPath(QPointF(3, 10))
        path.lineTo(QPointF(16, 10))
        path.moveTo(QPointF(10.5, 4.5))
        path.lineTo(QPointF(16, 10))
        path.lineTo(QPointF(10.5, 15.5))
        painter.drawPath(path)
        painter.end()
        result.addPixmap(pixmap)
    return result


class WelcomeDialog(QDialog):
    chosen = Signal(str)  # "bundled", "tour", "open", "new", "import", "recent"

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Case Explorer"))
        heading = QLabel(self.tr("<h2>Welcome to Case Explorer</h2>"
                                 "<p>Study, annotate and present business case studies: a timeline of events, who was "
                                 "tied to whom on any date, your notes, and a presenter for the room.</p>"), self)
        heading.setWordWrap(True)
        start = QGroupBox(self.tr("Start"), self)
        start_layout = QVBoxLayout(start)
        self.buttons: dict[str, QCommandLinkButton] = {}
        for key, text, hint, slot in self._choices():
            button = QCommandLinkButton(text, hint, start)
            button.setObjectName(f"welcome_{key}")
            button.clicked.connect(lambda _checked=False, k=key, s=slot: self._choose(k, s))
            button.setIconSize(QSize(ARROW_SIZE, ARROW_SIZE))
            start_layout.addWidget(button)
            self.buttons[key] = button
        self._paint_arrows()
        app_theme.notifier().changed.connect(self._paint_arrows)
        start_layout.addStretch(1)
        recent_box = QGroupBox(self.tr("Recent cases"), self)
        self.recent_list = QListWidget(recent_box)
        self.recent_list.setAccessibleName(self.tr("Recent cases"))
        self.recent_list.itemActivated.connect(self._open_recent)
        recent_layout = QVBoxLayout(recent_box)
        recent_layout.addWidget(self.recent_list)
        self._fill_recent()
        columns = QHBoxLayout()
        columns.addWidget(start, 3)
        columns.addWidget(recent_box, 2)
        self.show_at_start = QCheckBox(self.tr("&Show this page when Case Explorer starts"), self)
        self.show_at_start.setChecked(QSettings().value(SHOW_AT_START_KEY, False, type=bool))
        self.show_at_start.toggled.connect(lambda on: QSettings().setValue(SHOW_AT_START_KEY, on))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_at_start)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        fit_to_screen(self, QSize(820, 560))
        self.buttons["bundled"].setDefault(True)
        self.buttons["bundled"].setFocus()

    def _paint_arrows(self) -> None:
        """Each choice's arrow in the text colour of the application's palette (the theme's)."""
        color = QApplication.palette().color(QPalette.ColorRole.ButtonText)
        for button in self.buttons.values():
            button.setIcon(arrow_icon(color))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and hasattr(self, "buttons"):
            self._paint_arrows()
        super().changeEvent(event)

    def _choices(self) -> list[tuple[str, str, str, Callable[[], object]]]:
        window = self.window_
        return [
            ("bundled", self.tr("Open the Scale AI case"),
             self.tr("The bundled case: Meta's stake in Scale AI, and OpenAI and Google walking away (2025)"), self.open_bundled),
            ("tour", self.tr("Take the two-minute walkthrough"),
             self.tr("A few steps over the timeline, the time cursor, relationships, notes and the presenter"), self.take_tour),
            ("open", self.tr("Open a case file…"), self.tr("A .case.db file from your computer"), window.choose_case),
            ("new", self.tr("New case…"), self.tr("Start an empty case and add your own events"), window.choose_new_case),
            ("import", self.tr("Import from TimelineJS or CSV…"),
             self.tr("Make a new case from a TimelineJS file, a Google Sheet saved as CSV, or any CSV"),
             self.import_new_case),
        ]

    def _fill_recent(self) -> None:
        self.recent_list.clear()
        for path in self.window_.recent.paths():
            item = QListWidgetItem(path.name, self.recent_list)
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
        if self.recent_list.count() == 0:
            item = QListWidgetItem(self.tr("(no recent cases yet)"), self.recent_list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _choose(self, key: str, slot: Callable[[], object]) -> None:
        """Close the page first, then act: a file dialog never opens on top of the welcome page."""
        self.accept()
        self.chosen.emit(key)
        QTimer.singleShot(0, slot)

    def _open_recent(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self._choose("recent", lambda: self.window_.open_case_file(Path(path)))

    def _bundled_path(self) -> Path:
        from explorer.core.casefile import ensure_working_copy

        return ensure_working_copy()

    def _is_bundled_open(self) -> bool:
        current = self.window_.store.db.path
        return current is not None and current.resolve() == paths.working_copy().resolve()

    def open_bundled(self) -> bool:
        """Show the bundled case (its working copy, with the user's notes); already open on a first start."""
        if self._is_bundled_open():
            return True
        return self.window_.open_case_file(self._bundled_path())

    def import_new_case(self) -> None:
        """A new case from a file (never merged into the open one, which may be the bundled sample)."""
        from explorer.ui.welcome.new_case_import import import_as_new_case

        import_as_new_case(self.window_)

    def take_tour(self) -> None:
        from explorer.ui.welcome.walkthrough import Walkthrough

        if self.open_bundled():
            Walkthrough(self.window_).start()
