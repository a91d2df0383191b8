"""The app's style: Fusion, with on/off states that read in every theme.

Fusion draws a checked toggle button only 10 % darker than an unchecked one (in the dark theme
0.30 against 0.33 mean brightness), outlines radio buttons and check boxes in a darker shade of
the window colour (invisible on a dark or black window, 2:1 on the light one) and marks a
checked radio button with a small grey dot. ``ThemeStyle`` keeps everything else of Fusion and

* fills a checked button (tool button, push button) with the highlight colour mixed into the
  button colour, as much as its text allows (it keeps 4.8:1), framed in the highlight colour:
  at least 1.5:1 against an unchecked one as Fusion draws it (``checked_fill``);
* outlines radio buttons and check boxes in the window text mixed half into the window colour,
  3:1 or more against the window (``indicator_outline``), and marks a checked radio button with
  a dot of the highlight colour.

The colours come from the palette the widget is drawn with, so the light, dark and high-contrast
themes, and disabled widgets, each get their own. ``theme_pairs`` checks them for every theme.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from explorer.core import contrast

Role = QPalette.ColorRole
CHECKED_SHARES = (0.75, 0.7, 0.65, 0.6, 0.55, 0.5)  # how much highlight goes into a checked button's fill
CHECKED_TEXT = 4.8  # the button text on that fill: WCAG AA with some room
OUTLINE_SHARE = 0.5  # how much window text goes into an indicator's outline


def mix(color: QColor, share: float, base: QColor) -> QColor:
    """``color`` laid over ``base`` at ``share`` opacity, as an opaque colour."""
    return QColor(*(round(a * share + b * (1 - share)) for a, b in
                    ((color.red(), base.red()), (color.green(), base.green()), (color.blue(), base.blue()))))


def checked_fill(palette: QPalette) -> QColor:
    """The background of a checked (on) button: as much highlight as keeps its text readable."""
    highlight, button, text = palette.color(Role.Highlight), palette.color(Role.Button), palette.color(Role.ButtonText).name()
    fill = mix(highlight, CHECKED_SHARES[-1], button)
    for share in CHECKED_SHARES:
        candidate = mix(highlight, share, button)
        if contrast.ratio(text, candidate.name()) >= CHECKED_TEXT:
            return candidate
    return fill


def indicator_outline(palette: QPalette) -> QColor:
    """The outline of a radio button or check box."""
    return mix(palette.color(Role.WindowText), OUTLINE_SHARE, palette.color(Role.Window))


class ThemeStyle(QProxyStyle):
    """Fusion (or the named style) with visible on/off states; see the module's docstring."""

    def __init__(self, base: str = "Fusion") -> None:
        super().__init__(base)
        self.setObjectName("caseExplorerStyle")

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        if element == QStyle.PrimitiveElement.PE_PanelButtonCommand and option.state & QStyle.StateFlag.State_On:
            self._checked_panel(option, painter)
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            self._radio(option, painter)
        elif element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            super().drawPrimitive(element, option, painter, widget)
            self._outline(option, painter, round_by=1.0)
        else:
            super().drawPrimitive(element, option, painter, widget)

    @staticmethod
    def _checked_panel(option: QStyleOption, painter: QPainter) -> None:
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        fill = checked_fill(palette)
        if option.state & QStyle.StateFlag.State_Sunken:
            fill = fill.darker(110)
        painter.setBrush(fill)
        painter.setPen(QPen(palette.color(Role.Highlight), 1))
        painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        painter.restore()

    @staticmethod
    def _focused(option: QStyleOption) -> bool:
        state = option.state
        return bool(state & QStyle.StateFlag.State_HasFocus and state & QStyle.StateFlag.State_KeyboardFocusChange)

    def _outline(self, option: QStyleOption, painter: QPainter, round_by: float) -> None:
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        color = palette.color(Role.Highlight) if self._focused(option) else indicator_outline(palette)
        painter.setPen(QPen(color, 1))
        painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), round_by, round_by)
        painter.restore()

    def _radio(self, option: QStyleOption, painter: QPainter) -> None:
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        side = min(option.rect.width(), option.rect.height())
        ring = QRectF(0, 0, side, side)
        ring.moveCenter(QRectF(option.rect).center())
        ring.adjust(0.5, 0.5, -0.5, -0.5)
        sunken = option.state & QStyle.StateFlag.State_Sunken
        painter.setBrush(mix(palette.color(Role.WindowText), 0.15, palette.color(Role.Base)) if sunken
                         else palette.color(Role.Base))
        color = palette.color(Role.Highlight) if self._focused(option) else indicator_outline(palette)
        painter.setPen(QPen(color, 1))
        painter.drawEllipse(ring)
        if option.state & QStyle.StateFlag.State_On:
            inset = ring.width() * 0.25
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(Role.Highlight))
            painter.drawEllipse(ring.adjusted(inset, inset, -inset, -inset))
        painter.restore()
