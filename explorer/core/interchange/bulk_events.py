"""Many events into a case fast: ``executemany`` in chunks inside the import's one transaction.

Importers stream events here as rows (see ``event_row``) instead of building every event twice;
rows are checked by the same rules as ``CaseStore.put_event`` and merged by uid the same way:
an event whose uid the case already held is skipped and counted. A uid that repeats within the
file is renamed ``uid-2``, ``uid-3``… the way TimelineJS itself does, so importing the same file
again merges instead of duplicating. Events without a uid of their own get one made from their
title and dates (``generated_uid``); when two such events repeat each other, the report says so
in those words, not as a repeated uid the file never held.

The search index is the slow part: its insert trigger runs FTS5 once per row, and FTS5 flushes
its pending index at every statement, which makes a million-event import take many minutes. So
for the length of the import the trigger is set aside and the new events are indexed in a few
large statements: every ``FTS_BATCH`` events while the file is still being read (by a worker
process, see ``read_worker``, so the indexing runs while this process would otherwise wait for
rows), and the rest at the end. Into an empty case the event table's indexes are likewise
dropped and built once at the end by sorting, the unique index of uids (``event_uid``, schema 3)
too: a million random uids inserted one by one into its B-tree cost 3-15 CPU s here (more once it
outgrows the page cache), sorted about 2 s. Uids that repeat in the file are then found when
the unique index refuses them, and renamed in file order exactly as above, with the locations
kept for the report (8 bytes an event while they are line numbers or indexes). The table's
CHECK constraints are not evaluated row by row but by one query per chunk (see ``TableChecks``).
All of it happens inside the import's transaction: if anything fails, the trigger, the indexes
and the search index come back exactly as they were, and they are recreated from their own
stored definitions.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import re
import sqlite3
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from itertools import chain
from operator import itemgetter, ne
from typing import Any

from explorer.core.interchange.json_reader import ImportFailure
from explorer.core.interchange.merge import ImportReport
from explorer.core.models import Certainty
from explorer.core.store import CaseStore, RecordError

DateColumns = tuple[str, int, int, int]  # ISO text, first second, first second after, precision
# Column order of the rows importers build; "uid" comes first, the rest follow put_event's meaning.
EVENT_COLUMNS = (
    "uid", "title", "body", "start", "end", "t_start", "t_end", "precision", "display_date", "reported_at", "t_reported",
    "category", "certainty", "importance", "media_url", "media_caption", "media_credit", "media_thumbnail", "media_alt",
    "media_title", "media_link", "has_media", "background",
)
NO_MEDIA = ("", "", "", "", "", "", "", 0)
CHUNK = 20_000
# Rows per INSERT statement (``VALUES (…), (…), …``): SQLite's work per statement is shared by
# all of them, which halves the time of inserting a million events against one row a statement.
ROWS_PER_INSERT = 50
_MAX_VARIABLES = 999  # values one statement may bind in every SQLite (the default limit before 3.32)
FTS_BATCH = 200_000  # events indexed for search in one statement while a large file is still read
_CERTAINTIES = frozenset(str(c) for c in Certainty)
# Column ranges whose values are often all the table's defaults in a chunk (no reported date, no
# media, no background): such a chunk's INSERT leaves them out, which binds fewer values per row
# (a fifth less insert time) and stores the very same values.
_OPTIONAL = ((9, 11, (None, None)), (14, 22, NO_MEDIA), (22, 23, (None,)))
_OPTIONAL_CELLS = tuple((range(start, stop), itemgetter(*range(start, stop)) if stop - start > 1 else itemgetter(start),
                         partial(ne, default if stop - start > 1 else default[0])) for start, stop, default in _OPTIONAL)
_FTS_TRIGGER = "event_fts_insert"
_UID_INDEX = "event_uid"  # the unique index of event uids (schema 3)
_UID_LOOKUP = "event_uid_while_importing"  # a plain index of uids, only while repeated uids are renamed
_MAX_REMARKS = 20
# What ``generated_uid`` makes, by prefix: and what the report calls the thing it repeats.
_GENERATED = re.compile(r"(tl|csv)-[0-9a-f]{16}")
_REPEATS = {
    "tl": "repeats the headline and dates of an earlier slide (it has no unique_id)",
    "csv": "repeats the title and dates of an earlier row (it has no uid)",
}
_CACHE_KIB = 64 * 1024  # page cache while importing: room for the uid index of a million events
# The indexes built at the end are sorted by SQLite with a helper thread, which it only starts when
# a sort spills past the page cache: with a small cache for those statements the uid index of a
# million events took 0.6-0.7 s instead of 1.1 s, the end of the import 1.7-2.1 s instead of 2.7
# (the reading worker is done by then: a core is free). Figures in bench/import.md.
_SORT_THREADS = 2
_SORT_CACHE_KIB = 8 * 1024
# FTS5 settings while indexing a large import: a bigger in-memory batch and no merging on the way
# cut a million events' indexing from 20 s to 11 s; afterwards FTS5's defaults are set again.
_FTS_BULK = {"hashsize": 64 * 1024 * 1024, "automerge": 0}
_FTS_DEFAULTS = {"hashsize": 1024 * 1024, "automerge": 4}


class ImportCancelled(ImportFailure):
    """The person importing pressed Cancel; nothing was written."""

    def __init__(self) -> None:
        super().__init__("", "the import was cancelled; the case is unchanged")


def generated_uid(prefix: str, title: str, start: str, end: str | None) -> str:
    """A stable uid for an event whose file gives none: ``prefix`` and a digest of its title and dates."""
    digest = hashlib.sha1(f"{title}\x1f{start}\x1f{end or ''}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"{prefix}{digest[:16]}"


def repeat_remark(location: str, original: str, uid: str) -> str:
    """The report's note on an event renamed because an earlier event of the file had its uid."""
    generated = _GENERATED.fullmatch(original)
    if generated:
        return f"{location}: {_REPEATS[generated[1]]}; imported as a separate event"
    return f"{location}: the uid {original!r} was used earlier in the file; imported as {uid!r}"


