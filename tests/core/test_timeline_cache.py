"""The timeline's disk cache: used only while the case file is exactly as it was."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from explorer.core import timeline_cache
from explorer.core.casefile import open_case
from explorer.core.dates import parse
from explorer.core.models import Event
from explorer.core.timeline_index import LaneMode
from explorer.core.timeline_loader import load_index


def _age(path: Path, seconds: float = 10) -> None:
    """Make the file look modified ``seconds`` ago (older than the racy window)."""
    past = time.time() - seconds
    os.utime(path, (past, past))


def test_second_open_comes_from_the_cache_and_matches(bundled_case: Path) -> None:
    _age(bundled_case)
    store = open_case(bundled_case, readonly=True)
    first, save = load_index(store)
    assert save is not None and save()
    second, again = load_index(store)
    store.close()
    assert again is None, "an unchanged file is read from the cache"
    for name in ("event_id", "t_start", "t_end", "style"):
        assert np.array_equal(getattr(first, name), getattr(second, name))
    a, b = first.marks(LaneMode.ENTITY), second.marks(LaneMode.ENTITY)
    assert np.array_equal(a.event, b.event) and np.array_equal(a.lane, b.lane)
    assert [lane.key for lane in a.lanes] == [lane.key for lane in b.lanes]
    assert np.array_equal(np.sort(a.visible(*first.time_range)), np.sort(b.visible(*second.time_range)))
    start, end = first.time_range
    for x0, x1 in ((start, end), (end - 40 * 86_400, end - 20 * 86_400), (start + 86_400, start + 2 * 86_400)):
        assert np.array_equal(np.sort(a.visible(x0, x1)), np.sort(b.visible(x0, x1)))
        assert np.array_equal(a.density(x0, x1, 64), b.density(x0, x1, 64))


def test_a_changed_file_is_read_again(bundled_case: Path) -> None:
    _age(bundled_case)
    store = open_case(bundled_case)
    _, save = load_index(store)
    save()
    store.put_event(Event("late-addition", "Added later", parse("2025-08")))
    _age(bundled_case)
    index, save_again = load_index(store)
    store.close()
    assert save_again is not None, "the cache must not be used after the file changed"
    assert len(index) == 14


def test_a_freshly_written_file_is_not_trusted_to_the_cache(bundled_case: Path) -> None:
    store = open_case(bundled_case, readonly=True)
    _, save = load_index(store)
    save()  # the file was written moments ago: within the racy window
    _, save_again = load_index(store)
    store.close()
    assert save_again is not None


@pytest.mark.parametrize("damage", ["meta", "array", "missing"])
def test_a_damaged_cache_entry_is_a_miss_not_an_error(bundled_case: Path, damage: str) -> None:
    _age(bundled_case)
    store = open_case(bundled_case, readonly=True)
    _, save = load_index(store)
    save()
    entry = next(timeline_cache.folder().iterdir())
    if damage == "meta":
        (entry / "meta.json").write_text("{not json")
    elif damage == "array":
        (entry / "t_start.npy").write_bytes(b"garbage")
    else:
        (entry / "style.npy").unlink()
    index, save_again = load_index(store)
    store.close()
    assert save_again is not None and len(index) == 13


def test_cached_arrays_are_mapped_copy_on_write(bundled_case: Path) -> None:
    """Arrays come from the files as they are needed (a cold million-event case reads only what is
    drawn); writing into one changes this process's copy, never the cache, and the entry can be
    replaced while mapped."""
    _age(bundled_case)
    store = open_case(bundled_case, readonly=True)
    _, save = load_index(store)
    save()
    fingerprint = timeline_cache.Fingerprint.of(bundled_case)
    arrays, _extra = timeline_cache.load(bundled_case, fingerprint)
    assert all(type(array) is np.ndarray and isinstance(array.base, np.memmap) for array in arrays.values())  # mapped, no copy
    original = np.array(arrays["t_start"])
    arrays["t_start"][:] = 0
    again, _extra = timeline_cache.load(bundled_case, fingerprint)
    assert np.array_equal(again["t_start"], original)
    saved = timeline_cache.save(bundled_case, fingerprint, {name: np.array(a) for name, a in again.items()}, {})
    replaced = timeline_cache.load(bundled_case, fingerprint)
    store.close()
    if sys.platform == "win32":  # a mapped file cannot be removed there: the save fails, the next open misses
        assert not saved
    else:
        assert saved and np.array_equal(replaced[0]["t_start"], original) and not arrays["t_start"].any()


def test_a_case_deleted_before_its_cache_is_saved_is_not_an_error(bundled_case: Path) -> None:
    _age(bundled_case)
    store = open_case(bundled_case, readonly=True)
    _, save = load_index(store)
    store.close()
    bundled_case.unlink()
    assert save() is False  # (it runs on a worker thread, where an exception went unseen)
