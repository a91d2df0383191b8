"""The relationships as a table beside the graph: a thin model over rows the panel hands it.

No SQL here: the panel builds the rows from its ``Network`` (already filtered), and moving the
time cursor only rewrites the "on the date" column. Sorting is done in Python over the rows,
which a case's relationships (at most some thousands) allow.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from explorer.core import dates
from explorer.core.dates import PartialDate
from explorer.core.models import Certainty, Relationship
from explorer.core.network import EdgeState, Network, RelationshipFilter
from explorer.ui import date_text
from explorer.ui.relationships import wording
from explorer.ui.safe_text import plain_tooltip
from explorer.ui.style import certainty_word

COLUMNS = ("Type", "From", "To", "Start", "End", "Certainty", "Sources", "On the date")
UID_ROLE = Qt.ItemDataRole.UserRole + 1
_CERTAINTY_ORDER = list(Certainty)
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Row:
    relationship: Relationship
    source_name: str
    target_name: str
    sources: str  # publishers cited for it
    state: EdgeState
    order: int = 0  # its place in the case, for "unsorted"

    def text(self, column: int) -> str:
        r = self.relationship
        values = (
            r.type_label, self.source_name, self.target_name,
            _date(r.start, "—"), _date(r.end, "—"), certainty_word(r.certainty), self.sources, self.state.label,
        )
        return values[column]

    def key(self, column: int) -> object:
        r = self.relationship
        if column == 3:
            return dates.start_seconds(r.start) if r.start else -(2**62)
        if column == 4:
            return dates.start_seconds(r.end) if r.end else 2**62
        if column == 5:
            return _CERTAINTY_ORDER.index(r.certainty)
        if column == 7:
            return int(self.state)
        return self.text(column).casefold()


def _date(value: PartialDate | None, missing: str) -> str:
    return date_text.display(value) if value is not None else missing


class RelationshipTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def update_states(self, states: dict[str, EdgeState]) -> None:
        """The cursor moved: only the "on the date" column changes."""
        changed = [i for i, row in enumerate(self.rows) if states.get(row.relationship.uid, row.state) != row.state]
        for i in changed:
            self.rows[i] = replace(self.rows[i], state=states[self.rows[i].relationship.uid])
        if changed:
            column = len(COLUMNS) - 1
            self.dataChanged.emit(self.index(min(changed), column), self.index(max(changed), column), [Qt.ItemDataRole.DisplayRole])

    def uid_at(self, row: int) -> str | None:
        return self.rows[row].relationship.uid if 0 <= row < len(self.rows) else None

    def row_of(self, uid: str) -> int:
        return next((i for i, row in enumerate(self.rows) if row.relationship.uid == uid), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text(index.column())
        if role == UID_ROLE:
            return row.relationship.uid
        if role == Qt.ItemDataRole.ToolTipRole:
            r = row.relationship
            label = f" ({r.label})" if r.label else ""
            said = wording.sentence(r, {r.source_uid: row.source_name, r.target_uid: row.target_name})
            return plain_tooltip(f"{said}{label}\n{r.summary}".strip())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column; column -1 restores the case's own order."""
        if not -1 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        before = [row.relationship.uid for row in self.rows]
        self._sort = (column, order)
        self._sort_rows(column, order)
        after = {row.relationship.uid: i for i, row in enumerate(self.rows)}
        for index in self.persistentIndexList():
            if index.isValid() and index.row() < len(before):
                self.changePersistentIndex(index, self.index(after[before[index.row()]], index.column()))
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        if column < 0:
            self.rows.sort(key=lambda row: row.order)
            return
        self.rows.sort(key=lambda row: (row.key(column), row.relationship.uid), reverse=order == Qt.SortOrder.DescendingOrder)


class RelationshipTable(QTableView):
    relationship_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationshipTable")
        self.setAccessibleName(self.tr("Relationships table"))
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.table_model = RelationshipTableModel(self)
        self.setModel(self.table_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the case's own order until a header is clicked
        self.horizontalHeader().setResizeContentsPrecision(200)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self._quiet = False
        self.selectionModel().currentRowChanged.connect(self._on_current)

    def show_rows(self, network: Network, chosen: RelationshipFilter, states: dict[str, EdgeState], names: dict[str, str]) -> None:
        """The relationships the filter keeps; when they are the ones shown already, only their states change."""
        kept = [r for r in network.relationships if chosen.matches(r)]
        if {row.relationship.uid for row in self.table_model.rows} == {r.uid for r in kept} and self.table_model.rows:
            self.table_model.update_states(states)
            return
        self.table_model.set_rows([
            Row(r, names.get(r.source_uid, r.source_uid), names.get(r.target_uid, r.target_uid),
                ", ".join(s.publisher for s in network.sources_of(r.uid)), states[r.uid], network.index[r.uid])
            for r in kept
        ])
        self.resizeColumnsToContents()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uid = self.table_model.uid_at(current.row()) if current.isValid() else None
        if uid is not None and not self._quiet:
            self.relationship_selected.emit(uid)

    def select_uid(self, uid: str | None) -> None:
        """Show a relationship as selected, without announcing it again."""
        row = self.table_model.row_of(uid) if uid else -1
        self._quiet = True
        try:
            if row < 0:
                self.clearSelection()
            else:
                self.selectRow(row)
                self.scrollTo(self.table_model.index(row, 0))
        finally:
            self._quiet = False
