"""CaseStore: every kind of record written, read back, updated and deleted; refusals; lenient reads."""

from __future__ import annotations

import pytest

from explorer.core.changes import Changed, Changes
from explorer.core.dates import PartialDate, parse
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
from explorer.core.store import SORT_COLUMNS, CaseStore, NotFound, RecordError

T0 = "2026-01-01T10:00:00Z"




def entity(uid: str, name: str | None = None, kind: EntityKind = EntityKind.COMPANY, **kw) -> Entity:
    return Entity(uid, kind, name or uid.title(), **kw)


def event(uid: str, start: str = "2025-06", title: str | None = None, **kw) -> Event:
    return Event(uid, title or f"Event {uid}", parse(start), **kw)


@pytest.fixture
def people(store: CaseStore) -> CaseStore:
    """Three entities, two events with participants, a relationship with effects, a source."""
    store.put_entity(entity("meta", "Meta"))
    store.put_entity(entity("scale", "Scale AI"))
    store.put_entity(entity("wang", "Alexandr Wang", EntityKind.PERSON))
    store.put_event(event("deal", "2025-06-12", participants=(Participant("meta"), Participant("scale", Role.TARGET))))
    store.put_event(event("joins", "2025-06", participants=(Participant("wang", Role.SUBJECT), Participant("meta"))))
    store.put_relationship(Relationship("stake", "meta", "scale", "owns_stake_in", label="49%", start=parse("2025-06")))
    store.put_relationship(Relationship("ceo", "wang", "scale", "ceo_of", end=parse("2025-06")))
    store.add_effect(EventEffect("deal", "stake", Effect.STARTS))
    store.add_effect(EventEffect("joins", "ceo", Effect.ENDS))
    store.put_source(Source("src", "Reuters", "Meta buys into Scale", "https://example.org/a", parse("2025-06-13")))
    return store


def _count(store: CaseStore, table: str) -> int:
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# --- entities ---------------------------------------------------------------------------------


def test_put_get_delete_entity(store: CaseStore) -> None:
    record = Entity(
        "scale", EntityKind.COMPANY, "Scale AI", aliases=("Scale", "Scale AI Inc."), summary="Data **labelling**",
        color="#1f77b4", url="https://scale.com", wikidata="Q123",
    )
    changes = store.put_entity(record)
    assert changes == Changes.of(Changed.ENTITIES, "scale")
    stored = store.entity("scale")
    assert stored == record
    assert stored.id is not None
    assert store.entities() == [record]

    deleted = store.delete_entity("scale")
    assert deleted.touches(Changed.ENTITIES) and deleted.uids == {"scale"}
    assert store.entity("scale") is None
    assert store.entities() == []


def test_update_entity_by_uid_keeps_the_id(store: CaseStore) -> None:
    store.put_entity(entity("scale", "Scale"))
    first_id = store.entity("scale").id
    store.put_entity(Entity("scale", EntityKind.ORGANIZATION, "Scale AI", aliases=("SAI",)))
    updated = store.entity("scale")
    assert updated.id == first_id
    assert (updated.kind, updated.name, updated.aliases) == (EntityKind.ORGANIZATION, "Scale AI", ("SAI",))
    assert _count(store, "entity") == 1


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (Entity("x", EntityKind.COMPANY, ""), "name"),
        (Entity("x", EntityKind.COMPANY, "   "), "name"),
        (Entity("x", EntityKind.COMPANY, "X", color="red"), "color"),
        (Entity("x", EntityKind.COMPANY, "X", color="#12345"), "color"),
        (Entity("x", EntityKind.COMPANY, "X", color="#1234567"), "color"),
        (Entity("x", EntityKind.COMPANY, "X", aliases=("two\nlines",)), "aliases"),
    ],
)
def test_entity_refusals(store: CaseStore, record: Entity, field: str) -> None:
    with pytest.raises(RecordError) as caught:
        store.put_entity(record)
    assert caught.value.field == field
    assert store.entities() == []


def test_delete_unknown_entity_is_not_found(store: CaseStore) -> None:
    with pytest.raises(NotFound):
        store.delete_entity("ghost")


