"""Help menu: the keyboard shortcuts list (generated from the actions), the user guide, About."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap, QTextDocument
from PySide6.QtWidgets import QDockWidget

from explorer.core import backups
from explorer.ui.help.shortcuts import collect


def _actions_with_shortcuts(window) -> list[QAction]:
    found = {id(a): a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()}
    for widget in window.findChildren(QDockWidget):
        for child in [widget, *widget.findChildren(QAction)]:
            if isinstance(child, QAction) and not child.shortcut().isEmpty():
                found[id(child)] = child
    return list(found.values())


def test_every_action_with_a_shortcut_is_listed(main_window, qtbot):
    dialog = main_window.help.show_shortcuts()
    qtbot.addWidget(dialog)
    listed = {id(row.action) for row in dialog.rows if row.action is not None}
    actions = _actions_with_shortcuts(main_window)
    assert len(actions) > 20
    missing = [a.text() for a in actions if id(a) not in listed]
    assert not missing, f"shortcuts missing from Help > Keyboard Shortcuts: {missing}"
    dialog.close()


def test_shortcuts_are_grouped_by_menu_and_panel_and_written_natively(main_window, qtbot):
    rows = collect(main_window)
    groups = {row.group for row in rows}
    assert {"File", "Edit", "View", "Present", "Help", "Notes panel", "Relationships panel"} <= groups
    by_text = {(row.group, row.text): row.keys for row in rows}
    assert by_text[("File", "Open")] == QKeySequence(QKeySequence.StandardKey.Open).toString(QKeySequence.SequenceFormat.NativeText)
    assert by_text[("Present", "Start from Beginning")] == "F5"
    assert ("Help", "Keyboard Shortcuts") in by_text
    assert any(group.startswith("During a show") for group in groups)


def test_shortcuts_filter(main_window, qtbot):
    dialog = main_window.help.show_shortcuts()
    qtbot.addWidget(dialog)
    everything = dialog.visible_commands()
    qtbot.keyClicks(dialog.filter, "zoom")
    shown = dialog.visible_commands()
    assert shown and len(shown) < len(everything)
    assert all("zoom" in text.lower() for text in shown)
    dialog.filter.setText("F5")
    assert "Start from Beginning" in dialog.visible_commands()
    dialog.filter.clear()
    assert dialog.visible_commands() == everything
    dialog.close()


def test_user_guide_opens_offline_with_its_images(main_window, qtbot):
    guide = main_window.help.show_guide()
    qtbot.addWidget(guide)
    assert guide.browser.source().isLocalFile()
    assert guide.browser.source().toLocalFile().endswith("user-guide.md")
    assert "Case Explorer user guide" in guide.browser.toPlainText()
    url = guide.browser.source().resolved(QUrl("images/main-window.png"))
    image = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, url)
    assert isinstance(image, QImage | QPixmap | QByteArray) and not image.isNull()
    guide.close()


def test_about_names_the_case_its_backups_and_versions(main_window, qtbot):
    dialog = main_window.help.show_about()
    qtbot.addWidget(dialog)
    facts = dict(dialog.rows)
    path = main_window.store.db.path
    assert facts["Case"] == str(path)
    assert facts["Backups of this case"] == str(backups.folder_for(path))
    assert facts["Version"] and facts["Qt"] and facts["PySide"] and facts["Python"]
    assert str(backups.folder_for(path)).split("/")[-1] in dialog.text.text()
    dialog.close()


def test_help_menu_order(main_window):
    texts = [a.text() for a in main_window.help_menu.actions() if not a.isSeparator()]
    # Check Case… after the help pages, before About, in a group of its own (it was first)
    assert texts[-3:] == ["&Keyboard Shortcuts", "&Check Case…", "&About Case Explorer"]
    actions = main_window.help_menu.actions()
    check = actions.index(main_window.maintenance.check_action)
    assert actions[check - 1].isSeparator() and actions[check + 1].isSeparator()
    assert {"&Welcome…", "User &Guide", "&Keyboard Shortcuts", "&About Case Explorer"} <= set(texts)
