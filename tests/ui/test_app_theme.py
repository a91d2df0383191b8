"""The app's themes: "system" follows the platform's colour scheme, and panels hear every change."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QComboBox, QSpinBox, QVBoxLayout, QWidget

from explorer.ui import app_theme


class FakeHints:
    def __init__(self, scheme: Qt.ColorScheme) -> None:
        self.scheme = scheme

    def colorScheme(self) -> Qt.ColorScheme:
        return self.scheme


class FakeGuiApplication:
    hints = FakeHints(Qt.ColorScheme.Light)

    @classmethod
    def styleHints(cls) -> FakeHints:
        return cls.hints


@pytest.fixture
def platform(monkeypatch, qapp):
    """A platform whose colour scheme the test sets (offscreen Qt has none)."""
    monkeypatch.setattr(app_theme, "QGuiApplication", FakeGuiApplication)
    monkeypatch.setitem(app_theme._state, "following", True)  # the real style hints never change here
    yield FakeGuiApplication.hints
    app_theme.apply("light")


def test_system_follows_the_platform_scheme_and_its_changes(qapp, platform) -> None:
    heard: list[str] = []
    app_theme.notifier().changed.connect(heard.append)
    platform.scheme = Qt.ColorScheme.Dark
    timeline = app_theme.apply("system")
    assert (app_theme.chosen(), app_theme.look(), timeline.name) == ("system", "dark", "dark")
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
    platform.scheme = Qt.ColorScheme.Light
    app_theme._on_scheme_changed(Qt.ColorScheme.Light)  # what the style hints signal calls
    assert app_theme.look() == "light" and qapp.palette().color(QPalette.ColorRole.Window).lightness() > 180
    assert heard[-2:] == ["dark", "light"]


def test_a_chosen_theme_ignores_the_platform(qapp, platform) -> None:
    app_theme.apply("contrast")
    platform.scheme = Qt.ColorScheme.Light
    app_theme._on_scheme_changed(Qt.ColorScheme.Light)
    assert app_theme.look() == "contrast"
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#000000"


def test_unknown_names_are_light_and_every_theme_has_a_label(qapp) -> None:
    assert app_theme.resolve("purple") == "light"
    assert [app_theme.label(name) for name in app_theme.THEMES] == ["System", "Light", "Dark", "High contrast (projector)"]


def _bright_runs(image: QImage, left: int, right: int, top: int, bottom: int) -> list[int]:
    """Per row from ``top`` to ``bottom``, how many pixels between ``left`` and ``right`` are near white."""
    return [sum(QColor(image.pixel(x, y)).lightness() > 200 for x in range(left, right)) for y in range(top, bottom)]


def _is_triangle(rows: list[int], pointing: str, widest: int = 7) -> bool:
    """Rows of a filled triangle: widths that only shrink towards its point, from wide to one or two pixels."""
    drawn = [count for count in rows if count]
    if pointing == "up":
        drawn.reverse()
    return len(drawn) >= 4 and drawn[0] >= widest and drawn[-1] <= 3 and all(a >= b for a, b in pairwise(drawn))


def test_high_contrast_combo_and_spin_boxes_draw_white_arrows(qtbot, qapp, screenshot_dir) -> None:
    app_theme.apply("contrast")
    try:
        host = QWidget()
        qtbot.addWidget(host)
        layout = QVBoxLayout(host)
        combo, spin = QComboBox(host), QSpinBox(host)
        combo.addItems(["High contrast (projector)", "Light"])
        spin.setRange(0, 10)
        spin.setValue(5)
        layout.addWidget(combo)
        layout.addWidget(spin)
        host.resize(260, 90)
        host.show()
        qtbot.waitExposed(host)
        host.grab().save(str(screenshot_dir / "contrast-combo-and-spin.png"))
        image = combo.grab().toImage()
        inner = (image.width() - 19, image.width() - 4, 3, image.height() - 3)  # inside the button, off its line
        assert _is_triangle(_bright_runs(image, *inner), "down"), _bright_runs(image, *inner)
        image = spin.grab().toImage()
        middle = image.height() // 2
        left, right = image.width() - 19, image.width() - 4
        assert _is_triangle(_bright_runs(image, left, right, 2, middle), "up", 5), _bright_runs(image, left, right, 2, middle)
        assert _is_triangle(_bright_runs(image, left, right, middle, image.height() - 2), "down", 5)
    finally:
        app_theme.apply("light")
