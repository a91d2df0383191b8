"""The timeline's view box: the wheel zooms time around the pointer, Shift+wheel scrolls lanes,
dragging pans; lanes never zoom."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt

WHEEL_ZOOM_PER_NOTCH = 1.25


class TimelineViewBox(pg.ViewBox):
    def __init__(self) -> None:
        super().__init__(enableMenu=False, invertY=True)
        self.setMouseEnabled(x=True, y=True)
        self.lane_count = 1
        self.interaction = None  # takes drags that start on an event, or with Ctrl/Shift held
        self._taken = False

    def mouseDragEvent(self, event: object, axis: int | None = None) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.interaction is not None:
            if event.isStart():
                self._taken = self.interaction.begin_drag(event.buttonDownScenePos(), event.modifiers())
            if self._taken:
                event.accept()
                if event.isFinish():
                    self._taken = False
                    self.interaction.end_drag(event.scenePos())
                else:
                    self.interaction.drag_to(event.scenePos())
                return
        super().mouseDragEvent(event, axis)

    def wheelEvent(self, event: object, axis: int | None = None) -> None:
        delta = event.delta() if hasattr(event, "delta") else event.angleDelta().y()
        if delta == 0:
            event.ignore()
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.scroll_lanes(-delta / 120 * 3)
        else:
            factor = WHEEL_ZOOM_PER_NOTCH ** (-delta / 120)
            self.zoom_time(factor, self.mapToView(event.pos()).x())
        event.accept()

    def zoom_time(self, factor: float, around: float | None = None) -> None:
        """Zoom the time axis by ``factor`` (below 1 zooms in), keeping ``around`` in place."""
        (x0, x1), _ = self.viewRange()
        centre = (x0 + x1) / 2 if around is None else around
        self.setXRange(centre - (centre - x0) * factor, centre + (x1 - centre) * factor, padding=0)

    def pan_time(self, fraction: float) -> None:
        (x0, x1), _ = self.viewRange()
        shift = (x1 - x0) * fraction
        self.setXRange(x0 + shift, x1 + shift, padding=0)

    def scroll_lanes(self, lanes: float) -> None:
        _, (y0, y1) = self.viewRange()
        height = y1 - y0
        top = min(max(y0 + lanes, 0.0), max(self.lane_count - height, 0.0))
        self.setYRange(top, top + height, padding=0)
