"""The notes panel: the notes on the current selection (or the case, or all), the editor, backlinks.

It follows the selection it is given (``set_anchor``), lists that record's notes as cards
(pinned first, then newest), edits the chosen one in the ``NoteEditor`` with autosave, and shows
the notes elsewhere that link here. Edits other than typing (pin, delete, restore, conflicts) are
undoable operations run through ``runner``. It refreshes from the session's broadcasts and skips
the echo of its own autosaves, so typing is never interrupted by a reload.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QListView, QSplitter, QToolButton, QVBoxLayout, QWidget

from explorer.core.changes import Changed, Changes
from explorer.core.models import Note, NoteTarget
from explorer.core.notes.anchors import NoteAnchor, describe, exists, new_note, notes_on
from explorer.core.store import CaseStore
from explorer.core.undo import Operation
from explorer.ui.elided_label import ElidedLabel
from explorer.ui.notes.author import author_name
from explorer.ui.notes.autosave import NoteAutosaver
from explorer.ui.notes.backlinks_view import BacklinksLabel
from explorer.ui.notes.editor import NoteEditor
from explorer.ui.notes.icons import icon
from explorer.ui.notes.note_actions import NoteActions
from explorer.ui.notes.note_list import NOTE_ROLE, NoteCardDelegate, NoteListModel, NoteRow, card_height, excerpt
from explorer.ui.session import CaseSession

SCOPES = (("selection", "Notes on the selection"), ("case", "Notes on the whole case"), ("all", "All notes"))
NAME_FLAGS = Changed.ENTITIES | Changed.EVENTS | Changed.RELATIONSHIPS


class NotesPanel(QWidget):
    target_requested = Signal(object, str)  # NoteTarget, uid: a link or backlink was followed

    def __init__(self, session: CaseSession, runner: Callable[[Operation], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.session = session
        self.runner = runner
        self.selection_anchor = NoteAnchor.case()
        self.scope = "selection"
        self.tag: str | None = None
        self.draft: Note | None = None
        self.title = ElidedLabel(self)  # a long event title must not widen the dock
        self.title.setObjectName("notesTarget")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.add_button = QToolButton(self)
        self.add_button.setIcon(icon("add"))
        self.add_button.setText(self.tr("New note"))
        self.add_button.setToolTip(self.tr("Add a note on the selection (Ctrl+Alt+N)"))
        self.add_button.setAccessibleName(self.tr("New note"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.setAutoRaise(True)
        self.add_button.clicked.connect(lambda: self.new_note())
        self.scope_box = QComboBox(self)
        self.scope_box.setAccessibleName(self.tr("Which notes"))
        for key, label in SCOPES:
            self.scope_box.addItem(label, key)
        self.scope_box.activated.connect(lambda i: self.set_scope(self.scope_box.itemData(i)))
        self.tag_box = QComboBox(self)
        self.tag_box.setAccessibleName(self.tr("Filter by tag"))
        self.tag_box.activated.connect(lambda i: self.set_tag(self.tag_box.itemData(i)))
        self.model = NoteListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("noteList")
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(NoteCardDelegate(self.list))
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(1)
        self.list.selectionModel().currentChanged.connect(lambda current, _previous: self._open_row(current.row()))
        self.backlinks_label = BacklinksLabel(self)
        self.backlinks_label.note_chosen.connect(self.show_note)
        self.editor = NoteEditor(self)
        self.autosaver = NoteAutosaver(self.editor.text_edit, session, self)
        self.actions_ = NoteActions(self)
        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 4, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.add_button)
        filters = QHBoxLayout()
        filters.setContentsMargins(6, 0, 6, 0)
        filters.addWidget(self.scope_box, 3)
        filters.addWidget(self.tag_box, 2)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addLayout(filters)
        upper_layout.addWidget(self.list, 1)
        upper_layout.addWidget(self.backlinks_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.editor)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.list.setMinimumHeight(40)
        self._list_sized_by_user = False  # once the user drags the splitter, their sizes stay
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._backlinks_timer = QTimer(self, singleShot=True, interval=1000)
        self._backlinks_timer.timeout.connect(self._show_backlinks)
        self.editor.link_activated.connect(self.target_requested)
        self.editor.text_edit.focus_left.connect(self._on_focus_left)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.moved.connect(self._on_moved)
        self._moved_message = ""  # said instead of "Saved" after a note moved to the whole case…
        self._moved_uid: str | None = None  # …for as long as that note stays open
        self.autosaver.saving.connect(lambda _uid: self.editor.set_state("Saving…"))
        self.autosaver.failed.connect(lambda why: self.editor.set_state(f"Not saved yet: {why}", problem=True))
        self.editor.text_edit.textChanged.connect(self._on_typed)
        self.session.changed.connect(self.refresh)
        self.editor.set_store(session.store)
        self.reload()

    LIST_CARDS = 5  # cards the list makes room for (fewer when it lists fewer), as long as the editor keeps EDITOR_SHARE
    EDITOR_SHARE = 0.42

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._list_sized_by_user:
            self._size_list()

    def _on_splitter_moved(self, _position: int, _index: int) -> None:
        self._list_sized_by_user = True

    def _size_list(self) -> None:
        """Give the list room for ``LIST_CARDS`` cards (fewer if the panel is short), the editor the rest."""
        total = self.splitter.height() - self.splitter.handleWidth()
        upper = self.splitter.widget(0)
        if total <= 0 or not upper.isVisible():
            return
        around = upper.height() - self.list.viewport().height()  # title, filters, frame, backlinks
        card = card_height(QFontMetrics(self.list.font()).height()) + 2 * self.list.spacing()
        cards = min(self.LIST_CARDS, max(self.model.rowCount(), 1))  # no empty room under a short list: the editor has it
        wanted = around + cards * card + 2
        lower = max(total - min(wanted, int(total * (1 - self.EDITOR_SHARE))), self.editor.minimumSizeHint().height())
        self.splitter.setSizes([total - lower, lower])

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.add_button.setIcon(icon("add"))

    # --- what is shown -------------------------------------------------------------------------

    @property
    def store(self) -> CaseStore:
        return self.session.store

    @property
    def readonly(self) -> bool:
        return self.session.readonly

    @property
    def anchor(self) -> NoteAnchor:
        return NoteAnchor.case() if self.scope == "case" else self.selection_anchor

    def set_session(self, session: CaseSession) -> None:
        """Another case was opened (the old one was saved and closed by the caller)."""
        self.session.changed.disconnect(self.refresh)
        self.session = session
        session.changed.connect(self.refresh)
        self.autosaver.set_session(session)
        self.editor.set_store(session.store)
        self.draft, self.selection_anchor, self.scope, self.tag = None, NoteAnchor.case(), "selection", None
        self.reload()

    def set_anchor(self, anchor: NoteAnchor, note_uid: str | None = None) -> None:
        """Follow a new selection: save the note being edited, list the new one's notes."""
        self.end_session(again=False)
        self.draft = None
        self.selection_anchor = anchor
        self.scope = "selection"
        self.reload(note_uid)

    def set_scope(self, scope: str) -> None:
        self.end_session(again=False)
        self.scope = scope
        self.reload()

    def set_tag(self, tag: str | None) -> None:
        self.end_session(again=False)
        self.tag = tag
        self.reload(self.autosaver.note.uid if self.autosaver.note else None)

    def _rows(self) -> list[NoteRow]:
        store = self.store
        notes = store.notes() if self.scope == "all" else notes_on(store, self.anchor)
        if self.scope == "all":
            notes.sort(key=lambda n: n.updated, reverse=True)
        if self.tag:
            notes = [note for note in notes if self.tag in note.tags]
        rows = []
        for note in notes:
            context = self.describe(NoteAnchor.of_note(note)) if self.scope == "all" else ""
            rows.append(NoteRow(note, len(store.note_conflicts(note.uid)), context, excerpt(note.body)))
        if self.draft is not None and self.store.note(self.draft.uid) is None:
            rows.insert(0, NoteRow(self.draft))
        return rows

    def describe(self, anchor: NoteAnchor) -> str:
        """The anchor in words, as the core says it; the whole case's label translated here (core has no Qt)."""
        if anchor.kind is NoteTarget.CASE:
            return self.tr("The whole case")
        return describe(self.store, anchor)

    def reload(self, note_uid: str | None = None) -> None:
        """List the notes again and open ``note_uid`` (else the one open before, else the first)."""
        current = note_uid or (self.autosaver.note.uid if self.autosaver.note else None)
        self.title.setText(self.describe(self.anchor) if self.scope != "all" else self.tr("All notes in the case"))
        self.scope_box.setCurrentIndex(self.scope_box.findData(self.scope))
        self._fill_tags()
        self.add_button.setEnabled(not self.readonly)
        self.model.set_rows(self._rows())
        row = self.model.row_of(current) if current else -1
        row = row if row >= 0 else (0 if self.model.rows else -1)
        self._select_row(row)
        self._show_backlinks()
        if not self._list_sized_by_user:
            self._size_list()  # as many cards as there are (up to LIST_CARDS)

    def _fill_tags(self) -> None:
        self.tag_box.clear()
        self.tag_box.addItem(self.tr("All tags"), None)
        for tag, count in self.store.tags():
            self.tag_box.addItem(f"#{tag} ({count})", tag)
        index = self.tag_box.findData(self.tag) if self.tag else 0
        if index < 0:
            self.tag_box.addItem(f"#{self.tag} (0)", self.tag)
            index = self.tag_box.count() - 1
        self.tag_box.setCurrentIndex(index)

    def _select_row(self, row: int) -> None:
        selection = self.list.selectionModel()
        if row < 0:
            selection.clearCurrentIndex()
            self._open_row(-1)
            return
        index = self.model.index(row)
        if selection.currentIndex() == index:
            self._open_row(row)
        else:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)

    def _open_row(self, row: int) -> None:
        note = self.model.index(row).data(NOTE_ROLE) if row >= 0 else None
        shown = self.autosaver.note
        if note is not None and shown is not None and note.uid == shown.uid:
            self._show_header(note)
            return
        self._leave_note()
        if self.autosaver.note is not shown and self.autosaver.note is not None:
            return  # saving it moved the note to the whole case (``_on_moved``), which shows it there now
        self._moved_uid = None
        stored = note is not None and self.store.note(note.uid) is not None
        self.autosaver.load(note, stored=stored)
        self._show_header(note)
        self.editor.set_state("Saved" if stored else "")

    def _show_header(self, note: Note | None) -> None:
        conflicts = self.store.note_conflicts(note.uid) if note is not None and self.autosaver.stored else []
        self.editor.show_note(note, conflicts, readonly=self.readonly)
        if self.readonly and note is not None:
            self.editor.set_state("Read-only case", problem=False)

    def _show_backlinks(self) -> None:
        self.backlinks_label.show_for(self.store, None if self.scope == "all" else self.anchor)

    # --- notes -----------------------------------------------------------------------------

    def show_note(self, uid: str) -> None:
        """Open a note wherever it hangs (search results, backlinks)."""
        note = self.store.note(uid)
        if note is None:
            return
        if self.tag and self.tag not in note.tags:
            self.tag = None
        self.set_anchor(NoteAnchor.of_note(note), uid)

    def new_note(self, anchor: NoteAnchor | None = None) -> Note | None:
        """Start a note on the anchor (default: the selection); it is stored once typed into."""
        if self.readonly:
            return None
        if anchor is not None and anchor != self.selection_anchor:
            self.set_anchor(anchor)
        elif self.scope == "all":
            self.set_scope("selection")
        self.end_session()
        self.draft = new_note(self.anchor, author_name())
        self.tag = None
        self.reload(self.draft.uid)
        self.editor.text_edit.setFocus()
        return self.draft

    def current_note(self) -> Note | None:
        return self.autosaver.note

    def flush(self) -> bool:
        """Save what is typed now (closing, another case); False if it could not be saved."""
        return self.autosaver.flush()

    def end_session(self, again: bool = True) -> bool:
        return self.autosaver.end_session(again)

    def _leave_note(self) -> None:
        """Save the note the editor is about to let go of. Text the case cannot take (locked,
        read-only, a disk error) is written to a file beside the case and the user told where: it
        is never simply dropped."""
        if self.end_session(again=False) or not self.autosaver.dirty:
            return
        from explorer.ui.notes.files import NoteDialogs
        from explorer.ui.notes.rescue import write_unsaved_note

        why, text = self.autosaver.last_error, self.autosaver.edit.text()
        path = write_unsaved_note(text, self.store.db.path)
        self.autosaver.load(None)  # the text is in the file (or on the clipboard): no retry while the message is up
        if path is not None:
            message = self.tr("The note could not be saved to the case (%1). Its text was saved to:\n%2")
            NoteDialogs.error(self.window(), self.tr("Note not saved to the case"), message.replace("%1", why).replace("%2", str(path)))
            return
        QGuiApplication.clipboard().setText(text)
        message = self.tr("The note could not be saved to the case (%1), nor to a file. Its text is on the clipboard: "
                          "paste it somewhere safe.")
        NoteDialogs.error(self.window(), self.tr("Note not saved"), message.replace("%1", why))

    def shutdown(self) -> None:
        """The window is closing its case, the note already saved (or given up on by the user):
        stop every timer that would save or read. No save here: one that failed a moment ago
        would only wait out another program's lock again."""
        self.autosaver.stop()
        self._backlinks_timer.stop()
        self.editor.stop()

    def _on_focus_left(self, reason: Qt.FocusReason) -> None:
        if reason == Qt.FocusReason.PopupFocusReason:
            self.autosaver.flush()  # a menu or the completion popup: keep the session going
        else:
            self.autosaver.end_session(again=False)

    def _on_typed(self) -> None:
        if self.autosaver.dirty and (self.autosaver.note is None or self.autosaver.note.uid != self._moved_uid):
            self.editor.set_state("Editing…")

    def _on_moved(self, note: Note, before: Note) -> None:
        """The record the note was on is gone: it was saved on the whole case, shown there now."""
        self._moved_message = {
            NoteTarget.EVENT: self.tr("The event this note was on has been deleted: the note is kept on the whole case."),
            NoteTarget.ENTITY: self.tr("The entity this note was on has been deleted: the note is kept on the whole case."),
        }.get(before.target_kind, self.tr("The relationship this note was on has been deleted: the note is kept on the whole case."))
        self._moved_uid = note.uid
        self.draft = None
        self.selection_anchor, self.scope = NoteAnchor.case(), "selection"
        self.reload(note.uid)

    def _on_saved(self, note: Note) -> None:
        if note.uid == self._moved_uid:
            self.editor.set_state(self._moved_message, notice=True)
        else:
            self.editor.set_state("Saved")
        self.editor.update_byline(note)
        if not self.model.update_note(note) or (self.draft is not None and note.uid == self.draft.uid):
            self.draft = None
            self.model.set_rows(self._rows())
            self.list.selectionModel().setCurrentIndex(self.model.index(self.model.row_of(note.uid)),
                                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._backlinks_timer.start()

    def refresh(self, changes: Changes, initiator: object) -> None:
        """Follow a broadcast; our own autosaves are already shown and never reload the editor."""
        if initiator is self.autosaver:
            return
        self._moved_uid = None  # an undo, say, may have brought the record back: no more "has been deleted"
        if changes.touches(NAME_FLAGS):
            self.editor.names_changed()
        gone = self.scope == "selection" and not exists(self.store, self.selection_anchor)
        if not changes.touches(Changed.NOTES | NAME_FLAGS) and not gone:
            return
        shown = self.autosaver.note
        stored = self.store.note(shown.uid) if shown is not None and self.autosaver.stored else None
        if stored is not None and stored != shown:  # undo, redo, a merge or another panel changed it
            if self.autosaver.dirty:
                self._leave_note()  # nothing typed is dropped; the other version stays in the history
                stored = self.store.note(shown.uid)
            self.autosaver.reload(stored)
        if gone:
            self.end_session()  # a note being written on it moves to the whole case (``_on_moved``)
            self.selection_anchor, self.draft = NoteAnchor.case(), None  # the selection is gone: as if none
        self.reload()
