"""Colours of the timeline in the light, dark and high-contrast (projector) themes.

Every colour meets WCAG AA on the theme's background and lane stripes: text 4.5:1, marks 3:1
(``explorer.ui.theme_pairs`` lists the pairs and the accessibility tests check them). Lane
colours come from the theme's palette; a case's own entity or category colours are darkened
(light theme) or lightened (dark themes) just enough to be seen, keeping their hue.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from explorer.core import contrast
from explorer.core.palette import DARK_PALETTE, LIGHT_PALETTE  # lane colours for entities and categories without their own

MARK_CONTRAST = contrast.AA_GRAPHICS + 0.1  # a little margin: anti-aliased edges are a shade paler
# how strongly faint bars (dates known to the month or year; unconfirmed spans) take their lane
# colour over the background: confirmed, and the rest; labels on them stay 4.5:1
FAINT_CONFIRMED = 0.28
FAINT = 0.12


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
    palette: tuple[str, ...] = LIGHT_PALETTE

    def lane_color(self, index: int, own: str | None = None, eras: tuple[QColor, ...] = ()) -> QColor:
        """The colour of lane ``index``: its own or the palette's, made to stand out on this theme's
        background and stripes, and on the bands of ``eras`` (their colours) it may be drawn over."""
        color = QColor(own) if own else QColor()
        if not color.isValid():
            color = QColor(self.palette[index % len(self.palette)])
        return QColor(self.visible(color.name(), eras))

    def grounds(self, eras: tuple[QColor, ...] = ()) -> tuple[str, ...]:
        """Every colour a mark can lie on: the background, the stripes, and each era's band over both."""
        plain = (self.background, self.stripe)
        return tuple(c.name() for c in plain) + tuple(self.era_band(era, under) for era in eras for under in plain)

    def era_band(self, era: QColor, under: QColor) -> str:
        """The opaque colour of an era's band over ``under`` (the band is the era's colour, faint)."""
        share = self.era_alpha / 255
        return "#{:02x}{:02x}{:02x}".format(*(round(a * share + b * (1 - share)) for a, b in
                                              ((era.red(), under.red()), (era.green(), under.green()), (era.blue(), under.blue()))))

    def visible(self, color: str, eras: tuple[QColor, ...] = ()) -> str:
        """``color`` darkened or lightened until marks in it stand out 3:1 on everything behind them."""
        return contrast.readable(color, self.grounds(eras), MARK_CONTRAST)

    def text_on(self, fill: QColor) -> QColor:
        """Black or white, whichever reads better on a bar filled with ``fill``."""
        return QColor(contrast.best_text(fill.name()))


LIGHT = TimelineTheme(
    name="light", background=QColor("#ffffff"), stripe=QColor("#f4f6f9"), text=QColor("#1d2430"), muted=QColor("#525b68"),
    grid=QColor("#e3e7ee"), selection=QColor("#c25e00"), label_on_bar=QColor("#ffffff"), cursor=QColor("#c2185b"), era_alpha=36,
    palette=LIGHT_PALETTE,
)
DARK = TimelineTheme(
    name="dark", background=QColor("#1b1e24"), stripe=QColor("#22262e"), text=QColor("#e8ebf0"), muted=QColor("#bcc3cd"),
    grid=QColor("#333944"), selection=QColor("#ffb74d"), label_on_bar=QColor("#ffffff"), cursor=QColor("#f06292"), era_alpha=40,
    palette=DARK_PALETTE,
)
# black, white and yellow for a projector in a bright room (the presenter's "contrast" slides too)
CONTRAST = TimelineTheme(
    name="contrast", background=QColor("#000000"), stripe=QColor("#1a1a1a"), text=QColor("#ffffff"), muted=QColor("#ffff00"),
    grid=QColor("#8c8c8c"), selection=QColor("#ffd500"), label_on_bar=QColor("#000000"), cursor=QColor("#00ffff"), era_alpha=70,
    palette=DARK_PALETTE,
)
THEMES = {theme.name: theme for theme in (LIGHT, DARK, CONTRAST)}