def test_deleting_an_entity_cascades(people: CaseStore) -> None:
    store = people
    store.put_citation(Citation("c-wang", "src", CitationTarget.ENTITY, "wang"))
    store.put_citation(Citation("c-ceo", "src", CitationTarget.RELATIONSHIP, "ceo"))
    store.put_citation(Citation("c-deal", "src", CitationTarget.EVENT, "deal"))
    store.put_note(Note("n-wang", NoteTarget.ENTITY, "About Wang", T0, T0, target_uid="wang"))
    store.put_note(Note("n-ceo", NoteTarget.RELATIONSHIP, "About the CEO", T0, T0, target_uid="ceo"))
    store.put_note(Note("n-case", NoteTarget.CASE, "About the case", T0, T0))

    changes = store.delete_entity("wang")
    for flag in (Changed.ENTITIES, Changed.PARTICIPANTS, Changed.RELATIONSHIPS, Changed.EFFECTS, Changed.CITATIONS, Changed.NOTES):
        assert changes.touches(flag), flag
    assert [p.entity_uid for p in store.event("joins").participants] == ["meta"]
    assert [r.uid for r in store.relationships()] == ["stake"]
    assert store.effects() == [EventEffect("deal", "stake", Effect.STARTS)]
    assert sorted(c.uid for c in store.citations()) == ["c-deal"]
    assert sorted(n.uid for n in store.notes()) == ["n-case"]
    # The events and the other entities stay.
    assert sorted(e.uid for e in store.entities()) == ["meta", "scale"]
    assert store.event_count() == 2
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []


# --- events -----------------------------------------------------------------------------------


def test_put_get_delete_event_with_participants_and_media(people: CaseStore) -> None:
    store = people
    record = Event(
        "announce", "Meta announces the deal", parse("2025-06-12"), end=parse("2025-06-14"), body="*Big* news",
        display_date="mid-June 2025", reported_at=parse("2025-06-13T09:15"), category="deal",
        certainty=Certainty.REPORTED, importance=3,
        media=Media("https://img", "A caption", "Credit", "thumb.png", "alt text", "Media title", "https://link"),
        background="#000000",
        participants=(Participant("scale", Role.TARGET), Participant("meta", Role.ACTOR), Participant("wang", Role.MENTIONED)),
    )
    changes = store.put_event(record)
    assert changes.flags == Changed.EVENTS | Changed.PARTICIPANTS
    assert changes.uids == {"announce"}
    stored = store.event("announce")
    assert stored == record  # participants keep their order, media every field
    assert (stored.t_start, stored.t_end) == (1_749_686_400, 1_749_945_600)
    row = store.conn.execute("SELECT t_start, t_end, t_reported FROM event WHERE uid = 'announce'").fetchone()
    assert row == (stored.t_start, stored.t_end, 1_749_806_100)

    deleted = store.delete_event("announce")
    assert deleted.touches(Changed.EVENTS) and deleted.touches(Changed.TOURS)
    assert store.event("announce") is None
    assert store.conn.execute("SELECT count(*) FROM event_entity WHERE event_id = ?", (stored.id,)).fetchone()[0] == 0


def test_event_without_media_reads_back_none_and_empty_media_stays(store: CaseStore) -> None:
    store.put_event(event("plain"))
    store.put_event(event("framed", media=Media()))
    assert store.event("plain").media is None
    assert store.event("framed").media == Media()


def test_update_event_by_uid_keeps_the_id_and_replaces_participants(people: CaseStore) -> None:
    store = people
    first = store.event("deal")
    store.put_event(Event("deal", "Renamed", parse("2025-06-13"), participants=(Participant("wang", Role.MENTIONED),)))
    updated = store.event("deal")
    assert updated.id == first.id
    assert updated.title == "Renamed"
    assert updated.participants == (Participant("wang", Role.MENTIONED),)
    assert store.event_count() == 2
    # Effects on the event survive an update.
    assert store.effects_of_event("deal") == [EventEffect("deal", "stake", Effect.STARTS)]


