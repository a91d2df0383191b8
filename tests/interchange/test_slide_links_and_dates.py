"""What a TimelineJS slide keeps: safe addresses only, both halves of a background, display dates
only where the file gives a text, and a plain note for slides that repeat each other."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from explorer.core.casefile import export_case, import_into, open_case
from explorer.core.dates import PartialDate
from explorer.core.interchange import timelinejs_slides as slides
from explorer.core.models import Event, Media
from explorer.core.store import CaseStore

HEADERS = "Year,Month,Day,Headline,Text,Media,Media Thumbnail,Media Link,Type,Background\n"
BAD_MEDIA = {"url": "javascript:alert(1)", "thumbnail": "javascript:alert(2)", "link": "javascript:alert(3)", "caption": "kept"}
JS = "a javascript: address could run code or hide content (only http:, https: and file paths are kept)"


def _slide(headline: str, year: int = 1969, **more: object) -> dict:
    return {"start_date": {"year": year}, "text": {"headline": headline}, **more}


def _import(tmp_path: Path, name: str, content: object) -> tuple[list[str], CaseStore]:
    source = tmp_path / name
    source.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    report = import_into(source, tmp_path / f"{name}.case.db")
    return report.remarks, open_case(tmp_path / f"{name}.case.db")


def _events(store: CaseStore) -> dict[str, Event]:
    try:
        return {event.title: event for event in store.iter_events()}
    finally:
        store.close()


def _events_in_order(store: CaseStore) -> list[Event]:
    try:
        return list(store.iter_events())
    finally:
        store.close()


# --- 7: addresses that could run code are dropped, with a remark, and never exported -------------

@pytest.mark.parametrize("address", [
    "javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "&#106;avascript:alert(1)", "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>", "file://evil.example/share/x.jpg", "\\\\evil\\share\\x.jpg", "ftp://host/x.jpg",
])
def test_unsafe_addresses(address: str) -> None:
    assert slides.link_problem(address) is not None


@pytest.mark.parametrize("address", [
    "https://example.org/x.jpg", "http://example.org/x.jpg", "//example.org/x.jpg", "images/x.jpg", "/x.jpg", "x.jpg",
    "C:\\pictures\\x.jpg", "file:///home/me/x.jpg", "file://localhost/x.jpg", "https://example.org/a?b=c:d#e",
])
def test_safe_addresses(address: str) -> None:
    assert slides.link_problem(address) is None


def test_a_picture_as_data_is_safe_only_as_a_thumbnail() -> None:
    assert slides.link_problem("data:image/png;base64,iVBORw0KGgo=", image=True) is None
    assert slides.link_problem("data:image/png;base64,iVBORw0KGgo=") is not None
    assert slides.link_problem("data:image/svg+xml,<svg onload='alert(1)'/>", image=True) is not None


def test_timelinejs3_drops_unsafe_media_and_background_addresses_with_one_remark(tmp_path: Path) -> None:
    remarks, store = _import(tmp_path, "t.json", {"events": [
        _slide("fine", media={"url": "https://example.org/x.jpg"}),
        _slide("bad", media=BAD_MEDIA, background={"url": "javascript:alert(1)", "color": "#000000"}),
    ]})
    events = _events(store)
    assert events["fine"].media.url == "https://example.org/x.jpg"
    bad = events["bad"]
    assert (bad.media.url, bad.media.thumbnail, bad.media.link, bad.media.caption) == ("", "", "", "kept")
    assert bad.background == "#000000"
    assert remarks == [f'events[1].media.url: "javascript:alert(1)" was dropped: {JS}; 4 addresses were dropped, this is the first']


def test_the_title_slide_too(tmp_path: Path) -> None:
    remarks, store = _import(tmp_path, "t.json", {"title": {"media": BAD_MEDIA, "background": {"url": "vbscript:x"}},
                                                  "events": [_slide("e")]})
    try:
        assert not [key for key in store.meta() if key in ("title_media_url", "title_media_thumbnail", "title_media_link",
                                                              "title_background")]
    finally:
        store.close()
    assert remarks[0].startswith('title.media.url: "javascript:alert(1)" was dropped')
    assert remarks[0].endswith("4 addresses were dropped, this is the first")


def test_timelinejs2_assets(tmp_path: Path) -> None:
    remarks, store = _import(tmp_path, "t.json", {"timeline": {"asset": {"media": "javascript:alert(1)"}, "date": [
        {"startDate": "2011", "headline": "h", "asset": {"media": "https://example.org/x.jpg", "thumbnail": "javascript:alert(2)"}},
    ]}})
    try:
        assert "title_media_url" not in store.meta()
        event = next(store.iter_events())
        assert (event.media.url, event.media.thumbnail) == ("https://example.org/x.jpg", "")
    finally:
        store.close()
    assert remarks == [f'timeline.date[0].asset.thumbnail: "javascript:alert(2)" was dropped: {JS}; '
                       "2 addresses were dropped, this is the first"]


def test_the_sheet_events_and_title_row(tmp_path: Path) -> None:
    remarks, store = _import(tmp_path, "t.csv", HEADERS + (
        ",,,The title,,javascript:alert(1),,,title,javascript:alert(9)\n"
        "1969,7,20,Landing,,javascript:alert(1),javascript:alert(2),javascript:alert(3),,javascript:alert(4)\n"
    ))
    try:
        assert not [key for key in store.meta() if key.startswith("title_media") or key == "title_background"]
        event = next(store.iter_events())
        assert (event.media, event.background) == (None, None)
    finally:
        store.close()
    assert remarks == [f"line 2, column F ('Media'): \"javascript:alert(1)\" was dropped: {JS}; "  # the title row, located
                       "6 addresses were dropped, this is the first"]


def test_a_generic_csv_drops_unsafe_media_and_background_addresses_too(tmp_path: Path) -> None:
    remarks, store = _import(tmp_path, "events.csv", (
        "title,start,media_url,media_thumbnail,media_link,background,media_caption\n"
        "Safe,2001-01-01,https://example.com/a.jpg,\"data:image/png;base64,iVBORw0KGgo=\",https://example.com,#ff0000,kept\n"
        "Hostile,2002-02-02,javascript:alert(1),javascript:alert(2),vbscript:x,javascript:alert(3) #00ff00,caption\n"
    ))
    try:
        events = _events(store)
        safe, hostile = (next(e for e in events.values() if e.title == title) for title in ("Safe", "Hostile"))
        assert (safe.media.url, safe.media.link, safe.background) == ("https://example.com/a.jpg", "https://example.com", "#ff0000")
        assert (hostile.media.url, hostile.media.thumbnail, hostile.media.link, hostile.media.caption) == ("", "", "", "caption")
        assert hostile.background == "#00ff00"  # the colour stays, the address goes
    finally:
        store.close()
    assert remarks == [f"line 3, column C ('media_url'): \"javascript:alert(1)\" was dropped: {JS}; "
                       "4 addresses were dropped, this is the first"]


def _old_case(tmp_path: Path) -> CaseStore:
    """A case holding what the importer once kept as it was."""
    store = CaseStore.in_memory()
    media = Media(url="javascript:alert(1)", thumbnail="javascript:alert(2)", link="javascript:alert(3)", caption="Kept caption")
    store.put_event(Event(uid="e", title="Old", start=PartialDate(1969), background="javascript:alert(4) #000000", media=media))
    store.set_meta("title_media_url", "javascript:alert(5)")
    store.set_meta("title_background", "javascript:alert(6)")
    return store


@pytest.mark.parametrize("format", ["timelinejs", "timelinejs-csv"])
def test_exports_do_not_write_unsafe_addresses(tmp_path: Path, format: str) -> None:
    out = tmp_path / ("out.json" if format == "timelinejs" else "out.csv")
    export_case(_old_case(tmp_path), out, format)
    text = out.read_text(encoding="utf-8")
    assert "javascript" not in text
    assert "#000000" in text and "Kept caption" in text


# --- 5: a background keeps its image and its colour --------------------------------------------

def test_a_background_keeps_image_and_colour_through_timelinejs_json(tmp_path: Path) -> None:
    background = {"url": "https://example.org/bg.jpg", "color": "#000000"}
    _, store = _import(tmp_path, "t.json", {"title": {"background": background}, "events": [_slide("e", background=background)]})
    try:
        assert next(store.iter_events()).background == "https://example.org/bg.jpg #000000"
        assert store.meta()["title_background"] == "https://example.org/bg.jpg #000000"
        export_case(store, tmp_path / "out.json", "timelinejs")
        export_case(store, tmp_path / "out.csv", "timelinejs-csv")
    finally:
        store.close()
    exported = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert exported["events"][0]["background"] == background
    assert exported["title"]["background"] == background
    rows = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8")))
    assert [row["Background"] for row in rows] == ["https://example.org/bg.jpg"] * 2  # the sheet's one cell: the image


@pytest.mark.parametrize(("stored", "parts"), [
    ("https://example.org/bg.jpg #000000", ("https://example.org/bg.jpg", "#000000")),
    ("images/bg.jpg navy", ("images/bg.jpg", "navy")),
    ("https://example.org/bg.jpg", ("https://example.org/bg.jpg", "")),
    ("#0f9bd1", ("", "#0f9bd1")),
    ("rgb(0, 0, 0)", ("", "rgb(0, 0, 0)")),
    ("images/my picture.jpg", ("images/my picture.jpg", "")),
    ("javascript:alert(1)", ("javascript:alert(1)", "")),
])
def test_a_background_text_splits_into_image_and_colour(stored: str, parts: tuple[str, str]) -> None:
    assert slides.split_background(stored) == parts


# --- 6: a date's format is a style, not a text -------------------------------------------------

def test_a_format_makes_no_display_date(tmp_path: Path) -> None:
    _, store = _import(tmp_path, "t.json", {"events": [_slide(
        "Apollo", start_date={"year": 1969, "month": 7, "day": 20, "format": "full"},
        end_date={"year": 1969, "month": 7, "day": 21, "hour": 2, "minute": 56},
    )]})
    event = _events(store)["Apollo"]
    assert event.display_date == ""
    assert (event.start, event.end) == (PartialDate(1969, 7, 20), PartialDate(1969, 7, 21, 2, 56))


def test_a_display_text_on_one_date_is_completed_in_timelinejs_style(tmp_path: Path) -> None:
    _, store = _import(tmp_path, "t.json", {"events": [_slide(
        "Apollo", start_date={"year": 1969, "month": 7, "display_date": "Summer 1969", "format": "full"},
        end_date={"year": 1969, "month": 7, "day": 21, "hour": 2, "minute": 56, "format": "yyyy"},
    )]})
    assert _events(store)["Apollo"].display_date == "Summer 1969 – 2:56 AM July 21, 1969"


# --- 3: slides without a unique_id that repeat each other ----------------------------------------

def test_repeated_slides_without_unique_ids_are_described_as_such(tmp_path: Path) -> None:
    remarks, store = _import(tmp_path, "t.json", {"events": [_slide("Same")] * 3 + [_slide("Own", unique_id="u")] * 2})
    assert [event.uid[:2] for event in _events_in_order(store)] == ["tl", "tl", "tl", "u", "u-"]
    repeat = "repeats the headline and dates of an earlier slide (it has no unique_id); imported as a separate event"
    assert remarks == [f"events[1]: {repeat}", f"events[2]: {repeat}",
                       "events[4]: the uid 'u' was used earlier in the file; imported as 'u-2'"]
