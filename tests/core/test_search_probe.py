"""The quick first-page probe (a subset query tried before a full FTS5 prefix merge) and ranking weights."""

from __future__ import annotations

import sqlite3

import pytest

from explorer.core import search
from explorer.core.dates import parse
from explorer.core.models import Event
from explorer.core.search import HitKind
from explorer.core.store import CaseStore


def _fill(store: CaseStore, titles: list[str]) -> None:
    with store.db.atomic():
        for i, title in enumerate(titles):
            store.put_event(Event(f"e{i:03d}", title, parse("2025")))


@pytest.mark.parametrize(
    ("text", "probe"),
    [
        ("", None),
        ("re", None),  # 2- and 3-letter prefixes are indexed: already quick
        ("rep", None),
        ("reports ", None),  # a finished word is no prefix
        ("reports", '"reports"'),
        ("openai repo", '"openai" "repo"'),
        ("r", '"r" OR ' + " OR ".join(f'"r{c}"*' for c in "abcdefghijklmnopqrstuvwxyz0123456789")),
    ],
)
def test_probe_expression(text: str, probe: str | None) -> None:
    got = search.probe_expression(text)
    if probe is not None and probe.startswith('"r" OR'):
        assert got == f"({probe})"
    else:
        assert got == probe


def test_one_letter_after_other_words_is_anded() -> None:
    assert search.probe_expression("meta s").startswith('"meta" AND ("s" OR "sa"*')


def test_a_full_probe_page_is_the_first_page_unranked(store: CaseStore) -> None:
    _fill(store, [f"Reports number {i}" for i in range(30)] + ["Reportage about reporting"])
    page = search.search(store.conn, "reports", limit=10)
    assert len(page) == 10
    assert all(hit.rank is None for hit in page)  # large result set: as found
    assert all("reports" in hit.title.lower() for hit in page)


def test_a_short_probe_falls_back_to_the_full_prefix_query(store: CaseStore) -> None:
    _fill(store, ["Reports once", "Reportage", "Reporting season", "Reporter leaves", "Unrelated"])
    hits = search.search(store.conn, "report", limit=10)
    assert sorted(h.uid for h in hits) == ["e000", "e001", "e002", "e003"]  # every word starting "report"
    assert all(h.rank is not None for h in hits)  # small: ranked, as before the probe existed


def test_one_letter_fills_a_page_from_the_indexed_two_letter_prefixes(store: CaseStore) -> None:
    _fill(store, [f"Zebra {i}" for i in range(12)] + ["Zürich", "z", "Zz top"])
    page = search.search(store.conn, "z", limit=5)
    assert len(page) == 5 and all(h.rank is None for h in page)
    everything = search.search(store.conn, "z", limit=100)
    assert len(everything) == 15  # the full query still finds "Zürich" (folded) and the bare "z"
    assert "e012" in {h.uid for h in everything}


def test_probe_pages_mark_matches_in_snippets(store: CaseStore) -> None:
    _fill(store, [f"Quarterly reports {i}" for i in range(8)])
    for hit in search.search(store.conn, "reports", limit=3):
        marked = [text for text, is_match in search.snippet_parts(hit.snippet) if is_match]
        assert marked == ["reports"], hit


class _Recording:
    """A connection stand-in whose first statement fails with the given message."""

    def __init__(self, conn: sqlite3.Connection, message: str) -> None:
        self.conn, self.message, self.statements = conn, message, 0

    def execute(self, sql: str, parameters: tuple = ()) -> sqlite3.Cursor:
        self.statements += 1
        if self.statements == 1:
            raise sqlite3.OperationalError(self.message)
        return self.conn.execute(sql, parameters)


def test_an_interrupted_probe_gives_up_instead_of_running_the_slow_query(store: CaseStore) -> None:
    _fill(store, ["Reports"] * 3)
    conn = _Recording(store.conn, "interrupted")
    assert search.search(conn, "reports", kinds=(HitKind.EVENT,)) == []  # type: ignore[arg-type]
    assert conn.statements == 1


