"""A small picture of a slide for the presenter console, exactly as the room sees it (letterboxed):
the slide, a blanked screen, or the end screen past the last step."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from explorer.ui.presenter.content import Slide
from explorer.ui.presenter.slide_painter import SlideAssets, paint_end_screen, paint_slide
from explorer.ui.presenter.theme import SlideTheme, font


class SlidePreview(QWidget):
    clicked = Signal()

    def __init__(self, assets: SlideAssets, theme: SlideTheme, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assets = assets
        self.theme = theme
        self.empty_text = empty_text
        self.slide: Slide | None = None
        self.blank = ""
        self.finished = False  # the end screen is up
        self.aspect = 16 / 9
        self._pixmap: QPixmap | None = None
        self._key: tuple | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(240, 135)

    def set_slide(self, slide: Slide | None, blank: str = "", finished: bool = False) -> None:
        self.slide, self.blank, self.finished = slide, blank, finished
        self.update()

    def set_theme(self, theme: SlideTheme) -> None:
        self.theme = theme
        self._pixmap = None
        self.update()

    def set_aspect(self, aspect: float) -> None:
        self.aspect = aspect if aspect > 0.2 else 16 / 9
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(width / self.aspect)

    def sizeHint(self) -> QSize:
        return QSize(640, int(640 / self.aspect))

    def _frame(self) -> QRectF:
        width, height = self.width(), self.height()
        if width / max(height, 1) > self.aspect:
            width = height * self.aspect
        else:
            height = width / self.aspect
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        frame = self._frame()
        if self.slide is None:
            painter.setPen(self.palette().placeholderText().color())
            painter.setFont(font(18))
            margin = frame.width() * 0.06
            painter.drawText(frame.adjusted(margin, 0, -margin, 0), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self.empty_text)
        elif self.blank:
            painter.fillRect(frame, QColor("#000000" if self.blank == "black" else "#ffffff"))
            painter.setPen(QColor("#888888"))
            painter.setFont(font(18, bold=True))
            words = self.tr("Screen is black") if self.blank == "black" else self.tr("Screen is white")
            margin = frame.width() * 0.06  # wrapped within the slide, however small the preview
            painter.drawText(frame.adjusted(margin, 0, -margin, 0), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             words + " — " + self.tr("press any arrow to come back"))
        elif self.finished:
            paint_end_screen(painter, frame, self.theme)
        else:
            painter.drawPixmap(frame.topLeft(), self._picture(frame))
        painter.setPen(self.palette().mid().color())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(frame.adjusted(0, 0, -1, -1))
        painter.end()

    def _picture(self, frame: QRectF) -> QPixmap:
        ratio = self.devicePixelRatioF()
        key = (id(self.slide), int(frame.width()), int(frame.height()), ratio, self.theme.name)
        if self._pixmap is None or self._key != key:
            pixmap = QPixmap(max(int(frame.width() * ratio), 1), max(int(frame.height() * ratio), 1))
            pixmap.setDevicePixelRatio(ratio)
            painter = QPainter(pixmap)
            paint_slide(painter, QRectF(0, 0, frame.width(), frame.height()), self.slide, self.assets, self.theme)
            painter.end()
            self._pixmap, self._key = pixmap, key
        return self._pixmap

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        event.accept()
