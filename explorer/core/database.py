"""Open case files safely, and write to them only inside ``atomic()``.

Opening never creates or changes a file it was not asked to: a missing path, a folder, an empty
or non-SQLite file, a damaged database, a foreign SQLite file, a newer schema and a locked file
each raise ``CaseFileError`` naming the problem; a read-only file or folder opens read-only.
Case files are untrusted input, so the schema is compared with the one our migrations build
before anything else runs (``trusted_schema`` stays OFF until it matches, see ``schema``).

A case in WAL mode (copied from a database in that mode: Case Explorer never sets it) opens
read-only as an ``immutable`` file, or SQLite would create its ``-wal`` and ``-shm`` beside it.
Its mode is read from the file's header, but never while a connection of this process may hold
the file: closing any descriptor of a file drops every POSIX lock the process holds on it, and
with them SQLite's protection against other writers (see ``_OpenFiles``).
"""

from __future__ import annotations

import enum
import itertools
import os
import re
import shlex
import sqlite3
import stat
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from explorer.core import migrations, schema
from explorer.core.file_kinds import importable_kind

APPLICATION_ID = 0x43415345  # "CASE"
QUICK_CHECK_MAX_BYTES = 8 * 1024 * 1024  # about 0.1 s; larger files rely on SQLite's own checks and `check`
DEFAULT_BUSY_TIMEOUT_S = 5.0
_SQLITE_HEADER = b"SQLite format 3\x00"
_SNIFF_BYTES = 8 * 1024  # what is read of a file SQLite refused, to say what it is


class Problem(enum.Enum):
    MISSING = "missing"
    DIRECTORY = "directory"
    EMPTY = "empty"
    NOT_SQLITE = "not-sqlite"
    DAMAGED = "damaged"
    FOREIGN = "foreign"
    NEWER = "newer"
    LOCKED = "locked"
    UNEXPECTED_SCHEMA = "unexpected-schema"
    NEEDS_UPGRADE = "needs-upgrade"
    EXISTS = "exists"
    UPGRADE_FAILED = "upgrade-failed"
    UNREADABLE = "unreadable"
    STRAY_LOG = "stray-log"


