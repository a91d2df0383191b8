"""Bad input: a clear error naming where (JSON path, or line and column) and nothing written."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from explorer.core.casefile import export_case, import_into, new_case, open_case
from explorer.core.interchange.bulk_events import ImportCancelled
from explorer.core.interchange.formats import ImportFormat, detect
from explorer.core.interchange.json_reader import ImportFailure
from tests.conftest import BUNDLED_JSON
from tests.interchange.conftest import TIMELINEJS

GOOD_SLIDE = {"start_date": {"year": 2020}, "text": {"headline": "Fine"}}


def timeline(*slides: object, **top: object) -> bytes:
    return json.dumps({"events": list(slides) or [GOOD_SLIDE], **top}).encode()


def slide(**changes: object) -> dict:
    return {**GOOD_SLIDE, **changes}


BAD = {
    "malformed JSON": ("t.json", b'{"events": [\n  {"start_date": {"year": 2020},}\n]}', "{src}: line 2 column 32: is not valid JSON"),
    "truncated JSON": ("t.json", timeline(GOOD_SLIDE, GOOD_SLIDE)[:-5], "{src}: line 1 column "),
    "events not a list": ("t.json", b'{"events": {"a": 1}}', 'events: {"a": 1} is not a list of slides'),
    "no events at all": ("t.json", b'{"events": []}', "{src}: is not in a format Case Explorer can import"),
    "slide not an object": ("t.json", timeline(GOOD_SLIDE, "slide"), 'events[1]: "slide" is not a slide object'),
    "no start date": ("t.json", timeline(slide(start_date=None)), "events[0].start_date: is required"),
    "start date not an object": ("t.json", timeline(slide(start_date="2020")), 'events[0].start_date: "2020" is not a date object'),
    "year not a number": ("t.json", timeline(slide(start_date={"year": "MMXX"})),
                          'events[0].start_date.year: "MMXX" is not a whole number'),
    "month 13": ("t.json", timeline(GOOD_SLIDE, slide(start_date={"year": 2020, "month": 13})),
                 "events[1].start_date.month: 13 is not a month (1–12)"),
    "30 February": ("t.json", timeline(slide(start_date={"year": 2021, "month": 2, "day": 30})),
                    "events[0].start_date: 2021-02-30 does not exist"),
    "end before start": ("t.json", timeline(slide(end_date={"year": 2019})), "events[0].end_date: 2019 is before the start 2020"),
    "text not an object": ("t.json", timeline(slide(text="Fine")), 'events[0].text: "Fine" is not an object'),
    "headline not text": ("t.json", timeline(slide(text={"headline": ["a"]})), 'events[0].text.headline: ["a"] is not text'),
    "media not an object": ("t.json", timeline(slide(media="http://x")), 'events[0].media: "http://x" is not an object'),
    "unique_id not text": ("t.json", timeline(slide(unique_id={"a": 1})), 'events[0].unique_id: {"a": 1} is not a string'),
    "background a number": ("t.json", timeline(slide(background=3)), "events[0].background: 3 is not an object"),
    "era without an end": ("t.json", timeline(eras=[{"start_date": {"year": 1}, "text": {"headline": "E"}}]),
                           "eras[0].end_date: is required"),
    "unpaired surrogate": ("t.json", b'{"events": [{"start_date": {"year": 1}, "text": {"headline": "a\\ud800b"}}]}',
                           "events[0]: holds text that is not valid Unicode"),
    "not UTF-8": ("t.json", b'{"events": [{"start_date": {"year": 1}, "text": {"headline": "caf\xe9"}}]}', "{src}: byte 65: is not UTF-8"),
    "TimelineJS 2 bad date": ("t.json", b'{"timeline": {"date": [{"startDate": "soon", "headline": "x"}]}}',
                              'timeline.date[0].startDate: "soon" is not a date'),
    "sheet without a Year column": ("s.csv", b"Headline,Text,Type\nA,B,\n", "{src}: line 1: no column holds the start date of the events"),
    "sheet month 13": ("s.csv", b"Year,Month,Headline\n2020,1,A\n2020,13,B\n", "line 3, column B ('Month'): 13 is not a month"),
    "sheet end without a year": ("s.csv", b"Year,End Month,Headline\n2020,5,A\n",
                                 "line 2, column B ('End Month'): is given, but the date has no End Year"),
    "sheet bad time": ("s.csv", b"Year,Month,Day,Time,Headline\n2020,1,1,teatime,A\n",
                       "line 2, column D ('Time'): \"teatime\" is not a time"),
    "a picture": ("p.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "{src}: line 3: holds a NUL byte"),
    "unknown text": ("x.txt", b"just some words\n", "{src}: line 1: no column holds the title of the events"),
    "empty CSV": ("x.csv", b"", "{src}: is empty: there is nothing to import"),
    "empty JSON": ("empty.json", b"", "{src}: is empty: there is nothing to import"),
    "empty, no extension": ("empty", b"", "{src}: is empty: there is nothing to import"),
    "only a byte order mark": ("bom.csv", b"\xef\xbb\xbf", "{src}: is empty: there is nothing to import"),
    "blank JSON": ("blank.json", b" \n\t\r\n", "{src}: holds nothing but blank space (spaces, tabs, line breaks): there is nothing"),
    "blank CSV": ("blank.csv", b"\n\n   \n", "{src}: holds nothing but blank space"),
    "long and blank": ("blank.txt", b"\r\n" * 300_000, "{src}: holds nothing but blank space"),
    "GEXF": ("g.gexf", b'<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"/>\n',
             "{src}: is a GEXF graph file: Case Explorer exports GEXF for Gephi but cannot import it; "
             "import the case JSON or a CSV instead"),
    "GraphML without a declaration": ("g.xml", b"<!-- made elsewhere -->\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">",
                                      "{src}: is a GraphML graph file: Case Explorer exports GraphML but cannot import it"),
    "other XML": ("d.csv", b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
                  "{src}: is an XML file (<svg>), not in a format Case Explorer can import"),
    "a web page": ("p.json", b"<!DOCTYPE html>\n<html><body>Events</body></html>",
                   "{src}: is a web page (HTML), not in a format Case Explorer can import"),
    "another SQLite database": ("data.db", b"SQLite format 3\x00" + bytes(100),
                                "{src}: is a SQLite database but not a Case Explorer case; it is not in a format"),
    "CSV of empty cells": ("x.csv", b",,\n,,\n", "{src}: is not in a format Case Explorer can import"),
    "Excel's Unicode Text": ("x.txt", "Title\tDate\nDeal\t2025-06-12\n".encode("utf-16"),
                             "{src}: is UTF-16 text: save it as UTF-8 (in Excel: CSV UTF-8) and import that"),
    "UTF-16 big-endian JSON": ("t.json", "\ufeff{}".encode("utf-16-be"), "{src}: is UTF-16 text: save it as UTF-8"),
}


def _write(tmp_path: Path, name: str, content: bytes) -> Path:
    source = tmp_path / name
    source.write_bytes(content)
    return source


@pytest.mark.parametrize(("name", "content", "expected"), BAD.values(), ids=BAD.keys())
def test_a_bad_file_makes_no_case(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    source = _write(tmp_path, name, content)
    with pytest.raises(ImportFailure) as caught:
        import_into(source, tmp_path / "new.case.db")
    assert str(caught.value).startswith(expected.replace("{src}", str(source))), str(caught.value)
    assert [p.name for p in tmp_path.iterdir()] == [name]


@pytest.mark.parametrize(("name", "content", "expected"), BAD.values(), ids=BAD.keys())
def test_a_bad_file_leaves_a_case_unchanged(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    target = tmp_path / "existing.case.db"
    import_into(TIMELINEJS / "world-history.json", target)
    before = target.read_bytes()
    source = _write(tmp_path, name, content)
    with pytest.raises(ImportFailure):
        import_into(source, target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["existing.case.db", name])


def _many_events(count: int, last: dict) -> bytes:
    slides = [{"start_date": {"year": 1900 + i % 100, "month": 1 + i % 12}, "text": {"headline": f"Event {i}", "text": f"<p>Text {i}</p>"}}
              for i in range(count - 1)]
    return json.dumps({"events": [*slides, last]}).encode()


def test_an_error_after_thousands_of_events_still_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "existing.case.db"
    import_into(TIMELINEJS / "world-history.json", target)
    before = target.read_bytes()
    source = _write(tmp_path, "big.json", _many_events(25_000, slide(start_date={"year": 2020, "month": 2, "day": 31})))
    with pytest.raises(ImportFailure, match=r"^events\[24999\]\.start_date: 2020-02-31 does not exist"):
        import_into(source, target)
    assert target.read_bytes() == before
    store = open_case(target)
    try:
        assert store.event_count() == 11
        assert store.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'event_fts_insert'").fetchone()[0] == 1
    finally:
        store.close()


def test_a_200_megabyte_file_of_nothing_is_refused_at_once(tmp_path: Path) -> None:
    source = tmp_path / "huge.json"
    with source.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: no time spent writing it
    with pytest.raises(ImportFailure, match="holds a NUL byte: this is not a text"):
        import_into(source, tmp_path / "new.case.db")
    assert [p.name for p in tmp_path.iterdir()] == ["huge.json"]


def test_a_200_megabyte_json_text_that_is_not_a_timeline_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "huge.json"
    with source.open("w", encoding="utf-8") as handle:
        handle.write('{"notes": "')
        block = "x" * (1024 * 1024)
        for _ in range(200):
            handle.write(block)
        handle.write('"}')
    with pytest.raises(ImportFailure, match="is not in a format Case Explorer can import"):
        import_into(source, tmp_path / "new.case.db")
    assert [p.name for p in tmp_path.iterdir()] == ["huge.json"]


@pytest.mark.parametrize("moment", ["first question", "while reading", "while indexing for search"])
def test_cancelling_writes_nothing(tmp_path: Path, moment: str) -> None:
    source = _write(tmp_path, "many.json", _many_events(8_000, GOOD_SLIDE))
    questions = 0

    def counting() -> bool:
        nonlocal questions
        questions += 1
        return False

    import_into(source, tmp_path / "counted.case.db", cancelled=counting)  # how often an import asks
    after = {"first question": 0, "while reading": 2, "while indexing for search": questions - 2}[moment]
    target = tmp_path / "existing.case.db"
    new_case(target, "Existing")
    before = target.read_bytes()
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > after

    with pytest.raises(ImportCancelled, match="cancelled"):
        import_into(source, target, cancelled=cancelled)
    assert target.read_bytes() == before
    asked = 0
    with pytest.raises(ImportCancelled):
        import_into(source, tmp_path / "new.case.db", cancelled=cancelled)
    assert not (tmp_path / "new.case.db").exists()


def test_a_read_only_case_is_not_imported_into(tmp_path: Path) -> None:
    from explorer.core.database import ReadOnlyError

    target = tmp_path / "existing.case.db"
    new_case(target, "Existing")
    os.chmod(target, 0o444)
    try:
        with pytest.raises(ReadOnlyError):
            import_into(TIMELINEJS / "world-history.json", target)
    finally:
        os.chmod(target, 0o644)


def test_a_missing_file_and_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFailure, match="does not exist"):
        import_into(tmp_path / "none.json", tmp_path / "x.case.db")
    (tmp_path / "folder.json").mkdir()
    with pytest.raises(ImportFailure, match="is a folder"):
        import_into(tmp_path / "folder.json", tmp_path / "x.case.db")



def _scale_case(folder: Path) -> Path:
    case = folder / "scale.case.db"
    import_into(BUNDLED_JSON, case)
    return case


@pytest.mark.parametrize("format", [None, "csv", "native"])
def test_a_case_file_is_refused_with_what_to_do_instead(tmp_path: Path, format: str | None) -> None:
    """A trial imported another case file and was told it "holds a NUL byte: this is not a text (CSV) file"."""
    other = _scale_case(tmp_path)
    target = tmp_path / "x.case.db"
    expected = (f"{other}: is a case file, not an import: open it (File ▸ Open, or `case-explorer {other}`); to merge it "
                f"into another case, export it as case JSON (`case-explorer export {other} --to {tmp_path / 'scale.json'}`) "
                "and import that")
    with pytest.raises(ImportFailure) as caught:
        detect(other)
    assert str(caught.value) == expected
    with pytest.raises(ImportFailure) as caught:
        import_into(other, target, format)
    assert str(caught.value) == expected
    assert not target.exists()


@pytest.mark.parametrize(("format", "name"), [("gexf", "GEXF graph file: Case Explorer exports GEXF for Gephi"),
                                              ("graphml", "GraphML graph file: Case Explorer exports GraphML")])
def test_a_graph_the_app_exported_is_refused_not_read_as_csv(tmp_path: Path, format: str, name: str) -> None:
    """A trial's own GEXF export was read as a CSV: "line 1: no column holds the title of the events"."""
    case = _scale_case(tmp_path)
    out = tmp_path / f"out.{format}"
    store = open_case(case)
    try:
        export_case(store, out, format)
    finally:
        store.close()
    before = case.read_bytes()
    expected = f"{out}: is a {name} but cannot import it; import the case JSON or a CSV instead"
    for chosen in (None, "csv", "timelinejs-csv"):  # naming a format does not make it readable
        with pytest.raises(ImportFailure) as caught:
            import_into(out, case, chosen)
        assert str(caught.value) == expected
    with pytest.raises(ImportFailure, match=re.escape(expected)):
        detect(out)
    assert case.read_bytes() == before


