"""Factories for files that are not usable cases, and a snapshot to prove nothing changed on disk.

Each factory makes one bad file in ``folder`` and returns its path; the ones that need a real
case copy ``case`` (a case file built from the bundled JSON, e.g. the ``bundled_case`` fixture
or ``build_real_case``). ``BAD_FILES`` lists them all with the ``Problem`` that opening must
report and words its message must contain, so core, CLI and GUI tests can share them:

    with prepare(BAD_FILES["text"], folder, case) as path:
        before = snapshot(folder)
        ...  # try to open path
        assert snapshot(folder) == before

``prepare`` also undoes what a factory set up (kills the lock holder, makes a read-only folder
writable again so the test's temporary folder can be removed).
"""

from __future__ import annotations

import hashlib
import os
import random
import select
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from explorer.core import migrations
from explorer.core.database import Problem

REPO = Path(__file__).resolve().parents[2]
BUNDLED_JSON = REPO / "db" / "cases" / "scale-ai-2025.json"
CASE_NAME = "bad.case.db"
LOCK_WAIT_S = 15.0


def build_real_case(folder: Path) -> Path:
    """A case built from the bundled JSON (for callers without the ``bundled_case`` fixture)."""
    from explorer.core.casefile import import_into

    path = folder / "real.case.db"
    import_into(BUNDLED_JSON, path)
    return path


def _copy(case: Path, folder: Path, name: str = CASE_NAME) -> Path:
    target = folder / name
    target.write_bytes(case.read_bytes())
    return target


def _edit(path: Path, *statements: str) -> None:
    """Change a copy with plain sqlite3 (as another program would); leaves no journal behind."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()
    assert not path.with_name(path.name + "-journal").exists()


# --- the factories -----------------------------------------------------------------------------


def missing_path(folder: Path, case: Path | None = None) -> Path:
    return folder / "no-such.case.db"


def directory(folder: Path, case: Path | None = None) -> Path:
    path = folder / "a-folder.case.db"
    path.mkdir()
    (path / "inside.txt").write_text("a file inside the folder\n", encoding="utf-8")
    return path


def empty_file(folder: Path, case: Path | None = None) -> Path:
    path = folder / "empty.case.db"
    path.write_bytes(b"")
    return path


def text_file(folder: Path, case: Path | None = None) -> Path:
    path = folder / "notes.case.db"
    path.write_text(
        "Meeting notes, 18 June 2025\n\n- Meta takes 49% of Scale AI\n- Alexandr Wang moves to Meta\n" * 20, encoding="utf-8"
    )
    return path


def truncated_case(folder: Path, case: Path, fraction: float = 0.6, *, at_page: bool = False) -> Path:
    """A real case cut to ``fraction`` of its size, as a copy that stopped short.

    Cut mid-page by default (half a page on when the fraction lands on a page boundary);
    ``at_page`` cuts at the page boundary at or below the fraction instead.
    """
    data = case.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    keep = int(len(data) * fraction)
    if at_page:
        keep = keep // page_size * page_size
    elif keep % page_size == 0:
        keep += page_size // 2
    assert 0 < keep < len(data)
    path = folder / CASE_NAME
    path.write_bytes(data[:keep])
    return path


def truncated_at_page(folder: Path, case: Path) -> Path:
    return truncated_case(folder, case, at_page=True)


def _quick_check_fails(path: Path) -> bool:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("PRAGMA quick_check")] != ["ok"]
    except sqlite3.DatabaseError:
        return True
    finally:
        conn.close()


def _event_and_index_pages(path: Path) -> list[int]:
    """Pages of the event table and of every index, nearest the middle of the file first."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        page_count = conn.execute("PRAGMA page_count").fetchone()[0]
        names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE name = 'event' OR type = 'index'")]
        marks = ",".join("?" * len(names))
        try:
            pages = {row[0] for row in conn.execute(f"SELECT pageno FROM dbstat WHERE name IN ({marks})", names)}
        except sqlite3.OperationalError:  # SQLite built without dbstat: the root pages will do
            pages = {row[0] for row in conn.execute(f"SELECT rootpage FROM sqlite_master WHERE name IN ({marks})", names)}
    finally:
        conn.close()
    pages.discard(1)
    return sorted(pages, key=lambda page: (abs(page - page_count / 2), page))


