"""High-DPI: what the app draws itself (timeline markers and dash tiles, colour swatches) is made
at the screen's device pixel ratio, so it is sharp on a 2x screen instead of blown up and blurred.

One test runs a child process with QT_SCALE_FACTOR=2 (the offscreen platform then reports a 2x
screen) and saves the timeline as the 2x screen shows it to the screenshot folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from explorer.core.models import Certainty
from explorer.core.timeline_columns import CERTAINTY_CODES
from explorer.ui import drawn_icon
from explorer.ui.timeline import event_layer
from explorer.ui.timeline.painting import MARKER_SIZE, edge_brush, marker_pixmap
from explorer.ui.timeline.view import TimelineView

from ..conftest import REPO


def _uniform_blocks(image: QImage) -> float:
    """The share of 2x2 device-pixel blocks of one colour: 1.0 for a 1x picture blown up twice."""
    same = total = 0
    for x in range(0, image.width() - 1, 2):
        for y in range(0, image.height() - 1, 2):
            block = {image.pixel(x + dx, y + dy) for dx in (0, 1) for dy in (0, 1)}
            total += 1
            same += len(block) == 1
    return same / total


def test_markers_and_dash_tiles_are_made_at_the_device_ratio(qapp) -> None:
    rgba = QColor("#1f77b4").rgba()
    code = CERTAINTY_CODES.index(Certainty.DENIED)
    sharp = marker_pixmap(rgba, code, MARKER_SIZE, 2.0)
    assert (sharp.width(), sharp.height(), sharp.devicePixelRatio()) == (2 * MARKER_SIZE, 2 * MARKER_SIZE, 2.0)
    assert _uniform_blocks(sharp.toImage()) < 0.9  # drawn with device pixels, not doubled ones
    tile = edge_brush(rgba, CERTAINTY_CODES.index(Certainty.RUMORED), 2.0).texture()
    assert (tile.width(), tile.devicePixelRatio()) == (20, 2.0)


def test_the_timeline_asks_for_markers_at_the_ratio_it_paints_at(qtbot, bundled_store, monkeypatch) -> None:
    asked: list[float] = []

    def recording(rgba: int, code: int, size: int = MARKER_SIZE, ratio: float = 1.0):
        asked.append(ratio)
        return marker_pixmap(rgba, code, size, ratio)

    monkeypatch.setattr(event_layer, "marker_pixmap", recording)
    view = TimelineView(bundled_store)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    qtbot.waitExposed(view)
    image = QImage(view.size() * 2, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(2.0)
    image.fill(0)
    view.render(image)
    assert asked and set(asked) == {2.0}


def test_swatches_have_a_pixmap_for_each_common_ratio(qapp) -> None:
    icon = drawn_icon.swatch("#2e7d32", 12)
    for ratio in (1.0, 2.0, 3.0):
        pixmap = icon.pixmap(QSize(12, 12), ratio)
        assert (pixmap.width(), pixmap.devicePixelRatio()) == (round(12 * ratio), ratio)
    assert _uniform_blocks(icon.pixmap(QSize(12, 12), 2.0).toImage()) < 1.0  # rounded corners in device pixels
    assert drawn_icon.swatch("not a colour").pixmap(QSize(12, 12), 1.0).toImage().pixelColor(6, 6).alpha() == 0


CHILD = r"""
import json, sys
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
app = QApplication([])
from explorer.core.casefile import import_into, open_case
from explorer.ui.forms.fields import ColorField
from explorer.ui.timeline import event_layer
from explorer.ui.timeline.view import TimelineView
asked = []
original = event_layer.marker_pixmap
event_layer.marker_pixmap = lambda rgba, code, size, ratio=1.0: asked.append(ratio) or original(rgba, code, size, ratio)
case, out = sys.argv[1], sys.argv[2]
import_into(sys.argv[3], case)
view = TimelineView(open_case(case))
view.resize(900, 420)
view.show()
for _ in range(30):
    app.processEvents()
grab = view.grab()
grab.save(out)
field = ColorField()
field.edit.setText("#c25e00")
ratio = view.devicePixelRatioF()
print(json.dumps({
    "ratio": ratio, "grab": [grab.width(), grab.devicePixelRatio()], "asked": sorted(set(asked)),
    "colour button": field.button.icon().pixmap(QSize(14, 14), ratio).width(),
}))
"""


def test_on_a_2x_screen_the_timeline_and_swatches_are_drawn_at_2x(tmp_path: Path, screenshot_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2")
    out = screenshot_dir / "timeline-2x-light.png"
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "scale.case.db"), str(out), str(REPO / "db/cases/scale-ai-2025.json")],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["ratio"] == 2.0
    assert found["grab"] == [1800, 2.0]
    assert found["asked"] == [2.0]  # every marker drawn from a 2x pixmap
    assert found["colour button"] == 28


def test_the_density_image_has_a_column_per_device_pixel(qtbot, tmp_path: Path) -> None:
    from explorer.core.casefile import open_case

    from .test_timeline import _generated

    store = open_case(_generated(tmp_path, 25_000))
    view = TimelineView(store)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_to_fit()
    widths: list[int] = []
    density = view.events.marks.density

    def recording(x0: float, x1: float, width: int, lanes: range | None = None):
        widths.append(width)
        return density(x0, x1, width, lanes)

    view.events.marks.density = recording
    for ratio in (1.0, 2.0):
        image = QImage(view.size() * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(0)
        view.render(image)
    assert view.events.density_shown
    one, two = widths[0], widths[-1]
    assert abs(two - 2 * one) <= 1, widths
    view.close()
    store.close()
