"""Dates as people type them, and back: "18 June 2025", "June 18, 2025", "44 BCE", "65 million years ago".

``parse_input`` understands ISO text (``2025``, ``2025-06-18 14:30``, ``2025-06-18T14:30:05.250``,
``-0043``) and the ways
people write dates in English (month names or their abbreviations, day before or after the month,
BCE/BC, AD/CE, ``12,000 BCE``, deep time in millions or billions of years ago). It keeps the
precision of what was typed ("June 2025" is a month) and refuses impossible dates with a reason
a person can act on ("30 February 2025 does not exist").

Dates in numbers only are read as CSV import reads them (``interchange.spreadsheet_dates``):
``2025/04/25`` year first, ``25.4.2025`` day first, ``25/4/2025`` and ``4/25/2025`` in the only
order that makes a date, ``4/2025`` a month. ``3/4/2025`` could be 3 April or March 4: it is
refused with both readings written out in words, for the user to pick one.

``friendly`` writes a date the way ``dates.display`` does, except where that would round (deep
time to three digits): it is always the exact date, so ``parse_input(friendly(d)) == d``.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from explorer.core import dates
from explorer.core.dates import MAX_YEAR, MIN_YEAR, MONTH_NAMES, DateError, PartialDate, Precision

DEEP_TIME = 1_000_000  # "years ago" is only exact enough this far back: the 2,000 years since 1 CE are noise
EXAMPLES = "18 June 2025, June 2025, 2025-06-18, 44 BCE or 65 million years ago"
_UNITS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, 1)}
_MONTHS |= {name[:3].lower(): number for name, number in zip(MONTH_NAMES, range(1, 13), strict=True)}
_MONTHS |= {"sept": 9}

_ISO = re.compile(
    r"(?P<year>[+-]?\d{1,12})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2})"
    r"(?:[T ](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.(?P<millisecond>\d+))?)?)?)?)?",
    re.ASCII,
)
_TIME = re.compile(
    r"(?:,\s*|\s+)(?:at\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.(?P<millisecond>\d+))?)?(?:\s*(?P<half>[ap])\.?m\.?)?$",
    re.ASCII | re.IGNORECASE,
)
_NUMBER = r"\d[\d,]*"
_YEAR = re.compile(
    r"(?:^|(?<=\s))(?:"
    rf"(?P<ago>(?P<ago_n>{_NUMBER}(?:\.\d+)?)\s*(?P<unit>thousand|million|billion)?\s+years?\s+ago)"
    rf"|(?P<bce_n>{_NUMBER})\s*(?:BCE|BC|B\.C\.E\.|B\.C\.)"
    rf"|(?:AD|A\.D\.)\s*(?P<ad_n>{_NUMBER})"
    rf"|(?P<ce_n>{_NUMBER})\s*(?:CE|AD|C\.E\.|A\.D\.)"
    rf"|(?P<plain>{_NUMBER})"
    r")$",
    re.ASCII | re.IGNORECASE,
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY_MONTH = (
    re.compile(rf"(?P<day>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<month>[a-z]+)\.?", re.ASCII | re.IGNORECASE),
    re.compile(rf"(?P<month>[a-z]+)\.?\s+(?P<day>\d{{1,2}}){_ORDINAL}", re.ASCII | re.IGNORECASE),
    re.compile(r"(?P<month>[a-z]+)\.?", re.ASCII | re.IGNORECASE),
)
_NUMERIC = re.compile(r"(?P<a>\d{1,4})(?P<sep>[/.-])(?P<b>\d{1,2})(?:(?P=sep)(?P<c>\d{1,4}))?", re.ASCII)
_MONTH_YEAR = re.compile(r"(?P<month>\d{1,2})[/.-](?P<year>\d{3,4})", re.ASCII)
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+|\d+", re.ASCII)
_VAGUE = re.compile(r"(early|mid|late|around|about|circa|c\.)[-\s]", re.IGNORECASE)


def parse_input(text: str) -> PartialDate:
    """The date a person typed, at the precision they typed it; DateError says why it is not one."""
    cleaned = " ".join(text.replace("\u2212", "-").split())
    if not cleaned:
        raise DateError("no date given")
    iso = _ISO.fullmatch(cleaned)
    if iso is not None:
        values = {key: (int(value) if value is not None else None) for key, value in iso.groupdict().items()}
        values["millisecond"] = _milliseconds(iso["millisecond"])
        return _checked(**values)
    return _parse_words(cleaned)


class VagueDateError(DateError):
    """A date with a vague word in front (mid, early, late, around…), which no date can hold: a
    form with a field for such wording (an event's display date) says to put it there."""

    def __init__(self, word: str) -> None:
        super().__init__(f"write the date without {word!r}")
        self.word = word


def _milliseconds(digits: str | None) -> int | None:
    """The milliseconds written after a second's point: exactly three digits (``05.250``)."""
    if digits is None:
        return None
    if len(digits) != 3:
        raise DateError(f"write the milliseconds in three digits, as in 14:30:05.250 (not .{digits})")
    return int(digits)


def _parse_words(text: str) -> PartialDate:
    hour = minute = second = millisecond = None
    time = _TIME.search(text)
    if time is not None:
        hour, minute = int(time["hour"]), int(time["minute"])
        second = int(time["second"]) if time["second"] is not None else None
        millisecond = _milliseconds(time["millisecond"])
        if time["half"] is not None:
            if not 1 <= hour <= 12:
                raise DateError(f"{time.group().strip(' ,')} is not a time of day")
            hour = hour % 12 + (12 if time["half"].lower() == "p" else 0)
        text = text[: time.start()]
    vague = _VAGUE.match(text)
    if vague is not None:
        raise VagueDateError(vague[1])
    numbers = _in_numbers(text)
    if numbers is not None:
        year, month, day = numbers
    else:
        year_match = _YEAR.search(text)
        if year_match is None:
            raise DateError(f"not a date I understand: try {EXAMPLES}")
        year = _year(year_match)
        rest = text[: year_match.start()].strip(" ,")
        month = day = None
        if rest:
            month, day = _month_and_day(rest)
    if hour is not None and day is None:
        raise DateError("a time of day needs a day: write 18 June 2025, 14:30")
    return _checked(year, month, day, hour, minute, second, millisecond)


def _in_numbers(text: str) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of a date written in numbers only; None for text that is not one.

    As in CSV import: a year of three or four digits first means year/month/day, dots mean
    day.month.year, and with slashes or dashes a number over 12 tells which of the other two is
    the month. When either could be, DateError writes out both readings for the user to choose.
    """
    if (match := _MONTH_YEAR.fullmatch(text)) is not None:  # 4/2025
        return _in_range(int(match["year"])), int(match["month"]), None
    match = _NUMERIC.fullmatch(text)
    if match is None:
        return None
    a, b, c = match["a"], match["b"], match["c"]
    if len(a) > 2:  # 2025/04/25, 2025/04
        if c is not None and len(c) > 2:
            return None
        return _in_range(int(a)), int(b), int(c) if c is not None else None
    if c is None:
        return None
    if len(c) < 3:
        raise DateError(f'"{text}": write the year in full, e.g. 19{c:0>2} or 20{c:0>2}')
    first, second, year = int(a), int(b), _in_range(int(c))
    if match["sep"] == ".":  # 25.4.2025: day first, as wherever dots are written
        return year, second, first
    day_first = 1 <= second <= 12 and first >= 1
    month_first = 1 <= first <= 12 and second >= 1
    if day_first and month_first and first != second:
        day_month, month_day = f"{first} {MONTH_NAMES[second - 1]}", f"{MONTH_NAMES[first - 1]} {second}"
        raise DateError(
            f'"{text}" could be {day_month} or {month_day}: write {day_month} {year_text(year)} or {month_day}, {year_text(year)}'
        )
    if day_first:
        return year, second, first
    if month_first:
        return year, first, second
    if first > 12 and second > 12:
        raise DateError(f'"{text}" is not a date: neither {first} nor {second} is a month')
    raise DateError(f'"{text}" is not a date: days and months start at 1')


def _month_and_day(text: str) -> tuple[int, int | None]:
    for pattern in _DAY_MONTH:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        word = match["month"].lower()
        if word not in _MONTHS:
            raise DateError(f"{match['month']!r} is not a month")
        day = match.groupdict().get("day")
        return _MONTHS[word], int(day) if day is not None else None
    raise DateError(f"not a date I understand: try {EXAMPLES}")


def _count(text: str) -> int:
    if _GROUPED.fullmatch(text) is None:
        raise DateError(f"{text} is not a number: group digits in threes, as in 12,000")
    digits = text.replace(",", "").lstrip("0")
    if len(digits) > 15:  # also keeps int() clear of its limit on very long digit strings
        raise DateError(f"{text} is too large a number for a date")
    return int(digits or "0")


def _year(match: re.Match[str]) -> int:
    """The astronomical year (0 = 1 BCE) of a year written in words."""
    if match["ago"]:
        whole, _dot, fraction = match["ago_n"].partition(".")
        try:
            years_ago = Decimal(f"{_count(whole)}.{fraction or 0}") * _UNITS.get((match["unit"] or "").lower(), 1)
        except InvalidOperation:
            raise DateError(f"{match['ago']} is not a number of years") from None
        if years_ago != years_ago.to_integral_value():
            raise DateError(f"{match['ago']} is not a whole number of years")
        if years_ago < DEEP_TIME:
            raise DateError("'years ago' is for deep time (a million years or more): write a year such as 10,000 BCE")
        return _in_range(-int(years_ago))
    if match["bce_n"] is not None:
        number = _count(match["bce_n"])
        if number == 0:
            raise DateError("there is no year 0 BCE: 1 BCE is followed by 1 CE")
        return _in_range(1 - number)
    number = _count(match["ad_n"] or match["ce_n"] or match["plain"])
    if number == 0 and match["plain"] is None:
        raise DateError("there is no year 0 CE: 1 BCE is followed by 1 CE")
    return _in_range(number)


def _in_range(year: int) -> int:
    if year < MIN_YEAR:
        raise DateError(f"that is too far back: the earliest date is {dates.display_year(MIN_YEAR)}")
    if year > MAX_YEAR:
        raise DateError(f"that is too far ahead: the latest year is {MAX_YEAR:,}")
    return year


def _checked(
    year: int, month: int | None = None, day: int | None = None,
    hour: int | None = None, minute: int | None = None, second: int | None = None, millisecond: int | None = None,
) -> PartialDate:
    """A PartialDate, or a DateError that names the impossible part in words."""
    _in_range(year)
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"there is no month {month}: months go from 1 to 12")
    if day is not None and not 1 <= day <= dates.days_in_month(year, month or 1):
        raise DateError(f"{day} {MONTH_NAMES[(month or 1) - 1]} {year_text(year)} does not exist")
    if hour is not None and (hour > 23 or (minute or 0) > 59 or (second or 0) > 59):
        clock = f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if second is not None else "")
        raise DateError(f"{clock} is not a time of day")
    return PartialDate(year, month, day, hour, minute, second, millisecond)


def year_text(year: int) -> str:
    """A year as people write it ('2025', '44 BCE', '65 million years ago'), never rounded."""
    shown = dates.display_year(year)
    if year <= -DEEP_TIME:
        match = _YEAR.fullmatch(shown)
        if match is None or _year(match) != year:
            return f"{-year:,} years ago"
    return shown


def friendly(date: PartialDate) -> str:
    """A date as people write it, at its precision; ``parse_input`` reads it back exactly."""
    year = year_text(date.year)
    if date.month is None:
        return year
    month = MONTH_NAMES[date.month - 1]
    if date.day is None:
        return f"{month} {year}"
    text = f"{date.day} {month} {year}"
    if date.minute is not None:
        text += f", {date.hour:02d}:{date.minute:02d}"
        if date.second is not None:
            text += f":{date.second:02d}"
        if date.millisecond is not None:
            text += f".{date.millisecond:03d}"
    return text


def describe(date: PartialDate) -> str:
    """What a date field understood: 'month precision: June 2025', 'millisecond precision: 12 June 2025, 10:00:00.123'."""
    return f"{date.precision.label} precision: {friendly(date)}"


def date_for_zoom(seconds: int, visible_seconds: float) -> PartialDate:
    """The date at ``seconds`` to the precision a view this wide suggests (year, month or day)."""
    year = 365.2425 * dates.SECONDS_PER_DAY
    if visible_seconds > 20 * year:
        precision = Precision.YEAR
    elif visible_seconds > 2 * year:
        precision = Precision.MONTH
    else:
        precision = Precision.DAY
    return dates.from_seconds_at(int(seconds), precision)
