"""Every entity on a presenter slide's relationship graph is named: a slide is read by a room, so
names that collide are moved (and the graph fitted round them), never left out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSize

from explorer.core import dates
from explorer.ui.presenter.graph import graph_renderer
from explorer.ui.relationships.node_item import NodeItem
from tests.conftest import SCREENSHOTS

SHOTS = SCREENSHOTS  # tests/screenshots/, for a person to look at
# the graph's box on slides of 1280×720 (unit 0.67), 1920×1080 (1) and 2880×1620 (1.5), and a small preview
BOXES = ((740, 470, 0.67), (1100, 700, 1.0), (1200, 760, 1.0), (1650, 1050, 1.5), (2200, 1400, 2.0), (480, 300, 0.4))


@pytest.fixture
def painted(monkeypatch) -> dict[str, QRectF]:
    """Each entity whose name was painted, and where (in scene coordinates)."""
    drawn: dict[str, QRectF] = {}
    original = NodeItem._paint_name

    def recording(self, painter, theme) -> None:
        drawn[self.uid] = self.mapRectToScene(self.shown_name_rect)
        original(self, painter, theme)

    monkeypatch.setattr(NodeItem, "_paint_name", recording)
    return drawn


@pytest.mark.parametrize("day", ["2016", "2025-06-01", "2025-06-18", "2025-07-16"])
@pytest.mark.parametrize(("width", "height", "unit"), BOXES)
def test_every_entity_on_a_slide_is_named(qtbot, bundled_store, painted, day: str, width: int, height: int, unit: float) -> None:
    render = graph_renderer(bundled_store)
    assert render is not None
    image = render(dates.start_seconds(dates.parse(day)), QSize(width, height), "dark", unit)
    assert image is not None
    SHOTS.mkdir(exist_ok=True)
    image.save(str(SHOTS / f"slide-{day}-{width}x{height}.png"))
    entities = {entity.uid for entity in bundled_store.entities()}
    assert set(painted) == entities, f"no name for {sorted(entities - set(painted))}"
    rects = list(painted.values())
    for i, rect in enumerate(rects):
        assert not any(rect.intersects(other) for other in rects[i + 1:]), "two names overlap"
