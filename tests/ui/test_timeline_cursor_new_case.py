"""In a case built by hand the time cursor starts on today; a new user added events dated
2024-25, pressed F and could not find the cursor (off the screen, so nothing to drag) while the
relationship panel kept showing 2026. The first events bring it among them, and Zoom to Fit
always leaves it in view."""

from __future__ import annotations

from pathlib import Path

from explorer.core import dates, undo
from explorer.core.casefile import new_case
from explorer.core.models import Event
from explorer.ui.main_window import MainWindow


def _add(window: MainWindow, uid: str, when: str) -> None:
    window.run(undo.put(window.store, Event(uid, f"Event {uid}", dates.parse(when)), "Add event"))


def test_the_first_events_of_a_new_case_bring_the_cursor_among_them(window_on, tmp_path: Path) -> None:
    case = tmp_path / "acquisition.case.db"
    new_case(case)
    window = window_on(case)
    timeline = window.timeline
    today = timeline.cursor_seconds()
    _add(window, "a", "2024-03-01")
    start, end = timeline.index.time_range
    assert start <= timeline.cursor_seconds() <= end and timeline.cursor_seconds() != today
    seen: list[int] = []
    timeline.cursor_moved.connect(seen.append)
    _add(window, "b", "2025-06-18")  # later events leave the cursor where it is
    assert seen == []


def test_zoom_to_fit_leaves_the_cursor_in_view(window_on, tmp_path: Path) -> None:
    case = tmp_path / "acquisition.case.db"
    new_case(case)
    window = window_on(case)
    timeline = window.timeline
    _add(window, "a", "2024-03-01")
    _add(window, "b", "2025-06-18")
    timeline.set_cursor(dates.start_seconds(dates.parse("2031-01-01")))  # dragged far past the last event
    timeline.zoom_to_fit()
    x0, x1 = timeline.visible_range()
    assert x0 <= timeline.cursor_seconds() <= x1 < dates.start_seconds(dates.parse("2026-01-01"))  # brought among them
    today = dates.start_seconds(dates.parse("2025-08-01"))  # a little after the last event: taken in, not moved
    timeline.set_cursor(today)
    timeline.zoom_to_fit()
    x0, x1 = timeline.visible_range()
    assert timeline.cursor_seconds() == today and x0 <= today <= x1
    timeline.set_cursor(dates.start_seconds(dates.parse("2024-09-01")))  # one among the events stays put
    timeline.zoom_to_fit()
    assert timeline.cursor_seconds() == dates.start_seconds(dates.parse("2024-09-01"))
