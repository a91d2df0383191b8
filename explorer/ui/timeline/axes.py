"""Axes of the timeline: calendar-aware time ticks along the bottom, lane names down the side."""

from __future__ import annotations

import pyqtgraph as pg

from explorer.core import time_ticks

LANE_AXIS_WIDTH = 150


def without_unit_prefixes(plot: pg.PlotItem) -> None:
    """Turn off pyqtgraph's SI prefixes (k, M…) on every axis of a plot: dates and lanes have no
    units, and each range change would otherwise re-typeset every axis title (a fifth of the
    timeline's construction at start-up)."""
    for name in ("left", "bottom", "top", "right"):
        plot.getAxis(name).enableAutoSIPrefix(False)


class TimeAxis(pg.AxisItem):
    """Ticks on round calendar values at any zoom: minutes to billions of years, BCE included."""

    def __init__(self, orientation: str = "bottom", **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self.setStyle(tickTextOffset=6, autoExpandTextSpace=False)
        self.setHeight(28)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        self._ticks = time_ticks.ticks(minVal, maxVal, size, char_pixels=self._char_pixels())
        return [(1.0, [float(tick.seconds) for tick in self._ticks])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        labels = {float(tick.seconds): tick.label for tick in getattr(self, "_ticks", [])}
        return [labels.get(value, "") for value in values]

    def _char_pixels(self) -> float:
        font = self.style.get("tickFont") or self.font()
        return pg.QtGui.QFontMetricsF(font).averageCharWidth() * 1.05


class LaneAxis(pg.AxisItem):
    """Lane names at the lane centres, wherever the lane layout puts them."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__("left", **kwargs)
        self.names: list[str] = []
        self.centres: list[float] = []
        self.setStyle(tickLength=0, autoExpandTextSpace=False, tickTextOffset=8)
        self.setWidth(LANE_AXIS_WIDTH)

    def set_lanes(self, names: list[str], centres: list[float]) -> None:
        self.names, self.centres = names, centres
        self.picture = None
        self.update()

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        low, high = sorted((minVal, maxVal))  # the lane axis runs downwards: its range comes reversed
        return [(1.0, [c for c in self.centres if low - 0.5 <= c <= high + 0.5])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        metrics = pg.QtGui.QFontMetrics(self.style.get("tickFont") or self.font())
        by_centre = dict(zip(self.centres, self.names, strict=True))
        return [
            metrics.elidedText(by_centre.get(v, ""), pg.QtCore.Qt.TextElideMode.ElideRight, LANE_AXIS_WIDTH - 16) for v in values
        ]
