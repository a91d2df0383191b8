"""The guided walkthrough: a few steps that dim the main window except one panel and say what
it is for (timeline, event detail, time cursor, relationships, notes, search, presenter).
Next/Back walk the steps; Skip, Esc or the last step's Done end it. It changes nothing in the
case. The bubble of text goes beside its panel, or below it, and never over what a step points
at (the time cursor).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QDockWidget, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow

MARGIN = 6  # around the highlighted panel
BUBBLE_WIDTH = 380


@dataclass(frozen=True)
class Step:
    title: str
    text: str
    target: Callable[[MainWindow], QWidget | None]  # what to highlight (None: nothing)
    prepare: Callable[[MainWindow], None] = lambda _w: None
    avoid: Callable[[MainWindow], QPoint | None] = lambda _w: None  # a point (window coordinates) the bubble must not cover


def _raise_dock(name: str) -> Callable[[MainWindow], None]:
    def prepare(window: MainWindow) -> None:
        dock = window.findChild(QWidget, name)
        if dock is not None:
            dock.show()
            dock.raise_()
    return prepare


def _dock(name: str) -> Callable[[MainWindow], QWidget | None]:
    return lambda window: window.findChild(QWidget, name)


def _time_cursor(window: MainWindow) -> QPoint | None:
    """Where the time cursor crosses the middle of the timeline, in the window's coordinates."""
    timeline = window.timeline
    if not timeline.isVisible():
        return None
    scene = timeline.viewbox.mapViewToScene(QPointF(timeline.cursor_seconds(), 0))
    x = timeline.graphics.mapFromScene(scene).x()
    return timeline.graphics.mapTo(window, QPoint(x, timeline.graphics.height() // 2))


def steps() -> list[Step]:
    def tr(text: str) -> str:  # the strings below are marked for lupdate with QT_TRANSLATE_NOOP
        return QCoreApplication.translate("Walkthrough", text)

    return [
        Step(tr(QT_TRANSLATE_NOOP("Walkthrough", "The timeline")),
             tr(QT_TRANSLATE_NOOP("Walkthrough", "Every event of the case, one lane per company or person. Scroll to zoom, "
                                  "drag to pan, click an event to read it in Event detail; F fits the whole case.")),
             lambda w: w.timeline),
        Step(tr(QT_TRANSLATE_NOOP("Walkthrough", "Event detail")),
             tr(QT_TRANSLATE_NOOP("Walkthrough", "The selected event in full: when it happened and how precisely that is "
                                  "known, how sure we are of it (confirmed, reported, rumoured…), who took part, and its "
                                  "sources. F2 edits it.")),
             _dock("detailDock"), _raise_dock("detailDock")),
        Step(tr(QT_TRANSLATE_NOOP("Walkthrough", "The time cursor")),
             tr(QT_TRANSLATE_NOOP("Walkthrough", "The red line is the “as of” date, written on the ruler under it. Drag it along "
                                  "the timeline: the relationship panel shows who was tied to whom on that date.")),
             lambda w: w.timeline, avoid=_time_cursor),
        Step(tr(QT_TRANSLATE_NOOP("Walkthrough", "Relationships")),
             tr(QT_TRANSLATE_NOOP("Walkthrough", "Stakes, deals and board seats on the cursor's date, as they happened or "
                                  "as publicly known. Click a tie to see the events that started or changed it.")),
             _dock("relationshipsDock"), _raise_dock("relationshipsDock")),
        Step(tr(QT_TRANSLATE_NOOP("Walkthrough", "Notes")),
             tr(QT_TRANSLATE_NOOP("Walkthrough", "Your notes on the selected event, entity or the whole case. They are "
                                  "saved as you type, into the case file, with their history.")),
             _dock("notesDock"), _raise_dock("notesDock")),
        Step(tr(QT_TRANSLATE_NOOP("Walkthrough", "Search and filters")),
             tr(QT_TRANSLATE_NOOP("Walkthrough", "Ctrl+F searches events, entities and notes as you type; choose a result "
                                  "to go to it on the timeline. Filters dim or hide events by entity, category and "
                                  "certainty.")),
             _dock("searchDock"), _raise_dock("searchDock")),
        Step(tr(QT_TRANSLATE_NOOP("Walkthrough", "Present")),
             tr(QT_TRANSLATE_NOOP("Walkthrough", "Press F5 to present the case's tour full screen: → or a clicker for the "
                                  "next step, Esc to leave. Present ▸ Tours… edits the steps. Help ▸ Keyboard Shortcuts "
                                  "lists every key.")),
             lambda w: w.menuBar()),
    ]


class Walkthrough(QWidget):
    """The dimming overlay over the main window, with a bubble of text and Back/Next/Skip."""

    finished = Signal()
    step_changed = Signal(int)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("walkthrough")
        self.main_window = window
        self.steps = steps()
        self.index = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Guided walkthrough"))
        self.bubble = QFrame(self)
        self.bubble.setObjectName("walkthroughBubble")
        self.bubble.setFrameShape(QFrame.Shape.StyledPanel)
        self.bubble.setAutoFillBackground(True)
        self.bubble.setFixedWidth(BUBBLE_WIDTH)
        self.counter = QLabel(self.bubble)
        self.title = QLabel(self.bubble)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.text = QLabel(self.bubble)
        self.text.setWordWrap(True)
        self.skip_button = QPushButton(self.tr("Skip"), self.bubble)
        self.back_button = QPushButton(self.tr("Back"), self.bubble)
        self.next_button = QPushButton(self.tr("Next"), self.bubble)
        self.skip_button.clicked.connect(self.stop)
        self.back_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self.bubble)
        layout.addWidget(self.counter)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        window.installEventFilter(self)
        self._closed_before: list[QDockWidget] = []
        self._in_front_before: list[QDockWidget] = []
        self.hide()

    # --- running ---------------------------------------------------------------------------

    def start(self) -> None:
        docks = self.main_window.findChildren(QDockWidget)
        # the steps bring docks forward (and open closed ones): put the window back as it was when done
        self._closed_before = [d for d in docks if not d.toggleViewAction().isChecked()]
        self._in_front_before = [d for d in docks if d.toggleViewAction().isChecked() and not d.visibleRegion().isEmpty()]
        self.setGeometry(self.main_window.rect())
        self.show()
        self.raise_()
        self.go(0)

    def next(self) -> None:
        if self.index + 1 >= len(self.steps):
            self.stop()
        else:
            self.go(self.index + 1)

    def go(self, index: int) -> None:
        self.index = max(0, min(index, len(self.steps) - 1))
        step = self.steps[self.index]
        step.prepare(self.main_window)
        self.raise_()  # a dock the step brought forward must not cover the overlay and its bubble
        counter = self.tr("Step %1 of %2").replace("%1", str(self.index + 1))
        self.counter.setText(counter.replace("%2", str(len(self.steps))))
        self.title.setText(step.title)
        self.text.setText(step.text)
        self.back_button.setEnabled(self.index > 0)
        last = self.index == len(self.steps) - 1
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        self.skip_button.setVisible(not last)
        self.next_button.setDefault(True)
        self._place()
        self.next_button.setFocus()
        self.step_changed.emit(self.index)

    def stop(self) -> None:
        self.main_window.removeEventFilter(self)
        self.hide()
        for dock in self._closed_before:
            dock.close()
        for dock in self._in_front_before:
            dock.raise_()  # e.g. the event detail again, not the search tab the last steps showed
        self.finished.emit()
        self.deleteLater()

    # --- drawing ---------------------------------------------------------------------------

    def highlighted(self) -> QRect:
        """The highlighted panel's rectangle in this overlay's coordinates (empty when none)."""
        target = self.steps[self.index].target(self.main_window)
        if target is None or not target.isVisible():
            return QRect()
        top_left = target.mapTo(self.main_window, QPoint(0, 0))
        return QRect(top_left, target.size()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN).intersected(self.rect())

    def _place(self) -> None:
        """The bubble beside the highlighted panel, where there is most room."""
        self.bubble.adjustSize()
        area, size = self.highlighted(), self.bubble.size()
        room = self.rect()
        if area.isEmpty():
            spot = room.center() - QPoint(size.width() // 2, size.height() // 2)
        elif area.height() < room.height() // 4:  # a strip (the menu bar): below it
            spot = QPoint(area.left() + 24, area.bottom() + 16)
        elif area.width() > room.width() // 2:  # a wide panel: below it if there is room, else inside it
            spot = self._beside_wide(area, size)
        elif area.left() > room.width() - area.right():  # more room to the left
            spot = QPoint(area.left() - size.width() - 16, area.top() + 24)
        else:
            spot = QPoint(area.right() + 16, area.top() + 24)
        spot.setX(max(8, min(spot.x(), room.width() - size.width() - 8)))
        spot.setY(max(8, min(spot.y(), room.height() - size.height() - 8)))
        self.bubble.move(spot)
        self.update()

    def _beside_wide(self, area: QRect, size: QSize) -> QPoint:
        """Under a wide panel (the timeline), over the dimmed docks, when the bubble fits there;
        else inside the panel's top corner farther from the point the step must not hide."""
        avoid = self.steps[self.index].avoid(self.main_window)
        if self.rect().bottom() - area.bottom() - 16 >= size.height():
            x = avoid.x() - size.width() // 2 if avoid is not None else area.left() + 24
            return QPoint(x, area.bottom() + 16)
        right = QPoint(area.right() - size.width() - 24, area.top() + 48)
        if avoid is not None and right.x() - 16 <= avoid.x() <= right.x() + size.width() + 16:
            return QPoint(area.left() + 24, area.top() + 48)
        return right

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dim = QPainterPath()
        dim.addRect(self.rect())
        hole = self.highlighted()
        if not hole.isEmpty():
            cut = QPainterPath()
            cut.addRoundedRect(hole, 8, 8)
            dim = dim.subtracted(cut)
        painter.fillPath(dim, QColor(0, 0, 0, 140))
        painter.setPen(QPen(self.palette().highlight().color(), 3))
        if not hole.isEmpty():
            painter.drawRoundedRect(hole, 8, 8)
        painter.drawRoundedRect(self.bubble.geometry().adjusted(-2, -2, 2, 2), 4, 4)

    # --- keys and following the window ---------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.stop()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.next()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.go(self.index - 1)
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main_window and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.setGeometry(self.main_window.rect())
            self._place()
        return False
