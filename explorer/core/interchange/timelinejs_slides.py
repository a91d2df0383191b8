"""A TimelineJS slide (from JSON 3, JSON 2 or a sheet row) as a Case Explorer event row or era.

Every TimelineJS flavour ends up here, so the same timeline imports to the same events whatever
file it came in: headline HTML becomes the plain-text title, text HTML becomes safe Markdown,
``group`` becomes the event's category (the timeline can draw one lane per category), media and
background are kept, and the slide's ``display_date`` (or the dates' own display texts) become
the display date; a date's ``format`` is a style, not a text, and is left to whatever shows the
date. A slide without ``unique_id`` gets a uid derived from its headline and dates, so importing
the same file again merges instead of duplicating. Dates keep every part given, to the
millisecond. Media, thumbnail, media link and background addresses are kept only when they are
safe to open (``link_problem``: http, https, file paths); the others are dropped, and
``DroppedLinks`` (carried by the import's ``SlideRemarks``) makes one remark of them.

A background is one text: an image address, a colour, or both as ``"address colour"`` (an
address holds no raw space and a colour is one word such as ``#000000``): see ``split_background``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from html import unescape
from types import MappingProxyType

from explorer.core import dates
from explorer.core.interchange import timelinejs_dates as tl_dates
from explorer.core.interchange.bulk_events import NO_MEDIA, DateColumns, event_row, generated_uid
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
_MEDIA_LINKS = ((0, "url"), (3, "thumbnail"), (6, "link"))  # the media cells that hold addresses
# The fields that hold addresses, as the sheet names its columns (``Where`` for JSON names them otherwise)
_SHEET_LINK_FIELDS = MappingProxyType({
    "url": "media_url", "thumbnail": "media_thumbnail", "link": "media_link", "background": "background",
})
_JSON_LINK_FIELDS = MappingProxyType({
    "url": "media.url", "thumbnail": "media.thumbnail", "link": "media.link", "background": "background.url",
})
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_LINK_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_RASTER_DATA = re.compile(r"data:image/(?:png|jpe?g|gif|webp|bmp|avif)[;,]", re.IGNORECASE)  # no SVG: it can hold scripts
# A CSS colour: #hex, a name (``black``) or a function (``rgb(0, 0, 0)``); never a path or an address
_COLOR = re.compile(r"#[0-9a-fA-F]{3,8}|[A-Za-z][A-Za-z0-9-]*|[A-Za-z-]+\([\w\s,.%/+-]*\)")


class Where:
    """How to name a slide's fields in errors (JSON paths, or a sheet's line and columns), worked out only for an error."""

    __slots__ = ("_end", "_headline", "_links", "_namer", "_start")

    def __init__(self, namer: Callable[[str], str], start: str, end: str, headline: str,
                 links: MappingProxyType[str, str] = _SHEET_LINK_FIELDS) -> None:
        self._namer, self._start, self._end, self._headline, self._links = namer, start, end, headline, links

    @classmethod
    def json(cls, path: str, start: str = "start_date", end: str = "end_date",
             links: MappingProxyType[str, str] = _JSON_LINK_FIELDS) -> Where:
        return cls(lambda field: f"{path}.{field}", start, end, "text.headline", links)

    def link(self, key: str) -> str:
        """Where the address ``key`` is: ``url``, ``thumbnail`` or ``link`` of the media, or ``background``."""
        return self._namer(self._links[key])

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
    label: str = ""  # the date's own display_date


class DroppedLinks:
    """The addresses of one import dropped as not safe to open (``link_problem``): one remark."""

    def __init__(self) -> None:
        self.count = 0
        self.first = ""

    def note(self, where: str, address: str, problem: str) -> None:
        self.count += 1
        self.first = self.first or f"{where}: {shown(address)} was dropped: {problem}"

    def remark(self) -> str | None:
        """Where the first was and why, and how many there were; None if none."""
        if not self.first:
            return None
        more = f"; {self.count} addresses were dropped, this is the first" if self.count > 1 else ""
        return f"{self.first} (only http:, https: and file paths are kept){more}"

    def checked(self, where: str, address: str, *, image: bool = False) -> str:
        """``address`` if it is safe to keep, else "" (noted)."""
        problem = link_problem(address, image=image)
        if problem is None:
            return address
        self.note(where, address, problem)
        return ""

    def check_title(self, meta: dict[str, str], where: Callable[[str], str]) -> None:
        """Drop the title slide's unsafe addresses from case metadata (``title_media_url``…, ``title_background``)."""
        for key in ("url", "thumbnail", "link"):
            name = TITLE_MEDIA_PREFIX + key
            if meta.get(name) and not self.checked(where(key), meta[name], image=key == "thumbnail"):
                del meta[name]
        if meta.get(TITLE_BACKGROUND):
            url, colour = split_background(meta[TITLE_BACKGROUND])
            if url and not self.checked(where("background"), url):
                if colour:
                    meta[TITLE_BACKGROUND] = colour
                else:
                    del meta[TITLE_BACKGROUND]


