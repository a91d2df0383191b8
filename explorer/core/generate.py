"""Synthetic cases for benchmarks and tests: realistic shape, any size, reproducible by seed.

Events spread over decades with clustered bursts, mixed precisions, spans, several participants
each, certainty and categories drawn from the real vocabularies, and notes. Rows go in with
``executemany`` in one transaction (the FTS triggers index them on the way), so a million events
take seconds, not the hours one store call per row would.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator

import numpy as np

from explorer.core import dates
from explorer.core.fts_bulk import deferred_indexing
from explorer.core.models import Certainty, EntityKind, Role
from explorer.core.store import CaseStore

_SYLLABLES = ("ka", "lo", "mi", "ra", "ton", "vex", "dia", "nor", "sel", "qua", "bri", "zen", "pho", "tar", "lux", "gen")
_SUFFIXES = ("Labs", "Systems", "Capital", "Group", "Holdings", "AI", "Data", "Partners", "Works", "Networks")
_FIRST = ("Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Liam", "Mara", "Noor")
_LAST = ("Okafor", "Petrov", "Quinn", "Rossi", "Sato", "Tanaka", "Ueda", "Varga", "Weiss", "Xu", "Yilmaz", "Zhou")
_VERBS = ("acquires", "invests in", "partners with", "sues", "hires from", "supplies", "leaves", "audits", "licenses to",
          "merges with", "spins off a unit of", "signs a contract with")
_TOPICS = ("data labelling", "cloud capacity", "chip supply", "model training", "neutrality concerns", "pricing",
           "a government contract", "an antitrust probe", "a security breach", "quarterly results", "a new product line")
_RARE = ("zephyrine", "quillback", "obsidianite", "marrowfield", "glimmerstone")
_CATEGORIES = ("deal", "leadership", "customer", "statement", "market", "restructuring", "legal", "product")
_CERTAINTY = (Certainty.CONFIRMED, Certainty.REPORTED, Certainty.RUMORED, Certainty.PLANNED, Certainty.DENIED, Certainty.DISPUTED)
_CERTAINTY_P = (0.6, 0.2, 0.08, 0.06, 0.03, 0.03)
_PRECISION_P = (0.15, 0.3, 0.5, 0.05)  # year, month, day, minute
_FIRST_YEAR, _LAST_YEAR = 1960, 2025
_BATCH = 20_000

Progress = Callable[[int, int], None]


def _names(rng: np.random.Generator, companies: int, people: int) -> list[tuple[str, EntityKind]]:
    seen: set[str] = set()
    names: list[tuple[str, EntityKind]] = []
    while len(names) < companies:
        stem = "".join(rng.choice(_SYLLABLES, size=int(rng.integers(2, 4)))).capitalize()
        name = f"{stem} {rng.choice(_SUFFIXES)}"
        if name not in seen:
            seen.add(name)
            names.append((name, EntityKind.COMPANY))
    while len(names) < companies + people:
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        if name in seen:
            name = f"{name} {len(names)}"
        seen.add(name)
        names.append((name, EntityKind.PERSON))
    return names


def _event_times(rng: np.random.Generator, count: int) -> np.ndarray:
    """Start seconds: a third spread evenly, the rest in bursts around random moments."""
    lo, hi = dates.to_seconds(_FIRST_YEAR), dates.to_seconds(_LAST_YEAR + 1) - 1
    uniform = rng.integers(lo, hi, size=count // 3)
    bursts = rng.integers(lo, hi, size=max(1, count // 2000))
    centres = rng.choice(bursts, size=count - uniform.size)
    spread = rng.exponential(30 * 86_400, size=centres.size) * rng.choice((-1, 1), size=centres.size)
    clustered = np.clip(centres + spread.astype(np.int64), lo, hi)
    return np.concatenate([uniform, clustered])


def _partial(seconds: int, precision: int) -> dates.PartialDate:
    return dates.from_seconds_at(int(seconds), dates.Precision(precision))


def _cast(rng: np.random.Generator, count: int, entities: int) -> np.ndarray:
    """Three distinct entity indexes per event (actor, target, mentioned) and how many take part."""
    actor = rng.integers(0, entities, size=count)
    first = rng.integers(1, entities, size=count)
    second = rng.integers(1, entities, size=count)
    if entities > 2:
        second = np.where(second == first, first % (entities - 1) + 1, second)
    cast = np.stack([actor, (actor + first) % entities, (actor + second) % entities], axis=1)
    taking_part = np.minimum(rng.integers(1, 4, size=count), 2 if entities == 2 else 3)
    taking_part = np.maximum(taking_part, 2)  # every event has an actor and a target; a third of them one more
    return np.column_stack([cast, taking_part])


def _event_rows(rng: np.random.Generator, count: int, entity_names: list[str], cast: np.ndarray) -> Iterator[tuple]:
    times = np.sort(_event_times(rng, count))  # chronological, as an imported timeline usually is
    precisions = rng.choice(4, size=count, p=_PRECISION_P) + 1
    has_end = rng.random(count) < 0.15
    durations = rng.exponential(200 * 86_400, size=count).astype(np.int64) + 86_400
    certainty = rng.choice(len(_CERTAINTY), size=count, p=_CERTAINTY_P)
    importance = rng.choice(3, size=count, p=(0.3, 0.6, 0.1)) + 1
    category = rng.integers(0, len(_CATEGORIES), size=count)
    verbs = rng.integers(0, len(_VERBS), size=count)
    topics = rng.integers(0, len(_TOPICS), size=count)
    rare = rng.random(count) < 0.001
    for i in range(count):
        start = _partial(times[i], precisions[i])
        end = _partial(times[i] + durations[i], precisions[i]) if has_end[i] else None
        if end is not None and dates.end_seconds(end) <= dates.end_seconds(start):
            end = None
        t_start, t_end = dates.span_seconds(start, end)
        actor, target = entity_names[cast[i, 0]], entity_names[cast[i, 1]]
        title = f"{actor} {_VERBS[verbs[i]]} {target}"
        body = f"Reports on {_TOPICS[topics[i]]} involving {actor} and {target}."
        if rare[i]:
            body += f" Codename {_RARE[i % len(_RARE)]}."
        yield (f"gen-e{i}", title, body, start.iso(), end.iso() if end else None, t_start, t_end, int(precisions[i]),
               _CATEGORIES[category[i]], str(_CERTAINTY[certainty[i]]), int(importance[i]))


def generate_case(
    store: CaseStore, events: int, entities: int = 200, seed: int = 0, progress: Progress | None = None
) -> None:
    """Fill an empty case with ``events`` synthetic events among ``entities`` entities."""
    rng = np.random.default_rng(seed)
    entities = max(2, entities)
    people = entities // 4
    named = _names(rng, entities - people, people)
    conn = store.conn
    conn.execute("PRAGMA cache_size = -262144")  # 256 MB of page cache while the indexes grow
    with store.db.atomic(), deferred_indexing(conn, ("event", "note")):
        store.set_meta("title", f"Synthetic case: {events:,} events")
        store.set_meta("summary", f"Generated with seed {seed} for benchmarks; the companies and people are invented.")
        conn.executemany(
            "INSERT INTO entity (uid, kind, name) VALUES (?, ?, ?)",
            [(f"gen-n{i}", str(kind), name) for i, (name, kind) in enumerate(named)],
        )
        first_entity = conn.execute("SELECT min(id) FROM entity WHERE uid LIKE 'gen-n%'").fetchone()[0]
        names = [name for name, _ in named]
        cast = _cast(rng, events, len(named))
        rows = _event_rows(rng, events, names, cast)
        done = 0
        while done < events:
            batch = [next(rows) for _ in range(min(_BATCH, events - done))]
            cursor = conn.executemany(
                "INSERT INTO event (uid, title, body, start, \"end\", t_start, t_end, precision, category, certainty, importance) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                batch,
            )
            last_id = conn.execute("SELECT max(id) FROM event").fetchone()[0]
            first_id = last_id - cursor.rowcount + 1
            _insert_participants(conn, first_id, cast[done : done + len(batch)], first_entity)
            done += len(batch)
            if progress is not None:
                progress(done, events)
        _insert_notes(conn, rng, events)


_ROLES = (str(Role.ACTOR), str(Role.TARGET), str(Role.MENTIONED))


def _insert_participants(conn: sqlite3.Connection, first_id: int, cast: np.ndarray, first_entity: int) -> None:
    rows = [
        (first_id + offset, first_entity + int(cast[offset, position]), _ROLES[position], position)
        for offset in range(len(cast))
        for position in range(int(cast[offset, 3]))
    ]
    conn.executemany("INSERT INTO event_entity (event_id, entity_id, role, position) VALUES (?, ?, ?, ?)", rows)


def _insert_notes(conn: sqlite3.Connection, rng: np.random.Generator, events: int) -> None:
    count = max(1, events // 100)
    first_event = conn.execute("SELECT min(id) FROM event WHERE uid LIKE 'gen-e%'").fetchone()[0]
    targets = rng.integers(0, events, size=count)
    stamp = "2026-01-01T00:00:00Z"
    conn.executemany(
        "INSERT INTO note (uid, target_kind, event_id, body, author, created, updated) VALUES (?, 'event', ?, ?, ?, ?, ?)",
        [(f"gen-note{i}", first_event + int(t), f"Note {i}\n\nWhy this matters for #pricing and #neutrality.", "generator",
          stamp, stamp) for i, t in enumerate(targets)],
    )
    conn.executemany(
        "INSERT INTO note_tag (note_id, tag) SELECT id, ? FROM note WHERE uid LIKE 'gen-note%'", [("pricing",), ("neutrality",)]
    )
