"""The relationship panel: who was tied to whom on any date, as it happened or as publicly known.

- ``attach(window)`` adds the panel to the main window as the "Relationships" dock and links it
  to the timeline's cursor, the selection and the change broadcast.
- ``render_relationships(store, as_of_seconds, size, theme_name, mode)`` draws a case's graph on
  a date to a ``QImage`` without any window (for ``--screenshot --view relationships``).
"""

from __future__ import annotations

from explorer.ui.relationships.controller import RelationshipsController, attach
from explorer.ui.relationships.export import render_relationships
from explorer.ui.relationships.panel import RelationshipsPanel

__all__ = ["RelationshipsController", "RelationshipsPanel", "attach", "render_relationships"]
