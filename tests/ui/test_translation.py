"""Translations: CASE_EXPLORER_LANG=de loads the German .qm and the main window speaks German."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QMenu, QPushButton

from explorer import paths
from explorer.ui import translation


def test_compiled_translation_is_committed_next_to_its_source():
    folder = paths.resources_dir() / "translations"
    ts, qm = folder / "case_explorer_de.ts", folder / "case_explorer_de.qm"
    assert ts.is_file() and qm.is_file() and qm.stat().st_size > 1000


def test_english_needs_no_translator(qapp, monkeypatch):
    monkeypatch.setenv(translation.LANG_VARIABLE, "en")
    assert translation.chosen_locale().language() == QLocale.Language.English
    assert translation.install(qapp) is False


def test_german_menus(german, qtbot, bundled_case: Path):
    from explorer.core.casefile import open_case
    from explorer.ui.main_window import MainWindow

    window = MainWindow(open_case(bundled_case))
    qtbot.addWidget(window)
    window.remember_layout = False
    titles = [a.text() for a in window.menuBar().actions()]
    assert window.file_menu.title() == "&Datei"
    assert titles.count("&Hilfe") == 1 and "&Help" not in titles  # Check Case joined the translated Help menu
    assert titles.count("&Bearbeiten") == 1  # and Preferences the translated Edit menu
    help_texts = [a.text() for a in window.help_menu.actions()]
    assert "&Tastenkürzel" in help_texts and "Fall &prüfen…" in help_texts
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Bearbeiten")
    assert isinstance(edit_menu, QMenu) and "&Einstellungen…" in [a.text() for a in edit_menu.actions()]
    assert window.open_action.text() == "Ö&ffnen…"
    assert window.file_menu.actions()[-1] is window.quit_action  # Restore from Backup… stays above Beenden
    assert window.file_menu.actions()[-2].isSeparator()
    dialog = window.help.show_shortcuts()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Tastenkürzel"
    assert any(row.group == "Datei" for row in dialog.rows)
    dialog.close()
    window.close()


def test_german_menus_get_preferences_and_check_in_the_windows_own_menus(german, qtbot, bundled_case: Path):
    """Maintenance and Preferences use the window's own menus, not menus found by an English title:
    translated, nothing lands in a second Help or Edit menu of its own."""
    from explorer.core.casefile import open_case
    from explorer.ui.main_window import MainWindow

    window = MainWindow(open_case(bundled_case))
    qtbot.addWidget(window)
    window.remember_layout = False
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    assert window.help_menu.title() == "&Hilfe" and window.edit_menu.title() == "&Bearbeiten"
    assert len(menus) == len(set(m.title() for m in menus))  # no second Help or Edit
    assert window.maintenance.check_action in window.help_menu.actions()
    assert window.help_menu.actions()[-3] is window.maintenance.check_action  # after the help pages, before About
    assert window.preferences.action in window.edit_menu.actions()
    file_actions = window.file_menu.actions()
    assert file_actions[-1] is window.quit_action  # Beenden stays last, found without its English text
    assert window.maintenance.restore_action in file_actions
    window.close()


def test_german_present_notes_and_progress_texts(german, qtbot, bundled_case: Path):
    """The Present menu, the notes' menu entries and the progress dialog speak German too."""
    from explorer.core.casefile import open_case
    from explorer.ui.main_window import MainWindow
    from explorer.ui.progress import progress_dialog

    window = MainWindow(open_case(bundled_case))
    qtbot.addWidget(window)
    window.remember_layout = False
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Präsentieren" in titles and "&Present" not in titles
    assert titles.index("&Präsentieren") == titles.index("&Hilfe") - 1  # before Help, found without its English title
    assert [a.text() for a in window.presenter.menu.actions()][:2] == ["Von &Anfang an", "Ab Aus&wahl"]
    edit_texts = [a.text() for a in window.edit_menu.actions()]
    assert "Neue &Notiz" in edit_texts and "&Autorenname…" in edit_texts
    assert "&Kurzbericht exportieren…" in [a.text() for a in window.file_menu.actions()]
    dialog = progress_dialog(window, "t", "l")
    assert dialog.findChild(QPushButton).text() == "Abbrechen"
    dialog.close()
    window.close()


