"""Running a show: opens the audience view and the console, places them, routes keys, follows edits.

With two screens or more, the audience view goes full screen on a screen other than the main
window's and the console takes the main window's screen; S (or the console's button) swaps them.
With one screen the audience view starts full screen in front and the console is an ordinary
window behind it (Alt+Tab reaches it); S, the console's "Show Slides" button and Present ▸ Show
Presenter Console / Show Slides switch between them: the console then fills the screen while the
slides are hidden, as PowerPoint's presenter view on one screen does. While a show runs, an
application event filter gives both windows the same keys, whichever widget has the focus.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from explorer.core import tours
from explorer.core.changes import Changed, Changes
from explorer.core.models import Tour
from explorer.ui.presenter.audience import AudienceView
from explorer.ui.presenter.console import PresenterConsole
from explorer.ui.presenter.graph import graph_renderer
from explorer.ui.presenter.keys import Command, KeyInterpreter
from explorer.ui.presenter.media import MediaImages
from explorer.ui.presenter.show import BLACK, WHITE, Show
from explorer.ui.presenter.slide_painter import SlideAssets
from explorer.ui.presenter.theme import slide_theme

_CASE_FLAGS = (Changed.EVENTS | Changed.PARTICIPANTS | Changed.ENTITIES | Changed.NOTES | Changed.RELATIONSHIPS | Changed.ERAS
               | Changed.EFFECTS | Changed.META)


def raise_window(window: QWidget) -> None:
    """Bring a window in front of others (the offscreen platform cannot, and warns if asked)."""
    if QGuiApplication.platformName() != "offscreen":
        window.raise_()
    window.activateWindow()


def choose_screens(screens: Sequence[QScreen], main: QScreen | None) -> tuple[QScreen | None, QScreen | None]:
    """(audience screen, console screen): different screens when there are two or more."""
    main = main if main in screens else (screens[0] if screens else None)
    others = [screen for screen in screens if screen is not main]
    return (others[0], main) if others else (main, main)


class KeyRouter(QObject):
    """Sends key presses in the show's windows to the show, before any widget sees them."""

    def __init__(self, shows: ShowRunner) -> None:
        super().__init__()
        self.shows = shows

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or not isinstance(watched, QWidget):
            return False
        window = watched.window()
        if window is not self.shows.audience and window is not self.shows.console:
            return False
        if kind == QEvent.Type.ShortcutOverride:  # our keys are key presses here, never another window's shortcuts
            if self.shows.keys.claims(event.key(), event.text(), event.modifiers()):
                event.accept()
                return True
            return False
        return self.shows.handle_key(event, window)  # type: ignore[arg-type]


