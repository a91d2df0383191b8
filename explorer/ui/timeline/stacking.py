"""Place a few hundred marks and their labels in sub-rows of their lanes without overlap.

Only used when few marks are in view (the labelled zoom levels). Marks are placed most
important first, then left to right: each goes in the first sub-row of its lane where the mark
and its label fit; failing that, where the mark alone fits (label dropped); failing that, in the
least crowded sub-row, label dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explorer.core.timeline_index import distinct

GAP = 6.0  # pixels kept free between neighbours


@dataclass(frozen=True)
class Placement:
    row: np.ndarray  # sub-row of each mark within its lane
    rows_used: np.ndarray  # per mark: how many sub-rows its lane ended up using
    labelled: np.ndarray  # bool: whether the mark's label is drawn


def _free(taken: list[tuple[float, float]], start: float, end: float) -> bool:
    return all(end + GAP <= a or start >= b + GAP for a, b in taken)


def stack(lane: np.ndarray, left: np.ndarray, right: np.ndarray, label_end: np.ndarray, has_label: np.ndarray,
          priority: np.ndarray, max_rows: int, label_left: np.ndarray | None = None) -> Placement:
    """Sub-rows for marks spanning [left, right] px whose labels (where ``has_label``) reach
    ``label_end`` px, and begin at ``label_left`` when that is before the mark (a label set on
    the left of a marker at the right edge of the view)."""
    count = len(lane)
    label_left = left if label_left is None else np.minimum(left, label_left)
    row = np.zeros(count, dtype=np.int32)
    labelled = np.zeros(count, dtype=bool)
    occupied: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for i in np.lexsort((left, -priority)):
        key_lane = int(lane[i])
        rows = [occupied.setdefault((key_lane, r), []) for r in range(max_rows)]
        placed = False
        for want_label in (True, False) if has_label[i] else (False,):
            start = label_left[i] if want_label else left[i]
            end = max(right[i], label_end[i]) if want_label else right[i]
            for r, taken in enumerate(rows):
                if _free(taken, start, end):
                    taken.append((start, end))
                    row[i], labelled[i], placed = r, want_label, True
                    break
            if placed:
                break
        if not placed:
            crowd = [len(taken) for taken in rows]
            r = int(np.argmin(crowd))
            rows[r].append((left[i], right[i]))
            row[i] = r
    used = np.ones(count, dtype=np.int32)
    for lane_id in distinct(lane) if count else []:
        members = lane == lane_id
        used[members] = int(row[members].max()) + 1
    return Placement(row, used, labelled)
