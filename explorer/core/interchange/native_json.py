"""The native case JSON (docs/case-json.md): a lossless text form of every table of a case.

``read_case_json`` validates a parsed document into ``CaseData`` and reports the JSON path of
the first bad field; ``case_to_json`` writes a store back out. Export → import → export gives
identical text.
"""

from __future__ import annotations

import json
import math
from typing import Any

from explorer.core.dates import PartialDate
from explorer.core.interchange.case_data import CaseData
from explorer.core.interchange.json_reader import ImportFailure, JsonObject, checked_text, fail
from explorer.core.models import (
    Certainty,
    Citation,
    CitationTarget,
    Effect,
    Entity,
    EntityKind,
    Era,
    Event,
    EventEffect,
    Media,
    Note,
    NoteConflict,
    NoteRevision,
    NoteTarget,
    Participant,
    Relationship,
    Role,
    Source,
    Stance,
    StepKind,
    Tour,
    TourStep,
)
from explorer.core.store import CaseStore

FORMAT = "case-explorer-case"
FORMAT_VERSION = 1
_TOP = frozenset({
    "format", "format_version", "meta", "entities", "events", "relationships", "event_effects",
    "sources", "citations", "eras", "notes", "tours",
})
_ENTITY = frozenset({"uid", "kind", "name", "aliases", "summary", "color", "url", "wikidata", "position"})
_EVENT = frozenset({
    "uid", "title", "body", "start", "end", "display_date", "reported_at", "category", "certainty",
    "importance", "media", "background", "participants",
})
_MEDIA = frozenset({"url", "caption", "credit", "thumbnail", "alt", "title", "link"})
_PARTICIPANT = frozenset({"entity", "role"})
_RELATIONSHIP = frozenset({"uid", "source", "target", "type", "directed", "label", "start", "end", "certainty", "summary"})
_EFFECT = frozenset({"event", "relationship", "effect"})
_SOURCE = frozenset({"uid", "publisher", "title", "url", "published"})
_CITATION = frozenset({"uid", "source", "target_kind", "target", "quote", "locator", "stance"})
_ERA = frozenset({"uid", "title", "start", "end", "color", "summary"})
_NOTE = frozenset({
    "uid", "target_kind", "target", "range_start", "range_end", "body", "author", "created", "updated",
    "pinned", "for_speaker", "revisions", "conflicts",
})
_REVISION = frozenset({"saved_at", "body"})
_CONFLICT = frozenset({"body", "updated", "author", "origin"})
_TOUR = frozenset({"uid", "title", "summary", "is_default", "steps"})
_STEP = frozenset({"kind", "event", "window_start", "window_end", "as_of", "headline", "speaker_notes"})


def looks_like_case_json(document: object) -> bool:
    return isinstance(document, dict) and document.get("format") == FORMAT


# --- reading ---------------------------------------------------------------------------------


def read_case_json(document: object) -> CaseData:
    """Validate a parsed native case document; raise ImportFailure at the first bad field."""
    top = JsonObject(document, "", _TOP)
    if top.value.get("format") != FORMAT:
        raise fail("format", top.value.get("format"), f"is not {FORMAT!r}")
    version = top.integer("format_version", 1, 10**6)
    if version > FORMAT_VERSION:
        raise fail("format_version", version, f"is newer than this Case Explorer reads ({FORMAT_VERSION})")
    data = CaseData(meta=_read_meta(top))
    for item, path in top.items("entities"):
        obj = JsonObject(item, path, _ENTITY)
        data.entities.append(_entity(obj))
        position = _position(obj)
        if position is not None:
            data.positions[data.entities[-1].uid] = position
    data.events = [_event(JsonObject(item, path, _EVENT)) for item, path in top.items("events")]
    data.relationships = [_relationship(JsonObject(i, p, _RELATIONSHIP)) for i, p in top.items("relationships")]
    data.event_effects = [_effect(JsonObject(item, path, _EFFECT)) for item, path in top.items("event_effects")]
    data.sources = [_source(JsonObject(item, path, _SOURCE)) for item, path in top.items("sources")]
    data.citations = [_citation(JsonObject(item, path, _CITATION)) for item, path in top.items("citations")]
    data.eras = [_era(JsonObject(item, path, _ERA)) for item, path in top.items("eras")]
    for item, path in top.items("notes"):
        note, revisions, conflicts = _note(JsonObject(item, path, _NOTE))
        data.notes.append(note)
        data.note_revisions[note.uid] = revisions
        if conflicts:
            data.note_conflicts[note.uid] = conflicts
    data.tours = [_tour(JsonObject(item, path, _TOUR)) for item, path in top.items("tours")]
    defaults = [index for index, tour in enumerate(data.tours) if tour.is_default]
    if len(defaults) > 1:
        raise ImportFailure(f"tours[{defaults[1]}].is_default", f"true, but tours[{defaults[0]}] is already the default tour")
    return data