class CaseFileError(Exception):
    """A case file cannot be opened or created; ``str()`` is a one-line message for people."""

    def __init__(self, path: Path | str, problem: Problem, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = Path(path)
        self.problem = problem
        self.detail = detail


class ReadOnlyError(Exception):
    """A write was attempted on a case opened read-only."""


class BusyError(sqlite3.OperationalError):
    """Another program holds the case file's write lock for longer than we wait.

    Raised by any statement on a case's connection, reads included, not only by ``atomic()``; it
    is an ``OperationalError``, so code that handles those (search, loaders) still does.
    """


class CaseFileGoneError(sqlite3.OperationalError):
    """The case file was moved or deleted while open: SQLite refuses to write to it any more
    (``SQLITE_READONLY_DBMOVED``, which it words as "attempt to write a readonly database")."""


_GONE_MESSAGE = ("the case file was moved or deleted while it was open, so nothing more can be saved to it "
                 "(save a copy of the case to keep it)")
_BUSY_MESSAGE = "the case file is busy: another program is writing to it"
_BUSY_CODES = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


@contextmanager
def _busy_as_error() -> Iterator[None]:
    """SQLite's "database is locked" / "busy" after the busy timeout, as ``BusyError``; a file moved
    or deleted under the connection, as ``CaseFileGoneError``."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        plain = _busy_or(exc)
        if plain is exc:
            raise
        raise plain from exc


class _CaseConnection(sqlite3.Connection):
    """A connection whose statements raise ``BusyError`` when the file stays locked.

    The lock a read needs is taken when its statement first steps, which ``execute`` does; rows
    read after that need no other lock, so iteration is left at C speed.
    """

    def execute(self, *args, **kwargs) -> sqlite3.Cursor:  # type: ignore[no-untyped-def]
        with _busy_as_error():
            return super().execute(*args, **kwargs)

    def executemany(self, *args, **kwargs) -> sqlite3.Cursor:  # type: ignore[no-untyped-def]
        with _busy_as_error():
            return super().executemany(*args, **kwargs)

    def executescript(self, *args, **kwargs) -> sqlite3.Cursor:  # type: ignore[no-untyped-def]
        with _busy_as_error():
            return super().executescript(*args, **kwargs)

    def cursor(self, factory: type[sqlite3.Cursor] | None = None) -> sqlite3.Cursor:  # type: ignore[override]
        return super().cursor(factory or _CaseCursor)


class _CaseCursor(sqlite3.Cursor):
    def execute(self, *args, **kwargs) -> sqlite3.Cursor:  # type: ignore[no-untyped-def]
        with _busy_as_error():
            return super().execute(*args, **kwargs)

    def executemany(self, *args, **kwargs) -> sqlite3.Cursor:  # type: ignore[no-untyped-def]
        with _busy_as_error():
            return super().executemany(*args, **kwargs)


class Database:
    """One connection to a case file, with ``atomic()`` transactions and savepoints."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, readonly_reason: str | None, immutable: bool = False) -> None:
        self.conn = conn
        self.path = path
        self.readonly_reason = readonly_reason
        self.immutable = immutable  # a read-only WAL-mode file, read without locks or logs
        self._savepoints = itertools.count(1)
        if path is not None:
            _open_files.hold(path, self)

    @property
    def uri(self) -> str:
        """The URI to open more read-only connections to this case with (for worker threads)."""
        if self.path is None:
            raise ValueError("an in-memory case has no file")
        return _uri(self.path, readonly=True, immutable=self.immutable)

    @property
    def readonly(self) -> bool:
        return self.readonly_reason is not None

    @contextmanager
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """A transaction, or a savepoint when nested; rolls back on any exception."""
        if self.readonly:
            raise ReadOnlyError(f"the case is open read-only ({self.readonly_reason})")
        conn = self.conn
        if conn.in_transaction:
            name = f"sp{next(self._savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield conn
            except BaseException as exc:
                # After a disk full or I/O error SQLite may already have rolled back the whole
                # transaction, savepoints included: then there is nothing to undo here, and the
                # original error (not "no such savepoint") is what the user must be told.
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO {name}")
                    conn.execute(f"RELEASE {name}")
                busy = _busy_or(exc) if isinstance(exc, sqlite3.OperationalError) else exc
                if busy is exc:
                    raise
                raise busy from exc
            conn.execute(f"RELEASE {name}")
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc):
                raise
            raise BusyError(_BUSY_MESSAGE) from exc
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            busy = _busy_or(exc) if isinstance(exc, sqlite3.OperationalError) else exc
            if busy is exc:
                raise
            raise busy from exc

    def open_reader(self) -> Database:
        """A second, read-only connection to the same file (for worker threads)."""
        if self.path is None:
            raise ValueError("an in-memory case has no file to open a reader on")
        conn = _connect(self.path, readonly=True, timeout=DEFAULT_BUSY_TIMEOUT_S, immutable=self.immutable)
        _set_pragmas(conn, readonly=True)
        return Database(conn, self.path, "reader", self.immutable)

    def close(self) -> None:
        self.conn.close()
        if self.path is not None:
            _open_files.release(self.path, self)


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    """Whether SQLite gave up waiting for a lock (and the error is not a BusyError already)."""
    if isinstance(exc, BusyError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _BUSY_CODES
    return "locked" in str(exc) or "busy" in str(exc)


def _busy_or(exc: sqlite3.OperationalError) -> Exception:
    """The error to raise for ``exc``: ``BusyError`` for a lock, ``CaseFileGoneError`` for a file
    moved or deleted under the connection, else ``exc`` itself."""
    if _is_busy(exc):
        return BusyError(_BUSY_MESSAGE)
    if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_DBMOVED" and not isinstance(exc, CaseFileGoneError):
        return CaseFileGoneError(_GONE_MESSAGE)
    return exc


class _OpenFiles:
    """The case files this process holds ``Database`` connections to, by device and inode.

    Reading a file's header with ``open()`` is safe only while no connection of this process has
    it open: on POSIX, closing that descriptor would drop the locks SQLite holds on the file for
    every other connection. So the header is read only when no ``Database`` of the file is alive,
    and what it said (WAL mode or not) is remembered for the connections opened meanwhile.
    Connections made elsewhere (backups, timeline readers) live only beside a ``Database`` of the
    same file, or are not open when a case is being opened.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders: dict[tuple[int, int], weakref.WeakSet[Database]] = {}
        self._wal: dict[tuple[int, int], bool] = {}

    @staticmethod
    def _key(path: Path) -> tuple[int, int] | None:
        try:
            info = path.stat()
        except OSError:
            return None
        return info.st_dev, info.st_ino

    def hold(self, path: Path, database: Database) -> None:
        key = self._key(path)
        if key is not None:
            with self._lock:
                self._holders.setdefault(key, weakref.WeakSet()).add(database)

    def release(self, path: Path, database: Database) -> None:
        key = self._key(path)
        with self._lock:
            for holders in ([self._holders[key]] if key in self._holders else list(self._holders.values())):
                holders.discard(database)
            for stale in [k for k, holders in self._holders.items() if not holders]:
                del self._holders[stale]
                self._wal.pop(stale, None)

    def in_wal_mode(self, path: Path) -> bool:
        """Whether the file's header asks for WAL mode (bytes 18 and 19 are 2)."""
        key = self._key(path)
        if key is None:
            return False
        with self._lock:
            if self._holders.get(key):  # open here already: what its header said when it was opened
                return self._wal.get(key, False)
            try:
                with path.open("rb") as handle:
                    header = handle.read(100)
            except OSError:
                return False  # the connection will say what is wrong with the file
            wal = header.startswith(_SQLITE_HEADER) and header[18:20] == b"\x02\x02"
            self._wal[key] = wal
            return wal


_open_files = _OpenFiles()


# --- opening ---------------------------------------------------------------------------------


def open_database(
    path: Path | str, *, readonly: bool = False, busy_timeout: float = DEFAULT_BUSY_TIMEOUT_S, backup_dir: Path | None = None
) -> Database:
    """Open an existing case file, upgrading an older schema (after a backup) when writable."""
    path = Path(path)
    _check_path(path)
    readonly_reason = "opened read-only on request" if readonly else _readonly_reason(path)
    immutable = readonly_reason is not None and _open_files.in_wal_mode(path)
    conn = _open_connection(path, readonly=readonly_reason is not None, timeout=busy_timeout, immutable=immutable)
    with _closing_on_error(conn, path):
        _check_identity(conn, path)
        version = _user_version(conn, path)
        if version < migrations.latest_version():
            if readonly_reason is not None:
                raise CaseFileError(
                    path, Problem.NEEDS_UPGRADE,
                    f"was made by an older Case Explorer (schema version {version}) and must be upgraded, "
                    f"but it is read-only ({readonly_reason})",
                )
            try:
                migrations.upgrade(conn, path, backup_dir=backup_dir)
            except (sqlite3.Error, OSError) as exc:
                raise CaseFileError(
                    path, Problem.UPGRADE_FAILED,
                    f"could not be upgraded from schema version {version} ({exc}); the file is unchanged",
                ) from None
        _check_schema(conn, path)
        if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
            _quick_check(conn, path)
        _set_pragmas(conn, readonly=readonly_reason is not None)
    return Database(conn, path, readonly_reason, immutable)


def open_for_inspection(path: Path | str, busy_timeout: float = DEFAULT_BUSY_TIMEOUT_S) -> sqlite3.Connection:
    """A read-only connection to a case file that is not yet trusted (for ``check``).

    The file must be a case of a version we read; its schema and contents are not verified,
    so callers keep ``trusted_schema`` OFF and only read.
    """
    path = Path(path)
    _check_path(path)
    conn = _open_connection(path, readonly=True, timeout=busy_timeout, immutable=_open_files.in_wal_mode(path))
    with _closing_on_error(conn, path):
        _check_identity(conn, path)
        _user_version(conn, path)
    return conn


@contextmanager
def _closing_on_error(conn: sqlite3.Connection, path: Path) -> Iterator[None]:
    """Close the connection on any failure and turn SQLite errors into CaseFileErrors."""
    try:
        yield
    except CaseFileError:
        conn.close()
        raise
    except sqlite3.OperationalError as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise CaseFileError(path, Problem.LOCKED, "is locked by another program; close it there and try again") from None
        raise CaseFileError(path, Problem.DAMAGED, f"cannot be read ({exc})") from None
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _describe_unreadable(path, exc) from None
    except BaseException:
        conn.close()
        raise


def _open_connection(path: Path, *, readonly: bool, timeout: float, immutable: bool = False) -> sqlite3.Connection:
    try:
        return _connect(path, readonly=readonly, timeout=timeout, immutable=immutable)
    except sqlite3.Error as exc:
        raise CaseFileError(path, Problem.UNREADABLE, f"cannot be opened ({exc})") from None


def create_database(path: Path | str) -> Database:
    """Create a new, empty case file at a path that must not exist yet."""
    path = Path(path)
    if path.exists() or path.is_symlink():
        raise CaseFileError(path, Problem.EXISTS, "already exists; choose another name")
    if not path.parent.is_dir():
        raise CaseFileError(path, Problem.MISSING, f"cannot be created: the folder {path.parent} does not exist")
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=rwc", uri=True, isolation_level=None, check_same_thread=False, factory=_CaseConnection
        )
        _initialise(conn)
    except sqlite3.Error as exc:
        raise CaseFileError(path, Problem.UNREADABLE, f"cannot be created ({exc})") from None
    return Database(conn, path, None)