def test_deleting_an_event_cascades(people: CaseStore) -> None:
    store = people
    store.put_citation(Citation("c", "src", CitationTarget.EVENT, "deal"))
    store.put_note(Note("n", NoteTarget.EVENT, "on the deal", T0, T0, target_uid="deal"))
    store.put_tour(Tour("t", "Tour", steps=(TourStep(StepKind.EVENT, "deal"), TourStep(StepKind.RANGE, headline="Later"))))
    store.delete_event("deal")
    assert store.effects() == [EventEffect("joins", "ceo", Effect.ENDS)]
    assert store.citations() == []
    assert store.notes() == []
    assert [s.kind for s in store.tour("t").steps] == [StepKind.RANGE]
    assert store.relationship("stake") is not None


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (Event("e", "", parse("2025")), "title"),
        (Event("e", "  ", parse("2025")), "title"),
        (Event("e", "T", parse("2025-06"), end=parse("2025-05")), "end"),
        (Event("e", "T", parse("2025-06-18"), end=parse("2025-06-17T23:59")), "end"),
        (Event("e", "T", parse("2025"), end=parse("2024")), "end"),
        (Event("e", "T", parse("2025"), importance=4), "importance"),
        (Event("e", "T", parse("2025"), importance=0), "importance"),
        (Event("e", "T", parse("2025"), participants=(Participant("meta"), Participant("meta", Role.TARGET))), "participants"),
        (Event("e", "T", parse("2025"), participants=(Participant("meta"), Participant("nobody"))), "participants[1].entity"),
    ],
)
def test_event_refusals(people: CaseStore, record: Event, field: str) -> None:
    with pytest.raises(RecordError) as caught:
        people.put_event(record)
    assert caught.value.field == field
    assert people.event("e") is None
    assert people.event_count() == 2


def test_a_refused_event_update_changes_nothing(people: CaseStore) -> None:
    before = people.event("deal")
    with pytest.raises(NotFound):
        people.put_event(Event("deal", "Changed", parse("2025"), participants=(Participant("nobody"),)))
    assert people.event("deal") == before


def test_an_end_inside_the_start_is_allowed(store: CaseStore) -> None:
    store.put_event(Event("e", "T", parse("2025-06"), end=parse("2025-06-01")))
    assert store.event("e").end == parse("2025-06-01")


def _sort_events(store: CaseStore) -> dict[str, int]:
    specs = [
        ("a", "2025-06", "banana", "deal", Certainty.REPORTED, 1),
        ("b", "2025", "Apple", "Market", Certainty.CONFIRMED, 3),
        ("c", "2025-06-18", "cherry", "leadership", Certainty.RUMORED, 2),
        ("d", "2016", "apple pie", "deal", Certainty.DENIED, 2),
        ("e", "2025-06", "Date", "customer", Certainty.PLANNED, 3),  # same start as "a", longer span below
        ("f", "-0043", "ides", "", Certainty.DISPUTED, 1),
    ]
    for uid, start, title, category, certainty, importance in specs:
        end = parse("2025-07") if uid == "e" else None
        store.put_event(Event(uid, title, parse(start), end=end, category=category, certainty=certainty, importance=importance))
    return {e.uid: e.id for e in store.iter_events()}


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("order_by", sorted(SORT_COLUMNS))
def test_event_ids_sort_by_every_column(store: CaseStore, order_by: str, descending: bool) -> None:
    ids = _sort_events(store)
    events = list(store.iter_events())
    keys = {
        "date": lambda e: (e.t_start, e.t_end, e.id),
        "title": lambda e: (e.title.lower(), e.id),
        "category": lambda e: (e.category.lower(), e.id),
        "certainty": lambda e: (str(e.certainty), e.id),
        "importance": lambda e: (e.importance, e.id),
    }
    expected = [e.id for e in sorted(events, key=keys[order_by], reverse=descending)]
    assert store.event_ids(order_by, descending).tolist() == expected
    assert sorted(expected) == sorted(ids.values())


def test_event_ids_by_date_known_order(store: CaseStore) -> None:
    ids = _sort_events(store)
    by_uid = {v: k for k, v in ids.items()}
    assert [by_uid[i] for i in store.event_ids("date")] == ["f", "d", "b", "a", "e", "c"]
    assert [by_uid[i] for i in store.event_ids("date", descending=True)] == ["c", "e", "a", "b", "d", "f"]


def test_event_ids_refuse_an_unknown_sort_key(store: CaseStore) -> None:
    with pytest.raises(KeyError):
        store.event_ids("title; DROP TABLE event")


def test_events_by_id_keep_the_given_order_and_skip_unknown_ids(store: CaseStore) -> None:
    ids = _sort_events(store)
    wanted = [ids["c"], 999_999, ids["a"], -1, ids["f"]]
    assert [e.uid for e in store.events_by_id(wanted)] == ["c", "a", "f"]
    assert store.events_by_id([]) == []


