"""What each edge and entity of the graph should look like on a date: the bridge from the core's
states (and filters, ghosts, compare results) to the drawing.

The scene applies these looks; tests read them to check what a student would see.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.core.models import Certainty, Relationship
from explorer.core.network import NO_FILTER, Change, ChangeKind, EdgeState, Mode, Network, RelationshipFilter, state_note
from explorer.ui.relationships.theme import CERTAINTY_WORDS, GHOST_OPACITY, STATE_OPACITY, STATE_WIDTH

MAX_LABEL = 38
COMPARE_CONTEXT_OPACITY = 0.22  # unchanged edges in compare mode, kept faintly for orientation
_MARKS = {
    ChangeKind.ADDED: "+ added", ChangeKind.ENDED: "− ended", ChangeKind.CAME_AND_WENT: "± came and went",
    ChangeKind.CHANGED: "~ changed", ChangeKind.REAFFIRMED: "✓ reaffirmed",
}


@dataclass(frozen=True)
class EdgeLook:
    state: EdgeState
    opacity: float  # 0 = hidden
    width: float
    lines: tuple[str, ...]  # the label, line by line
    change: ChangeKind | None = None

    @property
    def visible(self) -> bool:
        return self.opacity > 0


@dataclass(frozen=True)
class ShowOptions:
    """What the user chose to see."""

    seconds: int
    mode: Mode = Mode.HAPPENED
    ghosts: bool = False  # show not-yet-begun ties faintly instead of hiding them
    filter: RelationshipFilter = NO_FILTER
    changes: tuple[Change, ...] | None = None  # compare mode: what changed up to ``seconds``


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1].rstrip() + "…"


def label_lines(relationship: Relationship, note: str) -> tuple[str, ...]:
    first = relationship.type_label
    if relationship.certainty is not Certainty.CONFIRMED:
        first += f" · {CERTAINTY_WORDS[relationship.certainty]}"
    lines = [first]
    if relationship.label.strip():
        lines.append(_shorten(relationship.label))
    if note:
        lines.append(note)
    return tuple(lines)


def edge_looks(network: Network, options: ShowOptions) -> dict[str, EdgeLook]:
    """The look of every relationship of the network, by uid."""
    states = network.state_array(options.seconds, options.mode)
    lifetimes = network.lifetimes(options.mode)
    changed = {c.relationship.uid: c for c in options.changes or ()}
    looks = {}
    for i, relationship in enumerate(network.relationships):
        state = EdgeState(int(states[i]))
        change = changed.get(relationship.uid)
        note = state_note(state, lifetimes[i])
        opacity = STATE_OPACITY[state]
        if state is EdgeState.NOT_BEGUN and options.ghosts:
            opacity = GHOST_OPACITY
        if options.changes is not None:
            if change is not None:
                opacity = max(opacity, 0.55)
                note = _MARKS[change.kind] + (f" · {change.causes[0].date}" if change.causes else "")
            else:
                opacity = min(opacity, COMPARE_CONTEXT_OPACITY)
        if not options.filter.matches(relationship):
            opacity = 0.0
        width = STATE_WIDTH[state] + (1.0 if change is not None and change.kind is not ChangeKind.REAFFIRMED else 0.0)
        looks[relationship.uid] = EdgeLook(state, opacity, width, label_lines(relationship, note), change.kind if change else None)
    return looks


def faded_entities(network: Network, looks: dict[str, EdgeLook], options: ShowOptions) -> set[str]:
    """Entities drawn faintly: outside the entity filter, or with ties of which none is present."""
    present: set[str] = set()
    tied: set[str] = set()
    for relationship in network.relationships:
        look = looks[relationship.uid]
        ends = (relationship.source_uid, relationship.target_uid)
        if options.filter.matches(relationship):
            tied.update(ends)
        if look.visible and (look.state.present or look.change is not None):
            present.update(ends)
    filtering = options.filter.is_active
    return {uid for uid in network.entities if (uid in tied and uid not in present) or (filtering and uid not in tied)}
