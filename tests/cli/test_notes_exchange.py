"""Notes through the command line: ``export --format notes`` / ``--notes-only`` and ``import``
recognising a notes file by its content and merging it into an existing case."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Run, listing, one_error_line, usage_error

REPO = Path(__file__).resolve().parents[2]
BUNDLED_JSON = REPO / "db" / "cases" / "scale-ai-2025.json"


def _notes(path: Path) -> list[dict]:
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "case-explorer-notes"
    return sorted(document["notes"], key=lambda note: note["uid"])


def test_notes_round_trip_through_a_new_case(cli: Run, case: Path, folder: Path) -> None:
    exported = folder / "notes.json"
    result = cli("export", case, "--to", exported, "--notes-only")
    assert result.returncode == 0, result.stderr
    expected = len(json.loads(BUNDLED_JSON.read_text(encoding="utf-8"))["notes"])
    assert result.stdout.strip() == f"exported {expected} notes of {case} to {exported} (notes)"
    notes = _notes(exported)
    assert len(notes) == expected > 0

    without_notes = folder / "story.json"  # the same story without its notes
    story = json.loads(BUNDLED_JSON.read_text(encoding="utf-8"))
    story["notes"] = []
    without_notes.write_text(json.dumps(story), encoding="utf-8")
    other = folder / "other.case.db"
    assert cli("import", without_notes, "--into", other).returncode == 0
    # a notes file is recognised by what it holds, whatever it is called
    renamed = folder / "from-a-colleague.data"
    renamed.write_bytes(exported.read_bytes())
    result = cli("import", renamed, "--into", other)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"merged notes from {renamed} into {other}: {expected} added"

    again = folder / "again.json"
    assert cli("export", other, "--to", again, "--format", "notes").returncode == 0
    assert _notes(again) == notes

    result = cli("import", exported, "--into", other)  # merging the same notes twice changes nothing
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(f": {expected} unchanged")


def test_format_notes_takes_the_notes_of_another_case_file(cli: Run, case: Path, folder: Path) -> None:
    empty = folder / "empty.case.db"
    assert cli("new", empty).returncode == 0
    result = cli("import", case, "--into", empty, "--format", "notes")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(" added")
    out = folder / "n.json"
    assert cli("export", empty, "--to", out, "--notes-only").returncode == 0
    original = folder / "o.json"
    assert cli("export", case, "--to", original, "--notes-only").returncode == 0
    assert _notes(out) == _notes(original)


def test_notes_need_an_existing_case(cli: Run, case: Path, folder: Path) -> None:
    exported = folder / "notes.json"
    assert cli("export", case, "--to", exported, "--notes-only").returncode == 0
    before = listing(folder)
    line = one_error_line(cli("import", exported, "--into", folder / "missing.case.db"))
    assert "missing.case.db: does not exist" in line
    assert listing(folder) == before


def test_a_bad_notes_file_changes_nothing(cli: Run, case: Path, folder: Path) -> None:
    exported = folder / "notes.json"
    assert cli("export", case, "--to", exported, "--notes-only").returncode == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["notes"][0]["body"] = "changed"
    document["notes"][-1]["target_kind"] = "planet"
    exported.write_text(json.dumps(document), encoding="utf-8")
    content = case.read_bytes()
    line = one_error_line(cli("import", exported, "--into", case))
    assert "target_kind" in line
    assert case.read_bytes() == content


def test_notes_export_errors(cli: Run, case: Path, folder: Path) -> None:
    before = listing(folder)
    line = one_error_line(cli("export", case, "--to", folder / "no" / "notes.json", "--notes-only"))
    assert "does not exist" in line
    line = one_error_line(cli("export", case, "--to", case, "--notes-only"))
    assert "refusing to overwrite the case file" in line
    message = usage_error(cli("export", case, "--to", folder / "x.json", "--notes-only", "--format", "csv"))
    assert "--notes-only" in message
    assert listing(folder) == before
