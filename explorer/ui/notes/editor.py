"""The note editor: author and dates, a Markdown toolbar, the text, a live preview, save state.

Formatting works on the plain text (``markdown_format``) as one edit of the editor's own undo.
The preview is Qt's Markdown with HTML off (``SafeTextBrowser``); ``[[links]]`` in it are
clickable and ``link_activated`` says which record to select. It is drawn again when the palette
changes (a theme switch), links in the palette's link colour. The preview starts hidden so the
text has the dock's height; "Show preview" (Ctrl+Shift+P) shows it under the text, and the choice
is remembered (``PREVIEW_KEY``). Pin, "for the speaker", history and
delete are requests for the panel, which makes them undoable edits.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QPalette, QTextBlock, QTextCharFormat, QTextCursor, QTextFragment
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QToolBar, QVBoxLayout, QWidget

from explorer.core.models import Note, NoteConflict
from explorer.core.notes.authors import shown_name
from explorer.core.notes.brief_markdown import note_date
from explorer.core.notes.links import escape_markdown, parse_link_url, rewrite_links
from explorer.core.notes.markdown_format import COMMANDS
from explorer.core.store import CaseStore
from explorer.ui.notes.badges import AuthorBadge
from explorer.ui.notes.completion import LinkCompleter
from explorer.ui.notes.conflicts import ConflictBar
from explorer.ui.notes.icons import icon
from explorer.ui.notes.markdown_edit import MarkdownEdit
from explorer.ui.safe_text import SafeTextBrowser

FORMATS = (  # command, icon, label, shortcut
    ("bold", "bold", QT_TRANSLATE_NOOP("NoteEditor", "Bold"), "Ctrl+B"),
    ("italic", "italic", QT_TRANSLATE_NOOP("NoteEditor", "Italic"), "Ctrl+I"),
    ("heading", "heading", QT_TRANSLATE_NOOP("NoteEditor", "Heading"), "Ctrl+Shift+H"),
    ("list", "list", QT_TRANSLATE_NOOP("NoteEditor", "Bulleted list"), "Ctrl+Shift+8"),
    ("quote", "quote", QT_TRANSLATE_NOOP("NoteEditor", "Quote"), "Ctrl+Shift+."),
    ("link", "link", QT_TRANSLATE_NOOP("NoteEditor", "Web link"), "Ctrl+K"),
)
PREVIEW_DELAY_MS = 150
PREVIEW_KEY = "notes/showPreview"  # the preview under the text: off until the user shows it
EMPTY = QT_TRANSLATE_NOOP("NoteEditor", "Choose a note, or add one with +.")
EMPTY_READ_ONLY = QT_TRANSLATE_NOOP("NoteEditor", "Choose a note to read it (the case is open read-only).")


class NoteEditor(QWidget):
    link_activated = Signal(object, str)  # NoteTarget, uid
    pin_toggled = Signal(bool)
    speaker_toggled = Signal(bool)
    history_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.note: Note | None = None
        self.readonly = False  # the case is open read-only: nothing may be added
        self.badge = AuthorBadge("", 22, self)
        self.byline = QLabel(self)
        self.byline.setObjectName("noteByline")
        self.byline.setTextFormat(Qt.TextFormat.PlainText)
        self.state = QLabel(self)
        self.state.setObjectName("noteSaveState")
        self.state.setAccessibleName(self.tr("Save state"))
        self.problem = QLabel(self)  # why a save failed, in full: on a line of its own, wrapped, never widening the dock
        self.problem.setObjectName("noteSaveProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setContentsMargins(6, 0, 6, 0)
        self.problem.hide()
        self.conflicts = ConflictBar(self)
        self.comparing: NoteConflict | None = None
        self.conflicts.compare.connect(self._compare)
        self.text_edit = MarkdownEdit(self)
        self.completer = LinkCompleter(self.text_edit)
        self.preview = SafeTextBrowser(self)
        self.preview.setObjectName("notePreview")
        self.preview.setAccessibleName(self.tr("Note preview"))
        self.preview.link_clicked.connect(self._on_link)
        self.preview.installEventFilter(self)  # a theme switch draws the preview again
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.text_edit)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        for pane in (self.text_edit, self.preview):
            pane.setMinimumHeight(2 * pane.fontMetrics().lineSpacing() + 8)  # a short screen still fits the window
        self.splitter.setStretchFactor(0, 3)  # the text gets most of the height when the preview shows
        self.splitter.setStretchFactor(1, 2)
        self.toolbar = self._build_toolbar()
        header = QHBoxLayout()
        header.setContentsMargins(6, 4, 6, 0)
        header.addWidget(self.badge)
        header.addWidget(self.byline, 1)
        header.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.problem)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.text_edit.textChanged.connect(self._preview_timer.start)
        self.show_note(None)

    def _action(self, icon_name: str, text: str, shortcut: str | None = None, checkable: bool = False) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setData(icon_name)
        action.setCheckable(checkable)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        self.addAction(action)
        return action

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("Note formatting"), self)
        toolbar.setObjectName("noteToolbar")
        toolbar.setIconSize(toolbar.iconSize().scaled(18, 18, Qt.AspectRatioMode.KeepAspectRatio))
        self.format_actions: dict[str, QAction] = {}
        for command, icon_name, text, shortcut in FORMATS:
            action = self._action(icon_name, self.tr(text), shortcut)
            action.triggered.connect(lambda _checked=False, c=command: self.apply_format(c))
            toolbar.addAction(action)
            self.format_actions[command] = action
        self.link_record_action = self._action("wikilink", self.tr("Link to an event or entity"), "Ctrl+Shift+K")
        self.link_record_action.triggered.connect(self.completer.start_link)
        toolbar.addAction(self.link_record_action)
        toolbar.addSeparator()
        self.preview_action = self._action("preview", self.tr("Show preview"), "Ctrl+Shift+P", checkable=True)
        shown = bool(QSettings().value(PREVIEW_KEY, False, type=bool))
        self.preview_action.setChecked(shown)
        self.preview.setVisible(shown)
        self.preview_action.toggled.connect(self.show_preview)
        self.preview_action.triggered.connect(lambda on: QSettings().setValue(PREVIEW_KEY, bool(on)))  # the user's choice only
        toolbar.addAction(self.preview_action)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        toolbar.addWidget(spacer)
        self.pin_action = self._action("pin", self.tr("Pin to the top"), checkable=True)
        self.pin_action.triggered.connect(self.pin_toggled)
        self.speaker_action = self._action("speaker", self.tr("For the speaker (shown in presenter mode)"), checkable=True)
        self.speaker_action.triggered.connect(self.speaker_toggled)
        self.history_action = self._action("history", self.tr("History…"))
        self.history_action.triggered.connect(self.history_requested)
        self.delete_action = self._action("delete", self.tr("Delete note"))
        self.delete_action.triggered.connect(self.delete_requested)
        for action in (self.pin_action, self.speaker_action, self.history_action, self.delete_action):
            toolbar.addAction(action)
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # clicking a button must not end the editing session
        return toolbar

    def show_preview(self, on: bool) -> None:
        """Show or hide the preview; shown, it takes two fifths of the height (a pane hidden from the
        start would come back with none)."""
        self.preview.setVisible(on)
        sizes = self.splitter.sizes()
        if on and sizes[1] == 0:
            total = sum(sizes) or self.splitter.height()
            self.splitter.setSizes([total - total * 2 // 5, total * 2 // 5])

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            for action in self.actions():  # icons are drawn in the theme's text colour
                if action.data():
                    action.setIcon(icon(action.data()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the preview's own palette is the new one only once it hears of the change (after this editor)
        if watched is self.preview and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.update_preview()  # Qt's Markdown bakes the link colour in when it reads the text
        return super().eventFilter(watched, event)

    def set_store(self, store: CaseStore | None) -> None:
        self.completer.set_store(store)

    def names_changed(self) -> None:
        """Entities or events changed: links resolve and complete against the new names."""
        self.completer.refresh()
        self._preview_timer.start()

    def show_note(self, note: Note | None, conflicts: list[NoteConflict] | None = None, readonly: bool = False) -> None:
        """Show a note's header, flags and conflicts (the text itself is loaded by the autosaver)."""
        self.note = note
        self.readonly = readonly
        has = note is not None
        self.text_edit.setEnabled(has)
        self.text_edit.setReadOnly(readonly or not has)
        for action in (*self.format_actions.values(), self.link_record_action):
            action.setEnabled(has and not readonly)
        for action in (self.pin_action, self.speaker_action, self.delete_action):
            action.setEnabled(has and not readonly)
        self.history_action.setEnabled(has)
        self.pin_action.setChecked(bool(note and note.pinned))
        self.speaker_action.setChecked(bool(note and note.for_speaker))
        self.conflicts.show_conflicts([] if readonly else (conflicts or []))
        self.update_byline(note)
        self._preview_timer.stop()
        self.update_preview()
        if not has:
            self.set_state("")

    def update_byline(self, note: Note | None) -> None:
        self.note = note if note is not None else self.note
        if note is None:
            self.badge.hide()
            self.byline.setText(self.tr(EMPTY_READ_ONLY if self.readonly else EMPTY))
            return
        self.badge.show()
        self.badge.set_name(note.author)
        line = f"{shown_name(note.author)} · {note_date(note.created)}"
        if note.updated[:10] != note.created[:10]:
            line += " · " + self.tr("edited %1").replace("%1", note_date(note.updated))
        self.byline.setText(line)
        self.byline.setToolTip(self.tr("Created %1\nLast saved %2").replace("%1", note.created).replace("%2", note.updated))

    def stop(self) -> None:
        self._preview_timer.stop()

    def set_state(self, text: str, problem: bool = False, notice: bool = False) -> None:
        """Say how saving goes: a word beside the byline; or a ``problem`` (in red) or a ``notice``
        in full on the line below it (a long message in the header would widen the dock and squeeze
        the timeline)."""
        long = problem or notice
        self.state.setText(text)
        self.state.setVisible(not long)
        self.state.setStyleSheet("color: palette(placeholder-text);")
        self.state.setToolTip(self.tr("Notes save themselves as you type."))
        self.problem.setText(text if long else "")
        self.problem.setStyleSheet("color: #c62828; font-weight: 600;" if problem else "")
        self.problem.setToolTip(self.tr("Your text is kept in the editor and saved again shortly.") if problem else "")
        self.problem.setVisible(long)

    def apply_format(self, command: str) -> None:
        if self.text_edit.isReadOnly():
            return
        start, end = self.text_edit.selection()
        self.text_edit.apply_edit(COMMANDS[command](self.text_edit.text(), start, end))
        self.text_edit.setFocus()

    def _compare(self, conflict: NoteConflict | None) -> None:
        self.comparing = conflict
        if conflict is not None:
            self.preview_action.setChecked(True)
        self.update_preview()

    def update_preview(self) -> None:
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        text = self.text_edit.text() if self.note is not None else ""
        if self.comparing is not None and self.conflicts.isVisibleTo(self):
            header = f"*Their version — {escape_markdown(shown_name(self.comparing.author))}, {note_date(self.comparing.updated)}:*"
            text = f"{header}\n\n{self.comparing.body}"
        index = self.completer.index()
        self.preview.set_markdown(rewrite_links(text, index) if index is not None else text)
        self._colour_links()
        bar.setValue(position)

    def _colour_links(self) -> None:
        """Links in the preview's own palette colour (each look's Link role meets AA on its Base):
        Qt's Markdown takes the application's, as it was when the text was read."""
        link = self.preview.palette().color(QPalette.ColorRole.Link)
        document = self.preview.document()
        block = document.begin()
        while block.isValid():
            for fragment in _fragments(block):
                if fragment.charFormat().isAnchor() and fragment.charFormat().foreground().color() != link:
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    coloured = QTextCharFormat()
                    coloured.setForeground(link)
                    cursor.mergeCharFormat(coloured)
            block = block.next()

    def _on_link(self, url: QUrl) -> None:
        target = parse_link_url(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        if target is not None:
            self.link_activated.emit(*target)
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)  # only ever on a click


def _fragments(block: QTextBlock) -> list[QTextFragment]:
    fragments = []
    it = block.begin()
    while not it.atEnd():
        fragments.append(it.fragment())
        it += 1
    return fragments
