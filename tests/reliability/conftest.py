"""Reliability suite setup: the soak part runs only when asked for, and figures are recorded.

Tests marked ``soak`` are deselected unless the ``-m`` expression names ``soak`` (``pytest -m
soak tests/reliability``), so a plain ``pytest`` runs only the quick part. Set
``RELIABILITY_FIGURES=path.jsonl`` to have tests append what they measured (kills survived,
inputs fuzzed, hostile files tried) for docs/reliability.md.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.reliability import figures


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "soak" in (config.getoption("markexpr") or ""):
        return
    soak = [item for item in items if item.get_closest_marker("soak") is not None]
    if soak:
        config.hook.pytest_deselected(items=soak)
        items[:] = [item for item in items if item.get_closest_marker("soak") is None]


@pytest.fixture
def record_figure(request: pytest.FixtureRequest) -> Callable[..., None]:
    """``record_figure(kind, **numbers)``: note a measured figure for this test (see ``figures``)."""

    def record(kind: str, **numbers: object) -> None:
        figures.record(request.node.nodeid, kind, **numbers)

    return record
