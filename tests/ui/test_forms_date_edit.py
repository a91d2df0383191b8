"""DateEdit: what it understood (with the precision) beside the field, or why it is not a date."""

from __future__ import annotations

from explorer.core.dates import PartialDate
from explorer.ui.forms.date_edit import DateEdit


def _edit(qtbot, **options) -> DateEdit:
    edit = DateEdit(None, name="Start", **options)
    qtbot.addWidget(edit)
    return edit


def test_shows_the_date_it_understood_with_its_precision(qtbot) -> None:
    edit = _edit(qtbot)
    with qtbot.waitSignal(edit.changed):
        qtbot.keyClicks(edit.line, "Jun 2025")
    assert edit.date() == PartialDate(2025, 6)
    assert edit.problem() is None
    assert edit.note.text() == "Month precision: June 2025"
    assert edit.line.accessibleDescription() == "Month precision: June 2025"


def test_shows_why_text_is_not_a_date(qtbot) -> None:
    edit = _edit(qtbot)
    qtbot.keyClicks(edit.line, "30 February 2025")
    assert edit.date() is None
    assert edit.problem() == "30 February 2025 does not exist"
    assert edit.note.text() == "30 February 2025 does not exist"
    assert "color: #b3261e" in edit.note.styleSheet()
    edit.line.clear()
    qtbot.keyClicks(edit.line, "44 BCE")
    assert edit.date() == PartialDate(-43)
    assert edit.note.text() == "Year precision: 44 BCE"


def test_required_and_optional_when_empty(qtbot) -> None:
    required, optional = _edit(qtbot), _edit(qtbot, optional=True)
    assert required.problem() == "a date is needed" and required.note.text() == "Required"
    assert optional.problem() is None and optional.date() is None and optional.note.text() == "Optional"


def test_set_date_writes_the_friendly_text_back(qtbot) -> None:
    edit = _edit(qtbot)
    edit.set_date(PartialDate(-65_000_000))
    assert edit.text() == "65 million years ago"
    assert edit.date() == PartialDate(-65_000_000)
    edit.set_date(PartialDate(2025, 6, 18, 14, 30))
    assert edit.text() == "18 June 2025, 14:30"
    assert edit.note.text() == "Minute precision: 18 June 2025, 14:30"


def test_a_form_problem_shows_in_the_same_place(qtbot) -> None:
    edit = _edit(qtbot)
    edit.set_date(PartialDate(2025))
    edit.set_problem("the end is before the start (June 2026)")
    assert edit.note.text() == "The end is before the start (June 2026)"
    edit.set_problem(None)
    assert edit.note.text() == "Year precision: 2025"


def test_a_date_with_milliseconds_is_written_and_read_back(qtbot) -> None:
    edit = _edit(qtbot)
    edit.set_date(PartialDate(2025, 6, 12, 10, 0, 0, 123))
    assert edit.text() == "12 June 2025, 10:00:00.123"
    assert edit.date() == PartialDate(2025, 6, 12, 10, 0, 0, 123)
    assert edit.note.text() == "Millisecond precision: 12 June 2025, 10:00:00.123"
    edit.line.setText("12 June 2025 10:00:00.5")
    assert edit.date() is None and edit.note.text() == "Write the milliseconds in three digits, as in 14:30:05.250 (not .5)"
