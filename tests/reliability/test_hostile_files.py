"""Hostile case files in the core: schemas that would run code are refused before anything runs;
hostile content opens and reads without harm; stray logs and special files are refused.

Every test proves nothing changed on disk (``bad_files.snapshot``) and, for schema attacks,
that ``side_effect()`` (registered on every connection, see ``hostile_files``) never ran, not
while opening, not while checking, not while recovering the file into a clean case.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from explorer.core import search_snippet
from explorer.core.casefile import open_case
from explorer.core.check import check_case
from explorer.core.database import CaseFileError, Problem
from explorer.core.interchange.native_json import case_to_json
from explorer.core.recovery import recover_case
from explorer.core.search import ELLIPSIS, SNIPPET_TOKENS, search, snippet_parts
from explorer.core.timeline_loader import load_index
from tests.reliability import hostile_files
from tests.reliability.bad_files import snapshot
from tests.reliability.hostile_files import CONTENT_ATTACKS, SCHEMA_ATTACKS


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "work"
    path.mkdir()
    return path


def refused(path: Path, problem: Problem, readonly: bool = False) -> str:
    with pytest.raises(CaseFileError) as caught:
        open_case(path, readonly=readonly, busy_timeout=0.5)
    assert caught.value.problem is problem, str(caught.value)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{path}: ")
    return message


# --- schemas that would run code ---------------------------------------------------------------------


@pytest.mark.parametrize("attack", SCHEMA_ATTACKS, ids=str)
def test_a_schema_that_would_run_code_is_refused_and_nothing_runs(
    attack: str, folder: Path, tmp_path: Path, bundled_case_template: Path, private_home: Path, monkeypatch, record_figure
) -> None:
    path = SCHEMA_ATTACKS[attack](folder, bundled_case_template)
    before = snapshot(folder, private_home)
    with hostile_files.side_effects(monkeypatch, tmp_path) as effects:
        for readonly in (False, True):
            message = refused(path, Problem.UNEXPECTED_SCHEMA, readonly)
            assert "schema" in message and "not opened" in message
        report = check_case(path)
        schema_line = next(line for line in report.lines() if "schema:" in line)
        assert not report.ok and schema_line.startswith("FAIL")
        clean = tmp_path / "recovered.case.db"
        recovered = recover_case(path, clean)  # recovery copies the rows into our own schema
    assert not effects.ran, f"the case file ran code: {effects.calls[:3]}"
    assert snapshot(folder, private_home) == before
    assert recovered.complete and check_case(clean).ok
    store = open_case(clean)
    try:
        assert store.counts()["event"] == 13
    finally:
        store.close()
    record_figure("hostile-file", name=f"schema:{attack}", tried=1, executed=0, changed=0)


def test_check_violations_are_refused_as_damage(folder: Path, bundled_case_template: Path, private_home: Path, record_figure) -> None:
    path = hostile_files.check_violations(folder, bundled_case_template)
    before = snapshot(folder, private_home)
    message = refused(path, Problem.DAMAGED)
    assert "CHECK constraint failed" in message and "case-explorer check" in message
    assert snapshot(folder, private_home) == before
    record_figure("hostile-file", name="content:check-violations", tried=1, executed=0, changed=0)


# --- hostile content, our own schema --------------------------------------------------------------------


@pytest.mark.parametrize("attack", CONTENT_ATTACKS, ids=str)
def test_hostile_content_opens_and_reads_without_harm(attack: str, folder: Path, bundled_case_template: Path, record_figure) -> None:
    path = CONTENT_ATTACKS[attack](folder, bundled_case_template)
    before = snapshot(folder)
    store = open_case(path)
    try:
        events = list(store.iter_events())
        assert len(events) >= 13
        for event in events:
            assert store.event(event.uid) is not None or "\ufffd" in event.uid
        store.entities(), store.relationships(), store.notes(), store.eras(), store.sources(), store.citations(), store.tours()
        case_to_json(store)  # every field goes through the export too
        for text in ("Meta", "\ufffd", "deep html", "<script>", "[", "*", '"', "NEAR(", "-"):
            search(store.conn, text)
    finally:
        store.close()
    assert snapshot(folder) == before
    check_case(path)  # reports, never raises
    record_figure("hostile-file", name=f"content:{attack}", tried=1, executed=0, changed=0)


def test_invalid_utf8_reads_with_replacement_characters(folder: Path, bundled_case_template: Path) -> None:
    path = hostile_files.invalid_utf8(folder, bundled_case_template)
    store = open_case(path)
    try:
        event = store.event(hostile_files.EVENT)
        assert event.title == hostile_files.BAD_UTF8[0].decode("utf-8", "replace")
        assert "\ufffd" in event.body and "\ufffd" in store.title
        assert "\ufffd" in next(e for e in store.entities() if e.uid == "meta").name
        assert any("\ufffd" in note.body for note in store.notes())
        assert search(store.conn, "takes")  # the index holds the same bytes
    finally:
        store.close()


@pytest.mark.parametrize("megabytes", [10, pytest.param(100, marks=pytest.mark.soak)])
def test_a_huge_title_opens_at_once(megabytes: int, folder: Path, bundled_case_template: Path, record_figure) -> None:
    path = hostile_files.huge_text(folder, bundled_case_template, megabytes * 1024 * 1024)
    started = time.monotonic()
    store = open_case(path)
    try:
        opened = time.monotonic() - started
        assert store.event_count() == 13
        assert len(store.event(hostile_files.EVENT).title) >= megabytes * 1024 * 1024 - 11
        assert search(store.conn, "Scale")
    finally:
        store.close()
    assert opened < 2.0, f"opening took {opened:.1f} s"
    record_figure("hostile-file", name=f"content:huge-text-{megabytes}mb", tried=1, executed=0, changed=0, open_s=round(opened, 3))


# --- logs and special files beside or instead of a case ---------------------------------------------


def wal_of_another_case(folder: Path, case: Path) -> Path:
    """A real write-ahead log, full of committed pages, from a WAL-mode copy of a case."""
    other = folder / "other.case.db"
    shutil.copyfile(case, other)
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE case_meta SET value = 'Invented by a stray log' WHERE key = 'title'")
    conn.execute("DELETE FROM event")
    log = folder / "stray-wal"
    shutil.copyfile(other.with_name(other.name + "-wal"), log)
    conn.close()
    other.unlink()
    assert log.stat().st_size > 4096
    return log


def test_a_log_without_its_case_opens_nothing_and_creates_nothing(folder: Path, tmp_path: Path, bundled_case_template: Path) -> None:
    log = wal_of_another_case(tmp_path, bundled_case_template)
    path = folder / "lost.case.db"
    shutil.move(log, path.with_name(path.name + "-wal"))
    before = snapshot(folder)
    assert "does not exist" in refused(path, Problem.MISSING)
    assert snapshot(folder) == before and not path.exists()


def test_a_stray_log_beside_a_case_is_left_alone_and_invents_nothing(
    folder: Path, tmp_path: Path, bundled_case_template: Path, record_figure
) -> None:
    log = wal_of_another_case(tmp_path, bundled_case_template)
    path = folder / "scale.case.db"
    shutil.copyfile(bundled_case_template, path)
    shutil.move(log, path.with_name(path.name + "-wal"))
    before = snapshot(folder)
    for readonly in (False, True):
        message = refused(path, Problem.STRAY_LOG, readonly)
        assert "scale.case.db-wal" in message and "move the log away" in message
    assert not check_case_opens(path)
    assert snapshot(folder) == before
    path.with_name(path.name + "-wal").unlink()  # once the user moves it away, the case is as it was
    store = open_case(path)
    try:
        assert store.title.startswith("Scale AI") and store.event_count() == 13
    finally:
        store.close()
    record_figure("hostile-file", name="stray-wal", tried=1, executed=0, changed=0)


def check_case_opens(path: Path) -> bool:
    try:
        check_case(path)
    except CaseFileError as exc:
        return exc.problem is not Problem.STRAY_LOG
    return True


@pytest.mark.parametrize("leftover", ["-shm", "-wal (empty)"])
def test_harmless_leftovers_beside_a_case_change_nothing(leftover: str, folder: Path, bundled_case_template: Path) -> None:
    path = folder / "scale.case.db"
    shutil.copyfile(bundled_case_template, path)
    if leftover == "-shm":
        path.with_name(path.name + "-shm").write_bytes(os.urandom(32768))
    else:
        path.with_name(path.name + "-wal").write_bytes(b"")
    before = snapshot(folder)
    store = open_case(path)
    try:
        assert store.event_count() == 13 and store.title.startswith("Scale AI")
    finally:
        store.close()
    assert snapshot(folder) == before


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_special_file_as_a_case_is_refused_at_once(kind: str, folder: Path) -> None:
    path = folder / "special.case.db"
    if kind == "fifo":
        os.mkfifo(path)  # opening it to read would wait for a writer for ever
    else:
        path.symlink_to("/dev/zero")  # reading it would never end
    started = time.monotonic()
    assert "not a regular file" in refused(path, Problem.NOT_SQLITE)
    assert time.monotonic() - started < 1.0


def test_searching_a_word_repeated_thousands_of_times_in_one_body_reads_a_bounded_part_of_it(
    bundled_case: Path, monkeypatch
) -> None:
    """Found by the deep-nesting file: 100,000 ``<div>`` made searching "div" take minutes
    (16,000 matches in one body: 11 s on this machine), because FTS5's ``snippet()`` weighs every
    match of a column against every other. Snippets are now made from a bounded slice of the text:
    the work must not grow with the body, and no statement may call FTS5's snippet functions."""
    read: list[int] = []
    tokens_of = search_snippet.tokens_of

    def counting(*args: object) -> Iterator:
        read.append(0)
        for token in tokens_of(*args):
            read[-1] += 1
            yield token

    monkeypatch.setattr(search_snippet, "tokens_of", counting)
    store = open_case(bundled_case)
    statements: list[str] = []
    work = {}
    try:
        store.conn.set_trace_callback(statements.append)
        for repeats in (1_200, 120_000):
            with store.db.atomic() as conn:
                conn.execute("UPDATE event SET body = ? WHERE uid = ?", ("<div>" * repeats, hostile_files.EVENT))
            statements.clear()
            read.clear()
            hits = search(store.conn, "div ")  # a whole word, as typed before the next one
            assert [hit.uid for hit in hits] == [hostile_files.EVENT]
            marked = [text for text, is_match in snippet_parts(hits[0].snippet) if is_match]
            assert marked == ["div"] * SNIPPET_TOKENS and hits[0].snippet.endswith(ELLIPSIS)
            assert not [sql for sql in statements if "snippet(" in sql or "highlight(" in sql], statements
            work[repeats] = sum(read)
    finally:
        store.close()
    assert work[1_200] == work[120_000] and 0 < work[1_200] < 100, f"tokens read for a snippet: {work}"


