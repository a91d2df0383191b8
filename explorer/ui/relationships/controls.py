"""The panel's controls, in two compact rows: time (date, steps, clock, compare, ghosts) and
what to show and do (filters, layout, connect tool, fit, delete, export).

In a short panel (``set_compact``) only the date, the steps and the clock stay in the row; the
rest folds into a "More" menu (``more_menu``) so the graph keeps its room.

Controls only say what the user asked for, through signals; the panel does it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from explorer.core.models import Certainty, relationship_type_label
from explorer.core.network import LayoutKind, Mode, RelationshipFilter
from explorer.ui.flow_layout import FlowLayout
from explorer.ui.relationships import more_menu
from explorer.ui.style import certainty_word


def _button(parent: QWidget, text: str, tip: str, checkable: bool = False) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(text.strip("◀▶ …"))
    button.setCheckable(checkable)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def _single(values: frozenset | None) -> object:
    return next(iter(values)) if values else None


def _combo(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)  # long entity names widen the list, not the strip
    return combo


class Controls(QWidget):
    step = Signal(int)  # -1 back, +1 forward to the previous/next moment the network changes
    mode_changed = Signal(object)  # Mode
    compare_toggled = Signal(bool)
    ghosts_toggled = Signal(bool)
    filter_changed = Signal(object)  # RelationshipFilter
    layout_chosen = Signal(object)  # LayoutKind
    connect_toggled = Signal(bool)
    fit_requested = Signal()
    delete_requested = Signal()
    unpin_requested = Signal()
    export_requested = Signal(str)  # "png" or "svg"
    legend_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_label = QLabel(self)
        self.date_label.setObjectName("relationshipsDate")
        font = self.date_label.font()
        font.setBold(True)
        self.date_label.setFont(font)
        self.previous = _button(self, "◀ Previous", "Step back to the previous change ([ or Alt+Left)")
        self.next = _button(self, "Next ▶", "Step on to the next change (] or Alt+Right)")
        self.previous.clicked.connect(lambda: self.step.emit(-1))
        self.next.clicked.connect(lambda: self.step.emit(1))
        self.happened = _button(self, "As it happened", "Relationships by the dates they began and ended", checkable=True)
        self.known = _button(self, "As publicly known", "Relationships by when their start or end became public", checkable=True)
        self.modes = QButtonGroup(self)
        self.modes.setExclusive(True)
        for button, mode in ((self.happened, Mode.HAPPENED), (self.known, Mode.KNOWN)):
            self.modes.addButton(button)
            button.toggled.connect(lambda on, m=mode: on and self.mode_changed.emit(m))
        self.happened.setChecked(True)
        self.compare = _button(self, "Compare…", "Compare two dates: what was added, ended or changed, and why", checkable=True)
        self.compare.toggled.connect(self.compare_toggled)
        self.ghosts = _button(self, "Not yet begun", "Show relationships that have not begun yet, faintly", checkable=True)
        self.ghosts.toggled.connect(self.ghosts_toggled)
        self.type_box, self.certainty_box, self.entity_box = (_combo(self, n) for n in ("Type filter", "Certainty filter", "Entity filter"))
        for box in (self.type_box, self.certainty_box, self.entity_box):
            box.activated.connect(lambda _i: self.filter_changed.emit(self.current_filter()))
        self.certainty_box.addItem(self.tr("Any certainty"), None)
        for certainty in Certainty:
            self.certainty_box.addItem(certainty_word(certainty), str(certainty))
        self.layout_box = _combo(self, "Layout")
        for kind in LayoutKind:
            self.layout_box.addItem(kind.label, str(kind))
        self.layout_box.activated.connect(lambda i: self.layout_chosen.emit(LayoutKind(self.layout_box.itemData(i))))
        self.connect = _button(self, "Connect", "Drag from one entity to another to add a relationship (or Shift+drag)", checkable=True)
        self.connect.toggled.connect(self.connect_toggled)
        self.fit = _button(self, "Fit", "Show the whole graph (F)")
        self.fit.clicked.connect(self.fit_requested)
        self.delete = _button(self, "Delete", "Delete the selected relationship (Delete; undo with Ctrl+Z)")
        self.delete.clicked.connect(self.delete_requested)
        self.unpin = _button(self, "Unpin", "Let the layout place the selected entity (or all pinned ones) again")
        self.unpin.clicked.connect(self.unpin_requested)
        self.legend = _button(self, "Legend", "Show or hide what shapes, lines and colours mean", checkable=True)
        self.legend.setChecked(True)
        self.legend.toggled.connect(self.legend_toggled)
        self.export = _button(self, "Export", "Save the graph on this date as an image")
        self.export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export)
        for fmt, text in (("png", "PNG image…"), ("svg", "SVG drawing…")):
            action = QAction(text, menu)
            action.triggered.connect(lambda _c=False, f=fmt: self.export_requested.emit(f))
            menu.addAction(action)
        self.export.setMenu(menu)
        self.more = _button(self, self.tr("More"), self.tr("Compare, filters, layout, editing and export"))
        self.more.setAccessibleName(self.tr("More controls"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more)
        self.more_menu.setAccessibleName(self.tr("More controls"))
        self.more_menu.aboutToShow.connect(self._fill_more)
        self.more.setMenu(self.more_menu)
        self.compact = False
        self._build()

    def _build(self) -> None:
        """Groups of controls that belong together, flowing onto as many rows as the dock's width needs."""
        self.flow = FlowLayout(self, spacing=8)
        self.flow.setContentsMargins(4, 2, 4, 2)
        kept = ((self.date_label,), (self.previous, self.next), (self.happened, self.known), (self.more,))
        folded = (
            (self.compare, self.ghosts),
            (QLabel(self.tr("Show"), self), self.type_box), (self.certainty_box,), (self.entity_box,),  # each may wrap
            (QLabel(self.tr("Layout"), self), self.layout_box),
            (self.connect, self.delete, self.unpin, self.fit, self.legend, self.export),
        )
        self.groups: list[QWidget] = []
        self.foldable: list[QWidget] = []
        for widgets, foldable in [(w, False) for w in kept] + [(w, True) for w in folded]:
            group = QWidget(self)
            row = QHBoxLayout(group)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            for widget in widgets:
                row.addWidget(widget)
            self.flow.addWidget(group)
            self.groups.append(group)
            if foldable:
                self.foldable.append(group)
        self.more_group = self.groups[len(kept) - 1]
        self.more_group.hide()  # until the panel is short

    # --- folding into "More" ----------------------------------------------------------------

    def set_compact(self, on: bool) -> None:
        """Fold the less-used controls into the More menu (a short panel), or show them all in the row."""
        if on == self.compact:
            return
        self.compact = on
        for group in self.foldable:
            group.setVisible(not on)
        self.more_group.setVisible(on)
        self.flow.invalidate()
        self.updateGeometry()

    def full_height(self, width: int) -> int:
        """The height every control would take at this width, folded or not (the flow's own packing)."""
        margins = self.flow.contentsMargins()
        right = width - margins.right()
        x, y, row_height = margins.left(), margins.top(), 0
        for group in self.groups:
            if group is self.more_group:
                continue
            hint = group.sizeHint()
            if x > margins.left() and x + hint.width() > right:
                x, y, row_height = margins.left(), y + row_height + self.flow.spacing(), 0
            x += hint.width() + self.flow.spacing()
            row_height = max(row_height, hint.height())
        return y + row_height + margins.bottom()

    def _fill_more(self) -> None:
        more_menu.fill(
            self.more_menu, (self.compare, self.ghosts),
            ((self.tr("Type"), self.type_box), (self.tr("Certainty"), self.certainty_box),
             (self.tr("Entity"), self.entity_box), (self.tr("Layout"), self.layout_box)),
            (self.connect, self.delete, self.unpin, self.fit, self.legend), self.export.menu(),
        )

    def set_choices(self, types: list[str], entities: list[tuple[str, str]]) -> None:
        """Fill the type and entity filters, keeping what was chosen where it still exists."""
        chosen_type, chosen_entity = self.type_box.currentData(), self.entity_box.currentData()
        self.type_box.clear()
        self.type_box.addItem(self.tr("All types"), None)
        for type_ in types:
            self.type_box.addItem(relationship_type_label(type_), type_)
        self.entity_box.clear()
        self.entity_box.addItem(self.tr("All entities"), None)
        for uid, name in entities:
            self.entity_box.addItem(name, uid)
        self.type_box.setCurrentIndex(max(self.type_box.findData(chosen_type), 0))
        self.entity_box.setCurrentIndex(max(self.entity_box.findData(chosen_entity), 0))

    def current_filter(self) -> RelationshipFilter:
        type_, certainty, entity = self.type_box.currentData(), self.certainty_box.currentData(), self.entity_box.currentData()
        return RelationshipFilter(
            types=frozenset({type_}) if type_ else None,
            certainties=frozenset({Certainty(certainty)}) if certainty else None,
            entity=entity or None,
        )

    def set_filter(self, chosen: RelationshipFilter) -> None:
        """Show a filter chosen elsewhere (tests, a tour step) without announcing it."""
        self.type_box.setCurrentIndex(max(self.type_box.findData(_single(chosen.types)), 0))
        certainty = _single(chosen.certainties)
        self.certainty_box.setCurrentIndex(max(self.certainty_box.findData(str(certainty) if certainty else None), 0))
        self.entity_box.setCurrentIndex(max(self.entity_box.findData(chosen.entity), 0))

    def set_mode(self, mode: Mode) -> None:
        (self.happened if mode is Mode.HAPPENED else self.known).setChecked(True)

    def set_layout_kind(self, kind: LayoutKind) -> None:
        self.layout_box.setCurrentIndex(max(self.layout_box.findData(str(kind)), 0))
