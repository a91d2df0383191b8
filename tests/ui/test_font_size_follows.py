"""Preferences ▸ Font size while the app runs: every panel, dock title, the menu bar, the events
table (rows and header), the search box and results, the detail pane, notes and the relationship
panel take the new size at once, bigger and back to the default, in every theme.

Widgets a style sheet polished used to keep the old size (Qt skips them when a parent passes its
new font on), most of the window when the high-contrast theme was entered or left in the same
dialog; dock titles kept it in every theme (Qt paints them in a font copied when the dock was
made), so they are checked by measuring the ink of the painted title, as no ``font()`` shows it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QDockWidget, QWidget

from explorer.ui import app_theme, preferences, settings
from explorer.ui.preferences.font_size import text_scale

BIG = 14


@pytest.fixture(params=app_theme.THEMES)
def window(request, qtbot, bundled_case: Path) -> Iterator:
    """The main window in one theme, saved as the user's so the dialog's preview keeps it."""
    from explorer.core.casefile import open_case
    from explorer.ui.main_window import MainWindow

    QSettings().setValue(settings.THEME_KEY, request.param)
    shown = MainWindow(open_case(bundled_case), automatic_backups=False)
    qtbot.addWidget(shown)
    shown.remember_layout = False
    shown.resize(1400, 860)
    shown.show()
    qtbot.waitExposed(shown)
    assert app_theme.chosen() == request.param
    yield shown
    shown.close()
    preferences.apply_font_size(0)
    app_theme.apply("light")


# into and out of the high-contrast theme's style sheet, and between two themes without one
THEME_CHANGES = [("light", "contrast"), ("contrast", "system"), ("contrast", "dark"), ("dark", "light")]


def panels(window) -> dict[str, QWidget]:
    found = {
        "menu bar": window.menuBar(), "timeline": window.timeline, "events table": window.event_table,
        "table rows": window.event_table.viewport(), "table header": window.event_table.horizontalHeader(),
        "search box": window.search.search_edit, "search results": window.search.results.viewport(),
        "detail": window.detail.browser.viewport(), "notes title": window.notes.panel.title,
        "notes editor": window.notes.panel.editor.text_edit.viewport(), "relationships": window.relationships_controller.panel,
        "relationships date": window.relationships_controller.panel.findChild(QWidget, "relationshipsDate"),
        "status bar": window.statusBar(),
    }
    found.update({f"dock {dock.objectName()}": dock for dock in window.findChildren(QDockWidget)})
    assert all(widget is not None for widget in found.values())
    return found


def sizes(window) -> dict[str, int]:
    return {name: widget.font().pointSize() for name, widget in panels(window).items()}


def left_behind(window, points: int) -> list[str]:
    """Every widget of the window whose font is not ``points`` big (none sets a size of its own)."""
    return sorted({f"{type(widget).__name__} {widget.objectName()}".strip()
                   for widget in window.findChildren(QWidget) if widget.font().pointSize() != points})


def choose_font_size(window, points: int, theme: str | None = None) -> None:
    """Preferences ▸ Font size (and the theme), as a user does it: the fields preview, OK keeps them."""
    dialog = window.preferences.show()
    if theme is not None:
        dialog.theme_box.setCurrentIndex(dialog.theme_box.findData(theme))
    dialog.font_spin.setValue(points)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def title_ink_height(dock: QDockWidget) -> int:
    """How many pixel rows the painted dock title's text covers (its buttons cut off)."""
    image: QImage = dock.grab().toImage()
    bottom = dock.widget().geometry().top()  # the title bar is what lies above the dock's widget
    right = dock.width() // 2  # the title starts at the left; float and close buttons sit on the right
    background = QColor(image.pixel(right, 1))
    inked = [y for y in range(bottom) if any(_differs(QColor(image.pixel(x, y)), background) for x in range(4, right))]
    return inked[-1] - inked[0] + 1 if inked else 0


def _differs(color: QColor, background: QColor) -> bool:
    return abs(color.lightness() - background.lightness()) > 60


def expected_ink(dock: QDockWidget) -> int:
    return QFontMetrics(dock.font()).tightBoundingRect(dock.windowTitle()).height()


