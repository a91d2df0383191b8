"""Native case JSON: lossless round trips, the bundled case, located errors, merging, and hostile documents."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core import dates
from explorer.core.casefile import export_case, import_into, new_case, open_case
from explorer.core.dates import PartialDate, Precision
from explorer.core.interchange import formats
from explorer.core.interchange.json_reader import ImportFailure
from explorer.core.interchange.merge import merge_into
from explorer.core.interchange.native_json import FORMAT, case_to_json, read_case_json
from explorer.core.models import Certainty, Effect, EntityKind, NoteTarget, Role, Stance, StepKind
from explorer.core.store import CaseStore
from tests.conftest import BUNDLED_JSON

PEOPLE = ("Alexandr Wang", "Jason Droege", "Sarah Friar")


def bundled_document() -> dict:
    return json.loads(BUNDLED_JSON.read_text(encoding="utf-8"))


def store_from(document: object) -> CaseStore:
    store = CaseStore.in_memory()
    merge_into(store, read_case_json(document))
    return store


def export_of(document: object) -> str:
    store = store_from(document)
    try:
        return case_to_json(store)
    finally:
        store.close()


def _sorted_effects(document: dict) -> dict:
    document = dict(document)
    document["event_effects"] = sorted(document["event_effects"], key=lambda x: (x["event"], x["relationship"], x["effect"]))
    return document


# --- the bundled case -------------------------------------------------------------------------


def test_bundled_case_round_trips_through_files(tmp_path: Path) -> None:
    first_case, second_case = tmp_path / "first.case.db", tmp_path / "second.case.db"
    first_json, second_json = tmp_path / "first.json", tmp_path / "second.json"
    import_into(BUNDLED_JSON, first_case)
    store = open_case(first_case)
    try:
        export_case(store, first_json)
    finally:
        store.close()
    import_into(first_json, second_case)
    store = open_case(second_case)
    try:
        export_case(store, second_json)
    finally:
        store.close()
    assert second_json.read_bytes() == first_json.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.case.db", "first.json", "second.case.db", "second.json"]


def test_bundled_case_loses_nothing() -> None:
    source = bundled_document()
    exported = json.loads(export_of(source))
    # Every record and field comes back; only the effects are listed in the case's own order.
    assert _sorted_effects(exported) == _sorted_effects(source)


def test_bundled_case_meets_the_minimums(bundled_store: CaseStore) -> None:
    store = bundled_store
    assert store.title.strip() and store.title != "Untitled case"
    entities = store.entities()
    assert len(entities) >= 9
    people = {e.name for e in entities if e.kind is EntityKind.PERSON}
    assert set(PEOPLE) <= people

    events = list(store.iter_events())
    assert len(events) >= 12
    assert all(e.participants for e in events), [e.uid for e in events if not e.participants]
    assert len(store.relationships()) >= 12
    assert len(store.effects()) >= 12

    sources, citations = store.sources(), store.citations()
    assert len(sources) >= 6
    cited = {c.source_uid for c in citations}
    assert all(s.uid in cited for s in sources), [s.uid for s in sources if s.uid not in cited]
    assert len(store.eras()) == 2
    assert len(store.notes(NoteTarget.CASE)) >= 4

    tour = store.default_tour()
    assert tour is not None and tour.steps
    assert any(e.reported_at is not None and e.reported_at != e.start for e in events)


def test_bundled_case_invents_no_dates(bundled_store: CaseStore) -> None:
    source = {e["uid"]: e for e in bundled_document()["events"]}
    for event in bundled_store.iter_events():
        assert event.start.iso() == source[event.uid]["start"]
        if event.display_date:
            # "mid-June 2025" is kept as June 2025 with a display date, never as an invented day.
            assert event.start.precision <= Precision.MONTH, event.uid
    month_events = [e for e in bundled_store.iter_events() if e.display_date and e.start.precision is Precision.MONTH]
    assert len(month_events) >= 4


def test_bundled_case_relationships_are_explained() -> None:
    document = bundled_document()
    entity_uids = {e["uid"] for e in document["entities"]}
    for relationship in document["relationships"]:
        assert {relationship["source"], relationship["target"]} <= entity_uids
    assert {x["effect"] for x in document["event_effects"]} >= {"starts", "ends"}


# --- located errors -----------------------------------------------------------------------------


def _edit(change: Callable[[dict], None]) -> Callable[[Path], bytes]:
    def make(_: Path) -> bytes:
        document = bundled_document()
        change(document)
        return json.dumps(document, indent=1).encode("ascii")  # escapes even unpaired surrogates

    return make


def _set(*path_and_value: object) -> Callable[[Path], bytes]:
    *path, value = path_and_value

    def change(document: dict) -> None:
        target = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return _edit(change)


def _delete(*path: object) -> Callable[[Path], bytes]:
    def change(document: dict) -> None:
        target = document
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return _edit(change)


def _raw(data: bytes) -> Callable[[Path], bytes]:
    return lambda _: data


def _same_uid(document: dict) -> None:
    document["entities"][1]["uid"] = document["entities"][0]["uid"]


def _two_defaults(document: dict) -> None:
    document["tours"].append(dict(document["tours"][0], uid="tour-second"))


NOT_UTF8 = b'{"format": "case-explorer-case", "meta": {"title": "caf\xe9"}}'
BAD_DOCUMENTS = {
    "bad date": (_set("events", 3, "start", "2025-13-01"), 'events[3].start: "2025-13-01" is not a date (month 13 does not exist)'),
    "impossible day": (_set("events", 0, "start", "2025-02-29"), 'events[0].start: "2025-02-29" is not a date'),
    "date not text": (_set("events", 1, "end", 2025), "events[1].end: 2025 is not a date"),
    "missing title": (_delete("events", 0, "title"), "events[0].title: is required but missing"),
    "empty title": (_set("events", 0, "title", "  "), 'events[0].title: "  " must not be empty'),
    "missing uid": (_delete("entities", 2, "uid"), "entities[2].uid: is required but missing"),
    "title not text": (_set("events", 0, "title", 42), "events[0].title: 42 is not a string"),
    "importance not a number": (_set("events", 1, "importance", "high"), 'events[1].importance: "high" is not a whole number from 1 to 3'),
    "importance 4": (_set("events", 1, "importance", 4), "events[1].importance: 4 is not a whole number from 1 to 3"),
    "directed not a flag": (_set("relationships", 0, "directed", "yes"), 'relationships[0].directed: "yes" is not true or false'),
    "aliases not a list": (_set("entities", 0, "aliases", "Scale"), 'entities[0].aliases: "Scale" is not a list'),
    "events not a list": (_set("events", {}), "events: {} is not a list"),
    "event not an object": (_set("events", 0, "an event"), 'events[0]: "an event" is not an object'),
    "meta not an object": (_set("meta", ["title"]), 'meta: ["title"] is not an object'),
    "meta value not text": (_set("meta", "title", 1), "meta.title: 1 is not a string"),
    "meta empty key": (_set("meta", "", "x"), "meta: has an empty key"),
    "unpaired surrogate": (_set("events", 0, "title", "Bad \ud800 text"), "events[0].title: is not valid Unicode text"),
    "unknown key": (_set("events", 0, "titel", "x"), "events[0].titel: is not a known field here"),
    "unknown top-level key": (_set("evnets", []), "evnets: is not a known field here"),
    "unknown enum": (_set("events", 0, "certainty", "maybe"), 'events[0].certainty: "maybe" is not one of: confirmed, reported'),
    "unknown kind": (_set("entities", 0, "kind", "alien"), 'entities[0].kind: "alien" is not one of: company, person'),
    "unknown role": (_set("events", 2, "participants", 0, "role", "villain"), 'events[2].participants[0].role: "villain" is not one of'),
    "bad colour": (_set("entities", 0, "color", "red"), 'entities[0].color: "red" is not a colour like "#1f77b4"'),
    "newer format": (_set("format_version", 2), "format_version: 2 is newer than this Case Explorer reads (1)"),
    "duplicate uid": (_edit(_same_uid), 'entities[1].uid: "scale-ai" appears twice (first at entities[0])'),
    "unknown participant": (
        _set("events", 2, "participants", 1, "entity", "nobody"),
        "events[2].participants[1].entity: the case has no entity with uid 'nobody'",
    ),
    "end before start": (_set("events", 2, "end", "2020"), "events[2].end: 2020 is before the start 2025-06-12"),
    "relationship to itself": (
        _set("relationships", 0, "target", "openai"), "relationships[0].target: a relationship needs two different entities",
    ),
    "unknown citation target": (_set("citations", 0, "target", "ghost"), "citations[0].target: the case has no"),
    "unknown effect event": (_set("event_effects", 0, "event", "ghost"), "event_effects[0].event: the case has no event with uid 'ghost'"),
    "note target mismatch": (_set("notes", 0, "target", "scale-ai"), "notes[0].target: a case note takes no target uid"),
    "tour step without event": (_set("tours", 0, "steps", 0, "event", None), "tours[0].steps[0].event: is required for an event step"),
    "tour step unknown event": (_set("tours", 0, "steps", 0, "event", "ghost"), "tours[0].steps[0].event: the case has no event"),
    "two default tours": (_edit(_two_defaults), "tours[1].is_default: true, but tours[0] is already the default tour"),
    "era ends before it starts": (_set("eras", 0, "end", "1900"), "eras[0].end: 1900 is before the start"),
    "malformed JSON": (_raw(b'{\n  "format": "case-explorer-case",\n  "meta": {,}\n}\n'), "{src}: line 3 column 12: is not valid JSON"),
    "truncated JSON": (lambda _: BUNDLED_JSON.read_bytes()[:5000], "{src}: line "),
    "empty file": (_raw(b""), "{src}: is empty: there is nothing to import"),
    "not UTF-8": (_raw(NOT_UTF8), f"{{src}}: byte {NOT_UTF8.find(0xE9)}: is not UTF-8 text"),
    "unknown format": (_raw(b'{"events": []}'), "{src}: is not in a format Case Explorer can import"),
    "a list, not a case": (_raw(b"[1, 2, 3]"), "{src}: is not in a format Case Explorer can import"),
    "TimelineJS-like": (_raw(b'{"title": {"text": {}}, "events": []}'), "{src}: is not in a format Case Explorer can import"),
}


@pytest.mark.parametrize(("make", "expected"), BAD_DOCUMENTS.values(), ids=BAD_DOCUMENTS.keys())
def test_a_bad_file_names_where_it_is_wrong_and_creates_no_case(
    tmp_path: Path, make: Callable[[Path], bytes], expected: str
) -> None:
    source = tmp_path / "bad.json"
    source.write_bytes(make(tmp_path))
    target = tmp_path / "new.case.db"
    with pytest.raises(ImportFailure) as caught:
        import_into(source, target)
    assert str(caught.value).startswith(expected.replace("{src}", str(source))), str(caught.value)
    assert [p.name for p in tmp_path.iterdir()] == ["bad.json"]  # no case, no partial file left behind


@pytest.mark.parametrize(("make", "expected"), BAD_DOCUMENTS.values(), ids=BAD_DOCUMENTS.keys())
def test_a_bad_file_leaves_an_existing_case_unchanged(tmp_path: Path, make: Callable[[Path], bytes], expected: str) -> None:
    target = tmp_path / "existing.case.db"
    new_case(target, "Existing case")
    source = tmp_path / "bad.json"
    source.write_bytes(make(tmp_path))
    before = target.read_bytes()
    with pytest.raises(ImportFailure) as caught:
        import_into(source, target)
    assert str(caught.value).startswith(expected.replace("{src}", str(source))), str(caught.value)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "existing.case.db"]


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ImportFailure, match="does not exist"):
        import_into(tmp_path / "nothing.json", tmp_path / "new.case.db")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    (tmp_path / "folder.json").mkdir()
    with pytest.raises(ImportFailure, match="is a folder"):
        formats.read_case_data(tmp_path / "folder.json")


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    source = tmp_path / "bom.json"
    source.write_bytes(b"\xef\xbb\xbf" + BUNDLED_JSON.read_bytes())
    assert len(formats.read_case_data(source).events) == len(bundled_document()["events"])


def test_optional_keys_take_their_defaults() -> None:
    document = {
        "format": FORMAT, "format_version": 1, "meta": {"title": "Small"},
        "entities": [{"uid": "a", "kind": "company", "name": "A"}],
        "events": [{"uid": "e", "title": "E", "start": "2025-06", "certainty": "reported"}],
    }
    exported = json.loads(export_of(document))
    assert exported["entities"] == [
        {"uid": "a", "kind": "company", "name": "A", "aliases": [], "summary": "", "color": None, "url": None, "wikidata": None,
         "position": None},
    ]
    assert exported["events"] == [{
        "uid": "e", "title": "E", "body": "", "start": "2025-06", "end": None, "display_date": "", "reported_at": None,
        "category": "", "certainty": "reported", "importance": 2, "media": None, "background": None, "participants": [],
    }]
    assert exported["notes"] == exported["tours"] == exported["relationships"] == []


# --- merging ----------------------------------------------------------------------------------


def test_importing_the_same_file_twice_changes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "case.case.db"
    first = import_into(BUNDLED_JSON, target)
    document = bundled_document()
    assert first.added["events"] == len(document["events"])
    assert sum(first.skipped.values()) == 0
    before = target.read_bytes()

    second = import_into(BUNDLED_JSON, target)
    assert sum(second.added.values()) == 0
    for key in ("entities", "events", "relationships", "event_effects", "sources", "citations", "eras", "notes", "tours"):
        assert second.skipped[key] == len(document[key]), key
    assert second.summary().startswith("added nothing; ") and "already in the case and left as they were" in second.summary()
    assert target.read_bytes() == before


def test_importing_one_new_and_one_known_event_adds_one(tmp_path: Path) -> None:
    target = tmp_path / "case.case.db"
    import_into(BUNDLED_JSON, target)
    document = bundled_document()
    known = document["events"][0]
    new = dict(known, uid="ev-new", title="A new event", start="2025-08-01")
    second = tmp_path / "second.json"
    second.write_text(json.dumps({"format": FORMAT, "format_version": 1, "events": [known, new]}), encoding="utf-8")

    report = import_into(second, target)
    assert report.added["events"] == 1
    assert report.skipped["events"] == 1
    store = open_case(target)
    try:
        assert store.event_count() == len(document["events"]) + 1
        assert store.event("ev-new").participants == store.event(known["uid"]).participants
    finally:
        store.close()


def test_merge_never_overwrites_and_keeps_the_cases_own_default_tour() -> None:
    store = store_from(bundled_document())
    try:
        own_default = store.default_tour().uid
        title = store.title
        other = {
            "format": FORMAT, "format_version": 1, "meta": {"title": "Another title", "new_key": "new value"},
            "events": [{"uid": "ev-meta-stake", "title": "Changed", "start": "1999", "certainty": "confirmed"}],
            "tours": [{"uid": "tour-other", "title": "Other", "is_default": True, "steps": []}],
        }
        report = merge_into(store, read_case_json(other))
        assert store.title == title
        assert store.meta()["new_key"] == "new value"
        assert store.event("ev-meta-stake").title != "Changed"
        assert store.default_tour().uid == own_default
        assert store.tour("tour-other") is not None and not store.tour("tour-other").is_default
        assert report.skipped["meta"] == 1 and report.skipped["events"] == 1 and report.added["tours"] == 1
        assert any("tour-other" in r or "Other" in r for r in report.remarks)
    finally:
        store.close()


def test_a_failed_merge_rolls_back_everything_it_added() -> None:
    document = bundled_document()
    document["tours"][0]["steps"][-1]["event"] = "ghost"  # the very last record fails
    store = CaseStore.in_memory()
    try:
        with pytest.raises(ImportFailure, match=r"^tours\[0\]\.steps\[\d+\]\.event"):
            merge_into(store, read_case_json(document))
        assert set(store.counts().values()) == {0}
        assert store.meta() == {}
    finally:
        store.close()


# --- generated cases ------------------------------------------------------------------------------

TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=24)
VISIBLE = st.characters(codec="utf-8").filter(lambda ch: not ch.isspace())
WORDS = st.tuples(st.text(max_size=8), VISIBLE, TEXT).map("".join)  # text with something besides spaces
UIDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cc",)), min_size=1, max_size=12)
ALIASES = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\n"), min_size=1, max_size=12).filter(str.strip)
COLORS = st.none() | st.from_regex(r"#[0-9a-fA-F]{6}", fullmatch=True)
OPTIONAL_TEXT = st.none() | TEXT


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.integers(1990, 2030) | st.integers(dates.MIN_YEAR, dates.MAX_YEAR))
    precision = draw(st.sampled_from(Precision))
    if precision is Precision.YEAR:
        return PartialDate(year)
    month = draw(st.integers(1, 12))
    if precision is Precision.MONTH:
        return PartialDate(year, month)
    day = draw(st.integers(1, dates.days_in_month(year, month)))
    if precision is Precision.DAY:
        return PartialDate(year, month, day)
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    second = draw(st.none() | st.integers(0, 59)) if precision is Precision.SECOND else None
    return PartialDate(year, month, day, hour, minute, second)


def _ordered(start: PartialDate, end: PartialDate) -> tuple[PartialDate, PartialDate]:
    """The two dates as a valid span (an end entirely before the start swaps them)."""
    if dates.end_seconds(end) <= dates.start_seconds(start):
        return end, start
    return start, end


def _iso(value: PartialDate | None) -> str | None:
    return None if value is None else value.iso()


@st.composite
def case_documents(draw: st.DrawFn) -> dict:
    """A small valid case in the exact form export writes it (so export must give it back)."""
    entity_uids = draw(st.lists(UIDS, max_size=5, unique=True))
    entities = [
        {"uid": uid, "kind": draw(st.sampled_from(EntityKind)).value, "name": draw(WORDS),
         "aliases": draw(st.lists(ALIASES, max_size=3)), "summary": draw(TEXT), "color": draw(COLORS),
         "url": draw(OPTIONAL_TEXT), "wikidata": draw(st.none() | st.from_regex(r"Q[1-9][0-9]{0,6}", fullmatch=True)),
         "position": draw(st.none() | st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=2, max_size=2))}
        for uid in entity_uids
    ]

    events = []
    for uid in draw(st.lists(UIDS, max_size=6, unique=True)):
        start, end = draw(partial_dates()), draw(st.none() | partial_dates())
        if end is not None:
            start, end = _ordered(start, end)
        media = draw(st.none() | st.fixed_dictionaries(
            {key: TEXT for key in ("url", "caption", "credit", "thumbnail", "alt", "title", "link")}
        ))
        participants = draw(st.lists(st.sampled_from(entity_uids), max_size=3, unique=True)) if entity_uids else []
        events.append({
            "uid": uid, "title": draw(WORDS), "body": draw(TEXT), "start": start.iso(), "end": _iso(end),
            "display_date": draw(TEXT), "reported_at": _iso(draw(st.none() | partial_dates())), "category": draw(TEXT),
            "certainty": draw(st.sampled_from(Certainty)).value, "importance": draw(st.integers(1, 3)), "media": media,
            "background": draw(OPTIONAL_TEXT),
            "participants": [{"entity": p, "role": draw(st.sampled_from(Role)).value} for p in participants],
        })
    event_uids = [e["uid"] for e in events]

    relationships = []
    if len(entity_uids) >= 2:
        for uid in draw(st.lists(UIDS, max_size=5, unique=True)):
            source, target = draw(st.permutations(entity_uids))[:2]
            start, end = draw(st.none() | partial_dates()), draw(st.none() | partial_dates())
            if start is not None and end is not None:
                start, end = _ordered(start, end)
            relationships.append({
                "uid": uid, "source": source, "target": target, "type": draw(WORDS), "directed": draw(st.booleans()),
                "label": draw(TEXT), "start": _iso(start), "end": _iso(end),
                "certainty": draw(st.sampled_from(Certainty)).value, "summary": draw(TEXT),
            })
    relationship_uids = [r["uid"] for r in relationships]

    effects = []
    if events and relationships:
        triples = draw(st.lists(
            st.tuples(st.integers(0, len(events) - 1), st.integers(0, len(relationships) - 1), st.sampled_from(Effect)),
            max_size=6, unique=True,
        ))
        effects = [
            {"event": event_uids[e], "relationship": relationship_uids[r], "effect": x.value}
            for e, r, x in sorted(triples, key=lambda t: (t[0], t[1], t[2].value))
        ]

    sources = [
        {"uid": uid, "publisher": draw(WORDS), "title": draw(WORDS), "url": draw(OPTIONAL_TEXT),
         "published": _iso(draw(st.none() | partial_dates()))}
        for uid in draw(st.lists(UIDS, max_size=3, unique=True))
    ]
    targets = {"event": event_uids, "relationship": relationship_uids, "entity": entity_uids}
    citable = [kind for kind, uids in targets.items() if uids]
    citations = []
    if sources and citable:
        for uid in draw(st.lists(UIDS, max_size=4, unique=True)):
            kind = draw(st.sampled_from(citable))
            citations.append({
                "uid": uid, "source": draw(st.sampled_from(sources))["uid"], "target_kind": kind,
                "target": draw(st.sampled_from(targets[kind])), "quote": draw(TEXT), "locator": draw(TEXT),
                "stance": draw(st.sampled_from(Stance)).value,
            })

    eras = []
    for uid in draw(st.lists(UIDS, max_size=3, unique=True)):
        start, end = _ordered(draw(partial_dates()), draw(partial_dates()))
        eras.append({"uid": uid, "title": draw(WORDS), "start": start.iso(), "end": end.iso(), "color": draw(COLORS),
                     "summary": draw(TEXT)})
    eras.sort(key=lambda era: dates.start_seconds(dates.parse(era["start"])))  # the case lists eras in time order

    note_kinds = ["case", "range"] + [kind for kind in ("event", "entity", "relationship") if targets[kind]]
    notes = []
    for uid in draw(st.lists(UIDS, max_size=4, unique=True)):
        kind = draw(st.sampled_from(note_kinds))
        range_start = range_end = None
        if kind == "range":
            range_start, range_end = _ordered(draw(partial_dates()), draw(partial_dates()))
        notes.append({
            "uid": uid, "target_kind": kind, "target": draw(st.sampled_from(targets[kind])) if kind in targets else None,
            "range_start": _iso(range_start), "range_end": _iso(range_end),
            "body": draw(TEXT | st.just("Title #tag\n\nwith #more #Tag")), "author": draw(TEXT),
            "created": draw(WORDS), "updated": draw(WORDS), "pinned": draw(st.booleans()), "for_speaker": draw(st.booleans()),
            "revisions": draw(st.lists(st.fixed_dictionaries({"saved_at": WORDS, "body": TEXT}), max_size=3)),
            "conflicts": draw(st.lists(st.fixed_dictionaries(
                {"body": TEXT, "updated": WORDS, "author": TEXT, "origin": TEXT}), max_size=2)),
        })

    tour_uids = draw(st.lists(UIDS, max_size=3, unique=True))
    default = draw(st.none() | st.sampled_from(tour_uids)) if tour_uids else None
    step_kinds = [StepKind.RANGE, StepKind.RELATIONSHIPS] + ([StepKind.EVENT] if event_uids else [])
    tours = []
    for uid in tour_uids:
        steps = []
        for _ in range(draw(st.integers(0, 4))):
            kind = draw(st.sampled_from(step_kinds))
            event = draw(st.sampled_from(event_uids)) if kind is StepKind.EVENT else draw(st.none() | st.sampled_from(event_uids or [None]))
            steps.append({
                "kind": kind.value, "event": event, "window_start": _iso(draw(st.none() | partial_dates())),
                "window_end": _iso(draw(st.none() | partial_dates())), "as_of": _iso(draw(st.none() | partial_dates())),
                "headline": draw(TEXT), "speaker_notes": draw(TEXT),
            })
        tours.append({"uid": uid, "title": draw(WORDS), "summary": draw(TEXT), "is_default": uid == default, "steps": steps})

    meta = draw(st.dictionaries(st.text(min_size=1, max_size=10), TEXT, max_size=4))
    return {
        "format": FORMAT, "format_version": 1, "meta": meta, "entities": entities, "events": events,
        "relationships": relationships, "event_effects": effects, "sources": sources, "citations": citations,
        "eras": eras, "notes": notes, "tours": tours,
    }


@settings(max_examples=100, deadline=None)
@given(case_documents())
def test_generated_cases_round_trip_exactly(document: dict) -> None:
    store = CaseStore.in_memory()
    try:
        report = merge_into(store, read_case_json(document))
        first = case_to_json(store)
        for key in ("entities", "events", "relationships", "event_effects", "sources", "citations", "eras", "notes", "tours"):
            assert report.added[key] == len(document[key]), key
    finally:
        store.close()
    assert json.loads(first) == document  # import then export loses nothing and invents nothing
    assert export_of(json.loads(first)) == first  # export, import, export: identical text


# --- hostile documents ----------------------------------------------------------------------------

JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


def mostly(good: st.SearchStrategy, bad: st.SearchStrategy) -> st.SearchStrategy:
    """``good`` fifteen times in sixteen, else ``bad``."""
    return st.integers(0, 15).flatmap(lambda i: bad if i == 0 else good)


UID_REFS = st.sampled_from(["a", "b", "c"])
SOME_DATES = st.sampled_from(["2016", "2024", "2025-06", "2025-06-18", "-0043", "2025-06-18T14:30"])
MAYBE_DATES = st.none() | SOME_DATES
SOME_TEXT = mostly(st.sampled_from(["x", "Title #tag"]), st.sampled_from(["", " "]))
# Mostly valid values for each field, so that generated records often get past reading into the merge,
# where uids that clash or point nowhere, dates out of order and mismatched targets must be refused.
_GOOD = {
    "uid": UID_REFS, "entity": UID_REFS, "relationship": UID_REFS, "source": UID_REFS,
    "event": mostly(UID_REFS, st.none()), "target": mostly(UID_REFS, st.none()),
    "kind": mostly(st.sampled_from(EntityKind).map(str), SOME_TEXT),
    "start": SOME_DATES, "end": MAYBE_DATES, "reported_at": MAYBE_DATES, "published": MAYBE_DATES,
    "range_start": MAYBE_DATES, "range_end": MAYBE_DATES, "window_start": MAYBE_DATES, "window_end": MAYBE_DATES,
    "as_of": MAYBE_DATES,
    "certainty": st.sampled_from(Certainty).map(str), "role": st.sampled_from(Role).map(str),
    "effect": st.sampled_from(Effect).map(str), "stance": st.sampled_from(Stance).map(str),
    "target_kind": st.sampled_from(NoteTarget).map(str),
    "importance": mostly(st.integers(1, 3), st.sampled_from([0, 4, 2.0, "2"])),
    "color": mostly(st.sampled_from([None, "#1f77b4"]), st.just("red")),
    "directed": st.booleans(), "pinned": st.booleans(), "is_default": st.booleans(), "for_speaker": st.booleans(),
    "position": mostly(st.none() | st.just([1.5, -2.0]), st.sampled_from([[1], "1,2", [True, 2], [float("inf"), 0]])),
    "conflicts": st.just([]),
    "aliases": st.lists(SOME_TEXT, max_size=2),
}
_KEYS = {
    "entities": ("uid", "kind", "name", "aliases", "summary", "color", "url", "wikidata", "position"),
    "events": ("uid", "title", "body", "start", "end", "display_date", "reported_at", "category", "certainty", "importance",
               "media", "background", "participants"),
    "relationships": ("uid", "source", "target", "type", "directed", "label", "start", "end", "certainty", "summary"),
    "event_effects": ("event", "relationship", "effect"),
    "sources": ("uid", "publisher", "title", "url", "published"),
    "citations": ("uid", "source", "target_kind", "target", "quote", "locator", "stance"),
    "eras": ("uid", "title", "start", "end", "color", "summary"),
    "notes": ("uid", "target_kind", "target", "range_start", "range_end", "body", "author", "created", "updated", "pinned",
              "for_speaker", "revisions", "conflicts"),
    "tours": ("uid", "title", "summary", "is_default", "steps"),
}
_NESTED_GOOD = {"steps": {"kind": mostly(st.sampled_from(StepKind).map(str), SOME_TEXT)}}
_NESTED = {
    "participants": ("entity", "role"),
    "revisions": ("saved_at", "body"),
    "steps": ("kind", "event", "window_start", "window_end", "as_of", "headline", "speaker_notes"),
    "media": ("url", "caption", "credit", "thumbnail", "alt", "title", "link"),
}


@st.composite
def almost_records(draw: st.DrawFn, keys: tuple[str, ...], **good: st.SearchStrategy) -> object:
    """A record that is mostly right: each field good, missing, or garbage; now and then an unknown key."""
    flawed = draw(st.integers(0, 9)) == 0  # most records are well formed, if not always consistent
    if flawed and draw(st.booleans()):
        return draw(JSON_VALUES)
    record = {}
    for key in keys:
        choice = draw(st.integers(0, 11)) if flawed else 11
        if choice == 0:
            continue  # left out
        if choice == 1:
            record[key] = draw(JSON_VALUES)
        elif key in _NESTED:
            nested = st.lists(almost_records(_NESTED[key], **_NESTED_GOOD.get(key, {})), max_size=3)
            record[key] = draw(st.none() | almost_records(_NESTED[key])) if key == "media" else draw(nested)
        else:
            record[key] = draw(good[key] if key in good else _GOOD.get(key, SOME_TEXT))
    if flawed and draw(st.booleans()):
        record[draw(st.text(max_size=5))] = draw(JSON_SCALARS)
    return record


ALMOST_CASES = st.fixed_dictionaries(
    {"format": st.just(FORMAT), "format_version": mostly(st.just(1), JSON_SCALARS)},
    optional={
        "meta": mostly(
            st.dictionaries(st.sampled_from(["title", "language", ""]) | st.text(max_size=6), mostly(SOME_TEXT, JSON_SCALARS), max_size=3),
            JSON_VALUES,
        ),
        **{name: st.lists(almost_records(keys), max_size=3) for name, keys in _KEYS.items()},
    },
)


def _read_and_merge(document: object) -> None:
    """Read and merge into a fresh case: success, or ImportFailure with the case left empty."""
    try:
        data = read_case_json(document)
    except ImportFailure:
        return
    store = CaseStore.in_memory()
    try:
        try:
            merge_into(store, data)
        except ImportFailure:
            assert set(store.counts().values()) == {0}
            assert store.meta() == {}
            return
        assert export_of(json.loads(case_to_json(store))) == case_to_json(store)
    finally:
        store.close()


@settings(max_examples=150, deadline=None)
@given(JSON_VALUES)
def test_json_garbage_is_read_or_refused(document: object) -> None:
    _read_and_merge(document)


@settings(max_examples=150, deadline=None)
@given(ALMOST_CASES)
def test_almost_cases_are_imported_or_refused_whole(document: dict) -> None:
    _read_and_merge(document)


def test_document_is_not_changed_by_reading() -> None:
    document = bundled_document()
    snapshot = copy.deepcopy(document)
    read_case_json(document)
    assert document == snapshot
