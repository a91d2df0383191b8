"""The presenter console: the current and next step, speaker notes, time, and a step list to jump with.

It goes on the presenter's own screen (or in a window when there is only one). Everything the
room sees is shown here too, so the presenter never has to turn round; a blanked screen says so,
and so does the end screen past the last step (with how to leave it, which the room is not told).
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.elided_label import ElidedLabel
from explorer.ui.presenter.overlay import KeysOverlay
from explorer.ui.presenter.preview import SlidePreview
from explorer.ui.presenter.show import Show
from explorer.ui.presenter.slide_painter import SlideAssets
from explorer.ui.presenter.theme import SlideTheme
from explorer.ui.safe_text import SafeTextBrowser

NO_NOTES = "*No speaker notes for this step.*"


def clock_text(seconds: int) -> str:
    hours, rest = divmod(max(seconds, 0), 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def _label(text: str, size: int, bold: bool = False, name: str = "") -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSize(size)
    font.setBold(bold)
    label.setFont(font)
    if name:
        label.setObjectName(name)
        label.setAccessibleName(name)
    return label


class PresenterConsole(QWidget):
    TICK_MS = 1000  # how often the clocks move; tests make it short
    next_requested = Signal()
    previous_requested = Signal()
    jump_requested = Signal(int)
    blank_requested = Signal(str)
    leave_requested = Signal()
    switch_requested = Signal()  # S: the slides instead of the console (one screen), or swap the screens

    def __init__(self, show: Show, assets: SlideAssets, theme: SlideTheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterConsole")
        self.setWindowTitle(self.tr("Presenter console — %1").replace("%1", show.tour.title))
        self.show_state = show
        self.current = SlidePreview(assets, theme, self.tr("This tour has no steps yet."))
        self.current.setAccessibleName(self.tr("Current step"))
        self.current.clicked.connect(self.next_requested)
        self.upcoming = SlidePreview(assets, theme, self.tr("End of the tour"))
        self.upcoming.setAccessibleName(self.tr("Next step"))
        self.notes = SafeTextBrowser()
        self.notes.setObjectName("speakerNotes")
        self.notes.setAccessibleName(self.tr("Speaker notes"))
        notes_font = self.notes.font()
        notes_font.setPointSize(17)
        self.notes.setFont(notes_font)
        self.steps = QListWidget()
        self.steps.setObjectName("stepList")
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the show, not the list
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.steps.setSpacing(3)
        list_font = self.steps.font()
        list_font.setPointSize(13)
        self.steps.setFont(list_font)
        self.steps.itemClicked.connect(lambda item: self.jump_requested.emit(self.steps.row(item)))
        self.counter = _label("", 20, bold=True, name="Step counter")
        self.elapsed = _label("0:00:00", 20, bold=True, name="Elapsed time")
        self.clock = _label("", 20, name="Clock")
        self.status = ElidedLabel()  # beside "Now showing": it never widens the console (a 1366-px screen)
        self.status.setObjectName("Show status")
        status_font = self.status.font()
        status_font.setPointSize(14)
        self.status.setFont(status_font)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status.setStyleSheet("color: #c62828; font-weight: 600;")
        self._build_layout(show)
        self.keys = KeysOverlay(self, theme)
        self.timer = QTimer(self)
        self.timer.setInterval(self.TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        show.step_changed.connect(lambda _i: self.refresh())
        show.blank_changed.connect(lambda _b: self.refresh())
        show.finished_changed.connect(lambda _f: self.refresh())
        show.slides_changed.connect(self._on_slides_changed)
        self._fill_steps()
        self.tick()
        self.refresh()

    def _build_layout(self, show: Show) -> None:
        buttons = QHBoxLayout()
        self.switch_button = QPushButton()  # its words depend on the screens: set_one_screen()
        for text, slot, tip in (
            (self.tr("◀ Previous"), self.previous_requested.emit, self.tr("Previous step (←, Page Up)")),
            (self.tr("Next ▶"), self.next_requested.emit, self.tr("Next step (→, Page Down, Space)")),
            (self.tr("Black"), lambda: self.blank_requested.emit("black"), self.tr("Black screen (B or .)")),
            (self.tr("Reset timer"), self._restart_clock, self.tr("Start the elapsed time again from zero")),
            (None, self.switch_requested.emit, ""),
            (self.tr("Keys ?"), lambda: self.keys.toggle(), self.tr("Show the presenter keys (?)")),
            (self.tr("End show"), self.leave_requested.emit, self.tr("Leave the show (Esc)")),
        ):
            button = self.switch_button if text is None else QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if tip:
                button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.set_one_screen(True)
        top = QHBoxLayout()
        for widget in (self.counter, _label(self.tr("Elapsed"), 12), self.elapsed, _label(self.tr("Clock"), 12), self.clock):
            top.addWidget(widget)
            top.addSpacing(12)
        top.addStretch(1)
        top.addLayout(buttons)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self._titled(self.tr("Now showing"), self.current, self.status))
        left.addWidget(self._titled(self.tr("Speaker notes"), self.notes))
        left.setSizes([560, 300])
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self._titled(self.tr("Next"), self.upcoming))
        right.addWidget(self._titled(self.tr("Steps of “%1”").replace("%1", show.tour.title), self.steps))
        right.setSizes([260, 600])
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(right)
        body.setSizes([900, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)

    @staticmethod
    def _titled(title: str, widget: QWidget, beside: QWidget | None = None) -> QWidget:
        """``widget`` under a heading, with ``beside`` (if any) at the heading's right."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(_label(title, 11, bold=True))
        if beside is not None:
            heading.addWidget(beside, 1)
        else:
            heading.addStretch(1)
        layout.addLayout(heading)
        layout.addWidget(widget, 1)
        return box

    def set_one_screen(self, one_screen: bool) -> None:
        """The switch button's words: the slides come forward (one screen), or the screens swap (two)."""
        button = self.switch_button
        if one_screen:
            button.setText(self.tr("Show Slides"))
            button.setToolTip(self.tr("Show the slides full screen in place of the console (S)"))
        else:
            button.setText(self.tr("Swap Screens"))
            button.setToolTip(self.tr("Put the slides and the console on each other's screen (S)"))
        button.setAccessibleName(button.text())

    def set_theme(self, theme: SlideTheme) -> None:
        for preview in (self.current, self.upcoming):
            preview.set_theme(theme)
        self.keys.theme = theme

    def set_aspect(self, aspect: float) -> None:
        for preview in (self.current, self.upcoming):
            preview.set_aspect(aspect)

    def _fill_steps(self) -> None:
        self.steps.clear()
        slides = self.show_state.slides
        for index in range(len(slides)):
            slide = slides.slide(index)
            when = f"  ·  {slide.date_text}" if slide.date_text else ""
            item = QListWidgetItem(f"{index + 1}. {slide.headline}{when}")
            item.setToolTip(slide.headline)
            self.steps.addItem(item)

    def _on_slides_changed(self) -> None:
        for preview in (self.current, self.upcoming):
            preview.set_theme(preview.theme)  # forget the cached pictures
        self._fill_steps()
        self.refresh()

    def refresh(self) -> None:
        show = self.show_state
        total = len(show)
        if show.finished:
            self.counter.setText(self.tr("End screen"))
        else:
            self.counter.setText(self.tr("Step %1 of %2").replace("%1", str(show.index + 1)).replace("%2", str(total)) if total
                                 else self.tr("No steps"))
        self.current.set_slide(show.slide, show.blank, show.finished)
        if show.finished:  # nothing comes next: the next press leaves
            self.upcoming.empty_text = self.tr("Next press leaves the show")
            self.upcoming.set_slide(None)
        elif total and show.at_end:  # the last step: the end screen comes next
            self.upcoming.set_slide(show.slide, finished=True)
        else:
            self.upcoming.empty_text = self.tr("End of the tour")
            self.upcoming.set_slide(show.next_slide)
        slide = show.slide
        self.notes.set_markdown(slide.speaker_notes if slide and slide.speaker_notes else NO_NOTES)
        if total:
            self.steps.setCurrentRow(show.index)
            self.steps.scrollToItem(self.steps.currentItem())
        self.show_status()

    def show_status(self, typed: str = "") -> None:
        """What the presenter should know now: a blanked screen, a number being typed, the end."""
        show = self.show_state
        if typed:
            text = self.tr("Go to step %1 — press Enter").replace("%1", typed)
        elif show.blank:
            text = self.tr("Screen is %1").replace("%1", self.tr("black") if show.blank == "black" else self.tr("white"))
        elif show.finished:
            text = self.tr("End screen is up — Esc or → leaves the show, ← goes back")
        else:
            text = self.tr("Last step — → shows the end screen") if len(show) and show.at_end else ""
        self.status.setText(text)

    def tick(self) -> None:
        self.elapsed.setText(clock_text(self.show_state.elapsed_seconds()))
        self.clock.setText(QDateTime.currentDateTime().toString("HH:mm"))

    def _restart_clock(self) -> None:
        self.show_state.restart_clock()
        self.tick()

    def notes_text(self) -> str:
        return self.notes.toPlainText()
