"""The timeline draws at every zoom: a minute of a ten-year case, and centuries of a case that also
holds the Big Bang.

Qt maps each item's bounding rectangle to 32-bit device pixels to decide what to paint. The event
layer and the backdrop span the whole case, so zoomed to a minute of the bundled case (about 5·10⁹
pixels wide), or to six centuries of a case reaching back 13.8 billion years, the mapping
overflowed and they were left out: blank lanes, no events, no eras (found by an audit).
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from explorer.core import dates
from explorer.core.models import Entity, EntityKind, Era, Event, Participant
from explorer.core.store import CaseStore
from explorer.ui.timeline.event_layer import PaintedMarks
from explorer.ui.timeline.reach import SAFE_PIXELS
from explorer.ui.timeline.view import TimelineView
from tests.conftest import SCREENSHOTS

ERA_COLOUR = "#c0392b"


@pytest.fixture
def shown(timeline_on):
    def show(store: CaseStore, start: float, end: float) -> TimelineView:
        view = timeline_on(store, 1200, 500)
        view.set_visible_range(start, end)
        QApplication.processEvents()
        view.events.painted = PaintedMarks.none()  # what the next frame paints, not what an earlier one did
        view.graphics.viewport().repaint()
        return view

    return show


def _item_pixels(view: TimelineView) -> list[float]:
    """How wide the event layer and the backdrop are, in view pixels, as Qt is told."""
    x0, x1 = view.visible_range()
    scale = view.viewbox.width() / (x1 - x0)
    return [item.boundingRect().width() * scale for item in (view.events, view.backdrop)]


def _has_colour_near(image, colour: QColor, tolerance: int = 40) -> bool:
    for x in range(0, image.width(), 7):
        for y in range(0, image.height(), 7):
            pixel = image.pixelColor(x, y)
            if abs(pixel.hue() - colour.hue()) <= 8 and pixel.saturation() > 10 and abs(pixel.value() - 255) <= tolerance:
                return True
    return False


@pytest.mark.parametrize("seconds", [60, 10])
def test_a_minute_of_the_bundled_case_shows_its_events(shown, bundled_store, seconds: int) -> None:
    moment = dates.start_seconds(dates.parse("2025-06-01"))
    view = shown(bundled_store, moment - seconds / 2, moment + seconds / 2)
    assert len(view.events.painted.mark) >= 10  # the June events (known to the month) span the minute
    assert max(_item_pixels(view)) <= SAFE_PIXELS
    view.grab().save(str(SCREENSHOTS / f"timeline-{seconds}-seconds.png"))


def _deep_case() -> CaseStore:
    store = CaseStore.in_memory()
    with store.db.atomic():
        store.put_entity(Entity("rome", EntityKind.ORGANIZATION, "Rome"))
        store.put_entity(Entity("universe", EntityKind.GROUP, "Universe"))
        for uid, title, when, who in (("big-bang", "Big Bang", "-13800000000", "universe"),
                                      ("earth", "Earth forms", "-4540000000", "universe"),
                                      ("caesar", "Caesar killed", "-0043-03-15", "rome"),
                                      ("fall", "Fall of the West", "0476", "rome")):
            store.put_event(Event(uid, title, dates.parse(when), participants=(Participant(who),)))
        store.put_era(Era("era-rome", "Roman Empire", dates.parse("-0026"), dates.parse("0476"), ERA_COLOUR))
    return store


@pytest.mark.parametrize(("first", "last"), [("-0300", "0300"), ("-5000", "2000"), ("-0100", "0600")])
def test_centuries_of_a_case_reaching_to_the_big_bang_show_events_and_eras(shown, first: str, last: str) -> None:
    view = shown(_deep_case(), dates.start_seconds(dates.parse(first)), dates.end_seconds(dates.parse(last)))
    assert len(view.events.painted.mark) >= 1  # Caesar, or the fall of the West
    assert max(_item_pixels(view)) <= SAFE_PIXELS
    image = view.graphics.grab().toImage()
    assert _has_colour_near(image, QColor(ERA_COLOUR), tolerance=60)  # the era's band, pale
    view.grab().save(str(SCREENSHOTS / f"timeline-deep-{first}-{last}.png"))
