"""Recovering a damaged case into a new file, and rebuilding the search index.

Recovery saves every row it can read, invents none, reports what was lost, never writes to the
damaged file, and always produces a sound case that opens.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from explorer.core import schema
from explorer.core.casefile import build_case, open_case
from explorer.core.check import check_case
from explorer.core.database import CaseFileError, Problem
from explorer.core.generate import generate_case
from explorer.core.recovery import rebuild_search_index, recover_case
from tests.reliability import bad_files
from tests.reliability.bad_files import snapshot


@pytest.fixture(scope="module")
def big_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic case of 3,000 events (many pages per table), built once."""
    path = tmp_path_factory.mktemp("big") / "big.case.db"
    build_case(path, lambda store: generate_case(store, 3000, entities=60, seed=9))
    return path


def rows_of(path: Path, table: str) -> dict[object, tuple]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {row[0]: row for row in conn.execute(f"SELECT * FROM {table}")}
    finally:
        conn.close()


def table_pages(path: Path, table: str, kind: str = "leaf") -> list[int]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno", (table, kind))]
    finally:
        conn.close()


def overwrite_pages(path: Path, pages: list[int], seed: int = 7) -> None:
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    rng = random.Random(seed)
    for page in pages:
        data[(page - 1) * page_size : page * page_size] = rng.randbytes(page_size)
    path.write_bytes(bytes(data))


def assert_sound(path: Path) -> None:
    report = check_case(path)
    assert report.ok, report.lines()
    open_case(path).close()


def test_a_sound_case_is_recovered_whole(bundled_case: Path, tmp_path: Path) -> None:
    report = recover_case(bundled_case, tmp_path / "copy.case.db")
    assert report.complete and report.lost == 0
    assert report.saved == sum(bundled_files_counts(bundled_case).values())
    assert_sound(tmp_path / "copy.case.db")
    for table in ("event", "entity", "note", "relationship", "citation"):
        assert rows_of(tmp_path / "copy.case.db", table) == rows_of(bundled_case, table)


def bundled_files_counts(path: Path) -> dict[str, int]:
    store = open_case(path, readonly=True)
    try:
        return {**store.counts(), "case_meta": len(store.meta()),
                "note_tag": store.conn.execute("SELECT count(*) FROM note_tag").fetchone()[0]}
    finally:
        store.close()


