"""Test setup: Qt offscreen, a private data folder per test, and shared case fixtures."""

from __future__ import annotations

import gc
import itertools
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

# the app's own way of importing Qt and pyqtgraph, so that every test runs the classes the app runs
from explorer import pyqtgraph_import, pyside_import

pyside_import.import_pyside()
pyqtgraph_import.import_pyqtgraph()

REPO = Path(__file__).resolve().parent.parent
BUNDLED_JSON = REPO / "db" / "cases" / "scale-ai-2025.json"
SCREENSHOTS = REPO / "tests" / "screenshots"


FULL_COLLECTION_EVERY = 25  # tests; a full collection walks every live object (about 0.2 s in a full run)
_tests_run = itertools.count(1)


@pytest.fixture(autouse=True)
def cycles_collected_between_tests() -> Iterator[None]:
    """As in the app (``explorer/ui/cycle_collector.py``), Python never collects cycles on its own in
    the middle of a Qt call, where destroying a widget left over from an earlier test can deadlock
    on Qt's signal-slot lock (it froze a full run once); the garbage is collected between tests:
    what the test made (young generations) after each, everything after every 25th."""
    gc.disable()
    yield
    gc.collect(2 if next(_tests_run) % FULL_COLLECTION_EVERY == 0 else 1)


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own CASE_EXPLORER_HOME, so nothing touches the real data folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CASE_EXPLORER_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def excepthook_restored(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that starts the app (``app.main``) installs its error hook; it ends with the test, and
    while it lasts the hook only prints (a real message box would wait for a click forever)."""
    from explorer.ui import error_hook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(error_hook, "show", lambda error: None)


@pytest.fixture(scope="session")
def bundled_case_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled case built once per session; copy it with ``bundled_case``."""
    from explorer.core.casefile import import_into

    path = tmp_path_factory.mktemp("template") / "scale.case.db"
    import_into(BUNDLED_JSON, path)
    return path


@pytest.fixture
def bundled_case(bundled_case_template: Path, tmp_path: Path) -> Path:
    """A fresh, writable copy of the bundled case for one test."""
    target = tmp_path / "scale.case.db"
    target.write_bytes(bundled_case_template.read_bytes())
    return target


@pytest.fixture
def bundled_store(bundled_case: Path) -> Iterator:
    from explorer.core.casefile import open_case

    store = open_case(bundled_case)
    yield store
    store.close()


@pytest.fixture
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Soak runs take as long as they take: only the quick tests have the per-test timeout."""
    for item in items:
        if item.get_closest_marker("soak") is not None:
            item.add_marker(pytest.mark.timeout(0))