def test_a_failing_probe_falls_back_to_the_full_query(store: CaseStore) -> None:
    _fill(store, ["Reports"] * 3)
    conn = _Recording(store.conn, "fts5: syntax error near something")
    assert len(search.search(conn, "reports", kinds=(HitKind.EVENT,))) == 3  # type: ignore[arg-type]


# --- ranking weights (small result sets) -----------------------------------------------------------


def test_a_name_outranks_a_mention_in_a_summary(bundled_store: CaseStore) -> None:
    entities = [h.uid for h in search.search(bundled_store.conn, "openai", kinds=(HitKind.ENTITY,))]
    assert entities[0] == "openai" and len(entities) > 1  # others only mention OpenAI in their summaries


def test_a_title_outranks_a_mention_in_a_body(store: CaseStore) -> None:
    with store.db.atomic():
        store.put_event(Event("body", "Quarterly update", parse("2025"), body="Among many other things, the wombat appeared."))
        store.put_event(Event("title", "Wombat sighting", parse("2025"), body="A long report " + "with many words " * 10))
    assert [h.uid for h in search.search(store.conn, "wombat")] == ["title", "body"]


# --- the checked probe: rows of the 3-letter prefix, kept when a word starts with what was typed ----------


class _Recorder:
    """A connection stand-in that records every statement's parameters."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn, self.parameters = conn, []

    def execute(self, sql: str, parameters: tuple = ()) -> sqlite3.Cursor:
        self.parameters.append(parameters)
        return self.conn.execute(sql, parameters)

    def ran(self, expression: str) -> bool:
        return any(expression in parameters for parameters in self.parameters)


def test_a_long_prefix_page_comes_from_checked_three_letter_rows(store: CaseStore) -> None:
    _fill(store, [f"Reporter {i} represents the desk" for i in range(12)])
    conn = _Recorder(store.conn)
    page = search.search(conn, "repor", limit=5, kinds=(HitKind.EVENT,))  # type: ignore[arg-type]
    assert len(page) == 5 and all(hit.rank is None for hit in page)
    assert conn.ran('"rep"*') and not conn.ran('"repor"*')  # the slow full prefix query never ran
    for hit in page:
        marked = [text for text, is_match in search.snippet_parts(hit.snippet) if is_match]
        assert marked == ["Reporter"], hit.snippet  # "represents" matched "rep*" but not what was typed


def test_a_prefix_inside_a_word_does_not_count(store: CaseStore) -> None:
    _fill(store, [f"Rep misreported figures {i}" for i in range(20)] + ["Reporter one", "Reporter two"])
    conn = _Recorder(store.conn)
    hits = search.search(conn, "repor", limit=5, kinds=(HitKind.EVENT,))  # type: ignore[arg-type]
    assert sorted(h.uid for h in hits) == ["e020", "e021"]  # too few checked rows: the full query answered
    assert conn.ran('"repor"*')


def test_the_check_folds_case_and_diacritics_like_the_index(store: CaseStore) -> None:
    _fill(store, [f"RÉPERTOIRE {i}" for i in range(8)])
    conn = _Recorder(store.conn)
    assert len(search.search(conn, "reper", limit=5, kinds=(HitKind.EVENT,))) == 5  # type: ignore[arg-type]
    assert not conn.ran('"reper"*')
    assert len(search.search(store.conn, "répert", limit=5, kinds=(HitKind.EVENT,))) == 5


def test_earlier_words_still_have_to_match(store: CaseStore) -> None:
    _fill(store, [f"Alpha reporter {i}" for i in range(8)] + [f"Beta reporter {i}" for i in range(8)])
    page = search.search(store.conn, "beta repor", limit=5, kinds=(HitKind.EVENT,))
    assert len(page) == 5 and all(hit.title.startswith("Beta") for hit in page)
    marked = {text for hit in page for text, is_match in search.snippet_parts(hit.snippet) if is_match}
    assert marked == {"Beta", "reporter"}