def _millisecond(iso: str) -> int | None:
    """The millisecond of an ISO date text, or None when it gives none."""
    head, dot, tail = iso.rpartition(".")
    return int(tail) if dot and ":" in head and tail.isdigit() else None


def _ends_earlier_in_the_second(end: str, start: str) -> bool:
    """For an end and a start in the same second: whether both give milliseconds and the end's is earlier."""
    end_ms, start_ms = _millisecond(end), _millisecond(start)
    return end_ms is not None and start_ms is not None and end_ms < start_ms


def event_row(
    uid: str, title: str, body: str, start: DateColumns, end: DateColumns | None, display_date: str = "",
    category: str = "", media: tuple = NO_MEDIA, background: str | None = None, certainty: str = "confirmed",
    importance: int = 2, reported: DateColumns | None = None,
) -> tuple:
    """One event row, checked as ``check_event`` checks an Event (RecordError names the field)."""
    if not title.strip():
        raise RecordError("title", "an event needs a title")
    if end is not None and (end[2] <= start[1] or (end[1] == start[1] and _ends_earlier_in_the_second(end[0], start[0]))):
        raise RecordError("end", f"{end[0]} is before the start {start[0]}")
    if importance not in (1, 2, 3):
        raise RecordError("importance", f"{importance} is not 1, 2 or 3")
    if certainty not in _CERTAINTIES:
        raise RecordError("certainty", f"{certainty!r} is not one of: {', '.join(c.value for c in Certainty)}")
    return (
        uid, title, body, start[0], end[0] if end else None, start[1], end[2] if end else start[2], start[3],
        display_date, reported[0] if reported else None, reported[1] if reported else None, category, certainty,
        importance, *media, background,
    )


