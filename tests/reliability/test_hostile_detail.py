"""What the event detail pane hands Qt to lay out is bounded, whatever a case holds.

Qt's default wrapping costs the square of the length of a run it may not break: the
deep-nesting file's 1.1 MB body of ``<div>`` (HTML is off, so it is text) took 147 s in the
pane, and the window took 98 s to show that file. These tests count instead of timing: for every
event of the hostile files, the text the pane's document holds has no run longer than
``LONG_RUN_CHARS`` without a break opportunity, and no more than ``MAX_SHOWN_CHARS`` (plus the
header and sources) characters.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from explorer.core.casefile import open_case
from explorer.core.dates import parse
from explorer.core.models import Event
from explorer.core.store import CaseStore
from explorer.ui.event_detail import EventDetailPane
from explorer.ui.safe_text import (
    LONG_RUN_CHARS,
    MAX_LINE_CHARS,
    MAX_SHOWN_CHARS,
    ZERO_WIDTH_SPACE,
    bounded_line,
    bounded_text,
    longest_run,
)
from tests.reliability import hostile_files

HEADER_AND_SOURCES = 20_000  # characters besides the body, at most, for the hostile files' events


@pytest.fixture
def hostile_store(request: pytest.FixtureRequest, tmp_path: Path, bundled_case_template: Path) -> Iterator[CaseStore]:
    folder = tmp_path / "case"
    folder.mkdir()
    store = open_case(request.param(folder, bundled_case_template))
    yield store
    store.close()


HOSTILE = [
    pytest.param(hostile_files.deep_nesting, id="deep-nesting"),
    pytest.param(lambda folder, case: hostile_files.huge_text(folder, case, 10 * 1024 * 1024), id="huge-text-10mb"),
    pytest.param(hostile_files.absurd_values, id="absurd-values"),
]


@pytest.mark.parametrize("hostile_store", HOSTILE, indirect=True)
def test_every_hostile_event_is_laid_out_from_a_bounded_text(qapp, hostile_store: CaseStore, record_figure) -> None:
    pane = EventDetailPane(hostile_store)
    pane.resize(420, 700)
    pane.show()
    runs, sizes = [], []
    for event in hostile_store.iter_events():
        pane.show_event(event.uid)
        qapp.processEvents()
        document = pane.browser.document()
        shown = pane.text()
        runs.append(longest_run(shown))
        sizes.append(document.characterCount())
        assert runs[-1] <= LONG_RUN_CHARS, f"{event.uid}: an unbroken run of {runs[-1]:,} characters was laid out"
        assert sizes[-1] <= MAX_SHOWN_CHARS + HEADER_AND_SOURCES, f"{event.uid}: {sizes[-1]:,} characters were laid out"
        assert shown.startswith(bounded_line(event.title).replace(ZERO_WIDTH_SPACE, "")[:40]), event.uid
    pane.close()
    # the file itself is counted by the tests that open it; here: how many events were shown bounded
    unbounded = sum(run > LONG_RUN_CHARS or size > MAX_SHOWN_CHARS + HEADER_AND_SOURCES for run, size in zip(runs, sizes, strict=True))
    record_figure("detail-pane", name=hostile_store.title[:40], events=len(runs), unbounded=unbounded)
    print(f"\nlongest unbroken run shown {max(runs):,}, most characters laid out {max(sizes):,}")


def test_ordinary_text_is_shown_as_it_is(qapp) -> None:
    body = "A body with *emphasis*, a [link](https://example.com/a/long/path?q=1) and\n\n- a list\n  - nested\n"
    assert bounded_text(body) == body
    assert bounded_line("Scale AI takes a 49% stake") == "Scale AI takes a 49% stake"
    store = CaseStore.in_memory()
    try:
        store.put_event(Event("e", "Ordinary", parse("2025"), body=body))
        pane = EventDetailPane(store)
        pane.show_event("e")
        assert ZERO_WIDTH_SPACE not in pane.text() and "nested" in pane.text()
    finally:
        store.close()


def test_long_text_is_cut_with_a_note_and_long_runs_get_breaks(qapp) -> None:
    text = "word " * (MAX_SHOWN_CHARS // 5) + "tail " * 1000
    shown = bounded_text(text)
    assert shown.startswith("word word") and "tail" not in shown
    assert shown.endswith("(5,000 more characters are not shown here)")
    run = "<div>" * 1000
    broken = bounded_text(f"before {run} after")
    assert broken.replace(ZERO_WIDTH_SPACE, "") == f"before {run} after"
    assert longest_run(broken) <= LONG_RUN_CHARS
    assert len(bounded_line("x" * 5000)) <= MAX_LINE_CHARS + 1 + MAX_LINE_CHARS // 100
