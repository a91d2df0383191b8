"""A note typed after the case file was moved or deleted is never lost without asking: closing
the window (or opening another case) offers to save its text to a file, and the reason is said
in words, not as SQLite's "attempt to write a readonly database"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.core.casefile import open_case
from explorer.core.database import CaseFileGoneError
from explorer.core.dates import parse
from explorer.core.models import Event
from explorer.ui.main_window import MainWindow
from explorer.ui.messages import Dialogs

TYPED = "Written after the file went away"


@pytest.fixture
def window(qtbot, bundled_case: Path) -> MainWindow:
    shown = MainWindow(open_case(bundled_case), automatic_backups=False)
    qtbot.addWidget(shown)
    shown.remember_layout = False
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _type_a_note_after_the_file_is_gone(qtbot, window: MainWindow, case: Path) -> None:
    os.remove(case)
    window.timeline.event_selected.emit("ev-meta-stake")
    window.notes.panel.new_note()
    edit = window.notes.panel.editor.text_edit
    with qtbot.waitSignal(window.notes.panel.autosaver.failed, timeout=3000) as failed:
        qtbot.keyClicks(edit, TYPED)
    assert "moved or deleted" in failed.args[0] and "readonly" not in failed.args[0]
    assert "moved or deleted" in window.notes.panel.editor.state.text()


def test_a_write_to_a_deleted_case_says_the_file_is_gone(bundled_case: Path) -> None:
    store = open_case(bundled_case)
    os.remove(bundled_case)
    try:
        with pytest.raises(CaseFileGoneError, match="moved or deleted while it was open"):
            store.put_event(Event("late", "Added after the file went", parse("2025-08")))
    finally:
        store.close()


def test_cancel_keeps_the_window_and_the_text(qtbot, window: MainWindow, bundled_case: Path, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(Dialogs, "unsaved_note", classmethod(lambda cls, parent, reason: asked.append(reason) or "cancel"))
    _type_a_note_after_the_file_is_gone(qtbot, window, bundled_case)
    window.close()
    assert window.isVisible() and len(asked) == 1 and "moved or deleted" in asked[0]
    assert window.notes.panel.editor.text_edit.text() == TYPED
    assert window.store.conn.execute("SELECT count(*) FROM event").fetchone()[0] > 0  # the case is still open
    monkeypatch.setattr(Dialogs, "unsaved_note", classmethod(lambda cls, parent, reason: "discard"))
    window.close()
    assert not window.isVisible()


def test_the_text_can_be_saved_to_a_file_before_closing(qtbot, window: MainWindow, bundled_case: Path, tmp_path: Path,
                                                        monkeypatch) -> None:
    target = tmp_path / "kept.md"
    offered: list[str] = []
    monkeypatch.setattr(Dialogs, "unsaved_note", classmethod(lambda cls, parent, reason: "save"))
    monkeypatch.setattr(Dialogs, "note_text_path", classmethod(lambda cls, parent, suggested: offered.append(suggested) or str(target)))
    _type_a_note_after_the_file_is_gone(qtbot, window, bundled_case)
    window.close()
    assert not window.isVisible()
    assert target.read_text(encoding="utf-8") == TYPED
    assert offered[0].endswith("unsaved note.md")


def test_a_file_dialog_cancelled_asks_again(qtbot, window: MainWindow, bundled_case: Path, monkeypatch) -> None:
    answers = iter(["save", "cancel"])
    monkeypatch.setattr(Dialogs, "unsaved_note", classmethod(lambda cls, parent, reason: next(answers)))
    monkeypatch.setattr(Dialogs, "note_text_path", classmethod(lambda cls, parent, suggested: None))
    _type_a_note_after_the_file_is_gone(qtbot, window, bundled_case)
    window.close()
    assert window.isVisible()  # asked again, then cancelled
    monkeypatch.setattr(Dialogs, "unsaved_note", classmethod(lambda cls, parent, reason: "discard"))
    window.close()


def test_opening_another_case_asks_too(qtbot, window: MainWindow, bundled_case: Path, tmp_path: Path, monkeypatch) -> None:
    other = tmp_path / "other.case.db"
    other.write_bytes(bundled_case.read_bytes())
    monkeypatch.setattr(Dialogs, "unsaved_note", classmethod(lambda cls, parent, reason: "cancel"))
    _type_a_note_after_the_file_is_gone(qtbot, window, bundled_case)
    assert not window.open_case_file(other)
    assert window.notes.panel.editor.text_edit.text() == TYPED
    monkeypatch.setattr(Dialogs, "unsaved_note", classmethod(lambda cls, parent, reason: "discard"))
    assert window.open_case_file(other)
    window.close()


def test_an_edit_to_a_deleted_case_is_refused_in_words(qtbot, window: MainWindow, bundled_case: Path, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(Dialogs, "error", classmethod(lambda cls, parent, title, text: said.append(text)))
    os.remove(bundled_case)
    window.event_table.setFocus()
    window.event_table.selectRow(0)
    window.delete_events([window.event_table.model_.event_at(0).uid])
    assert len(said) == 1 and "moved or deleted" in said[0] and "nothing was changed" in said[0]
    qtbot.keyClick(window.event_table, Qt.Key.Key_Escape)


def test_closing_tries_the_save_once(qtbot, window: MainWindow, bundled_case: Path, monkeypatch) -> None:
    """Each try may wait out another program's lock (5 s): closing used to try three times."""
    monkeypatch.setattr(Dialogs, "unsaved_note", classmethod(lambda cls, parent, reason: "discard"))
    _type_a_note_after_the_file_is_gone(qtbot, window, bundled_case)
    tries: list[str] = []
    window.notes.panel.autosaver.saving.connect(tries.append)  # just before each try to write
    window.close()
    assert not window.isVisible() and len(tries) == 1


