"""TimelineJS 2 JSONP files (``storyjs_jsonp_data = {…};``) import, and a comma after the last item is named.

A JSONP file is run by the browser as JavaScript, so TimelineJS accepts commas after the last
item there; plain JSON does not, and the error names that comma (its line and column) rather
than the ``]`` after it. Locations in a JSONP file count in the file as it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.core.casefile import import_into, open_case
from explorer.core.file_kinds import TIMELINEJS as TIMELINEJS_KIND
from explorer.core.file_kinds import importable_kind
from explorer.core.interchange import json_stream
from explorer.core.interchange.formats import ImportFormat, detect
from explorer.core.interchange.json_reader import ImportFailure
from tests.interchange.conftest import TIMELINEJS

SLIDES = '{"timeline": {"headline": "x", "type": "default", "date": [{"startDate": "2011,12,10", "headline": "h"}]}}'


def _titles(case: Path) -> list[str]:
    store = open_case(case)
    try:
        return [event.title for event in store.iter_events()]
    finally:
        store.close()


@pytest.mark.parametrize("text", [
    f"storyjs_jsonp_data = {SLIDES}",
    f"storyjs_jsonp_data = {SLIDES};\n",
    f"var data={SLIDES};",
    f"callback({SLIDES});",
    f"window.timeline_data = {SLIDES}",
])
@pytest.mark.parametrize("format", [None, "timelinejs"])
def test_a_jsonp_file_imports_whatever_its_wrapper(tmp_path: Path, text: str, format: str | None) -> None:
    source = tmp_path / "timeline.jsonp"
    source.write_text(text, encoding="utf-8")
    assert detect(source) is ImportFormat.TIMELINEJS
    import_into(source, tmp_path / "case.db", format)
    assert _titles(tmp_path / "case.db") == ["h"]


def test_jsonp_allows_commas_after_the_last_item_anywhere(tmp_path: Path) -> None:
    report = import_into(TIMELINEJS / "storyjs.jsonp", tmp_path / "case.db")
    assert report.added["events"] == 2
    store = open_case(tmp_path / "case.db")
    try:
        assert store.meta()["title"] == "A JSONP timeline"
        first = next(store.iter_events())
        assert (first.title, first.media.url, first.media.credit) == ("First slide", "https://example.org/first.jpg", "Credit")
    finally:
        store.close()


def test_errors_in_a_jsonp_file_count_lines_and_columns_in_the_file(tmp_path: Path) -> None:
    source = tmp_path / "bad.jsonp"
    source.write_text('storyjs_jsonp_data = {"timeline": {"date": [\n  {"startDate": "2011,12,10" "headline": "h"}]}}', encoding="utf-8")
    with pytest.raises(ImportFailure) as caught:
        import_into(source, tmp_path / "case.db")
    assert caught.value.location == f"{source}: line 2 column 30"


def test_a_jsonp_call_must_be_closed(tmp_path: Path) -> None:
    source = tmp_path / "open.jsonp"
    source.write_text(f"callback({SLIDES};", encoding="utf-8")
    with pytest.raises(ImportFailure, match=r"expected '\)' closing the JSONP call"):
        import_into(source, tmp_path / "case.db", "timelinejs")
    assert not (tmp_path / "case.db").exists()


def test_file_open_recognises_a_jsonp_timeline(tmp_path: Path) -> None:
    head = (TIMELINEJS / "storyjs.jsonp").read_bytes()
    assert importable_kind(TIMELINEJS / "storyjs.jsonp", head) == TIMELINEJS_KIND


@pytest.mark.parametrize(("text", "where", "closing"), [
    ('{"events": [\n  {"start_date": {"year": 2020}, "text": {"headline": "a"}},\n]}', "line 2 column 60", "]"),
    ('{"events": [\n  {"start_date": {"year": 2020}, "text": {"headline": "a"}}\n], }', "line 3 column 2", "}"),
    ('{"events": [\n  {"start_date": {"year": 2020,\n  }, "text": {"headline": "a"}}\n]}', "line 2 column 31", "}"),
    ('{"events": [{"start_date": {"year": 2020}, "text": {"headline": "a"}}], "eras": [1,\n\n ]}', "line 1 column 83", "]"),
])
def test_a_comma_after_the_last_item_is_named_at_the_comma(tmp_path: Path, text: str, where: str, closing: str) -> None:
    source = tmp_path / "t.json"
    source.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFailure) as caught:
        import_into(source, tmp_path / "case.db")
    assert str(caught.value) == (f"{source}: {where}: is not valid JSON: a comma before '{closing}' — "
                                 f"JSON allows no comma after the last {'item' if closing == ']' else 'member'}")
    assert not (tmp_path / "case.db").exists()


def test_a_comma_let_go_with_the_buffer_is_still_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_stream, "CHUNK_BYTES", 8)
    monkeypatch.setattr(json_stream, "_LOOKAHEAD", 4)
    source = tmp_path / "t.json"
    source.write_text('{"events": [{"start_date": {"year": 2020}, "text": {"headline": "a"}},' + " " * 40 + "\n\n   ]}", encoding="utf-8")
    with pytest.raises(ImportFailure) as caught:
        import_into(source, tmp_path / "case.db", "timelinejs")
    assert str(caught.value).startswith(f"{source}: line 1 column 70: is not valid JSON: a comma before ']'")


def test_case_json_names_the_comma_too(tmp_path: Path) -> None:
    source = tmp_path / "case.json"
    source.write_text('{"format": "case-explorer-case", "version": 1,\n "events": [],\n}', encoding="utf-8")
    with pytest.raises(ImportFailure) as caught:
        import_into(source, tmp_path / "case.db")
    assert str(caught.value).startswith(f"{source}: line 2 column 14: is not valid JSON: a comma before '}}'")


def test_other_syntax_errors_keep_pythons_words(tmp_path: Path) -> None:
    source = tmp_path / "t.json"
    source.write_text('{"events": [{"start_date": {"year": 2020} "text": {}}]}', encoding="utf-8")
    with pytest.raises(ImportFailure) as caught:
        import_into(source, tmp_path / "case.db")
    assert str(caught.value) == f"{source}: line 1 column 43: is not valid JSON (Expecting ',' delimiter)"


def test_a_trailing_comma_in_plain_json_stays_an_error_even_where_jsonp_allows_it(tmp_path: Path) -> None:
    source = tmp_path / "stripped.json"
    source.write_text((TIMELINEJS / "storyjs.jsonp").read_text(encoding="utf-8").removeprefix("storyjs_jsonp_data = ").rstrip(";\n"),
                      encoding="utf-8")
    with pytest.raises(ImportFailure, match=r"line 15 column 39: is not valid JSON: a comma before '}'"):
        import_into(source, tmp_path / "case.db")


def test_events_of_the_wrong_kind_are_named_by_their_path(tmp_path: Path) -> None:
    source = tmp_path / "t.json"
    source.write_text('{"events": {"a": 1}, "title": {"text": {"headline": "T"}}}', encoding="utf-8")
    with pytest.raises(ImportFailure) as caught:
        import_into(source, tmp_path / "case.db")
    assert caught.value.location == "events"
    assert caught.value.problem.startswith('{"a": 1} is not a list of slides')
