"""Which CSV column holds which field: the fields of each kind of record, and guessing from headers.

A generic CSV holds events, entities or relationships. Each field can be named on the command
line (``--map title=Headline``) or in the import dialog; fields left unnamed are guessed from
the headers (``Date`` → start, ``Description`` → body, ``From``/``To`` → a relationship's ends).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from explorer.core.interchange.json_reader import ImportFailure


class CsvKind(StrEnum):
    EVENTS = "events"
    ENTITIES = "entities"
    RELATIONSHIPS = "relationships"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    required: bool = False
    synonyms: tuple[str, ...] = ()


def _f(name: str, label: str, *synonyms: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, label, required, (name.replace("_", ""), *synonyms))


FIELDS: dict[CsvKind, tuple[FieldSpec, ...]] = {
    CsvKind.EVENTS: (
        _f("title", "Title", "headline", "event", "name", "subject", "what", required=True),
        _f("start", "Start date", "startdate", "date", "when", "from", "begin", "eventdate", "datetime", "timestamp", "year",
           required=True),
        _f("end", "End date", "enddate", "to", "until", "finish"),
        _f("body", "Text", "text", "description", "details", "notes", "content", "summary"),
        _f("display_date", "Display date", "datelabel", "datetext"),
        _f("category", "Category", "group", "type", "tag", "lane", "kind"),
        _f("certainty", "Certainty", "status", "confidence"),
        _f("importance", "Importance", "priority", "weight"),
        _f("reported_at", "Reported on", "reported", "reporteddate", "published", "announced", "publicdate"),
        _f("participants", "Participants", "entities", "actors", "who", "people", "companies", "parties",
           "participant", "entity", "actor", "company", "person", "organization", "organisation", "party",
           "organizations", "organisations", "persons"),
        _f("media_url", "Media", "media", "image", "imageurl", "picture", "video"),
        _f("media_caption", "Media caption", "caption"),
        _f("media_credit", "Media credit", "credit"),
        _f("media_thumbnail", "Media thumbnail", "thumbnail"),
        _f("media_alt", "Media alt text", "alt", "alttext"),
        _f("media_title", "Media title"),
        _f("media_link", "Link", "link", "url", "source", "sourceurl", "href"),
        _f("background", "Background", "colour", "color"),
        _f("uid", "Unique id", "id", "uniqueid", "eventid", "key"),
    ),
    CsvKind.ENTITIES: (
        _f("name", "Name", "entity", "company", "person", "organization", "organisation", "label", "title", required=True),
        _f("kind", "Kind", "type", "category", "entitytype"),
        _f("aliases", "Aliases", "alias", "aka", "othernames", "alsoknownas"),
        _f("summary", "Summary", "description", "notes", "text", "about"),
        _f("color", "Colour", "colour"),
        _f("url", "Web address", "website", "link", "homepage", "web"),
        _f("wikidata", "Wikidata id", "wikidataid", "qid"),
        _f("uid", "Unique id", "id", "uniqueid", "entityid", "key"),
    ),
    CsvKind.RELATIONSHIPS: (
        _f("source", "From entity", "from", "sourceid", "sourcename", "entity1", "subject", "owner", required=True),
        _f("target", "To entity", "to", "targetid", "targetname", "entity2", "object", required=True),
        _f("type", "Type", "relationship", "relation", "kind", "relationtype", required=True),
        _f("label", "Label", "detail", "details"),
        _f("directed", "Directed", "isdirected"),
        _f("start", "Start date", "startdate", "since", "begin", "began", "date"),
        _f("end", "End date", "enddate", "until", "ended"),
        _f("certainty", "Certainty", "status", "confidence"),
        _f("summary", "Summary", "description", "notes", "text"),
        _f("uid", "Unique id", "id", "uniqueid", "key"),
        # a new end's name and kind, when the end columns hold uids (as the relationships CSV export writes them)
        _f("source_name", "From entity's name", "fromname"),
        _f("source_kind", "From entity's kind", "fromkind"),
        _f("target_name", "To entity's name", "toname"),
        _f("target_kind", "To entity's kind", "tokind"),
    ),
}


def normalise(header: str) -> str:
    return re.sub(r"[^0-9a-z]", "", header.lower())


def field_names(kind: CsvKind) -> list[str]:
    return [spec.name for spec in FIELDS[kind]]


def guess_kind(headers: list[str]) -> CsvKind:
    """Relationships if there are two ends, events if there is a date, else entities."""
    present = {normalise(header) for header in headers}
    for kind in (CsvKind.RELATIONSHIPS, CsvKind.EVENTS, CsvKind.ENTITIES):
        required = [spec for spec in FIELDS[kind] if spec.required]
        if all(present & set(spec.synonyms) for spec in required):
            return kind
    return CsvKind.EVENTS


def guess_mapping(kind: CsvKind, headers: list[str], given: dict[str, str] | None = None) -> dict[str, str]:
    """Field → header: the given ones, then each other field's first matching header not yet used."""
    mapping = dict(given or {})
    used = set(mapping.values())
    by_name: dict[str, str] = {}
    for header in headers:
        by_name.setdefault(normalise(header), header)
    for spec in FIELDS[kind]:
        if spec.name in mapping:
            continue
        for synonym in spec.synonyms:
            header = by_name.get(synonym)
            if header is not None and header not in used:
                mapping[spec.name] = header
                used.add(header)
                break
    return mapping


def parse_map_options(kind: CsvKind, options: list[str], headers: list[str]) -> dict[str, str]:
    """``["title=Headline", "start=Date"]`` as field → header, checked against the file's headers."""
    known = field_names(kind)
    mapping: dict[str, str] = {}
    for option in options:
        name, equals, header = option.partition("=")
        name = name.strip()
        if not equals or not name:
            raise ImportFailure(f"--map {option}", "is not FIELD=COLUMN (for example --map title=Headline)")
        if name not in known:
            raise ImportFailure(f"--map {option}", f"{name!r} is not a field of {kind}; the fields are: {', '.join(known)}")
        mapping[name] = header_named(header.strip(), headers, f"--map {option}")
    return mapping


def header_named(name: str, headers: list[str], where: str) -> str:
    if name in headers:
        return name
    for header in headers:
        if header.strip().lower() == name.lower():
            return header
    raise ImportFailure(where, f"the file has no column {name!r}; its columns are: {', '.join(repr(h) for h in headers)}")


def check_required(kind: CsvKind, mapping: dict[str, str], where: str) -> None:
    """Refuse a mapping without a required field; ``where`` names the file and its header line."""
    for spec in FIELDS[kind]:
        if spec.required and not mapping.get(spec.name):
            raise ImportFailure(
                where,
                f"no column holds the {spec.label.lower()} of the {kind}; name it with --map {spec.name}=COLUMN",
            )


@dataclass(frozen=True)
class CsvOptions:
    """How to read a generic CSV: what it holds, which column is which, how dates are written."""

    kind: CsvKind | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    map_options: tuple[str, ...] = ()
    day_first: bool | None = None
    delimiter: str | None = None
    guess: bool = True  # fill fields left unnamed from the headers (the import dialog names every one itself)
