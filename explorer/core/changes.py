"""What a write changed: flags per kind of record plus the uids touched.

Every store write returns a ``Changes``; the app broadcasts it with the initiator so each panel
refreshes only what the flags say and skips its own echo.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Flag, auto


class Changed(Flag):
    NONE = 0
    META = auto()
    ENTITIES = auto()
    EVENTS = auto()
    PARTICIPANTS = auto()
    RELATIONSHIPS = auto()
    EFFECTS = auto()
    SOURCES = auto()
    CITATIONS = auto()
    ERAS = auto()
    NOTES = auto()
    TOURS = auto()
    POSITIONS = auto()  # pinned places in the relationship graph
    ALL = META | ENTITIES | EVENTS | PARTICIPANTS | RELATIONSHIPS | EFFECTS | SOURCES | CITATIONS | ERAS | NOTES | TOURS | POSITIONS


@dataclass(frozen=True)
class Changes:
    flags: Changed = Changed.NONE
    uids: frozenset[str] = frozenset()

    @classmethod
    def of(cls, flags: Changed, *uids: str) -> Changes:
        return cls(flags, frozenset(uids))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.flags | other.flags, self.uids | other.uids)

    def __bool__(self) -> bool:
        return bool(self.flags)

    def touches(self, flags: Changed) -> bool:
        return bool(self.flags & flags)


NO_CHANGES = Changes()
