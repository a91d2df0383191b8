"""The notes' menu commands: import and export notes, export the brief, new notes, the author name.

The actions are attributes, so the window can place them elsewhere; by default they go to
File (before Quit) and Edit (after Find).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from explorer import paths
from explorer.core import dates
from explorer.core.casefile import open_case
from explorer.core.database import BusyError, CaseFileError, ReadOnlyError
from explorer.core.notes.anchors import NoteAnchor
from explorer.core.store import RecordError
from explorer.ui.notes.author_dialog import AuthorDialog
from explorer.ui.notes.files import NoteDialogs
from explorer.ui.progress import Cancelled, run_in_thread

if TYPE_CHECKING:
    from explorer.ui.brief.dialog import BriefChoice
    from explorer.ui.notes.controller import NotesController


class NoteMenus(QObject):
    def __init__(self, controller: NotesController) -> None:
        super().__init__(controller)
        self.controller = controller
        window = controller.window
        self.import_action = self._action(self.tr("Import No&tes…"), self.import_notes,
                                          tip=self.tr("Merge notes from a notes file or another case"))
        self.export_action = self._action(self.tr("E&xport Notes…"), self.export_notes,
                                          tip=self.tr("Save every note of the case as a notes JSON file"))
        self.brief_action = self._action(self.tr("Export &Brief…"), self.export_brief,
                                         tip=self.tr("Write a brief of the case as PDF, HTML or Markdown"))
        self.new_note_action = self._action(self.tr("New &Note"), controller.new_note, "Ctrl+Alt+N", self.tr("Add a note on the selection"))
        self.period_note_action = self._action(self.tr("Note on This &Period"), controller.new_note_on_period,
                                               tip=self.tr("Add a note on the period the timeline shows"))
        self.author_action = self._action(self.tr("&Author Name…"), lambda: AuthorDialog.edit(window),
                                          tip=self.tr("The name stamped on your notes"))
        add_menu = QMenu(controller.panel.add_button)
        add_menu.addAction(self.tr("Note on the Selection"), controller.new_note)
        add_menu.addAction(self.tr("Note on the Whole Case"), lambda: controller.panel.new_note(NoteAnchor.case()))
        add_menu.addAction(self.period_note_action)
        controller.panel.add_button.setMenu(add_menu)
        controller.panel.add_button.setPopupMode(controller.panel.add_button.ToolButtonPopupMode.MenuButtonPopup)
        self._place()
        self.follow_case()
        window.session_replaced.connect(self.follow_case)

    def follow_case(self, *_session: object) -> None:
        """A read-only case takes no new notes and no imported ones (export and the brief still work)."""
        writable = not self.controller.window.store.readonly
        for action in (self.new_note_action, self.period_note_action, self.import_action):
            action.setEnabled(writable)

    def _action(self, text: str, slot: object, shortcut: str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self.controller.window)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        return action

    def _place(self) -> None:
        window = self.controller.window
        quit_action = getattr(window, "quit_action", None)
        file_menu = next((a.menu() for a in window.menuBar().actions() if a.menu() and quit_action in a.menu().actions()), None)
        if file_menu is not None:
            actions = file_menu.actions()
            before = actions[actions.index(quit_action) - 1] if actions.index(quit_action) > 0 else quit_action
            file_menu.insertActions(before, [self.import_action, self.export_action, self.brief_action])
            file_menu.insertSeparator(self.import_action)
        edit_menu = getattr(window, "edit_menu", None)
        if edit_menu is not None:
            edit_menu.addSeparator()
            edit_menu.addActions([self.new_note_action, self.period_note_action])
            edit_menu.addSeparator()
            edit_menu.addAction(self.author_action)

    def _folder(self) -> str:
        return str(paths.folder_for_files(self.controller.window.store.db.path))

    def import_notes(self) -> None:
        window, panel = self.controller.window, self.controller.panel
        path = NoteDialogs.import_path(window, self._folder())
        if not path:
            return
        from explorer.core.interchange.json_reader import ImportFailure
        from explorer.core.notes.exchange import read_incoming
        from explorer.core.notes.merge import Outcome, merge_operation

        panel.end_session()
        try:
            incoming = read_incoming(path)
            operation, report = merge_operation(window.store, incoming, Path(path).name)
        except (ImportFailure, ValueError) as exc:
            NoteDialogs.error(window, self.tr("Cannot import notes"), self.tr("Nothing was imported.") + f"\n\n{exc}")
            return
        if report.changed and not window.run(operation):
            return
        message = self.tr("Notes from %1: %2.").replace("%1", Path(path).name).replace("%2", report.summary())
        if report.count(Outcome.CONFLICT):
            message += "\n\n" + self.tr("Notes changed on both sides keep your version; theirs waits above the note in the Notes "
                                         "panel (marked with a warning sign) until you choose.")
        NoteDialogs.info(window, self.tr("Notes imported"), message)

    def export_notes(self) -> None:
        from explorer.core.notes.exchange import export_notes

        window = self.controller.window
        self.controller.panel.end_session()
        stem = window.store.db.path.name.removesuffix(".db").removesuffix(".case") if window.store.db.path else "case"
        path = NoteDialogs.export_path(window, str(Path(self._folder()) / f"{stem}.notes.json"))
        if not path:
            return
        try:
            count = export_notes(window.store, path)
        except (OSError, ValueError) as exc:
            NoteDialogs.error(window, self.tr("Cannot export notes"), str(exc))
            return
        written = (self.tr("1 note written to %1.") if count == 1 else self.tr("%2 notes written to %1.").replace("%2", str(count)))
        written = written.replace("%1", Path(path).name)
        NoteDialogs.info(window, self.tr("Notes exported"), written)

    def export_brief(self) -> None:
        from explorer.ui.brief.dialog import FORMAT_FILTERS, BriefDialog

        window = self.controller.window
        self.controller.panel.end_session()
        as_of = dates.from_seconds_at(window.timeline.cursor_seconds(), dates.Precision.DAY)
        choice = BriefDialog.ask(as_of, window)
        if choice is None:
            return
        stem = window.store.db.path.name.removesuffix(".db").removesuffix(".case") if window.store.db.path else "case"
        suggested = str(Path(self._folder()) / f"{stem}-brief{choice.format.suffix}")
        path = NoteDialogs.brief_path(window, suggested, QCoreApplication.translate("BriefDialog", FORMAT_FILTERS[choice.format]))
        if not path:
            return
        if not path.lower().endswith(choice.format.suffix):
            path += choice.format.suffix
        try:
            written = self._write_brief(path, choice)
        except Cancelled:
            NoteDialogs.info(window, self.tr("Export cancelled"), self.tr("Nothing was written to %1.").replace("%1", Path(path).name))
            return
        except (OSError, ValueError, RecordError, ReadOnlyError, BusyError, CaseFileError, sqlite3.Error) as exc:
            message = f"{exc.filename}: {exc.strerror}" if isinstance(exc, OSError) and exc.filename else str(exc)
            NoteDialogs.error(window, self.tr("Cannot export the brief"), message)
            return
        NoteDialogs.info(window, self.tr("Brief exported"), self.tr("Written: %1").replace("%1", ", ".join(p.name for p in written)))

    def _write_brief(self, path: str, choice: BriefChoice) -> list[Path]:
        """The timeline picture here (a widget), the rest on a worker thread through a read-only
        connection of its own, with a progress dialog; a case held in memory is written here."""
        from explorer.ui.brief.export import export_brief
        from explorer.ui.brief.timeline_image import render_timeline

        window = self.controller.window
        store = window.store
        image = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if choice.timeline:
                image = render_timeline(store, cursor=dates.start_seconds(choice.as_of))
            if store.db.path is None:
                return export_brief(store, path, choice.format, choice.as_of, timeline=choice.timeline, image=image)
            reader = open_case(store.db.path, readonly=True)
        finally:
            QGuiApplication.restoreOverrideCursor()
        try:
            return run_in_thread(
                window, self.tr("Export Brief"), self.tr("Writing %1…").replace("%1", Path(path).name),
                lambda progress: export_brief(reader, path, choice.format, choice.as_of, timeline=choice.timeline,
                                              image=image, progress=progress),
            )
        finally:
            reader.close()
