"""TimelineJS dates: its year numbers, its date objects and texts, and our partial dates.

**Years.** TimelineJS asks for "BCE years as negative numbers" and shows year ``-44`` as
"44 BCE", so its negative years count the historical way (there is no year 0 in the labels;
JavaScript keeps a ``0`` that it shows as "0"). Case Explorer counts astronomically, as ISO 8601
does (``-0043`` is 44 BCE). So TimelineJS year ``-N`` becomes our ``1 - N`` and back, and ``0``
is read as 1 BCE. Deep-time years (a million years ago and earlier) are "N years ago" in both
programs, where a year more or less means nothing, so they are kept as they are: ``-13800000000``
stays 13.8 billion years ago. (Our year ``-999999`` has no exact TimelineJS form and is written
as ``-1000000``.)

**Precision.** The finest part given decides it: ``{"year": 2025, "month": 6}`` is June 2025.
A part given after a missing one fills the gap as TimelineJS does (January, the 1st, hour 0). An
hour without minutes becomes minute precision at :00; a millisecond (0–999) makes millisecond
precision (a missing second is :00), which a case keeps (``2025-06-18T14:30:05.250``).

**The sheet's Time.** TimelineJS's own sheet reader (``parseTime`` in TimelineJS3's
``src/js/date/DateUtil.js``) takes the digits after a second's point as tenths, whatever their
number (``100 * parseInt(fraction)``: ``05.5`` is 500 ms, but ``05.25`` would be 2,500), so only
whole tenths survive a sheet. ``sheet_columns`` writes one digit when the milliseconds are whole
tenths and leaves other milliseconds out (the export's list of losses counts them:
``sheet_milliseconds_lost``); ``parse_time`` reads the digits as a decimal fraction, as people
mean them (``05.250`` is 250 ms).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import lru_cache

from explorer.core import dates
from explorer.core.dates import DateError, PartialDate
from explorer.core.interchange.json_reader import ImportFailure, shown

DEEP_TIME = -1_000_000
DateParts = tuple[int, int | None, int | None, int | None, int | None, int | None, int | None]  # year … millisecond
_PARTS = ("year", "month", "day", "hour", "minute", "second", "millisecond")
_LIMITS = {"month": (1, 12), "day": (1, 31), "hour": (0, 23), "minute": (0, 59), "second": (0, 59), "millisecond": (0, 999)}
_INTEGER = re.compile(r"[+-]?\d+", re.ASCII)
_SHEET_NUMBER_NOISE = re.compile(r"[\s,_']")


def year_from_timelinejs(year: int) -> int:
    if year <= DEEP_TIME or year > 0:
        return year
    return year + 1 if year < 0 else 0


def year_to_timelinejs(year: int) -> int:
    if year > 0 or year <= DEEP_TIME:
        return year
    return max(year - 1, DEEP_TIME)


def integer(value: object, path: str, *, sheet: bool = False) -> int | None:
    """A whole number given as a number or as text (``"1963"``, ``" -44 "``); None when blank."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ImportFailure(path, f"{shown(value)} is not a whole number")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return int(value)
        raise ImportFailure(path, f"{shown(value)} is not a whole number")
    if isinstance(value, str):
        text = _SHEET_NUMBER_NOISE.sub("", value) if sheet else value.strip()
        if not text:
            return None
        if _INTEGER.fullmatch(text) and len(text) <= 14:
            return int(text)
        if sheet and re.fullmatch(r"[+-]?\d+\.0*", text):
            return int(float(text))
    raise ImportFailure(path, f"{shown(value)} is not a whole number")


def date_parts(values: dict[str, int | None], path: str, name_of: Callable[[str], str] | None = None) -> DateParts:
    """Year … millisecond (TimelineJS numbering, any may be None but the year) to our date parts.

    ``name_of(part)`` says where a part came from in errors (default: ``path.part``).
    """
    where = name_of or (lambda part: f"{path}.{part}")
    year = values.get("year")
    if year is None:
        raise ImportFailure(where("year"), "is required (a date needs at least a year)")
    for name, (low, high) in _LIMITS.items():
        value = values.get(name)
        if value is not None and not low <= value <= high:
            raise ImportFailure(where(name), f"{value} is not {'an' if name == 'hour' else 'a'} {name} ({low}–{high})")
    finest = max((index for index, name in enumerate(_PARTS) if values.get(name) is not None), default=0)
    astronomical = year_from_timelinejs(year)
    if not dates.MIN_YEAR <= astronomical <= dates.MAX_YEAR:
        raise ImportFailure(where("year"), f"{year} is out of range ({dates.MIN_YEAR:,} to {dates.MAX_YEAR:,})")
    filled: list[int | None] = [astronomical]
    defaults = (1, 1, 0, 0, 0, 0)
    for index, name in enumerate(_PARTS[1:], start=1):
        value = values.get(name)
        filled.append(value if value is not None else (defaults[index - 1] if index <= finest else None))
    if finest >= 3 and filled[4] is None:  # an hour alone is minute precision at :00
        filled[4] = 0
    return tuple(filled)  # type: ignore[return-value]


