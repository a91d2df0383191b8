"""Case files as a whole: create, open, copy, import into, export from, and the bundled working copy.

New files are built under a temporary name beside the target and moved into place only when
complete, so a failed ``new`` or ``import`` never leaves a half-written case behind.

The interchange formats are imported when an import or export runs, not with this module: the
window imports it at start, and the readers and writers (with the XML and URL modules they
pull in) are a fifth of a second of start-up that opening a case does not need.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from explorer import paths
from explorer.core.database import CaseFileError, Problem, ReadOnlyError, create_database, open_database
from explorer.core.store import CaseStore

if TYPE_CHECKING:
    from explorer.core.interchange.csv_mapping import CsvOptions
    from explorer.core.interchange.merge import ImportReport, Progress

T = TypeVar("T")


def open_case(path: Path | str, *, readonly: bool = False, busy_timeout: float | None = None) -> CaseStore:
    """Open an existing case; CaseFileError says why it cannot be opened."""
    kwargs = {} if busy_timeout is None else {"busy_timeout": busy_timeout}
    return CaseStore(open_database(path, readonly=readonly, **kwargs))


def build_case(path: Path | str, fill: Callable[[CaseStore], T]) -> T:
    """Create a new case at ``path`` and fill it; the file appears only if ``fill`` succeeds."""
    path = Path(path)
    if path.exists() or path.is_symlink():
        raise CaseFileError(path, Problem.EXISTS, "already exists; choose another name")
    partial = path.with_name(f".{path.name}.partial-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        try:
            store = CaseStore(create_database(partial))
        except CaseFileError as exc:  # name the file asked for, not the temporary one
            raise CaseFileError(path, exc.problem, exc.detail) from None
        try:
            result = fill(store)
        finally:
            store.close()
        _place(partial, path)
        return result
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)


def _place(partial: Path, path: Path) -> None:
    """Move a finished file into place without ever replacing a file that appeared meanwhile."""
    try:
        os.link(partial, path)
    except FileExistsError:
        raise CaseFileError(path, Problem.EXISTS, "already exists; choose another name") from None
    except OSError:  # file systems without hard links (FAT, some network shares)
        if path.exists():
            raise CaseFileError(path, Problem.EXISTS, "already exists; choose another name") from None
        os.replace(partial, path)


def default_title(path: Path | str) -> str:
    """The title a new case gets when none is given: its file's name without ``.case.db``."""
    return Path(path).name.removesuffix(".db").removesuffix(".case")


def new_case(path: Path | str, title: str | None = None) -> None:
    title = title or default_title(path)
    build_case(path, lambda store: store.set_meta("title", title))


def import_into(
    source: Path | str, target: Path | str, format: str | None = None, progress: Progress | None = None,
    csv: CsvOptions | None = None, cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import a file into a case: a missing target becomes a new case, an existing one merges.

    The source is recognised by its content unless ``format`` names it; ``csv`` says how to read
    a generic CSV. ``cancelled()`` is asked now and then; when it returns True the import stops
    and nothing is written.
    """
    from explorer.core.interchange import formats

    job = formats.open_import(source, format, csv)
    target = Path(target)
    if not target.exists():
        return build_case(target, lambda store: job.write(store, progress, cancelled))
    store = open_case(target)
    try:
        if store.readonly:
            raise ReadOnlyError(f"{target}: cannot import into it: {store.db.readonly_reason}")
        return job.write(store, progress, cancelled)
    finally:
        store.close()


def export_case(store: CaseStore, out: Path | str, format: str = "native") -> None:
    """Write the case in a format, replacing ``out`` only once the new file is complete."""
    out = Path(out)
    if store.db.path is not None and out.resolve() == store.db.path.resolve():
        raise ValueError(f"{out}: refusing to overwrite the case file itself")
    if out.is_dir():
        raise ValueError(f"{out}: is a folder; give the name of a file to write")
    if not out.parent.is_dir():
        raise ValueError(f"{out}: cannot be written: the folder {out.parent} does not exist")
    from explorer.core.interchange import exports

    partial = out.with_name(f".{out.name}.partial-{os.getpid()}")
    try:
        with partial.open("w", encoding="utf-8", newline="") as handle:
            exports.write(store, handle, format)
        os.replace(partial, out)
    except OSError as exc:  # name the file asked for, not the temporary one
        raise OSError(exc.errno, f"cannot be written ({exc.strerror})", str(out)) from None
    finally:
        partial.unlink(missing_ok=True)


def save_copy(store: CaseStore, target: Path | str) -> Path:
    """Write a copy of the open case to ``target`` (SQLite's backup API: one consistent snapshot,
    notes and history included); the file appears only when complete, and never replaces one."""
    target = Path(target)
    if store.db.path is not None and target.resolve() == store.db.path.resolve():
        raise CaseFileError(target, Problem.EXISTS, "is the case itself; choose another name")
    if target.exists() or target.is_symlink():
        raise CaseFileError(target, Problem.EXISTS, "already exists; choose another name")
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        copy = sqlite3.connect(partial)
        try:
            store.conn.backup(copy)
        finally:
            copy.close()
        _place(partial, target)
    except sqlite3.Error as exc:
        raise OSError(f"{target}: the copy could not be written ({exc})") from None
    finally:
        partial.unlink(missing_ok=True)
    return target


def ensure_working_copy(name: str = paths.BUNDLED_CASE) -> Path:
    """The user's working copy of a bundled case, built from its JSON on first use."""
    copy = paths.working_copy(name)
    if not copy.exists():
        copy.parent.mkdir(parents=True, exist_ok=True)
        try:
            import_into(paths.bundled_case_json(name), copy)
        except CaseFileError as exc:
            if exc.problem is not Problem.EXISTS:  # another instance built it first: use theirs
                raise
    return copy
