"""The main window links its panels and remembers its layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget

from explorer.core.casefile import open_case
from explorer.core.timeline_index import LaneMode
from explorer.ui.main_window import MainWindow


def _row_of(window: MainWindow, uid: str) -> int:
    model = window.event_table.model()
    return next(r for r in range(model.rowCount()) if model.event_at(r).uid == uid)


def test_table_selection_selects_on_the_timeline_and_in_detail(qtbot, main_window: MainWindow) -> None:
    main_window.event_table.selectRow(_row_of(main_window, "ev-scale-layoffs"))
    assert main_window.timeline.selected_uid == "ev-scale-layoffs"
    assert main_window.detail.event_uid == "ev-scale-layoffs"


def test_timeline_selection_selects_the_table_row(qtbot, main_window: MainWindow) -> None:
    main_window.timeline.event_selected.emit("ev-friar-vivatech")
    current = main_window.event_table.currentIndex().row()
    assert main_window.event_table.model().event_at(current).uid == "ev-friar-vivatech"
    assert main_window.detail.event_uid == "ev-friar-vivatech"


def test_search_result_selects_and_pans(qtbot, main_window: MainWindow) -> None:
    timeline = main_window.timeline
    timeline.set_visible_range(0, 86_400 * 30)  # January 1970: far from everything
    main_window.search.event_chosen.emit("ev-scale-layoffs")
    event = main_window.store.event("ev-scale-layoffs")
    x0, x1 = timeline.visible_range()
    assert x0 <= event.t_start <= x1
    assert main_window.detail.event_uid == "ev-scale-layoffs"


def test_ctrl_f_focuses_the_search_box(qtbot, main_window: MainWindow) -> None:
    main_window.timeline.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main_window.search.search_edit.hasFocus(), timeout=2000)


def test_single_key_shortcuts_belong_to_the_timeline(qtbot, main_window: MainWindow) -> None:
    main_window.search.focus_search()
    qtbot.keyClicks(main_window.search.search_edit, "f+")
    assert main_window.search.search_edit.text().endswith("f+")  # typing is not taken for zooming


def test_a_closed_panel_comes_back_from_the_view_menu(qtbot, main_window: MainWindow) -> None:
    main_window.table_dock.close()
    assert not main_window.table_dock.isVisible()
    main_window.table_dock.toggleViewAction().trigger()
    assert main_window.table_dock.isVisible()


def test_lane_mode_from_the_menu_is_remembered(qtbot, main_window: MainWindow, bundled_case: Path) -> None:
    category = next(a for a in main_window.lane_actions.actions() if a.data() == "category")
    category.trigger()
    assert main_window.timeline.lane_mode is LaneMode.CATEGORY
    assert main_window.lane_box.currentData() == "category"
    main_window.close()
    again = MainWindow(open_case(bundled_case))
    qtbot.addWidget(again)
    assert again.timeline.lane_mode is LaneMode.CATEGORY


def test_layout_and_recent_files_are_remembered(qtbot, main_window: MainWindow, bundled_case: Path, tmp_path: Path) -> None:
    main_window.detail_dock.close()
    main_window.close()
    assert QSettings().value("windowState") is not None
    again = MainWindow(open_case(bundled_case))
    qtbot.addWidget(again)
    again.show()
    assert not again.detail_dock.isVisible()
    assert again.recent.paths()[0] == bundled_case.resolve()


def test_dark_theme_applies_to_the_timeline(qtbot, main_window: MainWindow, screenshot_dir: Path) -> None:
    main_window.set_theme("dark")
    assert main_window.timeline.theme.name == "dark"
    main_window.select_event("ev-meta-stake")
    qtbot.wait(1)
    assert main_window.grab().save(str(screenshot_dir / "theme-switched-dark.png"))
    main_window.set_theme("light")
    qtbot.wait(1)  # the palette change reaches the widgets through the event loop
    assert main_window.grab().save(str(screenshot_dir / "theme-switched-back-light.png"))


def test_every_panel_is_docked_and_the_window_still_fits_a_small_laptop_screen(qtbot, main_window: MainWindow) -> None:
    """With the relationship, notes, search, table and detail docks all open, the window can
    shrink to fit a 1366×768 screen (less its title bar and task bar): no dock insists on more."""
    main_window.show()
    qtbot.waitExposed(main_window)
    names = {dock.objectName() for dock in main_window.findChildren(QDockWidget) if not dock.isHidden()}
    assert {"relationshipsDock", "notesDock", "searchDock", "eventsDock", "detailDock"} <= names
    smallest = main_window.minimumSizeHint().expandedTo(main_window.minimumSize())
    assert smallest.width() <= 1000 and smallest.height() <= 700, smallest
    main_window.resize(1366, 700)
    qtbot.wait(20)
    assert main_window.height() <= 700