def test_a_csv_starting_with_a_tag_is_still_a_csv(tmp_path: Path) -> None:
    source = _write(tmp_path, "tagged.csv", b"<b>Title</b>,Date\nA,2025\n")
    assert detect(source) is ImportFormat.CSV


def test_a_sheet_without_a_year_column_names_the_file(tmp_path: Path) -> None:
    source = _write(tmp_path, "sheet.csv", b"Headline,Text\nA,B\n")
    expected = f'{source}: line 1: has no "Year" column (a TimelineJS sheet needs Year and Headline)'
    with pytest.raises(ImportFailure, match=f"^{re.escape(expected)}$"):
        import_into(source, tmp_path / "new.case.db", "timelinejs-csv")
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.csv"]


def test_cancel_stops_a_search_batch_written_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch indexed for search while the file is still read takes seconds at a million events: Cancel interrupts it."""
    from explorer.core.interchange import bulk_events

    monkeypatch.setattr(bulk_events, "FTS_BATCH", 3_000)
    state = {"indexing": False, "finishing": False}
    index_new_rows, finish = bulk_events.EventBulkWriter._index_new_rows, bulk_events.EventBulkWriter.finish

    def indexing(self: bulk_events.EventBulkWriter) -> None:
        state["indexing"] = True
        try:
            index_new_rows(self)
        finally:
            state["indexing"] = False

    def finishing(self: bulk_events.EventBulkWriter, *args: object) -> None:
        state["finishing"] = True
        finish(self, *args)

    monkeypatch.setattr(bulk_events.EventBulkWriter, "_index_new_rows", indexing)
    monkeypatch.setattr(bulk_events.EventBulkWriter, "finish", finishing)
    source = _write(tmp_path, "many.json", _many_events(8_000, GOOD_SLIDE))
    target = tmp_path / "existing.case.db"
    new_case(target, "Existing")
    before = target.read_bytes()
    with pytest.raises(ImportCancelled):
        import_into(source, target, cancelled=lambda: state["indexing"] and not state["finishing"])
    assert not state["finishing"]
    assert target.read_bytes() == before
