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


@pytest.mark.parametrize("view", ["main", "timeline"])
def test_each_view_renders_to_png(view: str, bundled_case: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    out = tmp_path / f"{view}.png"
    env = {**os.environ, "CASE_EXPLORER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "explorer", str(bundled_case), "--screenshot", str(out), "--view", view, "--size", "1200x800"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    width, height = _png_size(out)
    if view == "main":
        assert (width, height) == (1200, 800)
    else:
        assert 600 < width < 1200 and 300 < height < 800  # the timeline panel inside the window
    settings = home / "settings"
    assert not any(p.name.endswith(".conf") and "geometry" in p.read_text() for p in settings.rglob("*") if p.is_file())
