"""Move a partial date by whole units of its own precision (dragging an event on the timeline).

An event known to the month moves by months, one known to the year by years, so a drag never
invents a day the author did not know. Month arithmetic keeps the day where it can and clamps it
to the end of shorter months (31 January + 1 month = 28 or 29 February). The timeline draws a
date of millisecond precision as its second, so such a date moves by whole seconds and keeps its
milliseconds.
"""

from __future__ import annotations

from dataclasses import replace

from explorer.core import dates
from explorer.core.dates import PartialDate, Precision

_SECONDS = {Precision.DAY: 86_400, Precision.MINUTE: 60, Precision.SECOND: 1, Precision.MILLISECOND: 1}
_AVERAGE_YEAR = 365.2425 * 86_400


def units_for(delta_seconds: float, precision: Precision) -> int:
    """How many whole units of ``precision`` a shift of ``delta_seconds`` is nearest to."""
    if precision is Precision.YEAR:
        return round(delta_seconds / _AVERAGE_YEAR)
    if precision is Precision.MONTH:
        return round(delta_seconds / (_AVERAGE_YEAR / 12))
    return round(delta_seconds / _SECONDS[precision])


def shift(date: PartialDate, units: int, precision: Precision | None = None) -> PartialDate:
    """``date`` moved by ``units`` of ``precision`` (default: the date's own precision)."""
    precision = precision or date.precision
    if units == 0:
        return date
    if precision is Precision.YEAR:
        year = date.year + units
        day = min(date.day, dates.days_in_month(year, date.month)) if date.day is not None else None
        return replace(date, year=year, day=day)
    if precision is Precision.MONTH:
        total = date.year * 12 + (date.month or 1) - 1 + units
        year, month = divmod(total, 12)
        month += 1
        day = min(date.day, dates.days_in_month(year, month)) if date.day is not None else None
        return replace(date, year=year, month=month, day=day)
    moved = dates.start_seconds(date) + units * _SECONDS[precision]
    return replace(dates.from_seconds_at(moved, date.precision), millisecond=date.millisecond)


def moved_span(start: PartialDate, end: PartialDate | None, delta_seconds: float) -> tuple[PartialDate, PartialDate | None]:
    """Start and end moved together by the whole units of the start's precision nearest to the delta."""
    units = units_for(delta_seconds, start.precision)
    return shift(start, units), (shift(end, units, start.precision) if end is not None else None)
