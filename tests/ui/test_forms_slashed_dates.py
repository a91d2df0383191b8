"""A date typed in numbers with slashes in the event form: "3/4/2025" could be 3 April or March 4, and
the note beside the field says so and how to write either (it said only "not a date I understand");
"25/4/2025" tells its order and is taken, as CSV import takes it. A screenshot for a person to look at."""

from __future__ import annotations

from pathlib import Path

from explorer.core.dates import PartialDate
from explorer.ui.forms.event_form import EventForm
from tests.ui.test_forms_support import replace_text

AMBIGUOUS = '"3/4/2025" could be 3 April or March 4: write 3 April 2025 or March 4, 2025'


def test_an_ambiguous_date_says_both_readings_and_an_unambiguous_one_is_taken(qtbot, bundled_store, screenshot_dir: Path) -> None:
    form = EventForm(None, bundled_store, "ev-meta-stake")
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    replace_text(qtbot, form.start_edit, "3/4/2025")
    assert form.start_edit.date() is None
    assert form.start_edit.note.text() == AMBIGUOUS
    assert form.start_edit.line.accessibleDescription() == AMBIGUOUS
    assert "#b3261e" in form.start_edit.note.styleSheet()  # a problem, in red
    assert not form.ok_button.isEnabled()
    qtbot.wait(50)  # the layout makes room for the note
    assert form.grab().save(str(screenshot_dir / "event-form-ambiguous-date.png"))

    replace_text(qtbot, form.start_edit, "3 April 2025")
    assert form.start_edit.date() == PartialDate(2025, 4, 3) and form.ok_button.isEnabled()
    for typed in ("25/4/2025", "4/25/2025"):
        replace_text(qtbot, form.reported_edit, typed)
        assert form.reported_edit.date() == PartialDate(2025, 4, 25), typed
        assert form.reported_edit.note.text() == "Day precision: 25 April 2025"
    replace_text(qtbot, form.end_edit, "4/3/2025")
    assert form.end_edit.note.text() == '"4/3/2025" could be 4 March or April 3: write 4 March 2025 or April 3, 2025'
    form.reject()
