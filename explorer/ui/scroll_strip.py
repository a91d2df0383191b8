"""A strip of controls that scrolls sideways instead of widening its dock or window.

A row of buttons and filters wants its full width; in a dock on a small laptop screen that
would force the whole main window wider than the screen. ``ScrollStrip`` shows the row at its
natural height, and adds a horizontal scroll bar (growing by its height) only when the row does
not fit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget


class ScrollStrip(QScrollArea):
    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls inside take the focus, not the strip
        self.setWidget(content)
        content.installEventFilter(self)
        self._fit_height()

    def _needs_scrolling(self) -> bool:
        return self.widget().minimumSizeHint().width() > self.viewport().width()

    def _content_height(self) -> int:
        """The row's height, or for content that wraps (a flow of controls) its height at this width."""
        content = self.widget()
        if content.hasHeightForWidth() and self.viewport().width() > 0:
            return content.heightForWidth(max(self.viewport().width(), content.minimumSizeHint().width()))
        return content.sizeHint().height()

    def _fit_height(self) -> None:
        height = self._content_height()
        if self._needs_scrolling():
            height += self.horizontalScrollBar().sizeHint().height()
        if height != self.height():
            self.setFixedHeight(height)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self._content_height())

    def sizeHint(self) -> QSize:
        return QSize(self.widget().sizeHint().width(), self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit_height()
        return super().eventFilter(watched, event)
