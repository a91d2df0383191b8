"""Hand-over benchmark: how long a second start takes to give its case to the running app.

    python bench/handover_bench.py [--runs 5]

A first app is started on a copy of the bundled case (offscreen, its own data folder) and left
running. Then, interleaved, each run times (wall clock, process start to exit):

* ``second_start_s``: ``python -m explorer CASE``, the real second start, which hands the case
  over and exits;
* ``light_client_s``: a process that only imports ``explorer.single_instance`` and calls
  ``send_to_running`` (what a second start would cost if it handed over before anything else);
* ``python_s``: ``python -c pass``, the interpreter's own start.

The last line printed is one JSON object with the medians, every run and the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHT = "import sys; from explorer.single_instance import send_to_running; " \
        "sys.exit(0 if send_to_running(sys.argv[1]) else 3)"


def _timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{command[:3]} failed with {done.returncode}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="handover-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASE_EXPLORER_HOME": str(home)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    built = subprocess.run([sys.executable, "-c", "from explorer.core.casefile import ensure_working_copy as w; print(w())"],
                           env=env, cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    case = home / "other.case.db"
    shutil.copy(built, case)
    first = subprocess.Popen([sys.executable, "-m", "explorer", str(case)], env=env, cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while subprocess.run([sys.executable, "-c", LIGHT, str(case)], env=env, cwd=ROOT, check=False).returncode != 0:
            if time.monotonic() > deadline or first.poll() is not None:
                raise SystemExit("the first app did not start listening")
            time.sleep(0.5)
        load = os.getloadavg()[0]
        runs: dict[str, list[float]] = {"second_start_s": [], "light_client_s": [], "python_s": []}
        for _run in range(args.runs):
            runs["second_start_s"].append(_timed([sys.executable, "-m", "explorer", str(case)], env))
            runs["light_client_s"].append(_timed([sys.executable, "-c", LIGHT, str(case)], env))
            runs["python_s"].append(_timed([sys.executable, "-c", "pass"], env))
        medians = {key: round(statistics.median(values), 3) for key, values in runs.items()}
        for key, value in medians.items():
            print(f"{key:>16}: {value:.3f} s")
        print(json.dumps({**medians, "runs": {k: [round(v, 3) for v in vs] for k, vs in runs.items()}, "load": load}))
    finally:
        first.terminate()
        first.wait(10)
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
