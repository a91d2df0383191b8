"""Import PySide6 for the app without its costly look at every later import.

Importing PySide6 replaces Python's ``__import__``: after every import of a module it has not
seen, PySide6 decides whether that module "uses PySide6" (a module that does may later opt into
``from __feature__ import snake_case``) by reading the module's whole source with
``inspect.getsource`` and looking for the word. The app imports about 500 modules after PySide6
(numpy, pyqtgraph, its own), and ``inspect`` makes each look cost a line cache, an encoding check
and a join: 100–150 ms of every start on a two-core machine (``bench/startup_bench.py``).

``import_pyside()`` imports PySide6 and, where PySide6 has that check, gives it the same answer
read the cheap way: the bytes of the module's ``.py`` file, searched for the same word. Anything
else (a built-in or compiled module, a file that cannot be read) goes to PySide6's own check, so
every module gets exactly the answer it got before; a test compares the two on every loaded module.
Nothing here is needed for correctness: if a PySide6 release renames the check, this does nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"  # PySide6's own module for ``__feature__``
CHECK = "_mod_uses_pyside"
WORD = b"PySide6"


def import_pyside() -> None:
    """Import PySide6's core and make its per-import check cheap (once; later calls do nothing)."""
    import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook and its feature module)

    feature = sys.modules.get(FEATURE_MODULE)
    check = getattr(feature, CHECK, None)
    if feature is None or not callable(check) or getattr(check, "reads_bytes", False):
        return
    setattr(feature, CHECK, _reading_bytes(check))


def _reading_bytes(check: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        spec = getattr(module, "__spec__", None)
        origin = getattr(spec, "origin", None)
        if isinstance(origin, str) and origin.endswith(".py"):
            try:
                with open(origin, "rb") as source:
                    return WORD in source.read()
            except OSError:
                pass
        return check(module)

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    uses_pyside.original = check  # type: ignore[attr-defined]
    return uses_pyside