def test_events_by_id_handle_more_ids_than_one_batch(store: CaseStore) -> None:
    for i in range(1200):
        store.put_event(event(f"e{i:04d}", "2025"))
    ids = store.event_ids("title", descending=True)
    assert len(ids) == 1200
    assert [e.id for e in store.events_by_id(ids)] == ids.tolist()
    assert len(list(store.iter_events())) == 1200


# --- relationships and effects -----------------------------------------------------------------


def test_put_get_delete_relationship(people: CaseStore) -> None:
    store = people
    record = Relationship(
        "rival", "meta", "scale", "competitor_of", directed=False, label="sort of", start=parse("2024"),
        end=parse("2025-06-18"), certainty=Certainty.DISPUTED, summary="Rivals",
    )
    assert store.put_relationship(record) == Changes.of(Changed.RELATIONSHIPS, "rival")
    assert store.relationship("rival") == record
    assert store.relationship("rival").type_label == "competitor of"
    row = store.conn.execute("SELECT t_start, t_end FROM relationship WHERE uid = 'rival'").fetchone()
    assert row == (1_704_067_200, 1_750_291_200)
    open_ended = store.relationship("stake")
    assert open_ended.end is None
    assert store.conn.execute("SELECT t_end FROM relationship WHERE uid = 'stake'").fetchone() == (None,)

    deleted = store.delete_relationship("rival")
    assert deleted.touches(Changed.RELATIONSHIPS) and deleted.touches(Changed.EFFECTS)
    assert store.relationship("rival") is None


def test_update_relationship_by_uid_keeps_the_id(people: CaseStore) -> None:
    before = people.relationship("stake")
    people.put_relationship(Relationship("stake", "meta", "scale", "investor_in", label="49%, non-voting"))
    after = people.relationship("stake")
    assert after.id == before.id
    assert (after.type, after.label, after.start) == ("investor_in", "49%, non-voting", None)
    assert people.effects_on_relationship("stake") == [EventEffect("deal", "stake", Effect.STARTS)]


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (Relationship("r", "meta", "meta", "partner_of"), "target"),
        (Relationship("r", "meta", "scale", ""), "type"),
        (Relationship("r", "meta", "scale", "x", start=parse("2025-06"), end=parse("2025-05")), "end"),
        (Relationship("r", "ghost", "scale", "x"), "source"),
        (Relationship("r", "meta", "ghost", "x"), "target"),
    ],
)
def test_relationship_refusals(people: CaseStore, record: Relationship, field: str) -> None:
    with pytest.raises(RecordError) as caught:
        people.put_relationship(record)
    assert caught.value.field == field
    assert people.relationship("r") is None


def test_event_effects(people: CaseStore) -> None:
    store = people
    effect = EventEffect("joins", "stake", Effect.REAFFIRMS)
    changes = store.add_effect(effect)
    assert changes.flags == Changed.EFFECTS
    assert changes.uids == {"joins", "stake"}
    assert store.has_effect(effect)
    assert effect in store.effects()
    assert store.effects_of_event("joins") == [effect, EventEffect("joins", "ceo", Effect.ENDS)]  # by relationship
    # by the date of the event: "joins" (June 2025) starts before "deal" (12 June 2025)
    assert store.effects_on_relationship("stake") == [effect, EventEffect("deal", "stake", Effect.STARTS)]
    store.add_effect(effect)  # at most once per triple
    assert len(store.effects()) == 3
    store.add_effect(EventEffect("joins", "stake", Effect.MODIFIES))  # another effect of the same pair
    assert len(store.effects()) == 4

    removed = store.remove_effect(effect)
    assert removed.flags == Changed.EFFECTS
    assert not store.has_effect(effect)
    assert len(store.effects()) == 3
    with pytest.raises(NotFound) as caught:
        store.add_effect(EventEffect("ghost", "stake", Effect.STARTS))
    assert caught.value.field == "event"


def test_deleting_a_relationship_removes_its_effects(people: CaseStore) -> None:
    people.delete_relationship("stake")
    assert people.effects() == [EventEffect("joins", "ceo", Effect.ENDS)]


# --- sources and citations -----------------------------------------------------------------


