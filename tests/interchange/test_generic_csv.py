"""Generic CSV: events, entities and relationships with a column mapping, guessed or given."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from explorer.core.casefile import import_into
from explorer.core.dates import PartialDate
from explorer.core.interchange.csv_mapping import CsvKind, CsvOptions, guess_kind, guess_mapping
from explorer.core.interchange.json_reader import ImportFailure
from explorer.core.models import Certainty, EntityKind, Role
from tests.interchange.conftest import CSV


def test_the_mapping_is_guessed_from_the_headers() -> None:
    headers = ["Headline", "Date", "End date", "Description", "Category", "Certainty", "Link"]
    assert guess_kind(headers) is CsvKind.EVENTS
    assert guess_mapping(CsvKind.EVENTS, headers) == {
        "title": "Headline", "start": "Date", "end": "End date", "body": "Description", "category": "Category",
        "certainty": "Certainty", "media_link": "Link",
    }
    assert guess_kind(["From", "To", "Relationship"]) is CsvKind.RELATIONSHIPS
    for one in ("Entity", "Participant", "Company", "Person", "Actor"):  # one name a row, as people write it
        assert guess_mapping(CsvKind.EVENTS, ["Title", "Date", one])["participants"] == one
        assert guess_kind(["Title", "Date", one]) is CsvKind.EVENTS
    assert guess_kind(["Name", "Type", "Website"]) is CsvKind.ENTITIES


def test_day_first_is_decided_by_the_whole_column(imported) -> None:
    store = imported(CSV / "events-day-first.csv")
    events = {event.title: event for event in store.iter_events()}
    paused = events["Google pauses work"]
    assert (paused.start, paused.end) == (PartialDate(2025, 4, 3), PartialDate(2025, 6, 5))  # 03/04 read day first
    assert paused.certainty is Certainty.RUMORED  # "rumoured" is understood
    assert events["Quarter ends"].start == PartialDate(2025, 6, 30, 17, 30)
    meta = events["Meta takes 49% of Scale AI"]
    assert (meta.start, meta.category, meta.media.link) == (PartialDate(2025, 6, 12), "deal", "https://example.org/meta-scale")


def test_month_first_columns_too(imported) -> None:
    events = {event.title: event for event in imported(CSV / "events-month-first.csv").iter_events()}
    assert events["Ambiguous but decided"].start == PartialDate(2025, 3, 4)


def test_an_ambiguous_column_needs_to_be_told(imported, tmp_path: Path) -> None:
    with pytest.raises(ImportFailure, match=r"^line 2, column B \('date'\): \"03/04/2025\" could be day/month or month/day"):
        import_into(CSV / "events-ambiguous.csv", tmp_path / "x.case.db")
    assert not (tmp_path / "x.case.db").exists()
    day_first = imported(CSV / "events-ambiguous.csv", csv=CsvOptions(day_first=True))
    assert [event.start for event in day_first.iter_events()] == [PartialDate(2025, 4, 3), PartialDate(2025, 6, 5)]
    month_first = imported(CSV / "events-ambiguous.csv", csv=CsvOptions(day_first=False))
    assert [event.start for event in month_first.iter_events()] == [PartialDate(2025, 3, 4), PartialDate(2025, 5, 6)]


def test_a_column_mixing_both_orders_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFailure, match=r"^line 3: the dates mix orders: '18/06/2025' \(line 2\) is day first"):
        import_into(CSV / "events-mixed-orders.csv", tmp_path / "x.case.db")


def test_excel_csv_with_semicolons_in_windows_1252(imported) -> None:
    options = CsvOptions(map_options=("title=Titel", "start=Datum", "body=Beschreibung", "category=Kategorie"))
    events = list(imported(CSV / "events-excel-de.csv", csv=options).iter_events())
    assert [(e.title, e.start, e.body, e.category) for e in events] == [
        ("Gründung in Köln", PartialDate(2025, 6, 18), "Grüße, schöne Größe", "Straße"),
        ("Jahresende", PartialDate(2025, 12, 31), "", "Bilanz"),
    ]


def test_dates_as_spreadsheets_write_them_and_participants(imported) -> None:
    store = imported(CSV / "events-spreadsheet-dates.csv", csv=CsvOptions(map_options=("participants=who",)))
    starts = {event.title: event.start.iso() for event in store.iter_events()}
    assert starts == {
        "ISO day": "2025-06-18", "ISO month": "2025-06", "Named month": "2025-06-18", "Day month name": "2025-06-18",
        "Month only": "2025-06", "Year only": "2025", "BCE": "-0043", "Excel serial": "2025-06-18", "Deep time": "-13800000000",
    }
    events = {event.title: event for event in store.iter_events()}
    names = {entity.uid: entity.name for entity in store.entities()}
    assert [(names[p.entity_uid], p.role) for p in events["ISO day"].participants] == [("Meta", Role.ACTOR), ("Scale AI", Role.TARGET)]
    assert [(names[p.entity_uid], p.role) for p in events["Day month name"].participants] == [("OpenAI", Role.MENTIONED)]
    assert sorted(names.values()) == ["Meta", "OpenAI", "Scale AI"]


@pytest.mark.parametrize(("header", "kind"), [
    ("Company", EntityKind.COMPANY), ("Companies", EntityKind.COMPANY), ("People", EntityKind.PERSON),
    ("Person", EntityKind.PERSON), ("Organisations", EntityKind.ORGANIZATION), ("Participants", EntityKind.ORGANIZATION),
    ("Entity", EntityKind.ORGANIZATION), ("Team", EntityKind.GROUP),  # (Team is not guessed: mapped below)
])
def test_names_in_a_column_named_for_a_kind_become_entities_of_that_kind(
    header: str, kind: EntityKind, tmp_path: Path
) -> None:
    from explorer.core.casefile import open_case

    source = tmp_path / "events.csv"
    source.write_text(f"Title,Date,{header}\nTalks begin,2025-05-01,Meta; Scale AI\nDeal,2025-06-12,Meta\n", encoding="utf-8")
    options = CsvOptions(map_options=("participants=Team",)) if header == "Team" else None
    report = import_into(source, tmp_path / "case.case.db", csv=options)
    assert any(f"added the entity 'Meta' (kind: {kind.value};" in remark for remark in report.remarks)
    store = open_case(tmp_path / "case.case.db")
    try:
        assert {(entity.name, entity.kind) for entity in store.entities()} == {("Meta", kind), ("Scale AI", kind)}
    finally:
        store.close()


def test_entities(imported) -> None:
    entities = {entity.name: entity for entity in imported(CSV / "entities.csv").entities()}
    meta = entities["Meta"]
    assert (meta.kind, meta.aliases, meta.url, meta.color, meta.wikidata) == (
        EntityKind.COMPANY, ("Facebook", "Meta Platforms"), "https://about.meta.com", "#1877f2", "Q380")
    assert entities["Scale AI"].color == "#aabbcc"
    assert entities["Alexandr Wang"].kind is EntityKind.PERSON
    assert entities["Partnership on AI"].kind is EntityKind.ORGANIZATION


def test_relationships_find_entities_by_name_and_add_the_missing_ones(tmp_path: Path) -> None:
    from explorer.core.casefile import open_case

    target = tmp_path / "case.case.db"
    import_into(CSV / "entities.csv", target)
    report = import_into(CSV / "relationships.csv", target)
    assert report.added["relationships"] == 4
    assert report.added["entities"] == 2  # Google and OpenAI were not in the case
    assert any("added the entity 'Google'" in remark for remark in report.remarks)
    store = open_case(target)
    try:
        names = {entity.uid: entity.name for entity in store.entities()}
        ties = {(names[r.source_uid], r.type, names[r.target_uid]): r for r in store.relationships()}
        stake = ties[("Meta", "owns_stake_in", "Scale AI")]
        assert (stake.label, stake.start, stake.end, stake.directed) == ("49%, non-voting", PartialDate(2025, 6, 12), None, True)
        assert ties[("Alexandr Wang", "ceo_of", "Scale AI")].end == PartialDate(2025, 6)
        assert ties[("Google", "customer_of", "Scale AI")].certainty is Certainty.REPORTED
        assert ties[("OpenAI", "competitor_of", "Google")].directed is False
    finally:
        store.close()
    again = import_into(CSV / "relationships.csv", target)
    assert again.skipped["relationships"] == 4 and again.added["relationships"] == 0


def test_a_missing_required_column_is_named(tmp_path: Path) -> None:
    source = tmp_path / "no-date.csv"
    source.write_text("Headline,Description\nA,B\n", encoding="utf-8")
    missing = f"{source}: line 1: no column holds the start date of the events; name it with --map start=COLUMN"
    with pytest.raises(ImportFailure, match=f"^{re.escape(missing)}$"):
        import_into(source, tmp_path / "x.case.db", csv=CsvOptions(kind=CsvKind.EVENTS))
    no_column = r"^--map start=When: the file has no column 'When'; its columns are: 'Headline', 'Description'"
    with pytest.raises(ImportFailure, match=no_column):
        import_into(source, tmp_path / "x.case.db", csv=CsvOptions(kind=CsvKind.EVENTS, map_options=("start=When",)))
    with pytest.raises(ImportFailure, match=r"^--map begin=Headline: 'begin' is not a field of events"):
        import_into(source, tmp_path / "x.case.db", csv=CsvOptions(kind=CsvKind.EVENTS, map_options=("begin=Headline",)))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["no-date.csv"]


@pytest.mark.parametrize(("content", "message"), [
    ("title,date\nA,2025-02-30\n", r"^line 2, column B \('date'\): 2025-02-30 does not exist"),
    ("title,date\nA,soon\n", r"^line 2, column B \('date'\): \"soon\" is not a date"),
    ("title,date,end\nA,2025,2024\n", r"^line 2, column C \('end'\): 2024 is before the start 2025"),
    ("title,date\n,2025\n", r"^line 2, column A \('title'\): an event needs a title"),
    ("title,date,certainty\nA,2025,perhaps\n", r"^line 2, column C \('certainty'\): \"perhaps\" is not one of"),
    ("title,date,importance\nA,2025,7\n", r"^line 2, column C \('importance'\): \"7\" is not 1, 2 or 3"),
    ('title,date\nA,2025\n"B,2026\n', r"line 3, column A \('title'\): a quote opened here is never closed"),
    ("name,kind\nMeta,alien\n", r"^line 2, column B \('kind'\): \"alien\" is not a kind of entity"),
    ("from,to,type\nA,A,partner_of\n", r"^line 2, column B \('to'\): names the same entity as the source"),
])
def test_bad_rows_are_refused_with_their_line_and_column(tmp_path: Path, content: str, message: str) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFailure, match=message):
        import_into(source, tmp_path / "x.case.db")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv"]


def test_a_files_own_row_numbers_do_not_tie_relationships_to_other_entities(tmp_path: Path) -> None:
    """Two sheets that number their entities 1, 2, …: the second sheet's 1 is not the first's."""
    from explorer.core.casefile import open_case

    header = "Source ID,Source name,Target ID,Target name,Type\n"
    (tmp_path / "a.csv").write_text(header + "1,Alpha Corp,2,Beta Inc,partner\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text(header + "1,Gamma LLC,2,Delta GmbH,partner\n2,Beta Inc,1,Gamma LLC,partner\n", encoding="utf-8")
    case = tmp_path / "c.case.db"
    import_into(tmp_path / "a.csv", case)
    report = import_into(tmp_path / "b.csv", case)
    assert any("'1' is the uid of 'Alpha Corp' in the case, not of 'Gamma LLC'" in remark for remark in report.remarks)
    store = open_case(case)
    try:
        names = {entity.uid: entity.name for entity in store.entities()}
        ties = sorted((names[r.source_uid], names[r.target_uid]) for r in store.relationships())
    finally:
        store.close()
    assert sorted(names.values()) == ["Alpha Corp", "Beta Inc", "Delta GmbH", "Gamma LLC"]
    assert ties == [("Alpha Corp", "Beta Inc"), ("Beta Inc", "Gamma LLC"), ("Gamma LLC", "Delta GmbH")]


def test_kinds_are_read_only_for_entities_the_case_does_not_have(tmp_path: Path) -> None:
    """A 'Source type' column of a user's own words (Fund, Startup) is not taken for the kind, and a
    kind column is not checked for ends the case knows already."""
    (tmp_path / "types.csv").write_text("Source,Source type,Target,Target type,Type\nFund A,Fund,Startup B,Startup,investor_in\n",
                                        encoding="utf-8")
    assert import_into(tmp_path / "types.csv", tmp_path / "t.case.db").added["relationships"] == 1
    (tmp_path / "known.csv").write_text("source,source_name,source_kind,target,target_name,target_kind,type\n"
                                        "x,Fund A,a fund,y,Startup B,a startup,partner_of\n", encoding="utf-8")
    assert import_into(tmp_path / "known.csv", tmp_path / "t.case.db").added["relationships"] == 1
    (tmp_path / "new.csv").write_text("source,source_name,source_kind,target,target_name,target_kind,type\n"
                                      "x,Fund C,a fund,y,Startup B,a startup,partner_of\n", encoding="utf-8")
    with pytest.raises(ImportFailure, match=r"line 2, column C \('source_kind'\): \"a fund\" is not a kind of entity"):
        import_into(tmp_path / "new.csv", tmp_path / "t.case.db")


def test_plural_headers_name_kinds_too() -> None:
    from explorer.core.interchange.csv_entities import kind_named_by

    assert [kind_named_by(h) for h in ("Teams", "Individuals", "Firms", "People", "Companies", "Who")] == [
        EntityKind.GROUP, EntityKind.PERSON, EntityKind.COMPANY, EntityKind.PERSON, EntityKind.COMPANY, EntityKind.ORGANIZATION]