def test_damaged_event_pages_lose_only_their_rows_and_nothing_is_invented(big_case: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.case.db"
    damaged.write_bytes(big_case.read_bytes())
    leaves = table_pages(damaged, "event")
    assert len(leaves) > 20
    hit = [leaves[len(leaves) // 3], leaves[len(leaves) // 2], leaves[2 * len(leaves) // 3]]
    overwrite_pages(damaged, hit)
    before = snapshot(tmp_path)
    with pytest.raises(CaseFileError) as refused:
        open_case(damaged)
    assert refused.value.problem is Problem.DAMAGED

    target = tmp_path / "recovered.case.db"
    report = recover_case(damaged, target)
    after = {name: entry for name, entry in snapshot(tmp_path).items() if not name.startswith(str(target))}
    assert after == {**before, str(tmp_path): after[str(tmp_path)]}, "the damaged file was not touched"

    original, saved = rows_of(big_case, "event"), rows_of(target, "event")
    events = next(t for t in report.tables if t.table == "event")
    assert events.damaged and events.unreadable > 0
    assert 0 < len(original) - len(saved) <= 3 * 200, "only the rows of the damaged pages are lost"
    assert len(saved) == events.saved
    assert all(original[key] == row for key, row in saved.items()), "every saved event is exactly as it was"
    assert len(original) - len(saved) == events.unreadable, "the search index still listed every lost event"
    assert_sound(target)
    participants = next(t for t in report.tables if t.table == "event_entity")
    assert participants.orphaned > 0, "participants of lost events are dropped, and counted"
    assert any("event:" in line and "unreadable" in line for line in report.lines())


def test_events_after_a_damaged_page_are_still_read(big_case: Path, tmp_path: Path) -> None:
    """With the search index gone too, the reader itself must skip past the damage."""
    damaged = tmp_path / "damaged.case.db"
    damaged.write_bytes(big_case.read_bytes())
    leaves = table_pages(damaged, "event")
    overwrite_pages(damaged, [leaves[len(leaves) // 2], *table_pages(damaged, "event_fts_docsize"),
                              *table_pages(damaged, "event_fts_docsize", "internal")])
    report = recover_case(damaged, tmp_path / "recovered.case.db")
    saved = rows_of(tmp_path / "recovered.case.db", "event")
    original = rows_of(big_case, "event")
    last_id = max(original)
    assert last_id in saved, "rows after the damaged page were read"
    assert len(saved) >= len(original) - 200
    assert report.lines()[0].startswith(f"saved {report.saved:,} rows")
    assert_sound(tmp_path / "recovered.case.db")


@pytest.mark.parametrize("fraction", [0.5, 0.9])
def test_a_truncated_case_gives_what_it_still_holds(fraction: float, bundled_case_template: Path, tmp_path: Path) -> None:
    damaged = bad_files.truncated_case(tmp_path, bundled_case_template, fraction)
    report = recover_case(damaged, tmp_path / "recovered.case.db")
    assert not report.complete and report.saved > 0
    assert_sound(tmp_path / "recovered.case.db")
    original = rows_of(bundled_case_template, "entity")
    assert all(original[key] == row for key, row in rows_of(tmp_path / "recovered.case.db", "entity").items())


def test_a_case_with_a_damaged_header_page_still_gives_a_sound_empty_case(bundled_case_template: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "header.case.db"
    damaged.write_bytes(bundled_case_template.read_bytes())
    data = bytearray(damaged.read_bytes())
    data[100:4096] = random.Random(3).randbytes(4096 - 100)  # the schema table's first page, header intact
    damaged.write_bytes(bytes(data))
    report = recover_case(damaged, tmp_path / "recovered.case.db")
    assert report.saved == 0 and all(t.missing for t in report.tables)
    assert all("could not be read" in line for line in report.lines()[1:])
    assert_sound(tmp_path / "recovered.case.db")


def test_recovery_refuses_other_files_and_never_overwrites(bundled_case: Path, tmp_path: Path) -> None:
    foreign = bad_files.foreign_sqlite(tmp_path)
    with pytest.raises(CaseFileError) as caught:
        recover_case(foreign, tmp_path / "out.case.db")
    assert caught.value.problem is Problem.FOREIGN
    taken = tmp_path / "taken.case.db"
    taken.write_text("mine", encoding="utf-8")
    with pytest.raises(CaseFileError):
        recover_case(bundled_case, taken)
    with pytest.raises(CaseFileError):
        recover_case(bundled_case, bundled_case)
    assert taken.read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inventory.case.db", "scale.case.db", "taken.case.db"]


def test_an_older_damaged_case_is_recovered_at_its_own_version(tmp_path: Path) -> None:
    from tests.reliability.test_restore import V1_FIXTURE

    damaged = tmp_path / "old.case.db"
    damaged.write_bytes(V1_FIXTURE.read_bytes())
    report = recover_case(damaged, tmp_path / "recovered.case.db")
    assert report.version == 1 and report.complete
    with sqlite3.connect(tmp_path / "recovered.case.db") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    open_case(tmp_path / "recovered.case.db").close()  # opening upgrades it like any older case
    assert_sound(tmp_path / "recovered.case.db")


def test_rebuilding_the_search_index_brings_it_back_in_step(bundled_case: Path) -> None:
    conn = sqlite3.connect(bundled_case, isolation_level=None)
    conn.execute("INSERT INTO event_fts (event_fts) VALUES ('delete-all')")  # as a crash of another tool might leave it
    conn.close()
    stale = check_case(bundled_case)
    assert not stale.ok and any("search index" in line and "FAIL" in line for line in stale.lines())
    store = open_case(bundled_case)
    try:
        rebuild_search_index(store.db)
    finally:
        store.close()
    assert check_case(bundled_case).ok
    assert schema.FTS_TABLES == ("event_fts", "entity_fts", "note_fts")


def test_notes_on_lost_events_are_dropped_and_the_search_index_stays_sound(tmp_path: Path) -> None:
    case = tmp_path / "noted.case.db"
    build_case(case, lambda store: generate_case(store, 2000, entities=40, seed=4))
    leaves = table_pages(case, "event")
    overwrite_pages(case, [leaves[len(leaves) // 2]])
    report = recover_case(case, tmp_path / "recovered.case.db")
    notes = next(t for t in report.tables if t.table == "note")
    assert notes.orphaned > 0, "this damage must orphan notes, whose removal runs the search index triggers"
    assert_sound(tmp_path / "recovered.case.db")


def test_check_reports_a_damaged_case_instead_of_failing(big_case: Path, tmp_path: Path) -> None:
    """check_case must finish on a file whose table pages are damaged (it used to raise from
    the stored-dates check): every finding is reported, the damaged ones as failures."""
    damaged = tmp_path / "damaged.case.db"
    damaged.write_bytes(big_case.read_bytes())
    leaves = table_pages(damaged, "event")
    overwrite_pages(damaged, [leaves[len(leaves) // 2]])
    report = check_case(damaged)
    assert not report.ok
    failed = {f.name for f in report.findings if not f.ok}
    assert "integrity" in failed and "dates" in failed
    assert any("damaged" in line for line in report.lines())
