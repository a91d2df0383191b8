"""Python's collector of cyclic garbage runs from the event loop, never in the middle of a Qt call.

Left to itself, Python collects cycles whenever enough objects have been allocated, which can be
inside a call from Qt into Python: PySide looks for a Python override while ``QObject::disconnect``
holds one of Qt's signal-slot locks. A collection there may destroy a widget left over from an
earlier case or dialog, whose destructor waits for a lock from the same pool, and the app freezes
for good (seen in the test suite: a menu's actions destroyed inside a disconnect). So automatic
collection is turned off and a timer on the event loop collects instead, a generation at a time by
Python's own thresholds, as often as Python would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 500


class CycleCollector(QObject):
    """Collect cycles on the event loop while this object lives (``stop`` gives collection back to Python)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collections = 0  # how many collections this timer made (for tests and curiosity)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)
        self.destroyed.connect(gc.enable)

    def check(self) -> None:
        """Collect the oldest generation whose count is over its threshold, as Python would have."""
        counts = gc.get_count()
        oldest = max((generation for generation in range(3) if counts[generation] > self.thresholds[generation]
                      and all(counts[g] > self.thresholds[g] for g in range(generation))), default=None)
        if oldest is not None:
            gc.collect(oldest)
            self.collections += 1

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()


def collect_on_event_loop(app: QObject) -> CycleCollector:
    """The application's collector, made once (starting the app again in one process reuses it)."""
    return app.findChild(CycleCollector) or CycleCollector(app)