def test_put_get_delete_source(store: CaseStore) -> None:
    record = Source("s", "Reuters", "A story", "https://example.org", parse("2025-06-13"))
    assert store.put_source(record) == Changes.of(Changed.SOURCES, "s")
    assert store.source("s") == record
    first_id = store.source("s").id
    store.put_source(Source("s", "Reuters", "A corrected story"))
    assert store.source("s").id == first_id
    assert store.source("s") == Source("s", "Reuters", "A corrected story")
    with pytest.raises(RecordError):
        store.put_source(Source("t", "", "Untitled publisher"))
    with pytest.raises(RecordError):
        store.put_source(Source("t", "Publisher", " "))
    assert store.delete_source("s").touches(Changed.CITATIONS)
    assert store.sources() == []


@pytest.mark.parametrize(
    ("kind", "target"),
    [(CitationTarget.EVENT, "deal"), (CitationTarget.RELATIONSHIP, "stake"), (CitationTarget.ENTITY, "scale")],
)
def test_citation_on_each_target_kind(people: CaseStore, kind: CitationTarget, target: str) -> None:
    store = people
    record = Citation("c", "src", kind, target, quote="“We are pleased”", locator="para. 3", stance=Stance.CONTRADICTS)
    changes = store.put_citation(record)
    assert changes.flags == Changed.CITATIONS
    assert changes.uids == {"c", target}
    assert store.citation("c") == record
    assert store.citations_of(kind, target) == [(record, store.source("src"))]
    other = next(k for k in CitationTarget if k is not kind)
    assert store.citations_of(other, target) == []
    assert store.citations_of(kind, "ghost") == []

    first_id = store.citation("c").id
    store.put_citation(Citation("c", "src", CitationTarget.EVENT, "joins"))
    moved = store.citation("c")
    assert moved.id == first_id
    assert (moved.target_kind, moved.target_uid, moved.stance) == (CitationTarget.EVENT, "joins", Stance.SUPPORTS)

    assert store.delete_citation("c") == Changes.of(Changed.CITATIONS, "c")
    assert store.citations() == []


def test_citation_refusals(people: CaseStore) -> None:
    with pytest.raises(NotFound) as caught:
        people.put_citation(Citation("c", "ghost", CitationTarget.EVENT, "deal"))
    assert caught.value.field == "source"
    with pytest.raises(NotFound) as caught:
        people.put_citation(Citation("c", "src", CitationTarget.EVENT, "scale"))  # an entity uid, not an event
    assert caught.value.field == "target"
    assert people.citations() == []


def test_deleting_a_source_removes_its_citations(people: CaseStore) -> None:
    people.put_citation(Citation("c", "src", CitationTarget.EVENT, "deal"))
    people.delete_source("src")
    assert people.citations() == []


# --- eras -----------------------------------------------------------------------------------


def test_put_get_delete_era(store: CaseStore) -> None:
    record = Era("era", "Before the deal", parse("2016"), parse("2025-06-11"), color="#ff7f0e", summary="Growth")
    assert store.put_era(record) == Changes.of(Changed.ERAS, "era")
    assert store.era("era") == record
    first_id = store.era("era").id
    store.put_era(Era("era", "After", parse("2025-06-12"), parse("2025-12")))
    assert store.era("era").id == first_id
    assert store.eras() == [Era("era", "After", parse("2025-06-12"), parse("2025-12"))]
    assert store.delete_era("era") == Changes.of(Changed.ERAS, "era")
    assert store.eras() == []


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (Era("x", "", parse("2016"), parse("2017")), "title"),
        (Era("x", "X", parse("2017"), parse("2016")), "end"),
        (Era("x", "X", parse("2016"), parse("2017"), color="orange"), "color"),
    ],
)
def test_era_refusals(store: CaseStore, record: Era, field: str) -> None:
    with pytest.raises(RecordError) as caught:
        store.put_era(record)
    assert caught.value.field == field
    assert store.eras() == []


def test_eras_are_in_time_order(store: CaseStore) -> None:
    store.put_era(Era("late", "Late", parse("2025"), parse("2026")))
    store.put_era(Era("early", "Early", parse("-0043"), parse("0100")))
    assert [e.uid for e in store.eras()] == ["early", "late"]


