"""The command line, run as a separate process the way people run it.

Every command exits 0 on success; a failure prints exactly one line on stderr naming the problem
and exits 1; a usage error exits 2. Nothing a command was not asked to change changes on disk.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from explorer import __version__
from explorer.core import migrations
from tests.cli.conftest import cli_env
from tests.reliability import bad_files
from tests.reliability.bad_files import READONLY, UNOPENABLE, BadFile, prepare, snapshot, without_folder_times

REPO = Path(__file__).resolve().parents[2]
BUNDLED_JSON = REPO / "db" / "cases" / "scale-ai-2025.json"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# --- helpers ---------------------------------------------------------------------------------------


def _env(home: Path, path_first: Path) -> dict[str, str]:
    """A CLI run's environment (``cli_env``) with ``path_first`` searched first for programs."""
    env = cli_env(home)
    env["PATH"] = f"{path_first}{os.pathsep}{env.get('PATH', '')}"
    return env


def assert_unchanged(before: dict, after: dict) -> None:
    added = sorted(after.keys() - before.keys())
    removed = sorted(before.keys() - after.keys())
    changed = sorted(name for name in before.keys() & after.keys() if before[name] != after[name])
    assert (added, removed, changed) == ([], [], []), "the disk changed"


def error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The one line a failed command printed on stderr."""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {result.stderr!r}"
    assert lines[0].startswith("case-explorer: error: "), lines[0]
    assert "Traceback" not in result.stderr
    return lines[0]


def expected_counts(document: dict) -> dict[str, int]:
    """What ``info`` should report for a case built from a native JSON document."""
    return {
        "entities": len(document["entities"]),
        "events": len(document["events"]),
        "participations": sum(len(event.get("participants", [])) for event in document["events"]),
        "relationships": len(document["relationships"]),
        "event effects": len(document["event_effects"]),
        "sources": len(document["sources"]),
        "citations": len(document["citations"]),
        "eras": len(document["eras"]),
        "notes": len(document["notes"]),
        "note revisions": sum(len(note.get("revisions", [])) for note in document["notes"]),
        "tours": len(document["tours"]),
        "tour steps": sum(len(tour.get("steps", [])) for tour in document["tours"]),
    }


def info_fields(stdout: str) -> dict[str, str]:
    fields = {}
    for line in stdout.splitlines():
        key, sep, value = line.partition(":")
        assert sep, f"info line without a colon: {line!r}"
        fields[key.strip()] = value.strip()
    return fields


def bundled_document() -> dict:
    return json.loads(BUNDLED_JSON.read_text(encoding="utf-8"))


# --- version and the installed script --------------------------------------------------------------


def test_version(cli) -> None:
    result = cli("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"case-explorer {__version__}"
    assert result.stderr == ""


def test_installed_script_runs_from_path(private_home: Path, case: Path, tmp_path: Path) -> None:
    bin_dir = Path(sys.executable).parent
    found = shutil.which("case-explorer", path=str(bin_dir))
    assert found is not None, f"no case-explorer script next to {sys.executable}"
    env = _env(private_home, path_first=bin_dir)
    assert shutil.which("case-explorer", path=env["PATH"]) == found
    version = subprocess.run(["case-explorer", "--version"], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"case-explorer {__version__}"
    info = subprocess.run(["case-explorer", "info", str(case)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert info.returncode == 0, info.stderr
    assert info_fields(info.stdout)["title"] == bundled_document()["meta"]["title"]


# --- new -------------------------------------------------------------------------------------------


def test_new_creates_an_empty_case(cli, folder: Path) -> None:
    path = folder / "mine.case.db"
    result = cli("new", path, "--title", "My own case")
    assert result.returncode == 0, result.stderr
    assert path.is_file()
    assert sorted(p.name for p in folder.iterdir()) == ["mine.case.db"]  # no partial file left behind
    with path.open("rb") as handle:
        assert handle.read(16) == b"SQLite format 3\x00"

    info = cli("info", path)
    assert info.returncode == 0, info.stderr
    fields = info_fields(info.stdout)
    assert fields["title"] == "My own case"
    assert fields["schema version"] == str(migrations.latest_version())
    for label in expected_counts(bundled_document()):
        assert fields[label] == "0"
    check = cli("check", path)
    assert check.returncode == 0, check.stdout + check.stderr


def test_new_refuses_an_existing_path(cli, case: Path, folder: Path, private_home: Path) -> None:
    before = snapshot(folder, private_home)
    result = cli("new", case)
    assert result.returncode == 1
    line = error_line(result)
    assert str(case) in line and "already exists" in line
    assert_unchanged(before, snapshot(folder, private_home))


def test_new_in_a_missing_folder_names_the_path_asked_for(cli, folder: Path) -> None:
    path = folder / "nowhere" / "mine.case.db"
    result = cli("new", path)
    assert result.returncode == 1
    line = error_line(result)
    assert line == f"case-explorer: error: {path}: cannot be created: the folder {path.parent} does not exist"
    assert list(folder.iterdir()) == []


# --- import, info, check ----------------------------------------------------------------------------


def test_import_into_a_new_case_then_check_and_info(cli, folder: Path) -> None:
    path = folder / "scale.case.db"
    result = cli("import", BUNDLED_JSON, "--into", path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"created {path}: added ")
    assert "skipped" not in result.stdout
    assert sorted(p.name for p in folder.iterdir()) == ["scale.case.db"]

    check = cli("check", path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stderr == ""
    assert check.stdout.splitlines()[-1] == f"{path}: no problems found"
    assert all(line.startswith("ok ") for line in check.stdout.splitlines()[:-1])
    for name in ("integrity", "foreign keys", "schema", "search index", "dates"):
        assert f"ok    {name}: " in check.stdout

    info = cli("info", path)
    assert info.returncode == 0, info.stderr
    assert f"schema version: {migrations.latest_version()}" in info.stdout
    document = bundled_document()
    fields = info_fields(info.stdout)
    assert fields["title"] == document["meta"]["title"]
    assert fields["schema version"] == str(migrations.latest_version())
    assert str(path) in fields["file"] and f"{path.stat().st_size:,} bytes" in fields["file"]
    counts = expected_counts(document)
    assert {label: int(fields[label]) for label in counts} == counts
    assert counts["entities"] == 10 and counts["events"] == 13  # the bundled case as the brief describes it


def test_import_into_an_existing_case_merges_and_reports_skipped(cli, case: Path, folder: Path) -> None:
    document = bundled_document()
    same = cli("import", BUNDLED_JSON, "--into", case)
    assert same.returncode == 0, same.stderr
    assert same.stdout.startswith(f"merged into {case}: added nothing; ")
    assert f"{len(document['events'])} events" in same.stdout
    assert "were already in the case and left as they were" in same.stdout and "skipped" not in same.stdout

    new_event = dict(document["events"][0], uid="ev-extra", title="An extra event", participants=[])
    document["events"].append(new_event)
    extended = folder / "extended.json"
    extended.write_text(json.dumps(document), encoding="utf-8")
    merged = cli("import", extended, "--into", case)
    assert merged.returncode == 0, merged.stderr
    assert f"merged into {case}: added 1 event; " in merged.stdout

    fields = info_fields(cli("info", case).stdout)
    assert fields["events"] == str(len(document["events"]))
    assert fields["entities"] == str(len(document["entities"]))
    assert cli("check", case).returncode == 0


def _bad_copy(folder: Path, change) -> Path:
    document = bundled_document()
    change(document)
    path = folder.parent / "bad-import.json"
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    return path


def _bad_date(document: dict) -> None:
    document["events"][3]["start"] = "2025-13-01"


def _unknown_participant(document: dict) -> None:
    """Fails only while merging: a new event names an entity the case does not hold."""
    event = dict(document["events"][0], uid="ev-new", participants=[{"entity": "nobody-known", "role": "actor"}])
    document["events"].append(event)


FAILED_IMPORTS = {
    "bad-date": (_bad_date, "events[3].start", '"2025-13-01"'),
    "unknown-participant": (_unknown_participant, "events[13].participants[0].entity", "nobody-known"),
}


@pytest.mark.parametrize("kind", FAILED_IMPORTS)
def test_a_failed_import_leaves_no_new_file(cli, kind: str, folder: Path, private_home: Path) -> None:
    change, location, shown = FAILED_IMPORTS[kind]
    source = _bad_copy(folder, change)
    target = folder / "new.case.db"
    before = snapshot(folder, private_home)
    result = cli("import", source, "--into", target)
    assert result.returncode == 1
    line = error_line(result)
    assert f": error: {location}: " in line and shown in line
    assert not target.exists()
    # a partial file may have come and gone beside the target; none may be left
    assert_unchanged(without_folder_times(before), without_folder_times(snapshot(folder, private_home)))


@pytest.mark.parametrize("kind", FAILED_IMPORTS)
def test_a_failed_import_leaves_an_existing_case_as_it_was(cli, kind: str, case: Path, folder: Path) -> None:
    change, location, shown = FAILED_IMPORTS[kind]
    source = _bad_copy(folder, change)
    content = case.read_bytes()
    names = sorted(p.name for p in folder.iterdir())
    result = cli("import", source, "--into", case)
    assert result.returncode == 1
    line = error_line(result)
    assert f": error: {location}: " in line and shown in line
    assert case.read_bytes() == content
    assert sorted(p.name for p in folder.iterdir()) == names
    assert cli("check", case).returncode == 0


# --- export -----------------------------------------------------------------------------------------


def test_export_import_export_round_trip(cli, case: Path, folder: Path) -> None:
    content = case.read_bytes()
    first = folder / "first.json"
    result = cli("export", case, "--to", first)
    assert result.returncode == 0, result.stderr
    assert case.read_bytes() == content  # exporting only reads

    exported = json.loads(first.read_text(encoding="utf-8"))
    assert expected_counts(exported) == expected_counts(bundled_document())
    assert exported["meta"]["title"] == bundled_document()["meta"]["title"]

    again = folder / "again.case.db"
    assert cli("import", first, "--into", again).returncode == 0
    second = folder / "second.json"
    assert cli("export", again, "--to", second).returncode == 0
    assert second.read_bytes() == first.read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == ["again.case.db", "first.json", "scale.case.db", "second.json"]


def test_export_refuses_to_overwrite_the_case(cli, case: Path, folder: Path, private_home: Path) -> None:
    before = snapshot(folder, private_home)
    result = cli("export", case, "--to", case)
    assert result.returncode == 1
    assert "refusing to overwrite the case file" in error_line(result)
    assert_unchanged(before, snapshot(folder, private_home))


@pytest.mark.parametrize("where", ["missing-folder", "a-folder"])
def test_export_to_a_place_it_cannot_write_names_that_place(cli, where: str, case: Path, folder: Path) -> None:
    out = folder / "nowhere" / "out.json" if where == "missing-folder" else folder
    before = snapshot(folder)
    result = cli("export", case, "--to", out)
    assert result.returncode == 1
    line = error_line(result)
    assert line.startswith(f"case-explorer: error: {out}: ")
    assert "partial" not in line
    assert ("does not exist" if where == "missing-folder" else "is a folder") in line
    assert_unchanged(before, snapshot(folder))


def test_import_into_a_readonly_case_is_refused(cli, folder: Path, bundled_case_template: Path, private_home: Path) -> None:
    document = bundled_document()
    document["events"].append(dict(document["events"][0], uid="ev-extra", participants=[]))
    source = folder.parent / "extended.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    path = bad_files.readonly_file(folder, bundled_case_template)
    before = snapshot(folder, private_home)
    result = cli("import", source, "--into", path)
    assert result.returncode == 1
    line = error_line(result)
    assert str(path) in line and "read-only" in line
    assert_unchanged(before, snapshot(folder, private_home))


# --- bad files through info and check ---------------------------------------------------------------

# What `check` says when it can open the file for inspection and finds the problem inside.
CHECK_WORDS = {"corrupt-page": ("integrity", "damaged")}


@pytest.mark.parametrize("command", ["info", "check"])
@pytest.mark.parametrize("bad", UNOPENABLE, ids=lambda bad: bad.name)
def test_bad_files_fail_with_one_line_and_change_nothing(
    cli, bad: BadFile, command: str, folder: Path, bundled_case_template: Path, private_home: Path
) -> None:
    with prepare(bad, folder, bundled_case_template) as path:
        before = snapshot(folder, private_home)
        result = cli(command, path)
        after = snapshot(folder, private_home)
    assert result.returncode == 1, result.stdout + result.stderr
    line = error_line(result)
    assert str(path) in line
    words = CHECK_WORDS.get(bad.name, bad.words) if command == "check" else bad.words
    for word in words:
        assert word.lower() in line.lower(), f"{word!r} not in {line!r}"
    assert_unchanged(before, after)


@pytest.mark.parametrize("bad", READONLY, ids=lambda bad: bad.name)
def test_readonly_files_work_with_info_and_check(
    cli, bad: BadFile, folder: Path, bundled_case_template: Path, private_home: Path
) -> None:
    with prepare(bad, folder, bundled_case_template) as path:
        before = snapshot(folder, private_home)
        info = cli("info", path)
        check = cli("check", path)
        exported = cli("export", path, "--to", folder.parent / "out.json")
        after = snapshot(folder, private_home)
    assert info.returncode == 0, info.stderr
    assert info_fields(info.stdout)["events"] == str(len(bundled_document()["events"]))
    assert check.returncode == 0, check.stdout + check.stderr
    assert exported.returncode == 0, exported.stderr
    assert_unchanged(before, after)


def test_check_finds_a_stale_search_index(cli, case: Path, folder: Path, private_home: Path) -> None:
    conn = sqlite3.connect(case, isolation_level=None)
    try:
        conn.execute("PRAGMA trusted_schema = ON")
        # Take one event out of the index (as a crash between writes might have) but keep its row.
        conn.execute(
            "INSERT INTO event_fts (event_fts, rowid, title, body, category, display_date) "
            "SELECT 'delete', id, title, body, category, display_date FROM event WHERE uid = 'ev-scale-founded'"
        )
    finally:
        conn.close()
    before = snapshot(folder, private_home)
    result = cli("check", case)
    assert result.returncode == 1
    assert "FAIL  search index: " in result.stdout and "event_fts" in result.stdout
    for name in ("integrity", "foreign keys", "schema", "dates"):
        assert f"ok    {name}: " in result.stdout
    line = error_line(result)
    assert "search index" in line and "event_fts" in line
    assert "schema (" not in line and "integrity (" not in line
    assert_unchanged(before, snapshot(folder, private_home))


def test_check_names_an_extra_trigger(cli, folder: Path, bundled_case_template: Path, private_home: Path) -> None:
    path = bad_files.extra_trigger(folder, bundled_case_template)
    before = snapshot(folder, private_home)
    result = cli("check", path)
    assert result.returncode == 1
    assert f"FAIL  schema: unexpected trigger '{bad_files.EXTRA_TRIGGER}'" in result.stdout
    assert "ok    integrity: " in result.stdout
    line = error_line(result)
    assert f"unexpected trigger '{bad_files.EXTRA_TRIGGER}'" in line
    assert_unchanged(before, snapshot(folder, private_home))


def test_check_finds_a_damaged_page(cli, folder: Path, bundled_case_template: Path) -> None:
    path = bad_files.corrupt_page(folder, bundled_case_template)
    result = cli("check", path)
    assert result.returncode == 1
    assert "FAIL  integrity: the file is damaged" in result.stdout
    lines = result.stdout.splitlines()
    assert len(lines) == 5, lines  # five findings, each on one line
    assert all(line.startswith(("ok    ", "FAIL  ")) for line in lines)
    line = error_line(result)
    assert "integrity (the file is damaged: " in line


# --- screenshots ------------------------------------------------------------------------------------


def test_screenshot_writes_a_png_of_the_asked_size(cli, case: Path, folder: Path, tmp_path: Path) -> None:
    content = case.read_bytes()
    out = tmp_path / "shot.png"
    result = cli(case, "--screenshot", out, "--size", "1024x720")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    data = out.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    assert (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")) == (1024, 720)
    assert case.read_bytes() == content
    assert sorted(p.name for p in folder.iterdir()) == ["scale.case.db"]


@pytest.mark.parametrize("name", ["missing", "text", "truncated", "newer", "extra-view"])
def test_screenshot_of_a_bad_file_fails_with_one_line(
    cli, name: str, folder: Path, tmp_path: Path, bundled_case_template: Path, private_home: Path
) -> None:
    bad = bad_files.BAD_FILES[name]
    out = tmp_path / "shot.png"
    with prepare(bad, folder, bundled_case_template) as path:
        before = snapshot(folder, private_home)
        result = cli(path, "--screenshot", out)
        after = snapshot(folder, private_home)
    assert result.returncode == 1
    line = error_line(result)
    assert str(path) in line
    for word in bad.words:
        assert word.lower() in line.lower()
    assert not out.exists()
    assert_unchanged(before, after)


# --- usage errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["info"],
        ["check", "--deep", "x.case.db"],
        ["new", "x.case.db", "--colour", "red"],
        ["import", str(BUNDLED_JSON)],
        ["import", str(BUNDLED_JSON), "--into", "x.case.db", "--format", "gexf"],
        ["export", "x.case.db"],
        ["--no-such-option"],
        ["x.case.db", "--view", "nowhere"],
    ],
    ids=lambda args: " ".join(Path(a).name if "/" in a else a for a in args),
)
def test_usage_errors_exit_2(cli, args: list[str], tmp_path: Path) -> None:
    names = sorted(p.name for p in tmp_path.iterdir())
    result = cli(*args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "usage: case-explorer" in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == names
