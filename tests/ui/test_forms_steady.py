"""Forms found wanting in a new user's trial: rows that stay put while one types, and the web page check.

Screenshots go to tests/screenshots/ for a person to look at.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from explorer.core.dates import PartialDate
from explorer.core.models import Entity, EntityKind
from explorer.core.store import RecordError
from explorer.ui.forms.entity_form import EntityForm
from explorer.ui.forms.era_form import EraForm
from explorer.ui.forms.event_form import EventForm
from explorer.ui.forms.form_dialog import FormDialog
from explorer.ui.forms.rules import check_web_page, web_address
from tests.conftest import SCREENSHOTS
from tests.ui.test_forms_support import activate, replace_text

SHOTS = SCREENSHOTS  # tests/screenshots/, for a person to look at


def _shown(qtbot, form: FormDialog) -> FormDialog:
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def _top(form: QWidget, widget: QWidget) -> int:
    return widget.mapTo(form, widget.rect().topLeft()).y()


def _message(form: FormDialog, key: str) -> str:
    """The problem the form shows beside a field ('' when none is)."""
    shown = form._fields[key]
    return shown.text() if shown.isVisible() else ""


def test_typing_a_title_leaves_the_start_field_where_it_was(qtbot, bundled_store) -> None:
    form = _shown(qtbot, EventForm(None, bundled_store, start=PartialDate(2025, 6)))
    assert _message(form, "title") == "An event needs a title"  # the grey hint of an untouched new event
    before = {name: _top(form, getattr(form, name)) for name in ("start_edit", "end_edit", "category_edit", "body_edit")}
    qtbot.keyClicks(form.title_edit, "OpenAI stops using Scale")
    qtbot.wait(10)  # let the layout settle, as it would before the user's next click
    assert _message(form, "title") == ""
    assert {name: _top(form, getattr(form, name)) for name in before} == before
    SHOTS.mkdir(parents=True, exist_ok=True)
    form.grab().save(str(SHOTS / "event-new-title-typed.png"))
    form.title_edit.clear()  # the hint comes back in the same room
    qtbot.wait(10)
    assert _message(form, "title") == "An event needs a title"
    assert {name: _top(form, getattr(form, name)) for name in before} == before


@pytest.mark.parametrize("make, key, field, bad, good, below", [
    (lambda store: EntityForm(None, store, "meta"), "wikidata", "wikidata_edit", "Q", "Q380", None),
    (lambda store: EntityForm(None, store, "meta"), "color", "color_field", "#12", "#123456", "url_edit"),
    (lambda store: EntityForm(None, store, "meta"), "url", "url_edit", "not a url", "meta.com", "wikidata_edit"),
    (lambda store: EraForm(None, store, "era-after-meta"), "title", "title_edit", "", "After Meta", "start_edit"),
])
def test_a_problem_coming_and_going_moves_no_row(qtbot, bundled_store, make, key, field, bad, good, below) -> None:
    form = _shown(qtbot, make(bundled_store))
    control = getattr(form, field)
    # neither the field (a stretching text box above may give way) nor the rows below may move
    watched = [w for w in (control, getattr(form, below) if below else None, form.ok_button) if w is not None]
    before = [_top(form, w) for w in watched]
    replace_text(qtbot, getattr(control, "edit", control), bad)
    qtbot.wait(10)
    assert _message(form, key), f"{bad!r} should be refused"
    assert [_top(form, w) for w in watched] == before
    replace_text(qtbot, getattr(control, "edit", control), good)
    qtbot.wait(10)
    assert _message(form, key) == ""
    assert [_top(form, w) for w in watched] == before


@pytest.mark.parametrize("typed, saved", [
    ("https://example.com/about", "https://example.com/about"),
    ("  http://example.com  ", "http://example.com"),
    ("example.com", "https://example.com"),
    ("www.example.co.uk/team?x=1", "https://www.example.co.uk/team?x=1"),
    ("", None),
])
def test_web_addresses_the_form_accepts(typed: str, saved: str | None) -> None:
    assert web_address(typed) == saved
    check_web_page(web_address(typed))


@pytest.mark.parametrize("typed, words", [
    ("not a url", "is not a web address"),
    ("Q42", "is not a web address"),
    ("ftp://example.com/file", "use an http:// or https:// address"),
    ("mailto:press@example.com", "is not a web address"),
    ("https://", "is not a web address"),
    ("https://exa mple.com", "is not a web address"),
    ("http://[::1", "is not a web address"),
])
def test_web_addresses_the_form_refuses(typed: str, words: str) -> None:
    with pytest.raises(RecordError) as refused:
        check_web_page(web_address(typed))
    assert refused.value.field == "url" and words in refused.value.problem and repr(typed) in refused.value.problem


def test_the_entity_form_refuses_a_web_page_that_is_not_one(qtbot, bundled_store) -> None:
    form = _shown(qtbot, EntityForm(None, bundled_store))
    activate(qtbot, form)  # the keyboard focus moves on Tab only in the active window
    qtbot.keyClicks(form.name_edit, "Nvidia")
    qtbot.keyClicks(form.url_edit, "not a url")
    assert _message(form, "url") == "'not a url' is not a web address like https://example.com"
    assert not form.ok_button.isEnabled()
    qtbot.keyClick(form.url_edit, Qt.Key.Key_Return)  # Enter presses OK: the form stays open and says why
    assert form.isVisible() and form.result() == 0
    assert _message(form, "url")
    SHOTS.mkdir(parents=True, exist_ok=True)
    form.grab().save(str(SHOTS / "entity-bad-web-page.png"))
    replace_text(qtbot, form.url_edit, "nvidia.com")
    assert _message(form, "url") == "" and form.ok_button.isEnabled()
    qtbot.keyClick(form.url_edit, Qt.Key.Key_Tab)  # leaving the field shows the address that will be saved
    assert form.url_edit.text() == "https://nvidia.com"
    assert form.entity().url == "https://nvidia.com"


def test_an_odd_web_page_already_in_a_case_stays_until_the_form_edits_it(qtbot, bundled_store) -> None:
    bundled_store.put_entity(Entity("odd", EntityKind.COMPANY, "Odd Co", url="see the annual report"))
    assert bundled_store.entity("odd").url == "see the annual report"  # the store (and imports) keep it
    form = _shown(qtbot, EntityForm(None, bundled_store, "odd"))
    assert "is not a web address" in _message(form, "url")  # the form says so at once, beside the field
    replace_text(qtbot, form.url_edit, "odd.example")
    assert _message(form, "url") == "" and form.ok_button.isEnabled()
