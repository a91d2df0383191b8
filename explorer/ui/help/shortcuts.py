"""Help ▸ Keyboard Shortcuts: every shortcut of the window, found by walking its actions, and the
keys and mouse gestures the panels handle themselves.

The list is generated each time the dialog opens from the ``QAction`` objects of the window, its
menus, docks and panels, so it never drifts from what the keys really do. Keys a panel handles
in its own key handler come from the table that handler looks keys up in: the presenter's show
(``presenter.keys.HELP_ROWS``), the relationship graph (``relationships.view.GRAPH_KEYS``), the
search field and results (``search.keys``). The timeline's own keys and the mouse gestures are
listed here (checked against ``timeline.view``, ``interaction`` and ``viewbox``). Rows are
grouped by the menu (or panel) an action lives in and can be filtered by typing; keys are shown
the platform's way (``QKeySequence.NativeText``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.help.screen_fit import fit_to_screen
from explorer.ui.presenter.keys import HELP_ROWS
from explorer.ui.relationships.view import GRAPH_GESTURES, GRAPH_KEYS
from explorer.ui.search.keys import FIELD_KEYS, RESULT_KEYS

# The timeline's own keys (TimelineView.keyPressEvent), besides its zoom actions
TIMELINE_KEYS: tuple[tuple[str, str], ...] = (
    ("←  →", QT_TRANSLATE_NOOP("ShortcutsDialog", "Pan earlier / later")),
    ("Home  /  End", QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to the start / end of the case")),
    ("↑  ↓  Page Up  Page Down", QT_TRANSLATE_NOOP("ShortcutsDialog", "Scroll the lanes")),
    ("Enter  F2", QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit the selected event")),
    ("Delete  Backspace", QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete the selected events")),
)
# What the pointer does on the timeline (TimelineViewBox, TimelineInteraction, the cursor line, the overview)
TIMELINE_GESTURES: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Wheel"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom the time around the pointer")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Shift+wheel"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Scroll the lanes")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag empty space"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Pan")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Click an event"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Select it")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+click  Shift+click"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Add an event to the selection, or take it out")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+drag  Shift+drag"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Select the events in a rectangle")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag an event"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Move it to another date")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag the time cursor"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Show the relationships as of that date")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag the overview's window"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Move along the whole case")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Double-click"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Add an event on that date (empty space) or edit one")),
)
# Typing in a note (the [[ completion of notes.completion)
NOTE_TYPING: tuple[tuple[str, str], ...] = (
    ("[[", QT_TRANSLATE_NOOP("ShortcutsDialog", "Link to an entity or event: type part of its name, ↑ ↓ and Enter to choose")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Esc (while names are offered)"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Close the list of names")),
)


@dataclass(frozen=True)
class ShortcutRow:
    group: str  # "File", "Edit", "Notes panel", …
    text: str  # what it does, without the mnemonic "&"
    keys: str  # the keys, written the platform's way
    action: QAction | None = None


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…").strip()


def _menu_path(menu: QMenu) -> str:
    """"View ▸ Lanes" for a submenu: the titles of the menus that lead to it."""
    names = [_plain(menu.title())]
    parent = menu.menuAction().associatedObjects() if menu.menuAction() else []
    for owner in parent:
        if isinstance(owner, QMenu) and owner is not menu and owner.title():  # not the menu bar's "»" overflow menu
            return f"{_menu_path(owner)} ▸ {names[0]}"
    return names[0]


def _group_of(action: QAction, window: QMainWindow) -> str:
    """The menu an action is in; else the dock (panel) its widget is in; else the window."""
    menus = [o for o in action.associatedObjects() if isinstance(o, QMenu)]
    in_bar = [m for m in menus if m.window() is window or m.parent() is window.menuBar() or m.menuAction() in window.menuBar().actions()]
    for menu in in_bar or menus:
        return _menu_path(menu)
    for owner in [o for o in action.associatedObjects() if isinstance(o, QWidget)] + [action.parent()]:
        widget = owner if isinstance(owner, QWidget) else None
        while widget is not None and widget is not window:
            if isinstance(widget, QDockWidget):
                return QCoreApplication.translate("ShortcutsDialog", "%1 panel").replace("%1", _plain(widget.windowTitle()))
            widget = widget.parentWidget()
    return QCoreApplication.translate("ShortcutsDialog", "Window")


def _keys(sequences: list[QKeySequence]) -> str:
    return ",  ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty())


def collect(window: QMainWindow) -> list[ShortcutRow]:
    """Every action with a shortcut that the window owns or shows, once each, grouped."""
    actions: list[QAction] = list(window.findChildren(QAction))
    for widget in [window, *window.findChildren(QWidget)]:
        actions.extend(widget.actions())
    seen: set[int] = set()
    rows: list[ShortcutRow] = []
    for action in actions:
        if id(action) in seen or action.menu() is not None or action.isSeparator():
            continue
        seen.add(id(action))
        keys = _keys(action.shortcuts())
        if keys:
            rows.append(ShortcutRow(_group_of(action, window), _plain(action.text()), keys, action))
    for shortcut in window.findChildren(QShortcut):
        keys = _keys([shortcut.key()])
        if keys and shortcut.whatsThis():
            rows.append(ShortcutRow(QCoreApplication.translate("ShortcutsDialog", "Window"), shortcut.whatsThis(), keys))
    rows.extend(_own_rows())
    group = QCoreApplication.translate("ShortcutsDialog", "During a show (presenter)")
    rows.extend(ShortcutRow(group, does, keys) for keys, does in HELP_ROWS)
    order = {_plain(a.text()): i for i, a in enumerate(window.menuBar().actions())}
    rows.sort(key=lambda r: (order.get(r.group.split(" ▸ ")[0], len(order)), r.group))
    return rows


def _own_rows() -> list[ShortcutRow]:
    """The keys and gestures the panels handle themselves, from their own tables."""
    def tr(context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    groups: list[tuple[str, str, list[tuple[str, str]]]] = [
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Timeline (when it has the focus)"), "ShortcutsDialog", list(TIMELINE_KEYS)),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Timeline with the mouse"), "ShortcutsDialog", list(TIMELINE_GESTURES)),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Relationship graph (when it has the focus)"), "GraphView",
         [(shown, does) for _keys, shown, does, _command in GRAPH_KEYS]),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Relationship graph with the mouse"), "GraphView", list(GRAPH_GESTURES)),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Search field"), "SearchKeys", [(shown, does) for _keys, shown, does, _c in FIELD_KEYS]),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Search results"), "SearchKeys", [(shown, does) for _keys, shown, does, _c in RESULT_KEYS]),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Typing a note"), "ShortcutsDialog", list(NOTE_TYPING)),
    ]
    return [ShortcutRow(tr("ShortcutsDialog", group), tr(context, does), tr(context, keys))
            for group, context, pairs in groups for keys, does in pairs]


class ShortcutsDialog(QDialog):
    """The searchable list of shortcuts, grouped by menu and panel."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.rows = collect(window)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to filter, e.g. “zoom” or “Ctrl”"))
        self.filter.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self._fill()
        self.no_match = QLabel(self)  # what a filter that matches nothing says, in place of an empty list
        self.no_match.setObjectName("noShortcutMatch")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.no_match.setContentsMargins(0, 16, 0, 0)
        self.no_match.setWordWrap(True)
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.no_match)  # in the list's place, at its top
        layout.addStretch(0)  # takes the list's height while the list is hidden
        layout.addWidget(buttons)
        self.filter.setFocus()
        fit_to_screen(self, self._fitting_size())

    def _fitting_size(self) -> QSize:
        """Tall enough to show the whole list when the screen allows, else as tall as the screen has room for."""
        rows = sum(1 + self.tree.topLevelItem(i).childCount() for i in range(self.tree.topLevelItemCount()))
        row_height = max(self.tree.sizeHintForRow(0), self.fontMetrics().height() + 4)
        chrome = self.filter.sizeHint().height() + self.tree.header().sizeHint().height() + 110  # buttons, margins, frame
        return QSize(760, max(rows * row_height + chrome, 480))

    def _fill(self) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        for row in self.rows:
            parent = groups.get(row.group)
            if parent is None:
                parent = groups[row.group] = QTreeWidgetItem(self.tree, [row.group])
                parent.setFirstColumnSpanned(True)
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            QTreeWidgetItem(parent, [row.text, row.keys])
        self.tree.expandAll()

    def visible_commands(self) -> list[str]:
        """The commands the list shows now (for tests and the filter)."""
        shown = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            shown.extend(group.child(j).text(0) for j in range(group.childCount()) if not group.child(j).isHidden())
        return shown

    def apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            group_hit = needle in group.text(0).lower()
            any_shown = False
            for j in range(group.childCount()):
                item = group.child(j)
                hit = not needle or group_hit or needle in item.text(0).lower() or needle in item.text(1).lower()
                item.setHidden(not hit)
                any_shown = any_shown or hit
            group.setHidden(not any_shown)
        nothing = bool(needle) and not self.visible_commands()
        self.no_match.setText(self.tr("No shortcut matches “%1”").replace("%1", text.strip()) if nothing else "")
        self.no_match.setVisible(nothing)
        self.tree.setVisible(not nothing)
