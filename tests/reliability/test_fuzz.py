"""Fuzzing with hypothesis: every importer, the date parsers and the search box.

Each importer gets files built from its own format (the bundled case JSON with random edits,
TimelineJS 3 and 2 documents, TimelineJS sheets and generic CSV tables with random cells) and
raw bytes, and runs the whole import (``open_import`` then ``write`` into a case). The only
errors allowed are the documented ones: ``ImportFailure`` and ``RecordError`` for imports (both
name a location), ``DateError`` for dates, and none at all for search. A failed import must leave
the case as it was. The quick part runs ``CI_EXAMPLES`` inputs per importer (four times as many
for dates and search); ``-m soak`` runs 103,000 in all.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import NonInteractiveExampleWarning

from explorer.core import date_input, dates
from explorer.core.database import memory_database
from explorer.core.dates import DateError
from explorer.core.interchange.formats import ImportFormat, open_import
from explorer.core.interchange.json_reader import ImportFailure
from explorer.core.search import HitKind, search
from explorer.core.store import CaseStore
from explorer.core.store._base import RecordError
from tests.conftest import BUNDLED_JSON

CI_EXAMPLES = 120  # per importer; dates and search get four times as many (they are cheap)
# -m soak: 6 importers x 3,000 + dates 60,000 + search 25,000 = 103,000 inputs (an import costs ~50 ms)
SOAK_IMPORTS = 3_000
SOAK_DATES = 60_000
SOAK_SEARCHES = 25_000
SOAK_TIMEOUT_S = 3600  # a busy machine can take several times the usual few minutes
FRESH_CASE_EVERY = 300  # successful imports pile up in the case; start a clean one now and then
IMPORT_ERRORS = (ImportFailure, RecordError)

# --- generated values ---------------------------------------------------------------------------------

TRICKY_TEXT = st.sampled_from([
    "", " ", "\x00", "\ufeff", "\ud7ff", "\U0010ffff", "é", "e\u0301", "NEAR(", "\"", "'", "*", "-", "^", ":", "AND", "OR NOT",
    "2025", "-0044", "2025-02-30", "0", "99999999999999999999", "1e309", "NaN", "null", "<b>", "<script>", "[[x]]", "#tag",
    "=SUM(A1)", "\r\n", "\t", "June 2025", "65 million years ago", "44 BCE", "ñ" * 300, "a" * 5000,
])
TEXT = st.one_of(st.text(max_size=40), TRICKY_TEXT)
SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False), TEXT)
JSON = st.recursive(SCALAR, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(TEXT, inner, max_size=4)),
                    max_leaves=12)
DATE_LIKE = st.one_of(
    TEXT, st.integers(-(10**12), 10**12).map(str),
    st.builds(lambda y, m, d: f"{y}-{m:02d}-{d:02d}", st.integers(-20000, 20000), st.integers(0, 14), st.integers(0, 33)),
    st.builds(lambda d, m, y: f"{d} {m} {y}", st.integers(0, 40), st.sampled_from(["June", "Feb", "Sept", "Foo", "december"]),
              st.sampled_from(["2025", "44 BCE", "0", "1,000,000", "12,00 BC", "AD 5"])),
    st.builds(lambda n, u: f"{n} {u} years ago", st.sampled_from(["1", "2.5", "13.8", "0", "-3", "1,000", "1e3", "∞"]),
              st.sampled_from(["", "thousand", "million", "billion"])),
)


def _bundled() -> dict:
    return json.loads(BUNDLED_JSON.read_text(encoding="utf-8"))


BUNDLED = _bundled()
SECTIONS = [key for key, value in BUNDLED.items() if isinstance(value, list) and value]


@st.composite
def native_documents(draw: st.DrawFn) -> bytes:
    """The bundled case JSON with a few random edits: a field replaced, removed or added, a record
    duplicated or dropped, a section or the header replaced."""
    document = copy.deepcopy(BUNDLED)
    for _ in range(draw(st.integers(1, 4))):
        what = draw(st.sampled_from(["field", "drop-field", "duplicate", "drop-record", "section", "header", "meta"]))
        section = draw(st.sampled_from(SECTIONS))
        records = document.get(section)
        if what == "section" or not isinstance(records, list) or not records:
            document[section] = draw(JSON)
            continue
        index = draw(st.integers(0, len(records) - 1))
        record = records[index]
        if what == "header":
            document[draw(st.sampled_from(["format", "format_version"]))] = draw(JSON)
        elif what == "meta":
            document["meta"] = draw(st.one_of(JSON, st.dictionaries(st.sampled_from(["title", "language", "created"]), JSON)))
        elif what == "duplicate":
            records.append(copy.deepcopy(record))
        elif what == "drop-record":
            records.pop(index)
        elif isinstance(record, dict) and record:
            key = draw(st.sampled_from(sorted(record)))
            if what == "drop-field":
                record.pop(key)
            else:
                record[key] = draw(st.one_of(JSON, DATE_LIKE))
        else:
            records[index] = draw(JSON)
    return json.dumps(document).encode()


def _maybe(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(strategy, JSON)


TL_DATE = st.one_of(
    st.fixed_dictionaries({"year": _maybe(st.integers(-(10**10), 10**10))},
                          optional={"month": _maybe(st.integers(-1, 14)), "day": _maybe(st.integers(-1, 33)),
                                    "hour": _maybe(st.integers(-1, 25)), "minute": _maybe(st.integers(-1, 61)),
                                    "display_date": TEXT}),
    JSON,
)
TL_TEXT = st.one_of(st.fixed_dictionaries({}, optional={"headline": TEXT, "text": TEXT}), JSON)
TL_MEDIA = st.one_of(st.fixed_dictionaries({}, optional={"url": TEXT, "caption": TEXT, "credit": TEXT, "thumbnail": TEXT}), JSON)
TL_GOOD_DATE = st.fixed_dictionaries({"year": st.one_of(st.integers(-(10**9), 10**5), st.integers(-5000, 5000).map(str))},
                                     optional={"month": st.integers(1, 12), "day": st.integers(1, 28), "display_date": TEXT})
TL_ANY_SLIDE = st.fixed_dictionaries(
    {},
    optional={"start_date": TL_DATE, "end_date": TL_DATE, "text": TL_TEXT, "media": TL_MEDIA, "group": TEXT, "display_date": TEXT,
              "unique_id": TEXT, "background": JSON, "autolink": JSON, "type": TEXT},
)
TL_NEAR_SLIDE = st.fixed_dictionaries(  # well formed but for its text, media and end: most such files import
    {"start_date": TL_GOOD_DATE, "text": st.fixed_dictionaries({"headline": TEXT}, optional={"text": TEXT})},
    optional={"end_date": st.one_of(TL_GOOD_DATE, TL_DATE), "media": TL_MEDIA, "group": TEXT, "display_date": TEXT,
              "unique_id": st.text(alphabet="abcxyz-_0123", max_size=8), "background": st.fixed_dictionaries({}, optional={"color": TEXT})},
)
TL_SLIDE = st.one_of(TL_NEAR_SLIDE, TL_NEAR_SLIDE, TL_NEAR_SLIDE, TL_ANY_SLIDE)


@st.composite
def timelinejs3_documents(draw: st.DrawFn) -> bytes:
    document = draw(st.fixed_dictionaries(
        {"events": st.one_of(st.lists(TL_SLIDE, min_size=1, max_size=6), st.lists(TL_SLIDE, min_size=1, max_size=6),
                             st.lists(st.one_of(TL_SLIDE, JSON), max_size=6), JSON)},
        optional={"title": st.one_of(TL_SLIDE, JSON), "eras": st.one_of(st.lists(TL_SLIDE, max_size=3), JSON), "scale": TEXT},
    ))
    return json.dumps(document).encode()


TL2_DATE = st.one_of(DATE_LIKE, st.builds(lambda *parts: ",".join(parts), *[st.sampled_from(["", "2025", "-44", "06", "x", "99"])] * 3))
TL2_SLIDE = st.fixed_dictionaries(
    {},
    optional={"startDate": _maybe(TL2_DATE), "endDate": _maybe(TL2_DATE), "headline": TEXT, "text": TEXT, "tag": TEXT,
              "asset": st.one_of(st.fixed_dictionaries({}, optional={"media": TEXT, "credit": TEXT, "caption": TEXT}), JSON),
              "classname": TEXT, "unique_id": TEXT},
)


@st.composite
def timelinejs2_documents(draw: st.DrawFn) -> bytes:
    timeline = draw(st.fixed_dictionaries(
        {"date": st.one_of(st.lists(st.one_of(TL2_SLIDE, JSON), max_size=6), JSON)},
        optional={"headline": TEXT, "text": TEXT, "type": TEXT, "startDate": _maybe(TL2_DATE),
                  "era": st.one_of(st.lists(TL2_SLIDE, max_size=3), JSON), "asset": JSON},
    ))
    return json.dumps(draw(st.one_of(st.just({"timeline": timeline}), st.builds(lambda t: {"timeline": t}, JSON)))).encode()


SHEET_HEADERS = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline",
                 "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background", "Unique Id",
                 "Alt Text", "Link"]
CSV_HEADERS = ["title", "date", "start", "end", "text", "category", "certainty", "importance", "participants", "media", "id",
               "name", "kind", "aliases", "summary", "colour", "url", "wikidata", "from", "to", "type", "label", "directed",
               "reported", "display date", "", "Title", "DATE"]
CELL = st.one_of(TEXT, DATE_LIKE, st.integers(-(10**6), 10**13).map(str), st.sampled_from(["1", "2", "3", "yes", "no", "company"]))


def _csv(draw: st.DrawFn, headers: list[str], required: list[str]) -> bytes:
    chosen = draw(st.lists(st.sampled_from(headers), max_size=8, unique=True))
    columns = [*required, *chosen] if draw(st.booleans()) else chosen
    rows = draw(st.lists(st.lists(CELL, min_size=0, max_size=len(columns) + 2), max_size=8))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=draw(st.sampled_from([",", ",", ";", "\t"])))
    writer.writerow(columns)
    writer.writerows(rows)
    text = buffer.getvalue()
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"]))
    return text.encode(encoding, "replace")


@st.composite
def sheet_files(draw: st.DrawFn) -> bytes:
    return _csv(draw, SHEET_HEADERS, ["Year", "Headline"])


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    return _csv(draw, CSV_HEADERS, draw(st.sampled_from([["title", "date"], ["name"], ["from", "to", "type"]])))


RAW = st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode), JSON.map(lambda v: json.dumps(v).encode()))

IMPORTERS: dict[str, tuple[st.SearchStrategy[bytes], str, ImportFormat | None]] = {
    "native-json": (native_documents(), "case.json", None),
    "timelinejs3-json": (timelinejs3_documents(), "timeline.json", None),
    "timelinejs2-json": (timelinejs2_documents(), "timeline.json", None),
    "timelinejs-sheet-csv": (sheet_files(), "sheet.csv", None),
    "generic-csv": (csv_files(), "table.csv", ImportFormat.CSV),
    "raw-bytes": (st.tuples(RAW, st.sampled_from([None, *ImportFormat])).map(lambda pair: pair[0]), "input.bin", None),
}


# --- the harness ------------------------------------------------------------------------------------------


class Target:
    """A case in memory to import into, kept for many inputs, and the count of inputs tried."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.inputs, self.imported = folder, 0, 0
        self.store: CaseStore | None = None

    def case(self) -> CaseStore:
        if self.store is None or self.inputs % FRESH_CASE_EVERY == 0:
            if self.store is not None:
                self.store.close()
            self.store = CaseStore(memory_database())
        return self.store

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


