"""Bad input: a clear error naming where (JSON path, or line and column) and nothing written."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from explorer.core.casefile import import_into, new_case, open_case
from explorer.core.interchange.bulk_events import ImportCancelled
from explorer.core.interchange.json_reader import ImportFailure
from tests.interchange.conftest import TIMELINEJS

GOOD_SLIDE = {"start_date": {"year": 2020}, "text": {"headline": "Fine"}}


def timeline(*slides: object, **top: object) -> bytes:
    return json.dumps({"events": list(slides) or [GOOD_SLIDE], **top}).encode()


def slide(**changes: object) -> dict:
    return {**GOOD_SLIDE, **changes}


BAD = {
    "malformed JSON": ("t.json", b'{"events": [\n  {"start_date": {"year": 2020},}\n]}', "{src}: line 2 column 33: is not valid JSON"),
    "truncated JSON": ("t.json", timeline(GOOD_SLIDE, GOOD_SLIDE)[:-5], "{src}: line 1 column "),
    "events not a list": ("t.json", b'{"events": {"a": 1}}', "{src}: is not in a format Case Explorer can import"),
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
    "sheet without a Year column": ("s.csv", b"Headline,Text,Type\nA,B,\n", "line 1: no column holds the start date of the events"),
    "sheet month 13": ("s.csv", b"Year,Month,Headline\n2020,1,A\n2020,13,B\n", "line 3, column B ('Month'): 13 is not a month"),
    "sheet end without a year": ("s.csv", b"Year,End Month,Headline\n2020,5,A\n",
                                 "line 2, column B ('End Month'): is given, but the date has no End Year"),
    "sheet bad time": ("s.csv", b"Year,Month,Day,Time,Headline\n2020,1,1,teatime,A\n",
                       "line 2, column D ('Time'): \"teatime\" is not a time"),
    "a picture": ("p.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "{src}: line 3: holds a NUL byte"),
    "unknown text": ("x.txt", b"just some words\n", "line 1: no column holds the title of the events"),
    "empty CSV": ("x.csv", b"", "{src}: is not in a format Case Explorer can import"),
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

