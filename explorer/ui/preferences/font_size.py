"""Preferences ▸ Font size: give the running application a new font size, in every widget at once.

``QApplication.setFont`` alone does not reach every widget that already exists:

* before the event loop runs (at start, in tests) Qt tells no widget about the new font, and
  while it runs only the windows, which pass it on down to their children;
* a widget polished by a style sheet (the high-contrast theme's, or a widget's own) is skipped
  in that passing on unless its parent has a style sheet of its own, so it and everything in it
  kept the old size (and leaving the high-contrast theme in the same dialog left them so too);
* a dock paints its title in a copy of the dock-title font taken when the dock was made, so
  dock titles kept the old size in every theme.

So after setting the application font every widget is told about it, as Qt does by itself only
when the platform theme gave class-specific fonts: each widget re-resolves its font from its
parent's or the application's, keeping whatever it set itself (bold, a fixed size of its own).
Parents go first, so each child finds its parent's new font already there. Dock titles are then
painted in the dock's current font (``DockTitleFont``).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication, QDockWidget, QStyle, QStyleOptionDockWidget, QStyleOptionFrame, QStylePainter, QWidget

_base_font: list[QFont] = []  # the application's font before any size was set
_title_painter: list[DockTitleFont] = []  # one for the application, made on the first change


def apply_font_size(points: int, windows_open: bool = True) -> None:
    """Give the whole application this font size (0: the platform's own). The main window applies
    the saved size before it builds its widgets (``windows_open=False``: none to tell yet)."""
    app = QApplication.instance()
    font = QFont(_platform_font())
    if points > 0:
        font.setPointSize(points)
    if font != app.font():
        app.setFont(font)
        if windows_open:
            follow_application_font(app)


def text_scale(font: QFont) -> float:
    """How much larger than the platform's own font size ``font`` is (1 at the platform's size or
    below): for things drawn at fixed pixel sizes that should grow with a larger font size."""
    base = QFontInfo(_platform_font()).pixelSize()
    return max(1.0, QFontInfo(font).pixelSize() / base) if base > 0 else 1.0


def _platform_font() -> QFont:
    """The application's font before any size was set (remembered on first use)."""
    if not _base_font:
        _base_font.append(QFont(QApplication.instance().font()))
    return _base_font[0]


def follow_application_font(app: QApplication) -> None:
    """Every widget of the open windows takes the application's font again; dock titles follow it
    too. Only the windows on screen are walked, not ``allWidgets()``: that also lists widgets
    Qt is still taking down, whose wrappers crashed a long test run (a window made later takes
    the application's font as it is made)."""
    change = QEvent(QEvent.Type.ApplicationFontChange)
    if not _title_painter:
        _title_painter.append(DockTitleFont(app))
    title_font = _title_painter[0]
    windows = [w for w in app.topLevelWidgets() if shiboken6.isValid(w) and w.isVisible()]  # (one Qt is taking down: skip)
    widgets = windows + [child for window in windows for child in window.findChildren(QWidget)]
    for widget in sorted(widgets, key=_depth):  # parents first: a child takes its parent's new font
        if not shiboken6.isValid(widget):  # gone while an earlier one took the change
            continue
        QApplication.sendEvent(widget, change)
        if isinstance(widget, QDockWidget):
            title_font.follow(widget)


def _depth(widget: QWidget) -> int:
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth


class DockTitleFont(QObject):
    """Paints a dock's title in the dock's font as it is now.

    ``QDockWidget`` paints its title in a font it copied when it was made, whenever its own font
    is the application's; this filter paints the title as Qt does, but with the current font. It
    leaves alone docks with a title-bar widget of their own and floating docks the window manager
    decorates (their title is not painted by the dock)."""

    def follow(self, dock: QDockWidget) -> None:
        dock.removeEventFilter(self)  # installed once, however often the size changes
        dock.installEventFilter(self)
        dock.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QDockWidget) and self._paints_title(watched):
            self.paint(watched)
            return True
        return False

    @staticmethod
    def _paints_title(dock: QDockWidget) -> bool:
        if dock.titleBarWidget() is not None:
            return False
        return not dock.isFloating() or bool(dock.windowFlags() & Qt.WindowType.FramelessWindowHint)

    @staticmethod
    def title_font(dock: QDockWidget) -> QFont:
        """The dock's own font, or the platform's dock-title font when the dock has the default."""
        font = dock.font()
        return QApplication.font("QDockWidgetTitle") if font == QApplication.font("QDockWidget") else font

    def paint(self, dock: QDockWidget) -> None:
        painter = QStylePainter(dock)
        try:
            if dock.isFloating():
                frame = QStyleOptionFrame()
                frame.initFrom(dock)
                painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameDockWidget, frame)
            title = QStyleOptionDockWidget()
            dock.initStyleOption(title)
            font = self.title_font(dock)
            painter.setFont(font)
            title.fontMetrics = painter.fontMetrics()
            painter.drawControl(QStyle.ControlElement.CE_DockWidgetTitle, title)
        finally:
            painter.end()


def system_point_size() -> int:
    """The platform's font size in points (what "System default" means), whatever size is applied now."""
    base = _platform_font()
    return base.pointSize() if base.pointSize() > 0 else QFontInfo(base).pointSize()
