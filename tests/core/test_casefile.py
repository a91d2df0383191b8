"""Saving a copy of a case (File ▸ Save a Copy…)."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.core.casefile import open_case
from explorer.core.database import CaseFileError


def test_save_copy_writes_the_whole_case_and_never_replaces_a_file(bundled_store, tmp_path: Path) -> None:
    from explorer.core.casefile import save_copy

    target = tmp_path / "copy.case.db"
    assert save_copy(bundled_store, target) == target
    copy = open_case(target)
    try:
        assert copy.counts() == bundled_store.counts() and copy.title == bundled_store.title
    finally:
        copy.close()
    before = target.read_bytes()
    with pytest.raises(CaseFileError, match="already exists"):
        save_copy(bundled_store, target)
    with pytest.raises(CaseFileError, match="the case itself"):
        save_copy(bundled_store, bundled_store.db.path)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.case.db", "scale.case.db"]  # no partial file left
