"""CSV rows that do not read as they look: an unclosed quote, text after a closing quote, too few or too many cells.

An unclosed quote once read every later line into one cell, and the import said "added 1 event";
a short row's error named a column whose cell was really the next one's. Each is now refused
naming the line and column, the same when a worker process reads the file, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.core.casefile import import_into, new_case, open_case
from explorer.core.interchange import read_worker
from explorer.core.interchange.csv_table import _FIELD_LIMIT, CsvTable, preview
from explorer.core.interchange.json_reader import ImportFailure
from tests.interchange.conftest import TIMELINEJS

NEVER_CLOSED = "a quote opened here is never closed"


def _refused(tmp_path: Path, name: str, content: str, **options: object) -> ImportFailure:
    """The failure of importing ``content`` into an existing case (left byte for byte as it was) and into a new one (not made)."""
    source = tmp_path / name
    source.write_text(content, encoding="utf-8", newline="")
    target = tmp_path / "existing.case.db"
    if not target.exists():
        new_case(target, "Existing")
    before = target.read_bytes()
    with pytest.raises(ImportFailure) as caught:
        import_into(source, target, **options)  # type: ignore[arg-type]
    assert target.read_bytes() == before
    with pytest.raises(ImportFailure) as again:
        import_into(source, tmp_path / "new.case.db", **options)  # type: ignore[arg-type]
    assert not (tmp_path / "new.case.db").exists()
    assert str(again.value) == str(caught.value)
    return caught.value


@pytest.mark.parametrize(("name", "content", "where"), [
    # the audit's file: "added 1 event", whose body had swallowed B and C
    ("q3.csv", 'title,start,body\nA,2001-01-01,"unterminated\nB,2002-02-02,x\nC,2003-03-03,y\n', "line 2, column C ('body')"),
    # the same in the TimelineJS sheet
    ("sheet.csv", 'Year,Month,Day,Headline,Text\n2001,1,1,"unterminated,t\n2002,1,1,x,y\n', "line 2, column D ('Headline')"),
    # once "line 2, column B ('start'): is empty"
    ("title.csv", 'title,start\n"a title,2001-01-01\n', "line 2, column A ('title')"),
    # a row the fast path does not take (participants are looked up in the case)
    ("people.csv", 'title,start,participants\nA,2001-01-01,Meta\nB,2002-02-02,"Meta; Scale AI\nC,2003-03-03,x\n',
     "line 3, column C ('participants')"),
    # entities and relationships are read by another importer
    ("entities.csv", 'name,kind\nMeta,company\n"Scale AI,company\nOpenAI,company\n', "line 3, column A ('name')"),
    # the record begins on line 2; its second quoted cell opens on line 3, after a closed one spanning lines
    ("late.csv", 'title,body,start,summary\nA,"two\nlines",2001,"never\nB,x,2002,y\n', "line 3, column D ('summary')"),
    # no newline at the end of the file
    ("end.csv", 'title,start,body\nA,2001-01-01,"unterminated', "line 2, column C ('body')"),
    # in the header itself
    ("header.csv", 'title,"start\nA,2001\n', "line 1, column B"),
])
def test_an_unclosed_quote_is_refused_where_it_opens(tmp_path: Path, name: str, content: str, where: str) -> None:
    failure = _refused(tmp_path, name, content)
    assert failure.location == f"{tmp_path / name}: {where}"
    assert failure.problem.startswith(NEVER_CLOSED)


def test_an_unclosed_quote_in_a_long_file_is_not_called_a_long_cell(tmp_path: Path) -> None:
    """Past 16 MB the csv module says "field larger than field limit": the quote is still to blame."""
    rest = "".join(f"Event {i},2001-01-01,some text\n" for i in range(_FIELD_LIMIT // 25 + 1000))
    failure = _refused(tmp_path, "long.csv", 'title,start,body\nA,2001-01-01,x\nB,2001-01-01,"oops\n' + rest)
    assert failure.location.endswith(": line 3, column C ('body')") and failure.problem.startswith(NEVER_CLOSED)


def test_a_cell_longer_than_the_limit_with_its_quotes_closed_says_so(tmp_path: Path) -> None:
    failure = _refused(tmp_path, "big.csv", 'title,start,body\nA,2001-01-01,"' + "x\n" * (_FIELD_LIMIT // 2 + 10) + '"\n')
    assert "field larger than field limit" in failure.problem


def test_text_after_a_closing_quote_is_refused(tmp_path: Path) -> None:
    failure = _refused(tmp_path, "after.csv", 'title,start,body\nA,2001-01-01,x\nB,2002-02-02,"5" screen\n')
    assert failure.location.endswith(": line 3, column C ('body')")
    assert failure.problem.startswith("text follows the closing quote of this cell")


def test_quoted_cells_across_lines_still_read(tmp_path: Path) -> None:
    source = tmp_path / "good.csv"
    source.write_text('title,start,body\n"A, the first",2001-01-01,"two\n""quoted""\nlines"\nB,2002-02-02,x\n', encoding="utf-8")
    import_into(source, tmp_path / "good.case.db")
    store = open_case(tmp_path / "good.case.db")
    try:
        assert [(e.title, e.body) for e in store.iter_events()] == [("A, the first", 'two\n"quoted"\nlines'), ("B", "x")]
    finally:
        store.close()
    import_into(TIMELINEJS / "same-timeline.csv", tmp_path / "sheet.case.db")  # the template has newlines in quoted cells


def test_the_preview_is_not_strict(tmp_path: Path) -> None:
    """The import dialog's preview shows what it can (its delimiter may be the wrong one yet); the import says what is wrong."""
    source = tmp_path / "q3.csv"
    source.write_text('title,start,body\nA,2001-01-01,"unterminated\nB,2002-02-02,x\n', encoding="utf-8")
    assert preview(source)[2] == [["A", "2001-01-01", "unterminated\nB,2002-02-02,x\n"]]
    with CsvTable(source) as table, pytest.raises(ImportFailure, match=NEVER_CLOSED):
        list(table.rows())


