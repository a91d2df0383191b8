"""Import benchmark: N events as TimelineJS JSON, as the TimelineJS sheet CSV and as a generic CSV.

    python bench/import_bench.py --events 1000000

The input files are generated here, the same for the same --events and --seed (a few words of
headline, a sentence of text, dates over sixty-five years at day, month or year precision, one
in ten a span, eight groups). Each format is then imported into a new case in its own process,
search index included, and timed; the child's peak memory is its own. The last line printed is
one JSON object with every figure (see bench/import.md for recorded runs).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORDS = (
    "market", "deal", "board", "chip", "cloud", "data", "model", "partner", "stake", "customer", "supplier", "neutral",
    "contract", "review", "launch", "quarter", "revenue", "growth", "merger", "hiring", "audit", "pricing", "capacity",
    "labelling", "training", "license", "product", "unit", "team", "investor", "founder", "office", "report", "memo",
    "lawsuit", "probe", "outage", "shift", "plan", "rumor", "denial", "statement", "vote",
)
NAMES = ("Meta", "Scale AI", "OpenAI", "Google", "Microsoft", "Anthropic", "Nvidia", "Amazon", "xAI", "Mistral")
GROUPS = ("deal", "leadership", "customer", "statement", "market", "restructuring", "legal", "product")
FORMATS = {"timelinejs": "timeline.json", "timelinejs-csv": "sheet.csv", "csv": "events.csv"}


def _events(count: int, seed: int):
    """(headline, text, year, month, day, end (year, month, day) or None, group) for each event."""
    rng = random.Random(seed)
    titles = [f"{rng.choice(NAMES)} {' '.join(rng.choices(WORDS, k=4))}" for _ in range(4096)]
    texts = [" ".join(rng.choices(WORDS, k=12)).capitalize() + "." for _ in range(4096)]
    for index in range(count):
        year = rng.randint(1960, 2025)
        precision = rng.random()
        month = rng.randint(1, 12) if precision > 0.15 else None
        day = rng.randint(1, 28) if month and precision > 0.45 else None
        end = None
        if rng.random() < 0.1:
            end = (year + rng.randint(1, 3), month, day)
        yield (f"{titles[index % 4096]} {index}", texts[(index * 7) % 4096], year, month, day, end, GROUPS[index % 8])


def _iso(year: int, month: int | None, day: int | None) -> str:
    return f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")


def generate(folder: Path, count: int, seed: int) -> dict[str, Path]:
    paths = {name: folder / file for name, file in FORMATS.items()}
    with paths["timelinejs"].open("w", encoding="utf-8") as out:
        out.write('{"title": {"text": {"headline": "Benchmark", "text": "<p>Generated events.</p>"}},\n "events": [\n')
        for index, (title, text, year, month, day, end, group) in enumerate(_events(count, seed)):
            slide = {"start_date": _date(year, month, day), "text": {"headline": title, "text": f"<p>{text}</p>"}, "group": group}
            if end:
                slide["end_date"] = _date(*end)
            out.write(("," if index else "") + json.dumps(slide) + "\n")
        out.write("]}\n")
    with paths["timelinejs-csv"].open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
                         "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
                         "Background"])
        for title, text, year, month, day, end, group in _events(count, seed):
            end_cells = [end[0], end[1] or "", end[2] or ""] if end else ["", "", ""]
            writer.writerow([year, month or "", day or "", "", *end_cells, "", "", title, f"<p>{text}</p>", "", "", "", "", "",
                             group, ""])
    with paths["csv"].open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Title", "Date", "End date", "Description", "Category"])
        for title, text, year, month, day, end, group in _events(count, seed):
            writer.writerow([title, _iso(year, month, day), _iso(*end) if end else "", text, group])
    return paths


def _date(year: int, month: int | None, day: int | None) -> dict[str, int]:
    date = {"year": year}
    if month:
        date["month"] = month
    if day:
        date["day"] = day
    return date


def child(source: Path, target: Path) -> None:
    """Import one file (in a process of its own) and print its figures as JSON."""
    sys.path.insert(0, str(REPO))
    from explorer.core.casefile import import_into, open_case
    from explorer.core.search import search

    started = time.perf_counter()
    report = import_into(source, target)
    seconds = time.perf_counter() - started
    store = open_case(target, readonly=True)
    try:
        events = store.event_count()
        found = len(search(store.conn, "merger", limit=5))
    finally:
        store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": round(seconds, 2), "events": events, "added": report.added["events"], "search_hits": found,
                      "peak_rss_mb": round(peak, 1)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated: " + ", ".join(FORMATS))
    parser.add_argument("--child", nargs=2, metavar=("SOURCE", "TARGET"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return
    with tempfile.TemporaryDirectory(prefix="import-bench-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        paths = generate(folder, args.events, args.seed)
        print(f"generated {args.events:,} events in {time.perf_counter() - started:.1f} s: "
              + ", ".join(f"{p.name} {p.stat().st_size / 2**20:.0f} MB" for p in paths.values()), flush=True)
        results = {}
        for name in args.formats.split(","):
            target = folder / f"{name}.case.db"
            output = subprocess.run([sys.executable, __file__, "--child", str(paths[name]), str(target)],
                                    check=True, capture_output=True, text=True).stdout
            figures = json.loads(output.strip().splitlines()[-1])
            figures["events_per_second"] = round(figures["events"] / figures["seconds"])
            figures["input_mb"] = round(paths[name].stat().st_size / 2**20, 1)
            results[name] = figures
            print(f"{name:15} {figures['seconds']:7.2f} s  {figures['events_per_second']:>9,} events/s  "
                  f"peak {figures['peak_rss_mb']:7.1f} MB", flush=True)
            target.unlink()
    machine = {"cpus": os.cpu_count(), "processor": platform.processor() or platform.machine(), "python": platform.python_version()}
    print(json.dumps({"events": args.events, "machine": machine, "formats": results}))


if __name__ == "__main__":
    main()
