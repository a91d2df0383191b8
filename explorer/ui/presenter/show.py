"""A show in progress: which tour, which step, whether the screen is blanked, and the clock.

The audience view and the console both follow one ``Show``. Moving while the screen is black
or white first brings the slide back (without moving), so a presenter who blanked the screen
to talk returns exactly where they were. Moving on from the last step shows the end screen, as
PowerPoint does ("End of the presentation"); moving back from it shows the last step again.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, Signal

from explorer.core.models import Tour
from explorer.core.store import CaseStore
from explorer.ui.presenter.content import Slide, TourSlides

BLACK, WHITE = "black", "white"


class Show(QObject):
    step_changed = Signal(int)  # the index of the step now shown
    blank_changed = Signal(str)  # "", "black" or "white"
    slides_changed = Signal()  # the tour or the case changed: every slide may read differently
    finished_changed = Signal(bool)  # the end screen came up (True) or went (False)

    def __init__(self, store: CaseStore, tour: Tour, start: int = 0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.slides = TourSlides(store, tour)
        self.index = self._clamp(start)
        self.blank = ""
        self.finished = False  # the end screen is up (past the last step; ``index`` stays on it)
        self.clock = QElapsedTimer()
        self.clock.start()

    @property
    def tour(self) -> Tour:
        return self.slides.tour

    def __len__(self) -> int:
        return len(self.slides)

    @property
    def slide(self) -> Slide | None:
        return self.slides.slide(self.index) if len(self.slides) else None

    @property
    def next_slide(self) -> Slide | None:
        return self.slides.slide(self.index + 1) if self.index + 1 < len(self.slides) else None

    def _clamp(self, index: int) -> int:
        return min(max(index, 0), max(len(self.slides) - 1, 0))

    # --- moving --------------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        """Show step ``index`` (clamped); brings a blanked screen back and takes the end screen away."""
        self.set_blank("")
        self.set_finished(False)
        index = self._clamp(index)
        if index != self.index:
            self.index = index
            self.step_changed.emit(index)

    def next(self) -> None:
        """The next step; from the last one, the end screen."""
        if self.blank:
            self.set_blank("")
        elif self.at_end and len(self.slides):
            self.set_finished(True)
        else:
            self.go_to(self.index + 1)

    def previous(self) -> None:
        """The step before; from the end screen, the last step again."""
        if self.blank:
            self.set_blank("")
        elif self.finished:
            self.set_finished(False)
        else:
            self.go_to(self.index - 1)

    def first(self) -> None:
        self.go_to(0)

    def last(self) -> None:
        self.go_to(len(self.slides) - 1)

    @property
    def at_end(self) -> bool:
        return self.index >= len(self.slides) - 1

    # --- blanking and time -------------------------------------------------------------------

    def set_blank(self, blank: str) -> None:
        if blank != self.blank:
            self.blank = blank
            self.blank_changed.emit(blank)

    def set_finished(self, finished: bool) -> None:
        if finished != self.finished:
            self.finished = finished
            self.finished_changed.emit(finished)

    def toggle_blank(self, blank: str) -> None:
        self.set_blank("" if self.blank == blank else blank)

    def elapsed_seconds(self) -> int:
        return int(self.clock.elapsed() // 1000)

    def restart_clock(self) -> None:
        self.clock.restart()

    # --- following edits ---------------------------------------------------------------------

    def reload(self, tour: Tour | None = None) -> None:
        """Read the slides again (the case or the tour changed), staying on the same step number."""
        self.slides = TourSlides(self.store, tour or self.tour)
        self.index = self._clamp(self.index)
        if self.finished and not (len(self.slides) and self.at_end):  # steps were added after it: not the end now
            self.finished = False
        self.slides_changed.emit()
