"""The overview strip: the whole case's density at a glance, with a region to drag the view."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGraphicsItem

from explorer.core.timeline_index import Marks
from explorer.ui.timeline.axes import TimeAxis, without_unit_prefixes
from explorer.ui.timeline.theme import TimelineTheme

BINS = 600


class OverviewStrip(pg.PlotItem):
    region_dragged = Signal(float, float)

    def __init__(self, theme: TimelineTheme) -> None:
        super().__init__(viewBox=pg.ViewBox(enableMenu=False), axisItems={"bottom": TimeAxis()})  # no menu to build
        without_unit_prefixes(self)
        self.setMenuEnabled(False)
        self.hideButtons()
        self.hideAxis("left")
        self.setMouseEnabled(x=False, y=False)
        self.setMaximumHeight(82)
        self.curve = pg.PlotDataItem(stepMode="center", fillLevel=0)
        self.addItem(self.curve)
        # the strip itself only changes when the case does: keep it as a pixmap while the region moves
        self.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.getAxis("bottom").setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.region = pg.LinearRegionItem(movable=True, swapMode="sort")
        self.region.setZValue(10)
        self.addItem(self.region)
        self.region.sigRegionChanged.connect(self._on_region_changed)
        self._updating = False
        self.apply_theme(theme)

    def apply_theme(self, theme: TimelineTheme) -> None:
        color = theme.muted
        self.curve.setPen(pg.mkPen(color, width=1))
        fill = pg.mkColor(color)
        fill.setAlpha(90)
        self.curve.setBrush(fill)
        region_fill = pg.mkColor(theme.selection)
        region_fill.setAlpha(50)
        self.region.setBrush(region_fill)
        for line in self.region.lines:
            line.setPen(pg.mkPen(theme.selection, width=2))
        self.getAxis("bottom").setPen(theme.muted)
        self.getAxis("bottom").setTextPen(theme.muted)

    def set_marks(self, marks: Marks | None, x0: float, x1: float) -> None:
        """Show how many marks start in each of BINS slices of [x0, x1]."""
        counts = marks.density(x0, x1, BINS).sum(axis=0) if marks is not None and len(marks) else np.zeros(BINS)
        edges = np.linspace(x0, x1, BINS + 1)
        self.curve.setData(edges, np.log1p(counts))
        self.setXRange(x0, x1, padding=0)
        self.setYRange(0, max(float(np.log1p(counts).max()), 1.0) * 1.1, padding=0)

    def show_range(self, x0: float, x1: float) -> None:
        self._updating = True
        self.region.setRegion((x0, x1))
        self._updating = False

    def _on_region_changed(self) -> None:
        if not self._updating:
            x0, x1 = self.region.getRegion()
            self.region_dragged.emit(float(x0), float(x1))
