"""Toolbar icons of the notes panel, painted in the palette's text colour (light and dark themes).

Drawn with QPainter at two scales instead of shipped as files: they follow the theme, stay crisp
on high-density screens and need no font that may be missing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

SIZE = 20


def _letter(text: str, *, bold: bool = False, italic: bool = False, serif: bool = False) -> Callable[[QPainter], None]:
    def draw(p: QPainter) -> None:
        font = QFont("DejaVu Serif" if serif else p.font().family())
        font.setPixelSize(15)
        font.setBold(bold)
        font.setItalic(italic)
        p.setFont(font)
        p.drawText(QRectF(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, text)

    return draw


def _list(p: QPainter) -> None:
    for y in (5.5, 10, 14.5):
        p.drawEllipse(QPointF(4.5, y), 1.2, 1.2)
        p.drawLine(QPointF(8, y), QPointF(17, y))


def _quote(p: QPainter) -> None:
    p.drawLine(QPointF(4, 4), QPointF(4, 16))
    for y in (6, 10, 14):
        p.drawLine(QPointF(7.5, y), QPointF(17 if y != 14 else 13, y))


def _link(p: QPainter) -> None:
    p.save()
    p.translate(10, 10)
    p.rotate(-45)
    p.drawRoundedRect(QRectF(-8, -3, 9, 6), 3, 3)
    p.drawRoundedRect(QRectF(-1, -3, 9, 6), 3, 3)
    p.restore()


def _wikilink(p: QPainter) -> None:
    font = QFont(p.font())
    font.setPixelSize(12)
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, "[[ ]]")


def _preview(p: QPainter) -> None:
    path = QPainterPath(QPointF(2, 10))
    path.quadTo(QPointF(10, 2), QPointF(18, 10))
    path.quadTo(QPointF(10, 18), QPointF(2, 10))
    p.drawPath(path)
    p.drawEllipse(QPointF(10, 10), 2.6, 2.6)


def _pin(p: QPainter) -> None:
    path = QPainterPath(QPointF(7, 3))
    for x, y in ((13, 3), (12, 8), (15, 11), (5, 11), (8, 8)):
        path.lineTo(x, y)
    path.closeSubpath()
    p.drawPath(path)
    p.drawLine(QPointF(10, 11), QPointF(10, 17.5))


def _speaker(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(7.5, 2.5, 5, 9), 2.5, 2.5)
    path = QPainterPath(QPointF(5, 9))
    path.cubicTo(QPointF(5, 15), QPointF(15, 15), QPointF(15, 9))
    p.drawPath(path)
    p.drawLine(QPointF(10, 14), QPointF(10, 17.5))
    p.drawLine(QPointF(7, 17.5), QPointF(13, 17.5))


def _history(p: QPainter) -> None:
    p.drawArc(QRectF(3, 3, 14, 14), 100 * 16, 300 * 16)
    p.drawLine(QPointF(10, 6), QPointF(10, 10))
    p.drawLine(QPointF(10, 10), QPointF(13, 12))
    p.drawLine(QPointF(3.5, 4.5), QPointF(4.2, 8.2))
    p.drawLine(QPointF(4.2, 8.2), QPointF(7.8, 7.4))


def _add(p: QPainter) -> None:
    p.drawLine(QPointF(10, 4), QPointF(10, 16))
    p.drawLine(QPointF(4, 10), QPointF(16, 10))


def _delete(p: QPainter) -> None:
    p.drawLine(QPointF(4, 5.5), QPointF(16, 5.5))
    p.drawLine(QPointF(8, 5.5), QPointF(8.5, 3))
    p.drawLine(QPointF(8.5, 3), QPointF(11.5, 3))
    p.drawLine(QPointF(11.5, 3), QPointF(12, 5.5))
    p.drawRoundedRect(QRectF(5.5, 5.5, 9, 11.5), 1.5, 1.5)
    for x in (8.5, 11.5):
        p.drawLine(QPointF(x, 8.5), QPointF(x, 14))


def _conflict(p: QPainter) -> None:
    path = QPainterPath(QPointF(10, 2.5))
    path.lineTo(18, 17)
    path.lineTo(2, 17)
    path.closeSubpath()
    p.drawPath(path)
    p.drawLine(QPointF(10, 7.5), QPointF(10, 12))
    p.drawPoint(QPointF(10, 14.5))


_DRAW: dict[str, Callable[[QPainter], None]] = {
    "bold": _letter("B", bold=True), "italic": _letter("I", italic=True, serif=True), "heading": _letter("H", bold=True),
    "list": _list, "quote": _quote, "link": _link, "wikilink": _wikilink, "preview": _preview, "pin": _pin,
    "speaker": _speaker, "history": _history, "add": _add, "delete": _delete, "conflict": _conflict,
}


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The named icon in ``color`` (default: the application palette's text colour)."""
    color = color or QApplication.palette().color(QPalette.ColorRole.ButtonText)
    return _icon(name, color.name(QColor.NameFormat.HexArgb))


@lru_cache(maxsize=256)
def _icon(name: str, color_name: str) -> QIcon:
    color = QColor(color_name)
    result = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(SIZE * scale, SIZE * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(color, 1.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        _DRAW[name](painter)
        painter.end()
        result.addPixmap(pixmap)
    return result


NAMES = tuple(_DRAW)
