"""Read the timeline's columns out of a case as numpy arrays, fast enough for a million events.

Fetching a million rows through Python's sqlite3 costs about a microsecond per value, so each
column is joined into one text inside SQLite (C speed) and parsed by numpy. Event columns come
from the covering index ``event_timeline`` in time order, without touching the wide rows, and
participations from the covering index ``event_entity_by_entity``. Only spans read their end:
an instant ends where its precision does (the end of its day, month or year), which numpy
works out. With a file, the queries run on two read-only connections at once (SQLite releases
the GIL while it works).
"""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from explorer.core.models import Certainty

CERTAINTY_CODES: tuple[Certainty, ...] = tuple(Certainty)
# unicode(certainty) * 2 + length(certainty) is distinct for each certainty and cheap to compute
_CERTAINTY_KEYS = {ord(c.value[0]) * 2 + len(c.value): code for code, c in enumerate(CERTAINTY_CODES)}
# style: certainty key (bits 0-8) | importance (bits 9-10) | precision of start (bits 11-13) | has an end (bit 14)
_STYLE_SQL = 'unicode(certainty) * 2 + length(certainty) + (importance << 9) + (precision << 11) + (("end" IS NOT NULL) << 14)'
_BY_TIME = "FROM event INDEXED BY event_timeline"  # a full scan visits rows in index order (t_start, t_end, …)
_BY_ENTITY = "FROM event_entity INDEXED BY event_entity_by_entity"
_QUERIES = {
    "event_id": f"SELECT group_concat(id) {_BY_TIME}",
    # CAST: a file not written by us may hold text or bytes where seconds belong (read as 0), or
    # a span too long for 64 bits (SQLite makes it a real; the cast brings it back, saturated)
    "t_start": f"SELECT group_concat(CAST(t_start AS INTEGER)) {_BY_TIME}",
    "style": f"SELECT group_concat({_STYLE_SQL}) {_BY_TIME}",
    "span": f'SELECT group_concat(CAST(CAST(t_end AS INTEGER) - CAST(t_start AS INTEGER) AS INTEGER)) {_BY_TIME} WHERE "end" IS NOT NULL',
    "part_entity": f"SELECT group_concat(entity_id) {_BY_ENTITY}",
    "part_event": f"SELECT group_concat(event_id) {_BY_ENTITY}",
}
_WORKER_JOBS = (("event_id", "style", "span"), ("t_start", "part_entity", "part_event"))


@dataclass(frozen=True)
class TimelineColumns:
    """Events in time order (id, start, exclusive end, style flags) and every participation."""

    event_id: np.ndarray  # int64
    t_start: np.ndarray  # int64 seconds
    t_end: np.ndarray  # int64 seconds, exclusive
    style: np.ndarray  # int32: certainty code (bits 0-2) | importance << 3 | precision << 5 | has_end << 8
    part_event: np.ndarray  # int64 event ids, grouped by entity
    part_entity: np.ndarray  # int64 entity ids

    def __len__(self) -> int:
        return len(self.event_id)


def _ints(conn: sqlite3.Connection, sql: str, parameters: tuple = ()) -> np.ndarray:
    text = conn.execute(sql, parameters).fetchone()[0]
    if not text:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(text, sep=",", dtype=np.int64)  # text mode, not the deprecated binary mode


def read_categories(conn: sqlite3.Connection) -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """The distinct categories, and each event's id with its category index (ids to match up by)."""
    names = tuple(row[0] for row in conn.execute("SELECT DISTINCT category FROM event ORDER BY category COLLATE NOCASE"))
    if not names:
        return (), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int32)
    joined = "\x1f" + "\x1f".join(names) + "\x1f"
    offsets = _ints(conn, f"SELECT group_concat(instr(?, char(31) || category || char(31))) {_BY_TIME}", (joined,))
    event_ids = _ints(conn, _QUERIES["event_id"])
    starts = np.cumsum([1] + [len(name) + 1 for name in names[:-1]])  # where each name's separator sits
    return names, event_ids, np.searchsorted(starts, offsets).astype(np.int32)


