"""The case brief as data and Markdown: events in order, relationships active at a date, notes."""

from __future__ import annotations

from dataclasses import replace

from explorer.core import dates
from explorer.core.models import Note, NoteTarget, Relationship
from explorer.core.notes.brief import active_at, build_brief, default_as_of
from explorer.core.notes.brief_markdown import brief_markdown, safe_body, text
from explorer.core.notes.links import LinkIndex


def _rel(start: str | None, end: str | None) -> Relationship:
    return Relationship("r", "a", "b", "customer_of", start=dates.parse_optional(start), end=dates.parse_optional(end))


def test_active_means_start_at_or_before_and_end_after() -> None:
    day = dates.parse("2025-06-15")
    assert active_at(_rel(None, None), day)
    assert active_at(_rel("2025-06", None), day)
    assert active_at(_rel("2025-06-15", "2025-06-16"), day)
    assert not active_at(_rel("2025-06-16", None), day)
    assert not active_at(_rel(None, "2025-06"), day)  # ended "in June": ended throughout June
    assert not active_at(_rel("2024", "2025-06-15"), day)
    assert active_at(_rel("2024", "2025-06-16"), day)


def test_the_brief_of_the_bundled_case(bundled_store) -> None:
    bundled_store.put_note(Note("n-ev", NoteTarget.EVENT, "Why 49%? #deal\n\nSee [[Scale AI]] <b>x</b> ![img](http://x/y.png)",
                                "2026-11-25T10:00:00Z", "2026-11-26T10:00:00Z", target_uid="ev-meta-stake", author="Ana Lopez"))
    bundled_store.put_note(Note("n-rel", NoteTarget.RELATIONSHIP, "Non-voting", "2026-11-25T10:00:00Z", "2026-11-25T10:00:00Z",
                                target_uid="rel-meta-investor-scale"))
    bundled_store.put_note(Note("n-ent", NoteTarget.ENTITY, "Founded 2016", "2026-11-25T10:00:00Z", "2026-11-25T10:00:00Z",
                                target_uid="scale-ai"))
    bundled_store.put_note(Note("n-range", NoteTarget.RANGE, "The June weeks", "2026-11-25T10:00:00Z", "2026-11-25T10:00:00Z",
                                range_start=dates.parse("2025-06"), range_end=dates.parse("2025-07")))
    brief = build_brief(bundled_store, dates.parse("2025-06-20"))
    assert len(brief.events) == 13
    starts = [entry.event.t_start for entry in brief.events]
    assert starts == sorted(starts)
    stake = next(entry for entry in brief.events if entry.event.uid == "ev-meta-stake")
    assert [n.uid for n in stake.notes] == ["n-ev"] and stake.sources
    active = {entry.relationship.uid for entry in brief.relationships}
    assert "rel-meta-investor-scale" in active and "rel-wang-ceo-scale" not in active
    assert brief.relationships_inactive == 17 - len(active)
    assert next(n.uid for n in brief.case_notes) == "note-data-core-asset"  # pinned first

    markdown = brief_markdown(brief, LinkIndex(bundled_store), image="brief.timeline.png")
    assert markdown.startswith("# Scale AI, Meta and the question of data neutrality (2025)\n")
    assert "![The timeline of the case](brief.timeline.png)" in markdown
    assert "## Relationships as of 20 June 2025" in markdown
    assert "| Meta | investor in | Scale AI |" in markdown
    assert "> **Note** · Ana Lopez · 25 Nov 2026 · edited 26 Nov 2026 · #deal" in markdown
    assert "See *Scale AI* &lt;b>x&lt;/b> [img](http://x/y.png)" in markdown  # no raw HTML, no image to fetch
    assert "### Scale AI\n\n> **Note**" in markdown
    assert "## Notes on periods\n\n### June – July 2025" in markdown
    for section in ("## Summary", "## Notes on the case", "## Timeline", "## Notes on companies and people"):
        assert section in markdown
    assert markdown.index("## Timeline") < markdown.index("## Relationships")


def test_default_as_of_is_the_latest_event_and_empty_cases_still_brief(bundled_store) -> None:
    assert default_as_of(bundled_store) == dates.parse("2025-07-16")
    from explorer.core.store import CaseStore

    empty = CaseStore.in_memory()
    markdown = brief_markdown(build_brief(empty))
    assert "*The case has no events yet.*" in markdown and "No relationship was active" in markdown


def test_case_text_is_escaped_and_code_is_left_alone() -> None:
    assert text("a | b *c* <d>\nnext") == "a \\| b \\*c\\* \\<d\\> next"
    assert safe_body("x <i>y</i> `<kbd>` ![a](b)") == "x &lt;i>y&lt;/i> `<kbd>` [a](b)"


def test_the_markdown_brief_spells_certainty_as_the_app_does(bundled_store) -> None:
    from explorer.core.models import Certainty

    event = bundled_store.event("ev-meta-stake")
    bundled_store.put_event(replace(event, certainty=Certainty.RUMORED))
    text = brief_markdown(build_brief(bundled_store, dates.parse("2025-06-20")))
    assert "**Rumoured**" in text and "Rumored" not in text and "rumored" not in text
    assert Certainty.RUMORED.word == "rumoured" and Certainty.REPORTED.word == "reported"
