"""The event table: a windowed model over every event of a case, sorted in SQL.

The model keeps only the ordered list of event ids and a bounded cache of row blocks. ``data()``
never runs SQL: a row that is not cached yet shows a placeholder and its block is fetched on the
next turn of the event loop. Sorting asks the store for a new id order; there is no proxy model.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from explorer.core.models import Event
from explorer.core.store import CaseStore
from explorer.ui import date_text
from explorer.ui.safe_text import plain_tooltip
from explorer.ui.style import certainty_word

BLOCK_ROWS = 256
MAX_CACHED_BLOCKS = 64
PLACEHOLDER = "…"

Index = QModelIndex | QPersistentModelIndex


class EventTableModel(QAbstractTableModel):
    COLUMNS = ("Date", "Title", "Category", "Certainty", "Participants")
    _SORT_KEYS = ("date", "title", "category", "certainty", None)

    def __init__(self, store: CaseStore, parent: QWidget | None = None, order: np.ndarray | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._ids = np.zeros(0, dtype=np.int64)
        self._rows = np.zeros(0, dtype=np.int64)  # row of each event id (-1: none)
        self._blocks: OrderedDict[int, list[Event]] = OrderedDict()
        self._pending: set[int] = set()
        self._names: dict[str, str] = {}
        self._sort = ("date", False)
        self.reload(order)

    # --- loading ---------------------------------------------------------------------------

    def reload(self, order: np.ndarray | None = None) -> None:
        """Re-read the id order (or take ``order``, ids by date) and entity names; rows load as shown."""
        self.beginResetModel()
        self._names = {entity.uid: entity.name for entity in self._store.entities()}
        self._sort = ("date", False) if order is not None else self._sort
        self._set_ids(order if order is not None else self._store.event_ids(*self._sort))
        self._blocks.clear()
        self._pending.clear()
        if len(self._ids):
            self._load_block(0)  # the first screenful is ready before the first paint
        self.endResetModel()

    def _load_block(self, block: int) -> None:
        ids = self._ids[block * BLOCK_ROWS : (block + 1) * BLOCK_ROWS]
        self._blocks[block] = self._store.events_by_id(ids.tolist())
        self._blocks.move_to_end(block)
        while len(self._blocks) > MAX_CACHED_BLOCKS:
            self._blocks.popitem(last=False)

    def _fetch_pending(self) -> None:
        for block in sorted(self._pending):
            self._load_block(block)
            first = block * BLOCK_ROWS
            last = min(first + BLOCK_ROWS, len(self._ids)) - 1
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.COLUMNS) - 1))
        self._pending.clear()

    def event_at(self, row: int) -> Event | None:
        """The event shown in a row if its block is cached (loading it if needed, outside data())."""
        if not 0 <= row < len(self._ids):
            return None
        block = row // BLOCK_ROWS
        if block not in self._blocks:
            self._load_block(block)
        events = self._blocks[block]
        offset = row % BLOCK_ROWS
        return events[offset] if offset < len(events) else None

    def set_store(self, store: CaseStore, order: np.ndarray | None = None) -> None:
        self._store = store
        self.reload(order)

    def sort_key(self) -> tuple[str, bool]:
        return self._sort

    def _set_ids(self, ids: np.ndarray) -> None:
        self._ids = np.asarray(ids, dtype=np.int64)
        self._rows = np.full(int(self._ids.max()) + 1 if len(self._ids) else 0, -1, dtype=np.int64)
        self._rows[self._ids] = np.arange(len(self._ids))

    def row_of(self, event_id: int) -> int | None:
        row = int(self._rows[event_id]) if 0 <= event_id < len(self._rows) else -1
        return row if row >= 0 else None

    # --- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return self.COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row, column = index.row(), index.column()
        block = self._blocks.get(row // BLOCK_ROWS)
        if block is None:
            self._request(row // BLOCK_ROWS)
            return PLACEHOLDER
        event = block[row % BLOCK_ROWS] if row % BLOCK_ROWS < len(block) else None
        if event is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            # the author's wording of the date
            return plain_tooltip(f"{event.title}\n{event.date_text} · {certainty_word(event.certainty)}")
        return self._cell(event, column)

    def _cell(self, event: Event, column: int) -> str:
        if column == 0:
            return date_text.display_span(event.start, event.end)
        if column == 1:
            return event.title
        if column == 2:
            return event.category
        if column == 3:
            return certainty_word(event.certainty)
        return ", ".join(self._names.get(p.entity_uid, p.entity_uid) for p in event.participants)

    def _request(self, block: int) -> None:
        if not self._pending:
            QTimer.singleShot(0, self._fetch_pending)
        self._pending.add(block)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._SORT_KEYS[column] if 0 <= column < len(self._SORT_KEYS) else None
        if key is None:
            return
        wanted = (key, order == Qt.SortOrder.DescendingOrder)
        if wanted == self._sort:
            return  # already in this order (the view asks again when sorting is switched on)
        self._sort = wanted
        self.layoutAboutToBeChanged.emit()
        self._set_ids(self._store.event_ids(*self._sort))
        self._blocks.clear()
        if len(self._ids):
            self._load_block(0)
        self.layoutChanged.emit()


class EventTable(QTableView):
    """The table of events; emits the uid of the event the user selects."""

    event_selected = Signal(str)

    def __init__(self, store: CaseStore, parent: QWidget | None = None, order: np.ndarray | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventTable")
        self.setAccessibleName(self.tr("Events"))
        self.setTabKeyNavigation(False)  # Tab leaves the table for the next panel; arrows move between cells
        self._store = store
        self.model_ = EventTableModel(store, self, order)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)  # the model is already in date order: no second sort
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 150)
        header.resizeSection(1, 420)
        header.resizeSection(2, 110)
        header.resizeSection(3, 100)
        self.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    _quiet = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Preferences ▸ Font size: rows as tall as the new text
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def scrollTo(self, index: QModelIndex | QPersistentModelIndex,
                 hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        """Bring the row into view, but keep the sideways position: selecting a row by its wide title
        would otherwise scroll the Date column out of sight."""
        sideways = self.horizontalScrollBar().value()
        super().scrollTo(index, hint)
        self.horizontalScrollBar().setValue(sideways)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        event = self.model_.event_at(current.row()) if current.isValid() else None
        if event is not None:
            self.event_selected.emit(event.uid)

    def select_event(self, event_id: int) -> None:
        """Select an event's row without announcing it (the selection came from elsewhere)."""
        row = self.model_.row_of(event_id)
        if row is None:
            return
        self._quiet = True
        try:
            self.selectRow(row)
            self.scrollTo(self.model_.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        finally:
            self._quiet = False

    def select_uid(self, uid: str) -> None:
        event = self._store.event(uid)
        if event is not None and event.id is not None:
            self.select_event(event.id)

    def set_store(self, store: CaseStore, order: np.ndarray | None = None) -> None:
        self._store = store
        self.model_.set_store(store, order)

    def refresh(self, order: np.ndarray | None = None) -> None:
        """Re-read after an edit, keeping the selected event selected (its row may have moved)."""
        current = self.currentIndex()
        event = self.model_.event_at(current.row()) if current.isValid() else None
        sort = self.model_.sort_key()
        self.model_.reload(order if sort == ("date", False) else None)
        if event is not None:
            self.select_uid(event.uid)
