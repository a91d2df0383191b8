"""Fixtures for running the command line as a separate process (shared by the CLI test modules)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


def cli_env(home: Path) -> dict[str, str]:
    """The environment of a CLI run: a private data folder, no display needed, no bytecode written."""
    return {**os.environ, "CASE_EXPLORER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}


@pytest.fixture
def cli(private_home: Path, tmp_path: Path) -> Run:
    """Run ``python -m explorer ARGS`` in a fresh process; returns the CompletedProcess."""

    def run(*args: object, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "explorer", *map(str, args)],
            capture_output=True, text=True, env=cli_env(private_home), cwd=tmp_path, timeout=timeout,
        )

    return run


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "work"
    path.mkdir()
    return path


@pytest.fixture
def case(folder: Path, bundled_case_template: Path) -> Path:
    """A copy of the bundled case, alone in ``folder``."""
    path = folder / "scale.case.db"
    path.write_bytes(bundled_case_template.read_bytes())
    return path


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The one line a failed command printed on stderr (exit 1, no traceback)."""
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {result.stderr!r}"
    assert lines[0].startswith("case-explorer: error: "), lines[0]
    return lines[0]


def usage_error(result: subprocess.CompletedProcess[str]) -> str:
    """The message of a usage error (exit 2, usage shown, no traceback)."""
    assert result.returncode == 2, result.stdout + result.stderr
    assert "usage: case-explorer" in result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr.strip().splitlines()[-1]


def listing(path: Path) -> list[str]:
    """Every file and folder under ``path``, relative, sorted (hidden ones too)."""
    return sorted(str(p.relative_to(path)) for p in path.rglob("*"))
