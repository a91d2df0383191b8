"""The "?" overlay: every presenter key in a panel over the window, sized with the window.

It covers its parent, lets nothing through, and closes with "?", Esc or a click.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from explorer.ui.presenter.keys import HELP_ROWS
from explorer.ui.presenter.theme import SlideTheme, font, unit

TITLE = "Presenter keys"
FOOTER = "Press ? or click to close"


class KeysOverlay(QWidget):
    def __init__(self, parent: QWidget, theme: SlideTheme) -> None:
        super().__init__(parent)
        self.setObjectName("presenterKeys")
        self.setAccessibleName(TITLE)
        self.theme = theme
        self.hide()
        parent.installEventFilter(self)

    def text(self) -> str:
        """What the overlay lists, as plain text (for tests and screen readers)."""
        return "\n".join([TITLE, *(f"{keys}: {action}" for keys, action in HELP_ROWS), FOOTER])

    def toggle(self) -> None:
        self.set_shown(not self.isVisible())

    def set_shown(self, shown: bool) -> None:
        if shown:
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
        self.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        u = max(unit(rect), 0.45)  # a small console window still gets readable keys
        shade = QColor(self.theme.background)
        shade.setAlpha(215)
        painter.fillRect(rect, shade)
        key_font, action_font, title_font = font(30 * u, bold=True), font(30 * u), font(44 * u, bold=True)
        row = QFontMetricsF(action_font).lineSpacing() * 1.55
        keys_width = max(QFontMetricsF(key_font).horizontalAdvance(keys) for keys, _ in HELP_ROWS)
        action_width = max(QFontMetricsF(action_font).horizontalAdvance(action) for _, action in HELP_ROWS)
        width = min(keys_width + action_width + 150 * u, rect.width() - 40 * u)
        height = min(row * len(HELP_ROWS) + 220 * u, rect.height() - 40 * u)
        panel = QRectF(rect.center().x() - width / 2, rect.center().y() - height / 2, width, height)
        painter.setPen(QPen(self.theme.color("rule"), 2 * u))
        painter.setBrush(self.theme.color("card"))
        painter.drawRoundedRect(panel, 24 * u, 24 * u)
        left = panel.left() + 50 * u
        painter.setFont(title_font)
        painter.setPen(self.theme.color("text"))
        painter.drawText(QRectF(left, panel.top() + 36 * u, width, 60 * u), Qt.AlignmentFlag.AlignLeft, TITLE)
        y = panel.top() + 120 * u
        for keys, action in HELP_ROWS:
            painter.setFont(key_font)
            painter.setPen(self.theme.color("accent"))
            painter.drawText(QRectF(left, y, keys_width + 20 * u, row), Qt.AlignmentFlag.AlignVCenter, keys)
            painter.setFont(action_font)
            painter.setPen(self.theme.color("text"))
            painter.drawText(QRectF(left + keys_width + 50 * u, y, action_width + 20 * u, row), Qt.AlignmentFlag.AlignVCenter, action)
            y += row
        painter.setFont(font(24 * u, weight=QFont.Weight.Normal))
        painter.setPen(self.theme.color("muted"))
        painter.drawText(QRectF(left, y + 14 * u, width, 40 * u), Qt.AlignmentFlag.AlignLeft, FOOTER)
        painter.end()
