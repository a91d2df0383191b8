"""Import the older TimelineJS 2 JSON: ``{"timeline": {"headline", "text", "asset", "date": […], "era": […]}}``.

Dates are texts: ``"2011,12,10"`` (year, month, day, hour, minute, second, millisecond, comma
separated), ``"12/10/2011"`` (month first, as TimelineJS 2 reads it), ``"2011"``, or ISO
``"2011-12-10T14:30"``. Milliseconds are kept (``"2011,12,10,14,30,5,250"``, ``"2011-12-10T14:30:05.250"``).
A slide's ``asset`` (media, credit, caption, thumbnail) becomes the event's media and its
``tag`` the event's category; eras keep their headline, text and dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType
from typing import Any

from explorer.core.interchange import timelinejs_dates as tl_dates
from explorer.core.interchange.bulk_events import EventBulkWriter
from explorer.core.interchange.case_data import CaseData
from explorer.core.interchange.html_markdown import html_to_markdown, html_to_text
from explorer.core.interchange.import_job import StreamedImport
from explorer.core.interchange.json_reader import ImportFailure, checked_text, shown
from explorer.core.interchange.json_stream import JsonCursor, check_readable
from explorer.core.interchange.timelinejs_json import add_title_media, text_value
from explorer.core.interchange.timelinejs_slides import (
    DroppedLinks,
    SlideDate,
    SlideRemarks,
    Where,
    check_unicode,
    era_from_slide,
    event_from_slide,
    media_columns,
    unique_eras,
)

_ASSET_KEYS = {"media": "url", "caption": "caption", "credit": "credit", "thumbnail": "thumbnail"}
_LINK_FIELDS = MappingProxyType({"url": "asset.media", "thumbnail": "asset.thumbnail", "link": "asset.link", "background": "background"})
_SLASHED = re.compile(r"\s*(\d{1,2})/(-?\d{1,12})(?:/(-?\d+))?(?:\s+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?\s*", re.ASCII)
_ISO = re.compile(r"\s*(-?\d{1,12})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*")
_COMPACT = re.compile(r"\s*(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})\s*")
_NAMES = ("year", "month", "day", "hour", "minute", "second", "millisecond")


def parse_date(value: object, path: str) -> SlideDate | None:
    """A TimelineJS 2 date text as date parts; None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return SlideDate(tl_dates.date_parts({"year": tl_dates.integer(value, path)}, path))
    if not isinstance(value, str):
        raise ImportFailure(path, f"{shown(value)} is not a date text like \"2011,12,10\"")
    numbers = _numbers(value.strip(), path)
    if numbers is None:
        raise ImportFailure(path, f"{shown(value)} is not a date (TimelineJS 2 dates look like \"2011,12,10\")")
    if numbers.get("year") is None:
        raise ImportFailure(path, f"{shown(value)} has no year")
    return SlideDate(tl_dates.date_parts(numbers, path))


def _numbers(text: str, path: str) -> dict[str, int | None] | None:
    if not text:
        return None
    if "," in text:
        cells = text.split(",")
        if len(cells) > len(_NAMES):
            return None
        parsed = [tl_dates.integer(cell, path) for cell in cells]
        # TimelineJS 2 counts a 0 month, day or time part as "not given"
        return {name: (number if number or index == 0 else None) for index, (name, number) in enumerate(zip(_NAMES, parsed, strict=False))}
    if match := _SLASHED.fullmatch(text):
        month, second_part, year, hour, minute, second = match.groups()
        if year is None:  # month/year
            return {"year": int(second_part), "month": int(month)}
        return _ints(year=year, month=month, day=second_part, hour=hour, minute=minute, second=second)
    if match := _ISO.fullmatch(text):
        *parts, fraction = match.groups()
        numbers = _ints(**dict(zip(_NAMES, parts, strict=False)))
        return {**numbers, "millisecond": tl_dates.milliseconds(fraction)} if fraction else numbers
    if match := _COMPACT.fullmatch(text):
        return _ints(**dict(zip(_NAMES, match.groups(), strict=False)))
    if re.fullmatch(r"[+-]?\d{1,12}", text):
        return {"year": int(text)}
    return None


def _ints(**parts: str | None) -> dict[str, int | None]:
    return {name: (int(value) if value is not None else None) for name, value in parts.items()}


def _asset(slide: dict, path: str) -> tuple:
    asset = slide.get("asset")
    if asset is None:
        return media_columns({})
    if not isinstance(asset, dict):
        raise ImportFailure(f"{path}.asset", f"{shown(asset)} is not an object")
    return media_columns({ours: text_value(asset, theirs, f"{path}.asset") for theirs, ours in _ASSET_KEYS.items() if theirs in asset})


