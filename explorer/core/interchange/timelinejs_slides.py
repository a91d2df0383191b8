"""A TimelineJS slide (from JSON 3, JSON 2 or a sheet row) as a Case Explorer event row or era.

Every TimelineJS flavour ends up here, so the same timeline imports to the same events whatever
file it came in: headline HTML becomes the plain-text title, text HTML becomes safe Markdown,
``group`` becomes the event's category (the timeline can draw one lane per category), media and
background are kept, and the slide's ``display_date`` (or the dates' own display texts) become
the display date. A slide without ``unique_id`` gets a uid derived from its headline and dates,
so importing the same file again merges instead of duplicating. Milliseconds in a date are
dropped (Case Explorer keeps whole seconds); ``DroppedMilliseconds`` counts the slides that had
them, for one remark in the import report.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from html import unescape

from explorer.core import dates
from explorer.core.interchange import timelinejs_dates as tl_dates
from explorer.core.interchange.bulk_events import NO_MEDIA, DateColumns, event_row
from explorer.core.interchange.case_data import CaseData
from explorer.core.interchange.date_format import render_format
from explorer.core.interchange.html_markdown import html_to_markdown, html_to_text
from explorer.core.interchange.json_reader import ImportFailure, checked_text, shown
from explorer.core.interchange.markdown_escape import safe_url
from explorer.core.models import Era, uid_problem
from explorer.core.store import RecordError

MEDIA_KEYS = ("url", "caption", "credit", "thumbnail", "alt", "title", "link")
_UNTITLED = "Untitled event"
_HTML_SPACE = " \t\n\r\f"
_IFRAME_SOURCE = re.compile(r"""<iframe\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_TITLE_FROM_TEXT = 80


class Where:
    """How to name a slide's fields in errors (JSON paths, or a sheet's line and columns), worked out only for an error."""

    __slots__ = ("_end", "_headline", "_namer", "_start")

    def __init__(self, namer: Callable[[str], str], start: str, end: str, headline: str) -> None:
        self._namer, self._start, self._end, self._headline = namer, start, end, headline

    @classmethod
    def json(cls, path: str, start: str = "start_date", end: str = "end_date") -> Where:
        return cls(lambda field: f"{path}.{field}", start, end, "text.headline")

    @property
    def start(self) -> str:
        return self._namer(self._start)

    @property
    def end(self) -> str:
        return self._namer(self._end)

    @property
    def headline(self) -> str:
        return self._namer(self._headline)


@dataclass(frozen=True)
class SlideDate:
    """A start or end date as read, with the text TimelineJS would show for it, if it was given."""

    parts: tl_dates.DateParts
    label: str = ""  # from the date's own display_date or format
    format: str = ""
    milliseconds_at: str = ""  # where it was read, when it had milliseconds (dropped: we keep whole seconds)


class DroppedMilliseconds:
    """The events and eras of one import whose dates had milliseconds, which are dropped: one remark."""

    def __init__(self) -> None:
        self.counts = {"event": 0, "era": 0}
        self.first = ""

    def note(self, kind: str, start: SlideDate, end: SlideDate | None) -> None:
        """Count an imported ``kind`` ("event" or "era") if its start or end had milliseconds."""
        where = start.milliseconds_at or (end.milliseconds_at if end is not None else "")
        if where:
            self.counts[kind] += 1
            self.first = self.first or where

    def remark(self) -> str | None:
        """What the import report says: where the first one was and how many there were; None if none."""
        if not self.first:
            return None
        counted = " and ".join(f"{n} {kind if n == 1 else kind + 's'}" for kind, n in self.counts.items() if n)
        first = ", this is the first" if sum(self.counts.values()) > 1 else ""
        return f"{self.first}: the milliseconds were dropped (Case Explorer keeps whole seconds); {counted} had milliseconds{first}"

    def report_to(self, small: CaseData) -> None:
        """Add the remark, if any, to what the import read (``merge_into`` puts it in the report)."""
        remark = self.remark()
        if remark is not None:
            small.remarks.append(remark)


