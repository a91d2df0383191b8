"""Presenter mode driven as a presenter drives it: F5, clicker keys through the whole bundled talk,
jumps by number, black and white screens, F5 during the show, the "?" keys, Esc, the console."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from explorer.core import tours, undo
from explorer.core.models import Note, NoteTarget
from explorer.ui.presenter import attach
from explorer.ui.presenter.console import clock_text
from explorer.ui.presenter.runner import choose_screens

NEXT_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_N, Qt.Key.Key_Return, Qt.Key.Key_Enter)
PREVIOUS_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace, Qt.Key.Key_P)


def _start(qtbot, presenter, action: str = "start_action"):
    getattr(presenter, action).trigger()
    runner = presenter.runner
    qtbot.waitExposed(runner.audience)
    return runner


def _expected_headlines(store) -> list[str]:
    tour = store.default_tour()
    return [step.headline or store.event(step.event_uid).title for step in tour.steps]


def test_present_menu_sits_before_help(presenter, main_window) -> None:
    titles = [action.text() for action in main_window.menuBar().actions()]
    assert titles.index("&Present") == titles.index("&Help") - 1
    assert presenter.start_action.shortcut().toString() == "F5"
    assert presenter.start_here_action.shortcut().toString() == "Shift+F5"
    labels = [action.text() for action in presenter.menu.actions()]
    assert {"Start from &Beginning", "Start from &Selection", "&Tours…", "Ch&oose Tour", "Slide T&heme", "&Export Slides…"} <= set(labels)


def test_f5_opens_the_default_tour_full_screen_with_the_console(qtbot, presenter, main_window) -> None:
    runner = _start(qtbot, presenter)
    assert runner.show.tour.uid == "tour-ten-steps"
    assert runner.audience.isFullScreen()
    assert runner.console.isVisible()
    assert runner.console.counter.text() == "Step 1 of 12"
    assert "Start with what Scale does" in runner.console.notes_text()
    assert runner.console.upcoming.slide.headline == "Who worked with whom before the deal"


def test_a_clicker_gives_the_whole_talk_from_start_to_end_and_back(qtbot, presenter, main_window) -> None:
    runner = _start(qtbot, presenter)
    audience, console, show = runner.audience, runner.console, runner.show
    headlines = _expected_headlines(main_window.store)
    for step, key in zip(range(1, 12), NEXT_KEYS * 2, strict=False):
        qtbot.keyClick(audience, key)
        assert show.index == step
        assert show.slide.headline == headlines[step]
        assert console.counter.text() == f"Step {step + 1} of 12"
        qtbot.waitUntil(lambda: not audience.animating and audience.strip_window == show.slide.window, timeout=10_000)
    assert "Last step" in console.status.text()
    qtbot.keyClick(audience, Qt.Key.Key_PageDown)  # past the end: the end screen, the console says so
    assert show.index == 11 and show.finished
    assert "End screen" in console.status.text()
    qtbot.keyClick(console, Qt.Key.Key_PageUp)  # back to the last step
    assert show.index == 11 and not show.finished
    for step, key in zip(range(10, -1, -1), PREVIOUS_KEYS * 3, strict=False):
        qtbot.keyClick(console, key)  # the console takes the same keys
        assert show.index == step
    qtbot.keyClick(audience, Qt.Key.Key_End)
    assert show.index == 11
    qtbot.keyClick(audience, Qt.Key.Key_Home)
    assert show.index == 0


def test_keys_work_whatever_has_the_focus_in_the_console(qtbot, presenter) -> None:
    runner = _start(qtbot, presenter)
    runner.console.notes.setFocus()
    qtbot.keyClick(runner.console.notes, Qt.Key.Key_Down)  # not a scroll of the notes: the next step
    assert runner.show.index == 1


def test_mouse_clicks_move_on_and_back(qtbot, presenter) -> None:
    runner = _start(qtbot, presenter)
    qtbot.mouseClick(runner.audience, Qt.MouseButton.LeftButton)
    assert runner.show.index == 1
    qtbot.mouseClick(runner.audience, Qt.MouseButton.RightButton)
    assert runner.show.index == 0
    qtbot.mouseClick(runner.console.current, Qt.MouseButton.LeftButton)
    assert runner.show.index == 1


def test_a_number_then_enter_jumps(qtbot, presenter) -> None:
    runner = _start(qtbot, presenter)
    audience, show = runner.audience, runner.show
    qtbot.keyClicks(audience, "7")
    assert show.index == 0
    assert runner.console.status.text() == "Go to step 7 — press Enter"
    qtbot.keyClick(audience, Qt.Key.Key_Return)
    assert show.index == 6
    qtbot.keyClicks(audience, "12")
    qtbot.keyClick(audience, Qt.Key.Key_Backspace)  # rubs out the 2: step 1
    qtbot.keyClick(audience, Qt.Key.Key_Enter)
    assert show.index == 0
    qtbot.keyClicks(audience, "99")
    qtbot.keyClick(audience, Qt.Key.Key_Return)
    assert show.index == 11  # past the end: the last step
    qtbot.keyClicks(audience, "3")
    qtbot.keyClick(audience, Qt.Key.Key_Escape)  # forgets the number, does not leave
    assert presenter.presenting and runner.keys.typed == ""
    qtbot.keyClick(audience, Qt.Key.Key_Return)
    assert show.index == 11


def _centre_colour(widget) -> QColor:
    image = widget.grab().toImage()
    return image.pixelColor(image.width() // 2, image.height() // 3)


def test_black_out_white_out_and_come_back(qtbot, presenter) -> None:
    runner = _start(qtbot, presenter)
    audience, show = runner.audience, runner.show
    qtbot.keyClick(audience, Qt.Key.Key_Right)
    qtbot.keyClick(audience, Qt.Key.Key_B)
    assert show.blank == "black"
    assert _centre_colour(audience) == QColor("#000000")
    assert runner.console.status.text() == "Screen is black"
    qtbot.keyClick(audience, Qt.Key.Key_Period)  # a clicker's blank button, again: back
    assert show.blank == ""
    assert _centre_colour(audience) != QColor("#000000")
    qtbot.keyClick(audience, Qt.Key.Key_W)
    assert show.blank == "white" and _centre_colour(audience) == QColor("#ffffff")
    qtbot.keyClick(audience, Qt.Key.Key_PageDown)  # moving brings the slide back first, where it was
    assert show.blank == "" and show.index == 1
    qtbot.keyClick(audience, Qt.Key.Key_PageDown)
    assert show.index == 2


def test_f5_while_presenting_does_not_restart(qtbot, presenter, main_window) -> None:
    runner = _start(qtbot, presenter)
    show = runner.show
    qtbot.keyClicks(runner.audience, "5")
    qtbot.keyClick(runner.audience, Qt.Key.Key_Return)
    qtbot.keyClick(runner.audience, Qt.Key.Key_F5)
    qtbot.keyClick(runner.console, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    presenter.start_action.trigger()  # the main window's F5, e.g. a clicker's start button
    presenter.start_here_action.trigger()
    assert runner.show is show and show.index == 4


def test_esc_leaves_and_the_main_window_selects_where_the_talk_ended(qtbot, presenter, main_window) -> None:
    runner = _start(qtbot, presenter)
    audience, console = runner.audience, runner.console
    for _ in range(3):
        qtbot.keyClick(audience, Qt.Key.Key_Right)
    with qtbot.waitSignal(runner.ended, timeout=2000) as ended:
        qtbot.keyClick(audience, Qt.Key.Key_Escape)
    assert ended.args == ["ev-wang-joins-meta"]
    assert not presenter.presenting
    assert not audience.isVisible() and not console.isVisible()
    assert main_window.timeline.selected_uid == "ev-wang-joins-meta"
    assert main_window.detail.event_uid == "ev-wang-joins-meta"


def test_question_mark_lists_every_key(qtbot, presenter) -> None:
    runner = _start(qtbot, presenter)
    audience = runner.audience
    qtbot.keyClicks(audience, "?")
    assert audience.keys.isVisible()
    text = audience.keys.text()
    for words in ("Page Down", "Backspace", "Home", "a number, then Enter", "B  or  .", "W  or  ,", "F", "Esc"):
        assert words in text
    qtbot.keyClick(audience, Qt.Key.Key_Escape)  # closes the keys, not the show
    assert not audience.keys.isVisible() and presenter.presenting
    qtbot.keyClick(runner.console, Qt.Key.Key_H)  # on the console, only the console shows them
    assert runner.console.keys.isVisible() and not audience.keys.isVisible()
    qtbot.mouseClick(runner.console.keys, Qt.MouseButton.LeftButton)
    assert not runner.console.keys.isVisible()


def test_f_toggles_full_screen(qtbot, presenter) -> None:
    runner = _start(qtbot, presenter)
    qtbot.keyClick(runner.audience, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: not runner.audience.isFullScreen(), timeout=2000)
    qtbot.keyClick(runner.audience, Qt.Key.Key_F)
    qtbot.waitUntil(runner.audience.isFullScreen, timeout=2000)


def test_the_console_step_list_jumps(qtbot, presenter, main_window) -> None:
    runner = _start(qtbot, presenter)
    steps = runner.console.steps
    assert steps.count() == 12
    assert steps.item(1).text().startswith("2. Who worked with whom before the deal")
    target = steps.visualItemRect(steps.item(8)).center()
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert runner.show.index == 8
    assert steps.currentRow() == 8
    assert "double down on custom AI applications" in runner.console.notes_text()
    assert runner.console.upcoming.slide.headline == main_window.store.event("ev-neutral-providers-surge").title


def test_console_shows_elapsed_time_and_the_clock(qtbot, presenter, monkeypatch) -> None:
    runner = _start(qtbot, presenter)
    monkeypatch.setattr(runner.show, "elapsed_seconds", lambda: 3725)
    qtbot.waitUntil(lambda: runner.console.elapsed.text() == "1:02:05", timeout=2000)  # the timer ticks by itself
    assert re.fullmatch(r"\d\d:\d\d", runner.console.clock.text())
    assert clock_text(59) == "0:00:59"


def test_shift_f5_starts_from_the_selected_event(qtbot, presenter, main_window) -> None:
    main_window.select_event("ev-google-exit-report")
    runner = _start(qtbot, presenter, "start_here_action")
    assert runner.show.index == 5
    presenter.stop()
    main_window.select_event("ev-droege-interim-ceo")  # not in the tour: the first step from its date on
    runner = _start(qtbot, presenter, "start_here_action")
    assert runner.show.slide.date_text.endswith("2025")
    assert 0 < runner.show.index < 11


def test_choose_tour_presents_a_builtin_tour(qtbot, presenter, main_window) -> None:
    presenter.choose_menu.aboutToShow.emit()
    titles = [a.text() for a in presenter.choose_menu.actions() if not a.isSeparator()]
    assert titles == ["The story in twelve steps  (default)", "All events by date", "Important events"]
    important = next(a for a in presenter.choose_menu.actions() if a.data() == tours.IMPORTANT_EVENTS)
    important.trigger()
    runner = _start(qtbot, presenter)
    assert runner.show.tour.title == "Important events"
    assert len(runner.show) == 5
    assert all(slide.importance == 3 for slide in map(runner.show.slides.slide, range(5)))


def test_speaker_notes_marked_for_the_speaker_reach_the_console_during_the_show(qtbot, presenter, main_window) -> None:
    runner = _start(qtbot, presenter)
    for speaker, body in ((True, "Pause here: ask who has worked for a supplier."), (False, "My private reading note")):
        note = Note(f"n-{speaker}", NoteTarget.EVENT, body, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z",
                    target_uid="ev-scale-founded", for_speaker=speaker)
        main_window.run(undo.put(main_window.store, note))
    notes = runner.console.notes_text()
    assert "Start with what Scale does" in notes
    assert "Pause here: ask who has worked for a supplier." in notes
    assert "My private reading note" not in notes


def test_reordering_the_tour_during_the_show_is_followed(qtbot, presenter, main_window) -> None:
    runner = _start(qtbot, presenter)
    store = main_window.store
    tour = store.default_tour()
    main_window.run(undo.put(store, tours.move_step(tour, 11, 0), "Reorder steps"))
    assert runner.show.slide.headline == store.event("ev-scale-layoffs").title
    assert runner.console.steps.item(0).text().startswith("1. Scale cuts 14% of staff")


def test_slide_theme_is_remembered_and_applied_during_the_show(qtbot, presenter, main_window) -> None:
    runner = _start(qtbot, presenter)
    presenter.set_theme("contrast")
    assert runner.audience.theme.name == "contrast"
    assert _centre_colour(runner.audience) == QColor("#000000")
    presenter.stop()
    assert attach(main_window).theme_name == "contrast"  # from the settings


def test_opening_another_case_ends_the_show(qtbot, presenter, main_window, tmp_path) -> None:
    from explorer.core.casefile import new_case

    runner = _start(qtbot, presenter)
    other = tmp_path / "empty.case.db"
    new_case(other)
    assert main_window.open_case_file(other)
    assert not presenter.presenting and runner.audience is None
    assert presenter.store is main_window.store
    assert presenter.current_tour().uid == tours.ALL_EVENTS  # an empty case still has a (stepless) tour
    presenter.start_action.trigger()
    assert not presenter.presenting
    assert "has no steps yet" in main_window.statusBar().currentMessage()


def test_deleting_the_current_event_during_the_show_drops_its_step(qtbot, presenter, main_window) -> None:
    runner = _start(qtbot, presenter)
    qtbot.keyClick(runner.audience, Qt.Key.Key_End)
    main_window.delete_events(["ev-scale-layoffs"])
    assert len(runner.show) == 11 and runner.console.steps.count() == 11
    assert runner.show.index == 10 and runner.show.slide.headline == "Who works with whom after the deal"
    main_window.undo()
    assert len(runner.show) == 12


def test_closing_the_audience_window_ends_the_show(qtbot, presenter) -> None:
    runner = _start(qtbot, presenter)
    console = runner.console
    runner.audience.close()  # Alt+F4, or the window manager
    assert not presenter.presenting and not console.isVisible()


def test_closing_the_main_window_ends_the_show(qtbot, presenter, main_window) -> None:
    _start(qtbot, presenter)
    main_window.close()
    assert not presenter.presenting


def test_two_screens_put_the_audience_on_the_other_one() -> None:
    main, projector = object(), object()
    assert choose_screens([main, projector], main) == (projector, main)
    assert choose_screens([projector, main], main) == (projector, main)
    assert choose_screens([main], main) == (main, main)
    assert choose_screens([main, projector], None) == (projector, main)


def test_the_console_fits_a_laptop_screen_whatever_its_status_says(qtbot, presenter, screenshot_dir) -> None:
    """The status ("Screen is black", "Go to step 10 — press Enter") widened the console to 1523 px,
    pushing End show and the next step off a 1366-px screen; it now sits beside "Now showing"."""
    runner = _start(qtbot, presenter)
    console, audience = runner.console, runner.audience
    assert console.minimumSizeHint().width() <= 1280
    for keys in ("b", "10"):
        qtbot.keyClicks(audience, keys)
        assert console.minimumSizeHint().width() <= 1280, console.status.text()
    console.resize(1366, 740)
    qtbot.wait(20)
    assert console.status.shown_text() == "Go to step 10 — press Enter"  # whole, not cut
    console.grab().save(str(screenshot_dir / "presenter-console-1366-status.png"))
    qtbot.keyClick(audience, Qt.Key.Key_Escape)
