"""RowList: an editable list of small rows (participants, citations, events that change a relationship).

Each row is a few controls and a Remove button; "Add…" appends one and puts the focus in it. The
rows scroll when there are many; accessible names number them ("Participant 2 role") and the tab
order runs row by row, then to the buttons below.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.forms.fields import FieldMessage, hint_color


class Row(QWidget):
    """One row: named controls on a grid, and its Remove button at the end of the first line."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 6)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        self.named: list[tuple[QWidget, str]] = []
        self.remove_button = QToolButton(self)
        self.remove_button.setText(self.tr("Remove"))
        self.uid: str | None = None  # the record a row edits, when it has one

    def place(self, control: QWidget, name: str, line: int, column: int, span: int = 1, stretch: int = 0) -> QWidget:
        self.grid.addWidget(control, line, column, 1, span)
        if stretch:
            self.grid.setColumnStretch(column, stretch)
        self.named.append((control, name))
        return control

    def finish(self, columns: int) -> None:
        self.grid.addWidget(self.remove_button, 0, columns)

    def add_rule(self, line: int, columns: int) -> None:
        """A thin line under a row of several lines, to tell it from the next."""
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        self.grid.addWidget(rule, line, 0, 1, columns)


class RowList(QWidget):
    """Rows of a kind, with Add and Remove; ``changed`` fires on any edit in any row."""

    changed = Signal()

    def __init__(self, parent: QWidget, noun: str, add_text: str, empty_text: str, remove_text: str = "") -> None:
        """The words, translated by the subclass: ``noun`` names a row ("Participant"), ``add_text`` is
        the Add button's, ``empty_text`` shows while there are no rows, ``remove_text`` names a row's
        Remove button, with %1 for its number ("Remove participant %1")."""
        super().__init__(parent)
        self.noun = noun
        self.remove_text = remove_text
        self.rows: list[Row] = []
        self.empty = QLabel(empty_text, self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {hint_color(self)};")
        self.holder = QWidget(self)
        self.rows_layout = QVBoxLayout(self.holder)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.holder)
        self.scroll.viewport().setAutoFillBackground(False)  # the page's own background, not a grey well
        self.holder.setAutoFillBackground(False)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add(None, focus=True))
        self.button_row = QHBoxLayout()
        self.button_row.addWidget(self.add_button)
        self.button_row.addStretch(1)
        self.message = FieldMessage(self.add_button, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(self.button_row)
        layout.addWidget(self.message)
        self._show_empty()

    # --- subclasses fill rows ------------------------------------------------------------

    def fill(self, row: Row, value: object | None) -> None:
        """Create a row's controls (for ``value``, or a fresh one for None) with ``row.place``."""
        raise NotImplementedError

    def watch(self, *controls: QWidget) -> None:
        for control in controls:
            if isinstance(control, QComboBox):
                control.currentIndexChanged.connect(self.changed)
            elif isinstance(control, QLineEdit | QPlainTextEdit):
                control.textChanged.connect(self.changed)

    # --- adding and removing -------------------------------------------------------------

    def add(self, value: object | None = None, focus: bool = False) -> Row:
        row = Row(self.holder)
        self.fill(row, value)
        row.remove_button.clicked.connect(lambda: self.remove(row))
        self.rows_layout.insertWidget(len(self.rows), row)
        row.show()  # now, not on the next turn of the event loop: the focus may go into it at once
        self.rows.append(row)
        self._renumber()
        if focus:
            row.named[0][0].setFocus()
            self.scroll.ensureWidgetVisible(row)
        self.changed.emit()
        return row

    def remove(self, row: Row) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        following = self.rows[min(index, len(self.rows) - 1)].named[0][0] if self.rows else self.add_button
        following.setFocus()
        self.changed.emit()

    def set_problem(self, message: str | None, quiet: bool = False) -> None:
        self.message.set_problem(message, quiet)

    def _renumber(self) -> None:
        chain: list[QWidget] = []
        for number, row in enumerate(self.rows, 1):
            for control, name in row.named:
                control.setAccessibleName(f"{self.noun} {number} {name}")
                chain.append(control)
            remove = self.remove_text or self.tr("Remove %1 %2").replace("%1", self.noun.lower()).replace("%2", "%1")
            row.remove_button.setAccessibleName(remove.replace("%1", str(number)))
            chain.append(row.remove_button)
        chain += [self.button_row.itemAt(i).widget() for i in range(self.button_row.count()) if self.button_row.itemAt(i).widget()]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._show_empty()

    def _show_empty(self) -> None:
        self.empty.setVisible(not self.rows)
        self.scroll.setVisible(bool(self.rows))