def _read_meta(top: JsonObject) -> dict[str, str]:
    value = top.value.get("meta", {})
    if not isinstance(value, dict):
        raise fail("meta", value, "is not an object")
    for key, text in value.items():
        if not key:
            raise ImportFailure("meta", "has an empty key (keys name a field, such as \"title\")")
        checked_text("meta", key)
        if not isinstance(text, str):
            raise fail(f"meta.{key}", text, "is not a string")
        checked_text(f"meta.{key}", text)
    return dict(value)


def _entity(obj: JsonObject) -> Entity:
    return Entity(
        uid=obj.uid(), kind=obj.choice("kind", EntityKind), name=obj.text("name", nonempty=True),
        aliases=obj.string_list("aliases"), summary=obj.text("summary", ""), color=obj.color("color"),
        url=obj.optional_text("url"), wikidata=obj.optional_text("wikidata"),
    )


def _position(obj: JsonObject) -> tuple[float, float] | None:
    value = obj.value.get("position")
    if value is None:
        return None
    if (not isinstance(value, list) or len(value) != 2
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in value)):
        raise fail(obj.at("position"), value, "is not a pair of numbers [x, y]")
    return float(value[0]), float(value[1])


def _event(obj: JsonObject) -> Event:
    media_obj = obj.child("media", _MEDIA)
    media = Media(**{key: media_obj.text(key, "") for key in sorted(_MEDIA)}) if media_obj else None
    participants = []
    for item, path in obj.items("participants"):
        participant = JsonObject(item, path, _PARTICIPANT)
        participants.append(Participant(participant.uid("entity"), participant.choice("role", Role, "actor")))
    return Event(
        uid=obj.uid(), title=obj.text("title", nonempty=True), body=obj.text("body", ""), start=obj.date("start"),
        end=obj.optional_date("end"), display_date=obj.text("display_date", ""), reported_at=obj.optional_date("reported_at"),
        category=obj.text("category", ""), certainty=obj.choice("certainty", Certainty, "confirmed"),
        importance=obj.integer("importance", 1, 3, 2), media=media, background=obj.optional_text("background"),
        participants=tuple(participants),
    )


def _relationship(obj: JsonObject) -> Relationship:
    return Relationship(
        uid=obj.uid(), source_uid=obj.uid("source"), target_uid=obj.uid("target"), type=obj.text("type", nonempty=True),
        directed=obj.flag("directed", True), label=obj.text("label", ""), start=obj.optional_date("start"),
        end=obj.optional_date("end"), certainty=obj.choice("certainty", Certainty, "confirmed"), summary=obj.text("summary", ""),
    )


def _effect(obj: JsonObject) -> EventEffect:
    return EventEffect(obj.uid("event"), obj.uid("relationship"), obj.choice("effect", Effect))


def _source(obj: JsonObject) -> Source:
    return Source(
        uid=obj.uid(), publisher=obj.text("publisher", nonempty=True), title=obj.text("title", nonempty=True),
        url=obj.optional_text("url"), published=obj.optional_date("published"),
    )


def _citation(obj: JsonObject) -> Citation:
    return Citation(
        uid=obj.uid(), source_uid=obj.uid("source"), target_kind=obj.choice("target_kind", CitationTarget),
        target_uid=obj.uid("target"), quote=obj.text("quote", ""), locator=obj.text("locator", ""),
        stance=obj.choice("stance", Stance, "supports"),
    )


def _era(obj: JsonObject) -> Era:
    return Era(
        uid=obj.uid(), title=obj.text("title", nonempty=True), start=obj.date("start"), end=obj.date("end"),
        color=obj.color("color"), summary=obj.text("summary", ""),
    )


def _note(obj: JsonObject) -> tuple[Note, list[NoteRevision], list[NoteConflict]]:
    revisions = []
    for item, path in obj.items("revisions"):
        revision = JsonObject(item, path, _REVISION)
        revisions.append(NoteRevision(revision.text("saved_at", nonempty=True), revision.text("body")))
    conflicts = []
    for item, path in obj.items("conflicts"):
        conflict = JsonObject(item, path, _CONFLICT)
        conflicts.append(NoteConflict(conflict.text("body"), conflict.text("updated", nonempty=True),
                                      conflict.text("author", ""), conflict.text("origin", "")))
    note = Note(
        uid=obj.uid(), target_kind=obj.choice("target_kind", NoteTarget), target_uid=obj.optional_uid("target"),
        range_start=obj.optional_date("range_start"), range_end=obj.optional_date("range_end"), body=obj.text("body"),
        author=obj.text("author", ""), created=obj.text("created", nonempty=True), updated=obj.text("updated", nonempty=True),
        pinned=obj.flag("pinned", False), for_speaker=obj.flag("for_speaker", False),
    )
    return note, revisions, conflicts