def corrupt_page(folder: Path, case: Path, seed: int = 20250612) -> Path:
    """A real case with random bytes over one whole b-tree page (event table or an index).

    The first such page nearest the middle of the file whose loss ``quick_check`` notices.
    """
    path = _copy(case, folder)
    original = path.read_bytes()
    page_size = int.from_bytes(original[16:18], "big")
    noise = random.Random(seed).randbytes(page_size)
    for page in _event_and_index_pages(path):
        offset = (page - 1) * page_size
        path.write_bytes(original[:offset] + noise + original[offset + page_size :])
        if _quick_check_fails(path):
            return path
    raise AssertionError("no page of the event table or an index makes quick_check fail")


def foreign_sqlite(folder: Path, case: Path | None = None) -> Path:
    """Another program's SQLite database: a table with rows, application_id 0."""
    path = folder / "inventory.case.db"
    _edit(
        path,
        "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL, quantity INTEGER)",
        "INSERT INTO item (name, quantity) VALUES ('bolts', 120), ('nuts', 80)",
    )
    return path


def newer_schema(folder: Path, case: Path) -> Path:
    path = _copy(case, folder)
    _edit(path, f"PRAGMA user_version = {migrations.latest_version() + 1}")
    return path


EXTRA_TRIGGER = "log_event_reads"
EXTRA_VIEW = "event_summary"


def extra_trigger(folder: Path, case: Path) -> Path:
    path = _copy(case, folder)
    _edit(path, f"CREATE TRIGGER {EXTRA_TRIGGER} AFTER UPDATE ON event BEGIN DELETE FROM note; END")
    return path


def extra_view(folder: Path, case: Path) -> Path:
    path = _copy(case, folder)
    _edit(path, f"CREATE VIEW {EXTRA_VIEW} AS SELECT uid, title FROM event")
    return path


def readonly_file(folder: Path, case: Path) -> Path:
    path = _copy(case, folder)
    path.chmod(0o444)
    return path


def file_in_readonly_folder(folder: Path, case: Path) -> Path:
    """A writable case inside a folder without write bits (``prepare`` restores the folder)."""
    inner = folder / "readonly-folder"
    inner.mkdir()
    path = _copy(case, inner)
    inner.chmod(0o555)
    return path


