"""How the app starts: --screenshot renders take no backups; a first start shows the welcome page; a
start without a case reopens the last one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from explorer import app, paths


def test_screenshot_writes_no_backups(qapp, bundled_case: Path, tmp_path: Path, private_home: Path):
    out = tmp_path / "main.png"
    assert app.main([str(bundled_case), "--screenshot", str(out), "--size", "1366x768"]) == 0
    assert out.stat().st_size > 10_000
    assert not paths.backups_dir().exists() or not any(paths.backups_dir().rglob("*.db"))


def test_first_start_shows_the_welcome_page_over_the_bundled_case(qapp, private_home: Path, monkeypatch):
    seen: list[str] = []

    def look_and_quit() -> None:
        pages = [w for w in QApplication.topLevelWidgets() if w.objectName() == "welcomeDialog" and w.isVisible()]
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()]
        seen.extend(w.objectName() for w in pages + windows)
        for window in windows:
            seen.append(window.store.db.path.name)
            window.remember_layout = False
            window.close()
        for page in pages:
            page.close()
        QApplication.quit()

    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: (look_and_quit(), 0)[1]))  # look instead of running
    assert app.main(["--new-instance"]) == 0
    assert "welcomeDialog" in seen and "mainWindow" in seen
    assert paths.working_copy().name in seen


def _start_and_look(monkeypatch, argv: list[str]) -> list[str]:
    """Run app.main; instead of the event loop, note the names of the cases the windows show."""
    shown: list[str] = []

    def look_and_quit() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "mainWindow" and widget.isVisible():
                shown.append(widget.store.db.path.name)
                widget.remember_layout = False
                widget.close()
            elif widget.objectName() == "welcomeDialog" and widget.isVisible():
                widget.close()

    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: (look_and_quit(), 0)[1]))
    assert app.main(argv) == 0
    return shown


def _remember_as_last(path: Path) -> None:
    from PySide6.QtCore import QSettings

    from explorer.ui.recent_files import RecentFiles
    from explorer.ui.settings import use_data_folder

    QApplication.setOrganizationName("Case Explorer")  # the app's names (app.main), so its QSettings() is this one
    QApplication.setApplicationName("case-explorer")
    use_data_folder()
    RecentFiles(QSettings()).add(path)


def test_a_start_without_a_case_reopens_the_case_open_last(qapp, private_home: Path, tmp_path: Path, monkeypatch):
    from explorer.core.casefile import new_case

    mine = tmp_path / "mine.case.db"
    new_case(mine)
    _remember_as_last(mine)
    assert _start_and_look(monkeypatch, ["--new-instance"]) == ["mine.case.db"]
    other = tmp_path / "other.case.db"
    new_case(other)
    assert _start_and_look(monkeypatch, [str(other), "--screenshot", str(tmp_path / "a.png")]) == []  # a picture ...
    assert _start_and_look(monkeypatch, ["--new-instance"]) == ["mine.case.db"]  # ... does not change what is reopened
    import sys

    assert getattr(sys.excepthook, "shows_errors", False)  # the app shows errors no panel handled (error_hook)


def test_a_last_case_that_cannot_be_opened_is_named_and_the_bundled_case_opens(qapp, private_home: Path, tmp_path: Path,
                                                                                 monkeypatch):
    from explorer.ui.messages import Dialogs

    broken = tmp_path / "broken.case.db"
    broken.write_bytes(b"not a case at all" * 100)
    _remember_as_last(broken)
    said: list[str] = []
    monkeypatch.setattr(Dialogs, "error", staticmethod(lambda parent, title, text: said.append(text)))
    assert _start_and_look(monkeypatch, ["--new-instance"]) == [paths.working_copy().name]
    assert len(said) == 1 and "broken.case.db" in said[0]
    assert broken.read_bytes() == b"not a case at all" * 100


def test_a_case_named_at_start_that_cannot_be_opened_gives_way_to_the_case_open_last(qapp, private_home: Path,
                                                                                       tmp_path: Path, monkeypatch):
    from explorer.core.casefile import new_case
    from explorer.ui import app_theme
    from explorer.ui.messages import Dialogs

    mine = tmp_path / "mine.case.db"
    new_case(mine)
    _remember_as_last(mine)
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(Dialogs, "error", staticmethod(lambda parent, title, text: said.append((text, app_theme.chosen()))))
    missing = tmp_path / "nope.case.db"
    assert _start_and_look(monkeypatch, [str(missing), "--new-instance", "--theme", "dark"]) == ["mine.case.db"]
    assert len(said) == 1
    text, theme = said[0]
    assert "nope.case.db" in text and "mine.case.db" in text  # what failed, and what opens instead
    assert theme == "dark"  # the message comes in the user's theme, not the default light one
    assert not missing.exists()


def test_a_spreadsheet_named_at_start_is_pointed_to_import(qapp, private_home: Path, tmp_path: Path, monkeypatch):
    from explorer.ui.messages import Dialogs

    sheet = tmp_path / "events.csv"
    sheet.write_text("Year,Headline\n2025,Something\n", encoding="utf-8")
    said: list[str] = []
    monkeypatch.setattr(Dialogs, "error", staticmethod(lambda parent, title, text: said.append(text)))
    assert _start_and_look(monkeypatch, [str(sheet), "--new-instance"]) == [paths.working_copy().name]
    assert len(said) == 1 and "Import" in said[0] and paths.working_copy().name in said[0]


def _window(qtbot, path: Path, size: tuple[int, int]):
    from explorer.core.casefile import open_case
    from explorer.ui.main_window import MainWindow

    window = MainWindow(open_case(path))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(300)  # the docks settle into their first-run sizes
    return window


def test_first_run_layout_gives_the_graph_and_notes_room(qtbot, bundled_case: Path):
    window = _window(qtbot, bundled_case, (1600, 1000))
    graph, notes = window.relationships_controller.dock, window.notes.dock
    assert graph not in window.tabifiedDockWidgets(window.table_dock)
    assert graph.isVisible() and graph.height() >= 300 and graph.width() >= 450
    assert notes.height() > window.detail_dock.height() and notes.height() >= 500
    assert window.timeline.height() >= 400
    window.remember_layout = False
    window.close()


def test_narrow_first_run_puts_the_graph_in_front_of_the_table(qtbot, bundled_case: Path):
    window = _window(qtbot, bundled_case, (1366, 768))
    graph = window.relationships_controller.dock
    assert graph in window.tabifiedDockWidgets(window.table_dock)
    assert not graph.visibleRegion().isEmpty() and window.table_dock.visibleRegion().isEmpty()
    assert graph.height() >= 250 and graph.width() >= 600
    window.remember_layout = False
    window.close()


def test_a_saved_layout_is_restored(qtbot, bundled_case: Path):
    window = _window(qtbot, bundled_case, (1600, 1000))
    graph = window.relationships_controller.dock
    window.tabifyDockWidget(window.detail_dock, graph)
    window.search_dock.hide()
    window.close()  # remembers the layout
    again = _window(qtbot, bundled_case, (1600, 1000))
    assert again.relationships_controller.dock in again.tabifiedDockWidgets(again.detail_dock)
    assert not again.search_dock.isVisible()
    again.remember_layout = False
    again.close()


def _dock_sizes(window) -> dict[str, tuple[int, int]]:
    from PySide6.QtWidgets import QDockWidget

    return {dock.objectName(): dock.size().toTuple() for dock in window.findChildren(QDockWidget) if dock.isVisible()}


@pytest.mark.parametrize("moved", [False, True])
def test_docks_come_back_the_size_they_were_left(qtbot, bundled_case: Path, moved: bool):
    """Restored into a window not yet shown, Qt shared the right-hand column's height differently:
    the first restart gave the detail dock 84 px more and the notes 84 px less."""
    from PySide6.QtCore import Qt

    window = _window(qtbot, bundled_case, (1500, 920))
    if moved:  # the user drags the divider between the detail and the notes
        window.resizeDocks([window.detail_dock, window.notes.dock], [400, 440], Qt.Orientation.Vertical)
        qtbot.wait(50)
    left = _dock_sizes(window)
    window.close()  # remembers the layout
    again = _window(qtbot, bundled_case, (1500, 920))
    assert _dock_sizes(again) == left
    again.close()
    third = _window(qtbot, bundled_case, (1500, 920))
    assert _dock_sizes(third) == left
    third.remember_layout = False
    third.close()


def test_a_short_first_run_gives_the_timeline_the_width_search_would_take(qtbot, bundled_case: Path):
    window = _window(qtbot, bundled_case, (1366, 740))
    assert window.search_dock in window.tabifiedDockWidgets(window.notes.dock)
    assert window.search_dock.visibleRegion().isEmpty()  # the notes are in front
    assert window.search_dock.height() >= 0.5 * window.height()  # room for a list of results when it is
    assert window.timeline.width() >= 0.7 * window.width()
    window.show_search()  # Ctrl+F brings the search box to the front, ready to type in
    assert not window.search_dock.visibleRegion().isEmpty()
    assert window.focusWidget() is window.search.search_edit
    window.remember_layout = False
    window.close()


def test_a_first_run_window_fills_a_screen_too_small_for_it(qtbot, bundled_case: Path):
    from PySide6.QtCore import Qt

    from explorer.core.casefile import open_case
    from explorer.ui.main_window import MainWindow

    window = MainWindow(open_case(bundled_case))  # 1500 × 920, on the offscreen screen of 800 × 800
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.width() < 1500
    window.fit_to_screen()
    window.show()
    qtbot.waitExposed(window)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert window.width() <= available.width() and window.height() <= available.height()
    window.remember_layout = False
    window.close()


def test_a_saved_window_keeps_its_size_when_fitted(qtbot, bundled_case: Path):
    from PySide6.QtCore import Qt

    window = _window(qtbot, bundled_case, (700, 600))
    window.close()  # remembers the layout
    from explorer.core.casefile import open_case
    from explorer.ui.main_window import MainWindow

    again = MainWindow(open_case(bundled_case))
    qtbot.addWidget(again)
    again.fit_to_screen()
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    assert again.width() < 800
    again.remember_layout = False
    again.close()