# --- notes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "target"),
    [
        (NoteTarget.CASE, None),
        (NoteTarget.EVENT, "deal"),
        (NoteTarget.ENTITY, "wang"),
        (NoteTarget.RELATIONSHIP, "stake"),
        (NoteTarget.RANGE, None),
    ],
)
def test_note_on_each_target_kind(people: CaseStore, kind: NoteTarget, target: str | None) -> None:
    store = people
    is_range = kind is NoteTarget.RANGE
    record = Note(
        "n", kind, "# Why it matters #Strategy\n\nSee #data and #strategy.", T0, "2026-01-02T08:00:00Z",
        target_uid=target, range_start=parse("2025-06") if is_range else None,
        range_end=parse("2025-07") if is_range else None, author="Ann", pinned=True,
    )
    assert store.put_note(record) == Changes.of(Changed.NOTES, "n")
    stored = store.note("n")
    assert stored == record
    assert stored.title == "Why it matters #Strategy"
    assert store.notes(kind, target) == [record]
    assert store.note_count() == 1
    tags = store.conn.execute("SELECT tag FROM note_tag WHERE note_id = ? ORDER BY tag", (stored.id,)).fetchall()
    assert tags == [("data",), ("strategy",)]
    assert store.tags() == [("data", 1), ("strategy", 1)]

    assert store.delete_note("n") == Changes.of(Changed.NOTES, "n")
    assert store.note("n") is None
    assert store.tags() == []


def test_notes_on_one_target_only(people: CaseStore) -> None:
    store = people
    store.put_note(Note("a", NoteTarget.EVENT, "on deal", T0, T0, target_uid="deal"))
    store.put_note(Note("b", NoteTarget.EVENT, "on joins", T0, T0, target_uid="joins"))
    store.put_note(Note("c", NoteTarget.EVENT, "newer on deal", T0, "2026-02-01T00:00:00Z", target_uid="deal"))
    store.put_note(Note("d", NoteTarget.EVENT, "pinned on deal", T0, T0, target_uid="deal", pinned=True))
    store.put_note(Note("e", NoteTarget.CASE, "on the case", T0, T0))
    assert [n.uid for n in store.notes(NoteTarget.EVENT, "deal")] == ["d", "c", "a"]
    assert [n.uid for n in store.notes(NoteTarget.CASE)] == ["e"]
    assert store.notes(NoteTarget.ENTITY, "deal") == []
    assert [n.uid for n in store.notes()] == ["a", "b", "c", "d", "e"]


def test_note_update_keeps_the_id_and_follows_its_tags(people: CaseStore) -> None:
    store = people
    store.put_note(Note("n", NoteTarget.CASE, "First #one #two", T0, T0))
    first_id = store.note("n").id
    store.put_note(Note("n", NoteTarget.EVENT, "Second #Two #three", T0, T0, target_uid="deal"))
    stored = store.note("n")
    assert stored.id == first_id
    assert (stored.target_kind, stored.target_uid) == (NoteTarget.EVENT, "deal")
    assert store.tags() == [("three", 1), ("two", 1)]


def test_tags_are_counted_across_notes(store: CaseStore) -> None:
    store.put_note(Note("a", NoteTarget.CASE, "#risk #deal", T0, T0))
    store.put_note(Note("b", NoteTarget.CASE, "#RISK again, not a#tag, not &#38; or url/#frag", T0, T0))
    assert store.tags() == [("risk", 2), ("deal", 1)]


def test_note_revisions_are_kept_oldest_first(store: CaseStore) -> None:
    store.put_note(Note("n", NoteTarget.CASE, "v3", T0, T0))
    assert store.note_revisions("n") == []
    assert store.add_note_revision("n", NoteRevision("2026-01-01T09:00:00Z", "v1")) == Changes.of(Changed.NOTES, "n")
    store.add_note_revision("n", NoteRevision("2026-01-01T09:30:00Z", "v2"))
    assert store.note_revisions("n") == [NoteRevision("2026-01-01T09:00:00Z", "v1"), NoteRevision("2026-01-01T09:30:00Z", "v2")]
    with pytest.raises(NotFound):
        store.add_note_revision("ghost", NoteRevision(T0, "x"))
    store.delete_note("n")
    assert _count(store, "note_revision") == 0


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (Note("n", NoteTarget.EVENT, "x", T0, T0), "target"),
        (Note("n", NoteTarget.CASE, "x", T0, T0, target_uid="deal"), "target"),
        (Note("n", NoteTarget.ENTITY, "x", T0, T0, target_uid="deal"), "target"),  # an event uid, not an entity
        (Note("n", NoteTarget.RELATIONSHIP, "x", T0, T0, target_uid="ghost"), "target"),
        (Note("n", NoteTarget.RANGE, "x", T0, T0, range_start=parse("2025")), "range_start, range_end"),
        (Note("n", NoteTarget.CASE, "x", T0, T0, range_start=parse("2025"), range_end=parse("2026")), "range_start, range_end"),
        (Note("n", NoteTarget.RANGE, "x", T0, T0, range_start=parse("2025"), range_end=parse("2024")), "range_end"),
        (Note("n", NoteTarget.CASE, "x", "", T0), "created, updated"),
    ],
)
def test_note_refusals(people: CaseStore, record: Note, field: str) -> None:
    with pytest.raises(RecordError) as caught:
        people.put_note(record)
    assert caught.value.field == field
    assert people.note("n") is None


