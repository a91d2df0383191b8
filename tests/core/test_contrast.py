"""WCAG contrast ratios, checked against values the WCAG documents and common tools give."""

from __future__ import annotations

import pytest

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
