"""PySide6 6.12.0 on Python 3.11 aborts after a few thousand calls of methods that return None
("Fatal Python error: none_dealloc"). pyproject.toml pins around it; this test makes 100,000
such calls in a child process, so a bad PySide6 shows up as a failed test, not a dead runner.
"""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 100_000

_CHILD = f"""
import sys
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget, obj, timer = QWidget(), QObject(), QTimer()
for i in range({CALLS}):
    assert widget.setToolTip("tip") is None
    assert obj.setObjectName("name") is None
    assert timer.stop() is None
print("done", {CALLS})
"""


def test_100k_calls_of_methods_returning_none_do_not_crash() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, f"PySide6 crashed after calls returning None:\n{result.stderr[-2000:]}"
    assert result.stdout.strip() == f"done {CALLS}"


def test_installed_pyside_is_not_the_broken_pair() -> None:
    import PySide6

    broken = sys.version_info[:2] == (3, 11) and PySide6.__version__.startswith("6.12.")
    assert not broken, f"PySide6 {PySide6.__version__} on Python 3.11 is known to crash; see pyproject.toml"