class SlideRemarks:
    """What one TimelineJS import says in its report about its slides: it carries the import's
    ``DroppedLinks`` (``links``), and ``report_to`` adds their remark.
    """

    def __init__(self) -> None:
        self.links = DroppedLinks()

    def report_to(self, small: CaseData) -> None:
        """Add the remarks, if any, to what the import read (``merge_into`` puts them in the report).

        The title slide's addresses are checked here too, when its reader has not (the sheet's
        title row): named by the sheet's columns, as only the sheet comes here with them unchecked.
        """
        self.links.check_title(small.meta, lambda key: f"the title slide's {_SHEET_COLUMN_NAMES[key]}")
        if (remark := self.links.remark()) is not None:
            small.remarks.append(remark)


TITLE_MEDIA_PREFIX = "title_media_"  # case metadata of the title slide: its media…
TITLE_BACKGROUND = "title_background"  # …and its background
_SHEET_COLUMN_NAMES = {"url": "Media", "thumbnail": "Media Thumbnail", "link": "Media Link", "background": "Background"}


def link_problem(address: str, *, image: bool = False) -> str | None:
    """Why an address from a file is not safe to keep, or None if it is: http and https, paths
    (relative, absolute, ``C:\\…``) and local ``file:`` addresses are; ``javascript:``, ``data:``
    (but a picture, when ``image``), a file on another computer (``file://host/…``, ``\\\\host\\share``)
    and every other scheme are not. Checked as written and with HTML entities decoded."""
    for form in dict.fromkeys((address, unescape(address))):
        problem = _address_problem(form.strip(), image)
        if problem is not None:
            return problem
    return None


def _address_problem(address: str, image: bool) -> str | None:
    if _LINK_CONTROL.search(address):
        return "it holds control characters"
    if address[:2] in ("\\\\", "\\/", "/\\"):
        return "it is a path on another computer (a network share)"
    scheme = _SCHEME.match(address)
    if scheme is None or len(scheme[1]) == 1:  # a path, or a Windows drive letter
        return None
    name = scheme[1].lower()
    if name in ("http", "https"):
        return None
    if name == "file":
        rest = address[scheme.end() :].replace("\\", "/")
        host = rest[2:].split("/", 1)[0] if rest.startswith("//") else ""
        return None if host.lower() in ("", "localhost") else "it is a file on another computer"
    if name == "data" and image and _RASTER_DATA.match(address):
        return None
    return f"a {name}: address could run code or hide content" if name in ("javascript", "vbscript", "data") else \
        f"{name}: is not a web address"


def split_background(background: str) -> tuple[str, str]:
    """A background text as (image address, colour), either of them ""."""
    background = background.strip()
    if not background or _COLOR.fullmatch(background):
        return "", background
    address, _, colour = background.rpartition(" ")
    if address.strip() and _COLOR.fullmatch(colour):
        return address.strip(), colour
    return background, ""


