"""Cycles are collected on the event loop, never by Python in the middle of a Qt call (where a
widget's destructor can deadlock on Qt's signal-slot lock): automatic collection is off while the
collector lives and a timer collects by Python's own thresholds."""

from __future__ import annotations

import gc

from explorer.ui.cycle_collector import CycleCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collection_moves_to_the_event_loop_and_back(qtbot) -> None:
    gc.enable()
    collector = CycleCollector(interval_ms=10)
    try:
        assert not gc.isenabled()
        gc.collect()
        for _ in range(collector.thresholds[0] * 3):  # enough new objects for Python to have collected
            _Cycle()
        assert gc.get_count()[0] > collector.thresholds[0]  # nothing collected them on the spot
        qtbot.waitUntil(lambda: collector.collections > 0, timeout=2000)
        assert gc.get_count()[0] <= collector.thresholds[0]
    finally:
        collector.stop()
    assert gc.isenabled()
    gc.disable()  # as the test session runs (tests/conftest.py)


def test_the_app_collects_on_its_event_loop(qapp, bundled_case, tmp_path) -> None:
    from explorer import app

    for run in range(2):  # started twice in one process: one collector
        assert app.main([str(bundled_case), "--screenshot", str(tmp_path / f"{run}.png"), "--size", "800x600"]) == 0
    assert len(qapp.findChildren(CycleCollector)) == 1
    assert not gc.isenabled()
