"""Search results break snippet lines only at spaces: never inside "c++", "e-mail" or a highlighted run."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter, QTextLayout
from PySide6.QtWidgets import QApplication, QListView, QStyleOptionViewItem

from explorer.core.dates import parse
from explorer.core.models import Event, Note, NoteTarget
from explorer.core.search import ELLIPSIS, MARK_END, MARK_START, HitKind, SearchHit
from explorer.core.store import CaseStore
from explorer.ui import app_theme
from explorer.ui.search import SearchPanel
from explorer.ui.search import delegate as delegate_module
from explorer.ui.search.delegate import SearchHitDelegate
from explorer.ui.search.model import SearchResultsModel

SNIPPET = f"Uses {MARK_START}c++{MARK_END} and e-mail, co-op and x86-64 builds with {MARK_START}C++{MARK_END}-based tools everywhere"
WORDS = set(SNIPPET.replace(MARK_START, "").replace(MARK_END, "").split())


def drawn_lines(monkeypatch: pytest.MonkeyPatch, snippet: str, width: int) -> list[str]:
    """The lines the delegate draws for a hit with ``snippet`` in a row ``width`` pixels wide."""
    drawn: list[str] = []

    class Spy(QTextLayout):
        def draw(self, painter, position, *args) -> None:  # type: ignore[no-untyped-def]
            drawn.append(self.text())
            super().draw(painter, position, *args)

    monkeypatch.setattr(delegate_module, "QTextLayout", Spy)
    model = SearchResultsModel()
    model.set_rows([(SearchHit(HitKind.EVENT, "e", "A title", snippet), False)])
    view = QListView()
    view.setModel(model)
    delegate = SearchHitDelegate(view)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = QApplication.font()
    index = model.index(0, 0)
    height = delegate.sizeHint(option, index).height()
    option.rect = QRect(0, 0, width, height)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    view.deleteLater()
    return drawn[1:]  # the title's line comes first


def test_snippet_lines_break_only_at_spaces_and_end_in_an_ellipsis(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    for width in range(140, 520, 6):
        lines = drawn_lines(monkeypatch, SNIPPET, width)
        assert 1 <= len(lines) <= delegate_module.SNIPPET_LINES
        for number, line in enumerate(lines):
            words = line.removesuffix(ELLIPSIS).split()
            assert words and set(words) <= WORDS, (width, lines)  # whole words only: "c+" / "+" never
            if line.endswith(ELLIPSIS):
                assert number == len(lines) - 1, (width, lines)
        shown = " ".join(line.removesuffix(ELLIPSIS) for line in lines)
        assert SNIPPET.replace(MARK_START, "").replace(MARK_END, "").startswith(shown)
        assert lines[-1].endswith(ELLIPSIS) or shown.endswith("everywhere"), (width, lines)


def test_a_word_wider_than_a_line_is_cut_with_an_ellipsis(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = drawn_lines(monkeypatch, "x" * 400 + " and more", 200)
    assert lines[0].endswith(ELLIPSIS) and set(lines[0].removesuffix(ELLIPSIS)) == {"x"}


@pytest.mark.parametrize("look", ["light", "dark"])
def test_screenshot_of_c_plus_plus_and_note_hits(qtbot, look: str, screenshot_dir: Path) -> None:
    app_theme.apply(look)
    store = CaseStore.in_memory()
    store.put_event(Event("cpp", "Build tooling", parse("2025"),
                          body="The team uses C++ and e-mail for everything, and the C++ build takes an hour on a laptop."))
    store.put_note(Note("n", NoteTarget.CASE, "# Tooling notes\n\nSee [[Some event]] and [[event:cpp|the build]]: **C++** is "
                        "*slow* to `compile` here, says ## nobody.", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"))
    panel = SearchPanel(store)
    qtbot.addWidget(panel)
    panel.resize(300, 320)
    panel.show()
    qtbot.waitExposed(panel)
    try:
        qtbot.keyClicks(panel.search_edit, "c++")
        qtbot.waitUntil(lambda: panel.results_model.rowCount() == 2, timeout=5000)
        for row in range(2):
            hit = panel.results_model.hit_at(row)
            assert f"{MARK_START}C++{MARK_END}" in hit.snippet, hit
            assert "[[" not in hit.snippet and "**" not in hit.snippet
        panel.grab().save(str(screenshot_dir / f"search_c_plus_plus_{look}.png"))
    finally:
        panel.shutdown()
        store.close()
        app_theme.apply("light")
