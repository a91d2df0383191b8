"""Dates as people type them into spreadsheets, read into partial dates at their precision.

Accepted: ISO (``2025``, ``2025-06``, ``2025-06-18``, ``2025-06-18T14:30``, ``-0043``; a
second's fraction is kept to the millisecond, ``14:30:05.250``, and time zones are dropped),
numbers with slashes, dots or dashes (``18/06/2025``, ``06/18/2025``, ``18.06.2025``,
``2025/06/18``, ``6/2025``, two-digit years as Excel reads them), month names in English (``June
18, 2025``, ``18 Jun 2025``, ``Jun 2025``), historical years (``44 BC``, ``79 AD``), an optional
time (``14:30``, ``2:30 PM``), and Excel's serial day numbers (five digits, ``45826`` =
2025-06-18, a fraction is the time of day).

``18/06/2025`` can only be day first, ``06/18/2025`` only month first; ``03/04/2025`` could be
either, so the importer decides for a whole column (see ``DateOrder``).
"""

from __future__ import annotations

import re
from enum import Enum

from explorer.core import dates
from explorer.core.interchange.json_reader import ImportFailure, shown
from explorer.core.interchange.timelinejs_dates import DateParts, milliseconds, parse_time

_MONTHS = {name.lower(): number for number, name in enumerate(dates.MONTH_NAMES, start=1)}
_MONTHS.update({name[:3].lower(): number for name, number in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TIME = r"(?:[T\s,]+(?P<time>\d{1,2}(?::\d{2}){0,2}(?:[.,]\d+)?\s*(?:[AaPp]\.?\s*[Mm]\.?)?))?"
_YEAR = re.compile(r"[+-]?\d{1,12}", re.ASCII)
_ISO = re.compile(
    r"(?P<year>[+-]?\d{4,12})-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:[.,](?P<fraction>\d+))?(?:Z|[+-]\d{2}:?\d{2})?)?)?",
    re.ASCII,
)
_NUMERIC = re.compile(rf"(?P<a>\d{{1,4}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?:(?P=sep)(?P<c>\d{{1,4}}))?{_TIME}", re.ASCII)
_MONTH_YEAR = re.compile(r"(?P<month>\d{1,2})[/.-](?P<year>\d{4})", re.ASCII)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_NAMED_MDY = re.compile(rf"{_WEEKDAY}(?P<month>[a-z]+)\.?\s+{_DAY},?\s+(?P<year>\d{{1,6}}){_TIME}", re.IGNORECASE | re.ASCII)
_NAMED_DMY = re.compile(rf"{_WEEKDAY}{_DAY}\.?\s+(?P<month>[a-z]+)\.?,?\s+(?P<year>\d{{1,6}}){_TIME}", re.IGNORECASE | re.ASCII)
_NAMED_MY = re.compile(r"(?P<month>[a-z]+)\.?,?\s+(?P<year>\d{1,6})", re.IGNORECASE | re.ASCII)
_ERA = re.compile(r"(?P<year>\d{1,12})\s*(?P<era>b\.?\s?c\.?(?:e\.?)?|a\.?\s?d\.?|c\.?\s?e\.?)", re.IGNORECASE | re.ASCII)
_SERIAL = re.compile(r"(?P<days>\d{5})(?:[.,](?P<fraction>\d+))?", re.ASCII)
_EXCEL_EPOCH_DAYS = dates.days_from_civil(1899, 12, 30)


class DateOrder(Enum):
    DAY_FIRST = "day first"
    MONTH_FIRST = "month first"


class AmbiguousDate(ImportFailure):
    """A numeric date whose day and month could be swapped (``03/04/2025``)."""


def numeric_order(text: str) -> DateOrder | None:
    """Which order a slashed or dashed date must be in, if it tells; None if it could be either or is not one."""
    match = _NUMERIC.fullmatch(text.strip())
    if match is None or match["sep"] == "." or len(match["a"]) > 2 or match["c"] is None:
        return None
    first, second = int(match["a"]), int(match["b"])
    if first > 12 >= second:
        return DateOrder.DAY_FIRST
    if second > 12 >= first:
        return DateOrder.MONTH_FIRST
    return None


def is_ambiguous(text: str) -> bool:
    match = _NUMERIC.fullmatch(text.strip())
    return (
        match is not None and match["sep"] != "." and len(match["a"]) <= 2 and match["c"] is not None
        and int(match["a"]) <= 12 and int(match["b"]) <= 12 and match["a"] != match["b"]
    )


def parse(text: str, where: str, order: DateOrder | None = None) -> DateParts:
    """Date parts (astronomical year) for a spreadsheet date; ImportFailure says what is wrong."""
    value = text.strip()
    if match := _ISO.fullmatch(value):  # the common case, kept fast: the caller checks the date exists
        year, month, day, hour, minute, second, fraction = match.groups()
        millisecond = milliseconds(fraction) if second and fraction else None
        return (int(year), int(month), day and int(day), hour and int(hour), minute and int(minute), second and int(second),
                millisecond)
    if _YEAR.fullmatch(value):
        if len(value) == 5 and value.isdigit():  # an Excel serial day number, not a year
            return _serial(_SERIAL.fullmatch(value), value, where)  # type: ignore[arg-type]
        return (int(value), None, None, None, None, None, None)
    if match := _MONTH_YEAR.fullmatch(value):
        return _checked(where, value, lambda: (int(match["year"]), int(match["month"]), None, None, None, None, None))
    if match := _NUMERIC.fullmatch(value):
        return _numeric(match, value, where, order)
    for pattern in (_NAMED_MDY, _NAMED_DMY):
        if (match := pattern.fullmatch(value)) and match["month"].lower() in _MONTHS:
            parts = (_year(match["year"]), _MONTHS[match["month"].lower()], int(match["day"]))
            return _with_time(parts, match["time"], value, where)
    if (match := _NAMED_MY.fullmatch(value)) and match["month"].lower() in _MONTHS:
        return _checked(where, value, lambda: (int(match["year"]), _MONTHS[match["month"].lower()], None, None, None, None, None))
    if match := _ERA.fullmatch(value):
        year = int(match["year"])
        astronomical = 1 - year if match["era"].lower().startswith("b") else year
        return _checked(where, value, lambda: (astronomical, None, None, None, None, None, None))
    if match := _SERIAL.fullmatch(value):
        return _serial(match, value, where)
    raise ImportFailure(where, f"{shown(value)} is not a date (write it like 2025-06-18, 18 June 2025 or June 2025)")


def _numeric(match: re.Match[str], value: str, where: str, order: DateOrder | None) -> DateParts:
    a, b, c = match["a"], match["b"], match["c"]
    if c is None:  # year and month: 2025/06
        if len(a) == 4 and not match["time"]:
            return _checked(where, value, lambda: (int(a), int(b), None, None, None, None, None))
        raise ImportFailure(where, f"{shown(value)} is not a date (a month and year is written like 6/2025 or 2025-06)")
    if len(a) == 4:  # 2025/06/18
        parts = (int(a), int(b), int(c))
    else:
        year = _year(c)
        if match["sep"] == ".":
            parts = (year, int(b), int(a))
        else:
            if int(a) > 12 and int(b) > 12:
                raise ImportFailure(where, f"{shown(value)} is not a date that exists (neither {a} nor {b} is a month)")
            chosen = numeric_order(value) or order
            if chosen is None:
                raise AmbiguousDate(where, f"{shown(value)} could be day/month or month/day; say which with --day-first or --month-first")
            day, month = (int(a), int(b)) if chosen is DateOrder.DAY_FIRST else (int(b), int(a))
            parts = (year, month, day)
    return _with_time(parts, match["time"], value, where)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # as Excel reads two-digit years
        year += 2000 if year < 30 else 1900
    return year


def _with_time(parts: tuple[int, int, int], time: str | None, value: str, where: str) -> DateParts:
    if not time:
        return _checked(where, value, lambda: (*parts, None, None, None, None))
    clock = parse_time(time, where)
    second = clock["second"]
    millisecond = clock["millisecond"] if second is not None else None
    return _checked(where, value, lambda: (*parts, clock["hour"], clock["minute"] or 0, second, millisecond))


def _serial(match: re.Match[str], value: str, where: str) -> DateParts:
    year, month, day = dates.civil_from_days(_EXCEL_EPOCH_DAYS + int(match["days"]))
    if not match["fraction"]:
        return (year, month, day, None, None, None, None)
    minutes = round(float("0." + match["fraction"]) * 24 * 60)
    if minutes >= 24 * 60:
        minutes = 24 * 60 - 1
    return _checked(where, value, lambda: (year, month, day, minutes // 60, minutes % 60, None, None))


def _checked(where: str, value: str, build: object) -> DateParts:
    try:
        parts = build()  # type: ignore[operator]
        dates.PartialDate(*parts)
    except (dates.DateError, ValueError) as exc:
        reason = str(exc).rpartition(": ")[2]
        raise ImportFailure(where, f"{shown(value)} is not a date that exists ({reason})") from None
    return parts
