"""explorer.pyside_import: PySide6's per-import check made cheap, with exactly the same answers."""

from __future__ import annotations

import sys
import types

from explorer import pyside_import


def _feature_module() -> types.ModuleType:
    pyside_import.import_pyside()
    return sys.modules[pyside_import.FEATURE_MODULE]


def test_the_check_is_replaced_once_and_keeps_pysides_own():
    feature = _feature_module()
    check = getattr(feature, pyside_import.CHECK)
    assert check.reads_bytes
    pyside_import.import_pyside()
    assert getattr(feature, pyside_import.CHECK) is check  # not wrapped twice
    assert not getattr(check.original, "reads_bytes", False)


def test_every_loaded_module_gets_the_answer_pyside_itself_gives():
    import explorer.ui.main_window  # noqa: F401  (numpy, pyqtgraph and the app's own modules loaded)

    check = getattr(_feature_module(), pyside_import.CHECK)
    modules = [module for module in list(sys.modules.values()) if isinstance(module, types.ModuleType)]
    answers = {module.__name__: (check(module), check.original(module)) for module in modules}
    assert len(answers) > 400
    differing = {name: pair for name, pair in answers.items() if pair[0] != pair[1]}
    assert differing == {}
    assert answers["explorer.ui.main_window"] == (True, True)
    assert answers["explorer.core.dates"] == (False, False)
    assert answers["sys"] == (False, False)  # built in: PySide6's own check answers


def test_a_module_without_readable_source_goes_to_pysides_check(tmp_path):
    gone = types.ModuleType("gone")
    gone.__spec__ = types.SimpleNamespace(origin=str(tmp_path / "gone.py"))  # the file was deleted
    calls = []
    uses_pyside = pyside_import._reading_bytes(lambda module: calls.append(module) or False)
    assert uses_pyside(gone) is False
    assert calls == [gone]
    (tmp_path / "gone.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert uses_pyside(gone) is True
    assert calls == [gone]  # read from the file, not asked again


def test_a_pyside_without_the_check_is_left_alone(monkeypatch):
    """A later PySide6 may drop or rename the check: the import still works and nothing is patched."""
    import PySide6.QtCore  # noqa: F401

    renamed = types.ModuleType(pyside_import.FEATURE_MODULE)
    monkeypatch.setitem(sys.modules, pyside_import.FEATURE_MODULE, renamed)
    pyside_import.import_pyside()
    assert vars(renamed).keys() == vars(types.ModuleType("x")).keys()
    monkeypatch.delitem(sys.modules, pyside_import.FEATURE_MODULE)
    pyside_import.import_pyside()  # no feature module at all
