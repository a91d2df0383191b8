"""Presenter polish a new user asked for: a period slide lists as many events as its screen holds
(never "and 1 more" when that one would fit), an end screen after the last step as PowerPoint
shows one, and participant chips in each entity's own colour with readable words on them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from explorer.core import contrast, dates
from explorer.core.models import Event, StepKind, Tour, TourStep
from explorer.core.timeline_index import palette_slot
from explorer.ui.presenter.content import TourSlides
from explorer.ui.presenter.export import slide_assets
from explorer.ui.presenter.slide_painter import STRIP_SHARE, paint_slide
from explorer.ui.presenter.theme import slide_theme
from explorer.ui.timeline.theme import THEMES as TIMELINE_THEMES

SIZES = ((1280, 720), (1920, 1080), (3840, 2160))
MORE = re.compile(r"and (\d+) more")


class RecordingPainter(QPainter):
    """A painter that remembers every piece of text it draws, and where (the y it was drawn at)."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[tuple[str, float]] = []

    def drawText(self, *args: object) -> None:
        text = next((a for a in args if isinstance(a, str)), "")
        first = args[0]
        y = first.y() if hasattr(first, "y") and callable(first.y) else float(args[1]) if len(args) > 2 else 0.0
        self.texts.append((text, y))
        super().drawText(*args)


# --- 1. a period slide uses the room it has ------------------------------------------------------


@pytest.fixture(scope="module")
def period_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A case of 120 events, one a day from 1 January 2030, every fifth of them important."""
    from explorer.core.casefile import new_case, open_case

    path = tmp_path_factory.mktemp("period") / "period.case.db"
    new_case(path, "Many events")
    store = open_case(path)
    for day in range(120):
        when = dates.from_seconds_at(dates.to_seconds(2030) + day * 86_400 + 3600, dates.Precision.DAY)
        store.put_event(Event(f"ev-{day:03d}", f"Event number {day + 1:03d}", when, importance=3 if day % 5 == 4 else 2))
    store.close()
    return path


def _period_slide(store, count: int):
    first = dates.from_seconds_at(dates.to_seconds(2030) + 3600, dates.Precision.DAY)
    last = dates.from_seconds_at(dates.to_seconds(2030) + (count - 1) * 86_400 + 3600, dates.Precision.DAY)
    step = TourStep(StepKind.RANGE, window_start=first, window_end=last, headline="The period")
    slides = TourSlides(store, Tour("t", "T", steps=(step,)))
    return slides, slides.slide(0)


def _paint_recorded(store, count: int, size: tuple[int, int], theme: str = "light", save: Path | None = None):
    slides, slide = _period_slide(store, count)
    image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
    painter = RecordingPainter(image)
    paint_slide(painter, QRectF(0, 0, *size), slide, slide_assets(store, slides), slide_theme(theme))
    painter.end()
    if save is not None:
        image.save(str(save))
    titles = [(text, y) for text, y in painter.texts if text.startswith("Event number")]
    more = [(int(m.group(1)), y) for text, y in painter.texts if (m := MORE.fullmatch(text))]
    return titles, more


@pytest.mark.parametrize("size", SIZES)
def test_a_period_slide_shows_every_event_that_fits_and_counts_only_what_does_not(qapp, period_case, size) -> None:
    from explorer.core.casefile import open_case

    store = open_case(period_case)
    try:
        strip_top = size[1] * (1 - STRIP_SHARE)
        room = None  # how many events fit with no "and N more": measured by painting, not guessed
        for count in range(1, 41):
            titles, more = _paint_recorded(store, count, size)
            assert all(y < strip_top for _text, y in titles + more)  # every line above the strip: it fits
            if not more:
                assert len(titles) == count  # all of them, when they fit
                room = count
                continue
            (hidden, _y), = more
            assert hidden >= 2, f"{count} events: 'and 1 more' where that one event would have fitted"
            assert len(titles) + hidden == count
            assert len(titles) == room - 1  # the "and N more" line takes the place of one event
        assert room is not None and room > 9  # the user's nine fit (it was 8 and "and 1 more")
    finally:
        store.close()


def test_a_long_period_keeps_its_most_important_events_in_date_order(qapp, period_case, screenshot_dir) -> None:
    from explorer.core.casefile import open_case

    store = open_case(period_case)
    try:
        for size, theme in (((1280, 720), "light"), ((3840, 2160), "dark")):
            titles, more = _paint_recorded(store, 120, size, theme, screenshot_dir / f"presenter-period-long-{size[0]}-{theme}.png")
            numbers = [int(text.rsplit(" ", 1)[1]) for text, _y in titles]
            assert numbers == sorted(numbers)  # in date order
            important = [n for n in range(5, 121, 5)]
            assert set(numbers) == set(important[: len(numbers)])  # 24 important ones: the earliest of them fill the room
            assert more[0][0] == 120 - len(numbers) and len(numbers) > 9
        titles, more = _paint_recorded(store, 9, (1920, 1080), "light", screenshot_dir / "presenter-period-nine.png")
        assert len(titles) == 9 and not more
    finally:
        store.close()


# --- 2. the end screen ------------------------------------------------------------------------------


def _start(qtbot, presenter, theme: str = "light"):
    presenter.set_theme(theme)
    presenter.start_action.trigger()
    runner = presenter.runner
    qtbot.waitExposed(runner.audience)
    qtbot.keyClick(runner.audience, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: not runner.audience.animating, timeout=10_000)
    return runner


def _is_end_screen(widget, theme: str) -> bool:
    """Only the theme's background, but for words in the middle: no headline, no strip."""
    image = widget.grab().toImage()
    back = QColor(slide_theme(theme).background)
    w, h = image.width(), image.height()
    edges = [(x, y) for x in range(0, w, 7) for y in [*range(0, int(h * 0.4), 7), *range(int(h * 0.6), h, 7)]]
    middle = [(x, int(h / 2)) for x in range(0, w, 2)]
    return all(image.pixelColor(x, y) == back for x, y in edges) and any(image.pixelColor(x, y) != back for x, y in middle)


