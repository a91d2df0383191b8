"""Exports drawn with Qt, run offscreen from the command line: a tour's slides (a PDF or a folder
of PNGs) and the case brief (Markdown, HTML, PDF). Failures leave nothing half-written."""

from __future__ import annotations

import html
import json
import re
import struct
from pathlib import Path

import pytest

from tests.cli.conftest import Run, listing, one_error_line, usage_error

REPO = Path(__file__).resolve().parents[2]
BUNDLED = json.loads((REPO / "db" / "cases" / "scale-ai-2025.json").read_text(encoding="utf-8"))
DEFAULT_TOUR = next(tour for tour in BUNDLED["tours"] if tour.get("is_default"))
IMPORTANT = [event for event in BUNDLED["events"] if event.get("importance") == 3]


def pdf_pages(path: Path) -> int:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


# --- slides -----------------------------------------------------------------------------------------


def test_slides_pdf_has_a_page_for_each_step_of_the_default_tour(cli: Run, case: Path, folder: Path) -> None:
    out = folder / "talk.pdf"
    content = case.read_bytes()
    result = cli("export", case, "--to", out, "--format", "slides")
    assert result.returncode == 0, result.stderr
    steps = len(DEFAULT_TOUR["steps"])
    assert result.stdout.strip() == f'exported {steps} slides of the tour "{DEFAULT_TOUR["title"]}" to {out} (a PDF)'
    assert result.stderr == ""
    assert pdf_pages(out) == steps
    assert case.read_bytes() == content
    assert listing(folder) == ["scale.case.db", "talk.pdf"]


def test_slides_as_png_images_of_a_named_tour(cli: Run, case: Path, folder: Path) -> None:
    out = folder / "slides"
    result = cli("export", case, "--to", out, "--format", "slides", "--tour", "important EVENTS", "--size", "960x540",
                 "--theme", "dark")
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"step-{n:02d}.png" for n in range(1, len(IMPORTANT) + 1)]
    assert all(png_size(out / name) == (960, 540) for name in names)
    # again into the same folder with a shorter tour: the older step images beyond it go
    (out / "mine.txt").write_text("kept")
    result = cli("export", case, "--to", out, "--format", "slides", "--tour", DEFAULT_TOUR["title"], "--size", "640x360")
    assert result.returncode == 0, result.stderr
    steps = len(DEFAULT_TOUR["steps"])
    assert sorted(p.name for p in out.iterdir()) == sorted([f"step-{n:02d}.png" for n in range(1, steps + 1)] + ["mine.txt"])
    assert png_size(out / "step-01.png") == (640, 360)
    assert listing(folder) == ["scale.case.db", "slides", *(f"slides/{n}" for n in sorted(p.name for p in out.iterdir()))]


def test_slides_errors_are_one_line_and_write_nothing(cli: Run, case: Path, folder: Path) -> None:
    before = listing(folder)
    line = one_error_line(cli("export", case, "--to", folder / "t.pdf", "--format", "slides", "--tour", "No such talk"))
    assert "no tour called 'No such talk'" in line and DEFAULT_TOUR["title"] in line
    line = one_error_line(cli("export", case, "--to", folder / "missing" / "t.pdf", "--format", "slides"))
    assert "missing" in line and "does not exist" in line
    line = one_error_line(cli("export", case, "--to", case, "--format", "slides"))
    assert "is a file" in line or "refusing" in line
    assert listing(folder) == before


def _unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process cannot create files in (/proc when running as root)."""
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        (locked / ".probe").write_text("")
    except OSError:
        return locked
    (locked / ".probe").unlink()
    locked.chmod(0o700)
    if Path("/proc/self").is_dir():
        return Path("/proc")
    pytest.skip("no folder here that cannot be written")


def _lasting_names(folder: Path) -> list[str]:
    """What is in a folder, less /proc's process entries, which come and go with other programs."""
    return sorted(p.name for p in folder.iterdir() if not (folder == Path("/proc") and p.name.isdigit()))


@pytest.mark.parametrize("name", ["talk.pdf", "slides"])
def test_slides_to_a_folder_it_cannot_write(cli: Run, case: Path, tmp_path: Path, name: str) -> None:
    locked = _unwritable_folder(tmp_path)
    before = _lasting_names(locked)
    try:
        line = one_error_line(cli("export", case, "--to", locked / name, "--format", "slides"))
        assert line.startswith(f"case-explorer: error: {locked / name}: cannot be written (")
        assert _lasting_names(locked) == before
    finally:
        if locked != Path("/proc"):
            locked.chmod(0o700)


# --- the brief --------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["brief-md", "brief-html"])
def test_brief_text_formats_hold_every_event_title(cli: Run, case: Path, folder: Path, fmt: str) -> None:
    out = folder / ("brief.md" if fmt == "brief-md" else "brief.html")
    result = cli("export", case, "--to", out, "--format", fmt, "--as-of", "14 June 2025")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    text = out.read_text(encoding="utf-8")
    for event in BUNDLED["events"]:
        assert (event["title"] if fmt == "brief-md" else html.escape(event["title"])) in text
    assert "14 June 2025" in text
    if fmt == "brief-md":
        picture = folder / "brief.timeline.png"
        assert "](brief.timeline.png)" in text
        assert png_size(picture)[0] > 300
        assert listing(folder) == ["brief.md", "brief.timeline.png", "scale.case.db"]
    else:
        assert "data:image/png;base64," in text  # the HTML stands alone
        assert listing(folder) == ["brief.html", "scale.case.db"]


def test_brief_pdf(cli: Run, case: Path, folder: Path) -> None:
    out = folder / "brief.pdf"
    result = cli("export", case, "--to", out, "--format", "brief-pdf")
    assert result.returncode == 0, result.stderr
    assert pdf_pages(out) >= 2
    assert listing(folder) == ["brief.pdf", "scale.case.db"]


def test_brief_errors_write_nothing(cli: Run, case: Path, folder: Path) -> None:
    before = listing(folder)
    line = one_error_line(cli("export", case, "--to", folder / "none" / "b.md", "--format", "brief-md"))
    assert "does not exist" in line
    line = one_error_line(cli("export", case, "--to", folder, "--format", "brief-html"))
    assert "is a folder" in line
    message = usage_error(cli("export", case, "--to", folder / "b.pdf", "--format", "brief-pdf", "--as-of", "31 June 2025"))
    assert "'31 June 2025' is not a date" in message and "does not exist" in message
    assert listing(folder) == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--format", "native", "--as-of", "2025"], "--as-of is for the brief"),
        (["--format", "brief-md", "--tour", "x"], "--tour is for --format slides"),
        (["--theme", "dark"], "--theme is for --format slides, not --format native"),
        (["--format", "slides", "--size", "10x10"], "'10x10' is out of range"),
        (["--format", "slides", "--theme", "neon"], "invalid choice: 'neon'"),
    ],
)
def test_options_for_another_format_are_usage_errors(cli: Run, case: Path, folder: Path, args: list[str], words: str) -> None:
    before = listing(folder)
    message = usage_error(cli("export", case, "--to", folder / "out.file", *args))
    assert words in message
    assert listing(folder) == before


def test_help_lists_the_new_formats(cli: Run) -> None:
    result = cli("export", "--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    for word in ("notes", "slides", "brief-md", "brief-html", "brief-pdf", "--as-of DATE", "--tour NAME", "--notes-only"):
        assert word in text
    assert "notes file" in " ".join(cli("import", "--help").stdout.split())
    assert "--view presenter --step 3" in cli("--help").stdout
