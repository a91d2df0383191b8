"""Shared helpers for the interchange tests: fixture paths and importing into a fresh case."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from explorer.core.casefile import import_into, open_case
from explorer.core.store import CaseStore

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TIMELINEJS = FIXTURES / "timelinejs"
CSV = FIXTURES / "csv"


@pytest.fixture(autouse=True)
def private_settings(private_home: Path) -> None:
    """QSettings (the import and export dialogs remember a folder) go to the test's own data folder."""
    from explorer.ui.settings import use_data_folder

    use_data_folder()


@pytest.fixture
def imported(tmp_path: Path) -> Iterator:
    """``imported(source, **options)`` imports into a new case and returns its open store."""
    stores: list[CaseStore] = []

    def run(source: Path, **options: object) -> CaseStore:
        target = tmp_path / f"case{len(stores)}.case.db"
        import_into(source, target, **options)  # type: ignore[arg-type]
        store = open_case(target)
        stores.append(store)
        return store

    yield run
    for store in stores:
        store.close()
