"""Tours in the core: built-in tours, step windows, "start from the selection" and step edits."""

from __future__ import annotations

import pytest

from explorer.core import dates, tours, undo
from explorer.core.models import Event, StepKind, Tour, TourStep
from explorer.core.store import CaseStore


def _event(uid: str, start: str, importance: int = 2, end: str | None = None) -> Event:
    return Event(uid, f"Event {uid}", dates.parse(start), end=dates.parse(end) if end else None, importance=importance)


@pytest.fixture
def store() -> CaseStore:
    store = CaseStore.in_memory()
    for event in (_event("c", "2025-06-18", 3), _event("a", "2016"), _event("b", "2025-06", 3), _event("d", "2025-07-16")):
        store.put_event(event)
    return store


def test_all_events_tour_is_every_event_in_date_order(store: CaseStore) -> None:
    tour = tours.builtin_tour(store, tours.ALL_EVENTS)
    assert tour is not None and tour.title == "All events by date"
    assert [s.event_uid for s in tour.steps] == ["a", "b", "c", "d"]
    assert all(s.kind is StepKind.EVENT for s in tour.steps)


def test_important_events_tour_keeps_turning_points_only(store: CaseStore) -> None:
    tour = tours.builtin_tour(store, tours.IMPORTANT_EVENTS)
    assert tour is not None and tour.title == "Important events"
    assert [s.event_uid for s in tour.steps] == ["b", "c"]


def test_builtin_tours_say_when_they_were_cut() -> None:
    events = [_event(f"e{i}", "2025-01-01") for i in range(tours.MAX_BUILTIN_STEPS + 1)]
    tour = tours.all_events_tour(events)
    assert len(tour.steps) == tours.MAX_BUILTIN_STEPS
    assert "first 1,000" in tour.title


def test_choices_list_stored_tours_default_first_then_builtins(store: CaseStore) -> None:
    store.put_tour(Tour("t1", "First"))
    store.put_tour(Tour("t2", "The talk", is_default=True))
    choices = tours.tour_choices(store)
    assert [c.uid for c in choices] == ["t2", "t1", tours.ALL_EVENTS, tours.IMPORTANT_EVENTS]
    assert choices[0].is_default and choices[2].is_builtin


def test_resolve_prefers_the_uid_then_the_default_then_all_events(store: CaseStore) -> None:
    assert tours.resolve_tour(store).uid == tours.ALL_EVENTS  # no stored tours at all
    store.put_tour(Tour("t1", "First"))
    assert tours.resolve_tour(store).uid == "t1"
    store.put_tour(Tour("t2", "Main", is_default=True))
    assert tours.resolve_tour(store).uid == "t2"
    assert tours.resolve_tour(store, "t1").uid == "t1"
    assert tours.resolve_tour(store, "no-such-tour").uid == "t2"
    assert tours.resolve_tour(store, tours.IMPORTANT_EVENTS).uid == tours.IMPORTANT_EVENTS


def test_find_tour_by_uid_or_title(store: CaseStore) -> None:
    store.put_tour(Tour("t1", "Board briefing"))
    assert tours.find_tour(store, "t1").uid == "t1"
    assert tours.find_tour(store, "board BRIEFING").uid == "t1"
    assert tours.find_tour(store, "important events").uid == tours.IMPORTANT_EVENTS
    assert tours.find_tour(store, "nothing like it") is None


def test_event_window_gives_context_around_an_instant(store: CaseStore) -> None:
    event = store.event("c")
    t0, t1 = tours.step_window(TourStep(StepKind.EVENT, "c"), event, (0, 1))
    assert t0 < event.t_start and t1 > event.t_end
    assert t1 - t0 >= 30 * tours.DAY


def test_explicit_window_is_used_and_widened_to_hold_its_event(store: CaseStore) -> None:
    event = store.event("c")
    june = TourStep(StepKind.EVENT, "c", window_start=dates.parse("2025-06"), window_end=dates.parse("2025-07"))
    assert tours.step_window(june, event, (0, 1)) == (dates.to_seconds(2025, 6), dates.to_seconds(2025, 8))
    missing = TourStep(StepKind.EVENT, "c", window_start=dates.parse("2020"), window_end=dates.parse("2020"))
    t0, t1 = tours.step_window(missing, event, (0, 1))
    assert t0 == dates.to_seconds(2020) and t1 > event.t_end


def test_back_to_front_window_still_spans_both_dates() -> None:
    step = TourStep(StepKind.RANGE, window_start=dates.parse("2025-07"), window_end=dates.parse("2025-06"))
    assert tours.step_window(step, None, (0, 1)) == (dates.to_seconds(2025, 6), dates.to_seconds(2025, 8))


