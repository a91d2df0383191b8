"""Edits go through the undo history and every panel follows, without reloading from scratch."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.core import undo
from explorer.core.dates import parse
from explorer.core.models import Entity, Event, Participant
from explorer.ui.main_window import MainWindow
from explorer.ui.messages import Dialogs


def _counts(window: MainWindow) -> tuple[int, int]:
    return len(window.timeline.index), window.event_table.model().rowCount()


def test_add_undo_redo_keeps_every_panel_in_step(qtbot, main_window: MainWindow) -> None:
    store = main_window.store
    event = Event("added-here", "A consultant's new event", parse("2025-06-20"), participants=(Participant("meta"),))
    assert main_window.run(undo.put(store, event))
    assert _counts(main_window) == (14, 14)
    assert main_window.undo_action.text() == "&Undo Add event"
    main_window.timeline.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _counts(main_window) == (13, 13)
    assert main_window.redo_action.text() == "&Redo Add event"
    main_window.redo_action.trigger()
    assert _counts(main_window) == (14, 14)
    assert store.event("added-here") is not None


def test_editing_the_shown_event_updates_the_detail(qtbot, main_window: MainWindow) -> None:
    main_window.select_event("ev-meta-stake")
    old = main_window.store.event("ev-meta-stake")
    edited = Event(old.uid, "Meta takes 49% (edited)", old.start, old.end, old.body, participants=old.participants)
    main_window.run(undo.put(main_window.store, edited, "Change title"))
    assert "Meta takes 49% (edited)" in main_window.detail.text()
    assert main_window.undo_action.text() == "&Undo Change title"


def test_deleting_an_entity_updates_lanes_and_undo_brings_them_back(qtbot, main_window: MainWindow) -> None:
    lanes = list(main_window.timeline.lane_axis.names)
    main_window.run(undo.delete(main_window.store, Entity, "google"))
    assert "Google" not in main_window.timeline.lane_axis.names
    main_window.undo()
    assert main_window.timeline.lane_axis.names == lanes


def test_a_refused_edit_says_why_and_changes_nothing(qtbot, main_window: MainWindow, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(Dialogs, "error", classmethod(lambda cls, parent, title, message: shown.append(message)))
    bad = Event("bad", "Bad", parse("2025"), participants=(Participant("nobody"),))
    assert not main_window.run(undo.put(main_window.store, bad))
    assert len(shown) == 1 and "nobody" in shown[0]
    assert _counts(main_window) == (13, 13)
    assert main_window.undo_action.text() == "&Undo" and not main_window.undo_action.isEnabled()
