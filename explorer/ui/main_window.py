"""The main window: the timeline in the centre; docks for events, detail and search; menus,
toolbar and remembered layout. It links the panels: selecting an event anywhere selects it
everywhere, and opening another case hands every panel the new store.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence, QSessionManager
from PySide6.QtWidgets import QComboBox, QDockWidget, QLabel, QMainWindow, QToolBar, QWidget

from explorer import paths
from explorer.core import dates, undo
from explorer.core.casefile import new_case, open_case, save_copy
from explorer.core.changes import Changed, Changes
from explorer.core.database import CaseFileError, ReadOnlyError
from explorer.core.models import Event, NoteTarget
from explorer.core.store import CaseStore, RecordError
from explorer.core.timeline_index import LaneMode
from explorer.core.undo import Operation
from explorer.ui import app_theme, case_views, help, maintenance, notes, preferences, presenter, relationships
from explorer.ui.app_icon import app_icon
from explorer.ui.dialogs.interchange import InterchangeActions
from explorer.ui.event_detail import EventDetailPane
from explorer.ui.event_table import EventTable
from explorer.ui.forms import actions as form_actions
from explorer.ui.messages import Dialogs
from explorer.ui.recent_files import RecentFiles
from explorer.ui.search.panel import SearchPanel
from explorer.ui.session import CaseSession
from explorer.ui.settings import LANES_KEY
from explorer.ui.timeline.view import TimelineView

APP_TITLE = "Case Explorer"


def _lane_labels() -> dict[LaneMode, str]:
    return {
        LaneMode.ENTITY: QCoreApplication.translate("MainWindow", "Lanes by entity"),
        LaneMode.CATEGORY: QCoreApplication.translate("MainWindow", "Lanes by category"),
        LaneMode.PACKED: QCoreApplication.translate("MainWindow", "One packed lane"),
    }


def _theme_label(name: str) -> str:
    known = {
        "system": QCoreApplication.translate("MainWindow", "System"), "light": QCoreApplication.translate("MainWindow", "Light"),
        "dark": QCoreApplication.translate("MainWindow", "Dark"), "contrast": QCoreApplication.translate("MainWindow", "Contrast"),
    }
    return known.get(name, name.capitalize())


class MainWindow(QMainWindow):
    case_opened = Signal(str)
    session_replaced = Signal(object)  # the CaseSession of a newly opened case
    OPEN_BUSY_TIMEOUT_S = 5.0  # how long to wait for another program's write lock when opening
    remember_layout = True  # save the window layout when closing

    def __init__(
        self, store: CaseStore, parent: QWidget | None = None, theme: str | None = None, automatic_backups: bool = True
    ) -> None:
        """``automatic_backups=False`` (``--screenshot`` renders): no backups, no Restore/Check entries, and
        the case is not added to the recent files (a picture must not change what the app reopens)."""
        # The saved font size first: before the event loop runs, Qt does not pass a new application
        # font on to widgets that already exist, so the window and its panels must be made after it.
        preferences.apply_font_size(preferences.PreferenceValues.stored().font_size, windows_open=False)
        super().__init__(parent)
        self.automatic_backups = automatic_backups
        self.setWindowIcon(app_icon())
        self.setObjectName("mainWindow")
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.session = CaseSession(store, self)
        settings = QSettings()
        self.theme_name = theme or str(settings.value("theme", "system"))  # first run: the desktop's light or dark
        timeline_theme = app_theme.apply(self.theme_name)
        self.recent = RecentFiles(settings)
        self.timeline = TimelineView(store, self, timeline_theme)
        self.event_table = EventTable(store, self, order=self.timeline.index.event_id)
        self.detail = EventDetailPane(store, self)
        self.search = SearchPanel(store, self)
        self.setCentralWidget(self.timeline)
        self.table_dock = self._dock(self.tr("Events"), "eventsDock", self.event_table, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.detail_dock = self._dock(self.tr("Event detail"), "detailDock", self.detail, Qt.DockWidgetArea.RightDockWidgetArea)
        self.search_dock = self._dock(self.tr("Search and filters"), "searchDock", self.search, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.status_case = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_case)
        self._connect_panels()
        self._connect_session()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._show_case_state()
        self._update_undo_actions()
        self.resize(1500, 920)
        self._attach_panels()
        self.panels_menu.addSeparator()  # after every dock's toggle (relationships and notes add theirs on attaching)
        self.panels_menu.addAction(self.toolbar_action)
        self._docks_sized = self._restore_layout(settings)
        if not self._docks_sized:
            self._default_layout()
        self._lanes_chosen = False  # lanes picked for this case in this session (a case in memory has no saved choice)
        self.set_lane_mode(self._lanes_for_case(settings), remember=False)
        if store.db.path is not None and automatic_backups:
            self.recent.add(store.db.path)
            self._return_to_last_view()
        QGuiApplication.instance().commitDataRequest.connect(self._session_ending)
        self._session_watched = True

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _connect_panels(self) -> None:
        self.event_table.event_selected.connect(lambda uid: self.select_event(uid, source=self.event_table))
        self.timeline.event_selected.connect(lambda uid: self.select_event(uid, source=self.timeline))
        self.search.event_chosen.connect(lambda uid: self.select_event(uid, source=self.search))
        self.search.entity_chosen.connect(self.timeline.reveal_entity)
        self.search.note_chosen.connect(self._reveal_note_target)
        self.search.filter_changed.connect(self.timeline.set_filter)
        self.timeline.event_moved.connect(self._move_event)
        self.timeline.delete_requested.connect(self.delete_events)

    def _attach_panels(self) -> None:
        """The panels that bring their own docks and menus: imports, forms, relationships, notes, presenter."""
        self.interchange = InterchangeActions(self, lambda: self.store, self._after_import)
        self.interchange.import_action.setEnabled(not self.store.readonly)
        self.file_menu.insertActions(self.quit_separator, [self.interchange.import_action, self.interchange.export_action])
        self.forms = form_actions.install(self)
        self.timeline.add_requested.connect(self.forms.new_event_at)
        self.timeline.edit_requested.connect(self.forms.edit_event)
        relationships.attach(self)  # window.relationships_controller
        notes.attach(self)  # window.notes
        self.notes.follow_relationships(self.relationships_controller.panel)
        presenter.attach(self)  # window.presenter
        if self.automatic_backups:
            maintenance.attach(self)  # window.maintenance: backups, restore, check
        help.attach(self)  # window.help: welcome, walkthrough, user guide, shortcuts, about
        preferences.attach(self)  # window.preferences: Edit ▸ Preferences…

    def show_search(self) -> None:
        """Ctrl+F: the search box, its panel shown and in front even when closed or behind a tab."""
        self.search_dock.show()
        self.search_dock.raise_()
        self.search.focus_search()

    def _after_import(self) -> None:
        """An import merged records in on its own connection: every panel reads the case again."""
        before = len(self.timeline.index) if self.timeline.index is not None else 0
        self.session.announce(Changes(Changed.ALL))
        self._show_case_state()
        if self.timeline.index is not None and len(self.timeline.index) > before:
            self.timeline.zoom_to_fit()  # show what came in, wherever it lies
            self.timeline.bring_cursor_to_events()
        else:
            self.timeline.show_events_if_none_in_view()

    @property
    def store(self) -> CaseStore:
        return self.session.store

    def _connect_session(self) -> None:
        self.session.changed.connect(self._on_changed)
        self.session.history_changed.connect(self._update_undo_actions)

    def run(self, operation: Operation, initiator: object = None) -> bool:
        """Make an edit through the undo history; say plainly why when it cannot be made."""
        try:
            self.session.run(operation, initiator)
        except (RecordError, ReadOnlyError, sqlite3.Error, KeyError) as exc:  # BusyError, CaseFileGoneError among them
            message = self.tr("%1: nothing was changed.").replace("%1", operation.label)
            Dialogs.error(self, self.tr("Cannot make this change"), f"{message}\n\n{exc}")
            return False
        return True

    def undo(self) -> None:
        self._step(self.session.undo, self.tr("Cannot undo"))

    def redo(self) -> None:
        self._step(self.session.redo, self.tr("Cannot redo"))

    def _step(self, step: object, title: str) -> None:
        try:
            step()
        except (RecordError, ReadOnlyError, sqlite3.Error) as exc:
            Dialogs.error(self, title, self.tr("Nothing was changed.") + f"\n\n{exc}")

    def _update_undo_actions(self) -> None:
        history = self.session.history
        self.undo_action.setEnabled(history.undo_label is not None)
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", history.undo_label) if history.undo_label else self.tr("&Undo"))
        self.redo_action.setEnabled(history.redo_label is not None)
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", history.redo_label) if history.redo_label else self.tr("&Redo"))

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        """Every panel follows an edit, refreshing only what the change touched."""
        self.timeline.refresh(changes, initiator)
        if changes.touches(Changed.EVENTS | Changed.PARTICIPANTS | Changed.ENTITIES) and initiator is not self.event_table:
            self.event_table.refresh(order=self.timeline.index.event_id)
        self.detail.refresh(changes)
        self.search.refresh(changes)
        if changes.touches(Changed.META | Changed.EVENTS):
            self._show_case_state()

    # --- actions, menus, toolbar ---------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({QKeySequence(shortcut).toString()})" if shortcut else tip)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New Case…"), self.choose_new_case, QKeySequence.StandardKey.New, self.tr("Create an empty case")
        )
        self.open_action = self._action(self.tr("&Open…"), self.choose_case, QKeySequence.StandardKey.Open, self.tr("Open a case file"))
        self.copy_action = self._action(self.tr("Save a &Copy…"), self.choose_copy, QKeySequence.StandardKey.SaveAs,
                                        self.tr("Write a copy of this case, notes included, to another file; you keep working here"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self._action(self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.tr("&Redo"), self.redo, QKeySequence.StandardKey.Redo)
        self.find_action = self._action(
            self.tr("&Find…"), self.show_search, QKeySequence.StandardKey.Find, self.tr("Search events, entities and notes")
        )
        self.fit_action = self._action(self.tr("Zoom to &Fit"), self.timeline.zoom_to_fit, "F", self.tr("Show the whole case"))
        self.zoom_selection_action = self._action(
            self.tr("Zoom to &Selection"), self.timeline.zoom_to_selection, "Z", self.tr("Zoom to the selected event")
        )
        self.zoom_in_action = self._action(self.tr("Zoom &In"), lambda: self.timeline.zoom(0.5), "+", self.tr("Zoom in"))
        self.zoom_out_action = self._action(self.tr("Zoom &Out"), lambda: self.timeline.zoom(2.0), "-", self.tr("Zoom out"))
        for action in (self.fit_action, self.zoom_selection_action, self.zoom_in_action, self.zoom_out_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # single keys only on the timeline
            self.timeline.addAction(action)
        self.go_to_date_action = self._action(
            self.tr("&Go to Date…"), self._go_to_date, "Ctrl+G",
            self.tr("Put the time cursor on a date (the relationships and notes follow it)"),
        )
        self.lane_actions = QActionGroup(self)
        for mode, label in _lane_labels().items():
            action = QAction(label, self, checkable=True)
            action.setData(str(mode))
            action.triggered.connect(lambda _checked=False, m=mode: self.set_lane_mode(m))
            self.lane_actions.addAction(action)
        self.theme_actions = QActionGroup(self)
        for name in app_theme.THEMES:
            action = QAction(_theme_label(name), self, checkable=True, checked=name == self.theme_name)
            action.setData(name)
            action.triggered.connect(lambda _checked=False, n=name: self.set_theme(n))
            self.theme_actions.addAction(action)

    def _build_menus(self) -> None:
        self.file_menu = file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.copy_action)
        self.quit_separator = file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu = edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        self.view_menu = view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action in (self.fit_action, self.zoom_selection_action, self.zoom_in_action, self.zoom_out_action):
            view_menu.addAction(action)
        view_menu.addAction(self.go_to_date_action)
        view_menu.addSeparator()
        lanes_menu = view_menu.addMenu(self.tr("&Lanes"))
        lanes_menu.addActions(self.lane_actions.actions())
        self.panels_menu = docks_menu = view_menu.addMenu(self.tr("&Panels"))
        for dock in (self.search_dock, self.table_dock, self.detail_dock):
            docks_menu.addAction(dock.toggleViewAction())
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        theme_menu.addActions(self.theme_actions.actions())
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.setObjectName("helpMenu")

    def _build_toolbar(self) -> None:
        self.toolbar = toolbar = QToolBar(self.tr("Timeline"), self)
        toolbar.setObjectName("timelineToolbar")  # its place and whether it is shown are saved with the docks'
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.open_action, self.find_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.fit_action, self.zoom_in_action, self.zoom_out_action, self.zoom_selection_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        self.lane_box = QComboBox(toolbar)
        self.lane_box.setAccessibleName(self.tr("Lanes"))
        for mode, label in _lane_labels().items():
            self.lane_box.addItem(label, str(mode))
        self.lane_box.activated.connect(lambda i: self.set_lane_mode(self.lane_box.itemData(i)))
        toolbar.addWidget(self.lane_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar_action = toolbar.toggleViewAction()  # View ▸ Panels and the right-click menu: it comes back from either
        self.toolbar_action.setText(self.tr("&Toolbar"))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for path in paths:
            action = self.recent_menu.addAction(f"{path.name}  —  {_folder_text(path.parent)}", lambda p=path: self.open_case_file(p))
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
        if not paths:
            self.recent_menu.addAction(self.tr("(no recent cases)")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear Recent"), self.recent.clear)

    # --- linking the panels --------------------------------------------------------------

    def select_event(self, uid: str, source: QWidget | None = None) -> None:
        """Select an event in every panel but the one the selection came from."""
        self.detail.show_event(uid)
        if hasattr(self, "notes"):
            self.notes.follow_event(uid)
        if source is not self.timeline:
            self.timeline.select_event(uid, reveal=True)
        if source is not self.event_table:
            self.event_table.select_uid(uid)

    def _move_event(self, uid: str, start: str, end: str) -> None:
        """An event dragged on the timeline: its dates, moved by whole units of their precision."""
        event = self.store.event(uid)
        if event is not None:
            moved = replace(event, start=dates.parse(start), end=dates.parse(end) if end else None)
            self.run(undo.put(self.store, moved, self.tr("Change date")), initiator=None)

    def delete_events(self, uids: list[str]) -> None:
        """Delete events (and what hangs off them) as one undoable step; events with notes on them
        are deleted only when the user says so, as their notes go with them."""
        if not uids:
            return
        notes = self.store.note_count_on_events(uids)
        if notes and not self._deleting_notes_confirmed(uids, notes):
            return
        if len(uids) == 1:
            done = self.run(undo.delete(self.store, Event, uids[0], self.tr("Delete event")))
        else:
            label = self.tr("Delete %1 events").replace("%1", str(len(uids)))
            done = self.run(undo.delete_many(self.store, [(Event, uid) for uid in uids], label))
        if done:
            events = self.tr("1 event") if len(uids) == 1 else self.tr("%1 events").replace("%1", str(len(uids)))
            if notes:
                said = self.tr("Deleted %1 and %2").replace("%1", events).replace("%2", self._notes_text(notes))
            else:
                said = self.tr("Deleted %1").replace("%1", events)
            back = self.tr("Edit ▸ Undo brings it back.") if len(uids) == 1 and not notes else self.tr("Edit ▸ Undo brings them back.")
            self.statusBar().showMessage(f"{said} — {back}", 8000)

    def _notes_text(self, count: int) -> str:
        return self.tr("1 note") if count == 1 else self.tr("%1 notes").replace("%1", str(count))

    def _deleting_notes_confirmed(self, uids: list[str], notes: int) -> bool:
        event = self.store.event(uids[0]) if len(uids) == 1 else None
        if event is not None:
            message = self.tr("Delete “%1” and the %2 written on it?").replace("%1", event.title)
        else:
            message = self.tr("Delete %1 events and the %2 written on them?").replace("%1", str(len(uids)))
        message = message.replace("%2", self._notes_text(notes))
        return Dialogs.confirm(self, self.tr("Delete with notes"), message + "\n\n" + self.tr("Edit ▸ Undo brings them back."),
                               self.tr("Delete"))

    def _reveal_note_target(self, note_uid: str) -> None:
        note = self.store.note(note_uid)
        if note is None:
            return
        if note.target_kind is NoteTarget.EVENT and note.target_uid:
            self.select_event(note.target_uid)
        elif note.target_kind is NoteTarget.ENTITY and note.target_uid:
            self.timeline.reveal_entity(note.target_uid)

    def set_lane_mode(self, mode: LaneMode | str, remember: bool = True) -> None:
        """Lanes by entity, category or packed; ``remember``: for this case (the default for the
        others is Preferences' default lanes)."""
        try:
            mode = LaneMode(mode)
        except ValueError:
            mode = LaneMode.ENTITY
        self.timeline.set_lane_mode(mode)
        for action in self.lane_actions.actions():
            action.setChecked(action.data() == str(mode))
        self.lane_box.setCurrentIndex(self.lane_box.findData(str(mode)))
        if remember:
            self._lanes_chosen = True  # for this case: Preferences' default no longer applies to it
            if self.automatic_backups and self.store.db.path is not None:
                case_views.remember_lanes(QSettings(), self.store.db.path, str(mode))

    def follow_default_lanes(self) -> None:
        """Preferences' default lanes changed: a case whose lanes were never chosen shows the new default."""
        if not self._lanes_chosen:
            self.set_lane_mode(self._lanes_for_case(QSettings()), remember=False)

    def _lanes_for_case(self, settings: QSettings) -> str:
        """The lanes chosen in this case before, else Preferences' default lanes."""
        chosen = case_views.recall_lanes(settings, self.store.db.path) if self.store.db.path is not None else None
        return chosen or str(settings.value(LANES_KEY, LaneMode.ENTITY))

    def set_theme(self, name: str) -> None:
        self.theme_name = name
        self.timeline.apply_theme(app_theme.apply(name))
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == name)
        QSettings().setValue("theme", name)

    # --- opening cases -------------------------------------------------------------------

    def _show_case_state(self) -> None:
        readonly = self.store.db.readonly_reason
        suffix = self.tr(" [read-only]") if readonly else ""
        self.setWindowTitle(f"{self.store.title}{suffix} — {APP_TITLE}")
        index = getattr(self.timeline, "index", None)  # in step with the case, and counted already
        count = len(index) if index is not None else self.store.event_count()
        status = f"{self.store.title} · " + (self.tr("1 event") if count == 1 else self.tr("%1 events").replace("%1", f"{count:,}"))
        if readonly:
            status += " · " + self.tr("read-only: %1").replace("%1", str(readonly))
        self.status_case.setText(status)
        interchange = getattr(self, "interchange", None)
        if interchange is not None:  # nothing can be imported into a read-only case (exports still can)
            interchange.import_action.setEnabled(not readonly)

    def choose_case(self) -> None:
        path = Dialogs.open_case_path(self, self._folder())
        if path:
            self.open_case_file(path)

    def choose_copy(self) -> None:
        """File ▸ Save a Copy…: the case as it is now, into a new file; this window stays on the case."""
        if hasattr(self, "notes"):
            self.notes.panel.flush()  # the note being typed goes into the copy too
        stem = self.store.db.path.name.removesuffix(".db").removesuffix(".case") if self.store.db.path else "case"
        suggested = str(Path(self._folder()) / f"{stem} copy.case.db")
        path = Dialogs.copy_case_path(self, suggested)
        if not path:
            return
        try:
            copied = save_copy(self.store, path)
        except (CaseFileError, OSError) as exc:
            Dialogs.error(self, self.tr("Cannot save a copy"), self.tr("Nothing was written.") + f"\n\n{exc}")
            return
        self.statusBar().showMessage(self.tr("Saved a copy to %1").replace("%1", str(copied)), 8000)

    def choose_new_case(self) -> None:
        path = Dialogs.new_case_path(self, self._folder())
        if not path:
            return
        try:
            new_case(path)
        except (CaseFileError, OSError) as exc:
            Dialogs.error(self, self.tr("Cannot create case"), self.tr("The case could not be created.") + f"\n\n{exc}")
            return
        self.open_case_file(path)

    def _folder(self) -> str:
        return str(paths.folder_for_files(self.store.db.path))

    def open_case_file(self, path: str | Path) -> bool:
        """Open another case in this window; on failure say why and keep the current case."""
        if hasattr(self, "notes") and not self.notes.save_before_closing() and not self._close_with_unsaved_note():
            return False  # the user kept this case open for the note the case could not take
        self._remember_view()
        try:
            store = open_case(path, busy_timeout=self.OPEN_BUSY_TIMEOUT_S)
        except CaseFileError as exc:
            Dialogs.error(self, self.tr("Cannot open case"), self.tr("The case could not be opened.") + f"\n\n{exc}")
            return False
        old = self.store
        self.session.changed.disconnect(self._on_changed)
        self.session.history_changed.disconnect(self._update_undo_actions)
        self.session = CaseSession(store, self)
        self._connect_session()
        self._update_undo_actions()
        self.timeline.set_store(store)
        self.event_table.set_store(store, order=self.timeline.index.event_id)
        self.detail.set_store(store)
        self.search.set_store(store)
        self._show_case_state()
        old.close()
        self.session_replaced.emit(self.session)
        self._lanes_chosen = False
        self.set_lane_mode(self._lanes_for_case(QSettings()), remember=False)
        self._return_to_last_view()
        self.recent.add(Path(path))
        self.case_opened.emit(str(path))
        return True

    def bring_to_front(self) -> None:
        """Another start of the app handed over: show this window on top (un-minimised)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # --- layout memory -------------------------------------------------------------------

    def _restore_layout(self, settings: QSettings) -> bool:
        """Restore the saved layout; False when there is none (first run). The docks' state is
        restored again when the window is first shown (``showEvent``): restored into a window not
        yet shown, Qt shares the height between stacked docks differently (the detail dock came
        back 84 px taller than it was left at 1500 × 920)."""
        geometry, state = settings.value("geometry"), settings.value("windowState")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._state_to_restore = state if state is not None and self.restoreState(state) else None
        return self._state_to_restore is not None

    WIDE_LAYOUT = 1500  # from this width the events table and the relationship graph sit side by side
    SHORT_LAYOUT = 860  # below this height search shares a tabbed dock with the notes
    _SCREEN_ROOM = (40, 60)  # what the default size must leave free on a screen (frame, panel, taskbar)

    def fit_to_screen(self) -> None:
        """First run (no saved layout): the default size, centred, where the screen has room for it;
        on a smaller screen (a 1366×768 laptop) the window fills the screen instead, maximized, and
        the first layout is worked out for that size."""
        if self._docks_sized:
            return  # a saved layout brings its own geometry
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        room_x, room_y = self._SCREEN_ROOM
        if available.width() >= self.width() + room_x and available.height() >= self.height() + room_y:
            self.move(available.center() - self.rect().center())
            return
        self.resize(available.width(), available.height() - room_y // 2)  # the frame's title bar
        self.move(available.topLeft())
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _default_layout(self) -> None:
        """First run: search on the left and detail over notes on the right, both full height; the
        events table and the relationship graph under the timeline (sizes follow in ``showEvent``)."""
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.detail_dock)
        self.splitDockWidget(self.detail_dock, self.notes.dock, Qt.Orientation.Vertical)
        for dock in (self.search_dock, self.table_dock, self.relationships_controller.dock, self.detail_dock, self.notes.dock):
            dock.show()

    def _size_default_layout(self) -> None:
        """On a wide window the graph gets its own dock beside the events table; on a narrow one
        they share one, the graph in front when the case has relationships. On a short one (a
        laptop screen) search shares the tall part of the right-hand column with the notes (in
        front), so that the timeline keeps its width, and the docks under it take less of the height."""
        width, height = self.width(), self.height()
        graph = self.relationships_controller.dock
        short = height < self.SHORT_LAYOUT
        if short:
            self.tabifyDockWidget(self.notes.dock, self.search_dock)
            self.notes.dock.raise_()
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.table_dock)
        if width >= self.WIDE_LAYOUT:
            self.splitDockWidget(self.table_dock, graph, Qt.Orientation.Horizontal)
        else:
            self.tabifyDockWidget(self.table_dock, graph)
            (graph if self.store.relationships() else self.table_dock).raise_()
        if short:
            self.resizeDocks([self.detail_dock], [int(width * 0.25)], Qt.Orientation.Horizontal)
        else:
            self.resizeDocks([self.search_dock, self.detail_dock], [int(width * 0.17), int(width * 0.25)], Qt.Orientation.Horizontal)
        bottom = 0.4 if width >= self.WIDE_LAYOUT or short else 0.47  # narrow: the graph needs the height its controls take
        self.resizeDocks([self.table_dock], [int(height * bottom)], Qt.Orientation.Vertical)
        if width >= self.WIDE_LAYOUT:
            middle = width - int(width * 0.42)
            self.resizeDocks([self.table_dock, graph], [int(middle * 0.4), int(middle * 0.6)], Qt.Orientation.Horizontal)
        detail = 0.25 if short else 0.3  # short: the notes' dock also carries the search tab's bar
        self.resizeDocks([self.detail_dock, self.notes.dock], [int(height * detail), int(height * (1 - detail))], Qt.Orientation.Vertical)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)
        if not self._docks_sized:  # first run: room for every panel, the timeline keeps the middle
            self._docks_sized = True
            self._size_default_layout()
        elif self._state_to_restore is not None:  # now that the window has its size: the docks as they were left
            self.restoreState(self._state_to_restore)
            self._state_to_restore = None

    def _remember_view(self) -> None:
        """Where the reader is in this case (range and cursor), for when it is opened again."""
        if self.remember_layout and self.automatic_backups and self.store.db.path is not None:
            case_views.remember(QSettings(), self.store.db.path, *self.timeline.visible_range(), self.timeline.cursor_seconds())

    def _return_to_last_view(self) -> None:
        """A case opened again shows the range and the cursor it was left at."""
        found = case_views.recall(QSettings(), self.store.db.path) if self.store.db.path is not None else None
        if found is not None:
            start, end, cursor = found
            self.timeline.set_visible_range(start, end)
            self.timeline.set_cursor(cursor)

    def closeEvent(self, event: QCloseEvent) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a lock held by another program: up to 5 s
        try:
            saved = self.notes.save_before_closing()  # the last words typed first
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not saved and not self._close_with_unsaved_note():
            event.ignore()
            return
        self.notes.shutdown()
        self._remember_view()
        if self.remember_layout:
            settings = QSettings()
            settings.setValue("geometry", self.saveGeometry())
            settings.setValue("windowState", self.saveState())
        self.search.shutdown()
        self.store.close()
        if self._session_watched:
            QGuiApplication.instance().commitDataRequest.disconnect(self._session_ending)
            self._session_watched = False
        super().closeEvent(event)

    def _session_ending(self, manager: QSessionManager) -> None:
        """The desktop session ends (logout, shutdown), where Qt 6 closes no window: the note being
        written is saved to the case; if the case cannot take it, the user is asked as on closing
        (Cancel cancels the logout) when the session allows questions, and otherwise its text is
        written to a file beside the case (``unsaved note <time>.md``), so that it is never lost."""
        if self.notes.save_before_closing():
            return
        if manager.allowsInteraction():
            try:
                if not self._close_with_unsaved_note():
                    manager.cancel()
            finally:
                manager.release()
            return
        text = self.notes.unsaved_text()
        if text is not None:
            from explorer.ui.notes.rescue import write_unsaved_note

            write_unsaved_note(text, self.store.db.path)

    def _go_to_date(self) -> None:
        from explorer.ui.go_to_date import go_to_date  # (the date field's modules are not needed to start)

        go_to_date(self.timeline, self)

    def _close_with_unsaved_note(self) -> bool:
        """The note being written could not be saved to the case (moved, deleted, locked, read-only):
        whether to close the case anyway (the window, or for another case), after saving the note's
        text to a file if the user wants it."""
        text = self.notes.unsaved_text()
        if text is None:  # nothing the case lacks
            return True
        while True:
            choice = Dialogs.unsaved_note(self, self.notes.last_save_error())
            if choice != "save":
                return choice == "discard"
            folder = paths.folder_for_files(self.store.db.path)
            path = Dialogs.note_text_path(self, str(folder / self.tr("unsaved note.md")))
            if path is None:
                continue  # back to the question
            try:
                Path(path).write_text(text, encoding="utf-8", newline="\n")
            except OSError as exc:
                Dialogs.error(self, self.tr("Cannot save the note's text"), f"{path}: {exc.strerror or exc}")
                continue
            return True


def _folder_text(folder: Path) -> str:
    """A folder as a menu shows it: under the home folder as ``~/…``."""
    try:
        return "~/" + folder.relative_to(Path.home()).as_posix() if folder != Path.home() else "~"
    except ValueError:
        return str(folder)
