"""The palette of entity and category colours, shared by every view and by the graph exports.

An entity without a colour of its own takes the palette's colour at its slot
(``timeline_index.palette_slot``: its row id counted from 0), so it is drawn in the same colour on
the timeline, in the relationship graph, on slides and in Gephi. Tableau's ten colours, darkened
for light backgrounds and lightened for dark ones until marks in them reach 3:1.
"""

from __future__ import annotations

LIGHT_PALETTE = ("#1f77b4", "#d62728", "#2b8a2b", "#c75f0a", "#9467bd", "#8c564b", "#bd5a9f", "#12838f", "#7e7f17", "#737373")
DARK_PALETTE = ("#5aa9e6", "#ef6b6b", "#3cbf3c", "#ff9a3c", "#b394d9", "#c4937f", "#e889cc", "#2fd0e0", "#cfd040", "#a6a6a6")


def palette_colour(slot: int, palette: tuple[str, ...] = LIGHT_PALETTE) -> str:
    """The palette's colour at ``slot`` (the palette repeats)."""
    return palette[slot % len(palette)]