@pytest.mark.parametrize("key", [Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown])
def test_past_the_last_step_comes_an_end_screen_and_another_press_leaves(qtbot, presenter, key) -> None:
    runner = _start(qtbot, presenter)
    audience, console, show = runner.audience, runner.console, runner.show
    assert show.index == 11 and not _is_end_screen(audience, "light")
    assert console.upcoming.finished  # the console's "Next" shows the end screen coming
    qtbot.keyClick(audience, key)
    assert presenter.presenting and show.finished and show.index == 11
    assert _is_end_screen(audience, "light")
    assert console.counter.text() == "End screen"
    assert "Esc" in console.status.text() and console.current.finished
    with qtbot.waitSignal(runner.ended, timeout=2000) as ended:
        qtbot.keyClick(audience, key)
    assert not presenter.presenting and ended.args == [show.slide.event_uid]


@pytest.mark.parametrize("key", [Qt.Key.Key_Left, Qt.Key.Key_PageUp])
def test_back_from_the_end_screen_is_the_last_slide(qtbot, presenter, key) -> None:
    runner = _start(qtbot, presenter)
    audience, show = runner.audience, runner.show
    qtbot.keyClick(audience, Qt.Key.Key_PageDown)
    assert show.finished
    qtbot.keyClick(runner.console, key)  # the console takes the same keys
    assert presenter.presenting and not show.finished and show.index == 11
    assert not _is_end_screen(audience, "light")
    assert runner.console.counter.text() == "Step 12 of 12" and not runner.console.current.finished
    qtbot.keyClick(audience, key)
    assert show.index == 10


