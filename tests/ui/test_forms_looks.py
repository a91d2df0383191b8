"""How the forms look and work from the keyboard: screenshots (light and dark), names, tab order, mnemonics.

The screenshots go to tests/screenshots/ for a person to look at.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QComboBox, QLabel, QTabBar, QWidget

from explorer.core.dates import PartialDate
from explorer.ui import app_theme
from explorer.ui.forms.case_form import CaseForm
from explorer.ui.forms.entity_form import EntityForm
from explorer.ui.forms.era_form import EraForm
from explorer.ui.forms.event_form import EventForm
from explorer.ui.forms.managers import ErasDialog, SourcesDialog
from explorer.ui.forms.relationship_form import RelationshipForm
from explorer.ui.forms.source_form import SourceForm
from tests.conftest import SCREENSHOTS

SHOTS = SCREENSHOTS  # tests/screenshots/, for a person to look at

FORMS: dict[str, Callable] = {
    "event-new": lambda store: EventForm(None, store, start=PartialDate(2025, 6), participants=("meta",)),
    "event-edit": lambda store: EventForm(None, store, "ev-wang-joins-meta"),
    "entity-edit": lambda store: EntityForm(None, store, "meta"),
    "relationship-edit": lambda store: RelationshipForm(None, store, "rel-openai-customer-scale"),
    "source-new": lambda store: SourceForm(None, store),
    "era-edit": lambda store: EraForm(None, store, "era-after-meta"),
    "case-details": lambda store: CaseForm(None, store),
    "sources": lambda store: SourcesDialog(None, store, lambda _operation: True),
    "eras": lambda store: ErasDialog(None, store, lambda _operation: True),
}


def _controls(form: QWidget) -> list[QWidget]:
    """The widgets a user can tab to (not a combo box's own line edit, a tab bar or a scroll area)."""
    return [
        w for w in form.findChildren(QWidget)
        if (w.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(w.parentWidget(), QComboBox)
        and not isinstance(w, QTabBar | QAbstractScrollArea)) or (isinstance(w, QAbstractScrollArea) and w.accessibleName())
    ]


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("name", list(FORMS))
def test_screenshots_of_every_form(qtbot, bundled_store, name: str, theme: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    app_theme.apply(theme)
    try:
        form = FORMS[name](bundled_store)
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)
        pages = range(form.tabs.count()) if getattr(form, "tabs", None) is not None else [None]
        for page in pages:
            if page is not None:
                form.tabs.setCurrentIndex(page)
                QApplication.processEvents()  # the page's layout and its text boxes' wrapping settle, as they do on screen
            image = form.grab()
            suffix = f"-{page + 1}" if page else ""
            assert image.save(str(SHOTS / f"{name}{suffix}-{theme}.png"))
            assert image.width() >= 560 and image.height() >= 120
    finally:
        app_theme.apply("light")


@pytest.mark.parametrize("name", list(FORMS))
def test_every_control_has_an_accessible_name(qtbot, bundled_store, name: str) -> None:
    form = FORMS[name](bundled_store)
    qtbot.addWidget(form)
    unnamed = [  # a button's text is its name, for screen readers as for everyone
        f"{type(w).__name__} {w.objectName()}" for w in _controls(form)
        if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text().strip()))
    ]
    assert not unnamed


@pytest.mark.parametrize("name", [n for n in FORMS if n not in ("sources", "eras")])
def test_every_label_has_a_mnemonic_and_a_buddy(qtbot, bundled_store, name: str) -> None:
    form = FORMS[name](bundled_store)
    qtbot.addWidget(form)
    labels = [label for label in form.findChildren(QLabel) if label.buddy() is not None]
    assert len(labels) >= 4
    keys = [label.text()[label.text().index("&") + 1].lower() for label in labels if "&" in label.text()]
    assert len(keys) == len(labels)
    pages = {}
    for label, key in zip(labels, keys, strict=True):  # a mnemonic is unique on its page
        pages.setdefault(label.parentWidget(), []).append(key)
    assert all(len(page) == len(set(page)) for page in pages.values())


def test_the_event_form_tabs_in_reading_order(qtbot, bundled_store) -> None:
    form = EventForm(None, bundled_store, "ev-meta-stake")
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    order, widget = [], form.title_edit
    for _step in range(9):
        order.append(widget.accessibleName())
        widget = widget.nextInFocusChain()
        while not (widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
    assert order == ["Title", "Start", "End", "Shown as", "Became public", "Category", "Certainty", "Importance", "Text"]


def test_rows_tab_in_order_and_are_named_by_number(qtbot, bundled_store) -> None:
    form = EventForm(None, bundled_store, "ev-wang-joins-meta")
    qtbot.addWidget(form)
    form.show()
    form.tabs.setCurrentIndex(1)
    editor = form.participants_editor
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    names, widget = [], editor.rows[0].named[0][0]
    while widget is not editor.add_button:
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            names.append(widget.accessibleName())
        widget = widget.nextInFocusChain()
    rows = len(editor.rows)
    expected = [(f"Participant {n} entity", f"Participant {n} role", f"Remove participant {n}") for n in range(1, rows + 1)]
    assert names == [name for row in expected for name in row]
    assert form.focusWidget() is editor.rows[-1].named[0][0]  # Add puts the focus in the new row


def test_every_rows_remove_button_shows_at_the_forms_narrowest(qtbot, bundled_store) -> None:
    """A long source title or entity name must not push a row's Remove button out of sight."""
    from explorer.ui.forms.rows import RowList

    form = EventForm(None, bundled_store, "ev-wang-joins-meta")
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.resize(form.minimumSizeHint().width(), form.height())
    checked = 0
    for page in range(form.tabs.count()):
        form.tabs.setCurrentIndex(page)
        QApplication.processEvents()
        for editor in form.tabs.widget(page).findChildren(RowList):
            viewport = editor.scroll.viewport()
            for row in editor.rows:
                button = row.remove_button
                right = button.mapTo(viewport, button.rect().topRight()).x()
                assert button.isVisible() and right < viewport.width(), (editor.noun, right, viewport.width())
                checked += 1
    assert checked >= 2  # the case's participants and citations of this event
