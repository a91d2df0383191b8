"""The app's themes: "system" follows the platform's colour scheme, and panels hear every change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

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
