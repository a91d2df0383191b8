"""Which events the user wants to see: by entity, category and certainty, dimming or hiding the rest.

An ``EventFilter`` is a plain value: panels build it, the timeline turns it into masks over its
arrays, and ``matches`` answers for one event (search results, small lists). For each facet,
``None`` means "no filter"; a set keeps only events that have one of its values (so an empty
set keeps nothing). The facets combine with AND.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from explorer.core.models import Certainty, Event


def _values(values: Iterable[str] | None) -> frozenset[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        raise TypeError("give a collection of values, not one string")
    return frozenset(values)


@dataclass(frozen=True)
class EventFilter:
    """Entity uids, categories and certainties to keep (None = all), and whether to hide the others."""

    entities: frozenset[str] | None = None
    categories: frozenset[str] | None = None
    certainties: frozenset[Certainty] | None = None
    hide: bool = False  # False: dim the events that do not match; True: hide them

    def __post_init__(self) -> None:
        # accept any iterable (lists, sets, certainty words) but store frozensets, so values compare and hash
        object.__setattr__(self, "entities", _values(self.entities))
        object.__setattr__(self, "categories", _values(self.categories))
        certainties = _values(self.certainties)
        object.__setattr__(self, "certainties", None if certainties is None else frozenset(Certainty(c) for c in certainties))

    @property
    def is_active(self) -> bool:
        """Whether any event can fail to match (the dim/hide choice alone filters nothing)."""
        return self.active_count > 0

    @property
    def active_count(self) -> int:
        """How many of the three facets filter."""
        return sum(facet is not None for facet in (self.entities, self.categories, self.certainties))

    def with_entities(self, uids: Iterable[str] | None) -> EventFilter:
        return replace(self, entities=_values(uids))

    def with_categories(self, categories: Iterable[str] | None) -> EventFilter:
        return replace(self, categories=_values(categories))

    def with_certainties(self, certainties: Iterable[Certainty | str] | None) -> EventFilter:
        return replace(self, certainties=_values(certainties))  # type: ignore[arg-type]

    def with_hide(self, hide: bool) -> EventFilter:
        return replace(self, hide=hide)

    def cleared(self) -> EventFilter:
        """No facet filters; the dim/hide choice is kept for next time."""
        return EventFilter(hide=self.hide)

    def matches(self, event: Event) -> bool:
        """Whether the event passes every facet (an entity filter needs one of its participants)."""
        if self.certainties is not None and event.certainty not in self.certainties:
            return False
        if self.categories is not None and event.category not in self.categories:
            return False
        if self.entities is not None:
            return any(participant.entity_uid in self.entities for participant in event.participants)
        return True


NO_FILTER = EventFilter()