class ShowRunner(QObject):
    """One show at a time over the main window's case."""

    started = Signal()
    ended = Signal(str)  # the event of the step the show ended on ("" when none)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.show: Show | None = None
        self.audience: AudienceView | None = None
        self.console: PresenterConsole | None = None
        self.assets: SlideAssets | None = None
        self.keys = KeyInterpreter()
        self._router = KeyRouter(self)
        self.screens: tuple[QScreen | None, QScreen | None] = (None, None)  # (audience's, console's)

    @property
    def presenting(self) -> bool:
        return self.show is not None

    def start(self, tour: Tour, index: int, theme_name: str) -> None:
        """Begin a show; during one, only bring its windows to the front (F5 does not restart)."""
        if self.show is not None:
            self.to_front()
            return
        store = self.window.store
        self.show = show = Show(store, tour, index, self)
        self.assets = SlideAssets(show.slides.strip, MediaImages(store.db.path), graph_renderer(store))
        theme = slide_theme(theme_name)
        self.audience = AudienceView(show, self.assets, theme)
        self.console = PresenterConsole(show, self.assets, theme)
        self.audience.next_requested.connect(lambda: self.do(Command.NEXT))
        self.audience.previous_requested.connect(lambda: self.do(Command.PREVIOUS))
        self.console.next_requested.connect(lambda: self.do(Command.NEXT))
        self.console.previous_requested.connect(lambda: self.do(Command.PREVIOUS))
        self.console.jump_requested.connect(show.go_to)
        self.console.blank_requested.connect(show.toggle_blank)
        self.console.leave_requested.connect(self.stop)
        self.console.switch_requested.connect(lambda: self.switch(self.console))
        self.audience.closed.connect(self.stop)  # closed by the window manager (Alt+F4): the show is over
        show.slides_changed.connect(self._on_slides_changed)
        self.keys.typed = ""
        QApplication.instance().installEventFilter(self._router)
        self._place_windows()
        self.started.emit()

    @property
    def one_screen(self) -> bool:
        """Whether the slides and the console share a screen (they then take turns in front)."""
        return self.screens[0] is self.screens[1]

    def _place_windows(self) -> None:
        self.screens = choose_screens(QGuiApplication.screens(), self.window.screen())
        self.console.set_one_screen(self.one_screen)
        self._place_on_screens()
        if self.one_screen:  # the console waits behind the slides (Alt+Tab, S or the Present menu reach it)
            available = self.screens[1].availableGeometry() if self.screens[1] is not None else None
            if available is not None:
                self.console.resize(min(1400, int(available.width() * 0.85)), min(900, int(available.height() * 0.85)))
            self.console.show()
        self.audience.showFullScreen()
        self.to_front()

    def _place_on_screens(self) -> None:
        """Put each window on its screen; with two screens the console fills its own."""
        audience_screen, console_screen = self.screens
        if audience_screen is not None:
            size = audience_screen.geometry().size()
            self.console.set_aspect(size.width() / max(size.height(), 1))
            self.audience.setScreen(audience_screen)
            self.audience.setGeometry(audience_screen.geometry())
        if console_screen is not None and not self.one_screen:
            self.console.setScreen(console_screen)
            self.console.setGeometry(console_screen.availableGeometry())
            self.console.showMaximized()

    def to_front(self) -> None:
        """The slides in front (shown again, full screen, if the console had taken their place)."""
        if self.audience is None:
            return
        if not self.audience.isVisible():
            self.audience.showFullScreen()
        raise_window(self.audience)
        self.audience.setFocus()

    def show_audience(self) -> None:
        """Present ▸ Show Slides: the slides come forward."""
        self.to_front()

    def show_console(self) -> None:
        """Present ▸ Show Presenter Console: on one screen it takes the slides' place and fills the screen."""
        console = self.console
        if console is None:
            return
        if self.one_screen:
            self.audience.hide()  # the same screen: the room sees what the presenter sees, as in PowerPoint
            console.showMaximized()
        else:
            console.show()
        raise_window(console)
        console.setFocus()

    def switch(self, source: QWidget | None = None) -> None:
        """S: on one screen, from the slides to the console or back; with two screens, swap them."""
        if self.show is None:
            return
        if not self.one_screen:
            self.screens = (self.screens[1], self.screens[0])
            self.audience.showNormal()  # a full-screen or maximised window moves to another screen only when normal
            self.console.showNormal()
            self._place_on_screens()
            self.audience.showFullScreen()
            self.to_front()
        elif source is self.console or (source is None and not self.audience.isVisible()):
            self.to_front()
        else:
            self.show_console()

    def stop(self) -> None:
        """End the show and close its windows."""
        show, windows = self.show, (self.audience, self.console)
        if show is None:
            return
        self.show = self.audience = self.console = self.assets = None  # first: closing a window calls stop() again
        QApplication.instance().removeEventFilter(self._router)
        slide = show.slide
        for window in windows:
            window.close()
            window.deleteLater()
        show.deleteLater()
        self.ended.emit((slide.event_uid or "") if slide is not None else "")

    def set_theme(self, theme_name: str) -> None:
        if self.show is not None:
            theme = slide_theme(theme_name)
            self.audience.set_theme(theme)
            self.console.set_theme(theme)

    def follow(self, changes: Changes) -> None:
        """Show an edit made during the show (a note typed on the console's screen, a tour reordered)."""
        show = self.show
        if show is None:
            return
        if not changes.touches(_CASE_FLAGS | Changed.TOURS):
            return
        store, uid = self.window.store, show.tour.uid
        if tours.is_builtin(uid):  # made from the case: made again
            tour = tours.builtin_tour(store, uid) if changes.touches(Changed.EVENTS) else show.tour
        else:  # as stored now (a deleted event takes its steps with it); a deleted tour plays on
            tour = store.tour(uid) or show.tour
        show.reload(tour)

    def _on_slides_changed(self) -> None:
        if self.assets is not None and self.show is not None:
            self.assets.strip = self.show.slides.strip

    # --- keys ----------------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent, source: QWidget) -> bool:
        result = self.keys.interpret(event.key(), event.text(), event.modifiers())
        if result is None:
            return False
        command, number = result
        overlay = source.keys  # type: ignore[attr-defined]
        if overlay.isVisible() and command in (Command.LEAVE, Command.HELP):
            overlay.hide()
            return True
        if command is Command.HELP:
            overlay.toggle()
        elif command is Command.FULL_SCREEN:
            source.showNormal() if source.isFullScreen() else source.showFullScreen()
        elif command is Command.SWITCH:
            self.switch(source)
        else:
            self.do(command, number)
        return True

    def do(self, command: Command, number: int = 0) -> None:
        show = self.show
        if show is None:
            return
        if command is Command.NEXT:
            if show.finished and not show.blank:  # a press on the end screen leaves, as Esc does
                self.stop()
                return
            show.next()  # from the last step: the end screen
        elif command is Command.PREVIOUS:
            show.previous()
        elif command is Command.FIRST:
            show.first()
        elif command is Command.LAST:
            show.last()
        elif command is Command.JUMP:
            show.go_to(number - 1)
        elif command is Command.BLACK:
            show.toggle_blank(BLACK)
        elif command is Command.WHITE:
            show.toggle_blank(WHITE)
        elif command is Command.LEAVE:
            self.stop()
            return
        if self.console is not None:
            self.console.show_status(self.keys.typed)
