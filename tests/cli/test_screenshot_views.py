"""--screenshot renders each view offscreen without touching the user's settings."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize(("view", "size"), [("main", "1400x950"), ("timeline", "1400x950"), ("timeline", "1600x1000")])
def test_each_view_renders_to_png_of_the_asked_size(view: str, size: str, bundled_case: Path, tmp_path: Path) -> None:
    """The timeline is drawn on its own at --size (it was once the 916x523 the window's docks left it at 1600x1000)."""
    home = tmp_path / "home"
    out = tmp_path / f"{view}.png"
    env = {**os.environ, "CASE_EXPLORER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "explorer", str(bundled_case), "--screenshot", str(out), "--view", view, "--size", size],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {out}"  # no note: nothing kept it from the size asked for
    width, height = (int(n) for n in size.split("x"))
    assert _png_size(out) == (width, height)  # (main: larger than the window's smallest size with every panel docked)
    settings = home / "settings"
    assert not any(p.name.endswith(".conf") and "geometry" in p.read_text() for p in settings.rglob("*") if p.is_file())


# --- the relationship graph and presenter slides, drawn without a window ------------------------------


def _shoot(home: Path, *args: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CASE_EXPLORER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "explorer", *map(str, args)], capture_output=True, text=True, env=env, timeout=120)


def _inked(path: Path) -> float:
    """The share of pixels (sampled on a grid) that differ from the top-left corner's colour."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull()
    background = image.pixel(0, 0)
    samples = [image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)]
    return sum(1 for pixel in samples if pixel != background) / len(samples)


def _dark_share(path: Path) -> float:
    """The share of pixels (sampled on a grid) that are nearly black."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull()
    samples = [image.pixelColor(x, y).lightness() for x in range(0, image.width(), 8) for y in range(0, image.height(), 8)]
    return sum(1 for lightness in samples if lightness < 50) / len(samples)


def _one_error(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    if code == 2:
        assert "usage: case-explorer" in result.stderr
        return result.stderr.strip().splitlines()[-1]
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("case-explorer: error: "), result.stderr
    return lines[0]


def test_relationships_view_on_a_date(bundled_case: Path, tmp_path: Path) -> None:
    home, content = tmp_path / "home", bundled_case.read_bytes()
    shots = {}
    for name, extra in {
        "june": ["--as-of", "14 June 2025"],
        "known": ["--as-of", "2025-06-14", "--known"],
        "early": ["--as-of", "2016", "--theme", "dark"],
    }.items():
        out = tmp_path / f"{name}.png"
        result = _shoot(home, bundled_case, "--screenshot", out, "--view", "relationships", "--size", "1000x700", *extra)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"wrote {out}" and result.stderr == ""
        assert _png_size(out) == (1000, 700)
        assert _inked(out) > 0.02  # a graph, not an empty canvas
        shots[name] = out.read_bytes()
    assert len(set(shots.values())) == 3  # the date and the clock change the picture
    assert bundled_case.read_bytes() == content


def test_presenter_view_of_a_step(bundled_case: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    first, third = tmp_path / "first.png", tmp_path / "third.png"
    assert _shoot(home, bundled_case, "--screenshot", first, "--view", "presenter", "--size", "960x540").returncode == 0
    result = _shoot(home, bundled_case, "--screenshot", third, "--view", "presenter", "--step", "3", "--size", "960x540",
                    "--tour", "Important events", "--theme", "contrast")
    assert result.returncode == 0, result.stderr
    for out in (first, third):
        assert _png_size(out) == (960, 540)
        assert _inked(out) > 0.05
    assert first.read_bytes() != third.read_bytes()


def test_screenshot_errors_are_one_line_and_write_nothing(bundled_case: Path, tmp_path: Path) -> None:
    home, out = tmp_path / "home", tmp_path / "shots" / "out.png"
    out.parent.mkdir()
    line = _one_error(_shoot(home, bundled_case, "--screenshot", out, "--view", "presenter", "--step", "99"))
    assert "there is no step 99" in line
    line = _one_error(_shoot(home, bundled_case, "--screenshot", out, "--view", "presenter", "--tour", "Nope"))
    assert "no tour called 'Nope'" in line
    missing = tmp_path / "nowhere" / "out.png"
    for view in ("relationships", "main"):
        line = _one_error(_shoot(home, bundled_case, "--screenshot", missing, "--view", view))
        assert str(missing) in line and "does not exist" in line
    line = _one_error(_shoot(home, bundled_case, "--screenshot", out.parent, "--view", "presenter"))
    assert "is a folder" in line
    assert list(out.parent.iterdir()) == [] and not missing.parent.exists()


def test_the_contrast_theme_renders_every_view(bundled_case: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    for view in ("main", "timeline", "relationships", "presenter"):
        out = tmp_path / f"{view}-contrast.png"
        result = _shoot(home, bundled_case, "--screenshot", out, "--view", view, "--theme", "contrast", "--size", "1000x700")
        assert result.returncode == 0, result.stderr
        assert _dark_share(out) > 0.5, view  # the contrast theme's black ground


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--view", "relationships", "--as-of", "30 February 2025"], "'30 February 2025' is not a date: 30 February 2025 does not exist"),
        (["--view", "relationships", "--as-of", "soon"], "'soon' is not a date"),
        (["--view", "main", "--as-of", "2025"], "--as-of is for --view relationships, not --view main"),
        (["--view", "timeline", "--step", "2"], "--step is for --view presenter"),
        (["--view", "presenter", "--step", "0"], "0 is not a step number"),
        (["--size", "big"], "'big' is not WIDTHxHEIGHT"),
    ],
)
def test_screenshot_usage_errors(bundled_case: Path, tmp_path: Path, args: list[str], words: str) -> None:
    out = tmp_path / "out.png"
    message = _one_error(_shoot(tmp_path / "home", bundled_case, "--screenshot", out, *args), code=2)
    assert words in message
    assert not out.exists()


def test_view_options_need_a_screenshot(bundled_case: Path, tmp_path: Path) -> None:
    message = _one_error(_shoot(tmp_path / "home", bundled_case, "--view", "relationships", "--as-of", "2025"), code=2)
    assert "--as-of is for --screenshot --view relationships" in message


def test_a_main_window_smaller_than_it_can_be_says_so(bundled_case: Path, tmp_path: Path) -> None:
    out = tmp_path / "small.png"
    result = _shoot(tmp_path / "home", bundled_case, "--screenshot", out, "--size", "400x300")
    assert result.returncode == 0, result.stderr
    width, height = _png_size(out)
    assert width > 400 and height > 300
    assert result.stdout.strip() == f"wrote {out} ({width}x{height}: the window would not shrink to 400x300 with its panels)"