def memory_database() -> Database:
    """A new case held in memory (tests, scratch work)."""
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    _initialise(conn)
    return Database(conn, None, None)


def _initialise(conn: sqlite3.Connection) -> None:
    conn.text_factory = _lenient_text
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    migrations.apply_all(conn)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _set_pragmas(conn, readonly=False)


def _check_path(path: Path) -> None:
    if not path.exists():
        raise CaseFileError(path, Problem.MISSING, "does not exist")
    if path.is_dir():
        raise CaseFileError(path, Problem.DIRECTORY, "is a folder, not a case file")
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise CaseFileError(path, Problem.NOT_SQLITE, "is not a regular file")
    if info.st_size == 0:
        raise CaseFileError(path, Problem.EMPTY, "is empty (0 bytes), not a case file")
    if not os.access(path, os.R_OK):
        raise CaseFileError(path, Problem.UNREADABLE, "cannot be read: permission denied")
    _check_no_stray_log(path)


def _check_no_stray_log(path: Path) -> None:
    """Refuse a case with a write-ahead log beside it: SQLite would replay any ``-wal`` it finds.

    Case Explorer never writes in WAL mode, and SQLite cannot tell a log that belongs to this
    file from one copied or left beside it: it would read (and on closing, write into the case)
    whatever pages that log holds. So a non-empty ``-wal`` is left alone and the case is not opened.
    """
    log = path.with_name(path.name + "-wal")
    try:
        size = log.stat().st_size
    except FileNotFoundError:
        return
    except OSError as exc:
        raise CaseFileError(path, Problem.STRAY_LOG, f"has a write-ahead log beside it that cannot be read ({exc.strerror})") from None
    if size > 0:
        raise CaseFileError(
            path, Problem.STRAY_LOG,
            f"has a write-ahead log beside it ({log.name}, {size:,} bytes) that Case Explorer did not write; "
            "it was not opened, because SQLite would copy that log into the case. Close any other program "
            "using the case, or move the log away, and try again",
        )


