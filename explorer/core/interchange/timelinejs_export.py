"""Export a case as TimelineJS 3 JSON or as the TimelineJS Google Sheets template (CSV).

The case title and summary become the title slide; every event a slide (uid → ``unique_id``,
category → ``group``, Markdown → HTML); every era an era. Dates keep their precision (only the
known parts are written) and years follow TimelineJS's numbering (see ``timelinejs_dates``);
a case reaching beyond TimelineJS's human scale (271,821 BCE) is marked ``"scale":
"cosmological"``. What TimelineJS has no place for is left out: certainty, importance, the date
an event became public, participants, relationships, notes and era colours. An address that is
not safe to open (``link_problem``: a ``javascript:`` media link, say, in a case made before the
importer dropped them) is not written. A background holds an image and a colour
(``split_background``): the JSON writes both; the sheet's one Background cell the image, when
there is one (TimelineJS reads a cell starting with ``http``, ``//`` or ``/`` as an image, anything
else as a colour), else the colour.
"""

from __future__ import annotations

import csv
import html
import json
from collections.abc import Iterator
from typing import IO, Any

from explorer.core.dates import PartialDate
from explorer.core.interchange.markdown_html import markdown_to_html, markdown_to_inline_html
from explorer.core.interchange.timelinejs_dates import date_object, sheet_columns
from explorer.core.interchange.timelinejs_json import META_BACKGROUND, META_MEDIA_PREFIX
from explorer.core.interchange.timelinejs_sheet import formula_safe_sheet_rows
from explorer.core.interchange.timelinejs_slides import MEDIA_KEYS, link_problem, split_background
from explorer.core.models import Event
from explorer.core.store import CaseStore

_HUMAN_SCALE = (-271_820, 275_759)
SHEET_HEADERS = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline", "Text",
    "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background",
    "Alt Text", "Media Title", "Media Link", "Unique ID",
)


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def _safe(value: str, key: str) -> str:
    """An address as it may be written, "" when it is not safe to open."""
    return value if not value or link_problem(value, image=key == "thumbnail") is None else ""


def _media(values: dict[str, str]) -> dict[str, str] | None:
    values = {key: _safe(value, key) if key in ("url", "thumbnail", "link") else value for key, value in values.items()}
    if not any(values.values()):
        return None
    media = {"url": values.get("url", "")}
    for key in MEDIA_KEYS[1:]:
        value = values.get(key, "")
        if value:
            media[key] = markdown_to_inline_html(value) if key in ("caption", "credit") else value
    return media


def _background(value: str | None) -> dict[str, str] | None:
    address, colour = split_background(value or "")
    background = {"url": _safe(address, "background"), "color": colour}
    return {key: part for key, part in background.items() if part} or None


def _sheet_background(value: str | None) -> str:
    """The sheet's one Background cell: the image, else the colour."""
    background = _background(value) or {}
    return background.get("url") or background.get("color", "")


def title_slide(store: CaseStore) -> dict[str, Any] | None:
    meta = store.meta()
    text = {}
    if meta.get("title"):
        text["headline"] = _text(meta["title"])
    if meta.get("summary"):
        text["text"] = markdown_to_html(meta["summary"])
    slide: dict[str, Any] = {"text": text} if text else {}
    media = _media({key: meta.get(META_MEDIA_PREFIX + key, "") for key in MEDIA_KEYS})
    if media:
        slide["media"] = media
    if background := _background(meta.get(META_BACKGROUND)):
        slide["background"] = background
    return slide or None


def event_slide(event: Event) -> dict[str, Any]:
    slide: dict[str, Any] = {"unique_id": event.uid, "start_date": date_object(event.start)}
    if event.end is not None:
        slide["end_date"] = date_object(event.end)
    slide["text"] = {"headline": _text(event.title), "text": markdown_to_html(event.body) if event.body else ""}
    if event.media is not None and (media := _media({key: getattr(event.media, key) for key in MEDIA_KEYS})):
        slide["media"] = media
    if event.category:
        slide["group"] = _text(event.category)
    if event.display_date:
        slide["display_date"] = _text(event.display_date)
    if background := _background(event.background):
        slide["background"] = background
    return slide


def _beyond_human_scale(date: PartialDate | None) -> bool:
    return date is not None and not _HUMAN_SCALE[0] <= date.year <= _HUMAN_SCALE[1]


def write_json(store: CaseStore, out: IO[str]) -> None:
    """The case as TimelineJS 3 JSON, written event by event."""
    cosmological = False
    out.write("{\n")
    if (title := title_slide(store)) is not None:
        out.write(f'  "title": {_indented(title)},\n')
    out.write('  "events": [')
    for index, event in enumerate(store.iter_events()):
        cosmological = cosmological or _beyond_human_scale(event.start) or _beyond_human_scale(event.end)
        out.write(("," if index else "") + "\n    " + _indented(event_slide(event), 4))
    out.write("\n  ],\n")
    eras = []
    for era in store.eras():
        cosmological = cosmological or _beyond_human_scale(era.start) or _beyond_human_scale(era.end)
        eras.append({
            "unique_id": era.uid, "start_date": date_object(era.start), "end_date": date_object(era.end),
            "text": {"headline": _text(era.title), "text": markdown_to_html(era.summary) if era.summary else ""},
        })
    out.write(f'  "eras": {_indented(eras)}')
    if cosmological:
        out.write(',\n  "scale": "cosmological"')
    out.write("\n}\n")


def _indented(value: object, indent: int = 2) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + " " * indent)


def sheet_rows(store: CaseStore) -> Iterator[list[str]]:
    """The TimelineJS sheet: a title row, one row per event, one per era."""
    title = title_slide(store)
    if title is not None:
        text, media = title.get("text", {}), title.get("media") or {}
        background = _sheet_background(store.meta().get(META_BACKGROUND))
        yield _sheet_row(None, None, "", text.get("headline", ""), text.get("text", ""), media, "title", "", background, "")
    for event in store.iter_events():
        slide = event_slide(event)
        yield _sheet_row(
            event.start, event.end, slide.get("display_date", ""), slide["text"]["headline"], slide["text"]["text"],
            slide.get("media") or {}, "", slide.get("group", ""), _sheet_background(event.background), event.uid,
        )
    for era in store.eras():
        yield _sheet_row(era.start, era.end, "", _text(era.title), markdown_to_html(era.summary) if era.summary else "", {},
                         "era", "", "", "")


def _sheet_row(
    start: PartialDate | None, end: PartialDate | None, display: str, headline: str, text: str, media: dict[str, str],
    kind: str, group: str, background: str, uid: str,
) -> list[str]:
    return [
        *sheet_columns(start), *sheet_columns(end), display, headline, text, media.get("url", ""), media.get("credit", ""),
        media.get("caption", ""), media.get("thumbnail", ""), kind, group, background, media.get("alt", ""),
        media.get("title", ""), media.get("link", ""), uid,
    ]


def write_sheet(store: CaseStore, out: IO[str]) -> None:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(SHEET_HEADERS)
    writer.writerows(formula_safe_sheet_rows(SHEET_HEADERS, sheet_rows(store)))  # no cell a spreadsheet would run
