"""The "More" menu of a short relationship panel: the controls folded away to leave the graph room
(compare, not yet begun, the filters, the layout, connect, delete, unpin, fit, legend, export),
each as a menu entry that works the control itself, so every path stays the one the control has.

The menu is filled each time it opens, so its ticks and choices are the controls' current ones.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QMenu, QToolButton

CONTEXT = "Controls"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def button_action(menu: QMenu, button: QToolButton) -> QAction:
    """An entry that clicks the button (so a checkable one toggles and says so as it always does)."""
    action = QAction(button.text(), menu)
    action.setToolTip(button.toolTip())
    action.setCheckable(button.isCheckable())
    action.setChecked(button.isChecked())
    action.setEnabled(button.isEnabled())
    action.triggered.connect(lambda _checked=False: button.click())
    menu.addAction(action)
    return action


def choice_menu(menu: QMenu, title: str, box: QComboBox) -> QMenu:
    """A submenu of the combo box's items, the current one ticked; choosing one activates it in the box."""
    sub = menu.addMenu(title)
    group = QActionGroup(sub)
    for index in range(box.count()):
        action = QAction(box.itemText(index), sub)
        action.setCheckable(True)
        action.setChecked(index == box.currentIndex())
        action.triggered.connect(lambda _checked=False, i=index: (box.setCurrentIndex(i), box.activated.emit(i)))
        group.addAction(action)
        sub.addAction(action)
    return sub


def fill(menu: QMenu, first: Iterable[QToolButton], choices: Iterable[tuple[str, QComboBox]],
         tools: Iterable[QToolButton], export: QMenu) -> None:
    """The menu anew: ``first`` buttons, the ``choices`` as submenus, the ``tools``, then ``export``'s entries."""
    for old in menu.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
        old.deleteLater()  # the last opening's submenus
    menu.clear()
    for button in first:
        button_action(menu, button)
    menu.addSeparator()
    for title, box in choices:
        choice_menu(menu, title, box)
    menu.addSeparator()
    for button in tools:
        button_action(menu, button)
    sub = menu.addMenu(_tr("Export"))
    for action in export.actions():
        sub.addAction(action)
