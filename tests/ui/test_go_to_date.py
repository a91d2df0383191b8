"""View ▸ Go to Date… (Ctrl+G): the time cursor goes to a typed date, without the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from explorer.core import dates
from explorer.core.dates import PartialDate
from explorer.ui.go_to_date import GoToDateDialog, put_cursor_on
from explorer.ui.main_window import MainWindow


def test_ctrl_g_puts_the_cursor_on_the_date_and_the_relationships_follow(qtbot, main_window: MainWindow, monkeypatch) -> None:
    offered: list[PartialDate | None] = []
    chosen = PartialDate(2025, 6, 14)
    monkeypatch.setattr(GoToDateDialog, "ask", classmethod(lambda cls, parent, current: offered.append(current) or chosen))
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.timeline.set_cursor(dates.to_seconds(2025, 6, 1))
    main_window.timeline.setFocus()
    qtbot.keyClick(main_window.timeline, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert offered == [PartialDate(2025, 6, 1)]  # the field starts on the cursor's day
    assert main_window.timeline.cursor_seconds() == dates.to_seconds(2025, 6, 14)
    panel = main_window.relationships_controller.panel
    qtbot.waitUntil(lambda: panel.seconds == dates.to_seconds(2025, 6, 14))
    assert "14 June 2025" in panel.controls.date_label.text()
    assert "Ctrl+G" in main_window.go_to_date_action.shortcut().toString()
    assert main_window.go_to_date_action in main_window.view_menu.actions()


def test_a_date_out_of_view_is_brought_into_view_at_the_same_zoom(main_window: MainWindow) -> None:
    timeline = main_window.timeline
    timeline.set_visible_range(dates.to_seconds(2025, 6, 1), dates.to_seconds(2025, 7, 1))
    width = timeline.visible_range()[1] - timeline.visible_range()[0]
    put_cursor_on(timeline, dates.to_seconds(2016, 3, 1))
    x0, x1 = timeline.visible_range()
    assert x0 < dates.to_seconds(2016, 3, 1) < x1 and abs((x1 - x0) - width) < 1
    before = timeline.visible_range()
    put_cursor_on(timeline, dates.to_seconds(2016, 3, 5))  # already in view: the view stays
    assert timeline.visible_range() == before


def test_the_dialog_takes_a_date_as_people_write_it(qtbot) -> None:
    dialog = GoToDateDialog(None, PartialDate(2025, 6, 1))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.date_edit.text() == "1 June 2025"
    dialog.date_edit.line.setText("30 February 2025")
    assert not ok.isEnabled() and "does not exist" in dialog.date_edit.note.text()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted  # Enter with a bad date does nothing
    dialog.date_edit.line.setText("44 BCE")
    assert ok.isEnabled() and dialog.date_edit.date() == PartialDate(-43)
    dialog.date_edit.line.setText("mid June 2025")  # this dialog has no field for such wording
    assert not ok.isEnabled() and dialog.date_edit.note.text() == "Write the date without 'mid'"
