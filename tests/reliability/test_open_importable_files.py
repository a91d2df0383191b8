"""File ▸ Open on a file that is not a case says what it is in plain words: a file File ▸ Import
reads (TimelineJS JSON, the TimelineJS sheet, a CSV table, case JSON) points to File ▸ Import;
another program's SQLite database is named as such, its tables counted, without pragma numbers.
Only the first few KB of a file are read to tell."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from explorer.core.casefile import export_case, open_case
from explorer.core.database import CaseFileError, Problem
from tests.reliability.bad_files import snapshot

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
IMPORT_HINT = "not a case file: use File ▸ Import to bring it into a case"


def _refusal(path: Path) -> CaseFileError:
    before = snapshot(path.parent)
    with pytest.raises(CaseFileError) as caught:
        open_case(path)
    assert snapshot(path.parent) == before
    assert "\n" not in str(caught.value)
    return caught.value


@pytest.mark.parametrize("fixture, what", [
    ("timelinejs/world-history.json", "a TimelineJS file"),
    ("timelinejs/houston-v2.json", "a TimelineJS file"),  # TimelineJS 2
    ("timelinejs/same-timeline.csv", "a TimelineJS sheet saved as CSV"),
    ("csv/events-day-first.csv", "a CSV table"),
    ("csv/events-excel-de.csv", "a CSV table"),  # semicolons, Windows-1252
    ("cases/scale-ai-v1.json", "a case exported as JSON"),
])
def test_a_file_import_reads_points_to_file_import(tmp_path: Path, fixture: str, what: str) -> None:
    source = FIXTURES / fixture
    path = tmp_path / source.name
    path.write_bytes(source.read_bytes())
    error = _refusal(path)
    assert error.problem is Problem.NOT_SQLITE
    assert str(error) == (f"{path}: is {what}, {IMPORT_HINT} "
                          f"(or `case-explorer import {path.name} --into {path.stem}.case.db`)")


def test_an_export_of_a_case_points_to_file_import(tmp_path: Path, bundled_store) -> None:
    for format, name in (("timelinejs", "scale.timeline.json"), ("timelinejs-csv", "scale.timeline.csv"), ("native", "scale.json")):
        path = tmp_path / name
        export_case(bundled_store, path, format)
        message = str(_refusal(path))
        assert IMPORT_HINT in message and "--into scale.case.db`" in message, message


def test_a_large_timeline_is_told_from_its_first_few_kb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    slides = [{"start_date": {"year": 1900 + i % 100}, "text": {"headline": f"Event {i}", "text": "x" * 200}} for i in range(20_000)]
    path = tmp_path / "big.json"
    path.write_text(json.dumps({"title": {"text": {"headline": "Big"}}, "events": slides}), encoding="utf-8")
    assert path.stat().st_size > 4_000_000
    read: list[int] = []
    real_open = Path.open

    def counting_open(self: Path, mode: str = "r", *args, **kwargs):
        handle = real_open(self, mode, *args, **kwargs)
        if self == path:
            real_read = handle.read
            handle = _Counted(handle, lambda size=-1: _count(real_read(size), read))
        return handle

    with monkeypatch.context() as patched:
        patched.setattr(Path, "open", counting_open)
        with pytest.raises(CaseFileError) as caught:
            open_case(path)
    assert "is a TimelineJS file, " + IMPORT_HINT in str(caught.value)
    assert 0 < sum(read) <= 16 * 1024, read


class _Counted:
    def __init__(self, handle, read) -> None:
        self._handle, self.read = handle, read

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def __getattr__(self, name: str):
        return getattr(self._handle, name)


def _count(data: bytes, read: list[int]) -> bytes:
    read.append(len(data))
    return data


@pytest.mark.parametrize("content", [
    "Meeting notes, 18 June 2025\n\n- Meta takes 49% of Scale AI\n",  # a comma is not a table
    '{"name": "package", "version": "1.0"}\n',  # JSON, but nothing Import reads
    '{"events": []}\n',  # TimelineJS needs an event
    "just some notes\n",
    "Hello, world\nThis is, a test\nAnother, line\n",  # as many commas on every line: still prose, not a .csv
    '{"title": ' + "[" * 6000,  # nested beyond Python's recursion limit: a message, not a RecursionError
    '{"a": ' + '{"b": ' * 6000,
])
def test_other_text_is_still_a_text_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(content, encoding="utf-8")
    message = str(_refusal(path))
    assert message == f"{path}: is a text file, not a case file (a case file is a SQLite database)"


def _sqlite(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in statements:
        conn.execute(statement)
    conn.close()
    return path


@pytest.mark.parametrize("statements, held", [
    (["CREATE TABLE item (id INTEGER PRIMARY KEY)"], " (it holds 1 table)"),
    (["CREATE TABLE a (x)", "CREATE TABLE b (x)", "CREATE INDEX a_x ON a (x)", "CREATE TABLE c (x)"], " (it holds 3 tables)"),
    (["CREATE TABLE a (x)", "CREATE VIEW v AS SELECT 1", "DROP TABLE a"], ""),
])
def test_another_program_s_database_is_named_in_plain_words(tmp_path: Path, statements: list[str], held: str) -> None:
    path = _sqlite(tmp_path / "inventory.db", *statements)
    error = _refusal(path)
    assert error.problem is Problem.FOREIGN
    assert str(error) == f"{path}: is a SQLite database made by another program, not a Case Explorer case{held}"


def test_an_empty_sqlite_database_says_so(tmp_path: Path) -> None:
    path = _sqlite(tmp_path / "blank.db", "PRAGMA user_version = 0", "VACUUM")
    assert path.stat().st_size > 0
    assert str(_refusal(path)) == f"{path}: is an empty SQLite database, not a Case Explorer case"
