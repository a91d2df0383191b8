"""Start-up benchmark: process start to a painted main window on the bundled case.

    python bench/startup_bench.py [--runs 5] [--baseline OLD_CHECKOUT]

Each run is a fresh interpreter that goes through the app's real entry point
(``explorer.app.main``: settings, translations, the single-instance check, the bundled working
copy, the main window with every panel) and stops when the event loop would start, after the
visible windows have painted. In the same session, and interleaved with it, a *floor* is timed:
a bare PySide6 window holding one pyqtgraph plot, which is what importing Qt, numpy and pyqtgraph
and painting a window cost any app built on them. The last line printed is one JSON object:
``app_s`` and ``floor_s`` (medians, seconds), every run, ``app_minus_floor_s`` (what Case
Explorer itself adds), the CPU seconds of each child (``app_cpu_s``, ``floor_cpu_s``: medians; a
shared machine disturbs them much less than the clock) and the load average when the runs started.
With ``--baseline`` (another checkout, e.g. ``git worktree add /tmp/old HEAD~3``) the app of that
checkout is timed too, interleaved with the others, as ``baseline_s``/``baseline_cpu_s``.

Bytecode is written and used as in an installed app (pip compiles it on install; an editable
install writes it on the first start): ``PYTHONDONTWRITEBYTECODE`` is removed for the children,
and one warm-up run of each child is not counted (it also builds the bundled working copy, and
shows the welcome page of a first start).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_PAINT_AND_STOP = """
def _paint_and_stop(*args):
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.repaint()
    QApplication.processEvents()
    print(time.time())
    return 0
"""

APP_CHILD = (
    "import os, time\n"
    "os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
    "from PySide6.QtWidgets import QApplication\n"
    + _PAINT_AND_STOP
    + "QApplication.exec = _paint_and_stop\n"
    "from explorer.app import main\n"
    "main(['--new-instance'])\n"
)

FLOOR_CHILD = (
    "import os, time\n"
    "os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "import numpy, pyqtgraph\n"
    + _PAINT_AND_STOP
    + "app = QApplication([])\n"
    "window = QMainWindow()\n"
    "window.setCentralWidget(pyqtgraph.PlotWidget())\n"
    "window.resize(1600, 1000)\n"
    "window.show()\n"
    "_paint_and_stop()\n"
)


def _env(repo: Path) -> dict[str, str]:
    env = {**os.environ, "CASE_EXPLORER_HOME": str(REPO / "bench" / ".cache" / "startup-home"), "PYTHONPATH": str(repo)}
    # a desktop-sized screen (offscreen's own is 800 × 800), so the first window opens at its usual size
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={REPO / 'bench' / 'offscreen-screen.json'}"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_child(code: str, repo: Path = REPO) -> tuple[float, float]:
    """Seconds from starting a fresh interpreter on ``code`` (importing from ``repo``) to the time it
    prints after painting, and the CPU seconds the child used in all (which a busy machine disturbs
    much less)."""
    cpu = _children_cpu_s()
    started = time.time()
    result = subprocess.run([sys.executable, "-c", code], env=_env(repo), capture_output=True, text=True, check=True, cwd=repo)
    return float(result.stdout.strip().splitlines()[-1]) - started, _children_cpu_s() - cpu


def measure(runs: int, baseline: Path | None = None) -> dict[str, object]:
    load = os.getloadavg()[0]
    time_child(APP_CHILD)  # warm-up: bytecode, the working copy, the first start's welcome page
    time_child(FLOOR_CHILD)
    if baseline is not None:
        time_child(APP_CHILD, baseline)
    app, floor, old = [], [], []
    for _ in range(runs):
        app.append(time_child(APP_CHILD))
        floor.append(time_child(FLOOR_CHILD))
        if baseline is not None:
            old.append(time_child(APP_CHILD, baseline))

    def median(runs: list[tuple[float, float]], which: int) -> float:
        return round(statistics.median(run[which] for run in runs), 3)

    figures: dict[str, object] = {
        "app_s": median(app, 0),
        "floor_s": median(floor, 0),
        "app_minus_floor_s": round(median(app, 0) - median(floor, 0), 3),
        "app_cpu_s": median(app, 1),
        "floor_cpu_s": median(floor, 1),
        "app_runs_s": [round(wall, 3) for wall, _cpu in app],
        "floor_runs_s": [round(wall, 3) for wall, _cpu in floor],
        "load_average_at_start": round(load, 2),
    }
    if old:
        figures.update(baseline_s=median(old, 0), baseline_cpu_s=median(old, 1), baseline_runs_s=[round(wall, 3) for wall, _cpu in old])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", type=Path, metavar="OLD_CHECKOUT", help="also time the app of this checkout, interleaved")
    args = parser.parse_args()
    print(json.dumps(measure(args.runs, args.baseline)))


if __name__ == "__main__":
    main()
