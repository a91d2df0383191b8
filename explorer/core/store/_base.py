"""Shared plumbing of the store: id/uid lookups, write transactions, lenient row decoding."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import TypeVar

from explorer.core import dates
from explorer.core.database import Database
from explorer.core.dates import PartialDate

E = TypeVar("E", bound=StrEnum)


class RecordError(ValueError):
    """A record cannot be written as given: ``field`` names the field, ``problem`` says why."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}" if field else problem)
        self.field = field
        self.problem = problem


class NotFound(RecordError):
    """A uid that the case does not hold."""


class StoreBase:
    """The database connection and helpers every part of the store uses."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.conn = db.conn
        self._keep_ids = False

    @contextmanager
    def keeping_ids(self) -> Iterator[None]:
        """Inserts reuse the ids their records carry, where free (undo puts rows back as they were)."""
        self._keep_ids, before = True, self._keep_ids
        try:
            yield
        finally:
            self._keep_ids = before

    def _new_id(self, table: str, wanted: int | None) -> int | None:
        """The id to insert with: the record's own when keeping ids and it is free, else None (SQLite picks)."""
        if not self._keep_ids or wanted is None:
            return None
        taken = self.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (wanted,)).fetchone()
        return None if taken else wanted

    @property
    def readonly(self) -> bool:
        return self.db.readonly

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One atomic write; constraint failures become a RecordError naming the problem."""
        try:
            with self.db.atomic() as conn:
                yield conn
        except sqlite3.IntegrityError as exc:
            raise RecordError("", f"the case refused the change: {exc}") from None

    def _id_of(self, table: str, uid: str | None, field: str = "uid") -> int:
        row = self.conn.execute(f"SELECT id FROM {table} WHERE uid = ?", (uid,)).fetchone()
        if row is None:
            raise NotFound(field, f"the case has no {table} with uid {uid!r}")
        return row[0]

    def _id_or_none(self, table: str, uid: str) -> int | None:
        row = self.conn.execute(f"SELECT id FROM {table} WHERE uid = ?", (uid,)).fetchone()
        return None if row is None else row[0]

    def _uids(self, table: str, ids: set[int]) -> dict[int, str]:
        if not ids:
            return {}
        found: dict[int, str] = {}
        id_list = sorted(ids)
        for i in range(0, len(id_list), 500):
            chunk = id_list[i : i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(self.conn.execute(f"SELECT id, uid FROM {table} WHERE id IN ({marks})", chunk).fetchall())
        return found

    def exists(self, table: str, uid: str) -> bool:
        return self._id_or_none(table, uid) is not None


def iso(value: PartialDate | None) -> str | None:
    return None if value is None else value.iso()


def read_date(text: object, fallback_seconds: int | None = None) -> PartialDate | None:
    """A stored date; a damaged value falls back to the year of ``fallback_seconds`` (or None)."""
    if text is None:
        return None
    try:
        return dates.parse(text)  # type: ignore[arg-type]
    except dates.DateError:
        pass
    try:  # the seconds may be damaged too: not a number, or out of the calendar's range
        return dates.from_seconds_at(int(fallback_seconds), dates.Precision.YEAR)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None


def read_enum(kind: type[E], value: object, default: E) -> E:
    try:
        return kind(value)
    except ValueError:
        return default


def text(value: object) -> str:
    return "" if value is None else str(value)
