"""Export Brief… and Export Slides… report their progress in a dialog with Cancel, and a
cancelled export leaves no file behind (explorer.ui.progress.run_in_thread / run_steps)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from explorer.core import dates
from explorer.core.casefile import new_case, open_case
from explorer.core.generate import generate_case
from explorer.core.notes.brief import build_brief
from explorer.ui import progress as progress_module
from explorer.ui.brief.dialog import BriefChoice, BriefDialog
from explorer.ui.brief.export import STEPS, BriefFormat
from explorer.ui.messages import Dialogs
from explorer.ui.notes.files import NoteDialogs
from explorer.ui.presenter import attach
from explorer.ui.presenter.controller import SlideExportDialog
from explorer.ui.progress import Cancelled, Progress, run_in_thread, run_steps


def _dialog() -> QProgressDialog | None:
    """The progress dialog on screen (tests show it at once: ``SHOW_AFTER_MS`` is 0)."""
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QProgressDialog) and w.objectName() == "progressDialog" and w.isVisible()), None)


@pytest.fixture(autouse=True)
def show_at_once(monkeypatch) -> None:
    monkeypatch.setattr(progress_module, "SHOW_AFTER_MS", 0)


def _press_cancel(dialog: QProgressDialog) -> None:
    dialog.findChild(QPushButton).click()


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(NoteDialogs, "info", classmethod(lambda cls, parent, title, text: said.append((title, text))))
    monkeypatch.setattr(NoteDialogs, "error", classmethod(lambda cls, parent, title, text: said.append((title, text))))
    return said


def _choose_brief(monkeypatch, out: Path, fmt: BriefFormat) -> None:
    chosen = BriefChoice(fmt, dates.parse("2025-06-20"), True)
    monkeypatch.setattr(BriefDialog, "ask", classmethod(lambda cls, as_of, parent=None: chosen))
    monkeypatch.setattr(NoteDialogs, "brief_path", classmethod(lambda cls, parent, suggested, name_filter: str(out)))


def test_build_brief_reports_reading_every_event_and_can_be_stopped(tmp_path: Path) -> None:
    new_case(tmp_path / "big.case.db")
    store = open_case(tmp_path / "big.case.db")
    generate_case(store, 2_500)
    seen: list[tuple[int, int]] = []
    build_brief(store, dates.parse("2025-06-20"), lambda done, total: seen.append((done, total)))
    assert seen and all(total == 2_500 + 2_500 for _, total in seen)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen) and seen[-1][0] >= 4_000

    def stop(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        build_brief(store, None, stop)


def test_run_in_thread_shows_the_steps_the_work_reports(qtbot) -> None:
    release = threading.Event()
    shown: list[tuple[int, int, str]] = []

    def look() -> None:
        dialog = _dialog()
        if dialog is not None and dialog.value() == 3:
            shown.append((dialog.value(), dialog.maximum(), dialog.labelText()))
            release.set()
        else:
            QTimer.singleShot(10, look)

    def work(progress: Progress) -> str:
        progress.report(3, 10, "third of ten")
        assert release.wait(10)
        return "done"

    QTimer.singleShot(0, look)
    assert run_in_thread(None, "Work", "Working…", work) == "done"
    assert shown == [(3, 10, "Working…\nthird of ten")]


@pytest.mark.parametrize("fmt", [BriefFormat.PDF, BriefFormat.MARKDOWN])
def test_export_brief_reports_progress_to_the_end(main_window, tmp_path: Path, monkeypatch, messages, fmt) -> None:
    out = tmp_path / f"client{fmt.suffix}"
    _choose_brief(monkeypatch, out, fmt)
    reported: list[tuple[int, int, str | None]] = []
    report = Progress.report

    def recording(self: Progress, done: int, total: int, text: str | None = None) -> None:
        reported.append((done, total, text))
        report(self, done, total, text)

    monkeypatch.setattr(Progress, "report", recording)
    main_window.notes.menus.brief_action.trigger()
    assert messages[-1][0] == "Brief exported" and out.is_file()
    assert reported[0] == (0, STEPS, "Reading the events…")
    determinate = [done for done, total, _ in reported if total == STEPS]
    assert determinate == sorted(determinate) and determinate[-1] >= STEPS // 2
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "scale.case.db") == sorted(
        [out.name] + ([f"{out.stem}.timeline.png"] if fmt is BriefFormat.MARKDOWN else []))


@pytest.mark.parametrize("fmt", [BriefFormat.PDF, BriefFormat.MARKDOWN, BriefFormat.HTML])
def test_cancelling_the_brief_leaves_nothing_behind(main_window, tmp_path: Path, monkeypatch, messages, fmt) -> None:
    """The user presses Cancel in the dialog while the worker is at its first step."""
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / f"client{fmt.suffix}"
    _choose_brief(monkeypatch, out, fmt)
    pressed = threading.Event()
    report = Progress.report

    def slow_report(self: Progress, done: int, total: int, text: str | None = None) -> None:
        report(self, done, total, text)
        pressed.wait(10)  # the worker waits here until Cancel was pressed

    def press_cancel() -> None:
        dialog = _dialog()
        if dialog is None:
            QTimer.singleShot(10, press_cancel)
            return
        _press_cancel(dialog)
        pressed.set()

    monkeypatch.setattr(Progress, "report", slow_report)
    QTimer.singleShot(0, press_cancel)
    main_window.notes.menus.brief_action.trigger()
    assert pressed.is_set()
    assert messages[-1] == ("Export cancelled", f"Nothing was written to {out.name}.")
    assert list(folder.iterdir()) == []


def test_export_slides_reports_each_slide(qtbot, main_window, tmp_path: Path, monkeypatch) -> None:
    controller = attach(main_window)
    out = tmp_path / "talk.pdf"
    monkeypatch.setattr(SlideExportDialog, "ask", classmethod(lambda cls, parent, suggested: str(out)))
    monkeypatch.setattr(Dialogs, "finished", classmethod(lambda cls, parent, title, text, written: None))
    shown: list[tuple[int, int, str]] = []
    original = progress_module._show_state

    def recording(dialog: QProgressDialog, label: str, state: tuple[int, int, str | None]) -> None:
        shown.append(state)
        original(dialog, label, state)

    monkeypatch.setattr(progress_module, "_show_state", recording)
    assert controller.export()
    slides = [(done, total) for done, total, text in shown if text and text.startswith("Slide")]
    assert slides == [(n, 12) for n in range(1, 13)]
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ".db"] == ["talk.pdf"]


@pytest.mark.parametrize("target", ["talk.pdf", "images"])
def test_cancelling_the_slides_leaves_nothing_behind(qtbot, main_window, tmp_path: Path, monkeypatch, target: str) -> None:
    controller = attach(main_window)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / target
    monkeypatch.setattr(SlideExportDialog, "ask", classmethod(lambda cls, parent, suggested: str(out)))
    partial_seen: list[list[str]] = []

    def cancel_at_slide_four() -> None:
        dialog = _dialog()
        if dialog is not None and dialog.maximum() == 12 and dialog.value() >= 4:
            partial_seen.append(sorted(p.name for p in folder.iterdir()))
            _press_cancel(dialog)
        else:
            QTimer.singleShot(0, cancel_at_slide_four)

    QTimer.singleShot(0, cancel_at_slide_four)
    assert controller.export() is False
    assert partial_seen and partial_seen[0] and all(name.endswith(".partial") for name in partial_seen[0])  # being written, then
    assert list(folder.iterdir()) == []  # nothing left
    assert "cancelled" in main_window.statusBar().currentMessage()


def test_run_steps_closes_the_generator_when_cancelled(qtbot) -> None:
    cleaned: list[int] = []

    def steps():
        try:
            for n in range(1, 1000):
                yield n, 1000, None
        finally:
            cleaned.append(n)
        return "finished"

    def cancel_soon() -> None:
        dialog = _dialog()
        if dialog is not None and dialog.value() >= 5:
            _press_cancel(dialog)
        else:
            QTimer.singleShot(0, cancel_soon)

    QTimer.singleShot(0, cancel_soon)
    with pytest.raises(Cancelled):
        run_steps(None, "Steps", "…", steps())
    assert cleaned and 5 <= cleaned[0] < 999
    assert run_steps(None, "Steps", "…", (x for x in [(1, 1, None)])) is None
