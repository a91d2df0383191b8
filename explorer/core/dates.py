"""Partial dates: parse, format, convert to integer seconds and display for people.

A case date is known to a precision: a year (2016), a month (2025-06), a day (2025-06-18), a
minute, a second or a millisecond (``2025-06-18T14:30:05.250``, always three digits). Years use
astronomical numbering as ISO 8601 does (0 is 1 BCE, -43 is 44 BCE) and may reach back to the
Big Bang, which Python's ``datetime`` cannot hold, so the calendar arithmetic here is done on
plain integers (proleptic Gregorian calendar, UTC).

Integer seconds count from 1970-01-01T00:00:00; they are negative before it. A partial date
covers a span: ``span_seconds(d)`` gives its first second and the first second after it.
Milliseconds are finer than integer seconds: a date of millisecond precision starts in the whole
second it falls in and lasts to the next (as a date of second precision does), and the case's
``precision`` column and the timeline keep it as a second (``stored_precision``); its ISO text
keeps the milliseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum

MIN_YEAR = -20_000_000_000  # comfortably before the Big Bang (13.8 billion years ago)
MAX_YEAR = 999_999
SECONDS_PER_DAY = 86_400
_DAYS_BEFORE_1970 = 719_468  # days from 0000-03-01 to 1970-01-01

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTH_NAMES)


class DateError(ValueError):
    """Raised for text that is not a partial date, or a date that does not exist."""


class Precision(IntEnum):
    """How much of a date is known, coarsest first."""

    YEAR = 1
    MONTH = 2
    DAY = 3
    MINUTE = 4
    SECOND = 5
    MILLISECOND = 6

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class PartialDate:
    """A date known to a precision; the unknown parts are None."""

    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    millisecond: int | None = None

    def __post_init__(self) -> None:
        _validate(self)

    @property
    def precision(self) -> Precision:
        if self.millisecond is not None:
            return Precision.MILLISECOND
        if self.second is not None:
            return Precision.SECOND
        if self.minute is not None:
            return Precision.MINUTE
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def iso(self) -> str:
        """The ISO 8601 text of this date, at its precision."""
        text = format_year(self.year)
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.minute is not None:
            text += f"T{self.hour:02d}:{self.minute:02d}"
        if self.second is not None:
            text += f":{self.second:02d}"
        if self.millisecond is not None:
            text += f".{self.millisecond:03d}"
        return text

    def __str__(self) -> str:
        return self.iso()


def _validate(d: PartialDate) -> None:
    if not MIN_YEAR <= d.year <= MAX_YEAR:
        raise DateError(f"year {d.year} is out of range")
    parts = (d.month, d.day, d.minute, d.second, d.millisecond)
    known = [p is not None for p in parts]
    if known != sorted(known, reverse=True):
        raise DateError("a date part is given without the parts before it")
    if (d.hour is None) != (d.minute is None):
        raise DateError("hour and minute go together")
    if d.month is not None and not 1 <= d.month <= 12:
        raise DateError(f"month {d.month} does not exist")
    if d.day is not None and not 1 <= d.day <= days_in_month(d.year, d.month or 1):
        raise DateError(f"day {d.day} does not exist in {format_year(d.year)}-{d.month:02d}")
    if d.hour is not None and not 0 <= d.hour <= 23:
        raise DateError(f"hour {d.hour} does not exist")
    if d.minute is not None and not 0 <= d.minute <= 59:
        raise DateError(f"minute {d.minute} does not exist")
    if d.second is not None and not 0 <= d.second <= 59:
        raise DateError(f"second {d.second} does not exist")
    if d.millisecond is not None and not 0 <= d.millisecond <= 999:
        raise DateError(f"millisecond {d.millisecond} does not exist (milliseconds go from 0 to 999)")


def is_leap_year(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap_year(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def format_year(year: int) -> str:
    """ISO 8601 year text: four digits, a sign when negative or longer than four digits."""
    if 0 <= year <= 9999:
        return f"{year:04d}"
    sign = "-" if year < 0 else "+"
    return f"{sign}{abs(year):04d}"


_ISO = re.compile(
    r"(?P<year>[+-]?\d{1,12})"
    r"(?:-(?P<month>\d{2})"
    r"(?:-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.(?P<millisecond>\d{3}))?)?)?)?)?",
    re.ASCII,  # ISO 8601 digits only: "２０２５" or "٢٠٢٥" are not dates
)
_OTHER_FRACTION = re.compile(r"\d:\d{2}:\d{2}(?:,\d*|\.(?!\d{3}$)\d*)$", re.ASCII)  # "14:30:05.25", "14:30:05,250"


def parse(text: str) -> PartialDate:
    """Parse ISO partial-date text such as ``2025``, ``2025-06``, ``-0043``, ``2025-06-18T14:30`` or
    ``2025-06-18T14:30:05.250`` (milliseconds in exactly three digits)."""
    if not isinstance(text, str):
        raise DateError(f"{text!r} is not a date")
    match = _ISO.fullmatch(text.strip())
    if match is None:
        if _OTHER_FRACTION.search(text.strip()):
            raise DateError(f"{text!r} is not a date: write milliseconds in three digits, as in 14:30:05.250")
        raise DateError(f"{text!r} is not a date")
    values = {key: (int(value) if value is not None else None) for key, value in match.groupdict().items()}
    try:
        return PartialDate(**values)
    except DateError as exc:
        raise DateError(f"{text!r} is not a date: {exc}") from None


def parse_optional(text: str | None) -> PartialDate | None:
    return None if text is None or text == "" else parse(text)


def is_valid(text: str) -> bool:
    try:
        parse(text)
    except DateError:
        return False
    return True


# --- calendar arithmetic on integers -------------------------------------------------------


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 for a proleptic Gregorian date (any integer year)."""
    y = year - (1 if month <= 2 else 0)
    era = y // 400
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146_097 + doe - _DAYS_BEFORE_1970