def _readonly_reason(path: Path) -> str | None:
    """Why the file must open read-only, or None. Honours missing write bits even for root."""
    if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
        return "the file is read-only"
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK) or not folder.stat().st_mode & 0o222:
        return "its folder is read-only"
    return None


def _uri(path: Path, *, readonly: bool, immutable: bool = False) -> str:
    return f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rw'}{'&immutable=1' if immutable else ''}"


def _connect(path: Path, *, readonly: bool, timeout: float, immutable: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(_uri(path, readonly=readonly, immutable=immutable), uri=True, timeout=timeout,
                           isolation_level=None, check_same_thread=False, factory=_CaseConnection)
    conn.text_factory = _lenient_text
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def _lenient_text(data: bytes) -> str:
    """Decode TEXT leniently: a damaged file shows replacement characters, never crashes a read."""
    return data.decode("utf-8", "replace")


def _check_identity(conn: sqlite3.Connection, path: Path) -> None:
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if application_id != APPLICATION_ID:
        objects, tables = conn.execute("SELECT count(*), count(CASE type WHEN 'table' THEN 1 END) FROM sqlite_master").fetchone()
        if objects == 0:
            raise CaseFileError(path, Problem.FOREIGN, "is an empty SQLite database, not a Case Explorer case")
        held = f" (it holds {_count(tables, 'table')})" if tables else ""
        raise CaseFileError(path, Problem.FOREIGN, f"is a SQLite database made by another program, not a Case Explorer case{held}")


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" + ("" if number == 1 else "s")


def _user_version(conn: sqlite3.Connection, path: Path) -> int:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    latest = migrations.latest_version()
    if version > latest:
        raise CaseFileError(
            path, Problem.NEWER,
            f"was made by a newer Case Explorer (schema version {version}; this version reads up to {latest}); "
            "update Case Explorer to open it",
        )
    return version


def _check_schema(conn: sqlite3.Connection, path: Path) -> None:
    differences = schema_problems(conn)
    if differences:
        more = f" (and {len(differences) - 1} more)" if len(differences) > 1 else ""
        raise CaseFileError(
            path, Problem.UNEXPECTED_SCHEMA,
            f"has a schema that Case Explorer did not make: {differences[0]}{more}; it was not opened, for safety",
        )


# Tables SQLite makes itself, whose text may vary between SQLite versions, so ``schema.differences``
# does not compare it. Their definitions must still be plain columns: a CHECK, DEFAULT or generated
# column there would run whenever our own FTS triggers write, once ``trusted_schema`` is ON.
_SQLITE_MADE = re.compile(rf"(?:{'|'.join(schema.FTS_TABLES)})_(?:data|idx|docsize|config)|sqlite_stat\d")
_PLAIN_WORDS = frozenset({
    "create", "table", "integer", "primary", "key", "blob", "without", "rowid",
    "id", "block", "segid", "term", "pgno", "sz", "origin", "k", "v", "tbl", "idx", "stat", "neq", "nlt", "ndlt", "sample",
})
_TOKEN = re.compile(r"'[^']*'|\"[^\"]*\"|[A-Za-z_][A-Za-z0-9_]*|[(),]|\S")


def schema_problems(conn: sqlite3.Connection) -> list[str]:
    """What makes a file's schema unsafe or not ours: ``schema.differences`` plus any definition
    of the tables SQLite itself makes (search index storage, statistics) that is more than plain
    columns."""
    problems = schema.differences(conn)
    for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"):
        if _SQLITE_MADE.fullmatch(name) and not _plain_table(name, sql or ""):
            problems.append(f"table {name!r} has an unexpected definition")
    return problems


def _plain_table(name: str, sql: str) -> bool:
    for token in _TOKEN.findall(sql):
        if token in "(),":
            continue
        if token.strip("'\"") == name:
            continue
        if token.lower() not in _PLAIN_WORDS:
            return False
    return True


# With ``trusted_schema`` OFF, SQLite refuses to load a schema whose CHECK, DEFAULT, generated
# column, index, view or trigger calls a function not marked innocuous (or one it does not know):
# the schema is well formed, but it is not ours and would run code, so it is not damage.
_UNSAFE_SCHEMA = re.compile(
    r"malformed database schema \((?P<name>[^)]*)\) - "
    r"(?:unsafe use of (?P<unsafe>[^()\s]+)\(\)|no such function: (?P<unknown>\S+))"
)


def unsafe_schema_reason(exc: BaseException) -> str | None:
    """Why SQLite refused to load a schema that calls functions a case may not call, or None
    when ``exc`` is not such a refusal (for example real damage to the schema's text)."""
    match = _UNSAFE_SCHEMA.search(str(exc))
    if match is None:
        return None
    function = match["unsafe"] or match["unknown"]
    return f"{match['name']!r} calls the function {function}(), which a case may not use"


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    rows = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    if rows != ["ok"]:
        problems = check_problems(rows)
        first = problems[0] if problems else "the integrity check failed"
        raise CaseFileError(path, Problem.DAMAGED, f"is damaged: {first}; try case-explorer check")


def check_problems(rows: list[str]) -> list[str]:
    """The problems an integrity or quick check reported, one line each.

    SQLite puts a ``*** in database main ***`` header line before the first problem of a
    database, inside the same row; messages must stay one line, so that header is dropped.
    """
    problems = []
    for row in rows:
        for line in str(row).splitlines():
            line = line.strip()
            if line and not (line.startswith("*** in database ") and line.endswith(" ***")):
                problems.append(line)
    return problems


def _set_pragmas(conn: sqlite3.Connection, *, readonly: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cell_size_check = ON")
    if not readonly:
        conn.execute("PRAGMA synchronous = FULL")
        # Our own triggers write to FTS5 tables, which SQLite only allows with a trusted schema;
        # the schema has just been verified to be exactly the one our migrations build.
        conn.execute("PRAGMA trusted_schema = ON")


def _describe_unreadable(path: Path, exc: sqlite3.DatabaseError) -> CaseFileError:
    """Say what a file SQLite rejected looks like, from its first few KB (a file File ▸ Import reads
    says so, see ``file_kinds``). Only called once our connection is closed."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError as read_error:
        return CaseFileError(path, Problem.UNREADABLE, f"cannot be read ({read_error.strerror})")
    if head.startswith(_SQLITE_HEADER):
        refused = unsafe_schema_reason(exc)
        if refused is not None:
            return CaseFileError(
                path, Problem.UNEXPECTED_SCHEMA,
                f"has a schema that Case Explorer did not make: {refused}; it was not opened, for safety",
            )
        return CaseFileError(path, Problem.DAMAGED, f"is a damaged SQLite database ({exc}); try case-explorer check")
    try:
        importable = importable_kind(path, head)
    except Exception:  # only a better message is at stake: never fail the open's own message for it
        importable = None
    if importable is not None:
        source, case = shlex.quote(path.name), shlex.quote(path.stem.removesuffix(".timeline") + ".case.db")
        return CaseFileError(
            path, Problem.NOT_SQLITE,
            f"is {importable}, not a case file: use File ▸ Import to bring it into a case "
            f"(or `case-explorer import {source} --into {case}`)",
        )
    if _looks_like_text(head):
        return CaseFileError(path, Problem.NOT_SQLITE, "is a text file, not a case file (a case file is a SQLite database)")
    return CaseFileError(path, Problem.NOT_SQLITE, "is not a case file: it is not a SQLite database")


def _looks_like_text(head: bytes) -> bool:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # a bad byte early on, not a character cut at the end
            return False
        text = head[: exc.start].decode("utf-8")
    return bool(text) and all(ch.isprintable() or ch in "\r\n\t\f" for ch in text)
