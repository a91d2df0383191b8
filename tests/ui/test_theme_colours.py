"""Lane, category and entity colours in every theme: marks stand out 3:1 on the background and
stripes, and whatever is written on or beside them 4.5:1 (WCAG AA), however a case colours them."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QColor

from explorer.core import contrast
from explorer.ui import app_theme, theme_pairs
from explorer.ui.relationships.theme import GRAPH_THEMES
from explorer.ui.timeline.theme import THEMES

from ..conftest import BUNDLED_JSON

AWKWARD = ("#bcbd22", "#e3a008", "#ffff00", "#ffffff", "#000000", "#1b1e24", "#7f7f7f", "#17becf")


def _case_colors() -> tuple[str, ...]:
    case = json.loads(BUNDLED_JSON.read_text(encoding="utf-8"))
    found = [item.get("color") for part in ("entities", "eras") for item in case.get(part, [])]
    return tuple(color for color in found if color)


def _case_eras() -> tuple[str | None, ...]:
    return tuple(era.get("color") for era in json.loads(BUNDLED_JSON.read_text(encoding="utf-8"))["eras"])


@pytest.mark.parametrize("look", app_theme.LOOKS)
def test_every_palette_colour_stands_out_as_it_is(qapp, look: str) -> None:
    theme = THEMES[look]
    for color in theme.palette:
        for back in (theme.background, theme.stripe):
            assert contrast.ratio(color, back.name()) >= contrast.AA_GRAPHICS, f"{look}: {color} on {back.name()}"
    assert len({color.lower() for color in theme.palette}) == len(theme.palette) == 10


@pytest.mark.parametrize("look", app_theme.LOOKS)
def test_the_case_own_and_awkward_colours_are_adjusted_to_be_seen(qapp, look: str) -> None:
    own = _case_colors() + AWKWARD
    assert len(own) > len(AWKWARD)  # the bundled case colours its entities
    eras = _case_eras()
    assert eras  # and marks its eras
    pairs = theme_pairs.lane_pairs(look, own, eras)
    failing = [f"{p.where}: {p.foreground} on {p.background} = {p.ratio:.2f} < {p.minimum}" for p in pairs if not p.passes]
    assert failing == []
    lane_checks = [p for p in pairs if " lane " in p.where]
    grounds = 2 + 2 * len(eras)  # background, stripes, and each era's band over both
    assert len(lane_checks) == grounds * (len(THEMES[look].palette) + len(own))


@pytest.mark.parametrize("look", app_theme.LOOKS)
@pytest.mark.parametrize("eras", [("#bcbd22", "#ff00ff"), ("#000000", "#ffffff"), ("#1f77b4", "#d62728", "#2ca02c")])
def test_marks_stand_out_on_any_era_band(qapp, look: str, eras: tuple[str, ...]) -> None:
    pairs = [p for p in theme_pairs.lane_pairs(look, AWKWARD, eras) if " lane " in p.where]
    assert [p.where for p in pairs if not p.passes] == []


def test_colours_that_already_stand_out_are_kept() -> None:
    assert THEMES["light"].lane_color(0, "#1f77b4").name() == "#1f77b4"
    assert THEMES["dark"].lane_color(0, "#bcbd22").name() == "#bcbd22"
    assert THEMES["light"].lane_color(0, "#bcbd22").name() != "#bcbd22"  # 1.9:1 on white: darkened
    assert THEMES["light"].lane_color(3, "not a colour").name() == THEMES["light"].palette[3]


@pytest.mark.parametrize("look", app_theme.LOOKS)
def test_graph_entities_take_the_same_visible_colours(qapp, look: str) -> None:
    graph, timeline = GRAPH_THEMES[look], THEMES[look]
    for i, own in enumerate((None, *_case_colors())):
        color = graph.entity_color(i, own)
        assert color == timeline.lane_color(i, own)
        assert contrast.ratio(color.name(), graph.background.name()) >= contrast.AA_GRAPHICS


@pytest.mark.parametrize("fill", ["#6366f1", "#ffd500", "#2ca02c", "#1b1e24", "#ffffff"])
def test_labels_on_solid_bars_take_black_or_white_whichever_reads(fill: str) -> None:
    for theme in THEMES.values():
        text = theme.text_on(QColor(fill))
        assert contrast.ratio(text.name(), fill) >= contrast.AA_TEXT
