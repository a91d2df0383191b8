"""Dates written the way Preferences ▸ Dates says: the case's English, a locale's, or ISO 8601."""

from __future__ import annotations

import pytest

from explorer.core import dates
from explorer.ui import date_text


@pytest.mark.parametrize(("style", "month", "day"), [
    ("", "June 2025", "18 June 2025"),
    ("fr_FR", "juin 2025", "18 juin 2025"),
    ("de_DE", "Juni 2025", "18. Juni 2025"),
    ("en_US", "June 2025", "June 18, 2025"),  # month before day
    ("iso", "2025-06", "2025-06-18"),
])
def test_each_style_keeps_the_precision_and_its_order(qapp, style: str, month: str, day: str) -> None:
    assert date_text.display(dates.parse("2025-06"), style) == month
    assert date_text.display(dates.parse("2025-06-18"), style) == day
    assert date_text.display(dates.parse("2025"), style) == "2025"


def test_years_qt_cannot_hold_stay_as_the_core_writes_them(qapp) -> None:
    assert date_text.display(dates.parse("-0043-03-15"), "fr_FR") == "15 mars 44 BCE"
    assert date_text.display(dates.parse("-65000000"), "de_DE") == "65 million years ago"


def test_the_chosen_style_reaches_the_event_table_and_the_timeline_cursor(main_window) -> None:
    try:
        date_text.set_style("fr_FR")
        main_window.event_table.refresh(order=main_window.timeline.index.event_id)
        model = main_window.event_table.model()
        shown = [model.index(row, 0).data() for row in range(min(model.rowCount(), 40))]
        assert any("juin 2025" in text for text in shown), shown
        main_window.timeline.set_cursor(dates.start_seconds(dates.parse("2025-06-18")))
        main_window.timeline.refresh_dates()
        assert main_window.timeline.cursor_text() == "18 juin 2025"
    finally:
        date_text.set_style("")


@pytest.mark.parametrize(("style", "shown"), [
    ("", "12 June 2025, 10:00:00.123"), ("de_DE", "12. Juni 2025, 10:00:00.123"), ("iso", "2025-06-12 10:00:00.123"),
])
def test_milliseconds_are_shown_in_every_style(qapp, style: str, shown: str) -> None:
    assert date_text.display(dates.parse("2025-06-12T10:00:00.123"), style) == shown
