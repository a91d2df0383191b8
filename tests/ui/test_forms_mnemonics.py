"""Every window in explorer/ui/forms gives each Alt+letter to one control only, among those reachable
at once: the tab titles, the labels, buttons and check boxes of the page shown, and the buttons below.

The event form had Alt+A for "Shown as", the Participants tab and "Add participant", Alt+E for the
Event tab and End, and Alt+P for "Became public" rather than Participants; the relationship form
had Alt+R for its tab and Certainty. On GNOME and KDE the standard buttons have mnemonics of their
own (&OK, &Cancel, &Close), so those letters are counted too: Alt+C was Category and Cancel there.

The windows are found by walking the modules of explorer.ui.forms: a new form or dialog there must
be added to ``WINDOWS`` (the test says so), and is then checked like the others.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QLabel, QTabBar, QTabWidget, QWidget

import explorer.ui.forms
from explorer.ui.forms.case_form import CaseForm
from explorer.ui.forms.entity_form import EntityForm
from explorer.ui.forms.era_form import EraForm
from explorer.ui.forms.event_form import EventForm
from explorer.ui.forms.form_dialog import FormDialog
from explorer.ui.forms.manager import RecordManager
from explorer.ui.forms.managers import ErasDialog, SourcesDialog
from explorer.ui.forms.network_managers import EntitiesDialog, RelationshipsDialog
from explorer.ui.forms.relationship_form import RelationshipForm
from explorer.ui.forms.source_form import SourceForm

BASES = {FormDialog, RecordManager}  # the frames the windows are made from, never shown themselves

# Each window as it is when it has the most in it (rows of participants, citations, events).
WINDOWS: dict[type[QDialog], Callable] = {
    EventForm: lambda store: EventForm(None, store, "ev-meta-stake"),
    RelationshipForm: lambda store: RelationshipForm(None, store, "rel-meta-investor-scale"),
    EntityForm: lambda store: EntityForm(None, store, "meta"),
    SourceForm: lambda store: SourceForm(None, store, next(iter(store.sources())).uid),
    EraForm: lambda store: EraForm(None, store, "era-after-meta"),
    CaseForm: lambda store: CaseForm(None, store),
    SourcesDialog: lambda store: SourcesDialog(None, store, lambda _operation: True),
    ErasDialog: lambda store: ErasDialog(None, store, lambda _operation: True),
    EntitiesDialog: lambda store: EntitiesDialog(None, store, lambda _operation: True),
    RelationshipsDialog: lambda store: RelationshipsDialog(None, store, lambda _operation: True),
}

# The mnemonics the GNOME and KDE platform themes give the standard buttons ("&OK", "&Cancel"…);
# other platforms show them without one.
DESKTOP_MNEMONICS = {
    QDialogButtonBox.StandardButton.Ok: "o", QDialogButtonBox.StandardButton.Cancel: "c",
    QDialogButtonBox.StandardButton.Close: "c", QDialogButtonBox.StandardButton.Save: "s",
    QDialogButtonBox.StandardButton.Yes: "y", QDialogButtonBox.StandardButton.No: "n",
}


def windows_in_forms() -> set[type[QDialog]]:
    """Every dialog class defined in a module of explorer.ui.forms, but the frames they share."""
    found: set[type[QDialog]] = set()
    for module_info in pkgutil.iter_modules(explorer.ui.forms.__path__, "explorer.ui.forms."):
        module = importlib.import_module(module_info.name)
        found |= {
            cls for _name, cls in inspect.getmembers(module, inspect.isclass)
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__ and cls not in BASES
        }
    return found


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def reachable(window: QWidget) -> list[tuple[str, str]]:
    """(letter, whose) of every mnemonic that works now: tab titles, labels with a buddy, buttons
    and check boxes, all shown (a hidden tab's page takes no Alt+letter)."""
    keys: list[tuple[str, str]] = []
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            keys += [(key, f"tab {bar.tabText(i)!r}") for i in range(bar.count()) if (key := mnemonic(bar.tabText(i)))]
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None and (key := mnemonic(label.text())):
            keys.append((key, f"label {label.text()!r}"))
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible():
            continue
        if key := mnemonic(button.text()):
            keys.append((key, f"button {button.text()!r}"))
        box = button.parentWidget()
        if isinstance(box, QDialogButtonBox) and (key := DESKTOP_MNEMONICS.get(box.standardButton(button))) and not mnemonic(button.text()):
            keys.append((key, f"button {button.text()!r} on GNOME and KDE"))
    return keys


def clashes(keys: list[tuple[str, str]]) -> dict[str, list[str]]:
    letters = [key for key, _whose in keys]
    return {letter: [whose for key, whose in keys if key == letter] for letter in sorted(set(letters)) if letters.count(letter) > 1}


def test_every_window_in_the_forms_package_is_checked() -> None:
    missing = {cls.__name__ for cls in windows_in_forms()} - {cls.__name__ for cls in WINDOWS}
    assert not missing, f"add these to WINDOWS: {sorted(missing)}"


@pytest.mark.parametrize("kind", list(WINDOWS), ids=lambda kind: kind.__name__)
def test_no_two_controls_reachable_at_once_share_an_alt_letter(qtbot, bundled_store, kind: type[QDialog]) -> None:
    window = WINDOWS[kind](bundled_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tab_widgets = window.findChildren(QTabWidget)
    pages = range(tab_widgets[0].count()) if tab_widgets else [None]
    found = {}
    for page in pages:
        if page is not None:
            tab_widgets[0].setCurrentIndex(page)
        keys = reachable(window)
        assert len(keys) >= 3, (kind.__name__, page, keys)  # the walk found the controls
        found[page] = clashes(keys)
    assert not any(found.values()), {page: clash for page, clash in found.items() if clash}
    window.reject()


def test_the_clash_check_sees_a_clash(qtbot, bundled_store) -> None:
    """The walk above would catch one: a label given the Participants tab's letter."""
    form = EventForm(None, bundled_store)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    label = next(label for label in form.findChildren(QLabel) if label.buddy() is form.title_edit)
    label.setText("Ti&tle:")
    assert not clashes(reachable(form))
    label.setText("&Participant title:")
    assert clashes(reachable(form)) == {"p": ["tab '&Participants'", "label '&Participant title:'"]}
    form.reject()
