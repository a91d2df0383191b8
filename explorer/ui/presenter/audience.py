"""The audience view: the current step as a full-screen slide, its strip animating to the step's window.

The slide above the strip is painted once per step and size into a pixmap; animation frames
repaint only the strip. Black and white screens hide everything; past the last step comes the
end screen. A click moves on, a right click goes back; keys arrive through the presenter's key router.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEasingCurve, QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QCloseEvent, QColor, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from explorer.ui.presenter.content import Slide
from explorer.ui.presenter.overlay import KeysOverlay
from explorer.ui.presenter.show import BLACK, Show
from explorer.ui.presenter.slide_painter import SlideAssets, paint_end_screen, paint_slide, paint_strip
from explorer.ui.presenter.theme import SlideTheme

Window = tuple[float, float]


def blend(start: Window, end: Window, t: float) -> Window:
    """A window between two: the centre glides, the width zooms evenly (geometrically)."""
    c0, c1 = (start[0] + start[1]) / 2, (end[0] + end[1]) / 2
    w0, w1 = max(start[1] - start[0], 1.0), max(end[1] - end[0], 1.0)
    centre = c0 + (c1 - c0) * t
    width = w0 * math.exp(math.log(w1 / w0) * t)
    return centre - width / 2, centre + width / 2


class AudienceView(QWidget):
    ANIMATION_MS = 700  # tests make it short
    HIDE_POINTER_MS = 2500  # the pointer shows while it moves, then gets out of the way
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, show: Show, assets: SlideAssets, theme: SlideTheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterAudience")
        self.setAccessibleName(self.tr("Presentation"))
        self.setWindowTitle(self.tr("%1 — Case Explorer").replace("%1", show.tour.title))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setMouseTracking(True)
        self.show_state = show
        self.assets = assets
        self.theme = theme
        self.keys = KeysOverlay(self, theme)
        self._pointer_timer = QTimer(self)
        self._pointer_timer.setSingleShot(True)
        self._pointer_timer.setInterval(self.HIDE_POINTER_MS)
        self._pointer_timer.timeout.connect(lambda: self.setCursor(Qt.CursorShape.BlankCursor))
        self._static: QPixmap | None = None
        self._static_key: tuple | None = None
        slide = show.slide
        self.strip_window: Window | None = slide.window if slide else None
        self._from: Window | None = None
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._on_frame)
        show.step_changed.connect(self._on_step)
        show.blank_changed.connect(lambda _blank: self.update())
        show.finished_changed.connect(lambda _finished: self.update())
        show.slides_changed.connect(self._on_slides_changed)

    @property
    def animating(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def set_theme(self, theme: SlideTheme) -> None:
        self.theme = theme
        self.keys.theme = theme
        self._static = None
        self.update()

    def _on_step(self, _index: int) -> None:
        slide = self.show_state.slide
        if slide is None:
            return
        self._static = None
        if self.strip_window is None or self.ANIMATION_MS <= 0:
            self.strip_window = slide.window
        else:
            self._from = self.strip_window
            self._animation.stop()
            self._animation.setDuration(self.ANIMATION_MS)
            self._animation.start()
        self.update()

    def _on_slides_changed(self) -> None:
        self._static = None
        slide = self.show_state.slide
        if slide is not None and not self.animating:
            self.strip_window = slide.window
        self.update()

    def _on_frame(self, value: float) -> None:
        slide = self.show_state.slide
        if slide is None or self._from is None:
            return
        self.strip_window = slide.window if value >= 1.0 else blend(self._from, slide.window, float(value))
        self.update()

    def _static_pixmap(self, slide: Slide) -> QPixmap:
        ratio = self.devicePixelRatioF()
        key = (id(slide), self.width(), self.height(), ratio, self.theme.name)
        if self._static is None or self._static_key != key:
            pixmap = QPixmap(max(int(self.width() * ratio), 1), max(int(self.height() * ratio), 1))
            pixmap.setDevicePixelRatio(ratio)
            painter = QPainter(pixmap)
            paint_slide(painter, QRectF(0, 0, self.width(), self.height()), slide, self.assets, self.theme, with_strip=False)
            painter.end()
            self._static, self._static_key = pixmap, key
        return self._static

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        show = self.show_state
        slide = show.slide
        if show.blank:
            painter.fillRect(self.rect(), QColor("#000000" if show.blank == BLACK else "#ffffff"))
        elif show.finished:
            paint_end_screen(painter, QRectF(self.rect()), self.theme)
        elif slide is None:
            painter.fillRect(self.rect(), self.theme.color("background"))
            painter.setPen(self.theme.color("muted"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "This tour has no steps yet.")
        else:
            painter.drawPixmap(0, 0, self._static_pixmap(slide))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            paint_strip(painter, QRectF(self.rect()), slide, self.assets, self.theme, self.strip_window)
        painter.end()

    def resizeEvent(self, event: object) -> None:
        self._static = None
        super().resizeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.next_requested.emit()
        elif event.button() == Qt.MouseButton.RightButton:
            self.previous_requested.emit()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.unsetCursor()  # the pointer shows while it moves, for pointing at the slide
        self._pointer_timer.start()
        super().mouseMoveEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
