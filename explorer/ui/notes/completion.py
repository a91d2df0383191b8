"""``[[`` completion: typing ``[[`` in a note offers the case's entities and events by name.

Choosing one replaces the ``[[partial`` text with a link (``[[Scale AI]]`` or
``[[event:ev-meta-stake|Meta takes 49%]]``, see ``explorer.core.notes.links``). Matching ignores
case and finds words anywhere in a name. The candidates are read from the store when asked
(``set_store`` / ``refresh``), never inside the model.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter

from explorer.core.models import NoteTarget
from explorer.core.notes.links import LinkIndex, open_link_at
from explorer.core.notes.markdown_format import Edit
from explorer.core.store import CaseStore
from explorer.ui.notes.markdown_edit import MarkdownEdit

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
LINK_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_PREFIX = 80
MAX_EVENTS = 20_000  # beyond this, completion offers the entities and the first events only


class LinkCompleter(QObject):
    def __init__(self, edit: MarkdownEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionRole(NAME_ROLE)
        self.completer.setMaxVisibleItems(9)
        self.completer.popup().setObjectName("linkCompletions")
        self.completer.popup().setAccessibleName(self.tr("Link to an entity or event"))
        self.completer.activated[QModelIndex].connect(self._insert)
        edit.popup_keys = lambda: self.completer.popup().isVisible()
        edit.textChanged.connect(self.update_popup)
        edit.cursorPositionChanged.connect(self.update_popup)
        self._store: CaseStore | None = None
        self._index: LinkIndex | None = None
        self._filled = False

    def set_store(self, store: CaseStore | None) -> None:
        self._store = store
        self._index = None

    def refresh(self) -> None:
        """Read names again on the next completion (entities or events changed)."""
        self._index = None

    def index(self) -> LinkIndex | None:
        """The names of the case, for resolving links (read again after ``refresh``)."""
        if self._index is None and self._store is not None:
            self._index = LinkIndex(self._store)
            self._filled = False
        return self._index

    def _ensure_candidates(self) -> None:
        index = self.index()
        if index is not None and not self._filled:
            self._fill(index)
            self._filled = True

    def _fill(self, index: LinkIndex) -> None:
        self.model.clear()
        entities = sorted(self._store.entities(), key=lambda e: e.name.casefold())
        events = []
        for event in self._store.iter_events():
            if len(events) >= MAX_EVENTS:
                break
            events.append(event)
        events.sort(key=lambda e: e.title.casefold())
        rows = [(e.name, str(e.kind), NoteTarget.ENTITY, e.uid) for e in entities]
        rows += [(e.title, "event", NoteTarget.EVENT, e.uid) for e in events]
        for label, what, kind, uid in rows:
            item = QStandardItem(f"{label}  —  {what}")
            item.setData(label, NAME_ROLE)
            item.setData(index.link_text(kind, uid), LINK_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)

    def _prefix(self) -> tuple[int, str] | None:
        text, position = self.edit.text(), self.edit.cursor_index()
        opening = open_link_at(text, position)
        if opening is None:
            return None
        prefix = text[opening + 2 : position]
        return None if len(prefix) > MAX_PREFIX else (opening, prefix)

    def update_popup(self) -> None:
        popup = self.completer.popup()
        found = self._prefix() if self.edit.hasFocus() and not self.edit.isReadOnly() else None
        if found is None or self.index() is None:
            popup.hide()
            return
        _opening, prefix = found
        self._ensure_candidates()
        if prefix != self.completer.completionPrefix():
            self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount() == 0:
            popup.hide()
            return
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        rect = self.edit.cursorRect()
        rect.setWidth(min(420, max(260, popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 12)))
        self.completer.complete(rect)

    def _insert(self, index: QModelIndex) -> None:
        found = self._prefix()
        link = index.data(LINK_ROLE)
        if found is None or not link:
            return
        opening, _prefix = found
        end = self.edit.cursor_index()
        text = self.edit.text()
        if text[end : end + 2] == "]]":  # the user typed the closing brackets already
            end += 2
        self.edit.apply_edit(Edit(opening, end, link, (opening + len(link), opening + len(link))))
        self.completer.popup().hide()

    def start_link(self) -> None:
        """Type ``[[`` before the selection and offer the names (the toolbar's link-to-record button)."""
        start, end = sorted(self.edit.selection())
        typed = "[[" + self.edit.text()[start:end].replace("\n", " ")  # a selected name starts the search
        self.edit.apply_edit(Edit(start, end, typed, (start + len(typed), start + len(typed))))
        self.edit.setFocus()
        self.update_popup()
