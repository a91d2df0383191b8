"""Entities named in CSV cells, found in the case or added to it, and a CSV of entities.

A relationship's ends or an event's participants are written as names (``Meta``), uids or
aliases; a name the case does not know yet becomes a new entity of kind "organization", or of the
kind its column's header names ("Company", "People"…; the import says which, and the kind can be
changed in the app).
"""

from __future__ import annotations

import hashlib
import re

from explorer.core.interchange.json_reader import ImportFailure, shown
from explorer.core.interchange.merge import ImportReport
from explorer.core.models import Entity, EntityKind, uid_problem
from explorer.core.store import CaseStore

_KINDS = {
    "company": EntityKind.COMPANY, "business": EntityKind.COMPANY, "firm": EntityKind.COMPANY, "corporation": EntityKind.COMPANY,
    "person": EntityKind.PERSON, "people": EntityKind.PERSON, "individual": EntityKind.PERSON,
    "organization": EntityKind.ORGANIZATION, "organisation": EntityKind.ORGANIZATION, "org": EntityKind.ORGANIZATION,
    "group": EntityKind.GROUP, "team": EntityKind.GROUP,
}
_LIST_SEPARATORS = re.compile(r"\s*[;|\n]\s*")
_SHORT_COLOUR = re.compile(r"#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_MAX_NEW_REMARKS = 10


def split_list(text: str) -> list[str]:
    """Cells listing several names: separated by semicolons, bars or line breaks."""
    return [item for item in _LIST_SEPARATORS.split(text.strip()) if item]


def entity_uid(name: str) -> str:
    return "csv-" + hashlib.sha1(name.strip().lower().encode("utf-8")).hexdigest()[:16]


_PLURAL_KINDS = {"companies": EntityKind.COMPANY, "persons": EntityKind.PERSON, "organizations": EntityKind.ORGANIZATION,
                 "organisations": EntityKind.ORGANIZATION, "groups": EntityKind.GROUP}


def kind_named_by(header: str) -> EntityKind:
    """The kind of entity a column's header names ("Company", "People", "Organisations"), or
    organization when it names none (e.g. "Participants")."""
    word = "".join(character for character in header.lower() if character.isalnum())
    return _KINDS.get(word) or _PLURAL_KINDS.get(word) or _KINDS.get(word.removesuffix("s")) or EntityKind.ORGANIZATION


def entity_kind(text: str, where: str) -> EntityKind:
    value = text.strip().lower()
    if not value:
        return EntityKind.ORGANIZATION
    if value in _KINDS:
        return _KINDS[value]
    raise ImportFailure(where, f"{shown(text)} is not a kind of entity (company, person, organization or group)")


def colour(text: str, where: str) -> str | None:
    value = text.strip()
    if not value:
        return None
    if match := _SHORT_COLOUR.fullmatch(value):
        return "#" + "".join(2 * part for part in match.groups())
    if _COLOUR.fullmatch(value):
        return value.lower()
    raise ImportFailure(where, f"{shown(text)} is not a colour like #1f77b4")


def checked_uid(text: str, where: str) -> str:
    value = text.strip()
    problem = uid_problem(value)
    if problem:
        raise ImportFailure(where, f"{shown(text)} {problem}")
    return value


class EntityResolver:
    """Finds entities by uid, name or alias (ignoring case); makes new ones for unknown names."""

    def __init__(self, store: CaseStore, report: ImportReport) -> None:
        self.store = store
        self.report = report
        self.by_uid: dict[str, str] = {}
        self.by_name: dict[str, str] = {}
        self.names_of: dict[str, set[str]] = {}  # uid -> its name and aliases, lower case
        self.name_of: dict[str, str] = {}  # uid -> its name, as written
        self.new: list[Entity] = []
        for entity in store.entities():
            self._remember(entity)

    def _remember(self, entity: Entity) -> None:
        self.by_uid[entity.uid] = entity.uid
        names = {entity.name.strip().lower(), *(alias.strip().lower() for alias in entity.aliases)}
        self.names_of[entity.uid] = names
        self.name_of[entity.uid] = entity.name
        for name in names:
            self.by_name.setdefault(name, entity.uid)

    def add_known(self, entity: Entity) -> None:
        """An entity that the same import is adding (from the same file)."""
        self._remember(entity)

    def uid_for(self, text: str, where: str, kind: EntityKind = EntityKind.ORGANIZATION, name: str = "") -> str:
        """The uid of the entity ``text`` names; an unknown name is added as a new entity of ``kind``.

        ``name`` is the entity's name from a column of its own, when ``text`` is its uid (as the
        relationships CSV export writes both): see ``find``. A new entity keeps that uid when the
        case has no entity with it.
        """
        found = self.find(text, name)
        return found if found is not None else self.add(text, where, kind, name)

    def add(self, text: str, where: str, kind: EntityKind, name: str = "") -> str:
        """Add the entity ``text`` (with ``name``) names, which ``find`` did not find; its uid."""
        key, name = " ".join(text.split()), " ".join(name.split())
        if not key and not name:
            raise ImportFailure(where, "is empty (name an entity)")
        if not name or name == key:
            return self._added(Entity(uid=entity_uid(key), kind=kind, name=key), where)
        if key in self.by_uid:  # the uid names another entity here: an id of another file's own
            self.report.remarks.append(
                f"{where}: {key!r} is the uid of {self.name_of[key]!r} in the case, not of {name!r}: {name!r} is a new entity")
        uid = key if key and key not in self.by_uid and uid_problem(key) is None else entity_uid(name)
        return self._added(Entity(uid=uid, kind=kind, name=name), where)

    def find(self, key: str, name: str = "") -> str | None:
        """The uid of a known entity (in the case, or added by this import): by uid, name or alias
        ``key``; with ``name`` from a column of its own, by a uid whose entity has that name (or
        alias), else by the name. A uid whose entity has another name is not taken: files number
        their own rows (1, 2, …), and such a number must not tie a relationship to whatever entity
        has that uid in the case."""
        key, name = " ".join(key.split()), " ".join(name.split())
        if name and name != key:
            if key in self.by_uid and name.lower() in self.names_of[key]:
                return key
            return self.by_name.get(name.lower())
        if key in self.by_uid:
            return key
        return self.by_name.get(key.lower()) if key else None

    def _added(self, entity: Entity, where: str) -> str:
        if entity.uid in self.by_uid:  # a name differing only in case or spacing
            return entity.uid
        self.new.append(entity)
        self._remember(entity)
        if len(self.new) <= _MAX_NEW_REMARKS:
            self.report.remarks.append(f"{where}: added the entity {entity.name!r} (kind: {entity.kind.value}; change it in the app)")
        elif len(self.new) == _MAX_NEW_REMARKS + 1:
            self.report.remarks.append("… more entities were added for names the case did not know")
        return entity.uid
