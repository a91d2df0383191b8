"""Compare two dates: what ties were added, ended or changed between them, and the events that
caused each change. Clicking a change selects the tie; clicking an event selects it on the timeline.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from explorer.core import dates
from explorer.core.network import Change, ChangeKind
from explorer.ui import date_text
from explorer.ui.flow_layout import FlowLayout
from explorer.ui.relationships import wording
from explorer.ui.safe_text import plain_tooltip

KIND_WORDS = {  # translated where shown (CompareView context)
    ChangeKind.ADDED: QT_TRANSLATE_NOOP("CompareView", "Added"), ChangeKind.ENDED: QT_TRANSLATE_NOOP("CompareView", "Ended"),
    ChangeKind.CAME_AND_WENT: QT_TRANSLATE_NOOP("CompareView", "Came and went"),
    ChangeKind.CHANGED: QT_TRANSLATE_NOOP("CompareView", "Changed"), ChangeKind.REAFFIRMED: QT_TRANSLATE_NOOP("CompareView", "Reaffirmed"),
}
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


def day_text(seconds: int) -> str:
    return dates.from_seconds_at(seconds, dates.Precision.DAY).iso()


class CompareView(QWidget):
    dates_changed = Signal("qlonglong", "qlonglong")  # seconds (64 bits: a C int wraps outside 1901-2038)
    event_chosen = Signal(str)
    relationship_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationshipCompare")
        self.from_edit, self.to_edit = QLineEdit(self), QLineEdit(self)
        for edit, name in ((self.from_edit, "Compare from"), (self.to_edit, "Compare to")):
            edit.setAccessibleName(name)
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("0000-00-00") + 18)  # a whole date shows
            edit.setMaximumWidth(130)
            edit.editingFinished.connect(self._on_edited)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828")
        self.problem.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)  # a long summary wraps: it never widens the tabs and squeezes the graph
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("compareChanges")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Changes between the two dates"))
        self.tree.itemActivated.connect(self._on_item)
        self.tree.itemClicked.connect(self._on_item)
        dates_row = QWidget(self)
        row = FlowLayout(dates_row, spacing=6)  # "to" goes under "From" when the pane is narrow
        for label, edit in ((self.tr("From"), self.from_edit), (self.tr("to"), self.to_edit)):
            pair = QWidget(dates_row)
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.addWidget(QLabel(label, pair))
            pair_layout.addWidget(edit)
            row.addWidget(pair)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(dates_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.problem.hide()
        self._range: tuple[int, int] = (0, 0)

    @property
    def range(self) -> tuple[int, int]:
        return self._range

    def set_range(self, first: int, second: int) -> None:
        self._range = (int(first), int(second))
        self.from_edit.setText(day_text(first))
        self.to_edit.setText(day_text(second))
        self.problem.hide()

    def _on_edited(self) -> None:
        try:
            first = dates.start_seconds(dates.parse(self.from_edit.text()))
            second = dates.start_seconds(dates.parse(self.to_edit.text()))
        except dates.DateError as exc:
            self.problem.setText(self.tr("Not a date: %1").replace("%1", str(exc)))
            self.problem.show()
            return
        self.problem.hide()
        if (first, second) != self._range:
            self._range = (first, second)
            self.dates_changed.emit(first, second)

    def show_idle(self) -> None:
        """Not comparing: no list, and a line saying how to start."""
        self.tree.clear()
        self.summary.setText(self.tr("Type two dates and press Enter, or choose Compare…, to see what changed between them."))

    def set_changes(self, changes: list[Change], names: dict[str, str]) -> None:
        self.tree.clear()
        first, second = sorted(self._range)
        shown = [date_text.moment(t) for t in (first, second)]
        counts = {kind: sum(1 for c in changes if c.kind is kind) for kind in ChangeKind}
        parts = [f"{n} {self.tr(KIND_WORDS[k]).lower()}" for k, n in counts.items() if n]
        self.summary.setText(f"{shown[0]} → {shown[1]}: " + (", ".join(parts) if parts else self.tr("no changes")))
        for change in changes:
            r = change.relationship
            title = f"{self.tr(KIND_WORDS[change.kind])}: {wording.sentence(r, names)}"
            item = QTreeWidgetItem([title])
            item.setData(0, TARGET_ROLE, ("rel", r.uid))
            item.setToolTip(0, plain_tooltip(f"{title}\n{change.before.label} → {change.after.label}"))
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            for cause in change.causes:
                child = QTreeWidgetItem([f"{cause.date} · {cause.effect}: {cause.event.title}"])
                child.setData(0, TARGET_ROLE, ("event", cause.event.uid))
                child.setToolTip(0, plain_tooltip(f"{cause.event.title}\n{cause.event.date_text}"))
                item.addChild(child)
            if not change.causes:
                item.addChild(QTreeWidgetItem([self.tr("(no event recorded for this change)")]))
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, TARGET_ROLE)
        if not target:
            return
        kind, uid = target
        (self.event_chosen if kind == "event" else self.relationship_chosen).emit(uid)

    def lines(self) -> list[str]:
        """Every line of the list, changes and their events (for tests and accessibility)."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            found.append(item.text(0))
            found += ["  " + item.child(j).text(0) for j in range(item.childCount())]
        return found
