"""Dates for people, in the way chosen in Preferences ▸ Dates: the case's English, the system's
language and order, another locale's ("juin 2025", "18. Juni 2025", "June 18, 2025") or ISO 8601.

``core.dates`` writes dates in English and knows nothing of Qt; this module puts QLocale's month
names and day-month order on top, keeping each date's precision (a month stays "juin 2025", never
"1 juin 2025") and the years Qt cannot hold (BCE, deep time) as ``core.dates`` writes them.
``moment`` names the time cursor's date at a precision that suits where it is and the zoom.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, QTime

from explorer.core import dates
from explorer.core.dates import PartialDate, Precision
from explorer.ui import settings

ENGLISH, SYSTEM, ISO = "", "system", "iso"
_TOKENS = re.compile(r"'[^']*'|d+|M+|y+")
_WEEKDAY = re.compile(r"dddd[\s,.]*|[\s,.]*dddd")
_current: dict[str, str | None] = {"style": None}
DAYS_FROM_YEAR = -9999  # 10,000 BCE (astronomical -9999): earlier moments are named by their year only
_YEAR_SECONDS = 365.2425 * dates.SECONDS_PER_DAY
_ZOOMS = (  # (visible span under which, precision named)
    (2 * dates.SECONDS_PER_DAY, Precision.MINUTE),
    (3 * _YEAR_SECONDS, Precision.DAY),
    (40 * _YEAR_SECONDS, Precision.MONTH),
)


def style() -> str:
    """The chosen way of writing dates (read from the settings once, then kept)."""
    if _current["style"] is None:
        _current["style"] = settings.date_locale()
    return str(_current["style"])


def set_style(name: str) -> None:
    """Write dates this way from now on (Preferences saves the setting itself)."""
    _current["style"] = name


def locale(name: str | None = None) -> QLocale | None:
    """The QLocale for a style; None for the case's English and for ISO."""
    name = style() if name is None else name
    if name in (ENGLISH, ISO):
        return None
    return QLocale.system() if name == SYSTEM else QLocale(name)


def _year(year: int, digits: int) -> str:
    if 0 < year <= 9999:
        return f"{year:04d}" if digits >= 4 else f"{year % 100:02d}" if digits == 2 else str(year)
    return dates.display_year(year)


def _day_pattern(where: QLocale) -> str:
    """The locale's long date pattern without the weekday: 'd MMMM yyyy', 'MMMM d, yyyy'…"""
    return _WEEKDAY.sub("", where.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")


def _fill(pattern: str, where: QLocale, d: PartialDate) -> str:
    def token(match: re.Match[str]) -> str:
        text = match.group(0)
        if text.startswith("'"):
            return text[1:-1].replace("''", "'") if len(text) > 2 else "'"
        kind, width = text[0], len(text)
        if kind == "d":
            return f"{d.day:02d}" if width == 2 else str(d.day)
        if kind == "M":
            if width >= 3:
                form = QLocale.FormatType.LongFormat if width == 4 else QLocale.FormatType.ShortFormat
                return where.monthName(d.month, form)
            return f"{d.month:02d}" if width == 2 else str(d.month)
        return _year(d.year, width)

    return _TOKENS.sub(token, pattern)


def display(d: PartialDate, name: str | None = None) -> str:
    """One date, at its precision, written the chosen way."""
    name = style() if name is None else name
    if name == ISO:
        return d.iso().replace("T", " ")
    where = locale(name)
    if where is None:
        return dates.display(d)
    if d.month is None:
        return dates.display_year(d.year)
    if d.day is None:
        month, year = where.standaloneMonthName(d.month, QLocale.FormatType.LongFormat), _year(d.year, 4)
        return f"{year} {month}" if _day_pattern(where).lstrip("'").startswith("y") else f"{month} {year}"
    text = _fill(_day_pattern(where), where, d)
    if d.minute is not None:
        time = QTime(d.hour, d.minute, d.second or 0, d.millisecond or 0)
        seconds = "HH:mm:ss.zzz" if d.millisecond is not None else "HH:mm:ss"
        time_text = where.toString(time, seconds if d.second is not None else where.timeFormat(QLocale.FormatType.ShortFormat))
        text += f", {time_text}"
    return text


def display_span(start: PartialDate, end: PartialDate | None = None, name: str | None = None) -> str:
    """A date or a span, written the chosen way."""
    name = style() if name is None else name
    if name == ENGLISH:
        return dates.display_span(start, end)
    if end is None or end == start:
        return display(start, name)
    return f"{display(start, name)} – {display(end, name)}"


def moment_precision(seconds: int, span: float | None = None) -> Precision:
    """How precisely to name a moment such as the time cursor's: by where it lies and, when the
    visible ``span`` (seconds) is given, by the zoom.

    Before 10,000 BCE a month or a day means nothing: only the year is named, which in deep time
    reads "6.9 billion years ago". Otherwise, zoomed to under two days the minute is named (the
    ruler shows hours), to under 3 years the day, to under 40 years the month, and beyond that
    the year (the spans a note's period is given for, ``core.notes.anchors``). Without a span (the
    relationship panel, which is not zoomed) the day is named: the one its network stands on.
    """
    if dates.from_seconds(seconds)[0] < DAYS_FROM_YEAR:
        return Precision.YEAR
    if span is None:
        return Precision.DAY
    for limit, precision in _ZOOMS:
        if span < limit:
            return precision
    return Precision.YEAR


def moment(seconds: int, span: float | None = None) -> str:
    """A moment (the time cursor, the relationship panel's date) named at ``moment_precision``."""
    return display(dates.from_seconds_at(seconds, moment_precision(seconds, span)))
