"""Room in the docked panels at a laptop's window size: the notes list shows several cards, and
the relationship legend shows every entry (a few rows, the rest a scroll away, none cut off)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF

from explorer.core.casefile import open_case
from explorer.ui.main_window import MainWindow
from explorer.ui.relationships import RelationshipsPanel
from explorer.ui.relationships.legend import MAX_ROWS, ROW, paint_legend
from explorer.ui.search.filter_box import FilterBox


@pytest.fixture
def laptop_window(qtbot, bundled_case: Path) -> MainWindow:
    window = MainWindow(open_case(bundled_case), automatic_backups=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _cards_in_full_view(window: MainWindow) -> int:
    panel = window.notes.panel
    view = panel.list.viewport().rect()
    return sum(view.contains(panel.list.visualRect(panel.model.index(row, 0))) for row in range(panel.model.rowCount()))


def test_the_docked_notes_list_shows_several_cards_at_1366x768(qtbot, laptop_window, screenshot_dir: Path) -> None:
    notes = laptop_window.notes
    assert notes.dock.isVisible()
    notes.panel.set_scope("all")
    assert notes.panel.model.rowCount() >= 5  # the bundled case's notes
    qtbot.waitUntil(lambda: _cards_in_full_view(laptop_window) >= 4)
    assert notes.panel.editor.height() >= 150  # and the editor keeps room to write
    notes.dock.grab().save(str(screenshot_dir / "notes-dock-1366x768.png"))


def test_a_splitter_the_user_dragged_keeps_its_place(qtbot, laptop_window) -> None:
    panel = laptop_window.notes.panel
    sizes = panel.splitter.sizes()
    panel.splitter.moveSplitter(sizes[0] - 60, 1)  # as a drag does: splitterMoved follows
    dragged = panel.splitter.sizes()[0]
    panel.resize(panel.width(), panel.height() + 40)
    qtbot.wait(20)
    assert abs(panel.splitter.sizes()[0] - dragged) <= 2


@pytest.mark.parametrize("width", [420, 640, 1100])
def test_the_legend_reaches_every_entry_without_cutting_rows(qtbot, bundled_store, width: int) -> None:
    panel = RelationshipsPanel(bundled_store)
    qtbot.addWidget(panel)
    panel.resize(width, 700)
    panel.show()
    qtbot.waitExposed(panel)
    legend = panel.legend
    qtbot.waitUntil(lambda: legend.canvas.width() > 0)
    painted = paint_legend(None, QRectF(8, 4, legend.canvas.width() - 16, 10_000), legend.theme, legend.items)
    reachable = legend.viewport().height() + legend.verticalScrollBar().maximum()
    assert legend.canvas.height() >= painted  # every row is painted on the canvas
    assert reachable >= legend.canvas.height()  # and can be scrolled into view
    assert legend.viewport().height() <= MAX_ROWS * ROW + 8
    shown = (legend.viewport().height() - 8) / ROW
    assert abs(shown - round(shown)) < 0.1, "a row is cut in half"
    if painted > legend.viewport().height():
        assert legend.verticalScrollBar().isVisible()


def test_the_filters_fit_a_narrow_search_dock(qtbot) -> None:
    box = FilterBox()
    qtbot.addWidget(box)
    box.set_entities([])
    box.resize(230, box.sizeHint().height())
    box.show()
    qtbot.waitExposed(box)
    assert box.minimumSizeHint().width() <= 230
    for control in (box.dim_button, box.hide_button, box.certainties):
        assert control.geometry().right() <= box.width(), type(control).__name__
