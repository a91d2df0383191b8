"""Help ▸ Keyboard Shortcuts: every shortcut of the window, found by walking its actions.

The list is generated each time the dialog opens from the ``QAction`` objects of the window, its
menus, docks and panels (and the keys the presenter's show understands), so it never drifts
from what the keys really do. Rows are grouped by the menu (or panel) an action lives in and
can be filtered by typing; keys are shown the platform's way (``QKeySequence.NativeText``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.presenter.keys import HELP_ROWS

# The timeline's own keys (TimelineView.keyPressEvent), besides its zoom actions
TIMELINE_KEYS: tuple[tuple[str, str], ...] = (
    ("←  →", QT_TRANSLATE_NOOP("ShortcutsDialog", "Pan earlier / later")),
    ("Home  /  End", QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to the start / end of the case")),
    ("↑  ↓  Page Up  Page Down", QT_TRANSLATE_NOOP("ShortcutsDialog", "Scroll the lanes")),
    ("Enter  F2", QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit the selected event")),
    ("Delete  Backspace", QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete the selected events")),
    ("Double-click", QT_TRANSLATE_NOOP("ShortcutsDialog", "Add an event on that date (empty space) or edit one")),
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
    group = QCoreApplication.translate("ShortcutsDialog", "Timeline (when it has the focus)")
    rows.extend(ShortcutRow(group, QCoreApplication.translate("ShortcutsDialog", does), keys) for keys, does in TIMELINE_KEYS)
    group = QCoreApplication.translate("ShortcutsDialog", "During a show (presenter)")
    rows.extend(ShortcutRow(group, does, keys) for keys, does in HELP_ROWS)
    order = {_plain(a.text()): i for i, a in enumerate(window.menuBar().actions())}
    rows.sort(key=lambda r: (order.get(r.group.split(" ▸ ")[0], len(order)), r.group))
    return rows


class ShortcutsDialog(QDialog):
    """The searchable list of shortcuts, grouped by menu and panel."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(620, 640)
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.filter.setFocus()

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
