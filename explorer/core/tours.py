"""Tours as presenters use them: built-in tours made on the fly, step windows, and step edits.

A stored tour is the author's talk; two more are built from the case whenever they are asked
for ("All events by date" and "Important events"), never stored. A step's *window* is the span
the timeline strip shows; its *focus* is what the strip marks (the event, or the "as of" date).
Edits never change a tour in place: each returns a new ``Tour`` value for ``undo.put``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from explorer.core import dates
from explorer.core.models import Event, StepKind, Tour, TourStep, new_uid
from explorer.core.store import CaseStore

ALL_EVENTS = "builtin:all-events"
IMPORTANT_EVENTS = "builtin:important-events"
BUILTIN_TITLES = {ALL_EVENTS: "All events by date", IMPORTANT_EVENTS: "Important events"}
MAX_BUILTIN_STEPS = 1000  # a talk longer than this is not a talk; the title says when it was cut
TURNING_POINT = 3  # importance of the events in "Important events"

DAY = 86_400
_MIN_EVENT_WINDOW = 30 * DAY  # an instant still gets a month or so of context around it
_RELATIONSHIPS_WINDOW = 90 * DAY


@dataclass(frozen=True)
class TourChoice:
    uid: str
    title: str
    is_default: bool = False
    is_builtin: bool = False


def is_builtin(uid: str | None) -> bool:
    return uid in BUILTIN_TITLES


def event_step(event_uid: str) -> TourStep:
    """A step showing one event, with the strip window worked out from the event."""
    return TourStep(StepKind.EVENT, event_uid=event_uid)


def _builtin(uid: str, events: Sequence[Event], cut: bool) -> Tour:
    title = BUILTIN_TITLES[uid] + (f" (first {MAX_BUILTIN_STEPS:,})" if cut else "")
    return Tour(uid=uid, title=title, steps=tuple(event_step(event.uid) for event in events))


def all_events_tour(events: Sequence[Event]) -> Tour:
    """Every event in date order, one step each (events given in any order)."""
    ordered = sorted(events, key=lambda e: (e.t_start, e.t_end, e.title))
    return _builtin(ALL_EVENTS, ordered[:MAX_BUILTIN_STEPS], len(ordered) > MAX_BUILTIN_STEPS)


def important_events_tour(events: Sequence[Event]) -> Tour:
    """The turning points of the story (importance 3) in date order."""
    ordered = sorted((e for e in events if e.importance >= TURNING_POINT), key=lambda e: (e.t_start, e.t_end, e.title))
    return _builtin(IMPORTANT_EVENTS, ordered[:MAX_BUILTIN_STEPS], len(ordered) > MAX_BUILTIN_STEPS)


def builtin_tour(store: CaseStore, uid: str) -> Tour | None:
    """Build a built-in tour from the case as it is now (fast at a million events: it reads only
    the first steps, in the order of the timeline index)."""
    if not is_builtin(uid):
        return None
    # the first steps in time order, straight from the timeline index: no need to read every event
    where = "WHERE importance >= ?" if uid == IMPORTANT_EVENTS else "WHERE ? IS NOT NULL"
    rows = store.conn.execute(f"SELECT id FROM event INDEXED BY event_timeline {where} LIMIT ?", (TURNING_POINT, MAX_BUILTIN_STEPS + 1))
    events = store.events_by_id([row[0] for row in rows])
    maker = important_events_tour if uid == IMPORTANT_EVENTS else all_events_tour
    return maker(events)  # given one event too many, it says in its title that it was cut


def tour_choices(store: CaseStore) -> list[TourChoice]:
    """The tours a presenter can pick: the case's own (default first), then the built-in ones."""
    stored = sorted(store.tours(), key=lambda t: not t.is_default)
    return [TourChoice(t.uid, t.title, t.is_default) for t in stored] + [
        TourChoice(uid, title, is_builtin=True) for uid, title in BUILTIN_TITLES.items()
    ]


def resolve_tour_uid(store: CaseStore, uid: str | None = None) -> str:
    """The uid ``resolve_tour`` would give, without building a built-in tour."""
    if uid and (is_builtin(uid) or store.tour(uid) is not None):
        return uid
    stored = store.tours()
    tour = store.default_tour() or (stored[0] if stored else None)
    return tour.uid if tour is not None else ALL_EVENTS


def resolve_tour(store: CaseStore, uid: str | None = None) -> Tour:
    """The tour with this uid, else the default tour, else the first stored one, else all events."""
    tour = (builtin_tour(store, uid) if is_builtin(uid) else store.tour(uid)) if uid else None
    if tour is None:
        stored = store.tours()
        tour = store.default_tour() or (stored[0] if stored else None)
    return tour if tour is not None else builtin_tour(store, ALL_EVENTS)  # type: ignore[return-value]


def find_tour(store: CaseStore, name: str) -> Tour | None:
    """A tour by uid or by title (case-insensitive), built-in ones included; None when none matches."""
    if is_builtin(name) or store.tour(name) is not None:
        return resolve_tour(store, name)
    wanted = name.strip().casefold()
    for choice in tour_choices(store):
        if choice.title.casefold() == wanted:
            return resolve_tour(store, choice.uid)
    return None


# --- where a step looks on the timeline ---------------------------------------------------------


