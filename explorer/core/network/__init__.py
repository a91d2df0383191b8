"""The relationship network over time, without Qt: states on a date on either clock, what changed
between two dates and why, deterministic layouts, and how edges bend.

The relationship panel (``explorer.ui.relationships``) draws what this package computes.
"""

from __future__ import annotations

from explorer.core.network.compare import Cause, Change, ChangeKind, compare
from explorer.core.network.filters import NO_FILTER, RelationshipFilter
from explorer.core.network.graph import Network, Stop
from explorer.core.network.layout import LayoutKind, layout
from explorer.core.network.lifetime import EdgeState, Lifetime, Mode, state_note
from explorer.core.network.roles import Role, roles
from explorer.core.network.routing import bends

__all__ = [
    "NO_FILTER", "Cause", "Change", "ChangeKind", "EdgeState", "LayoutKind", "Lifetime", "Mode", "Network",
    "RelationshipFilter", "Role", "Stop", "bends", "compare", "layout", "roles", "state_note",
]
