"""explorer.pyqtgraph_import: pyqtgraph's Qt copies fill on demand and give what the usual import gives."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from explorer import pyqtgraph_import

REPO = Path(__file__).resolve().parents[2]

# Prints, as JSON, what every name of pyqtgraph's three Qt copies is, how many classes each of
# PySide6's modules has made, and what dir() of PySide6's modules lists afterwards.
_DESCRIBE = """
import json, sys, types
{importing}
import PySide6
from pyqtgraph import Qt

def describe(value):
    if isinstance(value, type):
        return "class " + value.__module__ + "." + value.__qualname__
    if isinstance(value, types.ModuleType):
        return "module " + value.__name__
    if callable(value):
        return "callable " + getattr(value, "__module__", "?") + "." + getattr(value, "__qualname__", "?")
    if isinstance(value, (str, int, float, bytes, tuple)):
        return type(value).__name__ + " " + repr(value)
    return type(value).__name__

copies = {{}}
same_object = True
for name in ("QtCore", "QtGui", "QtWidgets"):
    mirror, qt = getattr(Qt, name), getattr(PySide6, name)
    made = len(qt.__dict__)
    copies[name] = {{"made": made, "dir_qt": len(dir(qt)), "names": {{}}}}
    for attribute in dir(mirror):
        value = getattr(mirror, attribute)
        copies[name]["names"][attribute] = describe(value)
        if not attribute.startswith("__") and hasattr(qt, attribute) and value is not getattr(qt, attribute):
            same_object = False
top = {{attribute: describe(getattr(Qt, attribute)) for attribute in dir(Qt) if not attribute.startswith("__")}}
print(json.dumps({{"copies": copies, "top": top, "same_object": same_object, "version": Qt.VERSION_INFO}}))
"""


def _describe(importing: str) -> dict:
    code = _DESCRIBE.format(importing=importing)
    env_code = "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n" + code
    result = subprocess.run([sys.executable, "-c", env_code], capture_output=True, text=True, cwd=REPO, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def both_ways() -> tuple[dict, dict]:
    usual = _describe("import PySide6.QtWidgets\nimport pyqtgraph")  # as the app imports them
    lazy = _describe("from explorer import pyqtgraph_import\npyqtgraph_import.import_pyqtgraph()")
    return usual, lazy


def test_every_name_gives_what_the_usual_import_gives(both_ways: tuple[dict, dict]) -> None:
    usual, lazy = both_ways
    for name in pyqtgraph_import.QT_MODULES:
        usual_names, lazy_names = usual["copies"][name]["names"], lazy["copies"][name]["names"]
        for attribute in ("__file__", "__spec__", "__loader__", "__cached__", "__path__", "__dir__", "__getattr__", "__builtins__"):
            usual_names.pop(attribute, None), lazy_names.pop(attribute, None)  # how each module came to be
        assert lazy_names == usual_names, name
    assert lazy["top"] == usual["top"]
    assert lazy["version"] == usual["version"]
    assert lazy["same_object"] and usual["same_object"]


def test_only_the_classes_asked_for_are_made() -> None:
    usual = _made_after("import pyqtgraph")
    lazy = _made_after("from explorer import pyqtgraph_import\npyqtgraph_import.import_pyqtgraph()")
    for name in pyqtgraph_import.QT_MODULES:
        assert usual[name]["made"] == usual[name]["listed"], (name, usual[name])  # the usual import makes every class
        assert lazy[name]["made"] < lazy[name]["listed"] / 2, (name, lazy[name])
        assert lazy[name]["listed"] == usual[name]["listed"]  # PySide6's own listing is back


def _made_after(importing: str) -> dict:
    """How many names each PySide6 module has made after ``importing``, and how many it lists."""
    code = (
        "import json, os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        f"{importing}\n"
        "import PySide6\n"
        "print(json.dumps({name: {'made': len([n for n in vars(getattr(PySide6, name)) if not n.startswith('__')]),"
        " 'listed': len({n for n in dir(getattr(PySide6, name)) if not n.startswith('__')})}"
        " for name in ('QtCore', 'QtGui', 'QtWidgets')}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_an_already_imported_pyqtgraph_is_returned_as_it_is() -> None:
    import pyqtgraph

    assert pyqtgraph_import.import_pyqtgraph() is pyqtgraph


def test_copies_that_are_not_empty_mean_the_usual_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "pyqtgraph"
    for name in pyqtgraph_import.QT_MODULES:
        (package / "Qt" / name).mkdir(parents=True)
        (package / "Qt" / name / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "pyqtgraph")
    assert pyqtgraph_import._empty_mirror_files() == {
        name: package / "Qt" / name / "__init__.py" for name in pyqtgraph_import.QT_MODULES
    }
    (package / "Qt" / "QtGui" / "__init__.py").write_text("from PySide6.QtGui import *\n")
    assert pyqtgraph_import._empty_mirror_files() is None
    (package / "Qt" / "QtGui" / "__init__.py").unlink()
    assert pyqtgraph_import._empty_mirror_files() is None


def test_a_failed_import_leaves_no_copies_and_pyside_as_it_was(tmp_path: Path) -> None:
    package = tmp_path / "pyqtgraph"
    for name in pyqtgraph_import.QT_MODULES:
        (package / "Qt" / name).mkdir(parents=True)
        (package / "Qt" / name / "__init__.py").write_text("")
    (package / "__init__.py").write_text("from . import Qt\nraise ImportError('broken pyqtgraph')\n")  # after its Qt loaded
    (package / "Qt" / "__init__.py").write_text("from . import QtCore, QtGui, QtWidgets\n")
    code = (
        "import json, os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "import PySide6.QtWidgets\n"
        "listing = PySide6.QtWidgets.__dict__.get('__dir__')\n"
        "from explorer import pyqtgraph_import\n"
        "try:\n"
        "    pyqtgraph_import.import_pyqtgraph()\n"
        "except ImportError as exc:\n"
        "    print(json.dumps({'error': str(exc), 'copies': [m for m in sys.modules if m.startswith('pyqtgraph')],\n"
        "        'listing_kept': PySide6.QtWidgets.__dict__.get('__dir__') is listing,\n"
        "        'listed': len(dir(PySide6.QtWidgets))}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["error"] == "broken pyqtgraph"
    assert outcome["copies"] == []
    assert outcome["listing_kept"] and outcome["listed"] > 150
