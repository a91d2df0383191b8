"""import and export on the command line, as separate processes, for every format."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.interchange.conftest import CSV, TIMELINEJS

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli(private_home: Path, tmp_path: Path):
    def run(*args: object) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, CASE_EXPLORER_HOME=str(private_home), QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
        return subprocess.run([sys.executable, "-m", "explorer", *map(str, args)], capture_output=True, text=True, env=env,
                              cwd=tmp_path, timeout=120)

    return run


def test_import_each_format_and_export_each_format(cli, tmp_path: Path) -> None:
    case = tmp_path / "case.case.db"
    result = cli("import", TIMELINEJS / "world-history.json", "--into", case, "--progress")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"created {case}: added 2 eras and 11 events")
    assert "importing world-history.json: 100%" in result.stderr
    for source, extra, added in [
        (TIMELINEJS / "same-timeline.csv", ["--format", "timelinejs-csv"], "4 events"),
        (CSV / "events-excel-de.csv", ["--kind", "events", "--map", "title=Titel", "--map", "start=Datum", "--delimiter", ";"], "2 events"),
        (CSV / "relationships.csv", ["--format", "csv", "--kind", "relationships"], "4 relationships"),
    ]:
        result = cli("import", source, "--into", case, *extra)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(f"merged into {case}: added ") and added in result.stdout, result.stdout
    for format, name in [("timelinejs", "t.json"), ("timelinejs-csv", "t.csv"), ("gexf", "g.gexf"), ("graphml", "g.graphml"),
                         ("csv", "r.csv")]:
        result = cli("export", case, "--to", tmp_path / name, "--format", format)
        assert result.returncode == 0, result.stderr
        assert result.stdout == f"exported {case} to {tmp_path / name} ({format})\n"
    assert len(json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))["events"]) == 17
    assert ET.parse(tmp_path / "g.gexf").getroot().tag == "{http://gexf.net/1.3}gexf"
    assert ET.parse(tmp_path / "g.graphml").getroot().tag == "{http://graphml.graphdrawing.org/xmlns}graphml"
    assert (tmp_path / "r.csv").read_text(encoding="utf-8").startswith("uid,source,source_name,target")
    again = tmp_path / "again.case.db"
    assert cli("import", tmp_path / "t.csv", "--into", again).returncode == 0
    refused = cli("import", tmp_path / "g.gexf", "--into", again)  # once read as a CSV of events
    assert refused.returncode == 1 and refused.stderr == (
        f"case-explorer: error: {tmp_path / 'g.gexf'}: is a GEXF graph file: Case Explorer exports GEXF for Gephi but "
        "cannot import it; import the case JSON or a CSV instead\n")
    assert "events:         17" in cli("info", again).stdout


def test_import_prints_the_remarks_of_its_report(cli, tmp_path: Path) -> None:
    source = tmp_path / "landing.json"
    date = {"year": 1969, "month": 7, "day": 20, "hour": 20, "minute": 17, "second": 40, "millisecond": 500}
    media = {"url": "javascript:alert(1)"}
    source.write_text(json.dumps({"events": [{"start_date": date, "text": {"headline": "Landing"}, "media": media}]}), encoding="utf-8")
    result = cli("import", source, "--into", tmp_path / "new.case.db")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"created {tmp_path / 'new.case.db'}: added 1 event",
        "note: events[0].media.url: \"javascript:alert(1)\" was dropped: a javascript: address could run code or hide content "
        "(only http:, https: and file paths are kept)",
    ]


@pytest.mark.parametrize(("content", "args", "message"), [
    (b'{"events": [{"start_date": {"year": 2020, "month": 13}}]}', [], "events[0].start_date.month: 13 is not a month (1–12)"),
    (b"title,when\nA,03/04/2025\n", [], "line 2, column B ('when'): \"03/04/2025\" could be day/month or month/day"),
    (b"title\nA\n", ["--kind", "events"],
     "bad.json: line 1: no column holds the start date of the events; name it with --map start=COLUMN"),
    (b"", [], "bad.json: is empty: there is nothing to import"),
    (b"title,date\nA,2025\n", ["--map", "title"], "--map title: is not FIELD=COLUMN"),
    (b"\x00\x01\x02", [], "line 1: holds a NUL byte"),
])
def test_a_failed_import_prints_one_line_and_writes_nothing(cli, tmp_path: Path, content: bytes, args: list[str], message: str) -> None:
    source = tmp_path / "bad.json"
    source.write_bytes(content)
    result = cli("import", source, "--into", tmp_path / "new.case.db", *args)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("case-explorer: error: ")
    assert message in result.stderr
    assert not (tmp_path / "new.case.db").exists()


def test_unknown_export_format_is_a_usage_error(cli, tmp_path: Path) -> None:
    result = cli("export", tmp_path / "x.case.db", "--to", tmp_path / "x.xls", "--format", "xls")
    assert result.returncode == 2 and "invalid choice: 'xls'" in result.stderr