def generated_uid(prefix: str, title: str, start: str, end: str | None) -> str:
    digest = hashlib.sha1(f"{title}\x1f{start}\x1f{end or ''}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"{prefix}{digest[:16]}"


def slide_uid(value: object, where: str | Callable[[], str]) -> str | None:
    """A slide's ``unique_id`` as a uid, or None when it has none."""
    if value is None or value == "":
        return None
    path = where if isinstance(where, str) else where()
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ImportFailure(path, f"{shown(value)} is not a string")
    value = value.strip()
    if not value:
        return None
    problem = uid_problem(value)
    if problem:
        raise ImportFailure(path, f"{shown(value)} {problem}")
    return checked_text(path, value)


def media_columns(values: dict[str, str]) -> tuple:
    """The event's media columns; captions and credits are HTML, turned into Markdown."""
    cells = [values.get(key, "").strip(_HTML_SPACE) for key in MEDIA_KEYS]  # HTML's spaces: a no-break space is text
    if not any(cells):
        return NO_MEDIA
    cells[1] = html_to_markdown(cells[1])
    cells[2] = html_to_markdown(cells[2])
    return (*cells, 1)


def embedded_media(media: tuple) -> tuple[tuple, str]:
    """Media whose "url" is HTML (TimelineJS shows a ``<blockquote>`` as a quote and an ``<iframe>``
    as an embedded page): an iframe's address becomes the media's; anything else, a quote or a
    tweet, becomes Markdown text for the slide's text (its scripts dropped), and the media keeps
    only its caption and credit, if any. Other media come back as they are, with no text."""
    url = media[0]
    if not url.startswith("<"):
        return media, ""
    frame = _IFRAME_SOURCE.search(url)
    address = safe_url(unescape(next(part for part in frame.groups() if part is not None))) if frame else None
    if address is not None:
        return (address, *media[1:]), ""
    rest = media[1:-1]
    return (("", *rest, 1) if any(rest) else NO_MEDIA), html_to_markdown(url)


def with_quote(text: str, quote: str) -> str:
    """A slide's Markdown text with the quote its media held (``embedded_media``) after it."""
    return f"{text}\n\n{quote}" if text and quote else text or quote


def _label(date: SlideDate | None) -> str:
    if date is None:
        return ""
    if date.label:
        return date.label
    if date.format:
        return render_format(date.format, tl_dates.to_partial(date.parts))
    return ""


def display_date(slide_display: str, start: SlideDate, end: SlideDate | None) -> str:
    """The slide's display date; else the dates' own texts joined as TimelineJS shows them."""
    if slide_display.strip():
        return html_to_text(slide_display)
    start_label, end_label = _label(start), _label(end)
    if not start_label and not end_label:
        return ""
    text = start_label or dates.display(tl_dates.to_partial(start.parts))
    if end is not None:
        text += " – " + (end_label or dates.display(tl_dates.to_partial(end.parts)))
    return html_to_text(text)


def fallback_title(text_html: str, shown_date: str) -> str:
    """A title for a slide without a headline: the start of its text, else its date."""
    for candidate in (text_html, shown_date):
        text = html_to_text(candidate)
        if text:
            return text if len(text) <= _TITLE_FROM_TEXT else text[: _TITLE_FROM_TEXT - 1].rstrip() + "…"
    return _UNTITLED


def event_from_slide(
    where: Where, uid: str | None, start: SlideDate, end: SlideDate | None, headline: str, text: str,
    media: tuple, group: str, slide_display: str, background: str | None, dropped: DroppedMilliseconds | None = None,
) -> tuple:
    """A checked event row for the bulk writer; ImportFailure names the slide's field. ``dropped`` counts it
    if its dates had milliseconds."""
    start_columns = tl_dates.checked_columns(start.parts, lambda: where.start)
    end_columns = tl_dates.checked_columns(end.parts, lambda: where.end) if end is not None else None
    media, quote = embedded_media(media)
    body = with_quote(html_to_markdown(text) if text else "", quote)
    shown_date = display_date(slide_display, start, end)
    title = html_to_text(headline) if headline else ""
    if not title:
        title = fallback_title(text, shown_date or dates.display(tl_dates.to_partial(start.parts)))
    if uid is None:
        uid = generated_uid("tl-", title, start_columns[0], end_columns[0] if end_columns else None)
    category = html_to_text(group) if group else ""
    try:
        row = event_row(uid, title, body, start_columns, end_columns, shown_date, category, media, background or None)
    except RecordError as exc:
        raise ImportFailure({"end": where.end, "title": where.headline}.get(exc.field, where.start), exc.problem) from None
    if dropped is not None:
        dropped.note("event", start, end)
    return row


def plain_slide_row(
    uid: str | None, start: tuple[SlideDate, DateColumns], end: tuple[SlideDate, DateColumns] | None, headline: str,
    text: str, group: str,
) -> tuple:
    """``event_from_slide`` for a slide with checked dates that carry no display text, format or
    milliseconds, and no media, display date or background: so its display date is empty.

    The same steps in the same order, without the error paths: RecordError when the row checks
    refuse it (the caller then reads the slide the long way, which says where).
    """
    start_columns = start[1]
    end_columns = end[1] if end is not None else None
    body = html_to_markdown(text) if text else ""
    title = html_to_text(headline) if headline else ""
    if not title:
        title = fallback_title(text, dates.display(tl_dates.to_partial(start[0].parts)))
    if uid is None:
        uid = generated_uid("tl-", title, start_columns[0], end_columns[0] if end_columns else None)
    category = html_to_text(group) if group else ""
    return event_row(uid, title, body, start_columns, end_columns, "", category)


def check_unicode(path: str, row: tuple) -> None:
    """JSON escapes can spell unpaired surrogates, which a case cannot store."""
    try:
        "".join(cell for cell in row if isinstance(cell, str)).encode("utf-8")
    except UnicodeEncodeError:
        raise ImportFailure(path, "holds text that is not valid Unicode (an unpaired surrogate)") from None


def era_from_slide(
    where: Where, index: int, start: SlideDate, end: SlideDate | None, headline: str, text: str,
    dropped: DroppedMilliseconds | None = None,
) -> Era:
    if end is None:
        raise ImportFailure(where.end, "is required: an era needs a start and an end date")
    start_columns = tl_dates.checked_columns(start.parts, where.start)
    end_columns = tl_dates.checked_columns(end.parts, where.end)
    if end_columns[2] <= start_columns[1]:
        raise ImportFailure(where.end, f"{end_columns[0]} is before the start {start_columns[0]}")
    title = checked_text(where.headline, html_to_text(headline)) or f"Era {index + 1}"
    uid = generated_uid("tl-era-", title, start_columns[0], end_columns[0])
    summary = checked_text(where.headline.rsplit(".", 1)[0] + ".text", html_to_markdown(text)) if text else ""
    if dropped is not None:
        dropped.note("era", start, end)
    return Era(uid=uid, title=title, start=tl_dates.to_partial(start.parts), end=tl_dates.to_partial(end.parts), summary=summary)


def background_text(value: object, path: str) -> str | None:
    """A slide background (``{"color": …}`` or ``{"url": …}``) as the event's one background string."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return checked_text(path, value.strip()) or None
    if not isinstance(value, dict):
        raise ImportFailure(path, f"{shown(value)} is not an object like {{\"color\": \"#0f9bd1\"}}")
    for key in ("url", "color"):
        item = value.get(key)
        if item is not None and not isinstance(item, str):
            raise ImportFailure(f"{path}.{key}", f"{shown(item)} is not a string")
        if item and item.strip():
            return checked_text(f"{path}.{key}", item.strip())
    return None


def is_image_address(background: str) -> bool:
    """Whether a background is an image address (TimelineJS's ``url``) rather than a colour."""
    lowered = background.lower()
    if lowered.startswith(("http://", "https://", "//", "/", "data:")):
        return True
    return "/" in lowered and "." in lowered.rsplit("/", 1)[-1]


def unique_eras(eras: list[Era]) -> list[Era]:
    """Eras with generated uids made distinct (``-2``, ``-3``…) when a file repeats an era."""
    seen: set[str] = set()
    result = []
    for era in eras:
        uid, number = era.uid, 1
        while uid in seen:
            number += 1
            uid = f"{era.uid}-{number}"
        seen.add(uid)
        result.append(era if uid == era.uid else replace(era, uid=uid))
    return result
