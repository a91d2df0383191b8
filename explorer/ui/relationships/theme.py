"""How the relationship graph looks: colours for both themes, and the style of each edge.

Every distinction is drawn in more than one way, never by colour alone: certainty by the line's
pattern (solid, dashed, dotted, crossed), the state on the date by strength *and* a few words on
the edge's label, the type by colour *and* its name on the label, entity kinds by shape.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from explorer.core.models import Certainty, EntityKind
from explorer.core.network import EdgeState
from explorer.ui.timeline.theme import THEMES


@dataclass(frozen=True)
class GraphTheme:
    name: str
    background: QColor
    text: QColor
    muted: QColor
    label_background: QColor  # behind edge and entity names, so lines never cross text
    node_outline: QColor
    selection: QColor
    families: dict[str, QColor]  # edge colour by family of relationship types

    def entity_color(self, index: int, own: str | None) -> QColor:
        """The entity's colour as the timeline draws its lane: its own or the palette's, made to stand
        out 3:1 on the background."""
        return THEMES[self.name].lane_color(index, own)


def _theme(name: str, label_background: str, outline: str, families: dict[str, str]) -> GraphTheme:
    base = THEMES[name]
    return GraphTheme(
        name=name, background=QColor(base.background), text=QColor(base.text), muted=QColor(base.muted),
        label_background=QColor(label_background), node_outline=QColor(outline), selection=QColor(base.selection),
        families={family: QColor(color) for family, color in families.items()},
    )


LIGHT = _theme("light", "#e6ffffff", "#ffffff", {
    "trade": "#3d5a80", "ownership": "#8e44ad", "people": "#2e7d32", "rivalry": "#c0392b",
    "partnership": "#00796b", "other": "#5b6472",
})
DARK = _theme("dark", "#e01b1e24", "#1b1e24", {
    "trade": "#8fb3de", "ownership": "#c79be6", "people": "#86cf95", "rivalry": "#f28b7d",
    "partnership": "#5fd0c2", "other": "#a2aab6",
})
CONTRAST = _theme("contrast", "#f0000000", "#ffffff", {
    "trade": "#66ccff", "ownership": "#ff99ff", "people": "#66ff66", "rivalry": "#ff7f7f",
    "partnership": "#00ffff", "other": "#ffff00",
})
GRAPH_THEMES = {"light": LIGHT, "dark": DARK, "contrast": CONTRAST}


def graph_theme(name: str) -> GraphTheme:
    """The graph's colours for an app theme's look ("light", "dark" or "contrast"); light for others."""
    return GRAPH_THEMES.get(name, LIGHT)


FAMILY_OF_TYPE = {
    "customer_of": "trade", "supplier_to": "trade",
    "investor_in": "ownership", "owns_stake_in": "ownership", "acquired": "ownership",
    "founder_of": "people", "ceo_of": "people", "executive_of": "people", "board_member_of": "people",
    "employee_of": "people", "leads_unit_at": "people",
    "competitor_of": "rivalry", "partner_of": "partnership",
}
FAMILY_LABELS = {
    "trade": "customer / supplier", "ownership": "investor / owner", "people": "people's roles",
    "rivalry": "competitors", "partnership": "partners", "other": "other relationships",
}


def family(type_: str) -> str:
    return FAMILY_OF_TYPE.get(type_, "other")


# line patterns by certainty; denied also gets cross marks, disputed a dash-dot
PEN_STYLES = {
    Certainty.CONFIRMED: Qt.PenStyle.SolidLine,
    Certainty.REPORTED: Qt.PenStyle.DashLine,
    Certainty.RUMORED: Qt.PenStyle.DashLine,
    Certainty.PLANNED: Qt.PenStyle.DotLine,
    Certainty.DENIED: Qt.PenStyle.SolidLine,
    Certainty.DISPUTED: Qt.PenStyle.DashDotLine,
}
DASH_PATTERNS = {Certainty.REPORTED: [5.0, 3.0], Certainty.RUMORED: [2.2, 2.6]}  # in pen widths
CERTAINTY_WORDS = {
    Certainty.CONFIRMED: "", Certainty.REPORTED: "reported", Certainty.RUMORED: "rumoured",
    Certainty.PLANNED: "planned", Certainty.DENIED: "denied", Certainty.DISPUTED: "disputed",
}

# strength of an edge by its state on the date (1 = full); 0 = hidden
STATE_OPACITY = {
    EdgeState.NOT_BEGUN: 0.0,
    EdgeState.BEGINNING: 0.42,
    EdgeState.ACTIVE: 1.0,
    EdgeState.ENDING: 1.0,
    EdgeState.ENDED: 0.3,
}
GHOST_OPACITY = 0.16  # not yet begun, when ghosts are shown
STATE_WIDTH = {EdgeState.NOT_BEGUN: 1.4, EdgeState.BEGINNING: 1.8, EdgeState.ACTIVE: 2.4, EdgeState.ENDING: 2.4, EdgeState.ENDED: 1.6}

NODE_SIZE = {EntityKind.COMPANY: 46.0, EntityKind.PERSON: 34.0, EntityKind.ORGANIZATION: 42.0, EntityKind.GROUP: 40.0}
KIND_LABELS = {
    EntityKind.COMPANY: "company", EntityKind.PERSON: "person", EntityKind.ORGANIZATION: "organization", EntityKind.GROUP: "group",
}
NAME_FONT_PX = 13
EDGE_FONT_PX = 11
