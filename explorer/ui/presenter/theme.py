"""Projector looks for slides (light, dark, high contrast) and type that scales with the screen.

Every size on a slide is given for a 1920×1080 screen and multiplied by ``unit(rect)``, so the
same slide reads the same from the back row at 1280×720, 1920×1080 and 3840×2160.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF
from PySide6.QtGui import QColor, QFont

REFERENCE_WIDTH, REFERENCE_HEIGHT = 1920.0, 1080.0
FONT_FAMILIES = ["Inter", "Segoe UI", "Helvetica Neue", "Noto Sans", "Cantarell", "DejaVu Sans", "Arial", "sans-serif"]


@dataclass(frozen=True)
class SlideTheme:
    name: str
    label: str
    background: str
    text: str
    muted: str
    accent: str  # the date line and the current event on the strip
    rule: str  # thin separators
    strip_background: str
    strip_event: str  # the other events on the strip
    card: str  # the panel behind a missing image's caption
    badge_border: str | None = None  # high contrast outlines the certainty badge
    era_alpha: int = 40

    def color(self, name: str, alpha: int | None = None) -> QColor:
        color = QColor(getattr(self, name))
        if alpha is not None:
            color.setAlpha(alpha)
        return color


LIGHT = SlideTheme(
    name="light", label="Light", background="#fbfbf8", text="#14181f", muted="#566070", accent="#1d5fc4", rule="#d9dde4",
    strip_background="#eef1f5", strip_event="#7d8797", card="#eef1f5",
)
DARK = SlideTheme(
    name="dark", label="Dark", background="#101318", text="#f2f4f7", muted="#a7b0bd", accent="#7fb8ff", rule="#2c323c",
    strip_background="#181c23", strip_event="#7a8596", card="#1b2028", era_alpha=60,
)
CONTRAST = SlideTheme(
    name="contrast", label="High contrast", background="#000000", text="#ffffff", muted="#f0f0f0", accent="#ffd500",
    rule="#ffffff", strip_background="#000000", strip_event="#ffffff", card="#000000", badge_border="#ffffff", era_alpha=90,
)
THEMES: dict[str, SlideTheme] = {theme.name: theme for theme in (LIGHT, DARK, CONTRAST)}
_LABELS = (QT_TRANSLATE_NOOP("SlideTheme", "Light"), QT_TRANSLATE_NOOP("SlideTheme", "Dark"),
           QT_TRANSLATE_NOOP("SlideTheme", "High contrast"))  # for lupdate: the labels above


def theme_label(name: str) -> str:
    """A slide theme's name for people, translated."""
    return QCoreApplication.translate("SlideTheme", slide_theme(name).label)
_ALIASES = {"high-contrast": "contrast", "highcontrast": "contrast", "high contrast": "contrast"}


def slide_theme(name: str | SlideTheme | None) -> SlideTheme:
    """The theme with this name ("light", "dark", "contrast" or "high-contrast"); light for others."""
    if isinstance(name, SlideTheme):
        return name
    key = (name or "light").strip().lower()
    return THEMES.get(_ALIASES.get(key, key), LIGHT)


def unit(rect: QRectF) -> float:
    """How many device pixels one reference pixel is in this rectangle."""
    return max(min(rect.width() / REFERENCE_WIDTH, rect.height() / REFERENCE_HEIGHT), 0.05)


def font(pixels: float, bold: bool = False, weight: QFont.Weight | None = None) -> QFont:
    """A sans-serif font of this many device pixels (pixels, not points: PDF and 4K alike)."""
    result = QFont()
    result.setFamilies(FONT_FAMILIES)
    result.setPixelSize(max(round(pixels), 6))
    if weight is not None:
        result.setWeight(weight)
    elif bold:
        result.setWeight(QFont.Weight.Bold)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return result
