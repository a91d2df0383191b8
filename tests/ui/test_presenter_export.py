"""Slides out of the app: a PDF with one page a step, PNG folders, single steps as images; and
screenshots of several steps in every theme at 1280×720 and 3840×2160 (saved to look at)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from explorer.core import dates, tours
from explorer.core.models import Media, StepKind, Tour, TourStep
from explorer.ui.messages import Dialogs
from explorer.ui.presenter import attach, export_slides, render_step
from explorer.ui.presenter.audience import AudienceView
from explorer.ui.presenter.controller import SlideExportDialog
from explorer.ui.presenter.theme import THEMES, slide_theme

SIZES = ((1280, 720), (3840, 2160))
STEPS = (0, 1, 2, 5, 6)  # an early event, relationships, a turning point, a reported event, a long window


def _pages(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf.read_bytes()))


def test_pdf_has_one_page_per_step(qapp, bundled_store, tmp_path: Path) -> None:
    out = tmp_path / "talk.pdf"
    assert export_slides(bundled_store, out) == 12
    assert out.read_bytes().startswith(b"%PDF")
    assert _pages(out) == len(bundled_store.default_tour().steps) == 12
    assert b"The story in twelve steps" in out.read_bytes() or b"T\x00h\x00e" in out.read_bytes()  # the title, in some encoding
    assert not (tmp_path / "talk.pdf.part").exists()


def test_pdf_of_a_builtin_tour_by_title_in_the_dark(qapp, bundled_store, tmp_path: Path) -> None:
    out = tmp_path / "important.pdf"
    assert export_slides(bundled_store, out, "Important events", size=(1280, 720), theme="dark") == 5
    assert _pages(out) == 5


def test_png_folder_has_an_image_per_step(qapp, bundled_store, tmp_path: Path) -> None:
    folder = tmp_path / "slides"
    assert export_slides(bundled_store, folder, tours.IMPORTANT_EVENTS, size=(960, 540), theme="contrast") == 5
    files = sorted(p.name for p in folder.iterdir())
    assert files == [f"step-0{i}.png" for i in range(1, 6)]
    image = QImage(str(folder / "step-01.png"))
    assert (image.width(), image.height()) == (960, 540)
    assert image.pixelColor(5, 5) == QColor("#000000")  # high contrast: black ground


def test_bad_requests_are_refused_clearly(qapp, bundled_store, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"no tour called 'Nope'.*The story in twelve steps"):
        export_slides(bundled_store, tmp_path / "x.pdf", "Nope")
    with pytest.raises(IndexError, match=r"12 steps; there is no step 13"):
        render_step(bundled_store, None, 12)
    bundled_store.put_tour(Tour("empty", "Empty"))
    with pytest.raises(ValueError, match="has no steps"):
        export_slides(bundled_store, tmp_path / "x.pdf", "empty")
    with pytest.raises(OSError):
        export_slides(bundled_store, tmp_path / "no-such-folder" / "x.pdf")
    assert not (tmp_path / "no-such-folder").exists()


def test_export_from_the_present_menu(qtbot, main_window, tmp_path: Path, monkeypatch) -> None:
    controller = attach(main_window)
    out = tmp_path / "menu.pdf"
    monkeypatch.setattr(SlideExportDialog, "ask", classmethod(lambda cls, parent, suggested: str(out)))
    finished: list[tuple[str, str, Path]] = []
    monkeypatch.setattr(Dialogs, "finished", classmethod(lambda cls, parent, title, text, written: finished.append((title, text, written))))
    controller.export_action.trigger()
    assert _pages(out) == 12
    assert "Exported 12 slides" in main_window.statusBar().currentMessage()
    assert finished == [("Export finished", f"Wrote 12 slides to {out}.", out)]  # as File ▸ Export says it


def test_render_step_is_the_size_asked_in_each_theme(qapp, bundled_store, screenshot_dir: Path) -> None:
    tour = bundled_store.default_tour()
    for theme in THEMES:
        for width, height in SIZES:
            for index in STEPS:
                image = render_step(bundled_store, tour, index, (width, height), theme)
                assert (image.width(), image.height()) == (width, height)
                assert image.pixelColor(3, 3) == QColor(slide_theme(theme).background)
                image.save(str(screenshot_dir / f"presenter-{theme}-{width}x{height}-step-{index + 1:02d}.png"))


def test_period_and_offline_media_slides(qapp, bundled_store, screenshot_dir: Path) -> None:
    event = bundled_store.event("ev-meta-stake")
    bundled_store.put_event(replace(event, media=Media(
        url="https://example.com/meta-scale.jpg", caption="Meta's stake: 49% of Scale AI, without votes", credit="Illustration: Scale AI")))
    steps = (
        TourStep(StepKind.RANGE, window_start=dates.parse("2025-06"), window_end=dates.parse("2025-07"),
                 headline="A month that changed Scale"),
        tours.event_step("ev-meta-stake"),
    )
    tour = Tour("t", "Extra", steps=steps)
    for theme in ("light", "dark"):
        for name, index in (("period", 0), ("offline-media", 1)):
            image = render_step(bundled_store, tour, index, (1280, 720), theme)
            image.save(str(screenshot_dir / f"presenter-{theme}-1280x720-{name}.png"))


def test_live_audience_and_console_screenshots(qtbot, main_window, screenshot_dir: Path, monkeypatch) -> None:
    monkeypatch.setattr(AudienceView, "ANIMATION_MS", 30)
    controller = attach(main_window)
    controller.start()
    runner = controller.runner
    qtbot.waitExposed(runner.audience)
    qtbot.keyClicks(runner.audience, "3")
    qtbot.keyClick(runner.audience, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not runner.audience.animating, timeout=2000)
    runner.console.showNormal()
    runner.console.resize(1400, 900)
    qtbot.waitUntil(lambda: runner.console.width() == 1400, timeout=2000)
    runner.console.grab().save(str(screenshot_dir / "presenter-console-1400x900.png"))
    for width, height in SIZES:
        runner.audience.showNormal()
        runner.audience.resize(width, height)
        qtbot.waitUntil(lambda w=width: runner.audience.width() == w, timeout=2000)
        runner.audience.grab().save(str(screenshot_dir / f"presenter-audience-live-{width}x{height}.png"))
    qtbot.keyClicks(runner.audience, "?")
    runner.audience.grab().save(str(screenshot_dir / "presenter-audience-keys-3840x2160.png"))
    controller.stop()
