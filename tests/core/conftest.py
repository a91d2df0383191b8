"""Core test fixtures: an empty case in memory."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from explorer.core.store import CaseStore


@pytest.fixture
def store() -> Iterator[CaseStore]:
    """An empty case in memory, closed after the test."""
    case = CaseStore.in_memory()
    yield case
    case.close()
