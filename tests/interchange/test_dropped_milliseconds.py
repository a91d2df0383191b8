"""Milliseconds in TimelineJS dates are dropped (a case keeps whole seconds), and the import report says so.

One remark per import, like the other things an import changes (a repeated uid renamed): where
the first such date was, and how many events and eras had milliseconds. Start and end dates
both count; a slide with both counts once. What is stored does not change.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from explorer.core.casefile import import_into
from explorer.core.interchange import read_worker
from explorer.core.interchange.merge import ImportReport

DROPPED = "the milliseconds were dropped (Case Explorer keeps whole seconds)"


def _date(year: int, millisecond: int | None = None) -> dict:
    date = {"year": year, "month": 6, "day": 18, "hour": 14, "minute": 30, "second": 5}
    return date if millisecond is None else {**date, "millisecond": millisecond}


def _slide(headline: str, start: dict, end: dict | None = None, **more: object) -> dict:
    return {"start_date": start, **({"end_date": end} if end else {}), "text": {"headline": headline}, **more}


def _import(tmp_path: Path, name: str, content: str | dict) -> ImportReport:
    source = tmp_path / name
    source.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return import_into(source, tmp_path / f"{name}.case.db")


def _stored(case: Path) -> list[tuple]:
    conn = sqlite3.connect(case)
    try:
        events = conn.execute('SELECT uid, title, start, "end", t_start, t_end, precision, display_date FROM event ORDER BY id')
        eras = conn.execute('SELECT uid, title, start, "end" FROM era ORDER BY uid')
        return [*events.fetchall(), *eras.fetchall()]
    finally:
        conn.close()


def test_timelinejs3_says_once_how_many_slides_lost_milliseconds_and_where_the_first_was(tmp_path: Path) -> None:
    report = _import(tmp_path, "t.json", {
        "title": {"text": {"headline": "A title slide's date is not imported"}, "start_date": _date(2000, 1)},
        "events": [
            _slide("No time", {"year": 2020}),
            _slide("Zero milliseconds", _date(2020, 0)),
            _slide("Start", _date(2020, 250)),
            _slide("End only", _date(2020), _date(2021, 7)),
            _slide("Both", _date(2020, 1), _date(2021, 999)),
        ],
        "eras": [_slide("Era", _date(1990), {**_date(1999), "millisecond": "500"}), _slide("Plain era", {"year": 1}, {"year": 2})],
    })
    assert report.remarks == [f"events[2].start_date: {DROPPED}; 3 events and 1 era had milliseconds, this is the first"]


def test_an_end_date_alone_counts(tmp_path: Path) -> None:
    report = _import(tmp_path, "t.json", {"events": [_slide("A", {"year": 2020}), _slide("B", _date(2020), _date(2021, 5))]})
    assert report.remarks == [f"events[1].end_date: {DROPPED}; 1 event had milliseconds"]


def test_the_first_is_the_first_in_the_file_eras_or_events(tmp_path: Path) -> None:
    report = _import(tmp_path, "t.json", {
        "eras": [_slide("Plain", {"year": 1}, {"year": 2}), _slide("Era", {"year": 1990}, _date(1999, 1))],
        "events": [_slide("A", _date(2020, 1)), _slide("B", _date(2020, 2))],
    })
    assert report.remarks == [f"eras[1].end_date: {DROPPED}; 2 events and 1 era had milliseconds, this is the first"]


def test_no_milliseconds_no_remark(tmp_path: Path) -> None:
    report = _import(tmp_path, "t.json", {"events": [_slide("A", _date(2020)), _slide("B", _date(2020, 0), {"year": 2021})]})
    assert report.remarks == []


def test_the_remark_comes_with_the_other_remarks(tmp_path: Path) -> None:
    report = _import(tmp_path, "t.json", {"events": [
        _slide("A", {"year": 2020}, unique_id="same"), _slide("B", _date(2020, 40), unique_id="same"),
    ]})
    assert sorted(report.remarks) == sorted([
        "events[1]: the uid 'same' was used earlier in the file; imported as 'same-2'",
        f"events[1].start_date: {DROPPED}; 1 event had milliseconds",
    ])


def test_what_is_stored_is_the_same_with_or_without_milliseconds(tmp_path: Path) -> None:
    slides = [_slide("Start", _date(2020, 250)), _slide("End", _date(2020), _date(2021, 7)), _slide("Both", _date(2020, 1), _date(2021, 9))]
    era = [_slide("Era", _date(1990, 3), _date(1999, 4))]
    with_ms = _import(tmp_path, "with.json", {"events": slides, "eras": era})
    without = json.loads(json.dumps({"events": slides, "eras": era}).replace('"millisecond"', '"ignored"'))
    assert _import(tmp_path, "without.json", without).remarks == []
    assert with_ms.remarks and _stored(tmp_path / "with.json.case.db") == _stored(tmp_path / "without.json.case.db")
    assert _stored(tmp_path / "with.json.case.db")[0][2] == "2020-06-18T14:30:05"


def test_timelinejs2_comma_and_iso_dates(tmp_path: Path) -> None:
    report = _import(tmp_path, "v2.json", {"timeline": {"headline": "T", "date": [
        {"startDate": "2011,12,10", "headline": "Plain"},
        {"startDate": "2011-12-10T14:30:05.000Z", "headline": "Zero fraction"},
        {"startDate": "2011-12-10T14:30:05.25Z", "headline": "ISO fraction"},
        {"startDate": "2011,12,10", "endDate": "2011,12,11,14,30,5,400", "headline": "Comma milliseconds"},
    ], "era": [{"startDate": "2011", "endDate": "2012-01-01T00:00:00.1", "headline": "Era"}]}})
    assert report.remarks == [f"timeline.date[2].startDate: {DROPPED}; 2 events and 1 era had milliseconds, this is the first"]
    assert _stored(tmp_path / "v2.json.case.db")[2][2] == "2011-12-10T14:30:05"


def test_timelinejs_sheet_names_the_line_and_the_time_column(tmp_path: Path) -> None:
    sheet = ("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Headline,Type\n"
             "2000,1,1,10:00:00.5,,,,,Title,title\n"
             "2020,1,2,,,,,,Plain,\n"
             "2020,1,2,14:30:05.000,,,,,Zero,\n"
             "2020,1,2,2:30:05.250 PM,,,,,Start,\n"
             "2020,1,2,,2020,1,3,09:00:01.75,End,\n"
             "2019,,,,2021,1,1,00:00:00.001,Era,era\n")
    report = _import(tmp_path, "s.csv", sheet)
    assert report.remarks == [f"line 5, column D ('Time'): {DROPPED}; 2 events and 1 era had milliseconds, this is the first"]
    assert report.added == {"events": 4, "eras": 1}
    end_only = _import(tmp_path, "end.csv", "Year,Time,End Year,End Time,Headline\n2020,10:00,2020,11:00:00.5,A\n")
    assert end_only.remarks == [f"line 2, column D ('End Time'): {DROPPED}; 1 event had milliseconds"]


@pytest.mark.parametrize("name", ["t.json", "s.csv"])
def test_a_file_read_in_a_worker_process_says_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    if name.endswith(".json"):
        content = json.dumps({"events": [_slide(f"E{i}", _date(2000 + i, i % 3)) for i in range(50)]})
    else:
        content = "Year,Time,Headline\n" + "".join(f"{2000 + i},14:30:05.{i % 3},E{i}\n" for i in range(50))
    monkeypatch.setenv("CASE_EXPLORER_IMPORT_WORKER", "0")
    (tmp_path / "alone").mkdir()
    alone = _import(tmp_path / "alone", name, content)
    monkeypatch.setenv("CASE_EXPLORER_IMPORT_WORKER", "1")
    monkeypatch.setattr(read_worker, "WORKER_MIN_BYTES", 0)
    monkeypatch.setattr(read_worker.os, "cpu_count", lambda: 2)
    started = []
    monkeypatch.setattr(read_worker.ReadWorker, "__enter__", lambda self: started.append(self) or self)
    in_worker = _import(tmp_path, name, content)
    assert started
    where = "events[1].start_date" if name.endswith(".json") else "line 3, column B ('Time')"
    assert in_worker.remarks == alone.remarks == [f"{where}: {DROPPED}; 33 events had milliseconds, this is the first"]
