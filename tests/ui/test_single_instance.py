"""One app per user: a second start hands its case to the running app, which opens it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from explorer import single_instance
from explorer.core.casefile import new_case
from explorer.single_instance import InstanceServer, send_to_running, server_name

CLIENT = "import sys; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); " \
         "from explorer.single_instance import send_to_running; " \
         "sys.exit(0 if send_to_running(sys.argv[2] or None, sys.argv[1]) else 3)"


def _client(name: str, path: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CLIENT, name, path], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_server_name_is_per_user_and_data_folder(private_home, monkeypatch, tmp_path):
    first = server_name()
    assert first.startswith("case-explorer-") and first == server_name()
    monkeypatch.setenv("CASE_EXPLORER_HOME", str(tmp_path / "other"))
    assert server_name() != first


def test_nobody_running_answers_false_quickly(qapp, private_home):
    started = time.perf_counter()
    assert send_to_running(Path("x.case.db"), name=f"{server_name()}-absent") is False
    assert time.perf_counter() - started < 1.5


def test_server_receives_the_path_and_answers(qtbot, private_home, tmp_path):
    name = f"{server_name()}-test"
    server = InstanceServer(name)
    assert server.listen()
    received: list[object] = []
    server.path_received.connect(received.append)
    target = tmp_path / "wanted.case.db"
    client = _client(name, str(target))
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=15000)
    assert client.returncode == 0  # the client heard "ok"
    assert received == [target.resolve()]
    client = _client(name, "")  # no case: just come forward
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=15000)
    assert client.returncode == 0 and received[-1] is None
    server.close()


def test_serve_opens_and_raises(qtbot, private_home, tmp_path):
    opened, raised = [], []
    server = single_instance.serve(opened.append, lambda: raised.append(True), name=f"{server_name()}-serve")
    assert server is not None
    client = _client(server.name, str(tmp_path / "b.case.db"))
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=15000)
    assert opened == [(tmp_path / "b.case.db").resolve()] and raised == [True]
    server.close()


@pytest.mark.timeout(120)
def test_second_start_hands_its_case_to_the_running_app(qapp, tmp_path, private_home):
    first_case, second_case = tmp_path / "first.case.db", tmp_path / "second.case.db"
    new_case(first_case)
    new_case(second_case)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASE_EXPLORER_HOME": str(private_home)}
    running = subprocess.Popen([sys.executable, "-m", "explorer", str(first_case)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not send_to_running(None):  # wait until the first app listens
            assert running.poll() is None, running.stderr.read().decode()
            assert time.monotonic() < deadline
            time.sleep(0.3)
        second = subprocess.run([sys.executable, "-m", "explorer", str(second_case)], env=env,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "running Case Explorer opens it" in second.stdout
        settings = private_home / "settings" / "Case Explorer" / "case-explorer.ini"
        deadline = time.monotonic() + 30
        while not (settings.is_file() and "second.case.db" in settings.read_text(errors="replace")):
            assert time.monotonic() < deadline, "the running app did not open the handed-over case"
            time.sleep(0.3)
    finally:
        running.terminate()
        running.wait(timeout=30)


LIGHT_CLIENT = "import sys; from explorer.single_instance import send_to_running; " \
               "heavy = sorted({'numpy', 'pyqtgraph', 'PySide6.QtWidgets', 'explorer.core.store'} & set(sys.modules)); " \
               "sys.exit(4 if heavy else 0 if send_to_running(sys.argv[2] or None, sys.argv[1]) else 3)"


def test_a_second_start_can_hand_over_before_any_heavy_import(qtbot, private_home, tmp_path):
    """The hand-over needs no QApplication and none of the app's heavy modules: a start that calls
    it first is done in a fraction of a second (bench/handover_bench.py measures it)."""
    name = f"{server_name()}-light"
    server = InstanceServer(name)
    assert server.listen()
    received: list[object] = []
    server.path_received.connect(received.append)
    client = subprocess.Popen([sys.executable, "-c", LIGHT_CLIENT, name, str(tmp_path / "c.case.db")],
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=15000)
    assert client.returncode == 0  # 4: numpy, pyqtgraph, widgets or the store came with single_instance
    assert received == [(tmp_path / "c.case.db").resolve()]
    server.close()