def _run(uri: str | None, conn: sqlite3.Connection, names: tuple[str, ...]) -> dict[str, np.ndarray]:
    reader = sqlite3.connect(uri, uri=True, check_same_thread=False) if uri else conn
    try:
        if uri:
            reader.execute("PRAGMA trusted_schema = OFF")
        return {name: _ints(reader, _QUERIES[name]) for name in names}
    finally:
        if uri:
            reader.close()


def read_columns(conn: sqlite3.Connection, path: Path | None = None) -> TimelineColumns:
    """Read every column; with a file path, on two reader connections in parallel."""
    if path is None:
        results = _run(None, conn, tuple(_QUERIES))
    else:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        results = {}
        with ThreadPoolExecutor(max_workers=len(_WORKER_JOBS)) as pool:
            for part in pool.map(lambda names: _run(uri, conn, names), _WORKER_JOBS):
                results.update(part)
    count = len(results["event_id"])
    if len(results["t_start"]) != count or len(results["style"]) != count or len(results["part_event"]) != len(results["part_entity"]):
        raise RuntimeError("the case changed while the timeline was being read; open it again")
    raw = results["style"]
    certainty = np.zeros(1 << 9, dtype=np.int32)
    for key, code in _CERTAINTY_KEYS.items():
        certainty[key] = code
    importance, precision, ends = (raw >> 9) & 3, (raw >> 11) & 7, (raw >> 14) & 1
    style = (certainty[raw & 511] | (importance << 3) | (precision << 5) | (ends << 8)).astype(np.int32)
    t_start = results["t_start"]
    t_end = precision_end(t_start, precision)
    spans = np.flatnonzero(ends)
    if len(spans) != len(results["span"]):
        raise RuntimeError("the case changed while the timeline was being read; open it again")
    t_end[spans] = t_start[spans] + results["span"]
    order = _time_order(t_start, t_end, results["event_id"])
    return TimelineColumns(
        event_id=results["event_id"][order], t_start=t_start[order], t_end=t_end[order], style=style[order],
        part_event=results["part_event"], part_entity=results["part_entity"],
    )


def _time_order(t_start: np.ndarray, t_end: np.ndarray, event_id: np.ndarray) -> slice | np.ndarray:
    """All rows as they came when already in time order (the usual case), else the sorting order."""
    if len(t_start) < 2 or bool(np.all(t_start[1:] >= t_start[:-1])):
        return slice(None)
    return np.lexsort((event_id, t_end, t_start))


# --- calendar arithmetic on arrays (proleptic Gregorian, as in dates.py) ---------------------


def _civil_from_days(days: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    z = days + 719_468
    era = z // 146_097
    doe = z - era * 146_097
    yoe = (doe - doe // 1460 + doe // 36_524 - doe // 146_096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    month = np.where(mp < 10, mp + 3, mp - 9)
    year = yoe + era * 400 + (month <= 2)
    return year, month


def _days_from_civil(year: np.ndarray, month: np.ndarray) -> np.ndarray:
    y = year - (month <= 2)
    era = y // 400
    yoe = y - era * 400
    mp = (month + 9) % 12
    doe = yoe * 365 + yoe // 4 - yoe // 100 + (153 * mp + 2) // 5
    return era * 146_097 + doe - 719_468


def precision_end(t_start: np.ndarray, precision: np.ndarray) -> np.ndarray:
    """The first second after the day, month or year (…) that each start names."""
    end = t_start + np.choose(np.clip(precision, 1, 5) - 1, [0, 0, 86_400, 60, 1])
    coarse = precision <= 2
    if coarse.any():
        year, month = _civil_from_days(t_start[coarse] // 86_400)
        is_year = precision[coarse] == 1
        next_year = np.where(is_year | (month == 12), year + 1, year)
        next_month = np.where(is_year | (month == 12), 1, month + 1)
        end[coarse] = _days_from_civil(next_year, next_month) * 86_400
    return end