def _contents(store: CaseStore) -> dict[str, int]:
    return store.counts()


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Target]:
    found = Target(tmp_path)
    yield found
    found.close()


def run_import(target: Target, data: bytes, name: str, format: ImportFormat | None) -> None:
    store = target.case()
    target.inputs += 1
    path = target.folder / name
    path.write_bytes(data)
    before = _contents(store)
    try:
        job = open_import(path, format)
        job.write(store)
    except IMPORT_ERRORS as exc:
        assert str(exc), "an import error must say what is wrong"
        assert _contents(store) == before, "a failed import changed the case"
        assert not store.conn.in_transaction
        return
    target.imported += 1


def fuzz_importer(name: str, examples: int, target: Target, record_figure: Callable[..., None]) -> None:
    strategy, file_name, format = IMPORTERS[name]
    if name == "raw-bytes":
        strategy = st.tuples(RAW, st.sampled_from([None, *ImportFormat]))

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def check(value: object) -> None:
        if name == "raw-bytes":
            data, chosen = value  # type: ignore[misc]
            run_import(target, data, file_name, chosen)
        else:
            run_import(target, value, file_name, format)  # type: ignore[arg-type]

    check()
    record_figure("fuzz", target=f"import:{name}", inputs=target.inputs, imported=target.imported, unhandled=0)