# --- tours ----------------------------------------------------------------------------------


def test_put_get_delete_tour_with_steps(people: CaseStore) -> None:
    store = people
    steps = (
        TourStep(StepKind.EVENT, "joins", parse("2025-05"), parse("2025-08"), parse("2025-06-20"), "", "Say this"),
        TourStep(StepKind.RANGE, None, parse("2016"), parse("2025"), headline="Nine years"),
        TourStep(StepKind.RELATIONSHIPS, None, as_of=parse("2025-06-13"), headline="The network"),
        TourStep(StepKind.EVENT, "deal"),
    )
    record = Tour("t", "The story", "Ten minutes", is_default=True, steps=steps)
    assert store.put_tour(record) == Changes.of(Changed.TOURS, "t")
    assert store.tour("t") == record
    assert store.default_tour() == record
    first_id = store.tour("t").id

    store.put_tour(Tour("t", "Shorter", steps=steps[:2][::-1]))
    shorter = store.tour("t")
    assert shorter.id == first_id
    assert shorter.steps == steps[:2][::-1]
    assert store.default_tour() is None
    assert _count(store, "tour_step") == 2

    assert store.delete_tour("t") == Changes.of(Changed.TOURS, "t")
    assert store.tours() == []
    assert _count(store, "tour_step") == 0


def test_only_one_tour_is_the_default(store: CaseStore) -> None:
    store.put_tour(Tour("a", "A", is_default=True))
    store.put_tour(Tour("b", "B"))
    assert store.default_tour().uid == "a"
    store.put_tour(Tour("b", "B", is_default=True))
    assert store.default_tour().uid == "b"
    assert [(t.uid, t.is_default) for t in store.tours()] == [("a", False), ("b", True)]
    store.put_tour(Tour("b", "B again", is_default=True))  # re-saving the default keeps it
    assert store.default_tour().uid == "b"
    assert store.conn.execute("SELECT count(*) FROM tour WHERE is_default = 1").fetchone() == (1,)


def test_tour_refusals(people: CaseStore) -> None:
    with pytest.raises(RecordError) as caught:
        people.put_tour(Tour("t", " "))
    assert caught.value.field == "title"
    with pytest.raises(RecordError) as caught:
        people.put_tour(Tour("t", "T", steps=(TourStep(StepKind.RANGE), TourStep(StepKind.EVENT))))
    assert caught.value.field == "steps[1].event"
    with pytest.raises(NotFound) as caught:
        people.put_tour(Tour("t", "T", steps=(TourStep(StepKind.EVENT, "ghost"),)))
    assert caught.value.field == "steps[0].event"
    assert people.tours() == []
    assert _count(people, "tour_step") == 0


def test_a_refused_tour_does_not_take_the_default(people: CaseStore) -> None:
    people.put_tour(Tour("a", "A", is_default=True))
    with pytest.raises(RecordError):
        people.put_tour(Tour("b", "B", is_default=True, steps=(TourStep(StepKind.EVENT),)))
    assert people.default_tour().uid == "a"


# --- the case ------------------------------------------------------------------------------


def test_meta_and_counts(people: CaseStore) -> None:
    store = people
    assert store.title == "Untitled case"
    assert store.set_meta("title", "Scale AI, 2025") == Changes.of(Changed.META, "title")
    store.set_meta("language", "en")
    assert store.meta() == {"language": "en", "title": "Scale AI, 2025"}
    assert store.title == "Scale AI, 2025"
    store.set_meta("title", "Renamed")
    store.set_meta("language", None)
    assert store.meta() == {"title": "Renamed"}
    with pytest.raises(RecordError):
        store.set_meta("", "x")
    counts = store.counts()
    assert (counts["entity"], counts["event"], counts["relationship"], counts["event_effect"], counts["source"]) == (3, 2, 2, 2, 1)
    assert counts["event_entity"] == 4
    assert store.schema_version() >= 1


