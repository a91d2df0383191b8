"""Every menu of the main window gives each of its entries its own Alt+letter (in English; the
German menus are checked in test_translation). The Edit menu had Ed&it Selected and Entit&ies,
&Redo and &Relationships…, Er&as and &Author Name, Note on This &Period and &Preferences."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from explorer.ui import preferences

MENUS = ["&File", "&Edit", "&View", "&Present", "&Help", "menu bar"]


def accelerators(menu: QMenu) -> list[str]:
    return [found.group(1).lower() for action in menu.actions()
            if (found := re.search(r"&([^&])", action.text().replace("&&", "")))]


@pytest.fixture
def window(qtbot, bundled_case: Path):
    from explorer.core.casefile import open_case
    from explorer.ui.main_window import MainWindow

    shown = MainWindow(open_case(bundled_case), automatic_backups=False)
    qtbot.addWidget(shown)
    shown.remember_layout = False
    preferences.attach(shown)  # as the app does: Preferences joins the Edit menu
    yield shown
    shown.close()


@pytest.mark.parametrize("title", MENUS)
def test_each_menu_has_one_entry_per_alt_letter(window, title: str) -> None:
    tops = {a.text(): a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)}
    if title == "menu bar":
        menus = [window.menuBar()]
    else:
        menus = [tops[title]]
        menus += [a.menu() for a in menus[0].actions() if isinstance(a.menu(), QMenu)]
    for menu in menus:
        letters = accelerators(menu)
        clashes = sorted({letter for letter in letters if letters.count(letter) > 1})
        assert not clashes, (title, clashes, [a.text() for a in menu.actions()])


def test_the_edit_menu_holds_the_forms_and_preferences(window) -> None:
    texts = [a.text().replace("&", "") for a in window.edit_menu.actions()]
    assert {"Relationships…", "Entities…", "Edit Selected…", "Redo", "Preferences…", "Author Name…"} <= set(texts)