def shaped(rows: Sequence[tuple]) -> tuple[tuple[int, ...], list[tuple]]:
    """The columns (indexes into EVENT_COLUMNS) these rows need, and the rows cut down to them.

    Columns that hold only their defaults in every row are left out; the uid stays first. Done
    where the rows are made (in the reading worker, for a large file), so the writer, the busier
    of the two processes, only inserts.
    """
    left_out: set[int] = set()
    for columns, cells, differs in _OPTIONAL_CELLS:
        if not any(map(differs, map(cells, rows))):
            left_out.update(columns)
    if not left_out:
        return _ALL_COLUMNS, list(rows)
    kept = tuple(i for i in _ALL_COLUMNS if i not in left_out)
    return kept, list(map(itemgetter(*kept), rows))


_ALL_COLUMNS = tuple(range(len(EVENT_COLUMNS)))


class _Chunk:
    """Rows cut to ``columns`` (see ``shaped``), where each came from, and their participants."""

    __slots__ = ("columns", "keys", "participants", "rows")

    def __init__(self, columns: tuple[int, ...], rows: list[tuple], keys: list[Any],
                 participants: list[tuple[int, Sequence[tuple[int, str]]]]) -> None:
        self.columns, self.rows, self.keys, self.participants = columns, rows, keys, participants