def _tour(obj: JsonObject) -> Tour:
    steps = []
    for item, path in obj.items("steps"):
        step = JsonObject(item, path, _STEP)
        kind = step.choice("kind", StepKind)
        event = step.optional_uid("event")
        if kind is StepKind.EVENT and event is None:
            raise ImportFailure(step.at("event"), "is required for an event step")
        steps.append(TourStep(
            kind=kind, event_uid=event, window_start=step.optional_date("window_start"),
            window_end=step.optional_date("window_end"), as_of=step.optional_date("as_of"),
            headline=step.text("headline", ""), speaker_notes=step.text("speaker_notes", ""),
        ))
    return Tour(
        uid=obj.uid(), title=obj.text("title", nonempty=True), summary=obj.text("summary", ""),
        is_default=obj.flag("is_default", False), steps=tuple(steps),
    )


# --- writing ---------------------------------------------------------------------------------


def _iso(value: PartialDate | None) -> str | None:
    return None if value is None else value.iso()


def case_to_document(store: CaseStore) -> dict[str, Any]:
    """Every table of the case as a JSON-ready document, in a stable order."""
    positions = store.positions()
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "meta": store.meta(),
        "entities": [
            {"uid": e.uid, "kind": str(e.kind), "name": e.name, "aliases": list(e.aliases), "summary": e.summary,
             "color": e.color, "url": e.url, "wikidata": e.wikidata,
             "position": list(positions[e.uid]) if e.uid in positions else None}
            for e in store.entities()
        ],
        "events": [_event_document(e) for e in store.iter_events()],
        "relationships": [
            {"uid": r.uid, "source": r.source_uid, "target": r.target_uid, "type": r.type, "directed": r.directed,
             "label": r.label, "start": _iso(r.start), "end": _iso(r.end), "certainty": str(r.certainty), "summary": r.summary}
            for r in store.relationships()
        ],
        "event_effects": [
            {"event": x.event_uid, "relationship": x.relationship_uid, "effect": str(x.effect)} for x in store.effects()
        ],
        "sources": [
            {"uid": s.uid, "publisher": s.publisher, "title": s.title, "url": s.url, "published": _iso(s.published)}
            for s in store.sources()
        ],
        "citations": [
            {"uid": c.uid, "source": c.source_uid, "target_kind": str(c.target_kind), "target": c.target_uid,
             "quote": c.quote, "locator": c.locator, "stance": str(c.stance)}
            for c in store.citations()
        ],
        "eras": [
            {"uid": e.uid, "title": e.title, "start": e.start.iso(), "end": e.end.iso(), "color": e.color, "summary": e.summary}
            for e in store.eras()
        ],
        "notes": [_note_document(store, n) for n in store.notes()],
        "tours": [_tour_document(t) for t in store.tours()],
    }


def _event_document(e: Event) -> dict[str, Any]:
    media = None
    if e.media is not None:
        media = {key: getattr(e.media, key) for key in ("url", "caption", "credit", "thumbnail", "alt", "title", "link")}
    return {
        "uid": e.uid, "title": e.title, "body": e.body, "start": e.start.iso(), "end": _iso(e.end),
        "display_date": e.display_date, "reported_at": _iso(e.reported_at), "category": e.category,
        "certainty": str(e.certainty), "importance": e.importance, "media": media, "background": e.background,
        "participants": [{"entity": p.entity_uid, "role": str(p.role)} for p in e.participants],
    }


def _note_document(store: CaseStore, n: Note) -> dict[str, Any]:
    return {
        "uid": n.uid, "target_kind": str(n.target_kind), "target": n.target_uid, "range_start": _iso(n.range_start),
        "range_end": _iso(n.range_end), "body": n.body, "author": n.author, "created": n.created, "updated": n.updated,
        "pinned": n.pinned, "for_speaker": n.for_speaker,
        "revisions": [{"saved_at": r.saved_at, "body": r.body} for r in store.note_revisions(n.uid)],
        "conflicts": [
            {"body": c.body, "updated": c.updated, "author": c.author, "origin": c.origin} for c in store.note_conflicts(n.uid)
        ],
    }


def _tour_document(t: Tour) -> dict[str, Any]:
    return {
        "uid": t.uid, "title": t.title, "summary": t.summary, "is_default": t.is_default,
        "steps": [
            {"kind": str(s.kind), "event": s.event_uid, "window_start": _iso(s.window_start), "window_end": _iso(s.window_end),
             "as_of": _iso(s.as_of), "headline": s.headline, "speaker_notes": s.speaker_notes}
            for s in t.steps
        ],
    }


def case_to_json(store: CaseStore) -> str:
    return json.dumps(case_to_document(store), indent=2, ensure_ascii=False) + "\n"
