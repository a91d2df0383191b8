"""A disk cache of the timeline's arrays, so reopening a big case does not read it all again.

Reading a million events out of SQLite takes over a second however it is done; loading the same
arrays back from .npy files takes a few tens of milliseconds. The cache lives in the app's data
folder, one directory per case file, and is trusted only while the case file is exactly as it
was: same inode, size and modification time, with that time at least ``RACY_NS`` older than the
cache (a write within the file system's timestamp granularity could otherwise go unseen, the
problem git calls "racy"). Anything odd about a cache entry makes it a miss, never an error.

The arrays are mapped copy-on-write rather than read: pages come from disk as they are used, and
a write into one stays in this process. An entry is never rewritten in place (a new folder is
renamed over it), so a mapped entry stays valid while another process or a later save replaces it
(where the system will not remove a mapped file, the replacement fails and the next open misses).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from explorer import paths

FORMAT = 3  # 2: entity lanes end with a lane of events without participants; 3: lanes' start times kept, not their order
RACY_NS = 2_000_000_000
_NAME_OK = set("abcdefghijklmnopqrstuvwxyz_0123456789")


@dataclass(frozen=True)
class Fingerprint:
    inode: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> Fingerprint:
        info = path.stat()
        return cls(info.st_ino, info.st_size, info.st_mtime_ns)


def folder() -> Path:
    return paths.data_home() / "cache" / "timeline"


def _entry(case: Path) -> Path:
    return folder() / hashlib.sha1(str(case.resolve()).encode("utf-8")).hexdigest()


def load(case: Path, fingerprint: Fingerprint) -> tuple[dict[str, np.ndarray], dict] | None:
    """The cached arrays and extra facts for this exact file, or None."""
    entry = _entry(case)
    try:
        meta = json.loads((entry / "meta.json").read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT or meta.get("fingerprint") != asdict(fingerprint):
            return None
        if meta.get("written_ns", 0) - fingerprint.mtime_ns < RACY_NS:
            return None
        arrays = {name: _mapped(entry / f"{name}.npy") for name in meta["arrays"] if set(name) <= _NAME_OK}
        if set(arrays) != set(meta["arrays"]):
            return None
        return arrays, meta.get("extra", {})
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _mapped(path: Path) -> np.ndarray:
    """The array in ``path``, mapped copy-on-write, as a plain ndarray over the mapping: numpy's
    memmap subclass costs ten times as much per slice (1.7 against 0.17 µs), and every frame of the
    timeline slices these arrays per lane."""
    return np.asarray(np.load(path, allow_pickle=False, mmap_mode="c"))


def save(case: Path, fingerprint: Fingerprint, arrays: dict[str, np.ndarray], extra: dict) -> bool:
    """Store arrays for this file if it still has ``fingerprint``; replaces any older entry."""
    try:
        if Fingerprint.of(case) != fingerprint:
            return False
    except OSError:  # the case file was moved or deleted meanwhile (this runs on a worker thread)
        return False
    entry = _entry(case)
    partial = entry.with_name(f"{entry.name}.partial-{os.getpid()}")
    try:
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        for name, array in arrays.items():
            np.save(partial / f"{name}.npy", np.ascontiguousarray(array), allow_pickle=False)
        meta = {"format": FORMAT, "fingerprint": asdict(fingerprint), "written_ns": time.time_ns(),
                "arrays": sorted(arrays), "extra": extra}
        (partial / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        shutil.rmtree(entry, ignore_errors=True)
        partial.rename(entry)
        return True
    except OSError:
        shutil.rmtree(partial, ignore_errors=True)
        return False
