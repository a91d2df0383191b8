"""The records of a case as frozen dataclasses, and the vocabularies they use.

Records refer to each other by uid (stable across files); integer ids are the store's business
and appear here only as an optional ``id`` filled in by reads.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from explorer.core import dates
from explorer.core.dates import PartialDate


class EntityKind(StrEnum):
    COMPANY = "company"
    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"


class Certainty(StrEnum):
    CONFIRMED = "confirmed"
    REPORTED = "reported"
    RUMORED = "rumored"
    PLANNED = "planned"
    DENIED = "denied"
    DISPUTED = "disputed"

    @property
    def word(self) -> str:
        """The word people read (British spelling, as in every view); the value stays as stored."""
        return "rumoured" if self is Certainty.RUMORED else self.value


class Role(StrEnum):
    ACTOR = "actor"
    TARGET = "target"
    SUBJECT = "subject"
    MENTIONED = "mentioned"


class Effect(StrEnum):
    STARTS = "starts"
    ENDS = "ends"
    MODIFIES = "modifies"
    REAFFIRMS = "reaffirms"


class Stance(StrEnum):
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    MENTIONS = "mentions"


class CitationTarget(StrEnum):
    EVENT = "event"
    RELATIONSHIP = "relationship"
    ENTITY = "entity"


class NoteTarget(StrEnum):
    CASE = "case"
    EVENT = "event"
    ENTITY = "entity"
    RELATIONSHIP = "relationship"
    RANGE = "range"


class StepKind(StrEnum):
    EVENT = "event"
    RANGE = "range"
    RELATIONSHIPS = "relationships"


# Known relationship types with the phrase shown between the two ends; other types are allowed.
RELATIONSHIP_TYPES: dict[str, str] = {
    "customer_of": "customer of",
    "supplier_to": "supplier to",
    "investor_in": "investor in",
    "owns_stake_in": "owns a stake in",
    "acquired": "acquired",
    "founder_of": "founder of",
    "ceo_of": "CEO of",
    "executive_of": "executive of",
    "board_member_of": "board member of",
    "employee_of": "employee of",
    "leads_unit_at": "leads a unit at",
    "competitor_of": "competitor of",
    "partner_of": "partner of",
}
UNDIRECTED_TYPES = frozenset({"competitor_of", "partner_of"})


def relationship_type_label(type_: str) -> str:
    return RELATIONSHIP_TYPES.get(type_, type_.replace("_", " "))


def new_uid() -> str:
    return uuid.uuid4().hex


_UID_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f]")
MAX_UID_LENGTH = 200


def uid_problem(uid: object) -> str | None:
    """Why a value is not a usable uid, or None."""
    if not isinstance(uid, str) or not uid:
        return "is not a non-empty string"
    if len(uid) > MAX_UID_LENGTH:
        return f"is longer than {MAX_UID_LENGTH} characters"
    if _UID_FORBIDDEN.search(uid):
        return "contains control characters"
    return None


@dataclass(frozen=True)
class Entity:
    uid: str
    kind: EntityKind
    name: str
    aliases: tuple[str, ...] = ()
    summary: str = ""
    color: str | None = None
    url: str | None = None
    wikidata: str | None = None
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Media:
    url: str = ""
    caption: str = ""
    credit: str = ""
    thumbnail: str = ""
    alt: str = ""
    title: str = ""
    link: str = ""


@dataclass(frozen=True)
class Participant:
    entity_uid: str
    role: Role = Role.ACTOR


@dataclass(frozen=True)
class Event:
    uid: str
    title: str
    start: PartialDate
    end: PartialDate | None = None
    body: str = ""
    display_date: str = ""
    reported_at: PartialDate | None = None
    category: str = ""
    certainty: Certainty = Certainty.CONFIRMED
    importance: int = 2
    media: Media | None = None
    background: str | None = None
    participants: tuple[Participant, ...] = ()
    id: int | None = field(default=None, compare=False)

    @property
    def t_start(self) -> int:
        return dates.start_seconds(self.start)

    @property
    def t_end(self) -> int:
        return dates.end_seconds(self.end if self.end is not None else self.start)

    @property
    def date_text(self) -> str:
        """The display date if the author gave one, else the span at its precision."""
        return self.display_date or dates.display_span(self.start, self.end)


@dataclass(frozen=True)
class Relationship:
    uid: str
    source_uid: str
    target_uid: str
    type: str
    directed: bool = True
    label: str = ""
    start: PartialDate | None = None
    end: PartialDate | None = None
    certainty: Certainty = Certainty.CONFIRMED
    summary: str = ""
    id: int | None = field(default=None, compare=False)

    @property
    def type_label(self) -> str:
        return relationship_type_label(self.type)


@dataclass(frozen=True)
class EventEffect:
    event_uid: str
    relationship_uid: str
    effect: Effect


@dataclass(frozen=True)
class Source:
    uid: str
    publisher: str
    title: str
    url: str | None = None
    published: PartialDate | None = None
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Citation:
    uid: str
    source_uid: str
    target_kind: CitationTarget
    target_uid: str
    quote: str = ""
    locator: str = ""
    stance: Stance = Stance.SUPPORTS
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Era:
    uid: str
    title: str
    start: PartialDate
    end: PartialDate
    color: str | None = None
    summary: str = ""
    id: int | None = field(default=None, compare=False)


_TAG = re.compile(r"(?<![\w#&/])#(\w[\w/-]*)")


def parse_tags(body: str) -> tuple[str, ...]:
    """The distinct ``#tags`` of a note body, lower-cased, in order of first use."""
    seen: dict[str, None] = {}
    for match in _TAG.finditer(body):
        seen.setdefault(match[1].lower().rstrip("/-"), None)
    return tuple(seen)


def note_title(body: str) -> str:
    """A note's title: its first non-empty line, without Markdown heading marks."""
    for line in body.splitlines():
        if line.strip():
            return line.strip().lstrip("#").strip() or "(untitled note)"
    return "(untitled note)"


@dataclass(frozen=True)
class Note:
    uid: str
    target_kind: NoteTarget
    body: str
    created: str
    updated: str
    target_uid: str | None = None
    range_start: PartialDate | None = None
    range_end: PartialDate | None = None
    author: str = ""
    pinned: bool = False
    for_speaker: bool = False  # shown to a presenter with the event it is on
    id: int | None = field(default=None, compare=False)

    @property
    def title(self) -> str:
        return note_title(self.body)

    @property
    def tags(self) -> tuple[str, ...]:
        return parse_tags(self.body)


@dataclass(frozen=True)
class NoteConflict:
    """Another version of a note, brought in by a merge, that differs from the local one."""

    body: str
    updated: str
    author: str = ""
    origin: str = ""  # where it came from: a file name, a colleague


@dataclass(frozen=True)
class NoteRevision:
    saved_at: str
    body: str


@dataclass(frozen=True)
class TourStep:
    kind: StepKind
    event_uid: str | None = None
    window_start: PartialDate | None = None
    window_end: PartialDate | None = None
    as_of: PartialDate | None = None
    headline: str = ""
    speaker_notes: str = ""


@dataclass(frozen=True)
class Tour:
    uid: str
    title: str
    summary: str = ""
    is_default: bool = False
    steps: tuple[TourStep, ...] = ()
    id: int | None = field(default=None, compare=False)
