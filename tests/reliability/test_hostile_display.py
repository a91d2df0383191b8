"""Hostile cases shown in the real main window (offscreen, in a child process): nothing fetched,
no local file opened, no crash or hang, and nothing on disk changed.

Remote addresses point at a local HTTP server that records every request; ``file://`` links and
images point at a FIFO, which anything opening it to read would wait on for ever, so a look at a
local file shows up as a hang (the child runs under a timeout).
"""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from tests.reliability import hostile_files
from tests.reliability.bad_files import snapshot

REPO = Path(__file__).resolve().parents[2]
TIMEOUT_S = 240


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def do_HEAD(self) -> None:
        self.do_GET()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    recorder = type("Recorder", (_Recorder,), {"requests": []})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", recorder.requests
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def watched_fifo(tmp_path: Path) -> Iterator[tuple[Path, list[float]]]:
    """A FIFO standing for a private local file, and the times anything opened it to read.

    A reader's open() waits for a writer; a thread keeps trying to open the FIFO for writing
    without blocking, which succeeds only while a reader waits, then closes it (the reader sees
    an empty file and goes on), so an open is recorded instead of hanging the window.
    """
    fifo = tmp_path / "secret-fifo"
    os.mkfifo(fifo)
    opened: list[float] = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            try:
                descriptor = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:
                time.sleep(0.005)
                continue
            opened.append(time.monotonic())
            os.close(descriptor)
            time.sleep(0.05)

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    try:
        yield fifo, opened
    finally:
        stop.set()
        thread.join()


def show(cases: list[Path], tmp_path: Path, home: Path, timeout: float = TIMEOUT_S) -> list[dict]:
    """Show each case in the window in a child process; one result per case, in order."""
    out = tmp_path / "shown.jsonl"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASE_EXPLORER_HOME": str(home), "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-m", "tests.reliability.display_child", str(out), *map(str, cases)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout,
    )
    shown = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    assert done.returncode == 0 and len(shown) == len(cases), done.stderr[-3000:]
    for case, result in zip(cases, shown, strict=True):
        assert result["case"] == str(case) and result["events"] >= 13 and result["rendered"], result
    return shown


def make_cases(makers: dict, tmp_path: Path, template: Path) -> list[Path]:
    cases = []
    for name, make in makers.items():
        folder = tmp_path / name
        folder.mkdir()
        cases.append(make(folder, template))
    return cases


WINDOW_ATTACKS = {
    "quick": {"invalid-utf8": hostile_files.invalid_utf8, "absurd-values": hostile_files.absurd_values},
    # once 98 s (the detail pane's wrapping of long unbroken runs), a soak test; about 8 s since the
    # pane bounds what it lays out (test_hostile_detail)
    "deep-nesting": {"deep-nesting": hostile_files.deep_nesting},
}


@pytest.mark.parametrize("group", ["quick", "deep-nesting"])
def test_hostile_content_shows_in_the_window_without_harm(
    group: str, tmp_path: Path, bundled_case_template: Path, private_home: Path, record_figure
) -> None:
    makers = WINDOW_ATTACKS[group]
    cases = make_cases(makers, tmp_path, bundled_case_template)
    before = {case: snapshot(case.parent) for case in cases}
    for result in show(cases, tmp_path, private_home):
        case = Path(result["case"])
        assert snapshot(case.parent) == before[case], f"{case.parent.name}: the files changed"
        assert result["first_detail"], "the detail pane showed nothing"
        record_figure("hostile-file", name=f"window:{case.parent.name}", tried=1, executed=0, changed=0,
                      open_s=result["opened_s"], shown_s=result["total_s"])


def test_remote_images_and_file_links_are_never_fetched_or_opened(
    server: tuple[str, list[str]], watched_fifo: tuple[Path, list[float]], tmp_path: Path, bundled_case_template: Path,
    private_home: Path, record_figure,
) -> None:
    url, requests = server
    fifo, opened = watched_fifo
    (case,) = make_cases({"links": hostile_files.remote_and_local_links(url, fifo)}, tmp_path, bundled_case_template)
    before = snapshot(case.parent)
    show([case], tmp_path, private_home)
    assert snapshot(case.parent) == before
    assert requests == [], f"the window fetched {requests[:5]}"
    assert opened == [], f"the window opened the local file {fifo} {len(opened)} times"
    record_figure("hostile-file", name="window:links", tried=1, executed=0, changed=0, fetched=0, opened=0)


def test_event_times_of_the_wrong_type_do_not_stop_the_window(
    tmp_path: Path, bundled_case_template: Path, private_home: Path, record_figure
) -> None:
    (case,) = make_cases({"mistyped-times": hostile_files.mistyped_times}, tmp_path, bundled_case_template)
    before = snapshot(case.parent)
    show([case], tmp_path, private_home)
    assert snapshot(case.parent) == before
    record_figure("hostile-file", name="window:mistyped-times", tried=1, executed=0, changed=0)
