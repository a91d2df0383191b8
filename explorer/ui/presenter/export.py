"""Slides out of the app: one step as an image, a whole tour as a PDF (one page a step) or PNGs.

These run without a window (the command line uses them offscreen): they need a Qt application
for fonts (a widgets one: the relationship graph is a graphics scene) and make one if none runs. The PDF is painted, not pasted: its text
stays text. A failed or cancelled export leaves nothing half-written: the PDF is written beside
the target and renamed to it when complete, PNG images are made in a folder beside the target and
moved into it once all are drawn.

``iter_export_slides`` is the export one slide at a time (a generator yielding ``(done, total,
text)``, for ``explorer.ui.progress.run_steps``: painting uses the graph's scene, so it stays on the
GUI thread); closing it early cleans up. ``export_slides`` runs it to the end.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import tempfile
from collections.abc import Generator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QGuiApplication, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from explorer.core import tours
from explorer.core.models import Tour
from explorer.core.store import CaseStore
from explorer.ui.presenter.content import TourSlides
from explorer.ui.presenter.graph import graph_renderer
from explorer.ui.presenter.media import MediaImages
from explorer.ui.presenter.slide_painter import SlideAssets, paint_slide
from explorer.ui.presenter.theme import slide_theme

PDF_DPI = 96  # so a page of size (1920, 1080) is 1920×1080 painter pixels (20×11.25 inches)
_app: QApplication | None = None
_STEP_FILE = re.compile(r"step-\d+\.png")
_partials = itertools.count()
Step = tuple[int, int, str | None]


def ensure_gui() -> None:
    """Make a QApplication (offscreen works) when none runs; one without widgets cannot draw the graph."""
    global _app
    if QGuiApplication.instance() is None:
        _app = QApplication([])


def slide_assets(store: CaseStore, slides: TourSlides) -> SlideAssets:
    return SlideAssets(slides.strip, MediaImages(store.db.path), graph_renderer(store))


def choose_tour(store: CaseStore, tour: Tour | str | None) -> Tour:
    """A Tour as given, a tour by uid or title, or (None) the case's default tour."""
    if isinstance(tour, Tour):
        return tour
    if tour is None:
        return tours.resolve_tour(store)
    found = tours.find_tour(store, tour)
    if found is None:
        names = ", ".join(f'"{choice.title}"' for choice in tours.tour_choices(store))
        raise ValueError(f"the case has no tour called {tour!r} (its tours: {names})")
    return found


def _paint(painter: QPainter, size: tuple[int, int], slides: TourSlides, index: int, assets: SlideAssets, theme: str) -> None:
    paint_slide(painter, QRectF(0, 0, size[0], size[1]), slides.slide(index), assets, slide_theme(theme))


