"""Milliseconds in TimelineJS dates are kept: the ISO text holds them (``…T14:30:05.250``).

The seconds columns stay whole (an instant of millisecond precision starts in its second and
lasts to the next, as one of second precision does) and the ``precision`` column says second,
as the timeline draws such a date; the import says nothing about them, as nothing is lost. The
sheet's Time reads a second's fraction as people write it (``05.25`` is 250 ms), and a
TimelineJS 3 millisecond out of range is refused where it is.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from explorer.core import dates
from explorer.core.casefile import import_into, open_case
from explorer.core.interchange import read_worker
from explorer.core.interchange.json_reader import ImportFailure
from explorer.core.interchange.merge import ImportReport

_SECOND = dates.to_seconds(2020, 6, 18, 14, 30, 5)


def _date(year: int, millisecond: int | str | None = None) -> dict:
    date = {"year": year, "month": 6, "day": 18, "hour": 14, "minute": 30, "second": 5}
    return date if millisecond is None else {**date, "millisecond": millisecond}


def _slide(headline: str, start: dict, end: dict | None = None, **more: object) -> dict:
    return {"start_date": start, **({"end_date": end} if end else {}), "text": {"headline": headline}, **more}


def _import(tmp_path: Path, name: str, content: str | dict) -> ImportReport:
    source = tmp_path / name
    source.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return import_into(source, tmp_path / f"{name}.case.db")


def _stored(case: Path) -> dict[str, tuple]:
    conn = sqlite3.connect(case)
    try:
        events = conn.execute('SELECT title, start, "end", t_start, t_end, precision FROM event ORDER BY id').fetchall()
        eras = conn.execute('SELECT title, start, "end", t_start, t_end FROM era ORDER BY uid').fetchall()
        return {row[0]: row[1:] for row in [*events, *eras]}
    finally:
        conn.close()


def test_timelinejs3_keeps_the_milliseconds_of_starts_ends_and_eras(tmp_path: Path) -> None:
    report = _import(tmp_path, "t.json", {
        "events": [
            _slide("No time", {"year": 2020}),
            _slide("Zero milliseconds", _date(2020, 0)),
            _slide("Start", _date(2020, 250)),
            _slide("End only", _date(2020), _date(2021, 7)),
            _slide("Text", _date(2020, "999")),
            _slide("Without a second", {"year": 2020, "month": 6, "day": 18, "hour": 14, "minute": 30, "millisecond": 5}),
        ],
        "eras": [_slide("Era", _date(1990), _date(1999, 500))],
    })
    assert report.remarks == []  # nothing was lost, so nothing to say
    stored = _stored(tmp_path / "t.json.case.db")
    assert stored["Zero milliseconds"] == ("2020-06-18T14:30:05.000", None, _SECOND, _SECOND + 1, 5)
    assert stored["Start"] == ("2020-06-18T14:30:05.250", None, _SECOND, _SECOND + 1, 5)
    assert stored["End only"][:2] == ("2020-06-18T14:30:05", "2021-06-18T14:30:05.007")
    assert stored["Text"][0] == "2020-06-18T14:30:05.999"
    assert stored["Without a second"][0] == "2020-06-18T14:30:00.005"  # the second filled, as TimelineJS does
    assert stored["Era"][:2] == ("1990-06-18T14:30:05", "1999-06-18T14:30:05.500")
    store = open_case(tmp_path / "t.json.case.db")
    try:
        start = next(event.start for event in store.iter_events() if event.title == "Start")
        assert start == dates.PartialDate(2020, 6, 18, 14, 30, 5, 250) and start.precision is dates.Precision.MILLISECOND
    finally:
        store.close()


@pytest.mark.parametrize("millisecond", [1000, -1, "1e3"])
def test_a_millisecond_that_is_not_one_is_refused_where_it_is(tmp_path: Path, millisecond: object) -> None:
    with pytest.raises(ImportFailure) as refused:
        _import(tmp_path, "t.json", {"events": [_slide("A", {"year": 2020}), _slide("B", _date(2020), _date(2021, millisecond))]})
    assert refused.value.location == "events[1].end_date.millisecond"
    assert refused.value.problem in (f"{millisecond} is not a millisecond (0–999)", "\"1e3\" is not a whole number")


def test_timelinejs2_comma_and_iso_dates(tmp_path: Path) -> None:
    report = _import(tmp_path, "v2.json", {"timeline": {"headline": "T", "date": [
        {"startDate": "2011,12,10", "headline": "Plain"},
        {"startDate": "2011-12-10T14:30:05.000Z", "headline": "Zero fraction"},
        {"startDate": "2011-12-10T14:30:05.25Z", "headline": "ISO fraction"},
        {"startDate": "2011,12,10", "endDate": "2011,12,11,14,30,5,400", "headline": "Comma milliseconds"},
    ], "era": [{"startDate": "2011", "endDate": "2012-01-01T00:00:00.1", "headline": "Era"}]}})
    assert report.remarks == []
    stored = _stored(tmp_path / "v2.json.case.db")
    assert stored["Zero fraction"][0] == "2011-12-10T14:30:05.000"
    assert stored["ISO fraction"][0] == "2011-12-10T14:30:05.250"
    assert stored["Comma milliseconds"][1] == "2011-12-11T14:30:05.400"
    assert stored["Era"][1] == "2012-01-01T00:00:00.100"


def test_timelinejs_sheet_reads_the_fraction_of_a_time(tmp_path: Path) -> None:
    sheet = ("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Headline,Type\n"
             "2000,1,1,10:00:00.5,,,,,Title,title\n"
             "2020,1,2,,,,,,Plain,\n"
             "2020,1,2,14:30:05.000,,,,,Zero,\n"
             "2020,1,2,2:30:05.250 PM,,,,,Start,\n"
             "2020,1,2,,2020,1,3,09:00:01.75,End,\n"
             "2019,,,,2021,1,1,\"00:00:00,001\",Era,era\n")
    report = _import(tmp_path, "s.csv", sheet)
    assert report.remarks == [] and report.added == {"events": 4, "eras": 1}
    stored = _stored(tmp_path / "s.csv.case.db")
    assert stored["Zero"][0] == "2020-01-02T14:30:05.000"
    assert stored["Start"][0] == "2020-01-02T14:30:05.250"
    assert stored["End"][1] == "2020-01-03T09:00:01.750"
    assert stored["Era"][1] == "2021-01-01T00:00:00.001"


@pytest.mark.parametrize("name", ["t.json", "s.csv"])
def test_a_file_read_in_a_worker_process_stores_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
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
    assert in_worker.remarks == alone.remarks == []
    stored = _stored(tmp_path / f"{name}.case.db")
    assert stored == _stored(tmp_path / "alone" / f"{name}.case.db")
    assert stored["E1"][0] == ("2001-06-18T14:30:05.001" if name.endswith(".json") else "2001-01-01T14:30:05.100")
