"""The forms and managers of explorer/ui/forms speak German (CASE_EXPLORER_LANG=de), and keep one
Alt+letter per control there too.

Every window of ``WINDOWS`` (test_forms_mnemonics) is opened in German and checked page by page with
the same walk as in English, and nothing may be squeezed narrower than its words. The standard
buttons count with the letters a German desktop gives them: GNOME's from Qt's own translation
("&Abbrechen", "Schl&ießen"), and the first letter as well, as KDE puts it ("&Schließen"). Each
window is also built in English to compare: a text still the same in German (a label, tab, button,
placeholder or accessible name) is one that was left a plain string, unless it is the same word in
both languages.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from explorer.ui import translation
from explorer.ui.forms.event_form import EventForm
from explorer.ui.forms.managers import SourcesDialog
from explorer.ui.forms.relationship_form import RelationshipForm
from explorer.ui.forms.source_form import SourceForm
from tests.ui.test_forms_mnemonics import WINDOWS, clashes, mnemonic, reachable

# the same in English and German: these may stay as they are
SAME_IN_GERMAN = {
    "&Name:", "Name", "&Link:", "Link", "Te&xt:", "Text", "&Wikidata:", "Wikidata", "OK", "Problem", "https://…", "Person",
    "optional", "Optional", "Normal",
}



def desktop_letters(button: QAbstractButton) -> list[str]:
    """The Alt letters a German GNOME or KDE desktop may give a standard button shown without one."""
    box = button.parentWidget()
    if not isinstance(box, QDialogButtonBox) or box.standardButton(button) == QDialogButtonBox.StandardButton.NoButton:
        return []
    if mnemonic(button.text()) or not button.text():
        return []
    english = {
        QDialogButtonBox.StandardButton.Ok: "&OK", QDialogButtonBox.StandardButton.Cancel: "&Cancel",
        QDialogButtonBox.StandardButton.Close: "&Close", QDialogButtonBox.StandardButton.Save: "&Save",
    }.get(box.standardButton(button))
    letters = {button.text()[0].lower()}
    if english and (gnome := mnemonic(QCoreApplication.translate("QGnomeTheme", english))):
        letters.add(gnome)
    return sorted(letters)


def german_reachable(window: QWidget) -> list[tuple[str, str]]:
    """As ``reachable``, with the standard buttons' letters of a German desktop instead of an English one."""
    keys = [(key, whose) for key, whose in reachable(window) if not whose.endswith("on GNOME and KDE")]
    for button in window.findChildren(QAbstractButton):
        if button.isVisible():
            keys += [(letter, f"button {button.text()!r} on a German desktop") for letter in desktop_letters(button)]
    return keys


def shown(window: QDialog, qtbot) -> QDialog:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def pages(window: QWidget) -> tuple[QTabWidget | None, range | list[None]]:
    tab_widgets = window.findChildren(QTabWidget)
    return (tab_widgets[0], range(tab_widgets[0].count())) if tab_widgets else (None, [None])


def texts(window: QWidget) -> set[str]:
    """Every word the window shows or names: title, labels, tabs, buttons, placeholders, column
    headings, accessible names, the choices of the fixed drop-downs (not the records of the case)."""
    found = {window.windowTitle()}
    # a date's note says what was understood ("Month precision: June 2025") in explorer.core's English
    found |= {label.text() for label in window.findChildren(QLabel) if label.objectName() != "dateNote"}
    found |= {button.text() for button in window.findChildren(QAbstractButton)}
    found |= {bar.tabText(i) for bar in window.findChildren(QTabBar) for i in range(bar.count())}
    found |= {edit.placeholderText() for kind in (QLineEdit, QPlainTextEdit) for edit in window.findChildren(kind)}
    found |= {tree.headerItem().text(i) for tree in window.findChildren(QTreeWidget) for i in range(tree.columnCount())}
    found |= {widget.accessibleName() for widget in window.findChildren(QWidget)}
    for box in window.findChildren(QComboBox):
        if not box.isEditable() and type(box) is QComboBox:  # a kind, role, stance, effect, certainty, importance
            found |= {box.itemText(i) for i in range(box.count())}
    return {text for text in found if text.strip() and any(c.isalpha() for c in text)}


@pytest.mark.parametrize("kind", list(WINDOWS), ids=lambda kind: kind.__name__)
def test_no_two_controls_share_an_alt_letter_in_german(german, qtbot, bundled_store, kind: type[QDialog]) -> None:
    window = shown(WINDOWS[kind](bundled_store), qtbot)
    tabs, numbers = pages(window)
    found = {}
    for page in numbers:
        if tabs is not None:
            tabs.setCurrentIndex(page)
        QApplication.processEvents()
        keys = german_reachable(window)
        assert len(keys) >= 3, (kind.__name__, page, keys)  # the walk found the controls
        found[page] = clashes(keys)
        assert not squeezed(window), (kind.__name__, page, squeezed(window))
    assert not any(found.values()), {page: clash for page, clash in found.items() if clash}
    window.reject()


