"""The event filters: which entities, categories and certainties to keep, and whether to dim or hide the rest.

The box turns its controls into one ``EventFilter`` value and emits it on every change; it
never looks at events itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from explorer.core.filters import EventFilter
from explorer.core.models import Certainty, Entity
from explorer.ui.drawn_icon import swatch
from explorer.ui.search.checklist import Checklist, Choice
from explorer.ui.style import CERTAINTY_BADGE, CERTAINTY_HINT, certainty_label

NO_CATEGORY = "(no category)"
# Two buttons that read as one switch: the chosen side takes the highlight colour in any theme.
SEGMENT_STYLE = """
QToolButton { border: 1px solid palette(mid); background: palette(button); color: palette(button-text); padding: 3px 14px; }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); border-color: palette(highlight); }
QToolButton:focus { border-color: palette(highlight); }
QToolButton#dimSegment { border-top-left-radius: 4px; border-bottom-left-radius: 4px; border-right: none; }
QToolButton#hideSegment { border-top-right-radius: 4px; border-bottom-right-radius: 4px; }
"""


def _swatch(color: str, size: int = 12) -> QIcon:
    return swatch(color, size)


class FilterBox(QWidget):
    filter_changed = Signal(object)  # EventFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchFilters")
        self._filter = EventFilter()
        self.entities = Checklist(self.tr("Entities"), visible_rows=6, parent=self, name="Entities")
        self.categories = Checklist(self.tr("Categories"), visible_rows=4, parent=self, name="Categories")
        self.certainties = Checklist(self.tr("Certainty"), visible_rows=len(Certainty), parent=self,  # one column: docks are narrow
                                     name="Certainty")
        self.certainties.set_choices([
            Choice(c, certainty_label(c), CERTAINTY_HINT[c], _swatch(CERTAINTY_BADGE[c][0])) for c in Certainty
        ])
        self.dim_button = self._segment("Dim", "Show events outside the filters faded", "dimSegment")
        self.hide_button = self._segment("Hide", "Leave events outside the filters out", "hideSegment")
        self.dim_button.setChecked(True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.dim_button)
        group.addButton(self.hide_button)
        mode = QHBoxLayout()  # under its label, so the switch fits the narrowest dock
        mode.setContentsMargins(0, 0, 0, 0)
        mode.setSpacing(0)
        mode.addWidget(self.dim_button)
        mode.addWidget(self.hide_button)
        mode.addStretch(1)
        others = QLabel("Events outside the filters:", self)
        others.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(10)
        layout.addWidget(others)
        layout.addSpacing(-6)
        layout.addLayout(mode)
        layout.addWidget(self.entities)
        layout.addWidget(self.categories)
        layout.addWidget(self.certainties)
        layout.addStretch(1)
        for checklist in (self.entities, self.categories, self.certainties):
            checklist.changed.connect(self._on_controls_changed)
        self.hide_button.toggled.connect(self._on_controls_changed)

    def _segment(self, text: str, tooltip: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setStyleSheet(SEGMENT_STYLE)
        button.setText(text)
        button.setCheckable(True)
        button.setToolTip(tooltip)
        button.setAccessibleName(f"{text} events outside the filters")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumWidth(56)
        return button

    # --- choices ---------------------------------------------------------------------------

    def set_entities(self, entities: Sequence[Entity]) -> None:
        ordered = sorted(entities, key=lambda e: (e.name.casefold(), e.uid))
        self.entities.set_choices([Choice(e.uid, " ".join(e.name.split()), f"{e.name} ({e.kind})") for e in ordered])

    def set_categories(self, names: Sequence[str]) -> None:
        self.categories.set_choices([Choice(name, " ".join(name.split()) or NO_CATEGORY) for name in names])

    # --- the filter value ------------------------------------------------------------------

    def event_filter(self) -> EventFilter:
        return self._filter

    def set_event_filter(self, event_filter: EventFilter) -> None:
        """Show this filter in the controls without emitting ``filter_changed``."""
        self._filter = event_filter
        self.entities.set_selected(event_filter.entities)
        self.categories.set_selected(event_filter.categories)
        self.certainties.set_selected(event_filter.certainties)
        with QSignalBlocker(self.hide_button), QSignalBlocker(self.dim_button):
            self.hide_button.setChecked(event_filter.hide)
            self.dim_button.setChecked(not event_filter.hide)

    def clear(self) -> None:
        """Keep every event again (the dim/hide choice stays)."""
        self._emit_if_changed(self._filter.cleared())

    def _on_controls_changed(self, *_args: object) -> None:
        self._emit_if_changed(EventFilter(
            entities=self.entities.selected(), categories=self.categories.selected(),
            certainties=self.certainties.selected(), hide=self.hide_button.isChecked(),
        ))

    def _emit_if_changed(self, event_filter: EventFilter) -> None:
        if event_filter != self._filter:
            self.set_event_filter(event_filter)
            self.filter_changed.emit(event_filter)
