"""The toolbar, once hidden (its right-click menu, or View ▸ Panels), comes back from the View menu
and stays as it was left, as the docks do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from explorer.core.casefile import open_case
from explorer.ui.main_window import MainWindow


def test_a_hidden_toolbar_comes_back_from_view_panels(qtbot, main_window: MainWindow) -> None:
    toolbar = main_window.toolbar
    panels = main_window.panels_menu
    assert main_window.panels_menu in main_window.view_menu.findChildren(type(panels))
    entry = next(action for action in panels.actions() if action.text() == "&Toolbar")
    assert entry is toolbar.toggleViewAction() and entry.isCheckable() and entry.isChecked()
    toolbar.close()  # as its right-click menu hides it
    assert not toolbar.isVisible() and not entry.isChecked()
    entry.trigger()
    assert toolbar.isVisible() and entry.isChecked()


def test_the_toolbar_entry_comes_after_every_panel(main_window: MainWindow) -> None:
    docks = [main_window.relationships_controller.dock, main_window.notes.dock, main_window.table_dock]
    actions = main_window.panels_menu.actions()
    place = actions.index(main_window.toolbar.toggleViewAction())
    assert all(actions.index(dock.toggleViewAction()) < place for dock in docks)


def test_a_hidden_toolbar_stays_hidden_when_the_case_is_opened_again(qtbot, main_window: MainWindow, bundled_case: Path) -> None:
    main_window.toolbar.toggleViewAction().trigger()  # View ▸ Panels ▸ Toolbar
    assert not main_window.toolbar.isVisible()
    main_window.close()
    assert QSettings().value("windowState") is not None
    again = MainWindow(open_case(bundled_case))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.toolbar.isVisible() and not again.toolbar.toggleViewAction().isChecked()
    again.toolbar.toggleViewAction().trigger()
    assert again.toolbar.isVisible()
