"""WCAG contrast ratios, checked against values the WCAG documents and common tools give."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.core import contrast


def test_black_on_white_is_the_most_and_a_colour_on_itself_the_least() -> None:
    assert contrast.ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast.ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast.ratio("#3873d0", "#3873d0") == pytest.approx(1.0)


def test_the_grey_at_the_aa_limit_on_white() -> None:
    assert contrast.ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the lightest AA grey
    assert not contrast.passes("#777777", "#ffffff")
    assert contrast.passes("#767676", "#ffffff")


def test_translucent_colours_are_mixed_over_what_is_behind() -> None:
    half_black = "#80000000"  # Qt's #aarrggbb
    assert contrast.ratio(half_black, "#ffffff") == pytest.approx(contrast.ratio("#7f7f7f", "#ffffff"), abs=0.01)  # alpha 0x80 = 50.2 %
    assert contrast.over("#00ffffff", "#123456") == pytest.approx((0x12, 0x34, 0x56))


@pytest.mark.parametrize("text", ["", "#12", "#1234567", "red"])
def test_not_a_colour_is_an_error(text: str) -> None:
    with pytest.raises(ValueError):
        contrast.parse(text)


@pytest.mark.parametrize(("color", "backgrounds"), [
    ("#bcbd22", ("#ffffff", "#f4f6f9")),  # olive on white: 1.9:1
    ("#e3a008", ("#ffffff",)),
    ("#3d2b8a", ("#1b1e24", "#22262e")),  # dark violet on a dark theme
    ("#000000", ("#000000",)),
])
def test_readable_darkens_or_lightens_a_colour_until_it_stands_out(color: str, backgrounds: tuple[str, ...]) -> None:
    assert not all(contrast.passes(color, back, contrast.AA_GRAPHICS) for back in backgrounds)
    adjusted = contrast.readable(color, backgrounds, contrast.AA_GRAPHICS)
    assert all(contrast.ratio(adjusted, back) >= contrast.AA_GRAPHICS for back in backgrounds)
    light = contrast.luminance(contrast.parse(backgrounds[0])[0]) > 0.5
    assert (contrast.luminance(contrast.parse(adjusted)[0]) < contrast.luminance(contrast.parse(color)[0])) == light


def test_readable_keeps_a_colour_that_already_stands_out_and_its_hue() -> None:
    assert contrast.readable("#1f77b4", ("#ffffff",)) == "#1f77b4"
    red, green, blue = contrast.parse(contrast.readable("#ffd500", ("#ffffff",)))[0]
    assert red > green > blue  # still a yellow-orange, only darker


@pytest.mark.parametrize("background", ["#ffffff", "#000000", "#777777", "#6366f1", "#ffd500", "#2e7d32"])
def test_best_text_reads_on_any_background(background: str) -> None:
    assert contrast.ratio(contrast.best_text(background), background) >= contrast.AA_TEXT


_colour = st.integers(0, 0xFFFFFF).map(lambda v: f"#{v:06x}")
_translucent = st.integers(0, 0xFFFFFFFF).map(lambda v: f"#{v:08x}")


@given(_colour, st.lists(st.one_of(_colour, _translucent), min_size=1, max_size=5), st.sampled_from([3.0, 4.5]))
def test_readable_is_the_first_two_percent_step_that_passes_ratio_on_every_ground(color, grounds, minimum) -> None:
    """The fast path (each ground's luminance worked out once) agrees with ratio() itself."""
    from explorer.core.contrast import _hex, luminance, over, parse

    rgb, _alpha = parse(color)
    target = (0.0,) * 3 if sum(luminance(over(g, "#ffffff")) for g in grounds) / len(grounds) >= 0.18 else (255.0,) * 3
    expected = _hex(target)
    for step in range(0, 101, 2):
        mixed = _hex(tuple(c + (t - c) * step / 100 for c, t in zip(rgb, target, strict=True)))
        if all(contrast.ratio(mixed, g) >= minimum for g in grounds):
            expected = mixed
            break
    assert contrast.readable(color, grounds, minimum) == expected
