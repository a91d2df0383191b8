"""Painting the small marks of a note: the author's initials in their colour, and tag chips.

Authors are told apart by initials *and* colour, always next to the written name, so nobody
depends on telling colours apart.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from explorer.core.notes import authors


def paint_author_badge(painter: QPainter, rect: QRectF, name: str) -> None:
    """A filled circle in the author's colour with their initials in white."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(authors.color(name)))
    painter.drawEllipse(rect)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(7, int(rect.height() * 0.42)))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, authors.initials(name))
    painter.restore()


def paint_chip(painter: QPainter, rect: QRectF, text: str, palette: QPalette) -> None:
    """A rounded tag chip in muted colours that read in light and dark themes."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    base = palette.color(QPalette.ColorRole.Highlight)
    fill = QColor(base)
    fill.setAlpha(40)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


class AuthorBadge(QWidget):
    """The initials badge as a widget (editor header, author dialog)."""

    def __init__(self, name: str = "", diameter: int = 22, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._diameter = diameter
        self.setFixedSize(QSize(diameter, diameter))
        self._update_accessible()

    def set_name(self, name: str) -> None:
        self._name = name
        self._update_accessible()
        self.update()

    def _update_accessible(self) -> None:
        self.setAccessibleName(self.tr("Author: %1").replace("%1", authors.shown_name(self._name)))

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        paint_author_badge(painter, QRectF(0.5, 0.5, self._diameter - 1, self._diameter - 1), self._name)
