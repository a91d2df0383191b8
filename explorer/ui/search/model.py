"""The list of search hits as a Qt model: a thin adapter over rows the panel hands it, no SQL.

Each row is one ``SearchHit`` and whether it is dimmed (an event outside the filters). The
delegate reads the kind, title and marked snippet through the roles below.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from explorer.core.search import HitKind, SearchHit, snippet_parts
from explorer.ui.safe_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex

KIND_LABELS = {HitKind.EVENT: "Event", HitKind.ENTITY: "Entity", HitKind.NOTE: "Note"}
OUTSIDE_FILTERS = "outside the filters"


def plain_snippet(snippet: str) -> str:
    """The snippet without its match marks, on one line."""
    return " ".join("".join(text for text, _ in snippet_parts(snippet)).split())


class SearchResultsModel(QAbstractListModel):
    KindRole = Qt.ItemDataRole.UserRole + 1  # HitKind
    UidRole = Qt.ItemDataRole.UserRole + 2  # str
    SnippetRole = Qt.ItemDataRole.UserRole + 3  # str with MARK_START/MARK_END
    DimmedRole = Qt.ItemDataRole.UserRole + 4  # bool

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[SearchHit, bool]] = []

    def set_rows(self, rows: Sequence[tuple[SearchHit, bool]]) -> None:
        """Show these (hit, dimmed) rows instead of the current ones."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def hit_at(self, row: int) -> SearchHit | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def hits(self) -> list[SearchHit]:
        return [hit for hit, _ in self._rows]

    def is_dimmed(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row][1]

    # --- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        hit, dimmed = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{KIND_LABELS[hit.kind]}: {hit.title}"
            snippet = plain_snippet(hit.snippet)
            if snippet and snippet != hit.title:
                text += ("\n" if role == Qt.ItemDataRole.ToolTipRole else ". ") + snippet
            text += f" ({OUTSIDE_FILTERS})" if dimmed else ""
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == self.KindRole:
            return hit.kind
        if role == self.UidRole:
            return hit.uid
        if role == self.SnippetRole:
            return hit.snippet
        if role == self.DimmedRole:
            return dimmed
        return None
