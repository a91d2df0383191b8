"""The tour editor (Present ▸ Tours…): pick a tour, then add, remove, reorder and annotate its steps.

Every change is one undoable edit through ``window.run(undo.put(store, tour, …))``, so Edit ▸
Undo in the main window takes it back and the editor follows the change broadcast. Steps are
reordered by dragging them in the list (or with the arrow buttons). Built-in tours are made
from the case on the fly, so they are read-only: "Make a Copy" gives an editable one.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from explorer.core import dates, tours, undo
from explorer.core.changes import Changed, Changes
from explorer.core.models import StepKind, Tour, TourStep
from explorer.ui.presenter.step_form import StepForm

_KIND_PREFIX = {StepKind.EVENT: "", StepKind.RANGE: "Period: ", StepKind.RELATIONSHIPS: "Relationships: "}


class TourEditor(QDialog):
    def __init__(self, controller: object) -> None:
        super().__init__(controller.window)  # type: ignore[attr-defined]
        self.setObjectName("tourEditor")
        self.setWindowTitle(self.tr("Tours"))
        self.setModal(False)
        self.controller = controller
        self.window_ = controller.window  # type: ignore[attr-defined]
        self.session = controller.session  # type: ignore[attr-defined]
        self.tour: Tour | None = None
        self._filling = False
        self._build()
        self.session.changed.connect(self._on_changed)
        self.reload(controller.current_tour_uid())  # type: ignore[attr-defined]
        self.resize(1000, 640)

    @property
    def store(self):
        return self.session.store

    def _build(self) -> None:
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Tour"))
        self.chooser.activated.connect(lambda i: self.reload(self.chooser.itemData(i)))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Tour title"))
        self.title.editingFinished.connect(self._rename)
        self.default = QCheckBox(self.tr("&Default tour (F5 plays it)"))
        self.default.clicked.connect(self._set_default)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.steps = QListWidget()
        self.steps.setObjectName("tourSteps")
        self.steps.setAccessibleName(self.tr("Steps (drag to reorder)"))
        self.steps.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.steps.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.steps.currentRowChanged.connect(self._show_step)
        self.steps.itemDoubleClicked.connect(lambda _item: self._present_here())
        model = self.steps.model()
        for signal in (model.rowsMoved, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self._order_may_have_changed)
        self.form = StepForm()
        self.form.step_edited.connect(self._on_step_edited)
        self.buttons: dict[str, QPushButton] = {}
        top = QGridLayout()
        top.addWidget(self._label(self.tr("&Tour"), self.chooser), 0, 0)
        top.addWidget(self.chooser, 0, 1)
        tour_buttons = QHBoxLayout()
        for key, text, slot in (("new", self.tr("&New Tour"), self._new_tour), ("copy", self.tr("Make a Cop&y"), self._copy_tour),
                                ("delete", self.tr("De&lete Tour"), self._delete_tour)):
            tour_buttons.addWidget(self._button(key, text, slot))
        top.addLayout(tour_buttons, 0, 2)
        top.addWidget(self._label(self.tr("T&itle"), self.title), 1, 0)
        top.addWidget(self.title, 1, 1)
        top.addWidget(self.default, 1, 2)
        top.addWidget(self.hint, 2, 0, 1, 3)
        step_buttons = QHBoxLayout()
        for key, text, slot in (
            ("add_event", self.tr("Add Selected &Event"), self._add_event), ("add_range", self.tr("Add &Period in View"), self._add_range),
            ("add_relationships", self.tr("Add &Relationships at Cursor"), self._add_relationships),
            ("remove", self.tr("Re&move"), self._remove), ("up", self.tr("Move &Up"), lambda: self._move(-1)),
            ("down", self.tr("Move Do&wn"), lambda: self._move(1)),
        ):
            step_buttons.addWidget(self._button(key, text, slot))
        step_buttons.addStretch(1)
        step_buttons.addWidget(self._button("present", self.tr("Pre&sent from This Step"), self._present_here))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.steps)
        split.addWidget(self.form)
        split.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(step_buttons)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)  # Esc closes too (QDialog)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        """A label whose Alt+letter goes to ``buddy``."""
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _button(self, key: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.buttons[key] = button
        return button

    # --- showing -------------------------------------------------------------------------

    def set_session(self, session: object) -> None:
        self.session.changed.disconnect(self._on_changed)
        self.session = session
        self.session.changed.connect(self._on_changed)
        self.reload(None)

    def reload(self, uid: str | None, row: int | None = None) -> None:
        """Show a tour (None: the default one), keeping the chosen step when it can."""
        self.tour = tours.resolve_tour(self.store, uid)
        keep = self.steps.currentRow() if row is None else row
        self._filling = True
        self.chooser.clear()
        for choice in tours.tour_choices(self.store):
            self.chooser.addItem(choice.title + ("  (default)" if choice.is_default else ""), choice.uid)
        self.chooser.setCurrentIndex(max(self.chooser.findData(self.tour.uid), 0))
        editable = self.editable
        self.title.setText(self.tour.title)
        self.title.setEnabled(editable)
        self.default.setChecked(self.tour.is_default)
        self.default.setEnabled(editable)
        self.hint.setText("" if editable else self.tr("This tour is made from the case whenever it is shown. "
                                                      "To change it, make a copy."))
        self.steps.clear()
        events = {e.uid: e for e in self.store.events_by_uid([s.event_uid for s in self.tour.steps if s.event_uid])}
        for index, step in enumerate(self.tour.steps):
            event = events.get(step.event_uid) if step.event_uid else None
            self.steps.addItem(self._item(index, step, event))
        self.steps.setDragEnabled(editable)
        for key in ("add_event", "add_range", "add_relationships", "remove", "up", "down", "delete"):
            self.buttons[key].setEnabled(editable and not self.store.readonly)
        self._filling = False
        if self.tour.steps:
            self.steps.setCurrentRow(min(max(keep, 0), len(self.tour.steps) - 1))
        self._show_step(self.steps.currentRow())

    def _item(self, index: int, step: TourStep, event: object) -> QListWidgetItem:
        if step.kind is StepKind.EVENT:
            title = step.headline or (event.title if event else "(deleted event)")  # type: ignore[attr-defined]
            when = event.date_text if event else ""  # type: ignore[attr-defined]
        else:
            title = step.headline or "(no headline)"
            when = dates.display(step.as_of) if step.kind is StepKind.RELATIONSHIPS and step.as_of else ""
        item = QListWidgetItem(f"{index + 1}. {_KIND_PREFIX[step.kind]}{title}" + (f"  ·  {when}" if when else ""))
        item.setData(Qt.ItemDataRole.UserRole, index)
        item.setToolTip(self.tr("Drag to reorder; double-click to present from here"))
        return item

    @property
    def editable(self) -> bool:
        return self.tour is not None and not tours.is_builtin(self.tour.uid) and not self.store.readonly

    def _show_step(self, row: int) -> None:
        if self._filling:
            return
        step = self.tour.steps[row] if self.tour is not None and 0 <= row < len(self.tour.steps) else None
        event = self.store.event(step.event_uid) if step is not None and step.event_uid else None
        self.form.set_step(step, event, self.editable)

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.touches(Changed.TOURS | Changed.EVENTS) and self.tour is not None:
            uid = self.tour.uid if tours.is_builtin(self.tour.uid) or self.store.tour(self.tour.uid) else None
            self.reload(uid, self._wanted_row if initiator is self else None)

    # --- edits ---------------------------------------------------------------------------

    _wanted_row: int | None = None

    def _run(self, tour: Tour, label: str, row: int | None = None) -> bool:
        self._wanted_row = row
        return self.window_.run(undo.put(self.store, tour, label), initiator=self)  # type: ignore[attr-defined]

    def _order_may_have_changed(self, *_args: object) -> None:
        if not self._filling:
            QTimer.singleShot(0, self._commit_order)  # after the drop has finished with the list

    def _commit_order(self) -> None:
        if self.tour is None or not self.editable or self.steps.count() != len(self.tour.steps):
            return
        order = [self.steps.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.steps.count())]
        if order != list(range(len(order))) and sorted(order) == list(range(len(order))):
            moved = self.steps.currentRow()
            self._run(tours.reorder_steps(self.tour, order), "Reorder steps", moved)

    def _on_step_edited(self, step: TourStep, label: str) -> None:
        row = self.steps.currentRow()
        if self.tour is not None and 0 <= row < len(self.tour.steps):
            self._run(tours.replace_step(self.tour, row, step), label, row)

    def _insert(self, step: TourStep, label: str) -> None:
        at = self.steps.currentRow() + 1 if self.steps.currentRow() >= 0 else len(self.tour.steps)
        self._run(tours.insert_step(self.tour, step, at), label, at)

    def _add_event(self) -> None:
        uid = self.window_.timeline.selected_uid  # type: ignore[attr-defined]
        if not uid:
            self.hint.setText(self.tr("Select an event on the timeline (or in the table) first, then add it."))
            return
        self._insert(tours.event_step(uid), "Add step")

    def _visible_period(self) -> tuple[dates.PartialDate, dates.PartialDate]:
        x0, x1 = self.window_.timeline.visible_range()  # type: ignore[attr-defined]
        day = dates.Precision.DAY
        return dates.from_seconds_at(int(x0), day), dates.from_seconds_at(int(x1), day)

    def _add_range(self) -> None:
        start, end = self._visible_period()
        self._insert(TourStep(StepKind.RANGE, window_start=start, window_end=end), "Add period step")

    def _add_relationships(self) -> None:
        start, end = self._visible_period()
        cursor = self.window_.timeline.cursor_seconds()  # type: ignore[attr-defined]
        as_of = dates.from_seconds_at(cursor, dates.Precision.DAY)
        self._insert(TourStep(StepKind.RELATIONSHIPS, window_start=start, window_end=end, as_of=as_of), "Add relationships step")

    def _remove(self) -> None:
        row = self.steps.currentRow()
        if self.tour is not None and 0 <= row < len(self.tour.steps):
            self._run(tours.remove_step(self.tour, row), "Remove step", row)

    def _move(self, by: int) -> None:
        row = self.steps.currentRow()
        if self.tour is not None and 0 <= row < len(self.tour.steps) and 0 <= row + by < len(self.tour.steps):
            self._run(tours.move_step(self.tour, row, row + by), "Move step", row + by)

    def _rename(self) -> None:
        title = self.title.text().strip()
        if self.editable and title and title != self.tour.title:
            self._run(replace(self.tour, title=title), "Rename tour", self.steps.currentRow())

    def _set_default(self, checked: bool) -> None:
        if self.editable:
            self._run(replace(self.tour, is_default=checked), "Make default tour" if checked else "Unset default tour",
                      self.steps.currentRow())

    def _taken(self) -> list[str]:
        return [t.title for t in self.store.tours()]

    def _new_tour(self) -> None:
        tour = tours.new_tour("New tour", self._taken())
        if self.window_.run(undo.put(self.store, tour, "Add tour"), initiator=self):  # type: ignore[attr-defined]
            self.reload(tour.uid)
            self._name_it()

    def _copy_tour(self) -> None:
        copy = tours.editable_copy(self.tour, self._taken())
        if self.window_.run(undo.put(self.store, copy, "Copy tour"), initiator=self):  # type: ignore[attr-defined]
            self.reload(copy.uid)
            self._name_it()

    def _name_it(self) -> None:
        """A tour just made is named next: the focus in its title, the stand-in words selected to type over."""
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title.selectAll()

    def _delete_tour(self) -> None:
        if self.editable:
            self.window_.run(undo.delete(self.store, Tour, self.tour.uid, "Delete tour"), initiator=self)  # type: ignore[attr-defined]

    def _present_here(self) -> None:
        if self.tour is not None and self.tour.steps:
            self.form.commit()
            self.controller.start(tour=self.tour, index=max(self.steps.currentRow(), 0))  # type: ignore[attr-defined]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field (the title, a date) commits it and presses no button (QDialog would press Close)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Close or Esc: the note being typed is kept first (hiding the dialog sends no close event)."""
        self.form.commit()
        super().reject()

    def closeEvent(self, event: object) -> None:
        self.form.commit()
        super().closeEvent(event)
