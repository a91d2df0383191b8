"""A show in progress: which tour, which step, whether the screen is blanked, and the clock.

The audience view and the console both follow one ``Show``. Moving while the screen is black
or white first brings the slide back (without moving), so a presenter who blanked the screen
to talk returns exactly where they were.
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

    def __init__(self, store: CaseStore, tour: Tour, start: int = 0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.slides = TourSlides(store, tour)
        self.index = self._clamp(start)
        self.blank = ""
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
        """Show step ``index`` (clamped); brings a blanked screen back."""
        self.set_blank("")
        index = self._clamp(index)
        if index != self.index:
            self.index = index
            self.step_changed.emit(index)

    def next(self) -> None:
        if self.blank:
            self.set_blank("")
        else:
            self.go_to(self.index + 1)

    def previous(self) -> None:
        if self.blank:
            self.set_blank("")
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
        self.slides_changed.emit()
