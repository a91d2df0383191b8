"""Help ▸ Keyboard Shortcuts also lists the keys the panels handle themselves (relationship graph,
search field and results), the mouse gestures and the [[ completion of notes; the rows of the
graph and search come from the very tables their key handlers use; the dialog is sized to show
the list, within the screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest

from explorer.ui.help.shortcuts import collect
from explorer.ui.relationships import attach
from explorer.ui.relationships.view import GRAPH_GESTURES, GRAPH_KEYS
from explorer.ui.search.keys import FIELD_KEYS, RESULT_KEYS
from tests.conftest import SCREENSHOTS

SHOTS = SCREENSHOTS  # tests/screenshots/, for a person to look at


def test_the_panels_own_keys_gestures_and_note_typing_are_listed(main_window) -> None:
    attach(main_window)
    rows = {(row.group, row.text): row.keys for row in collect(main_window)}
    graph = "Relationship graph (when it has the focus)"
    for _keys, shown, does, _command in GRAPH_KEYS:
        assert rows[(graph, QCoreApplication.translate("GraphView", does))] == shown
    for _gesture, does in GRAPH_GESTURES:
        assert ("Relationship graph with the mouse", does) in rows
    for group, table in (("Search field", FIELD_KEYS), ("Search results", RESULT_KEYS)):
        for _keys, shown, does, _command in table:
            assert rows[(group, does)] == shown
    mouse = {keys for (group, _text), keys in rows.items() if group == "Timeline with the mouse"}
    assert {"Wheel", "Shift+wheel", "Drag empty space", "Ctrl+click  Shift+click", "Ctrl+drag  Shift+drag",
            "Drag an event", "Drag the time cursor"} <= mouse
    assert any(keys == "[[" and group == "Typing a note" for (group, _text), keys in rows.items())
    listed_graph_keys = " ".join(shown for _k, shown, _d, _c in GRAPH_KEYS)
    for key in ("+", "=", "-", "0", "F", "Delete"):
        assert key in listed_graph_keys


def test_every_listed_graph_key_does_what_the_list_says(qtbot, main_window) -> None:
    controller = attach(main_window)
    controller.show()
    view = controller.panel.view
    qtbot.waitUntil(lambda: view.isVisible() and view.viewport().height() > 50)
    view.setFocus()
    deleted: list[bool] = []
    view.delete_requested.connect(lambda: deleted.append(True))
    effects = {
        "zoom_in": lambda before: view.scale_factor() > before,
        "zoom_out": lambda before: view.scale_factor() < before,
        "fit": lambda before: not view.user_zoomed,
        "delete": lambda before: bool(deleted),
    }
    assert {command for *_rest, command in GRAPH_KEYS} == set(effects)
    for keys, _shown, _does, command in GRAPH_KEYS:
        for key in keys:
            view.zoom(0.9)  # zoomed by hand, so "fit" has something to undo
            deleted.clear()
            before = view.scale_factor()
            QTest.keyClick(view, key)
            assert effects[command](before), (command, key)


def test_every_listed_search_key_does_what_the_list_says(qtbot, main_window) -> None:
    search = main_window.search
    chosen: list[str] = []
    search.event_chosen.connect(chosen.append)
    qtbot.keyClicks(search.search_edit, "Scale")
    qtbot.waitUntil(lambda: search.results_model.rowCount() > 1, timeout=5000)
    search.search_edit.setFocus()
    QTest.keyClick(search.search_edit, Qt.Key.Key_Down)  # to_results
    assert search.results.hasFocus() or QCoreApplication.instance().focusWidget() is search.results
    QTest.keyClick(search.results, Qt.Key.Key_Escape)  # to_field
    assert QCoreApplication.instance().focusWidget() is search.search_edit
    QTest.keyClick(search.search_edit, Qt.Key.Key_Escape)  # clear
    assert search.search_edit.text() == ""


def test_the_dialog_shows_the_list_within_the_screen(qtbot, main_window) -> None:
    attach(main_window)
    dialog = main_window.help.show_shortcuts()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    room = dialog.screen().availableGeometry()
    assert dialog.height() <= room.height() and dialog.width() <= room.width()
    scroll = dialog.tree.verticalScrollBar()
    assert scroll.maximum() == 0 or dialog.height() >= 0.84 * room.height()  # everything shown, or as tall as the screen allows
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "shortcuts-dialog.png"))
    dialog.close()
