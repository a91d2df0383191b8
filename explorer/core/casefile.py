"""Case files as a whole: create, open, import into, export from, and the bundled working copy.

New files are built under a temporary name beside the target and moved into place only when
complete, so a failed ``new`` or ``import`` never leaves a half-written case behind.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from explorer import paths
from explorer.core.database import CaseFileError, Problem, ReadOnlyError, create_database, open_database
from explorer.core.interchange import formats, native_json
from explorer.core.interchange.merge import ImportReport, Progress, merge_into
from explorer.core.store import CaseStore

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


def new_case(path: Path | str, title: str | None = None) -> None:
    title = title or Path(path).name.removesuffix(".db").removesuffix(".case")
    build_case(path, lambda store: store.set_meta("title", title))


def import_into(
    source: Path | str, target: Path | str, format: str | None = None, progress: Progress | None = None
) -> ImportReport:
    """Import a file into a case: a missing target becomes a new case, an existing one merges."""
    data = formats.read_case_data(source, format)
    target = Path(target)
    if not target.exists():
        return build_case(target, lambda store: merge_into(store, data, progress))
    store = open_case(target)
    try:
        if store.readonly:
            raise ReadOnlyError(f"{target}: cannot import into it: {store.db.readonly_reason}")
        return merge_into(store, data, progress)
    finally:
        store.close()


def export_case(store: CaseStore, out: Path | str) -> None:
    """Write the case as native JSON, replacing ``out`` only once the new text is complete."""
    out = Path(out)
    if store.db.path is not None and out.resolve() == store.db.path.resolve():
        raise ValueError(f"{out}: refusing to overwrite the case file itself")
    if out.is_dir():
        raise ValueError(f"{out}: is a folder; give the name of a file to write")
    if not out.parent.is_dir():
        raise ValueError(f"{out}: cannot be written: the folder {out.parent} does not exist")
    text = native_json.case_to_json(store)
    partial = out.with_name(f".{out.name}.partial-{os.getpid()}")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, out)
    except OSError as exc:  # name the file asked for, not the temporary one
        raise OSError(exc.errno, f"cannot be written ({exc.strerror})", str(out)) from None
    finally:
        partial.unlink(missing_ok=True)


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