def join_background(address: str, colour: str) -> str | None:
    """The one background text of an image address and a colour (see ``split_background``); None if neither.
    A colour that is not one word is kept only when there is no address."""
    if address and colour and _COLOR.fullmatch(colour) and not any(char.isspace() for char in colour):
        return f"{address} {colour}"
    return address or colour or None


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


def _timelinejs_text(date: SlideDate) -> str:
    """A date as TimelineJS shows one without a text of its own: its default format for the precision."""
    partial = tl_dates.to_partial(date.parts)
    if partial.millisecond is not None:
        return render_format("time_short", partial)
    if partial.second is not None:
        return render_format("time", partial)
    if partial.minute is not None:
        return render_format("time_no_seconds_small_date", partial)
    return render_format("full" if partial.day is not None else "month" if partial.month is not None else "year", partial)


def display_date(slide_display: str, start: SlideDate, end: SlideDate | None) -> str:
    """The slide's display date; else the dates' own display texts joined as TimelineJS shows them
    (a date without one as TimelineJS shows it); "" when no display text is given.

    A date's ``format`` makes no text: it says how to show a date, and a text made from it would
    stand in for the date itself, stay as it is when the date is edited, and on export replace
    TimelineJS's own rendering (in the timeline's language) with ours.
    """
    if slide_display.strip():
        return html_to_text(slide_display)
    if not start.label and (end is None or not end.label):
        return ""
    text = start.label or _timelinejs_text(start)
    if end is not None:
        text += " – " + (end.label or _timelinejs_text(end))
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
    media: tuple, group: str, slide_display: str, background: str | None, remarks: SlideRemarks | None = None,
) -> tuple:
    """A checked event row for the bulk writer; ImportFailure names the slide's field. Addresses
    dropped as unsafe are noted in ``remarks``."""
    start_columns = tl_dates.checked_columns(start.parts, lambda: where.start)
    end_columns = tl_dates.checked_columns(end.parts, lambda: where.end) if end is not None else None
    media, quote = embedded_media(media)
    media, background = _safe_links(where, media, background, remarks.links if remarks is not None else DroppedLinks())
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
    return row


def _safe_links(where: Where, media: tuple, background: str | None, links: DroppedLinks) -> tuple[tuple, str | None]:
    """The media and background with every address not safe to open dropped (and noted in ``links``)."""
    if media[-1] and any(link_problem(media[index], image=key == "thumbnail") for index, key in _MEDIA_LINKS if media[index]):
        cells = list(media)
        for index, key in _MEDIA_LINKS:
            cells[index] = links.checked(where.link(key), cells[index], image=key == "thumbnail") if cells[index] else ""
        media = tuple(cells) if any(cells[:-1]) else NO_MEDIA
    if background:
        address, colour = split_background(background)
        if address and not links.checked(where.link("background"), address):
            background = colour or None
    return media, background


def plain_slide_row(
    uid: str | None, start: tuple[SlideDate, DateColumns], end: tuple[SlideDate, DateColumns] | None, headline: str,
    text: str, group: str,
) -> tuple:
    """``event_from_slide`` for a slide with checked dates that carry no display text or format,
    and no media, display date or background: so its display date is empty.

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
    return Era(uid=uid, title=title, start=tl_dates.to_partial(start.parts), end=tl_dates.to_partial(end.parts), summary=summary)


def background_text(value: object, path: str) -> str | None:
    """A slide background (``{"url": …, "color": …}``, either or both) as the event's one background
    text (see ``split_background``)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return checked_text(path, value.strip()) or None
    if not isinstance(value, dict):
        raise ImportFailure(path, f"{shown(value)} is not an object like {{\"color\": \"#0f9bd1\"}}")
    found = {}
    for key in ("url", "color"):
        item = value.get(key)
        if item is not None and not isinstance(item, str):
            raise ImportFailure(f"{path}.{key}", f"{shown(item)} is not a string")
        found[key] = checked_text(f"{path}.{key}", item.strip()) if item else ""
    return join_background(found["url"], found["color"])


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