@contextmanager
def locked_by_other_writer(path: Path, wait: float = LOCK_WAIT_S) -> Iterator[subprocess.Popen]:
    """Another process holds ``BEGIN EXCLUSIVE`` on ``path`` until the block ends (then it is killed)."""
    script = (
        "import sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('BEGIN EXCLUSIVE')\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()  # hold the lock until killed\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert child.stdout is not None and child.stderr is not None
        deadline = time.monotonic() + wait
        line = ""
        while not line and child.poll() is None and (remaining := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([child.stdout], [], [], remaining)
            if ready:
                line = child.stdout.readline()
        if line.strip() != "locked":
            child.kill()
            raise AssertionError(f"the lock holder did not take the lock: {line!r} {child.stderr.read()!r}")
        yield child
    finally:
        child.kill()
        child.wait(timeout=10)
        for stream in (child.stdin, child.stdout, child.stderr):
            if stream is not None:
                stream.close()


def locked_case(folder: Path, case: Path) -> Path:
    """A real case; ``prepare`` holds it locked (see ``locked_by_other_writer``)."""
    return _copy(case, folder)


# --- the table ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BadFile:
    """One kind of bad file: how to make it and what opening it must say.

    ``problem`` is None for files that open, read-only; ``words`` must then appear in the
    read-only reason rather than in an error message.
    """

    name: str
    make: Callable[[Path, Path], Path]
    problem: Problem | None
    words: tuple[str, ...]

    @property
    def opens_readonly(self) -> bool:
        return self.problem is None

    @property
    def slow(self) -> bool:
        """Opening waits for the busy timeout."""
        return self.make is locked_case


BAD_FILES: dict[str, BadFile] = {
    bad.name: bad
    for bad in (
        BadFile("missing", missing_path, Problem.MISSING, ("does not exist",)),
        BadFile("directory", directory, Problem.DIRECTORY, ("folder",)),
        BadFile("empty", empty_file, Problem.EMPTY, ("empty",)),
        BadFile("text", text_file, Problem.NOT_SQLITE, ("text file",)),
        BadFile("truncated", truncated_case, Problem.DAMAGED, ("damaged",)),
        BadFile("truncated-at-page", truncated_at_page, Problem.DAMAGED, ("damaged",)),
        BadFile("corrupt-page", corrupt_page, Problem.DAMAGED, ("damaged",)),
        BadFile("foreign", foreign_sqlite, Problem.FOREIGN, ("made by another program, not a Case Explorer case (it holds 1 table)",)),
        BadFile("newer", newer_schema, Problem.NEWER, ("newer",)),
        BadFile("extra-trigger", extra_trigger, Problem.UNEXPECTED_SCHEMA, ("schema", "trigger", EXTRA_TRIGGER)),
        BadFile("extra-view", extra_view, Problem.UNEXPECTED_SCHEMA, ("schema", "view", EXTRA_VIEW)),
        BadFile("locked", locked_case, Problem.LOCKED, ("locked",)),
        BadFile("readonly-file", readonly_file, None, ("read-only", "file")),
        BadFile("readonly-folder", file_in_readonly_folder, None, ("read-only", "folder")),
    )
}
UNOPENABLE = [bad for bad in BAD_FILES.values() if not bad.opens_readonly]
READONLY = [bad for bad in BAD_FILES.values() if bad.opens_readonly]


@contextmanager
def prepare(bad: BadFile, folder: Path, case: Path) -> Iterator[Path]:
    """Make the bad file, hold it in its bad state for the block, then tidy up."""
    path = bad.make(folder, case)
    try:
        if bad.make is locked_case:
            with locked_by_other_writer(path):
                yield path
        else:
            yield path
    finally:
        for parent in (path.parent, *path.parent.parents):
            if parent == folder or folder not in parent.parents:
                break
            parent.chmod(0o755)
        if path.exists() and not path.is_dir():
            path.chmod(0o644)


# --- proving nothing changed ----------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    kind: str
    mode: int
    size: int
    mtime_ns: int
    sha256: str


def snapshot(*folders: Path) -> dict[str, Entry]:
    """Every file and folder under ``folders`` (themselves included): kind, mode, size, mtime, hash.

    A folder's mtime changes when an entry is created or removed in it, so even a journal that
    was made and deleted again shows up.
    """
    found: dict[str, Entry] = {}
    for top in folders:
        for path in [top, *sorted(top.rglob("*"))]:
            info = path.lstat()
            if path.is_symlink():
                kind, digest = "link", os.readlink(path)
            elif path.is_dir():
                kind, digest = "dir", ""
            else:
                kind, digest = "file", hashlib.sha256(path.read_bytes()).hexdigest()
            found[str(path)] = Entry(kind, info.st_mode, info.st_size, info.st_mtime_ns, digest)
    return found


def without_folder_times(found: dict[str, Entry]) -> dict[str, Entry]:
    """A snapshot that ignores folders' mtimes: for commands that may make and remove a temporary
    file beside their target (``new``, ``import``), where only what is left behind matters."""
    return {name: Entry(e.kind, e.mode, e.size, 0, e.sha256) if e.kind == "dir" else e for name, e in found.items()}