def test_relationships_step_focuses_on_its_date() -> None:
    step = TourStep(StepKind.RELATIONSHIPS, as_of=dates.parse("2025-06-01"))
    moment = dates.to_seconds(2025, 6, 1)
    assert tours.step_focus(step, None) == (moment, moment)
    t0, t1 = tours.step_window(step, None, (0, 1))
    assert t0 < moment < t1
    assert tours.step_window(TourStep(StepKind.RANGE), None, (5, 99)) == (5, 99)  # nothing given: the whole case


def test_start_index_finds_the_event_or_the_next_step_by_date(store: CaseStore) -> None:
    tour = tours.builtin_tour(store, tours.IMPORTANT_EVENTS)  # b (June 2025), c (18 June 2025)

    def time_of(step: TourStep) -> int | None:
        return tours.step_time(step, store.event(step.event_uid))

    assert tours.start_index(tour, "c", time_of, store.event("c").t_start) == 1
    assert tours.start_index(tour, "a", time_of, store.event("a").t_start) == 0  # 2016: before both
    assert tours.start_index(tour, "d", time_of, store.event("d").t_start) == 0  # after all: from the start
    assert tours.start_index(tour, None, time_of, None) == 0


def _steps(*uids: str) -> Tour:
    return Tour("t", "T", steps=tuple(tours.event_step(uid) for uid in uids))


def test_move_reorder_insert_remove_replace_return_new_tours() -> None:
    tour = _steps("a", "b", "c", "d")
    assert [s.event_uid for s in tours.move_step(tour, 0, 2).steps] == ["b", "c", "a", "d"]
    assert [s.event_uid for s in tours.move_step(tour, 3, 0).steps] == ["d", "a", "b", "c"]
    assert [s.event_uid for s in tours.reorder_steps(tour, [3, 2, 1, 0]).steps] == ["d", "c", "b", "a"]
    assert [s.event_uid for s in tours.insert_step(tour, tours.event_step("x"), 1).steps] == ["a", "x", "b", "c", "d"]
    assert [s.event_uid for s in tours.insert_step(tour, tours.event_step("x")).steps][-1] == "x"
    assert [s.event_uid for s in tours.remove_step(tour, 1).steps] == ["a", "c", "d"]
    headline = TourStep(StepKind.RANGE, headline="June")
    assert tours.replace_step(tour, 2, headline).steps[2] == headline
    assert [s.event_uid for s in tour.steps] == ["a", "b", "c", "d"]  # the original is untouched


def test_bad_edits_are_refused() -> None:
    tour = _steps("a", "b")
    with pytest.raises(ValueError):
        tours.reorder_steps(tour, [0, 0])
    with pytest.raises(IndexError):
        tours.remove_step(tour, 2)
    with pytest.raises(IndexError):
        tours.replace_step(tour, -1, tours.event_step("x"))


def test_titles_and_copies() -> None:
    assert tours.unique_title("New tour", ["new tour", "New tour 2"]) == "New tour 3"
    copy = tours.editable_copy(Tour(tours.IMPORTANT_EVENTS, "Important events", steps=(tours.event_step("a"),)))
    assert copy.title == "Important events (copy)" and not copy.is_default and copy.uid != tours.IMPORTANT_EVENTS
    assert copy.steps == (tours.event_step("a"),)


def test_reordering_a_stored_tour_is_undoable(store: CaseStore) -> None:
    store.put_tour(_steps("a", "b", "c"))
    history = undo.UndoStack(store)
    history.run(undo.put(store, tours.move_step(store.tour("t"), 0, 2), "Reorder steps"))
    assert [s.event_uid for s in store.tour("t").steps] == ["b", "c", "a"]
    history.undo()
    assert [s.event_uid for s in store.tour("t").steps] == ["a", "b", "c"]


def test_the_bundled_tour_has_windows_for_every_step(bundled_store) -> None:
    tour = bundled_store.default_tour()
    assert tour is not None and len(tour.steps) == 12
    case_range = (dates.to_seconds(2016), dates.to_seconds(2026))
    for step in tour.steps:
        event = bundled_store.event(step.event_uid) if step.event_uid else None
        t0, t1 = tours.step_window(step, event, case_range)
        focus = tours.step_focus(step, event)
        assert t0 < t1
        assert focus is None or t0 <= focus[0] <= focus[1] <= t1


def test_resolve_tour_uid_agrees_with_resolve_tour(bundled_store) -> None:
    from explorer.core import tours

    for uid in (None, "", "no-such-tour", tours.ALL_EVENTS, tours.IMPORTANT_EVENTS, *(t.uid for t in bundled_store.tours())):
        assert tours.resolve_tour_uid(bundled_store, uid) == tours.resolve_tour(bundled_store, uid).uid, uid
