"""The welcome page's arrows are drawn in the theme's text colour, and again on a theme change."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from explorer.ui import app_theme


def _arrow_colour(button) -> QColor:
    """The colour of the arrow's most opaque pixel."""
    image = button.icon().pixmap(20, 20).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    best = max((image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())),
               key=lambda c: c.alpha())
    assert best.alpha() > 200, "the button has no arrow"
    return best


def test_arrows_follow_the_theme(main_window, qtbot):
    app_theme.apply("dark")
    page = main_window.help.show_welcome()
    qtbot.addWidget(page)
    for button in page.buttons.values():
        assert _arrow_colour(button).lightnessF() > 0.7  # light on the dark ground
    app_theme.apply("light")
    qtbot.waitUntil(lambda: _arrow_colour(page.buttons["open"]).lightnessF() < 0.3, timeout=2000)
    app_theme.apply("contrast")
    qtbot.waitUntil(lambda: _arrow_colour(page.buttons["open"]).lightnessF() > 0.9, timeout=2000)
    page.close()