def render_step(store: CaseStore, tour: Tour | str | None, index: int, size: tuple[int, int] = (1920, 1080),
                theme: str = "light") -> QImage:
    """Step ``index`` (0-based) of a tour as the audience sees it, as an image of ``size`` pixels."""
    ensure_gui()
    slides = TourSlides(store, choose_tour(store, tour))
    if not 0 <= index < len(slides):
        raise IndexError(f"the tour has {len(slides)} steps; there is no step {index + 1}")
    image = QImage(int(size[0]), int(size[1]), QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        _paint(painter, size, slides, index, slide_assets(store, slides), theme)
    finally:
        painter.end()
    return image


def export_slides(store: CaseStore, out_path: str | Path, tour_uid: str | None = None, size: tuple[int, int] = (1920, 1080),
                  theme: str = "light") -> int:
    """Write a tour's slides: a PDF with one page a step when ``out_path`` ends in .pdf, else a
    folder of PNG images (step-01.png …). ``tour_uid`` may also be a tour's title; None is the
    default tour. Returns the number of slides written."""
    steps = iter_export_slides(store, out_path, tour_uid, size, theme)
    while True:
        try:
            next(steps)
        except StopIteration as finished:
            return finished.value  # type: ignore[no-any-return]


def iter_export_slides(store: CaseStore, out_path: str | Path, tour_uid: str | None = None,
                       size: tuple[int, int] = (1920, 1080), theme: str = "light") -> Generator[Step, None, int]:
    """``export_slides`` one slide a ``next()``: yields ``(slides done, slides, text)``, returns the
    number written; closed before the end, it leaves nothing behind."""
    ensure_gui()
    preparing = QCoreApplication.translate("SlideExport", "Preparing the slides…")
    tour = choose_tour(store, tour_uid)
    yield 0, 0, preparing
    slides = TourSlides(store, tour)
    if not len(slides):
        raise ValueError(f'the tour "{slides.tour.title}" has no steps')
    yield 0, 0, preparing
    out = Path(out_path)
    assets = slide_assets(store, slides)
    yield 0, len(slides), None
    if out.suffix.lower() == ".pdf":
        yield from _write_pdf(out, slides, assets, size, theme)
    else:
        yield from _write_pngs(out, slides, assets, size, theme)
    return len(slides)


def _step(done: int, total: int) -> Step:
    text = QCoreApplication.translate("SlideExport", "Slide %1 of %2").replace("%1", str(done)).replace("%2", str(total))
    return done, total, text


def _partial(out: Path) -> Path:
    """A name beside ``out`` for the file being written (created now: a missing or read-only folder fails here)."""
    partial = out.with_name(f".{out.name}.{os.getpid()}-{next(_partials)}.partial")
    with open(partial, "xb"):
        pass
    return partial


def _write_pngs(out: Path, slides: TourSlides, assets: SlideAssets, size: tuple[int, int], theme: str) -> Generator[Step, None, None]:
    if out.exists() and not out.is_dir():
        raise ValueError(f"{out}: is a file; slides go to a .pdf file or to a folder of PNG images")
    parent = out.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".partial", dir=parent))
    try:
        digits = max(2, len(str(len(slides))))
        for index in range(len(slides)):
            image = QImage(int(size[0]), int(size[1]), QImage.Format.Format_ARGB32_Premultiplied)
            painter = QPainter(image)
            try:
                _paint(painter, size, slides, index, assets, theme)
            finally:
                painter.end()
            target = staged / f"step-{index + 1:0{digits}d}.png"
            if not image.save(str(target), "PNG"):
                raise OSError(f"could not write {out / target.name}")
            yield _step(index + 1, len(slides))
        if not out.exists():
            os.replace(staged, out)
            return
        written = {image.name for image in staged.iterdir()}
        for name in sorted(written):
            os.replace(staged / name, out / name)
        for old in out.iterdir():  # step images of a longer tour exported there before
            if _STEP_FILE.fullmatch(old.name) and old.name not in written and old.is_file():
                old.unlink()
    finally:
        shutil.rmtree(staged, ignore_errors=True)


def _write_pdf(out: Path, slides: TourSlides, assets: SlideAssets, size: tuple[int, int], theme: str) -> Generator[Step, None, None]:
    partial = _partial(out)
    complete = False
    writer = QPdfWriter(str(partial))
    writer.setTitle(slides.tour.title)
    writer.setCreator("Case Explorer")
    writer.setResolution(PDF_DPI)
    points = QSizeF(size[0] * 72 / PDF_DPI, size[1] * 72 / PDF_DPI)
    writer.setPageSize(QPageSize(points, QPageSize.Unit.Point, "Slide", QPageSize.SizeMatchPolicy.ExactMatch))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter()
    try:
        if not painter.begin(writer):
            raise OSError(f"could not write {out}")
        for index in range(len(slides)):
            if index:
                writer.newPage()
            _paint(painter, (writer.width(), writer.height()), slides, index, assets, theme)
            yield _step(index + 1, len(slides))
        painter.end()
        del writer  # closes the file
        os.replace(partial, out)
        complete = True
    finally:  # also when closed early (cancelled)
        if painter.isActive():
            painter.end()
        if not complete:
            partial.unlink(missing_ok=True)