def read_event(item: object, path: str, remarks: SlideRemarks | None = None) -> tuple:
    """One slide of ``timeline.date`` as a checked event row; ``remarks`` notes the addresses dropped as unsafe."""
    if not isinstance(item, dict):
        raise ImportFailure(path, f"{shown(item)} is not a slide object")
    start = parse_date(item.get("startDate"), f"{path}.startDate")
    if start is None:
        raise ImportFailure(f"{path}.startDate", "is required (an event needs a start date)")
    return event_from_slide(
        Where.json(path, "startDate", "endDate", _LINK_FIELDS), None, start, parse_date(item.get("endDate"), f"{path}.endDate"),
        text_value(item, "headline", path), text_value(item, "text", path), _asset(item, path),
        text_value(item, "tag", path), "", None, remarks,
    )


class TimelineJs2Import(StreamedImport):
    format_name = "TimelineJS 2 JSON"

    def __init__(self, path: Path) -> None:
        self.path = path
        self._size = check_readable(path, 4 * 1024**3)

    def size(self) -> int:
        return self._size

    def location(self, key: Any) -> str:
        return f"timeline.date[{key}]"

    def read(self, writer: EventBulkWriter, small: CaseData, tick: Callable[[int], None]) -> None:
        with JsonCursor(self.path, 4 * 1024**3) as cursor:
            self._read(cursor, writer, small, tick)

    def _read(self, cursor: JsonCursor, writer: EventBulkWriter, small: CaseData, tick: Callable[[int], None]) -> None:
        if not cursor.is_object():
            raise ImportFailure(str(self.path), "is not a TimelineJS file (it does not hold a JSON object)")
        found = False
        remarks = SlideRemarks()
        for key in cursor.members():
            if key != "timeline":
                continue
            found = True
            if not cursor.is_object():
                raise ImportFailure("timeline", f"{shown(cursor.value())} is not an object")
            title: dict[str, object] = {}
            for member in cursor.members():
                if member == "date":
                    self._events(cursor, writer, tick, remarks)
                elif member == "era":
                    small.eras.extend(_eras(cursor.value()))
                elif member in ("headline", "text", "asset"):
                    title[member] = cursor.value()
            small.meta.update(_title(title, remarks.links))
        cursor.end()
        if not found:
            raise ImportFailure("timeline", "is missing: a TimelineJS 2 file holds {\"timeline\": {…}}")
        remarks.report_to(small)

    def _events(self, cursor: JsonCursor, writer: EventBulkWriter, tick: Callable[[int], None], remarks: SlideRemarks) -> None:
        if not cursor.is_array():
            raise ImportFailure("timeline.date", f"{shown(cursor.value())} is not a list of slides")
        for index, item in enumerate(cursor.items()):
            row = read_event(item, f"timeline.date[{index}]", remarks)
            if cursor.may_hold_surrogates:
                check_unicode(f"timeline.date[{index}]", row)
            writer.add(row, index)
            if not index % 2000:
                tick(cursor.bytes_read)


def _title(values: dict[str, object], links: DroppedLinks) -> dict[str, str]:
    """The title slide (``timeline``'s own headline, text and asset) as case metadata."""
    meta: dict[str, str] = {}
    headline = html_to_text(text_value(values, "headline", "timeline"))
    summary = html_to_markdown(text_value(values, "text", "timeline"))
    if headline:
        meta["title"] = headline
    if summary:
        meta["summary"] = summary
    add_title_media(meta, _asset(values, "timeline"))  # the start slide's picture, as for TimelineJS 3
    links.check_title(meta, lambda key: f"timeline.{_LINK_FIELDS[key]}")
    for key, value in meta.items():
        checked_text(f"timeline ({key})", value)
    return meta


def _eras(value: object) -> list:
    if not isinstance(value, list):
        raise ImportFailure("timeline.era", f"{shown(value)} is not a list")
    eras = []
    for index, item in enumerate(value):
        path = f"timeline.era[{index}]"
        if not isinstance(item, dict):
            raise ImportFailure(path, f"{shown(item)} is not an era object")
        start = parse_date(item.get("startDate"), f"{path}.startDate")
        if start is None:
            raise ImportFailure(f"{path}.startDate", "is required (an era needs a start and an end date)")
        end = parse_date(item.get("endDate"), f"{path}.endDate")
        eras.append(era_from_slide(
            Where.json(path, "startDate", "endDate"), index, start, end, text_value(item, "headline", path),
            text_value(item, "text", path),
        ))
    return unique_eras(eras)