def fuzz_dates(examples: int, record_figure: Callable[..., None]) -> None:
    tried = [0]

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.one_of(DATE_LIKE, st.text(max_size=60)))
    def check(text: str) -> None:
        tried[0] += 1
        for parse in (date_input.parse_input, dates.parse):
            try:
                parsed = parse(text)
            except DateError as exc:
                assert str(exc)
                continue
            assert date_input.parse_input(date_input.friendly(parsed)) == parsed  # what is shown reads back the same
            dates.display(parsed), dates.span_seconds(parsed)
        assert isinstance(dates.is_valid(text), bool)

    check()
    record_figure("fuzz", target="dates", inputs=tried[0], unhandled=0)


def fuzz_search(store: CaseStore, examples: int, record_figure: Callable[..., None]) -> None:
    tried = [0]

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.one_of(TEXT, st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
                     st.lists(st.sampled_from(['"', "*", "NEAR(", "AND", "OR", "NOT", "(", ")", ":", "^", "-", "+", "meta", "sc",
                                               "scale", "é", "\x00", "_", "{a b}", "title:"]), max_size=8).map(" ".join)),
           st.integers(-1, 60), st.sets(st.sampled_from(list(HitKind)), min_size=1))
    def check(text: str, limit: int, kinds: set[HitKind]) -> None:
        tried[0] += 1
        hits = search(store.conn, text, limit=limit, kinds=tuple(kinds))
        assert len(hits) <= max(limit, 0) * len(kinds)
        assert all(hit.kind in kinds for hit in hits)

    check()
    assert not store.conn.in_transaction
    record_figure("fuzz", target="search", inputs=tried[0], unhandled=0)


