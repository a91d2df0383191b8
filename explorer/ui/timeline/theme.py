"""Colours of the timeline in the light, dark and high-contrast (projector) themes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

# lane colours for entities and categories without their own: distinct in both themes
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f")


@dataclass(frozen=True)
class TimelineTheme:
    name: str
    background: QColor
    stripe: QColor  # every other lane
    text: QColor
    muted: QColor  # axis and lane names
    grid: QColor
    selection: QColor
    label_on_bar: QColor
    cursor: QColor
    era_alpha: int

    def lane_color(self, index: int, own: str | None = None) -> QColor:
        color = QColor(own) if own else QColor(PALETTE[index % len(PALETTE)])
        return color if color.isValid() else QColor(PALETTE[index % len(PALETTE)])


LIGHT = TimelineTheme(
    name="light", background=QColor("#ffffff"), stripe=QColor("#f4f6f9"), text=QColor("#1d2430"), muted=QColor("#5b6472"),
    grid=QColor("#e3e7ee"), selection=QColor("#c25e00"), label_on_bar=QColor("#ffffff"), cursor=QColor("#c2185b"), era_alpha=36,
)
DARK = TimelineTheme(
    name="dark", background=QColor("#1b1e24"), stripe=QColor("#22262e"), text=QColor("#e8ebf0"), muted=QColor("#a2aab6"),
    grid=QColor("#333944"), selection=QColor("#ffb74d"), label_on_bar=QColor("#ffffff"), cursor=QColor("#f06292"), era_alpha=48,
)
# black, white and yellow for a projector in a bright room (the presenter's "contrast" slides too)
CONTRAST = TimelineTheme(
    name="contrast", background=QColor("#000000"), stripe=QColor("#1a1a1a"), text=QColor("#ffffff"), muted=QColor("#ffff00"),
    grid=QColor("#8c8c8c"), selection=QColor("#ffd500"), label_on_bar=QColor("#000000"), cursor=QColor("#00ffff"), era_alpha=70,
)
THEMES = {theme.name: theme for theme in (LIGHT, DARK, CONTRAST)}
