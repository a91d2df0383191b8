"""Hooks the notes panel into the main window: a dock, selection, search, close hooks, menus.

``attach(window)`` is all the window needs to call; it returns the ``NotesController`` and sets
``window.notes``. The controller:

- docks the panel under the event detail (View ▸ Panels ▸ Notes);
- follows selections: events from the timeline, the table and search, entities from search,
  relationships from the relationship panel when it is there; ``show_target`` for the rest;
- opens a note chosen in search (``search.note_chosen``) and selects what a ``[[link]]`` names;
- saves the note being edited before the window closes (``MainWindow.closeEvent`` asks; when
  the case cannot take it, the window offers to save ``unsaved_text`` to a file), when the app
  quits, when the dock is hidden, and when another case replaces this one (a note the old case
  could no longer take is written to the old file through a fresh connection);
- adds File ▸ Import Notes… / Export Notes… / Export Brief…, Edit ▸ New Note / Note on This
  Period / Author Name… (see ``NoteMenus``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtWidgets import QApplication, QDockWidget

from explorer.core.casefile import open_case
from explorer.core.database import CaseFileError
from explorer.core.models import NoteTarget
from explorer.core.notes.anchors import NoteAnchor, period_from_seconds
from explorer.core.notes.history import save_note, with_body
from explorer.ui.notes.autosave import SAVE_ERRORS
from explorer.ui.notes.backlinks_view import note_uid_from_url
from explorer.ui.notes.menus import NoteMenus
from explorer.ui.notes.panel import NotesPanel

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow
    from explorer.ui.session import CaseSession


class NotesController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = NotesPanel(window.session, self._run, window)
        self.dock = QDockWidget(self.tr("Notes"), window)
        self.dock.setObjectName("notesDock")
        self.dock.setWidget(self.panel)
        self.first_run = not window.restoreDockWidget(self.dock)
        if self.first_run:  # no saved layout: under the event detail, taller than it
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            window.splitDockWidget(window.detail_dock, self.dock, Qt.Orientation.Vertical)
            self.dock.show()
            self._size_docks()
        window.panels_menu.addAction(self.dock.toggleViewAction())
        self.dock.visibilityChanged.connect(lambda visible: visible or self.panel.end_session())
        self.menus = NoteMenus(self)
        self._case_path = window.store.db.path
        window.timeline.event_selected.connect(self.follow_event)
        window.event_table.event_selected.connect(self.follow_event)
        window.search.event_chosen.connect(self.follow_event)
        window.search.entity_chosen.connect(lambda uid: self.show_target(NoteTarget.ENTITY, uid))
        window.search.note_chosen.connect(self.show_note)
        window.session_replaced.connect(self._on_session_replaced)
        self.panel.target_requested.connect(self.go_to)
        relationships = getattr(window, "relationships_controller", None)
        if relationships is not None:
            self.follow_relationships(relationships.panel)
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_before_closing)

    def _size_docks(self) -> None:
        height = max(self.window.height(), 600)
        self.window.resizeDocks([self.window.detail_dock, self.dock], [int(height * 0.4), int(height * 0.6)], Qt.Orientation.Vertical)

    def _run(self, operation: object) -> bool:
        return self.window.run(operation, initiator=self.panel)

    # --- following the selection ---------------------------------------------------------

    def follow_event(self, uid: str) -> None:
        self.show_target(NoteTarget.EVENT, uid)

    def follow_relationships(self, relationships_panel: QObject) -> None:
        """Follow the relationship panel's selection (``relationship_selected(str)``)."""
        relationships_panel.relationship_selected.connect(lambda uid: self.show_target(NoteTarget.RELATIONSHIP, uid))

    def show_target(self, kind: NoteTarget, uid: str) -> None:
        """Show the notes on a record (the lead may call this from ``select_event`` too)."""
        anchor = NoteAnchor.of(kind, uid)
        if anchor != self.panel.selection_anchor or self.panel.scope != "selection":
            self.panel.set_anchor(anchor)

    def show_period(self) -> None:
        """Show the notes on the period the timeline shows."""
        self.panel.set_anchor(self.visible_period())

    def visible_period(self) -> NoteAnchor:
        return period_from_seconds(*self.window.timeline.visible_range())

    def new_note_on_period(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.new_note(self.visible_period())

    def new_note(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.new_note()

    def show_note(self, uid: str) -> None:
        """Open a note (chosen in search, say) in the dock."""
        self.dock.show()
        self.dock.raise_()
        self.panel.show_note(uid)

    def open_link(self, url: QUrl) -> bool:
        """Follow a ``note:`` link (from ``backlinks_html`` in another panel); False for other links."""
        uid = note_uid_from_url(url)
        if uid is None:
            return False
        self.show_note(uid)
        return True

    def go_to(self, kind: NoteTarget, uid: str) -> None:
        """Select what a link names, everywhere."""
        if kind is NoteTarget.EVENT:
            self.window.select_event(uid)
        elif kind is NoteTarget.ENTITY:
            self.window.timeline.reveal_entity(uid)
        self.show_target(kind, uid)

    # --- never lose a word ---------------------------------------------------------------

    def save_before_closing(self) -> bool:
        """Save the note being edited; the window must call this before it closes the store."""
        try:
            return self.panel.end_session()  # one more try, even just after a failed one
        except RuntimeError:  # the app is going down and the widgets with it
            return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show and self.first_run:
            self.first_run = False
            self._size_docks()  # the window's own first-run sizing has run by now
        return False

    def unsaved_text(self) -> str | None:
        """The text in the editor that the case does not have (a save failed), or None."""
        autosaver = self.panel.autosaver
        return autosaver.edit.text() if autosaver.dirty else None

    def last_save_error(self) -> str:
        return self.panel.autosaver.last_error

    def shutdown(self) -> None:
        """The window closes its case (after ``save_before_closing``): stop every timer that would
        save or read, without saving again."""
        self.panel.shutdown()

    def _on_session_replaced(self, session: CaseSession) -> None:
        panel = self.panel
        if panel.autosaver.dirty and self._case_path is not None:
            self._rescue(panel.autosaver.note, panel.editor.text_edit.text())
        self._case_path = session.store.db.path
        panel.set_session(session)

    def _rescue(self, note: object, body: str) -> None:
        """Write typed text to the case that was just closed under the editor."""
        try:
            old = open_case(self._case_path)
        except CaseFileError:
            return
        try:
            stored = old.note(note.uid)
            save_note(old, with_body(stored or note, body))
        except SAVE_ERRORS:
            pass  # nothing more can be done; the old case keeps the last autosave
        finally:
            old.close()


def attach(window: MainWindow) -> NotesController:
    """Add the notes dock and its menus to the window; ``window.notes`` is the controller (made once)."""
    existing = getattr(window, "notes", None)
    if isinstance(existing, NotesController):
        return existing
    controller = NotesController(window)
    window.notes = controller  # type: ignore[attr-defined]
    return controller