class EventBulkWriter:
    """Adds event rows to an open transaction in chunks; ``finish()`` indexes them for search."""

    def __init__(
        self, store: CaseStore, report: ImportReport, location: Callable[[Any], str],
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        if not store.conn.in_transaction:
            raise RuntimeError("EventBulkWriter must run inside the import's transaction")
        self.store = store
        self.conn = store.conn
        self.report = report
        self.location = location
        self.cancelled = cancelled or (lambda: False)
        self.first_new_id = (self.conn.execute("SELECT max(id) FROM event").fetchone()[0] or 0) + 1
        self.case_was_empty = self.first_new_id == 1
        self.skipped: set[str] = set()
        self.renames = 0
        self.added = 0
        self.rows: list[tuple] = []
        self.keys: list[Any] = []
        self.participants: list[tuple[int, Sequence[tuple[int, str]]]] = []  # (index in chunk, (entity id, role)…)
        columns = {row[1] for row in self.conn.execute("PRAGMA table_info(event)")}
        table_sql = self.conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'event'").fetchone()[0]
        self.checks = TableChecks.of("event", table_sql)
        self.kept = frozenset(i for i, name in enumerate(EVENT_COLUMNS) if name in columns)
        self._statements: dict[tuple[int, ...], tuple[str, str, int, Callable[[tuple], tuple] | None]] = {}
        trigger = self.conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_FTS_TRIGGER,)).fetchone()
        self.set_aside = [trigger[0]] if trigger else []
        if trigger:
            self.conn.execute(f"DROP TRIGGER {_FTS_TRIGGER}")
        self.uid_index: str | None = None  # its definition, when it is set aside until the end
        self.all_keys: _Keys | None = None
        if self.case_was_empty:  # building an index once at the end is faster than growing it row by row
            indexes = self.conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'event' AND sql IS NOT NULL"
            ).fetchall()
            for name, sql in indexes:
                self.conn.execute(f'DROP INDEX "{name}"')
                if name == _UID_INDEX:
                    self.uid_index = sql
                    self.all_keys = _Keys()
                else:
                    self.set_aside.append(sql)
        self.cache_size = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        # New events are indexed for search every FTS_BATCH events, while a worker process still
        # reads the file (see read_worker), and the rest in finish(), each time in one statement.
        self.indexed = 0
        self.next_to_index = self.first_new_id
        self.fts_settings = dict(self.conn.execute("SELECT k, v FROM event_fts_config WHERE k IN ('hashsize', 'automerge')").fetchall())
        for key, value in _FTS_BULK.items():
            self.conn.execute("INSERT INTO event_fts (event_fts, rank) VALUES (?, ?)", (key, value))
        if self.case_was_empty:  # what FTS5's 'rebuild' does first: start from an empty index
            self.conn.execute("INSERT INTO event_fts (event_fts) VALUES ('delete-all')")

    def add(self, row: tuple, key: Any, participants: Sequence[tuple[int, str]] = ()) -> None:
        if participants:
            self.participants.append((len(self.rows), participants))
        self.rows.append(row)
        self.keys.append(key)
        if len(self.rows) >= CHUNK:
            self._hand_over()

    def add_chunk(self, columns: tuple[int, ...], rows: list[tuple], keys: list[Any],
                  participants: list[tuple[int, Sequence[tuple[int, str]]]]) -> None:
        """Write rows read elsewhere (a worker process) and cut to ``columns`` there (``shaped``), as if each had been ``add``-ed."""
        self.flush()
        if self.cancelled():
            raise ImportCancelled()
        self._write(_Chunk(columns, rows, keys, participants))

    def _hand_over(self) -> None:
        if self.cancelled():
            raise ImportCancelled()
        chunk = _Chunk(*shaped(self.rows), self.keys, self.participants)
        self.rows, self.keys, self.participants = [], [], []
        self._write(chunk)

    def flush(self) -> None:
        """Write every row added so far."""
        if self.rows:
            self._hand_over()

    def _write(self, chunk: _Chunk) -> None:
        self._write_chunk(chunk)
        if self.unindexed >= FTS_BATCH:
            with self._cancellable():  # a batch takes 1-2 s: Cancel should not wait for it
                self._index_new_rows()

    def _write_chunk(self, chunk: _Chunk) -> None:
        if self.all_keys is not None:  # no index to check uids against: they are checked at the end
            self._insert(chunk.rows, chunk)
            self.all_keys.extend(chunk.keys)
            return
        rows: list[tuple | None] = self._resolve_uids(chunk) if not self.case_was_empty else list(chunk.rows)
        try:
            self._insert(rows, chunk)
        except sqlite3.IntegrityError:  # a uid repeated in the file: sort it out row by row
            try:
                self._insert(self._resolve_uids(chunk), chunk)
            except sqlite3.IntegrityError as exc:
                raise ImportFailure(f"{self.location(chunk.keys[0])} (or one of the next {len(chunk.rows) - 1})",
                                    f"the case refused these events ({exc})") from None

    def _statement(self, columns: tuple[int, ...]) -> tuple[str, str, int, Callable[[tuple], tuple] | None]:
        """The INSERTs of one row and of several rows cut to ``columns``, how many rows the second takes
        (ROWS_PER_INSERT, fewer for wide rows), and what drops the columns the case's table lacks (None: nothing)."""
        if columns not in self._statements:
            kept = tuple(i for i in columns if i in self.kept)
            names = ", ".join(f'"{EVENT_COLUMNS[i]}"' for i in kept)
            pick = None if kept == columns else itemgetter(*(columns.index(i) for i in kept))
            row = f"({', '.join('?' * len(kept))})"
            per_statement = max(1, min(ROWS_PER_INSERT, _MAX_VARIABLES // len(kept)))
            self._statements[columns] = (
                f"INSERT INTO event ({names}) VALUES {row}", f"INSERT INTO event ({names}) VALUES {', '.join([row] * per_statement)}",
                per_statement, pick,
            )
        return self._statements[columns]

    def _execute(self, one: str, many: str, per_statement: int, values: list[tuple]) -> None:
        """Insert ``values`` in order, ``per_statement`` rows to a statement and the rest one by one."""
        whole = len(values) - len(values) % per_statement
        if whole and per_statement > 1:
            cells = list(chain.from_iterable(values[:whole]))
            step = len(cells) // whole * per_statement
            self.conn.executemany(many, [cells[i : i + step] for i in range(0, len(cells), step)])
        else:
            whole = 0
        if whole < len(values):
            self.conn.executemany(one, values[whole:])

    def _insert(self, rows: Sequence[tuple | None], chunk: _Chunk) -> None:
        one, many, per_statement, pick = self._statement(chunk.columns)
        values = rows if rows is chunk.rows else [row for row in rows if row is not None]
        if pick is not None:
            values = list(map(pick, values))
        self.conn.execute("SAVEPOINT bulk_chunk")
        try:
            if self.checks is not None:  # checked below, in one query, for the whole chunk
                self.conn.execute("PRAGMA ignore_check_constraints = ON")
            try:
                self._execute(one, many, per_statement, values)
            finally:
                if self.checks is not None:
                    self.conn.execute("PRAGMA ignore_check_constraints = OFF")
            first_id = (self.conn.execute("SELECT max(id) FROM event").fetchone()[0] or 0) - len(values) + 1
            if self.checks is not None:
                self._verify(first_id, rows, chunk)
            if chunk.participants:
                self._insert_participants(rows, chunk, first_id)
        except BaseException:
            self.conn.execute("ROLLBACK TO bulk_chunk")
            self.conn.execute("RELEASE bulk_chunk")
            raise
        self.conn.execute("RELEASE bulk_chunk")
        self.added += len(values)

    def _verify(self, first_id: int, rows: Sequence[tuple | None], chunk: _Chunk) -> None:
        """Refuse the chunk, naming the first event and its constraint, if a row breaks a CHECK of the table."""
        assert self.checks is not None
        failed = self.conn.execute(self.checks.query, (first_id,)).fetchone()
        if failed is None:
            return
        keys = [key for row, key in zip(rows, chunk.keys, strict=True) if row is not None]
        broken = next((
            check for check in self.checks.expressions
            if self.conn.execute(f"SELECT NOT ({check}) FROM event WHERE id = ?", (failed[0],)).fetchone()[0]
        ), " AND ".join(self.checks.expressions))
        raise ImportFailure(self.location(keys[failed[0] - first_id]), f"the case refused this event (CHECK constraint failed: {broken})")

    def _insert_participants(self, rows: Sequence[tuple | None], chunk: _Chunk, first_id: int) -> None:
        ids, next_id = {}, first_id
        for index, row in enumerate(rows):
            if row is not None:
                ids[index] = next_id
                next_id += 1
        links = [
            (ids[index], entity_id, role, position)
            for index, people in chunk.participants if index in ids
            for position, (entity_id, role) in enumerate(people)
        ]
        self.conn.executemany("INSERT INTO event_entity (event_id, entity_id, role, position) VALUES (?, ?, ?, ?)", links)

    def _resolve_uids(self, chunk: _Chunk) -> list[tuple | None]:
        """Skip uids the case held before this import; rename uids this file repeats."""
        found = self._lookup([row[0] for row in chunk.rows])
        resolved: list[tuple | None] = []
        seen_in_chunk: set[str] = set()
        for row, key in zip(chunk.rows, chunk.keys, strict=True):
            uid, original, number = row[0], row[0], 1
            while True:
                known_id = found.get(uid)
                earlier_in_file = uid in seen_in_chunk or uid in self.skipped or (known_id is not None and known_id >= self.first_new_id)
                if earlier_in_file:
                    number += 1
                    uid = f"{original}-{number}"
                    if uid not in found:
                        found.update(self._lookup([uid]))
                    continue
                if known_id is not None:  # the case held it before this import
                    self.skipped.add(uid)
                    seen_in_chunk.add(uid)
                    self.report.skipped["events"] += 1
                    resolved.append(None)
                    break
                if uid != original:
                    self._remark(repeat_remark(self.location(key), original, uid))
                seen_in_chunk.add(uid)
                resolved.append(row if uid == original else (uid, *row[1:]))
                break
        return resolved

    def _lookup(self, uids: list[str]) -> dict[str, int]:
        rows = self.conn.execute("SELECT e.uid, e.id FROM json_each(?) j JOIN event e ON e.uid = j.value", (json.dumps(uids),))
        return dict(rows.fetchall())

    def _remark(self, text: str) -> None:
        self.renames += 1
        if self.renames <= _MAX_REMARKS:
            self.report.remarks.append(text)

    def finish(self, progress: Callable[[int], None] | None = None) -> None:
        """Write the last chunk, index the events not indexed yet, build the indexes and put the trigger back."""
        self.flush()
        if self.renames > _MAX_REMARKS:
            self.report.remarks.append(f"… and {self.renames - _MAX_REMARKS} more repeats imported the same way")
        self.report.added["events"] += self.added
        with self._cancellable(progress):
            if self.uid_index is not None:
                with self._sorting_on_two_threads():
                    self._build_uid_index(self.uid_index)
                self.uid_index = self.all_keys = None
            self._index_new_rows()
            for key, value in _FTS_DEFAULTS.items():
                self.conn.execute("INSERT INTO event_fts (event_fts, rank) VALUES (?, ?)", (key, self.fts_settings.get(key, value)))
            with self._sorting_on_two_threads():
                for sql in self.set_aside:  # the same definitions, so the schema is exactly as before
                    self.conn.execute(sql)
            self.set_aside = []
        self.close()

    @contextmanager
    def _cancellable(self, progress: Callable[[int], None] | None = None) -> Iterator[None]:
        """Long statements inside report ``progress`` and stop (ImportCancelled) as soon as Cancel is pressed."""
        self.conn.set_progress_handler(self._index_progress(progress), 10_000)
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                raise ImportCancelled() from None
            raise
        finally:
            self.conn.set_progress_handler(None, 0)

    @property
    def unindexed(self) -> int:
        """Events inserted and not indexed for search yet."""
        return self.added - self.indexed

    def _index_new_rows(self) -> None:
        """Index every event inserted since the last call for search, in one statement."""
        if not self.unindexed:
            return
        last = self.conn.execute("SELECT max(id) FROM event").fetchone()[0]
        self.conn.execute(
            "INSERT INTO event_fts (rowid, title, body, category, display_date) "
            "SELECT id, title, body, category, display_date FROM event WHERE id BETWEEN ? AND ?",
            (self.next_to_index, last),
        )
        self.next_to_index = last + 1
        self.indexed = self.added

    def _build_uid_index(self, sql: str) -> None:
        """Build the unique index of uids; if the file repeated a uid, rename the repeats first."""
        try:
            self.conn.execute(sql)
            return
        except sqlite3.IntegrityError:
            pass
        self.conn.execute(f"CREATE INDEX {_UID_LOOKUP} ON event (uid)")
        self._rename_repeats()
        self.conn.execute(f"DROP INDEX {_UID_LOOKUP}")
        self.conn.execute(sql)

    def _rename_repeats(self) -> None:
        """Rename every event whose uid an earlier event of the file holds, in file (id) order.

        The same names as ``_resolve_uids`` gives row by row: ``uid-2``, ``uid-3``… skipping any
        name an earlier event holds (renamed or not); a later event that held the new name in the
        file becomes a repeat in turn. Every event of this import is new (the case was empty).
        """
        execute = self.conn.execute
        repeats = [
            event_id for uid, first in execute("SELECT uid, min(id) FROM event GROUP BY uid HAVING count(*) > 1").fetchall()
            for (event_id,) in execute("SELECT id FROM event WHERE uid = ? AND id > ?", (uid, first)).fetchall()
        ]
        heapq.heapify(repeats)
        queued = set(repeats)
        while repeats:
            event_id = heapq.heappop(repeats)
            original = execute("SELECT uid FROM event WHERE id = ?", (event_id,)).fetchone()[0]
            number = 2
            while True:
                uid = f"{original}-{number}"
                holder = execute("SELECT min(id) FROM event WHERE uid = ?", (uid,)).fetchone()[0]
                if holder is None or holder > event_id:
                    break
                number += 1
            execute("UPDATE event SET uid = ? WHERE id = ?", (uid, event_id))
            assert self.all_keys is not None
            self._remark(repeat_remark(self.location(self.all_keys[event_id - self.first_new_id]), original, uid))
            for (later,) in execute("SELECT id FROM event WHERE uid = ? AND id > ?", (uid, event_id)).fetchall():
                if later not in queued:
                    queued.add(later)
                    heapq.heappush(repeats, later)

    @contextmanager
    def _sorting_on_two_threads(self) -> Iterator[None]:
        """CREATE INDEX statements inside sort with a helper thread (see ``_SORT_THREADS``)."""
        self.conn.execute(f"PRAGMA threads = {_SORT_THREADS}")
        self.conn.execute(f"PRAGMA cache_size = -{_SORT_CACHE_KIB}")
        try:
            yield
        finally:
            self.conn.execute("PRAGMA threads = 0")
            self.conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")

    def close(self) -> None:
        """Give the connection its page cache size back (the rest is undone by rollback or kept by commit)."""
        self.conn.execute(f"PRAGMA cache_size = {int(self.cache_size)}")

    def _index_progress(self, progress: Callable[[int], None] | None) -> Callable[[], int]:
        steps = 0

        def handler() -> int:
            nonlocal steps
            steps += 1
            if progress is not None:
                progress(steps)
            return 1 if self.cancelled() else 0

        return handler


class TableChecks:
    """The CHECK constraints of a table, read from its own definition, as one query over new rows.

    SQLite evaluates a table's CHECK constraints for every inserted row at a cost (for the event
    table, six checks with an IN list) that was half of inserting a million events: 11 CPU s
    against 5 s without them. The bulk writer inserts with ``ignore_check_constraints`` and then
    runs this query once per chunk (0.7 s for a million rows): the same expressions, so a row
    the table would have refused is still refused, with the location of the first one.
    """

    def __init__(self, table: str, expressions: list[str]) -> None:
        self.expressions = expressions
        condition = " AND ".join(f"({e})" for e in expressions)
        self.query = f'SELECT id FROM "{table}" WHERE id >= ? AND NOT ({condition}) ORDER BY id LIMIT 1'

    @classmethod
    def of(cls, table: str, sql: str) -> TableChecks | None:
        """The checks of ``CREATE TABLE`` text, or None when there are none or they cannot be read for sure."""
        text = _without_comments(sql)
        expressions, position = [], 0
        while (match := _CHECK.search(text, position)) is not None:
            end = _closing_parenthesis(text, match.end() - 1)
            if end is None:
                return None
            expressions.append(" ".join(text[match.end() : end].split()))
            position = end + 1
        return cls(table, expressions) if expressions else None


_CHECK = re.compile(r"\bCHECK\s*\(", re.IGNORECASE)
_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|.", re.DOTALL)


def _without_comments(sql: str) -> str:
    """SQL text with its ``--`` comments blanked out (quoted text kept as it is)."""
    return "".join(" " if token.startswith("--") else token for token in _TOKENS.findall(sql))


def _closing_parenthesis(text: str, opening: int) -> int | None:
    depth = 0
    for match in _TOKENS.finditer(text, opening):
        token = match.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
            if depth == 0:
                return match.start()
    return None


class _Keys:
    """Where each event of the import came from, in order: compact while every key is an integer."""

    def __init__(self) -> None:
        self.keys: array[int] | list[Any] = array("q")

    def extend(self, keys: list[Any]) -> None:
        if isinstance(self.keys, array):
            length = len(self.keys)
            try:
                self.keys.extend(keys)
                return
            except (TypeError, OverflowError):
                del self.keys[length:]  # what it added before the key it could not take
                self.keys = list(self.keys)
        self.keys.extend(keys)

    def __getitem__(self, index: int) -> Any:
        return self.keys[index]
