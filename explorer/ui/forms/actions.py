"""The Edit menu's forms: New Event/Entity/Relationship, Edit and Delete Selected, Entities,
Relationships, Sources, Eras, Case Details.

``install(window)`` adds the actions to ``window.edit_menu`` and returns them as ``FormActions``.
Every entry has its own Alt+letter in the Edit menu (Undo, Redo, Find, the notes' entries and
Preferences share it). Each runs a form and hands the operation it returns to ``window.run`` (one undoable step). All
are disabled while the case is read-only. F2 / Enter and Delete act on the selected events when
the timeline or the event table has the focus. Other panels open the forms through the methods
(``new_event_at(seconds, entity_uid)`` for a double-click on the timeline, ``edit_event(uid)``,
``edit_entity(uid)``, ``edit_relationship(uid)``…). The forms themselves are imported when first
opened, so that they cost nothing when the window starts.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from explorer.core import undo
from explorer.core.changes import Changes
from explorer.core.date_input import date_for_zoom
from explorer.core.dates import PartialDate
from explorer.core.models import Entity, Relationship
from explorer.core.undo import Operation

STATUS_SECONDS = 4


class FormActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_touched: set[str] = set()
        self.new_event_action = self._action(self.tr("New E&vent…"), self.new_event, "Ctrl+E", self.tr("Add an event at the time cursor"))
        self.new_entity_action = self._action(self.tr("New Entit&y…"), self.new_entity, None,
                                              self.tr("Add a company, person, organization or group"))
        self.new_relationship_action = self._action(self.tr("New Re&lationship…"), self.new_relationship, None,
                                                    self.tr("Tie two entities together"))
        self.edit_selected_action = self._action(self.tr("Ed&it Selected…"), self.edit_selected, "F2", self.tr("Edit the selected event"))
        self.edit_selected_action.setShortcuts([QKeySequence("F2"), QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.delete_selected_action = self._action(self.tr("&Delete Selected"), self.delete_selected, QKeySequence.StandardKey.Delete,
                                                   self.tr("Delete the selected events"))
        self.entities_action = self._action(self.tr("En&tities…"), self.manage_entities, None,
                                            self.tr("Add, edit and delete the case's companies, people and groups"))
        self.relationships_action = self._action(self.tr("Relations&hips…"), self.manage_relationships, None,
                                                 self.tr("Add, edit and delete the ties between entities"))
        self.sources_action = self._action(self.tr("S&ources…"), self.manage_sources, None,
                                           self.tr("Add, edit and delete the case's sources"))
        self.eras_action = self._action(self.tr("Era&s…"), self.manage_eras, None,
                                        self.tr("Add, edit and delete the eras shaded on the timeline"))
        self.case_details_action = self._action(self.tr("&Case Details…"), self.edit_case_details, None,
                                                self.tr("Title, summary, authors…"))
        for action in (self.edit_selected_action, self.delete_selected_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # keys act where the selection is
            for view in self.selection_views():
                view.addAction(action)
        self._build_menu()
        window.session_replaced.connect(self.update_enabled)
        self.update_enabled()

    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        return action

    def _build_menu(self) -> None:
        menu = self.window.edit_menu
        menu.addSeparator()
        menu.addActions([self.new_event_action, self.new_entity_action, self.new_relationship_action])
        menu.addSeparator()
        menu.addActions([self.edit_selected_action, self.delete_selected_action])
        menu.addSeparator()
        menu.addActions([self.entities_action, self.relationships_action, self.sources_action, self.eras_action,
                         self.case_details_action])
        menu.aboutToShow.connect(lambda: self.update_enabled(menu_open=True))
        menu.aboutToHide.connect(self.update_enabled)

    def actions(self) -> list[QAction]:
        return [
            self.new_event_action, self.new_entity_action, self.new_relationship_action, self.edit_selected_action,
            self.delete_selected_action, self.entities_action, self.relationships_action,
            self.sources_action, self.eras_action, self.case_details_action,
        ]

    def selection_views(self) -> list[QWidget]:
        return [self.window.timeline, self.window.event_table]

    def update_enabled(self, *_args: object, menu_open: bool = False) -> None:
        """Nothing edits a read-only case; in the open menu, Edit and Delete Selected need a selection."""
        writable = not self.window.store.readonly
        for action in self.actions():
            action.setEnabled(writable)
        if menu_open:
            chosen = bool(self.selected_uids())
            self.edit_selected_action.setEnabled(writable and chosen)
            self.delete_selected_action.setEnabled(writable and chosen)

    def selected_uids(self) -> list[str]:
        """The selected events (several when the timeline allows it), that still exist."""
        timeline = self.window.timeline
        uids = list(getattr(timeline, "selected_uids", None) or ([timeline.selected_uid] if timeline.selected_uid else []))
        return [uid for uid in uids if self.window.store.exists("event", uid)]

    def _selected_event(self) -> str | None:
        """The event last selected, which a relationship form's Add Event offers first."""
        uids = self.selected_uids()
        return uids[-1] if uids else None

    # --- running forms -------------------------------------------------------------------

    def _run(self, operation: Operation | None) -> bool:
        """Make the edit (False when cancelled or refused); ``last_touched`` holds the uids it changed."""
        self.last_touched = set()
        if operation is None:
            return False
        touched: set[str] = set()

        def record(changes: Changes, _initiator: object) -> None:
            touched.update(changes.uids)

        self.window.session.changed.connect(record)
        try:
            done = self.window.run(operation, initiator=None)
        finally:
            self.window.session.changed.disconnect(record)
        self.last_touched = touched if done else set()
        return done

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, STATUS_SECONDS * 1000)

    def new_event(self) -> None:
        """A new event starting at the time cursor, to the precision the zoom suggests; in a case
        with no events yet (whose cursor means nothing), today."""
        if self.window.store.event_count() == 0:
            today = datetime.date.today()
            self.new_event_from(PartialDate(today.year, today.month, today.day))
            return
        self.new_event_at(self.window.timeline.cursor_seconds())

    def new_event_at(self, seconds: int, entity_uid: str = "") -> None:
        x0, x1 = self.window.timeline.visible_range()
        self.new_event_from(date_for_zoom(seconds, x1 - x0), (entity_uid,) if entity_uid else ())

    def new_event_from(self, start: PartialDate | None, participants: tuple[str, ...] = ()) -> None:
        from explorer.ui.forms.event_form import EventForm

        self._run(EventForm.ask(self.window, self.window.store, start=start, participants=participants))
        added = next((uid for uid in sorted(self.last_touched) if self.window.store.exists("event", uid)), None)
        if added is not None:
            self.window.select_event(added)

    def edit_event(self, uid: str) -> None:
        from explorer.ui.forms.event_form import EventForm

        if self.window.store.exists("event", uid):
            self._run(EventForm.ask(self.window, self.window.store, event_uid=uid))

    def edit_selected(self) -> None:
        uids = self.selected_uids()
        if not uids:
            self._say(self.tr("Select an event to edit it."))
            return
        self.edit_event(uids[-1])

    def delete_selected(self) -> None:
        uids = self.selected_uids()
        if not uids:
            self._say(self.tr("Select the events to delete."))
            return
        self.window.delete_events(uids)  # one step; asks first when notes would go with them

    def new_entity(self) -> None:
        from explorer.ui.forms.entity_form import EntityForm

        self._run(EntityForm.ask(self.window, self.window.store))

    def edit_entity(self, uid: str) -> None:
        from explorer.ui.forms.entity_form import EntityForm

        if self.window.store.exists("entity", uid):
            self._run(EntityForm.ask(self.window, self.window.store, uid))

    def delete_entity(self, uid: str) -> None:
        self._run(undo.delete(self.window.store, Entity, uid, self.tr("Delete entity")))

    def new_relationship(self, source: str | None = None, target: str | None = None) -> None:
        from explorer.ui.forms.relationship_form import RelationshipForm

        self._run(RelationshipForm.ask(self.window, self.window.store, source=source, target=target,
                                       selected_event=self._selected_event()))

    def edit_relationship(self, uid: str) -> None:
        from explorer.ui.forms.relationship_form import RelationshipForm

        if self.window.store.exists("relationship", uid):
            self._run(RelationshipForm.ask(self.window, self.window.store, uid, selected_event=self._selected_event()))

    def delete_relationship(self, uid: str) -> None:
        self._run(undo.delete(self.window.store, Relationship, uid, self.tr("Delete relationship")))

    def manage_entities(self) -> None:
        from explorer.ui.forms.network_managers import EntitiesDialog

        EntitiesDialog.manage(self.window, self.window.store, self._run)

    def manage_relationships(self) -> None:
        from explorer.ui.forms.network_managers import RelationshipsDialog

        RelationshipsDialog.manage(self.window, self.window.store, self._run)

    def manage_sources(self) -> None:
        from explorer.ui.forms.managers import SourcesDialog

        SourcesDialog.manage(self.window, self.window.store, self._run)

    def manage_eras(self) -> None:
        from explorer.ui.forms.managers import ErasDialog

        ErasDialog.manage(self.window, self.window.store, self._run)

    def edit_case_details(self) -> None:
        from explorer.ui.forms.case_form import CaseForm

        self._run(CaseForm.ask(self.window, self.window.store))


def install(window: QMainWindow) -> FormActions:
    """Add the forms to the window's Edit menu; keep the returned object to reach them (``window.forms``).
    A second call returns the forms already installed, so the menu never lists them twice."""
    existing = getattr(window, "forms", None)
    if isinstance(existing, FormActions):
        return existing
    forms = FormActions(window)
    window.forms = forms  # type: ignore[attr-defined]
    return forms
