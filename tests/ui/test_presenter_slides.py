"""What slides say and show: dates at their precision, certainty, people, speaker notes, periods,
ties on a date, images from local files only (a caption when offline), safe and fitted text."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from explorer.core import dates, tours
from explorer.core.models import Certainty, Media, Note, NoteTarget, StepKind, Tour, TourStep
from explorer.ui.presenter import media as media_module
from explorer.ui.presenter import render_step
from explorer.ui.presenter.content import TourSlides, ties_as_of
from explorer.ui.presenter.text_fit import SlideDocument, elide_lines, fit_markdown, markdown_document
from explorer.ui.presenter.theme import font, slide_theme

MAGENTA = QColor("#ff00ff")


@pytest.fixture
def slides(qapp, bundled_store) -> TourSlides:
    return TourSlides(bundled_store, bundled_store.default_tour())


def test_event_slide_has_headline_date_certainty_people_and_window(slides) -> None:
    first = slides.slide(0)
    assert first.headline == "Alexandr Wang founds Scale AI" and first.index == 0 and first.total == 12
    assert first.date_text == "2016" and first.certainty is Certainty.CONFIRMED
    assert [(p.name, p.role) for p in first.participants][:2] == [("Alexandr Wang", "actor"), ("Scale AI", "subject")]
    assert first.window == (dates.to_seconds(2016), dates.to_seconds(2026))
    assert first.focus == (dates.to_seconds(2016), dates.to_seconds(2017)) and first.focus_event_id is not None
    google = slides.slide(5)
    assert google.date_text == "13–14 June 2025" and google.exact_date == ""  # the author's words already say June 2025
    assert google.certainty is Certainty.REPORTED and google.importance == 3


def test_an_author_date_that_says_otherwise_shows_the_recorded_one_beside_it(bundled_store) -> None:
    from dataclasses import replace

    event = bundled_store.event("ev-google-exit-report")
    bundled_store.put_event(replace(event, display_date="mid-2025"))
    google = TourSlides(bundled_store, bundled_store.default_tour()).slide(5)
    assert google.date_text == "mid-2025" and google.exact_date == "June 2025"  # the author's words, and the record


def test_relationships_slide_lists_ties_in_force_on_its_date(slides, bundled_store) -> None:
    before, after = slides.slide(1), slides.slide(10)
    assert before.kind is StepKind.RELATIONSHIPS and before.date_text == "As of 1 June 2025"
    pairs_before = {(t.source, t.phrase, t.target) for t in before.ties}
    pairs_after = {(t.source, t.phrase, t.target) for t in after.ties}
    assert ("Google", "customer of", "Scale AI") in pairs_before and ("Google", "customer of", "Scale AI") not in pairs_after
    assert ("Meta", "investor in", "Scale AI") in pairs_after and ("Meta", "investor in", "Scale AI") not in pairs_before
    assert after.ties[0].phrase in {"investor in", "leads a unit at", "CEO of"}  # what changed in June comes first
    early = {t.phrase for t in ties_as_of(bundled_store, dates.to_seconds(1990))}
    assert "founder of" not in early and "customer of" in early  # a tie with no start date was there before the case


def test_period_slide_lists_its_most_important_events_in_date_order(qapp, bundled_store) -> None:
    step = TourStep(StepKind.RANGE, window_start=dates.parse("2025-06"), window_end=dates.parse("2025-06"), headline="June")
    slide = TourSlides(bundled_store, Tour("t", "T", steps=(step,))).slide(0)
    assert slide.headline == "June" and slide.date_text == "June 2025"
    assert len(slide.listed) == 11 and slide.more_listed == 0  # 11 events overlap June: the painter shows what fits
    assert sorted(item.rank for item in slide.listed) == list(range(11))  # 0 the most important: the first kept
    titles = [item.title for item in slide.listed]
    assert "Scale announces a major new investment from Meta" in titles
    untitled = TourSlides(bundled_store, Tour("t", "T", steps=(replace(step, headline=""),))).slide(0)
    assert untitled.headline == "June 2025"


def test_speaker_notes_are_the_steps_and_those_marked_for_the_speaker(qapp, bundled_store) -> None:
    for uid, speaker in (("n1", True), ("n2", False)):
        bundled_store.put_note(Note(uid, NoteTarget.EVENT, f"note {uid}", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z",
                                    target_uid="ev-scale-founded", for_speaker=speaker))
    notes = TourSlides(bundled_store, bundled_store.default_tour()).slide(0).speaker_notes
    assert notes.startswith("Start with what Scale does") and "note n1" in notes and "note n2" not in notes


def test_a_step_whose_event_is_gone_says_so(qapp, bundled_store) -> None:
    tour = Tour("t", "T", steps=(tours.event_step("no-such-event"),))
    assert TourSlides(bundled_store, tour).slide(0).missing
    image = render_step(bundled_store, tour, 0, (640, 360))
    assert not image.isNull()


# --- media: local files only -------------------------------------------------------------------


def test_media_urls_resolve_to_local_files_only(tmp_path: Path, private_home: Path) -> None:
    picture = tmp_path / "media" / "photo.png"
    picture.parent.mkdir()
    picture.write_bytes(b"not really a png")
    assert media_module.local_path("media/photo.png", tmp_path) == picture
    assert media_module.local_path(picture.as_uri(), None) == picture
    assert media_module.local_path(str(picture), None) == picture
    assert media_module.local_path("media/photo.png", None) is None  # relative to nothing
    assert media_module.local_path("https://example.com/photo.png", tmp_path) is None  # never fetched
    assert media_module.local_path("file://server/share/photo.png", tmp_path) is None  # another machine
    assert media_module.local_path("data:image/png;base64,AAAA", tmp_path) is None
    assert media_module.local_path("media/missing.png", tmp_path) is None
    cache = media_module.cache_folder()
    cache.mkdir(parents=True)
    import hashlib

    cached = cache / (hashlib.sha256(b"https://example.com/photo.png").hexdigest() + ".png")
    cached.write_bytes(b"x")
    assert media_module.local_path("https://example.com/photo.png", tmp_path) == cached  # a copy someone downloaded


def _count(image: QImage, color: QColor) -> int:
    step = 4
    return sum(image.pixelColor(x, y) == color for x in range(0, image.width(), step) for y in range(0, image.height(), step))


def test_a_local_image_is_shown_and_an_offline_one_leaves_its_caption(qapp, bundled_store, bundled_case: Path) -> None:
    picture = QImage(400, 300, QImage.Format.Format_RGB32)
    picture.fill(MAGENTA)
    (bundled_case.parent / "media").mkdir()
    assert picture.save(str(bundled_case.parent / "media" / "deal.png"))
    event = bundled_store.event("ev-meta-stake")
    bundled_store.put_event(replace(event, media=Media(url="media/deal.png", caption="The deal", credit="Scale AI")))
    tour = Tour("t", "T", steps=(tours.event_step("ev-meta-stake"),))
    shown = render_step(bundled_store, tour, 0, (1280, 720))
    assert _count(shown, MAGENTA) > 1000
    bundled_store.put_event(replace(event, media=Media(url="https://example.com/deal.png", caption="The deal", credit="Scale AI")))
    offline = render_step(bundled_store, tour, 0, (1280, 720))
    assert _count(offline, MAGENTA) == 0
    card = QColor(slide_theme("light").card)
    assert _count(offline, card) > 2000  # the caption card stands where the image would be


# --- text ---------------------------------------------------------------------------------------


def test_slide_markdown_shows_html_literally_and_loads_nothing(qapp) -> None:
    body = "<b>bold?</b> <img src='http://example.com/x.png'> ![x](file:///etc/hostname) **fine**"
    document = markdown_document(body, font(30), 800)
    text = document.toPlainText()
    assert "<b>bold?</b>" in text and "<img src=" in text and "**fine**" not in text
    assert SlideDocument().loadResource(int(QTextDocument.ResourceType.ImageResource), QUrl("file:///etc/hostname")) is None


def test_long_text_shrinks_then_is_cut_at_a_word_never_clipped(qapp) -> None:
    box = QRectF(0, 0, 600, 200)
    sizes = [38.0, 30.0, 24.0]
    short = fit_markdown("A short body.", box, sizes, font)
    assert short.defaultFont().pixelSize() == 38
    long_text = " ".join(["Scale sold labelled data to rival labs."] * 40)
    cut = fit_markdown(long_text, box, sizes, font)
    assert cut.size().height() <= box.height()
    assert cut.toPlainText().endswith("…") and cut.defaultFont().pixelSize() == 24
    headline = elide_lines("word " * 60, font(40, bold=True), 500, 3)
    assert headline.count("\n") == 2 and headline.endswith("…")


# --- the strip, however many events are in view ------------------------------------------------


def _strip(count: int):
    import numpy as np

    from explorer.ui.presenter.content import StripData

    t_start = np.sort(np.random.default_rng(1).integers(0, 365 * 86_400, count)).astype(np.int64)
    return StripData(
        event_id=np.arange(count, dtype=np.int64), t_start=t_start, t_end=t_start + 86_400,
        certainty=np.zeros(count, dtype=np.int32), importance=np.full(count, 2), precise=np.ones(count, dtype=bool),
        span=np.zeros(count, dtype=bool), eras=((0, 100 * 86_400, "Early days", None),),
    )


@pytest.mark.parametrize("count", [12, 500, 5000])  # one by one with certainty; plain shapes; counts per column
def test_the_strip_draws_few_many_and_very_many_events_with_the_current_one_marked(qapp, count: int) -> None:
    from PySide6.QtGui import QPainter

    from explorer.ui.presenter.strip import StripPainter

    theme = slide_theme("dark")
    image = QImage(1920, 260, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    strip = _strip(count)
    current = count // 2
    focus = (int(strip.t_start[current]), int(strip.t_end[current]))
    StripPainter(painter, QRectF(0, 0, 1920, 260), theme, 1.0, 96).paint(strip, (0, 365 * 86_400), focus, current)
    painter.end()
    assert _count(image, QColor(theme.accent)) > 10  # the current event, in the accent colour
    grey = QColor(theme.strip_event)
    assert sum(abs(image.pixelColor(x, y).red() - grey.red()) < 30 and image.pixelColor(x, y) != QColor(theme.strip_background)
               for x in range(96, 1824, 3) for y in range(60, 200, 3)) > 20  # the other events


def test_a_relationships_slide_in_deep_time_names_its_year_not_a_day(qapp) -> None:
    """A tour step on relationships 66 million years ago says so, not "As of 1 January 66 million years ago"."""
    from explorer.core.models import Entity, EntityKind, Event, Participant
    from explorer.core.network import Mode
    from explorer.core.store import CaseStore
    from explorer.ui.relationships.export import title_for

    store = CaseStore.in_memory()
    try:
        store.put_entity(Entity("earth", EntityKind.GROUP, "Earth"))
        store.put_event(Event("impact", "Chicxulub impact", dates.parse("-66000000"), participants=(Participant("earth"),)))
        step = TourStep(StepKind.RELATIONSHIPS, headline="Who was there")
        store.put_tour(Tour("t", "Deep", steps=(step,)))
        slide = TourSlides(store, store.tour("t")).slide(0)
        assert slide.date_text == "As of 66 million years ago", slide.date_text
        assert title_for(dates.to_seconds(-65_999_999), Mode.HAPPENED).startswith("Relationships as of 66 million years ago")
    finally:
        store.close()
