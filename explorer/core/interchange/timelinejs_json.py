"""Import TimelineJS 3 JSON: ``{"title": slide, "events": [slide…], "eras": [era…], "scale": …}``.

The title slide becomes the case's title and summary (its media and background are kept in the
case's metadata); every event slide becomes an event; eras become eras. Keys TimelineJS does
not define are ignored; a known key with a value of the wrong kind is an error naming its JSON
path (``events[12].start_date.month``). Events are read one at a time from the text, so even a
million of them never sit in memory as Python objects. Dates keep every part given, to the
millisecond.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from explorer.core.dates import DateError
from explorer.core.interchange import timelinejs_dates as tl_dates
from explorer.core.interchange.bulk_events import NO_MEDIA, DateColumns, EventBulkWriter
from explorer.core.interchange.case_data import CaseData
from explorer.core.interchange.html_markdown import html_to_markdown, html_to_text
from explorer.core.interchange.import_job import StreamedImport
from explorer.core.interchange.json_reader import ImportFailure, checked_text, shown
from explorer.core.interchange.json_stream import JsonCursor, check_readable
from explorer.core.interchange.timelinejs_slides import (
    MEDIA_KEYS,
    TITLE_BACKGROUND,
    TITLE_MEDIA_PREFIX,
    DroppedLinks,
    SlideDate,
    SlideRemarks,
    Where,
    background_text,
    check_unicode,
    embedded_media,
    era_from_slide,
    event_from_slide,
    media_columns,
    plain_slide_row,
    slide_uid,
    unique_eras,
    with_quote,
)
from explorer.core.store import RecordError

_DATE_KEYS = ("year", "month", "day", "hour", "minute", "second", "millisecond")
_YEAR_MONTH_DAY = frozenset({"year", "month", "day"})
_PLAIN = (int, str, type(None))
_TEXT_OR_NONE = (str, type(None))
META_MEDIA_PREFIX = TITLE_MEDIA_PREFIX
META_BACKGROUND = TITLE_BACKGROUND


def looks_like_timelinejs(keys: set[str]) -> bool:
    return "events" in keys


def text_value(container: dict, key: str, path: str) -> str:
    """A text field; missing or null is empty, numbers are taken as their text."""
    value = container.get(key)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise ImportFailure(f"{path}.{key}", f"{shown(value)} is not text")


def read_date(value: object, path: str) -> SlideDate | None:
    """A TimelineJS date object; None when it is missing or has no year at all."""
    if type(value) is dict and value.keys() <= _YEAR_MONTH_DAY:  # the common case, made fast
        year, month, day = value.get("year"), value.get("month"), value.get("day")
        if type(year) in _PLAIN and type(month) in _PLAIN and type(day) in _PLAIN:
            fast = _year_month_day(year, month, day)
            if fast is not None:
                return fast
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ImportFailure(path, f"{shown(value)} is not a date object like {{\"year\": 2025, \"month\": 6}}")
    numbers = {key: tl_dates.integer(value[key], f"{path}.{key}") for key in _DATE_KEYS if key in value}
    if all(number is None for number in numbers.values()):
        return None
    parts = tl_dates.date_parts(numbers, path)
    label = text_value(value, "display_date", path)
    return SlideDate(parts, html_to_text(label) if label else "")


@lru_cache(maxsize=65_536)
def _year_month_day(year: object, month: object, day: object) -> SlideDate | None:
    """A valid date of plain numbers (or number texts), or None to let ``read_date`` say what is wrong."""
    try:
        numbers = {"year": _plain_int(year), "month": _plain_int(month), "day": _plain_int(day)}
        if numbers["year"] is None:
            return None
        parts = tl_dates.date_parts(numbers, "")
        tl_dates.date_columns(parts)
    except (ImportFailure, DateError, ValueError, TypeError):
        return None
    return SlideDate(parts)


def _plain_int(value: object) -> int | None:
    if value is None or value == "":
        return None
    if type(value) is int:
        return value
    if type(value) is str and value.isascii() and value.lstrip("-").isdigit() and len(value) <= 14:
        return int(value)
    raise ValueError(value)


def _object(value: object, path: str) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ImportFailure(path, f"{shown(value)} is not an object")
    return value


def read_media(slide: dict, path: str) -> tuple:
    if slide.get("media") is None:
        return NO_MEDIA
    media = _object(slide.get("media"), f"{path}.media")
    return media_columns({key: text_value(media, key, f"{path}.media") for key in MEDIA_KEYS if key in media})


def plain_event(item: object, index: int) -> tuple | None:
    """``read_event`` of ``events[index]`` for the common slide; None when the slide needs the full reading.

    The common slide has dates of plain numbers (year, month and day),
    text and group as strings, and no media, display date or background. Anything else, and any
    slide the row checks would refuse, is left to ``read_event``, which says what is wrong; a
    property test keeps the two equal.
    """
    if type(item) is not dict or item.get("media") is not None or _given(item.get("display_date")) or _given(item.get("background")):
        return None
    start = _plain_date(item.get("start_date"))
    if start is None:
        return None
    end_value = item.get("end_date")
    end = None
    if end_value is not None:
        end = _plain_date(end_value)
        if end is None:
            return None
    text = item.get("text")
    if text is None:
        headline = body = None
    elif type(text) is dict:
        headline, body = text.get("headline"), text.get("text")
    else:
        return None
    group = item.get("group")
    if not (type(headline) in _TEXT_OR_NONE and type(body) in _TEXT_OR_NONE and type(group) in _TEXT_OR_NONE):
        return None
    uid = item.get("unique_id")
    if uid is not None:
        uid = slide_uid(uid, lambda: f"events[{index}].unique_id")
    try:
        return plain_slide_row(uid, start, end, headline or "", body or "", group or "")
    except RecordError:
        return None


def _given(value: object) -> bool:
    return value is not None and value != ""


def _plain_date(value: object) -> tuple[SlideDate, DateColumns] | None:
    if type(value) is dict and value.keys() <= _YEAR_MONTH_DAY:
        get = value.get
        try:
            return _plain_columns(get("year"), get("month"), get("day"))
        except TypeError:  # a list or an object where a number belongs
            return None
    return None


@lru_cache(maxsize=65_536, typed=True)  # typed: 1, 1.0 and true are different dates here
def _plain_columns(year: object, month: object, day: object) -> tuple[SlideDate, DateColumns] | None:
    if not (type(year) in _PLAIN and type(month) in _PLAIN and type(day) in _PLAIN):
        return None
    date = _year_month_day(year, month, day)
    return None if date is None else (date, tl_dates.date_columns(date.parts))


def read_event(item: object, path: str, remarks: SlideRemarks | None = None) -> tuple:
    """One event slide as a checked event row, any slide: ImportFailure names the field that is wrong.

    ``remarks`` notes the addresses dropped as unsafe.
    """
    if not isinstance(item, dict):
        raise ImportFailure(path, f"{shown(item)} is not a slide object")
    start = read_date(item.get("start_date"), f"{path}.start_date")
    if start is None:
        raise ImportFailure(f"{path}.start_date", "is required (an event needs a start date with a year)")
    end = read_date(item.get("end_date"), f"{path}.end_date")
    text = _object(item.get("text"), f"{path}.text")
    return event_from_slide(
        Where.json(path), slide_uid(item.get("unique_id"), f"{path}.unique_id"), start, end,
        text_value(text, "headline", f"{path}.text"), text_value(text, "text", f"{path}.text"),
        read_media(item, path), text_value(item, "group", path), text_value(item, "display_date", path),
        background_text(item.get("background"), f"{path}.background"), remarks,
    )


def read_title(item: object, path: str, links: DroppedLinks | None = None) -> dict[str, str]:
    """The title slide as case metadata: title, summary, and its media and background (their
    addresses that are not safe to open dropped, and noted in ``links``)."""
    if not isinstance(item, dict):
        raise ImportFailure(path, f"{shown(item)} is not a slide object")
    text = _object(item.get("text"), f"{path}.text")
    meta: dict[str, str] = {}
    headline = html_to_text(text_value(text, "headline", f"{path}.text"))
    summary = html_to_markdown(text_value(text, "text", f"{path}.text"))
    if headline:
        meta["title"] = headline
    if summary:
        meta["summary"] = summary
    media = _object(item.get("media"), f"{path}.media")
    add_title_media(meta, media_columns({key: text_value(media, key, f"{path}.media") for key in MEDIA_KEYS if key in media}))
    background = background_text(item.get("background"), f"{path}.background")
    if background:
        meta[META_BACKGROUND] = background
    (links or DroppedLinks()).check_title(meta, lambda key: f"{path}.{'background.url' if key == 'background' else 'media.' + key}")
    for key, value in meta.items():
        checked_text(f"{path} ({key})", value)
    return meta


def add_title_media(meta: dict[str, str], media: tuple) -> None:
    """A title slide's media columns into case metadata (``title_media_url``…); a quote it holds
    (``embedded_media``) goes after the summary instead."""
    cells, quote = embedded_media(media)
    if quote:
        meta["summary"] = with_quote(meta.get("summary", ""), quote)
    if cells[-1]:
        meta.update({META_MEDIA_PREFIX + key: cell for key, cell in zip(MEDIA_KEYS, cells, strict=False) if cell})


def read_eras(value: object, path: str) -> list:
    if not isinstance(value, list):
        raise ImportFailure(path, f"{shown(value)} is not a list")
    eras = []
    for index, item in enumerate(value):
        where = f"{path}[{index}]"
        if not isinstance(item, dict):
            raise ImportFailure(where, f"{shown(item)} is not an era object")
        start = read_date(item.get("start_date"), f"{where}.start_date")
        if start is None:
            raise ImportFailure(f"{where}.start_date", "is required (an era needs a start and an end date)")
        text = _object(item.get("text"), f"{where}.text")
        eras.append(era_from_slide(
            Where.json(where), index, start, read_date(item.get("end_date"), f"{where}.end_date"),
            text_value(text, "headline", f"{where}.text"), text_value(text, "text", f"{where}.text"),
        ))
    return unique_eras(eras)


class TimelineJsImport(StreamedImport):
    format_name = "TimelineJS 3 JSON"

    def __init__(self, path: Path) -> None:
        self.path = path
        self._size = check_readable(path, 4 * 1024**3)

    def size(self) -> int:
        return self._size

    def location(self, key: Any) -> str:
        return f"events[{key}]"

    def read(self, writer: EventBulkWriter, small: CaseData, tick: Callable[[int], None]) -> None:
        with JsonCursor(self.path, 4 * 1024**3) as cursor:
            self._read(cursor, writer, small, tick)

    def _read(self, cursor: JsonCursor, writer: EventBulkWriter, small: CaseData, tick: Callable[[int], None]) -> None:
        if not cursor.is_object():
            raise ImportFailure(str(self.path), "is not a TimelineJS file (it does not hold a JSON object)")
        found_events = False
        remarks = SlideRemarks()
        for key in cursor.members():
            if key == "events":
                if not cursor.is_array():
                    raise ImportFailure("events", f"{shown(cursor.value())} is not a list of slides")
                for index, item in enumerate(cursor.items()):
                    row = plain_event(item, index)
                    if row is None:
                        row = read_event(item, f"events[{index}]", remarks)
                    if cursor.may_hold_surrogates:
                        check_unicode(f"events[{index}]", row)
                    writer.add(row, index)
                    if not index % 2000:
                        tick(cursor.bytes_read)
                found_events = True
            elif key == "title":
                small.meta.update(read_title(cursor.value(), "title", remarks.links))
            elif key == "eras":
                small.eras.extend(read_eras(cursor.value(), "eras"))
        cursor.end()
        if not found_events:
            raise ImportFailure("events", "is missing: a TimelineJS 3 file lists its slides in \"events\"")
        remarks.report_to(small)
