"""A titled list of checkable values with "All" and "None", for one facet of the event filter.

The selection is a value, not widget state: ``None`` when every value is kept (no filter), or
the frozenset of kept values. Values that arrive later (a new category) are kept only when the
facet is not filtering, so a filter the user set stays the same filter.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRectF, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.safe_text import plain_tooltip

SEARCHABLE_FROM = 9  # items from which a list gets its own "find" box
VALUE_ROLE = Qt.ItemDataRole.UserRole


class _RoomyRows(QStyledItemDelegate):
    """Rows tall enough to hit with a finger or a shaky mouse."""

    def __init__(self, row_height: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.row_height = row_height

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), self.row_height))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        # Fusion outlines check boxes with a darker Window colour, which vanishes on dark themes;
        # a faint Text-coloured frame keeps every box visible, checked or not, in any theme.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None or not opt.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator:
            return
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, widget)
        frame = QColor(opt.palette.color(QPalette.ColorRole.Text))
        frame.setAlphaF(0.45)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(frame)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(box).adjusted(1.5, 1.5, -1.5, -1.5), 2, 2)
        painter.restore()


@dataclass(frozen=True)
class Choice:
    value: Hashable
    label: str
    tooltip: str = ""
    icon: QIcon | None = None


class Checklist(QWidget):
    """Checkable choices for one facet; ``changed`` fires once per user change."""

    changed = Signal()

    def __init__(self, title: str, visible_rows: int = 6, columns: int = 1, parent: QWidget | None = None,
                 name: str | None = None) -> None:
        """``title`` as shown (translated); ``name`` for the object name (English, the title by default)."""
        super().__init__(parent)
        self._columns = columns
        self._title = title
        self._selected: frozenset | None = None
        self.setObjectName(f"checklist{(name or title).replace(' ', '')}")
        self.title_label = QLabel(f"<b>{title}</b>", self)
        self.title_label.setTextFormat(Qt.TextFormat.RichText)  # our own fixed title, never case text
        self.summary_label = QLabel(self)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.all_button = self._link_button(self.tr("All"), self.tr("Keep events of all %1").replace("%1", title.lower()))
        self.none_button = self._link_button(self.tr("None"), self.tr("Clear every check"))
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Find %1…").replace("%1", title.lower()))
        self.find_edit.setAccessibleName(self.tr("Find %1").replace("%1", title.lower()))
        self.find_edit.setClearButtonEnabled(True)
        for button in self.find_edit.findChildren(QToolButton):  # the line edit's own clear button
            button.setAccessibleName(self.tr("Clear"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("%1 to keep").replace("%1", title))
        self.list.setUniformItemSizes(columns == 1)  # uniform sizes would clip the longer words in columns
        self._rows = _RoomyRows(self.fontMetrics().height() + 8, self.list)
        self.list.setItemDelegate(self._rows)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._visible_rows = visible_rows
        if columns > 1:  # short fixed lists (certainty) flow into columns to save height
            self.list.setFlow(QListView.Flow.LeftToRight)
            self.list.setWrapping(True)
            self.list.setResizeMode(QListView.ResizeMode.Adjust)
            self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.list.viewport().installEventFilter(self)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title_label)
        header.addWidget(self.summary_label, 1)
        header.addWidget(self.all_button)
        header.addWidget(self.none_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.find_edit)
        layout.addWidget(self.list)
        self.all_button.clicked.connect(lambda: self._user_sets(None))
        self.none_button.clicked.connect(lambda: self._user_sets(frozenset()))
        self.find_edit.textChanged.connect(self._on_find)
        self.list.itemChanged.connect(self._on_item_changed)
        self.set_choices([])

    def _link_button(self, text: str, tooltip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setToolTip(tooltip)
        button.setAccessibleName(f"{text} {self._title.lower()}")
        return button

    # --- values ----------------------------------------------------------------------------

    def selected(self) -> frozenset | None:
        """The values kept, or None when the facet keeps everything."""
        return self._selected

    def values(self) -> list[Hashable]:
        return [self.list.item(row).data(VALUE_ROLE) for row in range(self.list.count())]

    def set_selected(self, values: Iterable[Hashable] | None) -> None:
        """Check these values (None: all) without emitting ``changed``."""
        self._selected = None if values is None else frozenset(values)
        self._show_checks()

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """Offer these choices; the selection is kept as a value (see the module docstring)."""
        row_height = self._rows.row_height
        with QSignalBlocker(self.list):
            self.list.clear()
            for choice in choices:
                item = QListWidgetItem(choice.label)
                item.setData(VALUE_ROLE, choice.value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren)
                if choice.tooltip:
                    item.setToolTip(plain_tooltip(choice.tooltip))
                if choice.icon is not None:
                    item.setIcon(choice.icon)
                self.list.addItem(item)
        self.find_edit.setVisible(len(choices) >= SEARCHABLE_FROM)
        rows = max(1, min(-(-len(choices) // self._columns), self._visible_rows))
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth())
        self._fit_columns()
        self._show_checks()
        self._on_find(self.find_edit.text())

    def _fit_columns(self) -> None:
        if self._columns > 1:
            width = max(40, (self.list.viewport().width() - 4) // self._columns)  # a full-width grid would wrap early
            self.list.setGridSize(QSize(width, self._rows.row_height))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    # --- user actions ----------------------------------------------------------------------

    def _user_sets(self, values: frozenset | None) -> None:
        if values != self._selected:
            self._selected = values
            self._show_checks()
            self.changed.emit()

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        checked = frozenset(
            self.list.item(row).data(VALUE_ROLE) for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        )
        self._user_sets(None if len(checked) == self.list.count() else checked)

    def _on_find(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _show_checks(self) -> None:
        with QSignalBlocker(self.list):
            for row in range(self.list.count()):
                item = self.list.item(row)
                keep = self._selected is None or item.data(VALUE_ROLE) in self._selected
                item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
        kept = self._selected
        summary = self.tr("all") if kept is None else self.tr("%1 of %2").replace(
            "%1", str(sum(value in kept for value in self.values()))).replace("%2", str(self.list.count()))
        self.summary_label.setText(summary)
        self.summary_label.setAccessibleName(f"{self._title}: {summary}")
        self.all_button.setEnabled(self._selected is not None)
        self.none_button.setEnabled(self._selected != frozenset())
