"""Figures the reliability tests measured, appended as JSON lines to ``$RELIABILITY_FIGURES``.

``python -m tests.reliability.figures FILE`` sums them up by kind, for docs/reliability.md.
Without the variable nothing is written.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

VARIABLE = "RELIABILITY_FIGURES"


def record(test: str, kind: str, **numbers: object) -> None:
    target = os.environ.get(VARIABLE)
    if not target:
        return
    line = json.dumps({"test": test, "kind": kind, "at": time.strftime("%Y-%m-%dT%H:%M:%S"), **numbers}, sort_keys=True)
    with open(target, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def summary(path: Path) -> dict[str, dict[str, float]]:
    """Per kind, the sum of every numeric field over all records."""
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        kind = entry.pop("kind")
        for name, value in entry.items():
            if isinstance(value, int | float) and not isinstance(value, bool):
                totals[kind][name] += value
        totals[kind]["records"] += 1
    return {kind: dict(values) for kind, values in totals.items()}


if __name__ == "__main__":
    for kind, values in sorted(summary(Path(sys.argv[1])).items()):
        print(kind + ": " + ", ".join(f"{name} {value:g}" for name, value in sorted(values.items())))