def test_writes_on_a_read_only_case_are_refused(tmp_path) -> None:
    from explorer.core.database import ReadOnlyError, create_database, open_database

    path = tmp_path / "ro.case.db"
    CaseStore(create_database(path)).close()
    store = CaseStore(open_database(path, readonly=True))
    try:
        assert store.readonly
        with pytest.raises(ReadOnlyError):
            store.put_entity(entity("x"))
        assert store.entities() == []
    finally:
        store.close()


# --- lenient reads of damaged rows ----------------------------------------------------------


def _damage(store: CaseStore, *statements: str) -> None:
    conn = store.conn
    conn.execute("PRAGMA ignore_check_constraints = ON")
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.execute("PRAGMA ignore_check_constraints = OFF")


def test_damaged_event_values_are_read_without_raising(people: CaseStore) -> None:
    store = people
    _damage(
        store,
        "UPDATE event SET start = 'garbage', \"end\" = '2025-99', reported_at = 'soon', certainty = 'weird', "
        "importance = 9, title = CAST(x'41ff' AS TEXT) WHERE uid = 'deal'",
        "UPDATE event_entity SET role = 'villain'",
    )
    damaged = store.event("deal")
    assert damaged.start == PartialDate(2025)  # the year of the stored t_start
    assert damaged.end is not None and damaged.end.year == 2025
    assert damaged.reported_at is None
    assert damaged.certainty is Certainty.CONFIRMED
    assert damaged.importance == 2
    assert damaged.title == "A\ufffd"  # bytes that are not UTF-8 read as a replacement character
    assert all(p.role is Role.MENTIONED for p in damaged.participants)
    assert len(list(store.iter_events())) == 2
    assert len(store.events_by_id(store.event_ids("certainty"))) == 2


def test_damaged_seconds_are_read_without_raising(people: CaseStore) -> None:
    store = people
    _damage(
        store,
        "UPDATE event SET start = 'garbage', t_start = 'not a number', \"end\" = 'x', t_end = 'nor this' WHERE uid = 'deal'",
        "UPDATE event SET start = 'garbage', t_start = 9e18, t_end = 9e18 WHERE uid = 'joins'",
    )
    for uid in ("deal", "joins"):
        assert store.event(uid).title  # read, with some stand-in start date
    assert len(list(store.iter_events())) == 2


def test_damaged_values_in_other_tables_are_read_without_raising(people: CaseStore) -> None:
    store = people
    store.put_era(Era("era", "Era", parse("2016"), parse("2025")))
    store.put_note(Note("n", NoteTarget.RANGE, "range", T0, T0, range_start=parse("2025"), range_end=parse("2026")))
    store.put_citation(Citation("c", "src", CitationTarget.EVENT, "deal"))
    store.put_tour(Tour("t", "T", steps=(TourStep(StepKind.EVENT, "deal", window_start=parse("2025")),)))
    _damage(
        store,
        "UPDATE entity SET kind = 'alien', aliases = 42 WHERE uid = 'meta'",
        "UPDATE relationship SET start = 'then', \"end\" = 'later', certainty = '?' WHERE uid = 'stake'",
        "UPDATE event_effect SET effect = 'explodes'",
        "UPDATE source SET published = 'yesterday'",
        "UPDATE citation SET stance = 'meh'",
        "UPDATE era SET start = '?', \"end\" = '??', t_end = 'bad'",
        "UPDATE note SET target_kind = 'nowhere', range_start = 'x', range_end = 'y'",
        "UPDATE tour_step SET kind = 'dance', window_start = 'z'",
    )
    assert store.entity("meta").kind is EntityKind.ORGANIZATION
    assert store.entity("meta").aliases == ("42",)
    stake = store.relationship("stake")
    assert (stake.start, stake.certainty) == (PartialDate(2025), Certainty.CONFIRMED)
    assert {x.effect for x in store.effects()} == {Effect.MODIFIES}
    assert store.source("src").published is None
    assert store.citation("c").stance is Stance.MENTIONS
    assert store.era("era").start == PartialDate(2016)
    assert store.note("n").target_kind is NoteTarget.CASE
    assert store.tour("t").steps[0].window_start is None
    assert len(store.eras()) == len(store.notes()) == len(store.tours()) == 1
