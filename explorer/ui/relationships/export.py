"""The graph as a picture: PNG and SVG files of the panel on its date, and a headless render of any
case on any date (for ``--screenshot --view relationships --as-of DATE``).

A picture has a title (the date and the clock), the case's title, the graph fitted in, and the
legend under it, so it explains itself on a slide or in a handout.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from explorer.core import dates
from explorer.core.network import LayoutKind, Mode, Network, layout
from explorer.core.store import CaseStore
from explorer.ui.date_text import moment_precision
from explorer.ui.relationships.legend import Entry, entries, paint_legend
from explorer.ui.relationships.looks import ShowOptions, edge_looks, faded_entities
from explorer.ui.relationships.scene import GraphScene
from explorer.ui.relationships.theme import family, graph_theme

DEFAULT_SIZE = QSize(1600, 1000)
MARGIN = 24.0
TITLE_HEIGHT = 52.0


def title_for(seconds: int, mode: Mode) -> str:
    day = dates.display(dates.from_seconds_at(seconds, moment_precision(seconds)))  # a year in deep time
    return f"Relationships as of {day} — {mode.label}"


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def paint_picture(painter: QPainter, size: QSize, scene: GraphScene, title: str, subtitle: str, legend: list[Entry]) -> None:
    """Title, graph and legend, filling ``size``."""
    theme = scene.canvas.theme
    width, height = float(size.width()), float(size.height())
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, width, height), theme.background)
    painter.setPen(theme.text)
    painter.setFont(_font(20, bold=True))
    painter.drawText(QRectF(MARGIN, MARGIN * 0.6, width - 2 * MARGIN, 26), Qt.AlignmentFlag.AlignVCenter, title)
    painter.setPen(theme.muted)
    painter.setFont(_font(13))
    painter.drawText(QRectF(MARGIN, MARGIN * 0.6 + 26, width - 2 * MARGIN, 20), Qt.AlignmentFlag.AlignVCenter, subtitle)
    legend_rect = QRectF(MARGIN, 0, width - 2 * MARGIN, height)
    legend_height = paint_legend(None, legend_rect, theme, legend)
    legend_rect.moveTop(height - MARGIN * 0.6 - legend_height)
    legend_rect.setHeight(legend_height)
    graph_rect = QRectF(MARGIN, MARGIN * 0.6 + TITLE_HEIGHT, width - 2 * MARGIN, legend_rect.top() - MARGIN * 1.6 - TITLE_HEIGHT)
    if not scene.shown_rect().isEmpty() and graph_rect.height() > 0:
        shown_at = scene.view_scale
        source, scale = scene.fit_picture(graph_rect.size(), 12.0, 1.6)  # every name, sized to read at the picture's scale
        scale = min(scale, graph_rect.width() / max(source.width(), 1e-6), graph_rect.height() / max(source.height(), 1e-6))
        try:
            target = QRectF(0, 0, source.width() * scale, source.height() * scale)
            target.moveCenter(graph_rect.center())
            scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        finally:
            scene.set_view_scale(shown_at)  # as the panel's view shows it
    paint_legend(painter, legend_rect, theme, legend)


def export_png(path: str | Path, scene: GraphScene, title: str, subtitle: str, legend: list[Entry], size: QSize = DEFAULT_SIZE) -> None:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(scene.canvas.theme.background)
    painter = QPainter(image)
    try:
        paint_picture(painter, size, scene, title, subtitle, legend)
    finally:
        painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")


def export_svg(path: str | Path, scene: GraphScene, title: str, subtitle: str, legend: list[Entry], size: QSize = DEFAULT_SIZE) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(subtitle)
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"could not write {path}")
    try:
        paint_picture(painter, size, scene, title, subtitle, legend)
    finally:
        painter.end()


def build_scene(store: CaseStore, as_of_seconds: int, theme_name: str = "light", mode: Mode | str = Mode.HAPPENED) -> GraphScene:
    """A scene of the case on a date, without a view (default layout, pinned places kept)."""
    network = Network.from_store(store)
    scene = GraphScene(graph_theme(theme_name))
    scene.animate = False
    positions = layout(list(network.entities.values()), network.relationships, LayoutKind.DEFAULT, network.pinned)
    scene.set_network(network, positions)
    options = ShowOptions(int(as_of_seconds), Mode(mode))
    looks = edge_looks(network, options)
    scene.apply_looks(looks, faded_entities(network, looks, options), animate=False)
    return scene


def render_relationships(
    store: CaseStore, as_of_seconds: int, size: QSize | tuple[int, int] = DEFAULT_SIZE, theme_name: str = "light",
    mode: Mode | str = Mode.HAPPENED,
) -> QImage:
    """The relationship graph of a case on a date as an image (needs a QGuiApplication)."""
    size = size if isinstance(size, QSize) else QSize(*size)
    scene = build_scene(store, as_of_seconds, theme_name, mode)
    network = scene.network
    legend = entries({e.kind for e in network.entities.values()}, {family(r.type) for r in network.relationships}, ghosts=False)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(scene.canvas.theme.background)
    painter = QPainter(image)
    try:
        paint_picture(painter, size, scene, title_for(as_of_seconds, Mode(mode)), store.title, legend)
    finally:
        painter.end()
    scene.deleteLater()
    return image
