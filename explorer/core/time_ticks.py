"""Tick marks for a time axis, from seconds to billions of years, in calendar terms.

``ticks(x0, x1, pixels)`` picks the step that leaves room for a label (seconds, minutes, hours,
days, months, years, decades … billions of years) and places ticks on round calendar values:
midnights, first days of months, years divisible by the step. BCE years are aligned on their
own numbers ("500 BCE", not astronomical -499), and deep time reads "65 million years ago".
Python's datetime is never used, so none of this breaks before year 1.

Across the era boundary there is no year 0: 1 BCE is followed by 1 CE. A tick marks the start of
the year it names, so the ticks 10 BCE and 10 CE lie 19 years apart, and with only round numbers
on each side the gap there was nearly twice the others. A tick is therefore also put at 1 CE, the
boundary itself, as a historian counts from it: 20 BCE, 10 BCE, 1 CE, 10 CE, 20 CE (or 200 BCE,
100 BCE, 1 CE, 100 CE). From 10 BCE to 1 CE is exactly ten years (10 BCE … 1 BCE); from 1 CE to
10 CE is nine, the one year short that no year 0 leaves; every other gap is the step. Round
labels on both sides cannot be spaced more evenly than that, and the alternatives (ticks at
astronomical multiples, read as "11 BCE, 1 BCE, 10 CE", or at "11 CE, 21 CE") name years nobody
would pick. With a step of 2 years, 2 CE would sit half a step after 1 CE and is left out (2 BCE,
1 CE, 4 CE). The boundary tick is put only when both eras are in view; steps of a million years
or more count years ago and need none.

Years are written as ``core.dates`` writes them, except that a four-digit BCE year has no
thousands comma, as a four-digit CE year has none: "1000 BCE" beside "1000"; from five digits
both have one ("10,000 BCE", "10,000").
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.core import dates

_MINUTE, _HOUR, _DAY = 60, 3600, 86_400
_MONTH, _YEAR = 30.44 * _DAY, 365.2425 * _DAY
_FIXED_STEPS = [1, 2, 5, 10, 15, 30] + [m * _MINUTE for m in (1, 2, 5, 10, 15, 30)] + [h * _HOUR for h in (1, 2, 3, 6, 12)]
_DAY_STEPS = (1, 2, 7, 14)
_MONTH_STEPS = (1, 2, 3, 6)
_YEAR_STEPS = tuple(m * 10**e for e in range(0, 11) for m in (1, 2, 5))
MAX_TICKS = 200


@dataclass(frozen=True)
class Tick:
    seconds: int
    label: str
    dated: str = ""  # the label with its day/month's year (or its time's date) when the label leaves it out
    context: bool = False  # the label says the year (or the day) that the labels after it leave out

    @property
    def with_date(self) -> str:
        """The label as it reads on its own, wherever the tick before it is not seen."""
        return self.dated or self.label


def year_label(year: int) -> str:
    """A year as the axis writes it: as everywhere else ("1000 BCE" like "1000", "10,000 BCE" like "10,000")."""
    return dates.display_year(year)


def _month_label(year: int, month: int, with_year: bool) -> str:
    name = dates.MONTH_ABBREVIATIONS[month - 1]
    return f"{name} {year_label(year)}" if with_year else name


def _fixed(x0: float, x1: float, step: int) -> list[Tick]:
    first = int(x0 // step) * step
    if first < x0:
        first += step
    ticks, previous_day = [], None
    for seconds in range(first, int(x1) + 1, step):
        year, month, day, hour, minute, second = dates.from_seconds(seconds)
        clock = f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if step < _MINUTE else "")
        dated = f"{day} {dates.MONTH_ABBREVIATIONS[month - 1]} {year_label(year)} {clock}"
        if (year, month, day) != previous_day:
            label = f"{day} {dates.MONTH_ABBREVIATIONS[month - 1]} {clock}"
            if previous_day is None or previous_day[0] != year:
                label = dated
        else:
            label = clock
        previous_day = (year, month, day)
        ticks.append(Tick(seconds, label, dated, context=label != clock))
        if len(ticks) >= MAX_TICKS:
            break
    return ticks


def _days(x0: float, x1: float, step: int) -> list[Tick]:
    day = int(x0 // _DAY)
    ticks, previous_year = [], None
    while day * _DAY <= x1 and len(ticks) < MAX_TICKS:
        year, month, day_of_month = dates.civil_from_days(day)
        if day * _DAY >= x0 and (step == 1 or ((day_of_month - 1) % step == 0 and day_of_month <= 28)):
            dated = f"{day_of_month} {dates.MONTH_ABBREVIATIONS[month - 1]} {year_label(year)}"
            label = dated if year != previous_year else f"{day_of_month} {dates.MONTH_ABBREVIATIONS[month - 1]}"
            ticks.append(Tick(day * _DAY, label, dated, context=label == dated))
            previous_year = year
        day += 1
    return ticks


def _months(x0: float, x1: float, step: int) -> list[Tick]:
    year, month, *_ = dates.from_seconds(int(x0))
    ticks, previous_year = [], None
    while len(ticks) < MAX_TICKS:
        seconds = dates.to_seconds(year, month)
        if seconds > x1:
            break
        if seconds >= x0 and (month - 1) % step == 0:
            dated = _month_label(year, month, with_year=True)
            label = _month_label(year, month, with_year=year != previous_year or month == 1)
            ticks.append(Tick(seconds, label, dated, context=label == dated))
            previous_year = year
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return ticks


def _aligned_years(first: int, last: int, step: int) -> list[int]:
    """Years in [first, last] on round numbers: CE years divisible by step, BCE by their own number,
    and 1 CE, where the eras meet (see the module's docstring)."""
    years = set()
    deep = step >= 1_000_000  # deep time counts years ago as -year
    if last >= 1:
        start = max(first, 1)
        years.update(range(-(-start // step) * step, last + 1, step))
        if not deep and first <= 0:  # both eras in view: the boundary
            years.add(1)
            if step == 2:
                years.discard(2)  # half a step after 1 CE: it would crowd it
    if first <= 0:
        # BCE year n is astronomical 1 - n
        low_n, high_n = (max(-min(last, 0), step), -first) if deep else (max(1 - min(last, 0), 1), 1 - first)
        n_first = -(-low_n // step) * step
        numbers = range(n_first, high_n + 1, step)
        years.update((-n if deep else 1 - n) for n in numbers)
    return sorted(y for y in years if first <= y <= last)[:MAX_TICKS]


def _years(x0: float, x1: float, step: int) -> list[Tick]:
    first = dates.from_seconds(int(x0))[0]
    last = dates.from_seconds(int(x1))[0]
    ticks = []
    for year in _aligned_years(first, last, step):
        seconds = dates.to_seconds(year)
        if x0 <= seconds <= x1:
            ticks.append(Tick(seconds, year_label(year)))
    return ticks


def _candidates(x0: float, x1: float) -> list[tuple[float, object, int]]:
    """Every step with its length in seconds and the function that places its ticks."""
    steps: list[tuple[float, object, int]] = [(step, _fixed, step) for step in _FIXED_STEPS]
    steps += [(step * _DAY, _days, step) for step in _DAY_STEPS]
    steps += [(step * _MONTH, _months, step) for step in _MONTH_STEPS]
    steps += [(step * _YEAR, _years, step) for step in _YEAR_STEPS]
    return steps


def ticks(x0: float, x1: float, pixels: float, label_pixels: float = 90.0, char_pixels: float = 7.0) -> list[Tick]:
    """Ticks for the visible range [x0, x1] seconds drawn across ``pixels`` pixels.

    The step is the finest one that leaves ``label_pixels`` between ticks and room for its
    longest label at ``char_pixels`` a character.
    """
    if not x1 > x0 or pixels <= 0:
        return []
    x0 = max(x0, dates.to_seconds(dates.MIN_YEAR))
    x1 = min(x1, dates.to_seconds(dates.MAX_YEAR))
    pixels_per_second = pixels / (x1 - x0)
    found: list[Tick] = []
    for length, place, step in _candidates(x0, x1):
        if length * pixels_per_second < label_pixels:
            continue
        found = place(x0, x1, step)  # type: ignore[operator]
        widest = max((len(tick.label) for tick in found), default=0) * char_pixels + 16
        if length * pixels_per_second >= widest:
            return found
    return found
