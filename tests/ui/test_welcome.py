"""The welcome page (first start, Help ▸ Welcome) and the guided walkthrough."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from explorer.core.casefile import new_case
from explorer.ui.welcome import Walkthrough, mark_shown, should_show_at_start
from explorer.ui.welcome.page import SHOW_AT_START_KEY


def test_first_start_only_unless_asked_for():
    assert should_show_at_start()
    mark_shown()
    assert not should_show_at_start()
    QSettings().setValue(SHOW_AT_START_KEY, True)
    assert should_show_at_start()


def test_welcome_offers_every_start(main_window, qtbot):
    page = main_window.help.show_welcome()
    qtbot.addWidget(page)
    assert set(page.buttons) == {"bundled", "tour", "open", "new", "import"}
    assert not should_show_at_start()  # seen once: not again at the next start
    page.show_at_start.setChecked(True)
    assert should_show_at_start()
    page.close()


def test_import_choice_asks_for_a_file_to_make_a_new_case_from(main_window, qtbot, monkeypatch):
    from explorer.ui.welcome.new_case_import import NewCaseQuestions

    asked = []
    monkeypatch.setattr(NewCaseQuestions, "source_path", classmethod(lambda cls, parent: asked.append(parent)))
    page = main_window.help.show_welcome()
    qtbot.addWidget(page)
    page.buttons["import"].click()
    assert not page.isVisible()  # the page closes before the file dialog opens
    qtbot.waitUntil(lambda: asked == [main_window], timeout=2000)


def test_recent_case_and_bundled_case(main_window, qtbot, tmp_path: Path):
    other = tmp_path / "other.case.db"
    new_case(other)
    main_window.recent.add(other)
    page = main_window.help.show_welcome()
    qtbot.addWidget(page)
    paths = [page.recent_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.recent_list.count())]
    assert str(other.resolve()) in paths
    item = page.recent_list.item(paths.index(str(other.resolve())))
    with qtbot.waitSignal(main_window.case_opened, timeout=3000):
        page.recent_list.itemActivated.emit(item)
    assert main_window.store.db.path.resolve() == other.resolve()
    page = main_window.help.show_welcome()
    qtbot.addWidget(page)
    with qtbot.waitSignal(main_window.case_opened, timeout=5000):
        page.buttons["bundled"].click()
    assert main_window.store.db.path.name.endswith(".case.db") and "scale" in main_window.store.db.path.name


def test_walkthrough_steps_and_escape(main_window, qtbot):
    walk = Walkthrough(main_window)
    walk.start()
    assert walk.isVisible() and walk.index == 0
    assert walk.highlighted().contains(main_window.timeline.geometry().center())
    seen = []
    walk.step_changed.connect(seen.append)
    for _ in range(len(walk.steps) - 1):
        walk.next_button.click()
    assert seen == list(range(1, len(walk.steps)))
    titles = [step.title for step in walk.steps]
    for index in range(len(walk.steps)):  # a dock a step raises never covers the overlay and its bubble
        walk.go(index)
        on_top = [w for w in main_window.children() if isinstance(w, QWidget) and w.isVisible()][-1]
        assert on_top is walk, (walk.steps[index].title, on_top.objectName())
    for title, dock in (("Notes", main_window.notes.dock), ("Event detail", main_window.detail_dock),
                        ("Search and filters", main_window.search_dock)):
        walk.go(titles.index(title))
        assert walk.highlighted().contains(dock.geometry().center()), title
    walk.go(titles.index("The time cursor"))  # the bubble never hides the red line it talks about
    for seconds in main_window.timeline.visible_range():
        main_window.timeline.set_cursor(int(seconds * 0.98 + sum(main_window.timeline.visible_range()) * 0.01))
        walk.go(walk.index)
        cursor = walk.steps[walk.index].avoid(main_window)
        bubble = walk.bubble.geometry()
        assert cursor is not None and not (bubble.left() - 8 <= cursor.x() <= bubble.right() + 8 and
                                           bubble.top() <= cursor.y() <= bubble.bottom())
    with qtbot.waitSignal(walk.finished, timeout=1000):
        qtbot.keyClick(walk.next_button, Qt.Key.Key_Escape)
    assert not walk.isVisible()


def test_the_walkthrough_puts_the_docks_back_as_they_were(main_window, qtbot):
    """On a short screen search shares a tab with the event detail; the walkthrough's search step
    brought it forward and left it there, so a click on an event showed no detail."""
    main_window.tabifyDockWidget(main_window.detail_dock, main_window.search_dock)
    main_window.detail_dock.raise_()
    main_window.table_dock.close()
    qtbot.wait(50)
    assert main_window.search_dock.visibleRegion().isEmpty()
    walk = Walkthrough(main_window)
    walk.start()
    for index in range(len(walk.steps)):
        walk.go(index)
    assert not main_window.detail_dock.visibleRegion().isEmpty() or not main_window.search_dock.visibleRegion().isEmpty()
    with qtbot.waitSignal(walk.finished, timeout=1000):
        walk.stop()
    qtbot.wait(50)
    assert not main_window.detail_dock.visibleRegion().isEmpty()  # in front again
    assert main_window.search_dock.visibleRegion().isEmpty()
    assert not main_window.table_dock.toggleViewAction().isChecked()  # closed before, closed after