def test_german_preferences_copy_import_and_relationship_sentences(german, qtbot, bundled_case: Path):
    """This round's strings: Preferences, File ▸ Save a Copy / Import, the search panel and the
    relationship sentences speak German, with their placeholders filled."""
    from explorer.core.casefile import open_case
    from explorer.ui.main_window import MainWindow
    from explorer.ui.relationships import wording

    window = MainWindow(open_case(bundled_case))
    qtbot.addWidget(window)
    window.remember_layout = False
    file_texts = [a.text() for a in window.file_menu.actions()]
    assert "Ko&pie speichern…" in file_texts and "Importieren…" in file_texts and "Exportieren…" in file_texts
    assert window.search.results.accessibleName() == "Liste der Suchergebnisse"
    dialog = window.preferences.show()
    assert dialog.windowTitle() == "Einstellungen"
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    assert {"&Farbschema:", "Schrift&größe:", "&Datumsformat:", "&Wöchentliche Sicherungen behalten:"} <= labels
    assert dialog.font_spin.specialValueText() == "Systemstandard" and dialog.keep_spin.suffix() == " Wochen"
    assert dialog.dates_box.itemText(0).startswith("Wie im Fall: ") and "{day}" not in dialog.dates_box.itemText(0)
    dialog.reject()
    relationships = window.store.relationships()
    templates = {wording.template(r) for r in relationships}
    assert templates and not any(word in t for t in templates for word in (" is ", " of ", " in ", " to ")), templates
    first = relationships[0]
    said = wording.sentence(first, {first.source_uid: "Meta", first.target_uid: "Scale AI"})
    assert said.startswith("Meta ") and "Scale AI" in said and "%" not in said
    window.close()


def test_german_menus_have_one_mnemonic_per_letter(german, qtbot, bundled_case: Path):
    """Within each translated menu, the Edit menu too, no two entries share an Alt+letter."""
    import re

    from explorer.core.casefile import open_case
    from explorer.ui.main_window import MainWindow

    window = MainWindow(open_case(bundled_case))
    qtbot.addWidget(window)
    window.remember_layout = False
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    assert window.edit_menu in menus
    menus += [a.menu() for menu in list(menus) for a in menu.actions() if isinstance(a.menu(), QMenu)]
    menus.append(window.menuBar())
    assert len(menus) > 5
    for menu in menus:
        letters = [found.group(1).lower() for a in menu.actions()
                   if (found := re.search(r"&([^&])", a.text().replace("&&", "")))]
        assert len(letters) == len(set(letters)), (menu.title(), [a.text() for a in menu.actions()])
    window.close()


def test_german_edit_menu_search_wording_new_case_import_and_whole_case(german, qtbot, bundled_case: Path):
    """This round's strings: the Edit menu's forms, the search box's placeholder and hint, the
    new-case import (filed under its own context, as looked up), the notes panel's whole case and
    the shortcuts filter that matches nothing."""
    from PySide6.QtCore import QCoreApplication

    from explorer.core.casefile import open_case
    from explorer.core.notes.anchors import NoteAnchor
    from explorer.ui.main_window import MainWindow
    from explorer.ui.search import wording
    from explorer.ui.search.worker import SearchPage

    window = MainWindow(open_case(bundled_case))
    qtbot.addWidget(window)
    window.remember_layout = False
    edit_texts = [a.text() for a in window.edit_menu.actions()]
    assert {"Neues Erei&gnis…", "Ne&uer Akteur…", "Auswahl bearbe&iten…", "A&kteure…", "Bezie&hungen…"} <= set(edit_texts)
    assert not any(text in edit_texts for text in ("New E&vent…", "Relations&hips…", "S&ources…"))
    assert window.forms.new_event_action.statusTip() == "Ein Ereignis am Zeitcursor hinzufügen"
    assert wording.placeholder() == "Ereignisse, Akteure, Notizen suchen…"
    assert wording.summary(None) == wording.HINT and wording.HINT.startswith("Tippen Sie")
    page = SearchPage(generation=1, text="zzz")
    assert wording.summary(page) == "Keine Ergebnisse für „zzz“"
    assert QCoreApplication.translate("NewCaseImport", "Import finished") == "Import abgeschlossen"
    assert window.notes.panel.describe(NoteAnchor.case()) == "Der ganze Fall"
    filters = window.search.filter_box
    assert [c.title_label.text() for c in (filters.entities, filters.categories, filters.certainties)] == [
        "<b>Akteure</b>", "<b>Kategorien</b>", "<b>Gewissheit</b>"]
    assert filters.entities.objectName() == "checklistEntities"  # object names stay English
    compare = window.relationships_controller.panel
    compare.set_comparing(True)
    summary = compare.compare_view.summary.text()
    assert "added" not in summary and ("hinzugekommen" in summary or "keine Änderungen" in summary), summary
    compare.set_comparing(False)
    window.notes.panel.set_scope("all")
    assert window.notes.panel.title.text() == "Alle Notizen des Falls"
    dialog = window.help.show_shortcuts()
    qtbot.addWidget(dialog)
    assert QCoreApplication.translate("ShortcutsDialog", "No shortcut matches “%1”") == "Kein Tastenkürzel passt zu „%1“"
    dialog.close()
    window.close()
