"""TimelineJS date ``format`` masks (``"mmmm d',' yyyy"`` or a name like ``"full"``) as display text.

A TimelineJS date may say how it is to be shown. Case Explorer keeps no per-date format: a
format is a style, and TimelineJS renders dates itself, so the importer does not bake one into a
display text. These masks write the other half of a span when only one half has a display text of
its own, in TimelineJS's default style for that date's precision. Masks use TimelineJS's tokens: ``d dd ddd dddd``
(day, weekday), ``m mm mmm mmmm`` (month), ``yy yyyy``, ``h hh H HH`` (hour), ``M MM`` (minute),
``s ss``, ``l L`` (milliseconds, and hundredths as TimelineJS's date format writes them), ``t tt T
TT`` (am/pm) and quoted literal text.
"""

from __future__ import annotations

import re

from explorer.core import dates
from explorer.core.dates import MONTH_NAMES, PartialDate

_DEEP_TIME = -1_000_000
_WEEKDAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
_TOKEN = re.compile(r"d{1,4}|m{1,4}|yy(?:yy)?|([HhMsTt])\1?|[LloSZ]|\"[^\"]*\"|'[^']*'")
# Named formats, with masks of our own for the names TimelineJS's language files use.
_NAMED = {
    "year": "yyyy",
    "month_short": "mmm",
    "month": "mmmm yyyy",
    "full_short": "mmm d",
    "full": "mmmm d',' yyyy",
    "time": "h:MM:ss TT mmmm d',' yyyy",
    "time_short": "h:MM:ss TT",
    "time_no_seconds_short": "h:MM TT",
    "time_no_minutes_short": "h TT",
    "time_no_seconds_small_date": "h:MM TT mmmm d',' yyyy",
    "time_milliseconds": "l",
    "full_long": "mmm d',' yyyy 'at' h:MM TT",
    "full_long_small_date": "h:MM TT mmm d',' yyyy",
}


def render_format(mask: str, date: PartialDate) -> str:
    """The text a TimelineJS format mask gives for a date; parts the date lacks count as their start."""
    mask = _NAMED.get(mask.strip(), mask)
    year, month, day = date.year, date.month or 1, date.day or 1
    hour, minute, second, millisecond = date.hour or 0, date.minute or 0, date.second or 0, date.millisecond or 0
    weekday = (dates.days_from_civil(year, month, day) + 4) % 7
    shown_year = abs(year - 1) if year <= 0 else year
    values = {
        "d": str(day), "dd": f"{day:02d}", "ddd": _WEEKDAYS[weekday][:3], "dddd": _WEEKDAYS[weekday],
        "m": str(month), "mm": f"{month:02d}", "mmm": MONTH_NAMES[month - 1][:3], "mmmm": MONTH_NAMES[month - 1],
        "yy": f"{shown_year % 100:02d}", "yyyy": str(shown_year),
        "h": str(hour % 12 or 12), "hh": f"{hour % 12 or 12:02d}", "H": str(hour), "HH": f"{hour:02d}",
        "M": str(minute), "MM": f"{minute:02d}", "s": str(second), "ss": f"{second:02d}",
        "l": f"{millisecond:03d}", "L": f"{round(millisecond / 10) if millisecond > 99 else millisecond:02d}",
        "t": "a" if hour < 12 else "p", "tt": "am" if hour < 12 else "pm",
        "T": "A" if hour < 12 else "P", "TT": "AM" if hour < 12 else "PM",
        "S": _ordinal_suffix(day), "Z": "UTC", "o": "+0000",
    }

    def replace(match: re.Match[str]) -> str:
        token = match[0]
        return values[token] if token in values else token[1:-1]

    text = _TOKEN.sub(replace, mask)
    if year <= _DEEP_TIME:  # shown as 'years ago', as TimelineJS's cosmological scale does
        return dates.display_year(year)
    return f"{text} BCE" if year <= 0 else text


def _ordinal_suffix(day: int) -> str:
    if day % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
