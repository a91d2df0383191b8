"""``import --progress`` ends its percentage line before anything else is printed: an error, a cancel, Ctrl+C.

The audit saw ``importing ev20k_bad.json: 80%case-explorer: error: events[20000].start_date: …``:
the progress line was ended only at 100 %.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from explorer import cli_commands
from explorer.core import casefile
from explorer.core.interchange.bulk_events import ImportCancelled
from explorer.core.interchange.json_reader import ImportFailure
from tests.cli.conftest import Run, cli_env


def _sheet(path: Path, rows: int, last: str = "") -> Path:
    path.write_text("Year,Month,Day,Headline,Text\n" + "".join(f"{1900 + i % 100},1,1,Event {i},Some text {i}\n" for i in range(rows))
                    + last, encoding="utf-8")
    return path


def test_an_error_starts_a_line_of_its_own(cli: Run, tmp_path: Path) -> None:
    source = _sheet(tmp_path / "ev20k_bad.csv", 20_000, '2021,2,30,Bad,"never closed\n')
    result = cli("import", source, "--into", tmp_path / "new.case.db", "--progress")
    assert result.returncode == 1, result.stderr
    *_, progress, error = result.stderr.splitlines()  # (the run's text mode reads each "\r" as a line end)
    assert progress.startswith("importing ev20k_bad.csv: ") and progress.endswith("%"), result.stderr
    assert error == f"case-explorer: error: {source}: line 20002, column E ('Text'): a quote opened here is never closed " \
                    "(so every later line would be read as part of this cell)"
    assert not (tmp_path / "new.case.db").exists()


def test_a_finished_import_prints_its_line_once(cli: Run, tmp_path: Path) -> None:
    result = cli("import", _sheet(tmp_path / "good.csv", 20_000), "--into", tmp_path / "new.case.db", "--progress")
    assert result.returncode == 0, result.stderr
    assert result.stderr.endswith("importing good.csv: 100%\n") and "\n\n" not in result.stderr
    assert result.stdout.startswith("created ")


def _import_stopping_with(error: BaseException, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                          tmp_path: Path) -> str:
    """Stderr of ``import --progress`` when the import reports 50 % and then raises ``error``."""

    def stopping(source: Path, target: Path, format: str | None, progress: object, csv: object) -> None:
        progress(1, 2)  # type: ignore[operator]
        raise error

    monkeypatch.setattr(casefile, "import_into", stopping)
    source = _sheet(tmp_path / "s.csv", 1)
    try:
        code = cli_commands.run_command(["import", str(source), "--into", str(tmp_path / "c.case.db"), "--progress"])
    except KeyboardInterrupt:
        code = None
    return f"{code}|{capsys.readouterr().err}"


@pytest.mark.parametrize(("error", "printed"), [
    (ImportCancelled(), "1|\rimporting s.csv: 50%\ncase-explorer: error: the import was cancelled; the case is unchanged\n"),
    (ImportFailure("line 7", "is wrong"), "1|\rimporting s.csv: 50%\ncase-explorer: error: line 7: is wrong\n"),
    (KeyboardInterrupt(), "130|\rimporting s.csv: 50%\ncase-explorer: stopped by Ctrl+C\n"),  # one line, no traceback
])
def test_a_stopped_import_ends_the_progress_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, error: BaseException, printed: str,
) -> None:
    assert _import_stopping_with(error, capsys, monkeypatch, tmp_path) == printed


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT is how Ctrl+C reaches a process on POSIX")
def test_ctrl_c_during_an_import_starts_a_new_line_and_changes_nothing(private_home: Path, tmp_path: Path) -> None:
    source = _sheet(tmp_path / "big.csv", 300_000)
    target = tmp_path / "existing.case.db"
    casefile.new_case(target, "Existing")
    before = target.read_bytes()
    process = subprocess.Popen(
        [sys.executable, "-m", "explorer", "import", str(source), "--into", str(target), "--progress"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**cli_env(private_home), "CASE_EXPLORER_IMPORT_WORKER": "0"},
        cwd=tmp_path,
    )
    assert process.stderr is not None
    seen = b""
    deadline = time.monotonic() + 60
    while b"%" not in seen and time.monotonic() < deadline:  # the first percentage: the import is under way
        seen += os.read(process.stderr.fileno(), 1)
    os.kill(process.pid, signal.SIGINT)
    _, rest = process.communicate(timeout=120)
    stderr = (seen + rest).decode()
    assert process.returncode == 130, stderr
    assert "created" not in stderr and "Traceback" not in stderr
    *_, last = re.finditer(r"\rimporting big\.csv: \d+%", stderr)
    assert stderr[last.end():] == "\ncase-explorer: stopped by Ctrl+C\n", stderr  # on a line of its own
    assert target.read_bytes() == before
