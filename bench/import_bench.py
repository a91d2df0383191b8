"""Import benchmark: N events as TimelineJS JSON, as the TimelineJS sheet CSV and as a generic CSV.

    python bench/import_bench.py --events 1000000

The input files are generated here, the same for the same --events and --seed (a few words of
headline, a sentence of text, dates over sixty-five years at day, month or year precision, one
in ten a span, eight groups). Each format is then imported into a new case in its own process,
search index included, and timed; the child's peak memory is its own. The last line printed is
one JSON object with every figure (see bench/import.md for recorded runs).

    python bench/import_bench.py --events 1000000 --inputs /tmp/bench-1m --baseline /tmp/old --repeat 2

``--inputs`` keeps the generated files for the next run; ``--baseline`` imports each file with
another checkout too (``git worktree add /tmp/old <commit>``), alternating with this one, so that
the old and the new code are compared under the same load; the load average is printed with
every figure, since the machine it runs on may be shared.
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


def child(source: Path, target: Path, code: Path) -> None:
    """Import one file (in a process of its own) with the code at ``code`` and print its figures as JSON."""
    sys.path.insert(0, str(code))
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
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # the reading process, if there was one
    print(json.dumps({"seconds": round(seconds, 2), "events": events, "added": report.added["events"], "search_hits": found,
                      "peak_rss_mb": round(own.ru_maxrss / 1024, 1), "worker_peak_rss_mb": round(children.ru_maxrss / 1024, 1),
                      "cpu_s": round(own.ru_utime + own.ru_stime, 1),
                      "worker_cpu_s": round(children.ru_utime + children.ru_stime, 1)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated: " + ", ".join(FORMATS))
    parser.add_argument("--inputs", type=Path, metavar="DIR",
                        help="keep the generated files in DIR and reuse them on the next run with the same --events and --seed")
    parser.add_argument("--baseline", type=Path, metavar="CHECKOUT",
                        help="also import each file with the code of another checkout (e.g. a git worktree of an older "
                             "commit), alternating with this one, for a comparison under the same load")
    parser.add_argument("--repeat", type=int, default=1, help="import each file this many times (each figure listed)")
    parser.add_argument("--child", nargs=3, metavar=("SOURCE", "TARGET", "CODE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), Path(args.child[2]))
        return
    with tempfile.TemporaryDirectory(prefix="import-bench-") as tmp:
        paths = _inputs(args.inputs or Path(tmp), args.events, args.seed)
        codes = {"new": REPO} | ({"baseline": args.baseline.resolve()} if args.baseline else {})
        results: dict[str, dict[str, list[dict]]] = {}
        for name in args.formats.split(","):
            for _ in range(args.repeat):
                for label, code in codes.items():
                    figures = _run(paths[name], Path(tmp) / f"{name}.case.db", code)
                    results.setdefault(name, {}).setdefault(label, []).append(figures)
                    print(f"{name:15} {label:8} {figures['seconds']:7.2f} s  {figures['events_per_second']:>9,} events/s  "
                          f"peak {figures['peak_rss_mb']:6.1f} MB + worker {figures.get('worker_peak_rss_mb', 0):5.1f} MB  "
                          f"cpu {figures.get('cpu_s', '?')} s + worker {figures.get('worker_cpu_s', '?')} s  "
                          f"load {figures['load']}", flush=True)
    machine = {"cpus": os.cpu_count(), "processor": platform.processor() or platform.machine(), "python": platform.python_version()}
    print(json.dumps({"events": args.events, "machine": machine, "formats": results}))


def _inputs(folder: Path, count: int, seed: int) -> dict[str, Path]:
    """The three input files in ``folder``, generated unless a previous run left them there."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = folder / "generated.json"
    wanted = {"events": count, "seed": seed}
    paths = {name: folder / file for name, file in FORMATS.items()}
    if not (stamp.exists() and json.loads(stamp.read_text()) == wanted and all(p.exists() for p in paths.values())):
        started = time.perf_counter()
        generate(folder, count, seed)
        stamp.write_text(json.dumps(wanted))
        print(f"generated {count:,} events in {time.perf_counter() - started:.1f} s", flush=True)
    print(", ".join(f"{p.name} {p.stat().st_size / 2**20:.0f} MB" for p in paths.values()), flush=True)
    return paths


def _run(source: Path, target: Path, code: Path) -> dict:
    """Import ``source`` into a new case at ``target`` in a child process; its figures."""
    target.unlink(missing_ok=True)
    load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
    output = subprocess.run([sys.executable, __file__, "--child", str(source), str(target), str(code)],
                            check=True, capture_output=True, text=True).stdout
    target.unlink(missing_ok=True)
    figures = json.loads(output.strip().splitlines()[-1])
    figures["events_per_second"] = round(figures["events"] / figures["seconds"])
    figures["input_mb"] = round(source.stat().st_size / 2**20, 1)
    figures["load"] = load
    return figures


if __name__ == "__main__":
    main()
