"""The relationship panel: the network as it stood on a date, on either clock, with a table, the
"why did it change?" detail and a compare view beside it.

The panel owns the view state (date, clock, filter, ghosts, layout, compare range, selection)
and turns it into looks for the scene and rows for the table; it reads the case once per change
(``Network.from_store``), never while the time cursor moves. Edits (pins, new and deleted ties)
go out through ``run``, the main window's undoable path; without it the panel only shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette, QResizeEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from explorer.core import dates
from explorer.core.changes import Changed, Changes
from explorer.core.network import NO_FILTER, LayoutKind, Mode, Network, RelationshipFilter, compare, layout
from explorer.core.store import CaseStore
from explorer.core.undo import Operation
from explorer.ui import app_theme, date_text
from explorer.ui.relationships import editing
from explorer.ui.relationships.compare_view import CompareView
from explorer.ui.relationships.controls import Controls
from explorer.ui.relationships.detail import RelationshipDetail
from explorer.ui.relationships.legend import LegendStrip, entries
from explorer.ui.relationships.looks import ShowOptions, edge_looks, faded_entities
from explorer.ui.relationships.scene import GraphScene
from explorer.ui.relationships.selection import SelectionMixin
from explorer.ui.relationships.split import GraphSplitter
from explorer.ui.relationships.table import RelationshipTable
from explorer.ui.relationships.theme import family, graph_theme
from explorer.ui.relationships.view import GraphView
from explorer.ui.scroll_strip import ScrollStrip

RELOAD_ON = Changed.RELATIONSHIPS | Changed.EFFECTS | Changed.ENTITIES | Changed.EVENTS | Changed.SOURCES | Changed.CITATIONS
FOLLOW_ON = RELOAD_ON | Changed.POSITIONS
COMPACT_HEIGHT = 450  # a panel shorter than this folds the less-used controls into "More"...
COMPACT_SHARE = 0.18  # ...when all of them would take more than this share of its height
Run = Callable[[Operation], bool]


def month_range(seconds: int) -> tuple[int, int]:
    """The first day of the date's month and of the next: the default compare range."""
    year, month, *_ = dates.from_seconds(seconds)
    first = dates.to_seconds(year, month)
    return first, dates.to_seconds(year + month // 12, month % 12 + 1)


class RelationshipsPanel(SelectionMixin, QWidget):
    event_chosen = Signal(str)  # an event named in the detail or compare list was clicked
    entity_chosen = Signal(str)  # an entity was selected
    relationship_selected = Signal(str)
    cursor_requested = Signal("qlonglong")  # a step moved the date (seconds); the timeline's cursor should follow
    edit_requested = Signal(str)  # a relationship was double-clicked: open it in the editing form

    def __init__(
        self, store: CaseStore, parent: QWidget | None = None, theme_name: str = "light", run: Run | None = None, as_of: int = 0
    ) -> None:
        """``as_of``: the date shown first (seconds), so that the graph is not drawn twice when the panel opens."""
        super().__init__(parent)
        self.setObjectName("relationshipsPanel")
        self.store = store
        self.run = run
        self.theme = graph_theme(theme_name)
        app_theme.notifier().changed.connect(self._follow_app_look)  # even while the dock is hidden
        settings = QSettings()
        self.seconds = int(as_of)
        self.mode = Mode.HAPPENED
        self.ghosts = settings.value("relationships/ghosts", False, type=bool)
        self.filter: RelationshipFilter = NO_FILTER
        try:
            self.layout_kind = LayoutKind(str(settings.value("relationships/layout", LayoutKind.DEFAULT)))
        except ValueError:
            self.layout_kind = LayoutKind.DEFAULT
        self.comparing = False
        self.selected: tuple[str, str] | None = None  # ("relationship" | "entity", uid)
        self._layouts: dict[LayoutKind, dict[str, tuple[float, float]]] = {}
        self._selecting = False
        self.network = Network({}, [])
        self.controls = Controls(self)
        self.scene = GraphScene(self.theme, self)
        self.view = GraphView(self.scene, self)
        self.legend = LegendStrip(self.theme, self)
        self.table = RelationshipTable(self)
        self.detail = RelationshipDetail(self)
        self._color_detail()
        self.compare_view = CompareView(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Relationship views"))
        self.tabs.addTab(self.detail, self.tr("Selected"))
        self.tabs.addTab(self.table, self.tr("Table"))
        self.tabs.addTab(self.compare_view, self.tr("Compare"))
        self._build()
        self._connect()
        self.controls.set_layout_kind(self.layout_kind)
        self.controls.ghosts.setChecked(self.ghosts)
        self.controls.legend.setChecked(settings.value("relationships/legend", True, type=bool))
        self.legend.setVisible(self.controls.legend.isChecked())
        self.reload()

    def _build(self) -> None:
        graph = QWidget(self)
        graph_layout = QVBoxLayout(graph)
        graph_layout.setContentsMargins(0, 0, 0, 0)
        graph_layout.setSpacing(0)
        graph_layout.addWidget(self.view, 1)
        graph_layout.addWidget(self.legend)
        self.splitter = GraphSplitter(graph, self.tabs, self)  # side by side or stacked, as the panel's shape suits
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(ScrollStrip(self.controls, self))  # a narrow dock scrolls the controls, not the window
        layout.addWidget(self.splitter, 1)
        for keys, direction in ((("[", "Alt+Left"), -1), (("]", "Alt+Right"), 1)):
            action = QAction(self.tr("Previous change") if direction < 0 else self.tr("Next change"), self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, d=direction: self.step(d))
            self.addAction(action)

    def _connect(self) -> None:
        c = self.controls
        c.step.connect(self.step)
        c.mode_changed.connect(self.set_mode)
        c.ghosts_toggled.connect(self.set_ghosts)
        c.compare_toggled.connect(self.set_comparing)
        c.filter_changed.connect(self.set_filter)
        c.layout_chosen.connect(self.set_layout_kind)
        c.connect_toggled.connect(lambda on: setattr(self.view, "connect_mode", on))
        c.fit_requested.connect(self.view.fit)
        c.legend_toggled.connect(self.show_legend)
        c.delete_requested.connect(lambda: editing.delete_selected(self))
        c.unpin_requested.connect(lambda: editing.unpin_selected(self))
        c.export_requested.connect(lambda fmt: editing.export_chosen(self, fmt))
        self.view.connect_requested.connect(lambda a, b: editing.connect_entities(self, a, b))
        self.view.delete_requested.connect(lambda: editing.delete_selected(self))
        self.view.edit_requested.connect(self.edit_requested)
        self.scene.entity_dragged.connect(lambda uid, x, y: editing.pin_entity(self, uid, (x, y)))
        self.scene.selectionChanged.connect(self._on_scene_selection)
        self.table.relationship_selected.connect(self.select_relationship)
        self.detail.event_chosen.connect(self.event_chosen)
        self.detail.entity_chosen.connect(self.select_entity)
        self.detail.relationship_chosen.connect(self.select_relationship)
        self.compare_view.event_chosen.connect(self.event_chosen)
        self.compare_view.relationship_chosen.connect(self.select_relationship)
        self.compare_view.dates_changed.connect(lambda first, second: self.set_comparing(True, first, second))
        self.tabs.currentChanged.connect(self._on_tab_changed)

    # --- loading --------------------------------------------------------------------------

    def set_store(self, store: CaseStore) -> None:
        """Another case was opened."""
        self.store = store
        self.selected = None
        self.view.user_zoomed = False
        self.reload()

    def reload(self) -> None:
        """Read the case's network again and redraw everything, keeping the selection if it still exists."""
        self.network = Network.from_store(self.store)
        self._layouts = {}
        self.controls.set_choices(
            sorted({r.type for r in self.network.relationships}),
            sorted(((e.uid, e.name) for e in self.network.entities.values()), key=lambda p: p[1].casefold()),
        )
        self.filter = self.controls.current_filter()
        self.scene.set_network(self.network, self.positions())
        self.table.table_model.set_rows([])  # rows are rebuilt: their text may have changed
        self.legend.set_entries(self._legend_entries(), self.theme)
        self._show(animate=False)
        self._restore_selection()
        if not self.view.user_zoomed:
            self.view.fit()
        else:
            self.view.place_names()

    def refresh(self, changes: Changes) -> None:
        """Follow an edit made elsewhere (or an undo), doing no more than the change needs."""
        if changes.touches(Changed.RELATIONSHIPS | Changed.ENTITIES):
            self.reload()  # new items, maybe a new layout
        elif changes.touches(RELOAD_ON):
            # events, effects or sources changed: dates on the public clock and the detail, not the drawing
            pinned = self.network.pinned  # kept as they are: a read-only case has pins only in memory
            self.network = Network.from_store(self.store)
            self.network.pinned = pinned
            self.scene.network = self.network
            self._show(animate=False)
        if changes.touches(Changed.POSITIONS):
            self.network.pinned = self.store.positions()
            self.scene.set_positions(self.positions())

    def positions(self) -> dict[str, tuple[float, float]]:
        """Layout positions with the pinned ones on top (layouts are cached per kind until the case changes)."""
        kind = self.layout_kind
        if kind not in self._layouts:
            self._layouts[kind] = layout(list(self.network.entities.values()), self.network.relationships, kind)
        return {**self._layouts[kind], **{u: p for u, p in self.network.pinned.items() if u in self.network.entities}}

    def _legend_entries(self) -> list:
        kinds = {e.kind for e in self.network.entities.values()}
        families = {family(r.type) for r in self.network.relationships}
        return entries(kinds, families, self.ghosts)

    # --- what is shown --------------------------------------------------------------------

    def shown_seconds(self) -> int:
        """The date the graph shows: the cursor's, or the later compared date."""
        return max(self.compare_view.range) if self.comparing else self.seconds

    def options(self) -> ShowOptions:
        if self.comparing:
            first, second = self.compare_view.range
            changes = tuple(compare(self.network, first, second, self.mode))
            return ShowOptions(max(first, second), self.mode, self.ghosts, self.filter, changes)
        return ShowOptions(self.seconds, self.mode, self.ghosts, self.filter)

    def _show(self, animate: bool) -> None:
        options = self.options()
        looks = edge_looks(self.network, options)
        self.scene.apply_looks(looks, faded_entities(self.network, looks, options), animate=animate)
        states = {uid: look.state for uid, look in looks.items()}
        names = {uid: e.name for uid, e in self.network.entities.items()}
        self.table.show_rows(self.network, self.filter, states, names)
        if options.changes is not None:
            self.compare_view.set_changes([c for c in options.changes if self.filter.matches(c.relationship)], names)
        self._show_date()
        self._refresh_detail()

    def _show_date(self) -> None:
        if self.comparing:
            first, second = (date_text.moment(t) for t in self.compare_view.range)
            self.controls.date_label.setText(self.tr("Comparing %1 → %2").replace("%1", first).replace("%2", second))
        else:
            day = date_text.moment(self.seconds)
            self.controls.date_label.setText(self.tr("As of %1").replace("%1", day))

    def set_as_of(self, seconds: int, animate: bool = True) -> None:
        """Show the network as it stood at this time (the timeline's cursor)."""
        seconds = int(seconds)
        if seconds != self.seconds:
            self.seconds = seconds
            self._show(animate=animate and not self.comparing)

    def show_legend(self, on: bool) -> None:
        self.legend.setVisible(on)
        self.controls.legend.setChecked(on)
        QSettings().setValue("relationships/legend", on)

    def set_mode(self, mode: Mode | str) -> None:
        mode = Mode(mode)
        if mode is not self.mode:
            self.mode = mode
            self.controls.set_mode(mode)
            self._show(animate=True)

    def set_ghosts(self, on: bool) -> None:
        if on != self.ghosts:
            self.ghosts = on
            self.controls.ghosts.setChecked(on)
            QSettings().setValue("relationships/ghosts", on)
            self.legend.set_entries(self._legend_entries(), self.theme)
            self._show(animate=True)

    def set_filter(self, chosen: RelationshipFilter) -> None:
        self.filter = chosen
        self.controls.set_filter(chosen)
        self._show(animate=False)

    def set_layout_kind(self, kind: LayoutKind | str) -> None:
        self.layout_kind = LayoutKind(kind)
        self.controls.set_layout_kind(self.layout_kind)
        QSettings().setValue("relationships/layout", str(self.layout_kind))
        self.scene.set_positions(self.positions())
        self.view.fit()

    def set_comparing(self, on: bool, first: int | None = None, second: int | None = None) -> None:
        """Compare two dates (by default the month around the cursor), or go back to one date."""
        if on == self.comparing and first is None:
            return
        if first is not None and second is not None:
            self.compare_view.set_range(first, second)
        elif on and not self.comparing:
            self.compare_view.set_range(*month_range(self.seconds))
        self.comparing = on
        self.controls.compare.setChecked(on)
        if on:
            self.tabs.setCurrentWidget(self.compare_view)
        else:
            self.compare_view.show_idle()  # no list of changes left over from the comparison that ended
        self._show(animate=True)

    def _on_tab_changed(self, index: int) -> None:
        """Opening the Compare tab compares (the month around the cursor, until other dates are typed)."""
        if self.tabs.widget(index) is self.compare_view and not self.comparing:
            self.set_comparing(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fold_controls()

    def _fold_controls(self) -> None:
        """A short panel keeps only the date, the steps and the clock in its row of controls (the rest under
        More), so the graph is not squeezed under rows of filters; a tall or wide one shows them all."""
        height = self.height()
        full = self.controls.full_height(self.width())
        self.controls.set_compact(height < COMPACT_HEIGHT and full > COMPACT_SHARE * height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            name = app_theme.look()  # the app's look, set before its palette: light, dark or high contrast
            if name != self.theme.name:
                self.set_theme(name)

    def _follow_app_look(self, look: str) -> None:
        if look != self.theme.name:
            self.set_theme(look)

    def set_theme(self, name: str) -> None:
        self.theme = graph_theme(name)
        self.scene.set_theme(self.theme)
        self.legend.set_entries(self._legend_entries(), self.theme)
        self._color_detail()
        self._refresh_detail()  # its links and muted text are written in the old theme's colours

    def _color_detail(self) -> None:
        """The detail's links in the theme's link colour (its palette's), its muted text in the theme's."""
        link = app_theme.palette(self.theme.name).color(QPalette.ColorRole.Link)
        self.detail.set_colors(link, self.theme.muted)

    def step(self, direction: int) -> None:
        """Move the date to the previous or next moment the network changes, fading the changes in."""
        stop = (self.network.next_stop if direction > 0 else self.network.previous_stop)(self.seconds, self.mode)
        if stop is None:
            return
        if self.comparing:
            self.set_comparing(False)
        self.set_as_of(stop.seconds, animate=True)
        self.cursor_requested.emit(stop.seconds)
