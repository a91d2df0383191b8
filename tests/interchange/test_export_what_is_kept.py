"""File ▸ Export says what each format keeps and leaves out: a line under the choice, and after a
TimelineJS export the "finished" message counts what of the case did not go in. The dialog
chooses the last format used again; Export and Export Slides finish alike, with Open Folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from explorer.core.casefile import import_into, open_case
from explorer.core.interchange.formats import ExportFormat
from explorer.core.models import Certainty
from explorer.ui import messages
from explorer.ui.dialogs.export_dialog import ExportDialog
from explorer.ui.dialogs.interchange import InterchangeActions
from explorer.ui.dialogs.prompts import InterchangeDialogs
from explorer.ui.messages import finished_box
from tests.interchange.conftest import TIMELINEJS


@pytest.fixture
def finished(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, Path]]:
    said: list[tuple[str, str, Path]] = []
    monkeypatch.setattr(InterchangeDialogs, "finished",
                        classmethod(lambda cls, parent, title, text, written: said.append((title, text, written))))
    monkeypatch.setattr(InterchangeDialogs, "error", classmethod(lambda cls, parent, title, text: pytest.fail(text)))
    monkeypatch.setattr(InterchangeDialogs, "info",  # a plain box, without Open Folder, is not the finished message
                        classmethod(lambda cls, parent, title, text: said.append((title, text, None))))  # type: ignore[arg-type]
    return said


def _export(qtbot, store, out: Path, format: ExportFormat, monkeypatch: pytest.MonkeyPatch) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    actions = InterchangeActions(widget, lambda: store, lambda: None)
    monkeypatch.setattr(InterchangeDialogs, "export_target", classmethod(lambda cls, parent, name, folder=None: (out, format)))
    actions.export_action.trigger()


def test_the_line_under_the_choice_says_what_each_format_keeps(qtbot, screenshot_dir: Path) -> None:
    dialog = ExportDialog("scale")
    qtbot.addWidget(dialog)
    assert dialog.about.text().startswith("Keeps everything: events, entities, relationships, sources, notes, eras and tours.")
    for format in (ExportFormat.TIMELINEJS, ExportFormat.TIMELINEJS_CSV):
        dialog.choose(format)
        assert ("Leaves out certainty (rumoured or denied events read as plain events), importance, participants, "
                "relationships, sources, notes and tours.") in dialog.about.text()
    for format in (ExportFormat.GEXF, ExportFormat.GRAPHML, ExportFormat.CSV):
        dialog.choose(format)
        assert "Leaves out events, eras" in dialog.about.text()
    dialog.choose(ExportFormat.TIMELINEJS)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.about.isVisible() and dialog.about.width() < dialog.width()
    dialog.grab().save(str(screenshot_dir / "export-dialog-timelinejs.png"))
    dialog.close()


def test_the_dialog_chooses_the_last_format_used(qtbot) -> None:
    first = ExportDialog("scale")
    qtbot.addWidget(first)
    assert first.format is ExportFormat.NATIVE  # the first time
    first.choose(ExportFormat.TIMELINEJS_CSV)
    first.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    again = ExportDialog("scale")
    qtbot.addWidget(again)
    assert again.format is ExportFormat.TIMELINEJS_CSV
    assert again.choice()[0].name == "scale.timeline.csv"
    assert "TimelineJS Google Sheets" in again.about.text()
    again.choose(ExportFormat.GEXF)
    again.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()  # a cancelled choice is not remembered
    third = ExportDialog("scale")
    qtbot.addWidget(third)
    assert third.format is ExportFormat.TIMELINEJS_CSV


@pytest.mark.parametrize("format, name", [(ExportFormat.TIMELINEJS, "scale.timeline.json"),
                                          (ExportFormat.TIMELINEJS_CSV, "scale.timeline.csv")])
def test_a_timelinejs_export_says_what_it_left_out(
    qtbot, bundled_store, finished, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, format: ExportFormat, name: str,
    screenshot_dir: Path,
) -> None:
    events = list(bundled_store.iter_events())
    uncertain = sum(event.certainty is not Certainty.CONFIRMED for event in events)
    counts = bundled_store.counts()
    assert uncertain == 2 and counts["relationship"] == 17 and counts["note"] == 6  # what the message below counts
    out = tmp_path / name
    _export(qtbot, bundled_store, out, format, monkeypatch)
    assert out.exists()
    assert finished == [("Export finished", (
        f"Wrote {out}.\n\n"
        "Not in this format: the certainty of 2 events, the importance of 5 events, the participants of 13 events, "
        "10 entities, 17 relationships, 16 sources, 6 notes, 1 tour, when 2 events became public.\n"
        "Rumoured, denied and other uncertain events read as plain events there.\n"
        "To keep everything, export as case JSON."), out)]
    if format is ExportFormat.TIMELINEJS:
        box = finished_box(None, *finished[0])
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        box.grab().save(str(screenshot_dir / "export-finished-left-out.png"))
        box.close()


def test_an_export_that_loses_nothing_just_says_where_it_went(
    qtbot, finished, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    case = tmp_path / "plain.case.db"
    import_into(TIMELINEJS / "same-timeline.json", case)  # events and eras only, all confirmed
    store = open_case(case)
    try:
        for format, out in ((ExportFormat.TIMELINEJS, tmp_path / "plain.timeline.json"), (ExportFormat.NATIVE, tmp_path / "plain.json")):
            _export(qtbot, store, out, format, monkeypatch)
            assert finished[-1] == ("Export finished", f"Wrote {out}.", out)
    finally:
        store.close()


def test_the_sheet_says_it_left_out_milliseconds_that_are_not_whole_tenths(
    qtbot, finished, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    date = {"year": 2025, "month": 6, "day": 12, "hour": 10, "minute": 0, "second": 0}
    source = tmp_path / "ms.json"
    source.write_text(json.dumps({
        "events": [
            {"start_date": {**date, "millisecond": 123}, "end_date": {**date, "second": 1, "millisecond": 250}, "text": {"headline": "A"}},
            {"start_date": {**date, "millisecond": 500}, "end_date": {**date, "second": 3, "millisecond": 0}, "text": {"headline": "B"}},
        ],
        "eras": [{"start_date": {**date, "millisecond": 1}, "end_date": {**date, "second": 2}, "text": {"headline": "E"}}],
    }), encoding="utf-8")
    case = tmp_path / "ms.case.db"
    import_into(source, case)
    store = open_case(case)
    try:
        sheet, timeline = tmp_path / "ms.timeline.csv", tmp_path / "ms.timeline.json"
        _export(qtbot, store, sheet, ExportFormat.TIMELINEJS_CSV, monkeypatch)
        assert finished[-1] == ("Export finished", (
            f"Wrote {sheet}.\n\n"
            "Not in this format: the milliseconds of 3 dates.\n"  # .123, .250 and the era's .001; .500 and .000 are whole tenths
            "To keep everything, export as case JSON."), sheet)
        _export(qtbot, store, timeline, ExportFormat.TIMELINEJS, monkeypatch)
        assert finished[-1] == ("Export finished", f"Wrote {timeline}.", timeline)  # TimelineJS JSON keeps them all
    finally:
        store.close()


def test_a_case_json_export_of_a_full_case_leaves_nothing_out(
    qtbot, bundled_store, finished, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for format, out in ((ExportFormat.NATIVE, tmp_path / "scale.json"), (ExportFormat.GEXF, tmp_path / "scale.gexf")):
        _export(qtbot, bundled_store, out, format, monkeypatch)
        assert finished[-1] == ("Export finished", f"Wrote {out}.", out)


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_open_folder_shows_where_the_export_went(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kind: str) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(messages, "open_folder", lambda folder: opened.append(folder) or True)
    written = tmp_path / "talk.pdf"
    if kind == "folder":  # slides as PNG images go to a folder of their own
        written = tmp_path / "images"
        written.mkdir()
    else:
        written.write_bytes(b"%PDF")
    box = finished_box(None, "Export finished", f"Wrote {written}.", written)
    qtbot.addWidget(box)
    assert box.text() == f"Wrote {written}." and box.icon() is QMessageBox.Icon.Information
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Ok)
    button = next(b for b in box.buttons() if b.text() == "Open Folder")
    button.click()
    assert opened == [written if kind == "folder" else tmp_path]