def test_every_panel_follows_a_new_font_size_and_back(window) -> None:
    default = QApplication.font().pointSize()
    assert default != BIG
    assert set(sizes(window).values()) == {default}
    choose_font_size(window, BIG)
    assert sizes(window) == dict.fromkeys(panels(window), BIG)
    assert left_behind(window, BIG) == []
    assert window.notes.panel.title.font().bold()  # what a widget set itself (bold) stays
    assert window.event_table.verticalHeader().defaultSectionSize() > QFontMetrics(QFont()).height()  # rows grew
    choose_font_size(window, 0)
    assert sizes(window) == dict.fromkeys(panels(window), default)
    assert left_behind(window, default) == []
    assert QSettings().value(settings.FONT_SIZE_KEY) in (0, "0")


@pytest.mark.parametrize(("window", "other"), THEME_CHANGES, indirect=["window"])
def test_a_theme_and_a_font_size_chosen_together_reach_every_widget(window, other: str) -> None:
    """Leaving or entering the high-contrast theme (its style sheet) in the same dialog as the size."""
    default = QApplication.font().pointSize()
    choose_font_size(window, BIG, theme=other)
    assert app_theme.chosen() == other
    assert sizes(window) == dict.fromkeys(panels(window), BIG)
    assert left_behind(window, BIG) == []
    choose_font_size(window, 0, theme="contrast" if other != "contrast" else "light")
    assert left_behind(window, default) == []


def test_dock_titles_are_painted_in_the_new_size(window) -> None:
    docks = [window.table_dock, window.search_dock, window.detail_dock]
    before = [title_ink_height(dock) for dock in docks]
    assert all(ink > 0 for ink in before)
    choose_font_size(window, BIG)
    grown = [title_ink_height(dock) for dock in docks]
    assert all(abs(ink - expected_ink(dock)) <= 1 for ink, dock in zip(grown, docks, strict=True)), (before, grown)
    assert all(big > small for big, small in zip(grown, before, strict=True))
    choose_font_size(window, 0)
    assert [title_ink_height(dock) for dock in docks] == before


@pytest.mark.parametrize("window", ["contrast"], indirect=True)
def test_a_dock_made_after_a_change_follows_the_next_one(window, qtbot) -> None:
    choose_font_size(window, BIG)
    late = QDockWidget("Late panel", window)
    late.setWidget(QWidget(late))
    window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, late)  # wide enough for its whole title
    qtbot.waitUntil(late.isVisible)
    choose_font_size(window, BIG + 4)
    assert late.font().pointSize() == BIG + 4
    assert abs(title_ink_height(late) - expected_ink(late)) <= 1


@pytest.mark.parametrize("window", ["light"], indirect=True)
def test_themes_changed_later_keep_the_chosen_size(window) -> None:
    choose_font_size(window, BIG)
    for theme in ("contrast", "dark", "contrast", "light"):
        window.set_theme(theme)  # View ▸ Theme: the style sheet comes and goes
        assert left_behind(window, BIG) == [], theme


@pytest.mark.parametrize("window", ["light"], indirect=True)
def test_the_time_axes_grow_with_the_font_so_no_label_is_cut(window, qtbot) -> None:
    """A trial at 13 pt saw the overview's years cut in half: the axes kept their 28 px."""
    axes = {"timeline": window.timeline.time_axis, "overview": window.timeline.overview.getAxis("bottom")}

    def heights() -> dict[str, float]:
        return {name: axis.height() for name, axis in axes.items()}

    assert heights() == {"timeline": 28, "overview": 28}
    choose_font_size(window, 20)
    needed = {name: QFontMetrics(axis.font()).height() + axis.style["tickTextOffset"][1] for name, axis in axes.items()}
    assert all(axis.font().pointSize() == 20 for axis in axes.values())
    qtbot.waitUntil(lambda: all(heights()[name] >= needed[name] for name in axes))  # laid out again
    choose_font_size(window, 0)
    qtbot.waitUntil(lambda: heights() == {"timeline": 28, "overview": 28})