def wal_mode_case_without_its_log(folder: Path, case: Path) -> Path:
    """The reverse of a stray log: a case copied from a WAL-mode database while its last change
    was still only in the log (the copy has the header of WAL mode and none of that change)."""
    source = folder.parent / "wal-source.case.db"
    shutil.copyfile(case, source)
    conn = sqlite3.connect(source, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("PRAGMA trusted_schema = ON")
    conn.execute("UPDATE case_meta SET value = 'Only in the lost log' WHERE key = 'title'")
    path = folder / "lost-log.case.db"
    shutil.copyfile(source, path)
    conn.close()
    return path


def test_a_case_whose_log_was_lost_opens_as_the_main_file_has_it(folder: Path, bundled_case_template: Path, record_figure) -> None:
    path = wal_mode_case_without_its_log(folder, bundled_case_template)
    store = open_case(path)
    try:
        assert store.title.startswith("Scale AI") and store.event_count() == 13
    finally:
        store.close()
    assert sorted(p.name for p in folder.iterdir()) == ["lost-log.case.db"], "files were left beside the case"
    assert check_case(path).ok
    record_figure("hostile-file", name="wal-mode-without-log", tried=1, executed=0, changed=0)


def test_a_read_only_open_of_a_case_whose_log_was_lost_creates_no_files(folder: Path, bundled_case_template: Path) -> None:
    """Read-only, SQLite would make the log and shared memory a WAL-mode file asks for: the case
    is read as an immutable file instead, by the store, its search reader and the timeline."""
    path = wal_mode_case_without_its_log(folder, bundled_case_template)
    before = snapshot(folder)
    store = open_case(path, readonly=True)
    try:
        assert store.title.startswith("Scale AI") and store.db.immutable
        reader = store.db.open_reader()
        try:
            assert reader.immutable and reader.conn.execute("SELECT count(*) FROM event").fetchone() == (13,)
        finally:
            reader.close()
        assert len(load_index(store)[0].event_id) == 13
        assert search(store.conn, "Scale")
        assert check_case(path).ok
    finally:
        store.close()
    assert snapshot(folder) == before
