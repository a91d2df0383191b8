"""A CSV whose dates could be day or month first (03/04/2025), read with "Guess from the column":
the mapping dialog stays open with every choice kept and names its own control to use, not the
command line's --day-first/--month-first; once a choice is made, Import goes ahead."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from explorer.ui.dialogs.csv_import_dialog import CsvImportDialog
from tests.conftest import SCREENSHOTS

SHOTS = SCREENSHOTS  # tests/screenshots/, for a person to look at


def write_csv(path: Path, rows: list[tuple[str, str]]) -> Path:
    path.write_text("Headline,Date,Notes\n" + "".join(f"{title},{date},x\n" for title, date in rows), encoding="utf-8")
    return path


@pytest.fixture
def ambiguous(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "deals.csv", [("Deal signed", "03/04/2025"), ("Deal closed", "05/06/2025")])


def open_dialog(qtbot, path: Path) -> CsvImportDialog:
    dialog = CsvImportDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def press_import(qtbot, dialog: CsvImportDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_an_undecidable_date_keeps_the_dialog_open_and_names_its_choice(qtbot, ambiguous: Path) -> None:
    dialog = open_dialog(qtbot, ambiguous)
    dialog.select_field("body", "Notes")  # a choice the user made, which must not be lost
    press_import(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    hint = dialog.hint.text()
    assert "03/04/2025" in hint and "line 2" in hint.lower()
    assert "Day first" in hint and "Month first" in hint and "Dates like 03/04/2025" in hint
    assert "--day-first" not in hint and "--month-first" not in hint
    assert dialog.focusWidget() is dialog.order_buttons.button(1)  # the keyboard is at the choice to make
    assert dialog.mapping()["body"] == "Notes"
    SHOTS.mkdir(exist_ok=True)
    qtbot.wait(50)  # the hint's new lines laid out
    assert dialog.hint.height() >= dialog.hint.heightForWidth(dialog.hint.width())  # no line cut off
    dialog.grab().save(str(SHOTS / "csv-ambiguous-dates.png"))
    qtbot.mouseClick(dialog.order_buttons.button(1), Qt.MouseButton.LeftButton)  # day first
    press_import(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    options = dialog.options()
    assert options.day_first is True and options.mapping["body"] == "Notes"


def test_an_undecidable_date_far_down_the_file_is_found_too(qtbot, tmp_path: Path) -> None:
    rows = [(f"Event {i}", f"2020-01-{i % 28 + 1:02d}") for i in range(3000)] + [("Late", "03/04/2025")]
    dialog = open_dialog(qtbot, write_csv(tmp_path / "long.csv", rows))
    press_import(qtbot, dialog)
    assert dialog.isVisible() and "Line 3002" in dialog.hint.text()


def test_dates_that_tell_their_order_import_at_once(qtbot, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "told.csv", [("Deal signed", "03/04/2025"), ("Deal closed", "18/06/2025")])
    dialog = open_dialog(qtbot, path)
    press_import(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.options().day_first is None  # the import decides from the column, as before