def test_the_relationship_legend_grows_with_the_font_size_and_back(window, screenshot_dir: Path) -> None:
    """The legend under the graph is painted at fixed pixel sizes; at a larger font size it grows
    with the text around it, rows and scrolling included, and returns to its size after."""
    legend = window.relationships_controller.panel.legend
    small_height, small_content = legend.height(), legend.content_height(600)
    assert legend.scale == 1.0
    choose_font_size(window, BIG)
    assert legend.scale > 1.2 and legend.scale == pytest.approx(text_scale(QApplication.font()))
    assert legend.height() > small_height * 1.2
    assert legend.content_height(600) > small_content * 1.2
    shown = (legend.viewport().height() - 8) / (legend.scale * 20)
    assert abs(shown - round(shown)) < 0.1, "a row is cut in half"
    window.relationships_controller.dock.grab().save(str(screenshot_dir / f"graph-legend-{BIG}pt-{app_theme.chosen()}.png"))
    choose_font_size(window, 0)
    assert legend.scale == 1.0 and legend.height() == small_height


def _largest_name_on_screen(panel) -> float:
    """The tallest entity name the graph shows, in screen pixels."""
    scale = panel.view.scale_factor()
    return max(node.shown_name_rect.height() * scale for node in panel.scene.nodes.values() if node.name_shown)


def test_the_graph_names_grow_with_the_font_size_and_back(window, screenshot_dir: Path) -> None:
    """Entity names grow with the text around them at a larger font size (none below the tight size times as much), and go back."""
    from explorer.ui.relationships.node_item import TIGHT_NAME_PX

    panel = window.relationships_controller.panel
    window.relationships_controller.dock.raise_()
    small = _largest_name_on_screen(panel)
    assert panel.scene.text_scale == 1.0
    choose_font_size(window, BIG)
    grown = text_scale(QApplication.font())
    assert grown > 1.2 and panel.scene.text_scale == pytest.approx(grown)
    assert _largest_name_on_screen(panel) >= small * grown * 0.95
    shown = [node for node in panel.scene.nodes.values() if node.name_shown]
    assert shown and all(node.name_scale * panel.view.scale_factor() * 13 >= TIGHT_NAME_PX * grown * 0.99 for node in shown)
    # shapes grown to be seen must not cost a name its place in this small dock: every entity keeps its name
    assert [node.entity.name for node in panel.scene.nodes.values() if node.isVisible() and not node.name_shown] == []
    window.relationships_controller.dock.grab().save(str(screenshot_dir / f"graph-names-{BIG}pt-{app_theme.chosen()}.png"))
    choose_font_size(window, 0)
    assert panel.scene.text_scale == 1.0
    assert _largest_name_on_screen(panel) == pytest.approx(small, rel=0.05)


def test_the_graph_edge_labels_grow_with_the_font_size_and_back(window, screenshot_dir: Path) -> None:
    """Relationship labels are measured and placed again at the new size (none covering another
    label or an entity), and shrink back with the default size."""
    panel = window.relationships_controller.panel
    window.relationships_controller.dock.raise_()
    edges = [edge for edge in panel.scene.edges.values() if edge.look is not None and edge.look.visible]
    assert edges
    small = {edge.uid: edge.label_size().height() for edge in edges}
    choose_font_size(window, BIG)
    grown = text_scale(QApplication.font())
    for edge in edges:
        assert edge.label_size().height() - 4 >= (small[edge.uid] - 4) * grown * 0.9  # the text, without the label's margin
    placed = [edge.label_rect for edge in edges if edge.label_rect is not None]
    assert placed and all(rect.height() == pytest.approx(edge.label_size().height())
                          for edge, rect in ((e, e.label_rect) for e in edges) if rect is not None)
    for i, rect in enumerate(placed):
        assert not any(rect.intersects(other) for other in placed[i + 1:])
    panel.view.zoom(0.7 / panel.view.scale_factor())  # near enough for the labels to be drawn
    panel.view.centerOn(panel.scene.nodes["scale-ai"])
    panel.view.place_names()  # as it does once a pan pauses
    window.relationships_controller.dock.grab().save(str(screenshot_dir / f"graph-labels-{BIG}pt-{app_theme.chosen()}.png"))
    choose_font_size(window, 0)
    assert {edge.uid: edge.label_size().height() for edge in edges} == pytest.approx(small)