@pytest.fixture
def in_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read_worker, "WORKER_MIN_BYTES", 0)
    monkeypatch.setattr(read_worker.os, "cpu_count", lambda: 2)
    monkeypatch.setenv("CASE_EXPLORER_IMPORT_WORKER", "1")


def _long(kind: str, last: str) -> str:
    """3,000 good rows (past the 2,000 the generic import samples for the date order) and ``last``."""
    if kind == "sheet":
        return "Year,Month,Day,Headline,Text\n" + "".join(f"{1900 + i % 100},1,1,Event {i},text\n" for i in range(3000)) + last
    return "title,start,body\n" + "".join(f"Event {i},{1900 + i % 100}-01-01,text\n" for i in range(3000)) + last


@pytest.mark.parametrize(("kind", "last", "where", "problem"), [
    ("sheet", '2001,1,1,"unterminated,t\n2002,1,1,x,y\n', "line 3002, column D ('Headline')", NEVER_CLOSED),
    ("events", 'A,2001-01-01,"unterminated\nB,2002-02-02,x\n', "line 3002, column C ('body')", NEVER_CLOSED),
    ("events", "A,2001-01-01,x,y\n", "line 3002, column D", '"y" is past the header\'s last column'),
    ("sheet", "2001,1,c. 8000 BCE,A\n", "line 3002, column C ('Day')", '"c. 8000 BCE" is not a whole number (this row has 4 cells'),
])
def test_a_worker_reports_the_same_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, last: str, where: str, problem: str,
) -> None:
    monkeypatch.setenv("CASE_EXPLORER_IMPORT_WORKER", "0")
    alone = _refused(tmp_path, "long.csv", _long(kind, last))
    assert where in alone.location and alone.problem.startswith(problem), str(alone)
    started: list[object] = []
    monkeypatch.setenv("CASE_EXPLORER_IMPORT_WORKER", "1")
    monkeypatch.setattr(read_worker, "WORKER_MIN_BYTES", 0)
    monkeypatch.setattr(read_worker.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(read_worker.ReadWorker, "__enter__", lambda self: started.append(self) or self)
    in_worker = _refused(tmp_path, "long.csv", _long(kind, last))
    assert started
    assert (type(in_worker), str(in_worker)) == (type(alone), str(alone))


@pytest.mark.parametrize(("name", "content", "options", "message"), [
    # the audit's sheet: 16 cells under 18 headers put the date range in End Day
    ("sheet.csv", "Year,Month,Day,End Year,End Month,End Day,Headline\n2001,1,c. 8000 BCE,x\n", {},
     "line 2, column C ('Day'): \"c. 8000 BCE\" is not a whole number (this row has 4 cells, the header 7)"),
    ("events.csv", "title,start,end,body\nA,2001-01-01,x\n", {},
     "line 2, column C ('end'): \"x\" is not a date (write it like 2025-06-18, 18 June 2025 or June 2025) "
     "(this row has 3 cells, the header 4)"),
    ("events.csv", "title,body,start\nA,2001-01-01\n", {},
     "line 2, column C ('start'): is empty (an event needs a start date) (this row has 2 cells, the header 3)"),
    ("entities.csv", "name,kind,color\nMeta,#1877f2\n", {},
     "line 2, column B ('kind'): \"#1877f2\" is not a kind of entity (company, person, organization or group) "
     "(this row has 2 cells, the header 3)"),
    ("ties.csv", "source,target,type,start\nA,B,partner_of,2020,2021,x\n", {},
     "line 2, column E: \"2021\" is past the header's last column (this row has 6 cells, the header 4; a cell holding a comma "
     "must be in quotes)"),
    ("sheet.csv", "Year;Headline\n2001;A;more\n", {},
     "line 2, column C: \"more\" is past the header's last column (this row has 3 cells, the header 2; a cell holding a "
     "semicolon must be in quotes)"),
])
def test_a_row_whose_cells_do_not_line_up_with_the_header_says_so(
    tmp_path: Path, name: str, content: str, options: dict, message: str,
) -> None:
    failure = _refused(tmp_path, name, content, **options)
    assert str(failure).endswith(message), str(failure)


def test_a_row_of_the_right_length_gets_no_hint(tmp_path: Path) -> None:
    failure = _refused(tmp_path, "events.csv", "title,start,end\nA,2001-01-01,x\nB,2002-02-02\n")
    assert str(failure).endswith("line 2, column C ('end'): \"x\" is not a date (write it like 2025-06-18, 18 June 2025 or June 2025)")


def test_empty_cells_past_the_header_are_ignored(tmp_path: Path) -> None:
    """Trailing delimiters (``A,2001,x,,``), as some programs write them, hold nothing that is lost."""
    source = tmp_path / "trailing.csv"
    source.write_text("title,start,body\nA,2001-01-01,x,,\nB,2002-02-02,y, \n", encoding="utf-8")
    report = import_into(source, tmp_path / "t.case.db")
    assert report.added["events"] == 2
