"""Import pyqtgraph without making every Qt class up front.

PySide6 makes a Qt class (and its enums) the first time a module attribute is read. pyqtgraph
keeps its own copies of ``QtCore``, ``QtGui`` and ``QtWidgets`` (empty modules, filled when
``pyqtgraph.Qt`` is imported by reading *every* name of PySide6's three modules), so importing it
makes all ~720 classes and ~670 enums: 150–280 ms of every start on a two-core machine, for
classes the app never uses (``bench/startup_bench.py``).

``import_pyqtgraph()`` puts pyqtgraph's three copies in place before pyqtgraph imports them, as
modules that look a name up in PySide6's module when it is first asked for (PEP 562
``__getattr__``), and, while pyqtgraph copies, lets PySide6's modules list only the names they
have already made. Every name then gives the same object as before; a test compares the two
ways name by name. If pyqtgraph is already imported, or its copies are no longer the empty
modules this expects, pyqtgraph is imported the usual way.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

QT_MODULES = ("QtCore", "QtGui", "QtWidgets")  # the modules pyqtgraph copies (pyqtgraph/Qt/__init__.py)
MIRROR_PACKAGE = "pyqtgraph.Qt"


def import_pyqtgraph() -> ModuleType:
    """pyqtgraph, imported with its Qt copies that fill themselves on demand (once)."""
    if "pyqtgraph" not in sys.modules:
        mirrors = _empty_mirror_files()
        if mirrors is None:
            import pyqtgraph  # noqa: F401  (the usual way: nothing here applies)
        else:
            _import_with_lazy_mirrors(mirrors)
    return sys.modules["pyqtgraph"]


def _empty_mirror_files() -> dict[str, Path] | None:
    """The files of pyqtgraph's Qt copies, if each is the empty module this expects."""
    spec = importlib.util.find_spec("pyqtgraph")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "Qt"
    files = {name: folder / name / "__init__.py" for name in QT_MODULES}
    try:
        if any(path.stat().st_size != 0 for path in files.values()):
            return None
    except OSError:
        return None
    return files


def _import_with_lazy_mirrors(files: dict[str, Path]) -> None:
    import PySide6.QtCore
    import PySide6.QtGui
    import PySide6.QtWidgets

    qt_modules = {name: getattr(PySide6, name) for name in QT_MODULES}
    for name, qt in qt_modules.items():
        sys.modules[f"{MIRROR_PACKAGE}.{name}"] = _mirror(name, qt, files[name])
    listings = {name: qt.__dict__.get("__dir__") for name, qt in qt_modules.items()}
    try:
        for qt in qt_modules.values():
            qt.__dir__ = _names_made_so_far(qt)  # type: ignore[attr-defined]
        import pyqtgraph  # noqa: F401
    except BaseException:  # leave no half-imported pyqtgraph holding the copies behind
        for name in [name for name in sys.modules if name == "pyqtgraph" or name.startswith("pyqtgraph.")]:
            del sys.modules[name]
        raise
    finally:
        for name, qt in qt_modules.items():
            if listings[name] is None:
                del qt.__dir__
            else:
                qt.__dir__ = listings[name]  # type: ignore[attr-defined]


def _mirror(name: str, qt: ModuleType, file: Path) -> ModuleType:
    """An empty ``pyqtgraph.Qt.<name>`` whose missing names come from PySide6's module."""
    full_name = f"{MIRROR_PACKAGE}.{name}"
    mirror = ModuleType(full_name)
    mirror.__file__ = str(file)
    mirror.__spec__ = importlib.machinery.ModuleSpec(full_name, None, origin=str(file))
    mirror.__package__ = full_name
    mirror.__path__ = [str(file.parent)]  # a package, as the file it stands for

    def look_up(attribute: str) -> object:
        return getattr(qt, attribute)

    def listing() -> list[str]:
        return sorted(set(mirror.__dict__) | set(dir(qt)))

    mirror.__getattr__ = look_up  # type: ignore[attr-defined]  (PEP 562: names the module does not hold)
    mirror.__dir__ = listing  # type: ignore[attr-defined]
    return mirror


def _names_made_so_far(qt: ModuleType) -> Callable[[], list[str]]:
    return lambda: [name for name in qt.__dict__ if not name.startswith("__")]
