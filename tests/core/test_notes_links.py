"""[[links]] in notes: parsing, resolving against the bundled case, preview Markdown, backlinks."""

from __future__ import annotations

from explorer.core.models import Entity, EntityKind, Note, NoteTarget
from explorer.core.notes.backlinks import backlink_counts, backlinks
from explorer.core.notes.links import (
    LinkIndex,
    link_url,
    open_link_at,
    parse_link_url,
    parse_links,
    rewrite_links,
)


def test_links_by_name_by_uid_and_with_labels() -> None:
    body = "See [[Scale AI]], [[event:ev-meta-stake|Meta takes 49%]] and [[entity:meta]] or [[Scale AI|the supplier]]."
    links = parse_links(body)
    assert [(link.kind, link.key, link.label) for link in links] == [
        (None, "Scale AI", "Scale AI"),
        (NoteTarget.EVENT, "ev-meta-stake", "Meta takes 49%"),
        (NoteTarget.ENTITY, "meta", "meta"),
        (None, "Scale AI", "the supplier"),
    ]
    assert body[links[1].start : links[1].end] == "[[event:ev-meta-stake|Meta takes 49%]]"


def test_links_in_code_are_text() -> None:
    body = "`[[Scale AI]]` and\n```\n[[Meta]]\n```\nbut [[OpenAI]]"
    assert [link.key for link in parse_links(body)] == ["OpenAI"]


def test_odd_brackets_are_not_links() -> None:
    assert parse_links("[[ ]] [[]] [[a\nb]] [single] [[x|y|z]]") == []


def test_names_resolve_to_entities_then_events(bundled_store) -> None:
    index = LinkIndex(bundled_store)
    found = [index.resolve(link) for link in parse_links(
        "[[scale ai]] [[Meta takes a 49% non-voting stake for $14.3 billion]] [[event:ev-meta-stake]] [[Nobody]] [[event:nope]]"
    )]
    assert found == [(NoteTarget.ENTITY, "scale-ai"), (NoteTarget.EVENT, "ev-meta-stake"), (NoteTarget.EVENT, "ev-meta-stake"), None, None]


def test_completion_inserts_names_for_entities_and_uids_for_events(bundled_store) -> None:
    index = LinkIndex(bundled_store)
    assert index.link_text(NoteTarget.ENTITY, "scale-ai") == "[[Scale AI]]"
    title = "Meta takes a 49% non-voting stake for $14.3 billion"
    assert index.link_text(NoteTarget.EVENT, "ev-meta-stake") == f"[[event:ev-meta-stake|{title}]]"
    bundled_store.put_entity(Entity("meta-2", EntityKind.PERSON, "Meta"))  # a second "Meta": names no longer find it
    index = LinkIndex(bundled_store)
    assert index.link_text(NoteTarget.ENTITY, "meta-2") == "[[entity:meta-2|Meta]]"
    bundled_store.put_entity(Entity("odd", EntityKind.GROUP, "A [strange] | name"))
    text = LinkIndex(bundled_store).link_text(NoteTarget.ENTITY, "odd")
    assert [(link.kind, link.key) for link in parse_links(text)] == [(NoteTarget.ENTITY, "odd")]


def test_preview_markdown_links_to_case_urls(bundled_store) -> None:
    index = LinkIndex(bundled_store)
    markdown = rewrite_links("Read [[Scale AI]] and [[Ghost*Co]] and `[[Meta]]`", index)
    assert markdown == "Read [Scale AI](case:entity/scale-ai) and *Ghost\\*Co* (?) and `[[Meta]]`"
    assert rewrite_links("[[Meta|*the* buyer]]", index, clickable=False) == "*\\*the\\* buyer*"


def test_link_urls_round_trip_any_uid() -> None:
    for uid in ("ev-meta-stake", "a b/c?d#e%f", "ünï"):
        url = link_url(NoteTarget.EVENT, uid)
        assert " " not in url and "#" not in url
        assert parse_link_url(url) == (NoteTarget.EVENT, uid)
    assert parse_link_url("https://example.com") is None
    assert parse_link_url("case:note/x") is None


def test_an_open_double_bracket_before_the_cursor_starts_completion() -> None:
    assert open_link_at("See [[Sca", 9) == 4
    assert open_link_at("See [[Scale AI]] now", 20) is None
    assert open_link_at("See [[x|lab", 11) is None
    assert open_link_at("[[a\nb", 5) is None


def test_backlinks_find_notes_linking_by_name_or_uid(bundled_store) -> None:
    def add(uid: str, body: str, kind: NoteTarget = NoteTarget.CASE, target: str | None = None) -> None:
        bundled_store.put_note(Note(uid, kind, body, "2026-11-25T10:00:00Z", f"2026-11-25T10:0{len(uid)}:00Z", target_uid=target))

    add("a", "About [[Scale AI]] #x")
    add("bb", "Also [[entity:scale-ai|Scale]] and [[event:ev-meta-stake]]")
    add("ccc", "Only `[[Scale AI]]` in code")
    add("dddd", "On itself: [[Scale AI]]", NoteTarget.ENTITY, "scale-ai")
    assert [n.uid for n in backlinks(bundled_store, NoteTarget.ENTITY, "scale-ai")] == ["bb", "a"]
    assert [n.uid for n in backlinks(bundled_store, NoteTarget.EVENT, "ev-meta-stake")] == ["bb"]
    assert backlinks(bundled_store, NoteTarget.ENTITY, "google") == []
    counts = backlink_counts(bundled_store)
    assert counts[(NoteTarget.ENTITY, "scale-ai")] == 3 and counts[(NoteTarget.EVENT, "ev-meta-stake")] == 1
