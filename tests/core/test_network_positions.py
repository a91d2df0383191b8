"""Pinned positions: undoable operations, saved in the case file, kept after reopening."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.core import position_ops
from explorer.core.casefile import open_case
from explorer.core.changes import Changed
from explorer.core.undo import UndoStack


def test_pin_saves_the_position_and_undo_restores_the_one_before(bundled_case: Path) -> None:
    store = open_case(bundled_case)
    history = UndoStack(store)
    changes = history.run(position_ops.pin(store, "meta", (120.5, -40.0)))
    assert changes.touches(Changed.POSITIONS) and "meta" in changes.uids
    assert history.undo_label == "Move entity"
    history.run(position_ops.pin(store, "meta", (300.0, 10.0)))
    assert store.positions()["meta"] == (300.0, 10.0)
    history.undo()
    assert store.positions()["meta"] == (120.5, -40.0)
    history.undo()
    assert "meta" not in store.positions()
    history.redo()
    assert store.positions()["meta"] == (120.5, -40.0)
    store.close()
    reopened = open_case(bundled_case)
    assert reopened.positions() == {"meta": (120.5, -40.0)}
    reopened.close()


def test_unpin_and_unpin_all_are_undoable(bundled_store) -> None:
    history = UndoStack(bundled_store)
    assert position_ops.unpin_all(bundled_store) is None
    history.run(position_ops.pin_many(bundled_store, {"meta": (1.0, 2.0), "openai": (3.0, 4.0)}))
    assert history.undo_label == "Move 2 entities"
    history.run(position_ops.unpin(bundled_store, "meta"))
    assert bundled_store.positions() == {"openai": (3.0, 4.0)}
    history.undo()
    assert bundled_store.positions() == {"meta": (1.0, 2.0), "openai": (3.0, 4.0)}
    history.run(position_ops.unpin_all(bundled_store))
    assert bundled_store.positions() == {}
    assert history.undo_label == "Unpin all entities"
    history.undo()
    assert bundled_store.positions() == {"meta": (1.0, 2.0), "openai": (3.0, 4.0)}


def test_pinning_an_unknown_entity_is_refused_before_anything_changes(bundled_store) -> None:
    with pytest.raises(KeyError):
        position_ops.pin(bundled_store, "nobody", (0.0, 0.0))
    with pytest.raises(ValueError):
        position_ops.pin_many(bundled_store, {})
    assert bundled_store.positions() == {}
