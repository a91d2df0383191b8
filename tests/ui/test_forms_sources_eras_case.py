"""The Sources and Eras managers and the Case Details form, opened from the Edit menu; each change undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from explorer.core.dates import PartialDate
from explorer.core.models import CitationTarget
from explorer.ui.forms.actions import FormActions, install
from explorer.ui.forms.case_form import CaseForm
from explorer.ui.forms.era_form import EraForm
from explorer.ui.forms.managers import ErasDialog, SourcesDialog
from explorer.ui.forms.source_form import SourceForm
from explorer.ui.main_window import MainWindow
from tests.ui.test_forms_support import ModalDriver, activate, ok, replace_text


@pytest.fixture
def forms(main_window: MainWindow) -> FormActions:
    return getattr(main_window, "forms", None) or install(main_window)


def _choose(dialog, column: int, text: str) -> None:
    found = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
    dialog.list.setCurrentItem(next(item for item in found if item.text(column) == text))


def test_sources_manager_adds_edits_and_deletes_each_as_an_undoable_step(qtbot, forms: FormActions, main_window) -> None:
    store = main_window.store
    sources, citations = store.sources(), store.citations()
    driver = ModalDriver(qtbot)

    def add(form: SourceForm) -> None:
        assert form.windowTitle() == "New Source" and not form.ok_button.isEnabled()
        qtbot.keyClicks(form.publisher_edit, "The Verge")
        qtbot.keyClicks(form.title_edit, "Can Scale stay neutral?")
        qtbot.keyClicks(form.url_edit, "https://example.com/verge")
        qtbot.keyClicks(form.published_edit.line, "31 June 2025")
        assert form.published_edit.note.text() == "31 June 2025 does not exist" and not form.ok_button.isEnabled()
        replace_text(qtbot, form.published_edit, "June 19, 2025")
        ok(qtbot, form)

    def retitle(form: SourceForm) -> None:
        assert form.windowTitle() == "Edit Source" and form.publisher_edit.text() == "The Verge"
        replace_text(qtbot, form.title_edit, "")
        assert not form.ok_button.isEnabled()
        qtbot.keyClicks(form.title_edit, "Can Scale AI stay neutral?")
        ok(qtbot, form)

    def manage(dialog: SourcesDialog) -> None:
        assert dialog.list.topLevelItemCount() == len(sources)
        driver.on_next(SourceForm, add)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert [dialog.list.currentItem().text(c) for c in range(4)] == ["The Verge", "Can Scale stay neutral?", "19 June 2025", ""]
        driver.on_next(SourceForm, retitle)
        qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
        assert dialog.list.currentItem().text(1) == "Can Scale AI stay neutral?"
        _choose(dialog, 1, "Coverage of the size and terms of Meta's stake in Scale AI")
        assert dialog.list.currentItem().text(3) == "once"
        activate(qtbot, dialog)
        dialog.list.setFocus()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
        assert dialog.list.topLevelItemCount() == len(sources)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)

    main_window.select_event("ev-meta-stake")
    assert "Coverage of the size" in main_window.detail.text()
    driver.on_next(SourcesDialog, manage)
    forms.sources_action.trigger()
    driver.check()
    added = next(s for s in store.sources() if s.publisher == "The Verge")
    assert (added.title, added.url) == ("Can Scale AI stay neutral?", "https://example.com/verge")
    assert added.published == PartialDate(2025, 6, 19)
    assert store.source("src-reuters-deal") is None
    assert not any(c.source_uid == "src-reuters-deal" for c in store.citations_on(CitationTarget.EVENT, "ev-meta-stake"))
    assert "Coverage of the size" not in main_window.detail.text()
    assert main_window.undo_action.text() == "&Undo Delete source"
    for _step in range(3):
        main_window.undo()
    assert store.sources() == sources and store.citations() == citations
    assert "Coverage of the size" in main_window.detail.text()


def test_eras_manager_adds_edits_and_deletes_eras_on_the_timeline(qtbot, forms: FormActions, main_window) -> None:
    store = main_window.store
    eras = store.eras()
    driver = ModalDriver(qtbot)

    def add(form: EraForm) -> None:
        qtbot.keyClicks(form.title_edit, "Talks with Nvidia")
        qtbot.keyClicks(form.start_edit.line, "June 2025")
        qtbot.keyClicks(form.end_edit.line, "May 2025")
        assert form.end_edit.note.text() == "The end is before the start (June 2025)" and not form.ok_button.isEnabled()
        replace_text(qtbot, form.end_edit, "Aug 2025")
        qtbot.keyClicks(form.color_field.edit, "#aa3377")
        ok(qtbot, form)

    def rename(form: EraForm) -> None:
        replace_text(qtbot, form.title_edit, "Nvidia talks")
        ok(qtbot, form)

    def manage(dialog: ErasDialog) -> None:
        driver.on_next(EraForm, add)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert [dialog.list.currentItem().text(c) for c in range(3)] == ["Talks with Nvidia", "June – August 2025", "#aa3377"]
        assert "Talks with Nvidia" in [band.title for band in main_window.timeline.backdrop.eras]
        driver.on_next(EraForm, rename)
        activate(qtbot, dialog)
        dialog.list.setFocus()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter edits the chosen era
        assert dialog.list.currentItem().text(0) == "Nvidia talks"
        _choose(dialog, 0, eras[0].title)
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    driver.on_next(ErasDialog, manage)
    forms.eras_action.trigger()
    driver.check()
    titles = [band.title for band in main_window.timeline.backdrop.eras]
    assert "Nvidia talks" in titles and eras[0].title not in titles
    assert main_window.undo_action.text() == "&Undo Delete era"
    for _step in range(3):
        main_window.undo()
    assert store.eras() == eras
    assert [band.title for band in main_window.timeline.backdrop.eras] == [era.title for era in eras]


def test_case_details_are_edited_as_one_step(qtbot, forms: FormActions, main_window) -> None:
    store = main_window.store
    meta = store.meta()
    driver = ModalDriver(qtbot)

    def edit(form: CaseForm) -> None:
        assert form.title_edit.text() == meta["title"] and form.view_start_edit.text() == "20 May 2025"
        replace_text(qtbot, form.title_edit, "Scale AI and the price of neutrality")
        replace_text(qtbot, form.authors_edit, "")
        replace_text(qtbot, form.view_end_edit, "1 May 2025")
        assert form.view_end_edit.note.text() == "The end is before the start (20 May 2025)"
        assert not form.ok_button.isEnabled()
        replace_text(qtbot, form.view_end_edit, "August 2025")
        ok(qtbot, form)

    driver.on_next(CaseForm, edit)
    forms.case_details_action.trigger()
    driver.check()
    assert store.title == "Scale AI and the price of neutrality"
    assert "authors" not in store.meta() and store.meta()["view_end"] == "2025-08"
    assert main_window.windowTitle().startswith("Scale AI and the price of neutrality")
    assert main_window.undo_action.text() == "&Undo Edit case details"
    main_window.undo()
    assert store.meta() == meta and main_window.windowTitle().startswith(meta["title"])


def test_cancelled_forms_change_nothing(qtbot, forms: FormActions, main_window) -> None:
    counts = main_window.store.counts()
    driver = ModalDriver(qtbot)
    for action, kind in (
        (forms.new_event_action, "eventForm"), (forms.new_entity_action, "entityForm"),
        (forms.new_relationship_action, "relationshipForm"), (forms.case_details_action, "caseForm"),
    ):
        def cancel(form: QDialog, kind: str = kind) -> None:
            assert form.objectName() == kind
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

        driver.on_next(QDialog, cancel)
        action.trigger()
        driver.check()
    assert main_window.store.counts() == counts and main_window.undo_action.text() == "&Undo"
