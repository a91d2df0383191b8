"""UI test fixtures: a main window on a fresh copy of the bundled case, and a leak check."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp) -> Iterator[None]:
    """Fail a test that leaves a visible top-level window behind."""
    yield
    qapp.processEvents()
    leaked = [w for w in qapp.topLevelWidgets() if w.isVisible()]
    for widget in leaked:
        widget.close()
    assert not leaked, f"test leaked windows: {[w.objectName() or type(w).__name__ for w in leaked]}"


@pytest.fixture(autouse=True)
def private_settings(private_home: Path) -> None:
    """QSettings go to the test's own data folder, never the user's."""
    from explorer.ui.settings import use_data_folder

    use_data_folder()


@pytest.fixture
def main_window(qtbot, bundled_case: Path):
    from explorer.core.casefile import open_case
    from explorer.ui.main_window import MainWindow

    window = MainWindow(open_case(bundled_case))
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    return window