def step_focus(step: TourStep, event: Event | None) -> tuple[int, int] | None:
    """What the strip marks: the event's span, or the "as of" instant of a relationships step."""
    if step.kind is StepKind.EVENT and event is not None:
        return event.t_start, event.t_end
    if step.kind is StepKind.RELATIONSHIPS and step.as_of is not None:
        moment = dates.start_seconds(step.as_of)
        return moment, moment
    return None


def step_time(step: TourStep, event: Event | None) -> int | None:
    """One moment for the step (for sorting and "start from the selection")."""
    focus = step_focus(step, event)
    if focus is not None:
        return focus[0]
    if step.window_start is not None:
        return dates.start_seconds(step.window_start)
    return None


def _padded(t0: int, t1: int, minimum: int, factor: float = 1.5) -> tuple[int, int]:
    length = max(t1 - t0, minimum)
    return int(t0 - length * factor), int(t1 + length * factor)


def step_window(step: TourStep, event: Event | None, case_range: tuple[int, int]) -> tuple[int, int]:
    """The span of time the strip shows for a step; it always contains the step's focus."""
    focus = step_focus(step, event)
    if step.window_start is not None or step.window_end is not None:
        given = [d for d in (step.window_start, step.window_end) if d is not None]
        t0 = min(dates.start_seconds(d) for d in given)  # a window given back to front still works
        t1 = max(dates.end_seconds(d) for d in given)
    elif focus is not None:
        minimum = _RELATIONSHIPS_WINDOW if step.kind is StepKind.RELATIONSHIPS else _MIN_EVENT_WINDOW
        t0, t1 = _padded(*focus, minimum, factor=1.0 if step.kind is StepKind.RELATIONSHIPS else 1.5)
    else:
        t0, t1 = case_range
    if focus is not None and (focus[0] < t0 or focus[1] > t1):  # a window that misses its event: widen it
        margin = max(t1 - t0, focus[1] - focus[0], DAY) // 10
        t0, t1 = min(t0, focus[0] - margin), max(t1, focus[1] + margin)
    return t0, max(t1, t0 + 60)


def start_index(tour: Tour, event_uid: str | None, time_of: Callable[[TourStep], int | None], event_time: int | None) -> int:
    """Where "start from the selection" begins: the step showing the event, else the first step at
    or after the event's date, else the first step."""
    if event_uid is None:
        return 0
    for index, step in enumerate(tour.steps):
        if step.event_uid == event_uid:
            return index
    if event_time is not None:
        for index, step in enumerate(tour.steps):
            moment = time_of(step)
            if moment is not None and moment >= event_time:
                return index
    return 0


# --- edits: each returns a new Tour ------------------------------------------------------------


def _with_steps(tour: Tour, steps: Sequence[TourStep]) -> Tour:
    return replace(tour, steps=tuple(steps))


def reorder_steps(tour: Tour, order: Sequence[int]) -> Tour:
    """The tour with its steps in this order (a permutation of the step indexes)."""
    if sorted(order) != list(range(len(tour.steps))):
        raise ValueError(f"{list(order)} is not an order of the {len(tour.steps)} steps")
    return _with_steps(tour, [tour.steps[i] for i in order])


def move_step(tour: Tour, source: int, target: int) -> Tour:
    """Move one step so that it ends up at ``target`` (both clamped to the tour)."""
    steps = list(tour.steps)
    if not steps:
        return tour
    source = min(max(source, 0), len(steps) - 1)
    step = steps.pop(source)
    steps.insert(min(max(target, 0), len(steps)), step)
    return _with_steps(tour, steps)


def insert_step(tour: Tour, step: TourStep, at: int | None = None) -> Tour:
    """Add a step at ``at`` (None: at the end)."""
    steps = list(tour.steps)
    steps.insert(len(steps) if at is None else min(max(at, 0), len(steps)), step)
    return _with_steps(tour, steps)


def remove_step(tour: Tour, index: int) -> Tour:
    if not 0 <= index < len(tour.steps):
        raise IndexError(f"the tour has no step {index + 1}")
    return _with_steps(tour, [s for i, s in enumerate(tour.steps) if i != index])


def replace_step(tour: Tour, index: int, step: TourStep) -> Tour:
    if not 0 <= index < len(tour.steps):
        raise IndexError(f"the tour has no step {index + 1}")
    return _with_steps(tour, [step if i == index else s for i, s in enumerate(tour.steps)])


def unique_title(wanted: str, taken: Sequence[str]) -> str:
    """``wanted``, or ``wanted 2``, ``wanted 3``… whichever no tour has yet."""
    used = {title.casefold() for title in taken}
    title, number = wanted, 2
    while title.casefold() in used:
        title, number = f"{wanted} {number}", number + 1
    return title


def new_tour(title: str, taken: Sequence[str] = (), steps: Sequence[TourStep] = ()) -> Tour:
    return Tour(uid=new_uid(), title=unique_title(title, taken), steps=tuple(steps))


def editable_copy(tour: Tour, taken: Sequence[str] = ()) -> Tour:
    """A stored copy of a tour (a built-in one, or another to change freely), never the default."""
    base = BUILTIN_TITLES.get(tour.uid, tour.title)
    return Tour(uid=new_uid(), title=unique_title(f"{base} (copy)", taken), summary=tour.summary, steps=tour.steps)
