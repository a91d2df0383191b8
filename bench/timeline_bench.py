"""Timeline benchmark: open a generated case in the real main window offscreen and time it.

    python bench/timeline_bench.py --events 1000000 [--seed 1] [--case PATH] [--frames-only]

Generates the case once (cached under bench/.cache/), then measures in one run:
- open_to_first_paint_s: from opening the file to the main window's first complete paint;
- frame_p50_ms / frame_p95_ms: a fixed script of zooms from the whole range down to one day,
  with pans at every level, each frame forced to paint;
- naive_frame_p95_ms: the same script on a plain pyqtgraph ScatterPlotItem holding every event;
- search_first_page_ms: query to first page of results for a common, a mid and a rare word;
- rss_mb: peak resident memory of the app (measured before the naive baseline runs).
The last line printed is one JSON object with these figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from explorer import pyqtgraph_import, pyside_import  # noqa: E402  (Qt and pyqtgraph imported as the app does)

pyside_import.import_pyside()
pyqtgraph_import.import_pyqtgraph()

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from explorer.core.casefile import build_case, open_case  # noqa: E402
from explorer.core.generate import generate_case  # noqa: E402
from explorer.ui.main_window import MainWindow  # noqa: E402
from explorer.ui.search.worker import first_page_ms  # noqa: E402
from explorer.ui.settings import use_data_folder  # noqa: E402

WINDOW = (1600, 1000)
ZOOM_STEP = 4.0  # each level shows a quarter of the previous one
PANS_PER_LEVEL = 10
SEARCH_WORDS = {"common": "reports", "mid": "neutrality", "rare": "zephyrine"}


def case_for(events: int, seed: int, folder: Path) -> Path:
    path = folder / f"timeline-{events}-s{seed}.case.db"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        build_case(path, lambda store: generate_case(store, events, seed=seed))
        print(f"generated {path.name} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def script(start: float, end: float, centre: float) -> list[tuple[float, float]]:
    """Visible ranges: the whole case, then zooming in by ZOOM_STEP down to one day, panning at each level."""
    frames = []
    width = end - start
    while True:
        left = centre - width / 2
        frames.append((left, left + width))
        for pan in range(1, PANS_PER_LEVEL + 1):
            shift = width * 0.1 * (pan if pan <= PANS_PER_LEVEL // 2 else PANS_PER_LEVEL // 2 - pan)
            frames.append((left + shift, left + shift + width))
        if width <= 86_400:
            return frames
        width = max(width / ZOOM_STEP, 86_400)


def per_level(frames: list[tuple[float, float]], times: list[float]) -> dict[str, float]:
    """p95 frame time for each zoom level, keyed by the level's width ("25106d")."""
    levels: dict[str, list[float]] = {}
    for (x0, x1), took in zip(frames, times, strict=True):
        levels.setdefault(f"{(x1 - x0) / 86_400:.0f}d", []).append(took)
    return {width: round(float(np.percentile(values, 95)), 1) for width, values in levels.items()}


def time_frames(set_range, repaint, frames: list[tuple[float, float]]) -> list[float]:
    times = []
    for x0, x1 in frames:
        started = time.perf_counter()
        set_range(x0, x1)
        repaint()
        times.append((time.perf_counter() - started) * 1000)
    return times


def naive_baseline(app: QApplication, index, frames: list[tuple[float, float]]) -> list[float]:
    """The same script on one ScatterPlotItem holding every event (the approach DESIGN §5 rules out)."""
    plot = pg.PlotWidget()
    plot.resize(*WINDOW)
    lanes = np.zeros(len(index.t_start))
    marks = index.marks(index_mode_entity())
    lanes[marks.event] = marks.lane  # one lane per event is enough for the comparison
    scatter = pg.ScatterPlotItem(x=index.t_start.astype(float), y=lanes, size=8, pen=None, brush=pg.mkBrush(30, 100, 200))
    plot.addItem(scatter)
    plot.show()
    app.processEvents()
    view = plot.getViewBox()
    times = time_frames(lambda a, b: view.setXRange(a, b, padding=0), plot.viewport().repaint, frames)
    plot.close()
    return times


def index_mode_entity():
    from explorer.core.timeline_index import LaneMode

    return LaneMode.ENTITY


def bundled_start_to_paint_s() -> float:
    """Process start to a painted main window on the bundled case (median of 3; see startup_bench.py)."""
    from startup_bench import measure

    return float(measure(3)["app_s"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--case", type=Path, help="use this case instead of a generated one")
    parser.add_argument("--bundled", action="store_true", help="also time start-up on the bundled case (bench/startup_bench.py)")
    args = parser.parse_args()

    os.environ["CASE_EXPLORER_HOME"] = str(REPO / "bench" / ".cache" / "home")
    path = args.case or case_for(args.events, args.seed, REPO / "bench" / ".cache")
    app = QApplication.instance() or QApplication([])
    use_data_folder()

    started = time.perf_counter()
    store = open_case(path)
    window = MainWindow(store)
    window.remember_layout = False
    window.resize(*WINDOW)
    window.show()
    window.repaint()
    app.processEvents()
    open_to_first_paint = time.perf_counter() - started

    timeline = window.timeline
    index = timeline.index
    start, end = index.time_range
    centre = float(np.median(index.t_start))
    frames = script(start, end, centre)
    viewport = timeline.graphics.viewport()
    ours = time_frames(timeline.set_visible_range, viewport.repaint, frames)
    ours_rss = peak_rss_mb()  # before the naive baseline allocates its own million points
    naive = naive_baseline(app, index, frames)
    search = {label: round(first_page_ms(path, word), 1) for label, word in SEARCH_WORDS.items()}
    window.close()

    figures = {
        "events": len(index),
        "open_to_first_paint_s": round(open_to_first_paint, 3),
        "frames": len(frames),
        "frame_p50_ms": round(statistics.median(ours), 2),
        "frame_p95_ms": round(float(np.percentile(ours, 95)), 2),
        "frame_max_ms": round(max(ours), 2),
        "frame_p95_ms_by_level": per_level(frames, ours),
        "naive_frame_p95_ms": round(float(np.percentile(naive, 95)), 2),
        "naive_vs_ours_p95": round(float(np.percentile(naive, 95)) / max(float(np.percentile(ours, 95)), 1e-9), 1),
        "search_first_page_ms": search,
        "rss_mb": round(ours_rss, 1),
    }
    if args.bundled:
        figures["bundled_start_to_paint_s"] = round(bundled_start_to_paint_s(), 3)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
