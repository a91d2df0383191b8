"""RecordManager: a dialog listing records of one kind with Add, Edit and Delete (the Sources and Eras managers).

Each change is made at once, as its own undoable step, through the ``run`` it is given (the main
window's ``run``): the list shows the case as it is, and Edit ▸ Undo takes the steps back one by one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.core.store import CaseStore
from explorer.core.undo import Operation
from explorer.ui.forms.fields import hint_color

Run = Callable[[Operation], bool]


class RecordManager(QDialog):
    """Subclasses give the columns, the rows, and the operations to add, edit and delete one record,
    with their words translated (``column_titles``, ``add_text``)."""

    stretch_column = 0  # the column that takes the width left over (its text is elided)

    def __init__(self, parent: QWidget | None, store: CaseStore, run: Run, title: str) -> None:
        super().__init__(parent)
        self.store = store
        self.run = run
        self.setWindowTitle(title)
        self.resize(720, 420)
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(title)
        columns = self.column_titles()
        self.list.setHeaderLabels(list(columns))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        for column in range(len(columns)):
            mode = QHeaderView.ResizeMode.Stretch if column == self.stretch_column else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        self.list.itemActivated.connect(lambda _item, _column: self.edit())
        self.list.currentItemChanged.connect(self._update_buttons)
        delete_key = QAction(self.tr("Delete"), self.list)
        delete_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.triggered.connect(self.delete)
        self.list.addAction(delete_key)
        self.add_button = self._button(self.add_text(), self.add)
        self.edit_button = self._button(self.tr("&Edit…"), self.edit)
        self.delete_button = self._button(self.tr("&Delete"), self.delete)
        self.note = QLabel(self.tr("Changes are made at once; Edit ▸ Undo takes them back one by one."), self)
        self.note.setStyleSheet(f"color: {hint_color(self)};")
        self.note.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.note)
        layout.addWidget(close)
        self.reload()
        self.list.setFocus()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    @classmethod
    def manage(cls, parent: QWidget | None, store: CaseStore, run: Run) -> None:
        """Show the manager until it is closed."""
        dialog = cls(parent, store, run)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # --- what subclasses say ---------------------------------------------------------------

    def column_titles(self) -> tuple[str, ...]:
        """The list's column headings, in the user's language."""
        raise NotImplementedError

    def add_text(self) -> str:
        """The Add button's text, with its Alt letter ("&Add source…")."""
        return self.tr("&Add…")

    def rows(self) -> list[tuple[str, list[str]]]:
        """(uid, cells) of every record, in the order to list them."""
        raise NotImplementedError

    def add_operation(self) -> Operation | None:
        raise NotImplementedError

    def edit_operation(self, uid: str) -> Operation | None:
        raise NotImplementedError

    def delete_operation(self, uid: str) -> Operation:
        raise NotImplementedError

    # --- acting ----------------------------------------------------------------------------

    def current_uid(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def add(self) -> None:
        self._apply(self.add_operation())

    def edit(self) -> None:
        uid = self.current_uid()
        if uid is not None:
            self._apply(self.edit_operation(uid), uid)

    def delete(self) -> None:
        uid = self.current_uid()
        if uid is None:
            return
        row = self.list.indexOfTopLevelItem(self.list.currentItem())
        if self.run(self.delete_operation(uid)):
            self.reload()
            following = self.list.topLevelItem(min(row, self.list.topLevelItemCount() - 1))
            if following is not None:
                self.list.setCurrentItem(following)
            self.list.setFocus()

    def _apply(self, operation: Operation | None, uid: str | None = None) -> None:
        if operation is None:
            return
        before = {self.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) for i in range(self.list.topLevelItemCount())}
        if self.run(operation):
            self.reload(uid)
            if uid is None:  # select what was added
                items = [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]
                added = [item for item in items if item.data(0, Qt.ItemDataRole.UserRole) not in before]
                if added:
                    self.list.setCurrentItem(added[0])
        self.list.setFocus()

    def reload(self, select: str | None = None) -> None:
        self.list.clear()
        for uid, cells in self.rows():
            item = QTreeWidgetItem(self.list, cells)
            item.setData(0, Qt.ItemDataRole.UserRole, uid)
            for column, text in enumerate(cells):
                item.setToolTip(column, text)
            if uid == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