class _Session:
    """What a session manager tells and is told at logout (QSessionManager cannot be made in a test)."""

    def __init__(self, questions: bool) -> None:
        self.questions = questions
        self.cancelled = self.released = False

    def allowsInteraction(self) -> bool:  # Qt's name
        return self.questions

    def release(self) -> None:
        self.released = True

    def cancel(self) -> None:
        self.cancelled = True


@pytest.mark.parametrize("answer", ["cancel", "discard"])
def test_logging_out_asks_about_the_note_and_may_cancel_the_logout(qtbot, window: MainWindow, bundled_case: Path, monkeypatch,
                                                                   answer: str) -> None:
    asked: list[str] = []
    monkeypatch.setattr(Dialogs, "unsaved_note", classmethod(lambda cls, parent, reason: asked.append(reason) or answer))
    _type_a_note_after_the_file_is_gone(qtbot, window, bundled_case)
    session = _Session(questions=True)
    window._session_ending(session)
    assert len(asked) == 1 and "moved or deleted" in asked[0]
    assert session.cancelled == (answer == "cancel") and session.released
    monkeypatch.setattr(Dialogs, "unsaved_note", classmethod(lambda cls, parent, reason: "discard"))
    window.close()


def test_logging_out_with_no_questions_allowed_keeps_the_note_in_a_file(qtbot, window: MainWindow, bundled_case: Path,
                                                                        monkeypatch) -> None:
    monkeypatch.setattr(Dialogs, "unsaved_note", classmethod(lambda cls, parent, reason: pytest.fail("asked")))
    _type_a_note_after_the_file_is_gone(qtbot, window, bundled_case)
    session = _Session(questions=False)
    window._session_ending(session)
    kept = list(bundled_case.parent.glob("unsaved note *.md"))
    assert [path.read_text(encoding="utf-8") for path in kept] == [TYPED]
    assert not session.cancelled
    monkeypatch.setattr(Dialogs, "unsaved_note", classmethod(lambda cls, parent, reason: "discard"))
    window.close()


def test_logging_out_with_the_note_saved_asks_nothing(qtbot, window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(Dialogs, "unsaved_note", classmethod(lambda cls, parent, reason: pytest.fail("asked")))
    window.timeline.event_selected.emit("ev-meta-stake")
    window.notes.panel.new_note()
    qtbot.keyClicks(window.notes.panel.editor.text_edit, "Saved before the logout")
    session = _Session(questions=True)
    window._session_ending(session)
    assert not session.cancelled
    assert window.store.conn.execute("SELECT count(*) FROM note WHERE body LIKE '%before the logout%'").fetchone()[0] == 1


def test_the_window_listens_for_the_end_of_the_session_while_it_is_open(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import SIGNAL
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    before = app.receivers(SIGNAL("commitDataRequest(QSessionManager&)"))
    assert before >= 1
    window.close()
    assert app.receivers(SIGNAL("commitDataRequest(QSessionManager&)")) == before - 1
    window.close()  # closed twice: nothing to stop listening to the second time
