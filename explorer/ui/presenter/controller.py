"""The Present menu of the main window and what it starts: shows, the tour editor, slide export.

``PresenterController`` is made by ``attach(window)``. It remembers the chosen tour and slide
theme, starts a show from the beginning (F5) or from the selected event (Shift+F5), follows the
window when another case is opened, and ends a running show before the window closes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from explorer import paths
from explorer.core import tours
from explorer.core.changes import Changes
from explorer.core.models import Tour
from explorer.core.store import CaseStore
from explorer.ui.messages import Dialogs
from explorer.ui.presenter.theme import THEMES, theme_label

if TYPE_CHECKING:
    from explorer.ui.presenter.runner import ShowRunner

THEME_KEY = "presenter/theme"


class SlideExportDialog:
    """Where to export slides; tests replace ``ask``."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> str | None:
        kinds = QCoreApplication.translate("SlideExportDialog", "PDF, one page a step (*.pdf);;PNG images in a folder (*)")
        title = QCoreApplication.translate("SlideExportDialog", "Export slides")
        path, _kind = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
        return path or None


class PresenterController(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session  # type: ignore[attr-defined]
        self.tour_uid: str | None = None  # None: the case's default tour
        self.theme_name = str(QSettings().value(THEME_KEY, getattr(window, "theme_name", "light")))  # first time: the app's
        if self.theme_name not in THEMES:
            self.theme_name = "light"
        self._runner: ShowRunner | None = None  # made at the first show: its windows' code is not needed to start
        self.editor: QWidget | None = None
        self._build_menu()
        self.session.changed.connect(self._on_changed)
        window.session_replaced.connect(self._on_session_replaced)  # type: ignore[attr-defined]
        window.installEventFilter(self)

    @property
    def store(self) -> CaseStore:
        return self.session.store

    @property
    def runner(self) -> ShowRunner:
        if self._runner is None:
            from explorer.ui.presenter.runner import ShowRunner

            self._runner = ShowRunner(self.window)
            self._runner.ended.connect(self._on_ended)
            self._runner.started.connect(self._enable_show_actions)
            self._runner.ended.connect(self._enable_show_actions)
        return self._runner

    @property
    def presenting(self) -> bool:
        return self._runner is not None and self._runner.presenting

    # --- menu ----------------------------------------------------------------------------

    def _build_menu(self) -> None:
        bar = self.window.menuBar()  # type: ignore[attr-defined]
        self.menu = QMenu(self.tr("&Present"), self.window)
        self.menu.setObjectName("presentMenu")
        help_menu = getattr(self.window, "help_menu", None)  # the window's own: its title may be translated
        help_action = help_menu.menuAction() if isinstance(help_menu, QMenu) else None
        if help_action is not None and help_action in bar.actions():
            bar.insertMenu(help_action, self.menu)
        else:
            bar.addMenu(self.menu)
        self.start_action = self._action(self.tr("Start from &Beginning"), lambda: self.start(), "F5",
                                         self.tr("Present the tour full screen"))
        self.start_here_action = self._action(self.tr("Start from &Selection"), lambda: self.start(from_selection=True), "Shift+F5",
                                              self.tr("Present from the step of the selected event"))
        self.tours_action = self._action(self.tr("&Tours…"), self.open_editor, None,
                                         self.tr("Add, remove, reorder and annotate the steps of tours"))
        self.export_action = self._action(self.tr("&Export Slides…"), self.export, None, self.tr("Save the tour as a PDF or as PNG images"))
        self.console_action = self._action(self.tr("Show Presenter &Console"), self.show_console, None,
                                           self.tr("During a show: the console with notes, next step and timer in front (S)"))
        self.slides_action = self._action(self.tr("Show S&lides"), self.show_slides, None,
                                          self.tr("During a show: the slides full screen in front (S)"))
        self.menu.addActions([self.start_action, self.start_here_action, self.console_action, self.slides_action])
        self._enable_show_actions()
        self.menu.addSeparator()
        self.menu.addAction(self.tours_action)
        self.choose_menu = self.menu.addMenu(self.tr("Ch&oose Tour"))
        self.choose_menu.aboutToShow.connect(self._fill_choose_menu)
        self.theme_menu = self.menu.addMenu(self.tr("Slide T&heme"))
        self.theme_actions = QActionGroup(self)
        for name in THEMES:
            action = QAction(theme_label(name), self, checkable=True, checked=name == self.theme_name)
            action.setData(name)
            action.triggered.connect(lambda _checked=False, n=name: self.set_theme(n))
            self.theme_actions.addAction(action)
            self.theme_menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.export_action)
        self._fill_choose_menu()

    def _action(self, text: str, slot: object, shortcut: str | None, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setStatusTip(tip)
        return action

    def _fill_choose_menu(self) -> None:
        self.choose_menu.clear()
        group = QActionGroup(self.choose_menu)
        current = self.current_tour_uid()
        for choice in tours.tour_choices(self.store):
            if choice.is_builtin and choice.uid == tours.ALL_EVENTS:
                self.choose_menu.addSeparator()
            label = choice.title + ("  " + self.tr("(default)") if choice.is_default else "")
            action = QAction(label, self.choose_menu, checkable=True, checked=choice.uid == current)
            action.setData(choice.uid)
            action.triggered.connect(lambda _checked=False, uid=choice.uid: self.choose_tour(uid))
            group.addAction(action)
            self.choose_menu.addAction(action)

    # --- tours and themes ----------------------------------------------------------------

    def current_tour(self) -> Tour:
        return tours.resolve_tour(self.store, self.tour_uid)

    def current_tour_uid(self) -> str:
        return tours.resolve_tour_uid(self.store, self.tour_uid)  # cheap: builds no tour

    def choose_tour(self, uid: str | None) -> None:
        self.tour_uid = uid

    def set_theme(self, name: str) -> None:
        self.theme_name = name if name in THEMES else "light"
        QSettings().setValue(THEME_KEY, self.theme_name)
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == self.theme_name)
        if self._runner is not None:
            self._runner.set_theme(self.theme_name)

    # --- shows ---------------------------------------------------------------------------

    def start(self, from_selection: bool = False, tour: Tour | None = None, index: int | None = None) -> None:
        """Present a tour full screen (the chosen one when None); a running show just comes forward."""
        if self.presenting:
            self.runner.to_front()  # F5 during a show does not restart it
            return
        tour = tour or self.current_tour()
        if not tour.steps:
            message = self.tr("“%1” has no steps yet: add some in Present ▸ Tours…").replace("%1", tour.title)
            self.window.statusBar().showMessage(message, 8000)  # type: ignore[attr-defined]
            return
        if index is None:
            index = self._selection_index(tour) if from_selection else 0
        self.runner.start(tour, index, self.theme_name)

    def _selection_index(self, tour: Tour) -> int:
        uid = self.window.timeline.selected_uid  # type: ignore[attr-defined]
        event = self.store.event(uid) if uid else None

        def time_of(step: object) -> int | None:
            return tours.step_time(step, self.store.event(step.event_uid) if step.event_uid else None)  # type: ignore[attr-defined]

        return tours.start_index(tour, uid, time_of, event.t_start if event else None)

    def _enable_show_actions(self, *_args: object) -> None:
        for action in (self.console_action, self.slides_action):
            action.setEnabled(self.presenting)

    def show_console(self) -> None:
        """Present ▸ Show Presenter Console (during a show)."""
        if self.presenting:
            self.runner.show_console()

    def show_slides(self) -> None:
        """Present ▸ Show Slides (during a show)."""
        if self.presenting:
            self.runner.show_audience()

    def stop(self) -> None:
        if self._runner is not None:
            self._runner.stop()

    def _on_ended(self, event_uid: str) -> None:
        """Back at the desk: the timeline has the focus and the event the talk ended on selected."""
        if self._window_closing:
            return
        if event_uid and self.store.event(event_uid) is not None:
            self.window.select_event(event_uid)  # type: ignore[attr-defined]
        self.window.activateWindow()
        self.window.timeline.setFocus()  # type: ignore[attr-defined]

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if self._runner is not None:
            self._runner.follow(changes)

    def _on_session_replaced(self, session: object) -> None:
        """Another case is open (the old one is already closed): the show ends, the editor follows."""
        self.session.changed.disconnect(self._on_changed)
        self.session = session
        self.session.changed.connect(self._on_changed)
        self.tour_uid = None
        self.stop()
        if self.editor is not None:
            self.editor.set_session(session)  # type: ignore[attr-defined]

    _window_closing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self._window_closing = True  # the show ends without handing the focus back
            self.stop()
            self._window_closing = False
            if self.editor is not None:
                self.editor.close()
        return False

    # --- editor and export ---------------------------------------------------------------

    def open_editor(self) -> QWidget:
        from explorer.ui.presenter.editor import TourEditor
        from explorer.ui.presenter.runner import raise_window

        if self.editor is None:
            self.editor = TourEditor(self)
        self.editor.show()
        raise_window(self.editor)
        return self.editor

    def export(self) -> bool:
        """Present ▸ Export Slides…: slide by slide with a progress dialog; Cancel leaves nothing behind."""
        from explorer.ui.presenter.export import iter_export_slides
        from explorer.ui.progress import Cancelled, run_steps

        tour = self.current_tour()
        suggested = str(paths.folder_for_files(self.store.db.path) / f"{tour.title}.pdf")
        path = SlideExportDialog.ask(self.window, suggested)
        if not path:
            return False
        name = Path(path).name
        try:
            steps = iter_export_slides(self.store, path, tour.uid, theme=self.theme_name)
            count = run_steps(self.window, self.tr("Export Slides"), self.tr("Writing %1…").replace("%1", name), steps)
        except Cancelled:
            self.window.statusBar().showMessage(self.tr("Slide export cancelled: nothing was written to %1").replace("%1", name), 8000)  # type: ignore[attr-defined]
            return False
        except (OSError, ValueError) as exc:
            Dialogs.error(self.window, self.tr("Cannot export slides"), self.tr("The slides could not be written.") + f"\n\n{exc}")
            return False
        self.window.statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("Exported %1 slides to %2").replace("%1", str(count)).replace("%2", str(path)), 8000)
        written = self.tr("Wrote 1 slide to %2.") if count == 1 else self.tr("Wrote %1 slides to %2.")
        Dialogs.finished(self.window, self.tr("Export finished"),
                         written.replace("%1", str(count)).replace("%2", str(path)), Path(path))
        return True
