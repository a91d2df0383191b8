"""UI test fixtures: a main window on a fresh copy of the bundled case, a timeline on any case, the
app in German, and a leak check."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp) -> Iterator[None]:
    """Fail a test that leaves a visible top-level window behind.

    The windows are found as the platform's windows (``QWindow``), not ``topLevelWidgets()``:
    that list hands back Python wrappers of widgets made and taken down by earlier tests, and
    asking one of them ``isVisible()`` crashed the interpreter once in a full run (a widget
    deleted behind its wrapper's back, its address taken by a new one)."""
    yield
    qapp.processEvents()
    leaked = [window for window in qapp.topLevelWindows() if window.isVisible()]
    names = [window.objectName() or type(window).__name__ for window in leaked]
    for window in leaked:
        window.close()
    assert not leaked, f"test leaked windows: {names}"


@pytest.fixture(autouse=True)
def private_settings(private_home: Path) -> None:
    """QSettings go to the test's own data folder, never the user's."""
    from explorer.ui.settings import use_data_folder

    use_data_folder()


@pytest.fixture
def main_window(qtbot, bundled_case: Path):
    from explorer.core.casefile import open_case
    from explorer.ui.main_window import MainWindow

    window = MainWindow(open_case(bundled_case))
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window_on(qtbot):
    """A main window shown on any case file, 1400 × 860, without automatic backups or a saved layout."""
    from explorer.core.casefile import open_case
    from explorer.ui.main_window import MainWindow

    def make(path: Path) -> MainWindow:
        window = MainWindow(open_case(path), automatic_backups=False)
        qtbot.addWidget(window)
        window.remember_layout = False
        window.resize(1400, 860)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def shown_panel(qtbot, bundled_store):
    """A relationship panel on the bundled case, ``size`` pixels, on ``as_of`` (YYYY-MM-DD)."""
    from explorer.core import dates
    from explorer.ui.relationships import RelationshipsPanel

    def make(size: tuple[int, int], as_of: str) -> RelationshipsPanel:
        panel = RelationshipsPanel(bundled_store)
        qtbot.addWidget(panel)
        panel.resize(*size)
        panel.show()
        qtbot.waitExposed(panel)
        panel.set_as_of(dates.start_seconds(dates.parse(as_of)), animate=False)
        return panel

    return make


@pytest.fixture
def notes(qtbot, main_window):
    """The notes of the main window, a new note on an event open and the editor focused for typing
    (test files that need the notes otherwise have their own ``notes``)."""
    from explorer.ui.notes import attach

    controller = getattr(main_window, "notes", None) or attach(main_window)
    main_window.timeline.event_selected.emit("ev-meta-stake")
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    controller.panel.new_note()
    qtbot.waitUntil(controller.panel.editor.text_edit.hasFocus)
    return controller


@pytest.fixture
def presenter(main_window, monkeypatch):
    """The presenter of the main window, its animations and clock sped up for tests."""
    from explorer.ui.presenter import attach
    from explorer.ui.presenter.audience import AudienceView
    from explorer.ui.presenter.console import PresenterConsole

    monkeypatch.setattr(AudienceView, "ANIMATION_MS", 30)
    monkeypatch.setattr(PresenterConsole, "TICK_MS", 20)
    controller = attach(main_window)
    yield controller
    controller.stop()


@pytest.fixture
def timeline_on(qtbot) -> Iterator:
    """A timeline shown on any open case (``timeline_on(store, width, height)``), closed after the test."""
    from explorer.ui.timeline.view import TimelineView

    views: list[TimelineView] = []

    def make(store, width: int = 1400, height: int = 700) -> TimelineView:
        view = TimelineView(store)
        qtbot.addWidget(view)
        view.resize(width, height)
        view.show()
        qtbot.waitExposed(view)
        views.append(view)
        return view

    yield make
    for view in views:
        view.close()


@pytest.fixture
def german(qapp, monkeypatch) -> Iterator[None]:
    """The app in German (CASE_EXPLORER_LANG=de), and back in English after the test."""
    from PySide6.QtCore import QLocale

    from explorer.ui import translation

    monkeypatch.setenv(translation.LANG_VARIABLE, "de")
    assert translation.install(qapp)
    yield
    translation.install(qapp, QLocale(QLocale.Language.English))  # takes the German translators out again