# --- the tests --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", IMPORTERS)
def test_fuzz_importer(name: str, target: Target, record_figure) -> None:
    fuzz_importer(name, CI_EXAMPLES, target, record_figure)


def test_fuzz_dates(record_figure) -> None:
    fuzz_dates(CI_EXAMPLES * 4, record_figure)


def test_fuzz_search(bundled_store: CaseStore, record_figure) -> None:
    fuzz_search(bundled_store, CI_EXAMPLES * 4, record_figure)


@pytest.mark.soak
@pytest.mark.timeout(SOAK_TIMEOUT_S)
@pytest.mark.parametrize("name", IMPORTERS)
def test_soak_fuzz_importer(name: str, target: Target, record_figure) -> None:
    fuzz_importer(name, SOAK_IMPORTS, target, record_figure)


@pytest.mark.soak
@pytest.mark.timeout(SOAK_TIMEOUT_S)
def test_soak_fuzz_dates(record_figure) -> None:
    fuzz_dates(SOAK_DATES, record_figure)


@pytest.mark.soak
@pytest.mark.timeout(SOAK_TIMEOUT_S)
def test_soak_fuzz_search(bundled_store: CaseStore, record_figure) -> None:
    fuzz_search(bundled_store, SOAK_SEARCHES, record_figure)


def test_the_fuzzer_reaches_every_importer(tmp_path: Path) -> None:
    """Each family of generated files is recognised as its own format at least once, so the
    fuzzing above is not stopped at the door by format detection."""
    from explorer.core.interchange import formats

    expected = {"native-json": ImportFormat.NATIVE, "timelinejs3-json": ImportFormat.TIMELINEJS,
                "timelinejs2-json": "timelinejs2", "timelinejs-sheet-csv": ImportFormat.TIMELINEJS_CSV}
    for name, want in expected.items():
        strategy, file_name, _ = IMPORTERS[name]
        path = tmp_path / file_name
        seen = set()
        for _ in range(30):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", NonInteractiveExampleWarning)
                path.write_bytes(strategy.example())
            try:
                seen.add(formats.json_format(path) if file_name.endswith(".json") else formats.detect(path))
            except ImportFailure:
                continue
        assert want in seen, f"{name}: detected only {seen}"