def test_a_click_or_esc_on_the_end_screen_leaves_and_blanking_it_does_not(qtbot, presenter) -> None:
    runner = _start(qtbot, presenter)
    qtbot.mouseClick(runner.audience, Qt.MouseButton.LeftButton)
    assert runner.show.finished
    qtbot.keyClick(runner.audience, Qt.Key.Key_B)  # black, then a press brings the end screen back, not out
    qtbot.keyClick(runner.audience, Qt.Key.Key_Right)
    assert presenter.presenting and runner.show.finished and runner.show.blank == ""
    qtbot.mouseClick(runner.audience, Qt.MouseButton.RightButton)
    assert not runner.show.finished
    qtbot.keyClick(runner.audience, Qt.Key.Key_Right)
    qtbot.keyClick(runner.audience, Qt.Key.Key_Home)  # Home, End and a number go to their step
    assert not runner.show.finished and runner.show.index == 0
    qtbot.keyClick(runner.audience, Qt.Key.Key_End)
    qtbot.keyClick(runner.audience, Qt.Key.Key_Right)
    qtbot.keyClick(runner.audience, Qt.Key.Key_Escape)
    assert not presenter.presenting
    runner = _start(qtbot, presenter)
    qtbot.keyClick(runner.audience, Qt.Key.Key_Right)
    qtbot.mouseClick(runner.audience, Qt.MouseButton.LeftButton)
    assert not presenter.presenting


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_the_end_screen_is_in_the_slides_theme(qtbot, presenter, theme, screenshot_dir) -> None:
    runner = _start(qtbot, presenter, theme)
    runner.audience.resize(1280, 720)
    qtbot.keyClick(runner.audience, Qt.Key.Key_Right)
    qtbot.wait(20)
    assert _is_end_screen(runner.audience, theme)
    assert "Esc" not in _words_on(runner.audience)  # how to leave is for the console, not the room
    runner.audience.grab().save(str(screenshot_dir / f"presenter-end-screen-{theme}.png"))
    if theme == "dark":
        runner.console.resize(1366, 768)
        qtbot.wait(20)
        runner.console.grab().save(str(screenshot_dir / "presenter-end-screen-console.png"))


def _words_on(audience) -> str:
    image = QImage(audience.size(), QImage.Format.Format_ARGB32_Premultiplied)
    painter = RecordingPainter(image)
    from explorer.ui.presenter.slide_painter import paint_end_screen

    paint_end_screen(painter, QRectF(image.rect()), audience.theme)
    painter.end()
    return " ".join(text for text, _y in painter.texts)


# --- 3. participant chips in their entity's colour ---------------------------------------------------


def _chip_band(image: QImage) -> list[QColor]:
    """The pixels of the row of chips, just above the strip."""
    h = image.height()
    top, bottom = int(h * (1 - STRIP_SHARE) - 100 * h / 1080), int(h * (1 - STRIP_SHARE) - 40 * h / 1080)
    return [image.pixelColor(x, y) for x in range(0, image.width(), 2) for y in range(top, bottom, 2)]


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_participant_chips_wear_their_entitys_colour_with_readable_words(qapp, bundled_store, theme, screenshot_dir) -> None:
    slides = TourSlides(bundled_store, bundled_store.default_tour())
    slide = slides.slide(0)  # Alexandr Wang founds Scale AI
    entities = {entity.name: entity for entity in bundled_store.entities()}
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    paint_slide(painter, QRectF(0, 0, 1920, 1080), slide, slide_assets(bundled_store, slides), slide_theme(theme))
    painter.end()
    image.save(str(screenshot_dir / f"presenter-chips-{theme}.png"))
    band = _chip_band(image)
    fills = set()
    for person in slide.participants[:2]:
        entity = entities[person.name]
        expected = TIMELINE_THEMES[theme].lane_color(palette_slot(entity), entity.color)  # as the timeline and the graph
        assert sum(color == expected for color in band) > 500, person.name  # a chip filled with it, not a dot
        fills.add(expected.name())
        from explorer.ui.presenter.slide_painter import chip_colors

        fill, ink = chip_colors(person, slide_theme(theme))
        assert fill == expected
        assert contrast.ratio(ink.name(), fill.name()) >= contrast.AA_TEXT
        assert sum(color == ink for color in band) > 20  # its words, in the readable colour
    assert len(fills) == 2  # not all grey: each its own


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_every_palette_colour_and_odd_own_colours_keep_chip_words_readable(qapp, theme) -> None:
    from explorer.ui.presenter.content import Person
    from explorer.ui.presenter.slide_painter import chip_colors

    people = [Person("A", "actor", None, slot) for slot in range(10)]
    people += [Person("B", "actor", own) for own in ("#ffff00", "#000000", "#ffffff", "#777777", "#0000ff", "#ff0000")]
    for person in people:
        fill, ink = chip_colors(person, slide_theme(theme))
        assert contrast.ratio(ink.name(), fill.name()) >= contrast.AA_TEXT, (theme, person, fill.name())
