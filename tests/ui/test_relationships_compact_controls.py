"""A short relationship panel folds its less-used controls into a "More" menu so the graph keeps
its room (issue 10: at 400×300 five rows of controls left the graph 85 px), keeping the date,
the steps and the clock in the row; every folded control still works from the menu, and at
normal sizes nothing is folded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from explorer.core import dates
from explorer.core.models import Certainty
from explorer.core.network import LayoutKind
from explorer.ui.relationships import RelationshipsPanel, editing
from tests.conftest import SCREENSHOTS

SHOTS = SCREENSHOTS  # tests/screenshots/, for a person to look at


def at(text: str) -> int:
    return dates.start_seconds(dates.parse(text))


def sized(qtbot, store, width: int, height: int, theme: str = "light") -> RelationshipsPanel:
    """A panel opened large and then made this size the way a user drags a floating dock smaller:
    asked again while it stops at the least height its present arrangement needs (stacked tabs,
    unfolded controls), which gives way once the panel is short enough to rearrange."""
    panel = RelationshipsPanel(store, theme_name=theme)
    qtbot.addWidget(panel)
    panel.resize(1600, 1000)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_as_of(at("2025-06-20"), animate=False)
    for _drag in range(6):
        panel.resize(width, height)
        qtbot.wait(10)
    qtbot.waitUntil(lambda: panel.size().toTuple() == (width, height))
    qtbot.wait(30)  # the row of controls and the splitter settle
    return panel


def menu_entries(panel: RelationshipsPanel) -> dict[str, QAction]:
    """The More menu as it is when opened: entries by text, submenu entries as "Title/entry"."""
    menu = panel.controls.more_menu
    menu.aboutToShow.emit()
    found: dict[str, QAction] = {}
    for action in menu.actions():
        if action.menu() is not None:
            for sub in action.menu().actions():
                found[f"{action.text()}/{sub.text()}"] = sub
        elif not action.isSeparator():
            found[action.text()] = action
    return found


def test_a_panel_made_short_at_once_folds_and_gives_the_room_to_the_graph(qtbot, bundled_store) -> None:
    """Set straight to 400×300 (a restored floating dock) it may stop a little taller, with the controls
    folded and the room they leave going to the graph."""
    panel = sized(qtbot, bundled_store, 1600, 1000)
    panel.resize(400, 300)
    qtbot.wait(30)
    assert panel.controls.compact and panel.height() < 450
    assert panel.view.height() >= 0.5 * panel.height(), (panel.height(), panel.view.height())


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_short_panel_leaves_the_graph_at_least_half_its_height(qtbot, bundled_store, theme: str) -> None:
    panel = sized(qtbot, bundled_store, 400, 300, theme)
    SHOTS.mkdir(exist_ok=True)
    panel.grab().save(str(SHOTS / f"test-400x300-{theme}.png"))
    assert panel.height() == 300
    assert panel.view.height() >= 0.5 * panel.height(), (panel.view.height(), panel.controls.height())
    controls = panel.controls
    assert controls.more.isVisible()
    for kept in (controls.date_label, controls.previous, controls.next, controls.happened, controls.known):
        assert kept.isVisible()
    for folded in (controls.compare, controls.type_box, controls.layout_box, controls.connect, controls.export):
        assert not folded.isVisible()


def test_large_and_wide_panels_fold_nothing(qtbot, bundled_store) -> None:
    for width, height in ((1600, 1000), (1600, 400)):
        panel = sized(qtbot, bundled_store, width, height)
        controls = panel.controls
        assert not controls.more.isVisible(), (width, height)
        assert all(group.isVisible() for group in controls.foldable), (width, height)
        panel.close()


def test_every_folded_control_works_from_the_more_menu(qtbot, bundled_store, monkeypatch) -> None:
    asked: list[tuple[str, object]] = []
    monkeypatch.setattr(editing, "delete_selected", lambda _p: asked.append(("delete", None)))
    monkeypatch.setattr(editing, "unpin_selected", lambda _p: asked.append(("unpin", None)))
    monkeypatch.setattr(editing, "export_chosen", lambda _p, fmt: asked.append(("export", fmt)))
    panel = sized(qtbot, bundled_store, 400, 300)
    fits: list[bool] = []
    panel.controls.fit_requested.connect(lambda: fits.append(True))
    entries = menu_entries(panel)

    entries["Not yet begun"].trigger()
    assert panel.ghosts
    entries["Type/customer of"].trigger()
    assert panel.filter.types == frozenset({"customer_of"})
    entries["Certainty/reported"].trigger()
    assert panel.filter.certainties == frozenset({Certainty.REPORTED})
    entries["Entity/Meta"].trigger()
    assert panel.filter.entity == "meta"
    other = next(kind for kind in LayoutKind if kind is not panel.layout_kind)
    menu_entries(panel)[f"Layout/{other.label}"].trigger()
    assert panel.layout_kind is other
    entries = menu_entries(panel)
    assert entries["Layout/" + other.label].isChecked() and entries["Entity/Meta"].isChecked()  # ticks follow
    entries["Connect"].trigger()
    assert panel.view.connect_mode
    entries["Legend"].trigger()
    assert not panel.legend.isVisible()
    for text in ("Delete", "Unpin", "Fit", "Export/PNG image…", "Export/SVG drawing…"):
        entries[text].trigger()
    assert asked == [("delete", None), ("unpin", None), ("export", "png"), ("export", "svg")] and fits == [True]
    menu_entries(panel)["Compare…"].trigger()
    assert panel.comparing and panel.controls.compare.isChecked()


def test_the_more_button_and_menu_are_reachable_and_named(qtbot, bundled_store) -> None:
    panel = sized(qtbot, bundled_store, 400, 300)
    more = panel.controls.more
    assert more.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert more.accessibleName() == "More controls" and more.menu() is panel.controls.more_menu
    entries = menu_entries(panel)
    assert all(text.strip() for text in entries)
    submenus = [a.menu() for a in panel.controls.more_menu.actions() if a.menu() is not None]
    assert {m.title() for m in submenus} == {"Type", "Certainty", "Entity", "Layout", "Export"}
    assert all(isinstance(m, QMenu) for m in submenus)
    panel.setFocus()
    chain, widget = [], panel.nextInFocusChain()
    while widget is not panel and len(chain) < 200:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    assert more in chain