def civil_from_days(days: int) -> tuple[int, int, int]:
    """The (year, month, day) of a day count since 1970-01-01."""
    z = days + _DAYS_BEFORE_1970
    era = z // 146_097
    doe = z - era * 146_097
    yoe = (doe - doe // 1460 + doe // 36_524 - doe // 146_096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    year = yoe + era * 400 + (1 if month <= 2 else 0)
    return year, month, day


def to_seconds(year: int, month: int = 1, day: int = 1, hour: int = 0, minute: int = 0, second: int = 0) -> int:
    return days_from_civil(year, month, day) * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second


def from_seconds(seconds: int) -> tuple[int, int, int, int, int, int]:
    """(year, month, day, hour, minute, second) of integer seconds since 1970."""
    days, rest = divmod(int(seconds), SECONDS_PER_DAY)
    year, month, day = civil_from_days(days)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    return year, month, day, hour, minute, second


def stored_precision(d: PartialDate) -> Precision:
    """The precision the case's ``precision`` column and the timeline keep: at most a second (the
    timeline draws a date of millisecond precision as its second; the ISO text keeps the rest)."""
    return min(d.precision, Precision.SECOND)


def start_seconds(d: PartialDate) -> int:
    """The first second the date covers (the second a date of millisecond precision falls in)."""
    return to_seconds(d.year, d.month or 1, d.day or 1, d.hour or 0, d.minute or 0, d.second or 0)


def end_seconds(d: PartialDate) -> int:
    """The first second after the span the date covers (exclusive end); a date of second or
    millisecond precision lasts to the next whole second."""
    precision = d.precision
    if precision is Precision.YEAR:
        return to_seconds(d.year + 1)
    if precision is Precision.MONTH:
        month = d.month or 1
        return to_seconds(d.year + 1, 1) if month == 12 else to_seconds(d.year, month + 1)
    if precision is Precision.DAY:
        return start_seconds(d) + SECONDS_PER_DAY
    if precision is Precision.MINUTE:
        return start_seconds(d) + 60
    return start_seconds(d) + 1


def ends_before(end: PartialDate, start: PartialDate) -> bool:
    """Whether ``end`` is over before ``start`` begins: its span ends at or before the start's
    first second, or, in the same second, at an earlier millisecond when both give one."""
    if end_seconds(end) <= start_seconds(start):
        return True
    return (end.millisecond is not None and start.millisecond is not None
            and start_seconds(end) == start_seconds(start) and end.millisecond < start.millisecond)


def span_seconds(start: PartialDate, end: PartialDate | None = None) -> tuple[int, int]:
    """First second of ``start`` and first second after ``end`` (or after ``start``)."""
    return start_seconds(start), end_seconds(end if end is not None else start)


def from_seconds_at(seconds: int, precision: Precision) -> PartialDate:
    """The partial date at ``precision`` that contains the given second (at millisecond precision,
    its millisecond 0: integer seconds hold no finer part)."""
    year, month, day, hour, minute, second = from_seconds(seconds)
    if precision is Precision.YEAR:
        return PartialDate(year)
    if precision is Precision.MONTH:
        return PartialDate(year, month)
    if precision is Precision.DAY:
        return PartialDate(year, month, day)
    if precision is Precision.MINUTE:
        return PartialDate(year, month, day, hour, minute)
    if precision is Precision.SECOND:
        return PartialDate(year, month, day, hour, minute, second)
    return PartialDate(year, month, day, hour, minute, second, 0)


# --- display for people ----------------------------------------------------------------------


def display_year(year: int) -> str:
    """'2025', '79 CE', '44 BCE', '1000 BCE', '12,000 BCE', '65 million years ago', '13.8 billion years ago'
    (a thousands comma from five digits on, in both eras)."""
    if year <= -1_000_000:
        years_ago = -year
        for unit, size in (("billion", 1_000_000_000), ("million", 1_000_000)):
            if years_ago >= size:
                return f"{_three_digits(years_ago / size)} {unit} years ago"
    if year <= 0:
        return f"{1 - year:,} BCE" if 1 - year > 9999 else f"{1 - year} BCE"
    if year < 1000:
        return f"{year} CE"
    return f"{year:,}" if year > 9999 else str(year)


def _three_digits(value: float) -> str:
    text = f"{value:.3g}"
    return text if "e" not in text else f"{value:,.0f}"


def display(d: PartialDate) -> str:
    """A date as people write it, at its precision: 'June 2025', '18 June 2025, 14:30',
    '18 June 2025, 14:30:05.250'."""
    year = display_year(d.year)
    if d.month is None:
        return year
    month = MONTH_NAMES[d.month - 1]
    if d.day is None:
        return f"{month} {year}"
    text = f"{d.day} {month} {year}"
    if d.minute is not None:
        text += f", {d.hour:02d}:{d.minute:02d}"
        if d.second is not None:
            text += f":{d.second:02d}"
        if d.millisecond is not None:
            text += f".{d.millisecond:03d}"
    return text


def display_span(start: PartialDate, end: PartialDate | None = None) -> str:
    """A date or a span: '2016 – 2025', 'March – June 2025', '11–14 June 2025', '30 May – 2 June 2025'."""
    if end is None or end == start:
        return display(start)
    if start.precision is end.precision and start.year == end.year:
        if start.precision is Precision.MONTH:
            return f"{MONTH_NAMES[start.month - 1]} – {display(end)}"
        if start.precision is Precision.DAY:
            if start.month == end.month:
                return f"{start.day}–{display(end)}"
            return f"{start.day} {MONTH_NAMES[start.month - 1]} – {display(end)}"
    return f"{display(start)} – {display(end)}"