def squeezed(window: QWidget) -> list[tuple[str, int, int]]:
    """The labels, buttons and tabs shown narrower than their words need, at the window's default size."""
    found = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        wraps = isinstance(widget, QLabel) and widget.wordWrap()
        if widget.isVisible() and widget.text() and not wraps and widget.width() < widget.minimumSizeHint().width():
            found.append((widget.text(), widget.width(), widget.minimumSizeHint().width()))
    for bar in window.findChildren(QTabBar):
        if bar.isVisible() and bar.width() < sum(bar.tabSizeHint(i).width() for i in range(bar.count())):
            found.append((bar.tabText(0), bar.width(), sum(bar.tabSizeHint(i).width() for i in range(bar.count()))))
    return found


@pytest.mark.parametrize("kind", list(WINDOWS), ids=lambda kind: kind.__name__)
def test_nothing_is_left_in_english(german, qapp, qtbot, bundled_store, kind: type[QDialog]) -> None:
    """Built in German and then in English, a window shares no text between the two but words the
    languages share; and its mnemonics moved with the words (German labels have &-letters too)."""
    window = shown(WINDOWS[kind](bundled_store), qtbot)
    in_german = texts(window)
    assert any(mnemonic(text) for text in in_german)
    window.reject()
    translation.install(qapp, QLocale(QLocale.Language.English))
    window = shown(WINDOWS[kind](bundled_store), qtbot)
    in_english = texts(window)
    window.reject()
    assert len(in_english) >= 5
    left = (in_german & in_english) - SAME_IN_GERMAN
    assert not left, sorted(left)


def test_the_event_form_in_german(german, qtbot, bundled_store) -> None:
    form = shown(EventForm(None, bundled_store, "ev-meta-stake"), qtbot)
    assert form.windowTitle() == "Ereignis bearbeiten"
    labels = {label.buddy(): label.text() for label in form.findChildren(QLabel) if label.buddy() is not None}
    assert labels[form.title_edit] == "&Titel:" and labels[form.category_edit] == "Katego&rie:"
    assert [form.tabs.tabText(i) for i in range(form.tabs.count())] == ["&Ereignis", "&Beteiligte", "&Quellen", "&Medien"]
    assert form.title_edit.placeholderText() == "Was geschah, in wenigen Worten"
    assert form.title_edit.accessibleName() == "Titel"
    assert form.start_edit.line.placeholderText().startswith("z. B. ")
    assert form.participants_editor.add_button.text() == "Beteiligten &hinzufügen"
    assert form.importance_box.itemText(2) == "Wendepunkt"
    row = form.participants_editor.rows[0]
    assert row.named[1][0].accessibleName() == "Beteiligter 1 Rolle" and row.remove_button.accessibleName() == "Beteiligten 1 entfernen"
    form.title_edit.setText("")  # the core's own problem stays English; the form's are German
    form.end_edit.line.setText("2020")
    assert form.end_edit.note.text().startswith("Das Ende liegt vor dem Beginn")
    form.reject()


def test_the_relationship_form_and_a_manager_in_german(german, qtbot, bundled_store) -> None:
    form = shown(RelationshipForm(None, bundled_store, "rel-meta-investor-scale"), qtbot)
    assert form.windowTitle() == "Beziehung bearbeiten"
    assert [form.tabs.tabText(i) for i in range(form.tabs.count())] == ["&Beziehung", "&Ereignisse"]
    assert form.directed_box.text().startswith("Nur in e&ine Richtung") and isinstance(form.directed_box, QCheckBox)
    assert form.label_edit.placeholderText().startswith("optional, z. B.")
    form.reject()
    manager = shown(SourcesDialog(None, bundled_store, lambda _operation: True), qtbot)
    assert manager.windowTitle() == "Quellen" and manager.add_button.text() == "Quelle &hinzufügen…"
    assert [manager.list.headerItem().text(i) for i in range(4)] == ["Herausgeber", "Titel", "Veröffentlicht", "Zitiert"]
    manager.reject()
    source = shown(SourceForm(None, bundled_store), qtbot)
    source.publisher_edit.setText("x")
    source.publisher_edit.setText("")
    assert "Eine Quelle braucht einen Herausgeber" in {label.text() for label in source.findChildren(QLabel)}
    source.reject()
