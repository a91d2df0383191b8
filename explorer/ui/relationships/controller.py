"""Hooks the relationship panel into the main window: a dock, the time cursor, selection links,
the change broadcast, and a new case.

``attach(window)`` is all the main window needs to call. The controller connects:
- the timeline's ``cursor_moved`` to the panel's ``set_as_of`` (and a step in the panel moves the
  timeline's cursor, which then comes back to the panel as an ordinary cursor move);
- events clicked in the panel to ``window.select_event``; entities selected to
  ``window.timeline.reveal_entity``;
- ``window.session.changed`` to the panel's refresh (only for the flags that concern the
  network, and never for the panel's own edits), again for each new session on
  ``window.session_replaced``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget

from explorer.core.changes import Changes
from explorer.core.undo import Operation
from explorer.ui import app_theme
from explorer.ui.relationships.panel import FOLLOW_ON, RelationshipsPanel

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow
    from explorer.ui.session import CaseSession


class RelationshipsController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = RelationshipsPanel(
            window.store, window, theme_name=app_theme.look(), run=self._run, as_of=int(window.timeline.cursor_seconds())
        )
        self.dock = QDockWidget(self.tr("Relationships"), window)
        self.dock.setObjectName("relationshipsDock")
        self.dock.setWidget(self.panel)
        if not window.restoreDockWidget(self.dock):  # no saved place (first run, or attached before restoreState)
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
            table_dock = getattr(window, "table_dock", None)
            if table_dock is not None:
                window.tabifyDockWidget(table_dock, self.dock)
                table_dock.raise_()  # the events table stays the tab in front until the user picks this one
        window.panels_menu.addAction(self.dock.toggleViewAction())
        timeline = window.timeline
        timeline.cursor_moved.connect(self.panel.set_as_of)
        self.panel.cursor_requested.connect(timeline.set_cursor)
        self.panel.event_chosen.connect(self._select_event)
        self.panel.entity_chosen.connect(timeline.reveal_entity)
        self.panel.edit_requested.connect(self._edit_relationship)
        self.session: CaseSession = window.session
        self.session.changed.connect(self._on_changed)
        window.session_replaced.connect(self._on_session_replaced)
        self.panel.set_as_of(timeline.cursor_seconds(), animate=False)

    def _run(self, operation: Operation) -> bool:
        return self.window.run(operation, initiator=self.panel)

    def _select_event(self, uid: str) -> None:
        self.window.select_event(uid, source=self.panel)

    def _edit_relationship(self, uid: str) -> None:
        """A double-click on an edge: the editing forms edit it, where the window has them."""
        forms = getattr(self.window, "forms", None)
        if forms is not None and hasattr(forms, "edit_relationship"):
            forms.edit_relationship(uid)

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self.panel or not changes.touches(FOLLOW_ON):
            return
        self.panel.refresh(changes)

    def _on_session_replaced(self, session: CaseSession) -> None:
        self.session.changed.disconnect(self._on_changed)
        self.session = session
        session.changed.connect(self._on_changed)
        self.panel.set_store(session.store)
        self.panel.set_as_of(self.window.timeline.cursor_seconds(), animate=False)

    def apply_theme(self, name: str) -> None:
        self.panel.set_theme(name)

    def show(self) -> None:
        """Bring the dock to the front (e.g. for a tour step about relationships)."""
        self.dock.show()
        self.dock.raise_()


def attach(window: MainWindow) -> RelationshipsController:
    """Add the relationship panel to the main window as a dock and link it to the other panels (once)."""
    existing = getattr(window, "relationships_controller", None)
    if existing is not None:
        return existing
    controller = RelationshipsController(window)
    window.relationships_controller = controller  # type: ignore[attr-defined]
    return controller
