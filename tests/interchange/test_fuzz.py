"""Hypothesis-made files never crash an importer: they import, or fail with an ImportFailure."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core.interchange.formats import open_import
from explorer.core.interchange.json_reader import ImportFailure
from explorer.core.store import CaseStore

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
_SCALARS = st.none() | st.booleans() | st.integers(-10**15, 10**15) | st.floats(allow_nan=False) | st.text(max_size=12) | st.sampled_from(
    ["", "2020", "-44", "13", "0", "<b>x</b>", "<script>x</script>", "\ud800", "12/31/2020", "2020,13,1", "https://e.org/x.png", "#fff"])
_KEYS = st.sampled_from([
    "year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format", "headline", "text", "url",
    "caption", "credit", "thumbnail", "alt", "title", "link", "color", "start_date", "end_date", "media", "group", "background",
    "unique_id", "events", "eras", "scale", "timeline", "date", "era", "startDate", "endDate", "asset", "tag", "other",
])
_JSON = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=6), max_leaves=30)
_DATE = st.fixed_dictionaries({"year": _SCALARS}, optional={"month": _SCALARS, "day": _SCALARS, "hour": _SCALARS})
_SLIDE = st.fixed_dictionaries(
    {"start_date": _DATE | _JSON},
    optional={"end_date": _DATE | _JSON, "text": st.dictionaries(st.sampled_from(["headline", "text"]), _SCALARS) | _JSON,
              "media": _JSON, "group": _SCALARS, "unique_id": _SCALARS, "background": _JSON, "display_date": _SCALARS},
)


def _import(tmp_path: Path, name: str, content: bytes) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    store = CaseStore.in_memory()
    try:
        open_import(source).write(store)
    except ImportFailure:
        assert store.event_count() == 0  # nothing half-written
    finally:
        store.close()


@SETTINGS
@given(st.lists(_SLIDE, min_size=1, max_size=5), st.none() | _JSON)
def test_timelinejs3(tmp_path_factory: pytest.TempPathFactory, slides: list, eras: object) -> None:
    document = {"events": slides} if eras is None else {"events": slides, "eras": eras, "title": eras}
    _import(tmp_path_factory.mktemp("f"), "t.json", json.dumps(document).encode("utf-8", "surrogatepass"))


@SETTINGS
@given(st.dictionaries(st.sampled_from(["headline", "text", "date", "era", "asset"]), _JSON, max_size=5),
       st.lists(st.fixed_dictionaries({"startDate": _SCALARS}, optional={"endDate": _SCALARS, "headline": _SCALARS, "asset": _JSON,
                                                                        "tag": _SCALARS}), max_size=4))
def test_timelinejs2(tmp_path_factory: pytest.TempPathFactory, top: dict, dates: list) -> None:
    document = {"timeline": {**top, "date": dates}}
    _import(tmp_path_factory.mktemp("f"), "t.json", json.dumps(document).encode("utf-8", "surrogatepass"))


@SETTINGS
@given(_JSON)
def test_any_json(tmp_path_factory: pytest.TempPathFactory, document: object) -> None:
    _import(tmp_path_factory.mktemp("f"), "t.json", json.dumps(document).encode("utf-8", "surrogatepass"))


_CELL = st.text(max_size=10) | st.sampled_from(["2020", "-44", "13", "title", "era", "14:30", "2:30 PM", "1,000", "<p>x</p>", "03/04/2025"])
_SHEET_HEADERS = ["Year", "Month", "Day", "Time", "End Year", "End Month", "Headline", "Text", "Media", "Type", "Group", "Display Date"]


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8", "surrogatepass")


@SETTINGS
@given(st.lists(st.lists(_CELL, min_size=12, max_size=12), max_size=5))
def test_timelinejs_sheet(tmp_path_factory: pytest.TempPathFactory, rows: list[list[str]]) -> None:
    _import(tmp_path_factory.mktemp("f"), "s.csv", _csv([_SHEET_HEADERS, *rows]))


@SETTINGS
@given(st.lists(st.sampled_from(["title", "date", "end", "body", "name", "kind", "from", "to", "type", "who", "x"]), min_size=1, max_size=5,
                unique=True),
       st.lists(st.lists(_CELL, min_size=5, max_size=5), max_size=5))
def test_generic_csv(tmp_path_factory: pytest.TempPathFactory, headers: list[str], rows: list[list[str]]) -> None:
    _import(tmp_path_factory.mktemp("f"), "g.csv", _csv([headers, *[row[: len(headers)] for row in rows]]))


@SETTINGS
@given(st.binary(max_size=200))
def test_any_bytes(tmp_path_factory: pytest.TempPathFactory, content: bytes) -> None:
    _import(tmp_path_factory.mktemp("f"), "b.csv", content)
    _import(tmp_path_factory.mktemp("f"), "b.json", content)
