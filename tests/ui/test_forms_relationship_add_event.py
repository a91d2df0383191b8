"""Add Event in the relationship form offers the event closest to the relationship's start (as typed
in the form), a second press the next closest; without a start, the first event of the case. It
always offered the first event (Alexandr Wang founds Scale AI, 2016), whatever the start."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.ui.forms.relationship_form import RelationshipForm
from tests.ui.test_forms_support import replace_text


def _form(qtbot, store, *args, **options) -> RelationshipForm:
    form = RelationshipForm(None, store, *args, **options)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def _add(qtbot, form: RelationshipForm) -> str | None:
    form.tabs.setCurrentIndex(1)
    qtbot.mouseClick(form.effects_editor.add_button, Qt.MouseButton.LeftButton)
    return form.effects_editor.rows[-1].named[0][0].uid()


def test_add_event_offers_the_event_closest_to_the_start(qtbot, bundled_store) -> None:
    form = _form(qtbot, bundled_store, source="meta", target="scale-ai")
    replace_text(qtbot, form.start_edit, "10 July 2025")
    assert _add(qtbot, form) == "ev-scale-layoffs"  # 16 July 2025
    assert _add(qtbot, form) == "ev-droege-pivot"  # then the next closest: 18 June (the first of three, by title)
    form.tabs.setCurrentIndex(0)
    replace_text(qtbot, form.start_edit, "2015")
    assert _add(qtbot, form) == "ev-scale-founded"
    form.reject()


def test_an_edited_relationship_goes_by_its_stored_start(qtbot, bundled_store) -> None:
    form = _form(qtbot, bundled_store, "rel-openai-customer-mercor")  # starts in 2025, no events yet
    assert form.start_edit.text() == "2025"
    assert _add(qtbot, form) == "ev-wang-joins-meta"  # June 2025 is closer to 1 January 2025 than 2024 is; the first by title
    form.reject()


def test_without_a_start_the_first_event_and_a_selected_event_comes_first(qtbot, bundled_store) -> None:
    form = _form(qtbot, bundled_store, source="meta", target="scale-ai")
    assert form.start_edit.date() is None
    assert _add(qtbot, form) == "ev-scale-founded"
    form.reject()
    form = _form(qtbot, bundled_store, source="meta", target="scale-ai", selected_event="ev-friar-vivatech")
    replace_text(qtbot, form.start_edit, "10 July 2025")
    assert _add(qtbot, form) == "ev-friar-vivatech"  # the event selected in the window, as before
    form.reject()
