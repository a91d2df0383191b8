"""The windowed event table model: correct as a Qt model, no SQL in data(), bounded cache."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.core import dates
from explorer.core.models import Event
from explorer.core.store import CaseStore
from explorer.ui import event_table
from explorer.ui.event_table import EventTableModel


def _store_with_events(count: int) -> CaseStore:
    store = CaseStore.in_memory()
    with store.db.atomic():
        for i in range(count):
            store.put_event(Event(f"e{i:05d}", f"Event {count - i:05d}", dates.PartialDate(1900 + i % 120, 1 + i % 12)))
    return store


def test_model_passes_qt_model_tester(qtmodeltester, bundled_store) -> None:
    model = EventTableModel(bundled_store)
    qtmodeltester.check(model)


def test_data_runs_no_sql_and_loads_missing_rows_later(qtbot) -> None:
    store = _store_with_events(2000)
    model = EventTableModel(store)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    far_row = 1500
    assert model.data(model.index(far_row, 1)) == event_table.PLACEHOLDER
    assert model.data(model.index(0, 1)) != event_table.PLACEHOLDER  # the first block is preloaded
    assert statements == [], "data() must not run SQL"
    with qtbot.waitSignal(model.dataChanged, timeout=2000):
        pass
    assert model.data(model.index(far_row, 1)).startswith("Event ")
    store.conn.set_trace_callback(None)


def test_cache_stays_bounded(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(event_table, "MAX_CACHED_BLOCKS", 3)
    store = _store_with_events(3000)
    model = EventTableModel(store)
    for row in range(0, 3000, 100):
        model.event_at(row)
    assert len(model._blocks) <= 3


def test_sorting_happens_in_sql_without_a_proxy(qtbot) -> None:
    store = _store_with_events(600)
    model = EventTableModel(store)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    titles = [model.event_at(r).title for r in range(600)]
    assert titles == sorted(titles)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    starts = [model.event_at(r).t_start for r in range(600)]
    assert starts == sorted(starts, reverse=True)
    qtbot.wait(0)


def test_selecting_a_row_never_scrolls_the_table_sideways(qtbot, bundled_store) -> None:
    """A click on a wide title, or a selection made on the timeline, keeps the columns where the user left them."""
    from PySide6.QtCore import QPoint, Qt

    from explorer.ui.event_table import EventTable

    table = EventTable(bundled_store)
    qtbot.addWidget(table)
    table.resize(330, 300)  # narrower than the Title column
    table.show()
    qtbot.waitExposed(table)
    sideways = table.horizontalScrollBar()
    assert sideways.maximum() > 0
    cell = table.visualRect(table.model().index(3, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell.topLeft() + QPoint(40, cell.height() // 2))
    assert table.currentIndex().row() == 3 and sideways.value() == 0  # the Date column is still there
    sideways.setValue(sideways.maximum())
    table.select_uid("ev-meta-stake")
    assert sideways.value() == sideways.maximum()
