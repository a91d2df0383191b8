"""TimelineJS JSON (3 and 2) and sheet CSV imports: every field lands where it should."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from explorer.core.casefile import import_into
from explorer.core.dates import PartialDate
from explorer.core.interchange.formats import ImportFormat, detect
from explorer.core.models import Media
from explorer.core.search import search
from explorer.core.store import CaseStore
from tests.interchange.conftest import TIMELINEJS


def by_title(store: CaseStore) -> dict:
    return {event.title: event for event in store.iter_events()}


def test_the_title_slide_becomes_the_case_title_and_summary(imported) -> None:
    store = imported(TIMELINEJS / "world-history.json")
    meta = store.meta()
    assert meta["title"] == "From the Big Bang to the Web"
    assert meta["summary"] == "A timeline of *everything*, in a few slides.\n\nWritten by hand for the Case Explorer tests."
    assert meta["title_media_url"].endswith("The_Earth_seen_from_Apollo_17.jpg")
    assert meta["title_media_caption"] == "*The Blue Marble*, taken by the crew of Apollo 17"
    assert meta["title_background"] == "#202040"


def test_a_title_slide_without_a_headline_gives_a_summary_and_no_title(imported) -> None:
    store = imported(TIMELINEJS / "title-without-headline.json")
    assert "title" not in store.meta()
    assert store.title == "Untitled case"
    assert store.meta()["summary"] == "This title slide has text but **no headline**."
    ada = by_title(store)["Ada Lovelace"]
    assert (ada.start, ada.end) == (PartialDate(1815, 12, 10), PartialDate(1852, 11, 27))


def test_dates_bce_and_deep_time(imported) -> None:
    events = by_title(imported(TIMELINEJS / "world-history.json"))
    assert events["The Big Bang"].start == PartialDate(-13_800_000_000)
    assert events["Earth forms"].start == PartialDate(-4_540_000_000)
    assert events["The dinosaurs die out"].start.iso() == "-66000000"
    assert events["Caesar is murdered"].start == PartialDate(-43, 3, 15)  # TimelineJS's -44 is 44 BCE
    assert events["Caesar is murdered"].date_text == "15 March 44 BCE"
    augustus = events["Augustus rules"]
    assert (augustus.start, augustus.end) == (PartialDate(-26), PartialDate(14, 8, 19))


def test_precision_follows_the_parts_given(imported) -> None:
    events = by_title(imported(TIMELINEJS / "world-history.json"))
    assert events["Apollo 11 lands on the Moon"].start == PartialDate(1969, 7, 20, 20, 17, 40, 500)  # milliseconds kept
    assert events["Deutsche Einheit"].start == PartialDate(1990, 10, 3, 0, 0)  # an hour alone: minute precision
    assert events["A slide without a headline: its text names it."].start == PartialDate(2025, 6)


def test_display_dates_from_the_slide_or_the_dates(imported) -> None:
    events = by_title(imported(TIMELINEJS / "world-history.json"))
    assert events["The Big Bang"].display_date == "13.8 billion years ago"
    assert events["The World Wide Web"].display_date == "March 1989 – August 6, 1991"  # a display_date and a format
    assert events["Earth forms"].display_date == ""


def test_groups_become_categories_and_unique_ids_uids(imported) -> None:
    store = imported(TIMELINEJS / "world-history.json")
    events = by_title(store)
    assert events["Caesar is murdered"].uid == "ides"
    assert events["Caesar is murdered"].category == "Rome"
    assert events["東日本大震災"].category == "日本"
    assert events["ثورة 25 يناير"].category == "مصر"
    assert events["The Big Bang"].uid.startswith("tl-")


def test_media_of_every_kind(imported) -> None:
    events = by_title(imported(TIMELINEJS / "world-history.json"))
    assert events["Apollo 11 lands on the Moon"].media == Media(
        url="https://upload.wikimedia.org/wikipedia/commons/9/98/Aldrin_Apollo_11_original.jpg",
        caption="Buzz Aldrin on the Moon", credit="[NASA](https://www.nasa.gov/)",
        thumbnail="https://upload.wikimedia.org/wikipedia/commons/thumb/9/98/Aldrin_Apollo_11_original.jpg/120px-Aldrin_Apollo_11_original.jpg",
        alt="An astronaut in a white suit on grey ground", title="Aldrin", link="https://www.nasa.gov/mission/apollo-11/",
    )
    assert events["The dinosaurs die out"].media.url == "https://www.youtube.com/watch?v=dFCbJmgeHmA"
    assert events["Earth forms"].media is None
    assert events["Augustus rules"].background == "https://example.org/forum.jpg"


def test_html_text_becomes_safe_markdown(imported) -> None:
    events = by_title(imported(TIMELINEJS / "world-history.json"))
    web = events["The World Wide Web"]
    assert "alert" not in web.body and "onerror" not in web.body and "<" not in web.body
    assert web.body.endswith("[pixel](https://tracker.example/pixel.gif)")  # a link to click, never a picture loaded
    assert events["Apollo 11 lands on the Moon"].body == "“The Eagle has landed.”\n\n- Neil Armstrong\n- Buzz Aldrin"
    assert events["Caesar is murdered"].body == "On the **Ides of March**, in the theatre of Pompey."
    assert events["Deutsche Einheit"].body == "Die DDR tritt der Bundesrepublik bei. Grüße aus Köln!"


def test_eras_keep_their_headline_text_and_dates(imported) -> None:
    eras = {era.title: era for era in imported(TIMELINEJS / "world-history.json").eras()}
    assert (eras["Ancient Rome"].start, eras["Ancient Rome"].end) == (PartialDate(-752), PartialDate(476))
    assert eras["Ancient Rome"].summary == "From the founding to the fall of the West."
    assert eras["The Space Race"].start == PartialDate(1957, 10, 4)


def test_timelinejs2_imports_too(imported) -> None:
    store = imported(TIMELINEJS / "houston-v2.json")
    assert store.meta()["title"] == "A career in songs"
    title_media = {key: value for key, value in store.meta().items() if key.startswith("title_media_")}
    assert title_media == {"title_media_url": "https://example.org/cover.jpg", "title_media_credit": "Example",
                           "title_media_caption": "Cover"}  # the start slide's picture, as TimelineJS 2 shows it
    events = by_title(store)
    born = events["Born"]
    assert born.start == PartialDate(1963, 8, 9) and born.category == "Life"
    assert born.media.url == "https://example.org/family.jpg" and born.media.credit == "[Example](http://example.org/)"
    assert born.media.thumbnail == "https://example.org/family-small.jpg"
    assert events["First albums"].end == PartialDate(1987, 6) and events["First albums"].media is None
    assert events["Death"].start == PartialDate(2012, 2, 11)
    assert events["Ides of March"].start == PartialDate(-43, 3, 15)
    assert events["With a time"].start == PartialDate(2012, 2, 11, 15, 30)
    assert [era.title for era in store.eras()] == ["The big years"]


def test_the_sheet_matches_columns_by_name_whatever_their_order_case_or_spacing(imported) -> None:
    store = imported(TIMELINEJS / "reordered-sheet.csv")
    assert store.meta()["title"] == "Women in computing"
    events = by_title(store)
    ada = events["Ada Lovelace"]
    assert ada.start == PartialDate(1815, 12, 10) and ada.category == "People"
    assert ada.body == "First line second line\n\nnote"
    assert ada.media.alt == "Portrait of Ada" and ada.media.caption == "Portrait"  # the javascript: link is gone
    eniac = events["ENIAC"]
    assert (eniac.start, eniac.end, eniac.display_date) == (PartialDate(1943, 7), PartialDate(1946), "mid-1943")
    assert events["Grace Hopper"].body == "Der Compiler — コンパイラ — المترجم"
    assert [(era.title, era.start, era.end) for era in store.eras()] == [("The era of mainframes", PartialDate(1951), PartialDate(1975))]


def test_the_same_timeline_as_csv_and_as_json_imports_to_the_same_events(imported) -> None:
    from_json, from_csv = imported(TIMELINEJS / "same-timeline.json"), imported(TIMELINEJS / "same-timeline.csv")
    assert list(from_json.iter_events()) == list(from_csv.iter_events())
    assert from_json.eras() == from_csv.eras()
    assert from_json.meta() == from_csv.meta()
    assert len(list(from_json.iter_events())) == 4


def test_formats_are_recognised_by_content(tmp_path: Path) -> None:
    assert detect(TIMELINEJS / "world-history.json") is ImportFormat.TIMELINEJS
    assert detect(TIMELINEJS / "houston-v2.json") is ImportFormat.TIMELINEJS
    assert detect(TIMELINEJS / "same-timeline.csv") is ImportFormat.TIMELINEJS_CSV
    renamed = tmp_path / "timeline.txt"
    renamed.write_bytes((TIMELINEJS / "world-history.json").read_bytes())
    assert detect(renamed) is ImportFormat.TIMELINEJS  # the content decides, not the name


def test_importing_the_same_file_again_adds_nothing(tmp_path: Path) -> None:
    target = tmp_path / "case.case.db"
    first = import_into(TIMELINEJS / "world-history.json", target)
    assert first.added["events"] == 11 and first.added["eras"] == 2
    second = import_into(TIMELINEJS / "world-history.json", target)
    assert sum(second.added.values()) == 0
    assert second.skipped["events"] == 11 and second.skipped["eras"] == 2


def test_repeated_unique_ids_are_renamed_as_timelinejs_does(imported, tmp_path: Path) -> None:
    slide = {"start_date": {"year": 2020}, "text": {"headline": "Same"}, "unique_id": "dup"}
    source = tmp_path / "dups.json"
    source.write_text(json.dumps({"events": [slide, dict(slide, text={"headline": "Other"}), slide]}), encoding="utf-8")
    store = imported(source)
    assert [event.uid for event in store.iter_events()] == ["dup", "dup-2", "dup-3"]
    target = tmp_path / "again.case.db"
    import_into(source, target)
    report = import_into(source, target)
    assert report.skipped["events"] == 3 and report.added["events"] == 0


def test_unknown_keys_are_ignored(imported, tmp_path: Path) -> None:
    source = tmp_path / "extra.json"
    source.write_text(json.dumps({
        "events": [{"start_date": {"year": 2020, "color": "red"}, "text": {"headline": "A", "subtitle": "x"}, "autolink": False}],
        "options": {"zoom": 3}, "scale": "human",
    }), encoding="utf-8")
    assert [event.title for event in imported(source).iter_events()] == ["A"]


@pytest.mark.parametrize("fixture", ["world-history.json", "houston-v2.json", "same-timeline.csv", "reordered-sheet.csv"])
def test_imports_are_searchable_at_once(imported, fixture: str) -> None:
    from explorer.core.search import search

    store = imported(TIMELINEJS / fixture)
    title = next(store.iter_events()).title
    word = max(title.split(), key=len)
    assert any(hit.title == title for hit in search(store.conn, word, limit=50))


QUOTE = ("<blockquote>There is no demand for women engineers, as such. <cite>Edith Clarke</cite></blockquote>")
TWEET = ('<blockquote class="twitter-tweet"><p>Launch day <a href="https://t.co/x">pic</a></p>&mdash; NASA</blockquote>'
         '<script async src="//platform.twitter.com/widgets.js" charset="utf-8"></script>')
FRAME = '<iframe width="560" src="https://www.youtube.com/embed/abc123" frameborder="0"></iframe>'


def _html_media_files(folder: Path) -> list[Path]:
    """The same three slides whose media are HTML (a quote, a tweet, an embedded page) in TimelineJS 3, 2 and the sheet."""
    slides = [("Clarke", "", QUOTE, "Engineer"), ("Launch", "<p>The launch.</p>", TWEET, ""), ("Video", "", FRAME, "A clip")]
    v3 = folder / "html-media.json"
    v3.write_text(json.dumps({"events": [
        {"start_date": {"year": 1948}, "text": {"headline": h, "text": t}, "media": {"url": m, "caption": c}} for h, t, m, c in slides
    ]}), encoding="utf-8")
    v2 = folder / "html-media-v2.json"
    v2.write_text(json.dumps({"timeline": {"headline": "Old", "type": "default", "date": [
        {"startDate": "1948", "headline": h, "text": t, "asset": {"media": m, "caption": c}} for h, t, m, c in slides
    ]}}), encoding="utf-8")
    sheet = folder / "html-media.csv"
    rows = ["Year,Headline,Text,Media,Media Caption"] + [
        ",".join(['1948', h, json.dumps(t), json.dumps(m).replace('\\"', '""'), c]) for h, t, m, c in slides]
    sheet.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return [v3, v2, sheet]


@pytest.mark.parametrize("which", [0, 1, 2], ids=["timelinejs3", "timelinejs2", "sheet"])
def test_html_in_a_media_field_becomes_text_or_an_address_never_stored_raw(imported, tmp_path: Path, which: int) -> None:
    """TimelineJS shows a <blockquote> media as a quote and an <iframe> as an embedded page."""
    store = imported(_html_media_files(tmp_path)[which])
    events = by_title(store)
    clarke, launch, video = events["Clarke"], events["Launch"], events["Video"]
    assert clarke.body == "> There is no demand for women engineers, as such. *Edith Clarke*"
    assert clarke.media == Media(caption="Engineer")  # the caption stays with what is left of the media
    assert launch.body.startswith("The launch.\n\n> Launch day [pic](https://t.co/x)") and launch.media is None
    assert video.media is not None and video.media.url == "https://www.youtube.com/embed/abc123" and video.body == ""
    stored = " ".join(str(cell) for row in store.conn.execute("SELECT * FROM event") for cell in row)
    assert "<script" not in stored and "<blockquote" not in stored and "<iframe" not in stored
    assert [hit.uid for hit in search(store.conn, "engineers")] == [clarke.uid]
