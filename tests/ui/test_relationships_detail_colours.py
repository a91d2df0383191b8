"""The "Selected" pane's links and muted text are readable in every theme (WCAG AA), also after
the theme is switched while a relationship is shown."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette, QTextDocument

from explorer.core import dates
from explorer.core.contrast import ratio
from explorer.ui import app_theme
from explorer.ui.relationships import RelationshipsPanel
from tests.conftest import SCREENSHOTS

SHOTS = SCREENSHOTS  # tests/screenshots/, for a person to look at


def colours(document: QTextDocument) -> tuple[set[str], set[str]]:
    """The colours of the links, and of the other text with a colour of its own."""
    links, others = set(), set()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fragment.text().strip():
                if fmt.isAnchor():
                    links.add(fmt.foreground().color().name())
                elif fmt.hasProperty(fmt.Property.ForegroundBrush) and fmt.background().style() == 0:
                    others.add(fmt.foreground().color().name())
            it += 1
        block = block.next()
    return links, others


@pytest.fixture
def panel(qtbot, bundled_store):
    app_theme.apply("light")
    panel = RelationshipsPanel(bundled_store, theme_name="light")
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_as_of(dates.start_seconds(dates.parse("2025-06-20")), animate=False)
    yield panel
    app_theme.apply("light")


@pytest.mark.parametrize("look", ["dark", "contrast"])
def test_links_and_muted_text_follow_a_theme_switch_and_pass_aa(qtbot, panel, look: str) -> None:
    panel.select_relationship("rel-meta-investor-scale")
    app_theme.apply(look)
    qtbot.waitUntil(lambda: panel.theme.name == look)
    background = app_theme.palette(look).color(QPalette.ColorRole.Base)
    links, others = colours(panel.detail.browser.document())
    assert links == {app_theme.palette(look).color(QPalette.ColorRole.Link).name()}
    for colour in links | others:
        assert ratio(colour, background.name()) >= 4.5, colour
    panel.select_entity("scale-ai")  # a new text made in the new theme
    links, others = colours(panel.detail.browser.document())
    assert links and all(ratio(c, background.name()) >= 4.5 for c in links | others)
    SHOTS.mkdir(exist_ok=True)
    panel.grab().save(str(SHOTS / f"detail-links-{look}.png"))


def test_links_are_the_light_themes_own_in_light(panel) -> None:
    panel.select_entity("scale-ai")
    links, others = colours(panel.detail.browser.document())
    background = app_theme.palette("light").color(QPalette.ColorRole.Base)
    assert links and all(ratio(c, background.name()) >= 4.5 for c in links | others)