@lru_cache(maxsize=100_000)  # a large import repeats its dates: each is worked out once (errors are not kept)
def date_columns(parts: DateParts) -> tuple[str, int, int, int]:
    """(ISO text, first second, first second after, stored precision) of valid date parts; DateError if not."""
    date = PartialDate(*parts)
    start, end = dates.span_seconds(date)
    return date.iso(), start, end, int(dates.stored_precision(date))


def checked_columns(parts: DateParts, where: str | Callable[[], str]) -> tuple[str, int, int, int]:
    """``date_columns``, or an ImportFailure at ``where`` (a text, or a function giving it) for a date that does not exist."""
    try:
        return date_columns(parts)
    except DateError as exc:
        path = where if isinstance(where, str) else where()
        raise ImportFailure(path, f"{_describe(parts)} does not exist ({exc})") from None


def to_partial(parts: DateParts) -> PartialDate:
    return PartialDate(*parts)


def _describe(parts: DateParts) -> str:
    year, month, day = parts[:3]
    text = dates.format_year(year)
    if month is not None:
        text += f"-{month:02d}"
    if day is not None:
        text += f"-{day:02d}"
    return text


def date_object(date: PartialDate) -> dict[str, int]:
    """A TimelineJS 3 date object for a partial date, with only the known parts."""
    result = {"year": year_to_timelinejs(date.year)}
    for name in ("month", "day", "hour", "minute", "second", "millisecond"):
        value = getattr(date, name)
        if value is not None:
            result[name] = value
    return result


def sheet_columns(date: PartialDate | None) -> tuple[str, str, str, str]:
    """Year, Month, Day and Time cells of the TimelineJS sheet; milliseconds only when they are
    whole tenths (one digit, which TimelineJS reads as tenths), else left out (see the module's doc)."""
    if date is None:
        return "", "", "", ""
    time = ""
    if date.minute is not None:
        time = f"{date.hour:02d}:{date.minute:02d}" + (f":{date.second:02d}" if date.second is not None else "")
        if date.millisecond is not None and date.millisecond % 100 == 0:
            time += f".{date.millisecond // 100}"
    month = "" if date.month is None else str(date.month)
    day = "" if date.day is None else str(date.day)
    return str(year_to_timelinejs(date.year)), month, day, time


_TIME = re.compile(
    r"\s*(?P<hour>\d{1,2})(?::(?P<minute>\d{1,2})(?::(?P<second>\d{1,2})(?:[.,](?P<fraction>\d+))?)?)?\s*"
    r"(?P<period>[AaPp]\.?\s*[Mm]\.?)?\s*"
)
_COMPACT_TIME = re.compile(r"\s*(?P<hour>\d{1,2})(?P<minute>\d{2})\s*(?P<period>[AaPp]\.?\s*[Mm]\.?)?\s*")


def parse_time(text: str, path: str) -> dict[str, int | None]:
    """A sheet's Time cell: ``14:30``, ``2:30 PM``, ``1430``, ``14:30:05.250``."""
    match = _COMPACT_TIME.fullmatch(text) or _TIME.fullmatch(text)
    if match is None:
        raise ImportFailure(path, f"{shown(text)} is not a time (like 14:30 or 2:30 PM)")
    groups = match.groupdict()
    hour = int(groups["hour"])
    period = (groups.get("period") or "").lower()
    if period:
        if not 1 <= hour <= 12:
            raise ImportFailure(path, f"{shown(text)} is not a time: hour {hour} with AM/PM")
        hour = hour % 12 + (12 if period.startswith("p") else 0)
    values: dict[str, int | None] = {"hour": hour, "minute": None, "second": None, "millisecond": None}
    for name in ("minute", "second"):
        if groups.get(name) is not None:
            values[name] = int(groups[name])
    if groups.get("fraction"):
        values["millisecond"] = milliseconds(groups["fraction"])
    return values


def sheet_milliseconds_lost(date: PartialDate | None) -> bool:
    """Whether ``sheet_columns`` leaves out milliseconds of this date (they are not whole tenths)."""
    return date is not None and date.millisecond is not None and date.millisecond % 100 != 0


def milliseconds(fraction: str) -> int:
    """The milliseconds of a second's decimal digits: ``"25"`` (.25 s) is 250; digits past the third are cut."""
    return int(fraction[:3].ljust(3, "0"))
