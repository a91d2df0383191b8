"""On and off read in every theme: a checked toggle button stands clearly apart from an unchecked
one (the relationship panel's "As it happened" and "Legend", the search panel's switch), and radio
buttons and check boxes (the Export dialog's formats) have an outline that shows on the window.

Measured on the pixels drawn, not on the palette: Fusion drew a checked button only 10 % darker
(dark theme 0.30 against 0.33 mean brightness) and outlined indicators in a darker shade of the
window colour, invisible on the dark and black windows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QHBoxLayout, QRadioButton, QStyle, QStyleOptionButton, QToolButton, QWidget

from explorer.core import contrast
from explorer.ui import app_theme
from tests.conftest import SCREENSHOTS

SHOTS = SCREENSHOTS  # tests/screenshots/, for a person to look at
APART = 1.5  # checked against unchecked background
OUTLINE = contrast.AA_GRAPHICS  # WCAG non-text contrast, 3:1


@pytest.fixture(params=app_theme.LOOKS)
def look(request) -> Iterator[str]:
    app_theme.apply(request.param)
    yield request.param
    app_theme.apply("light")


def _hex(color: QColor) -> str:
    return color.name()


def background(button: QAbstractButton) -> QColor:
    """The colour that covers most of the button's inside (its text is a small share)."""
    image = button.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    inside = [QColor(image.pixel(x, y)).name() for x in range(3, image.width() - 3) for y in range(3, image.height() - 3)]
    return QColor(Counter(inside).most_common(1)[0][0])


def _shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _toggle_pair(qtbot) -> tuple[QWidget, QToolButton, QToolButton]:
    holder = QWidget()
    row = QHBoxLayout(holder)
    buttons = []
    for text, checked in (("As it happened", True), ("Legend", False)):
        button = QToolButton(holder)
        button.setText(text)
        button.setCheckable(True)
        button.setChecked(checked)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row.addWidget(button)
        buttons.append(button)
    _shown(qtbot, holder)
    return holder, buttons[0], buttons[1]


def test_a_checked_toggle_button_stands_apart_from_an_unchecked_one(qtbot, look: str) -> None:
    holder, on, off = _toggle_pair(qtbot)
    ratio = contrast.ratio(_hex(background(on)), _hex(background(off)))
    holder.grab().save(str(SHOTS / f"toggles-{look}.png"))
    assert ratio >= APART, (look, background(on).name(), background(off).name())


def test_the_relationship_panels_toggles_show_their_state(qtbot, look: str) -> None:
    from explorer.ui.relationships.controls import Controls

    controls = _shown(qtbot, Controls())
    controls.happened.setChecked(True)
    controls.legend.setChecked(False)
    for button in (controls.happened, controls.legend):
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    controls.grab().save(str(SHOTS / f"relationship-controls-{look}.png"))
    assert contrast.ratio(_hex(background(controls.happened)), _hex(background(controls.legend))) >= APART


def test_the_search_filters_switch_shows_its_state(qtbot, look: str) -> None:
    from explorer.ui.search.filter_box import FilterBox

    box = _shown(qtbot, FilterBox())
    box.dim_button.setChecked(True)
    box.grab().save(str(SHOTS / f"search-switch-{look}.png"))
    assert contrast.ratio(_hex(background(box.dim_button)), _hex(background(box.hide_button))) >= APART


def _indicator_contrast(button: QAbstractButton, element: QStyle.SubElement) -> float:
    """The strongest contrast any pixel of the (unchecked) indicator has against the window."""
    option = QStyleOptionButton()
    option.initFrom(button)
    rect = button.style().subElementRect(element, option, button)
    image = button.grab().toImage()
    window = _hex(button.palette().color(QPalette.ColorRole.Window))
    return max(contrast.ratio(QColor(image.pixel(QPoint(x, y))).name(), window)
               for x in range(rect.left(), rect.right() + 1) for y in range(rect.top(), rect.bottom() + 1))


@pytest.mark.parametrize(("kind", "element"), [(QRadioButton, QStyle.SubElement.SE_RadioButtonIndicator),
                                               (QCheckBox, QStyle.SubElement.SE_CheckBoxIndicator)])
def test_radio_buttons_and_check_boxes_have_a_visible_outline(qtbot, look: str, kind: type, element: QStyle.SubElement) -> None:
    button = _shown(qtbot, kind("Comma-separated values"))
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    assert contrast.ratio(_hex(button.palette().color(QPalette.ColorRole.Base)),
                          _hex(button.palette().color(QPalette.ColorRole.Window))) < OUTLINE  # the fill alone would not show it
    assert _indicator_contrast(button, element) >= OUTLINE, look


def test_the_export_dialogs_chosen_format_is_marked_in_the_highlight_colour(qtbot, look: str) -> None:
    from explorer.ui.dialogs.export_dialog import ExportDialog

    dialog = _shown(qtbot, ExportDialog("Scale AI"))
    chosen = dialog.formats.button(0)
    option = QStyleOptionButton()
    option.initFrom(chosen)
    rect = chosen.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, chosen)
    image = chosen.grab().toImage()
    highlight = chosen.palette().color(QPalette.ColorRole.Highlight)
    centre = QColor(image.pixel(rect.center()))
    dialog.grab().save(str(SHOTS / f"export-{look}.png"))
    assert max(abs(centre.red() - highlight.red()), abs(centre.green() - highlight.green()),
               abs(centre.blue() - highlight.blue())) <= 24, (centre.name(), highlight.name())
    dialog.reject()
