"""The search panel: one box searching events, entities and notes as you type, and the event filters.

Typing submits the text to a ``SearchWorker`` at once (no Enter, no delay); the newest query's
first page replaces the list. Down moves from the box into the results, Up at the top moves
back; Enter or a double-click chooses a hit, which the panel announces by kind
(``event_chosen``, ``entity_chosen``, ``note_chosen``) for the window to select and show.
The filters emit ``filter_changed`` with an ``EventFilter``; the panel also applies it to its
own event hits (dimmed or hidden, like the timeline).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.changes import Changed, Changes
from explorer.core.filters import EventFilter
from explorer.core.search import HitKind, SearchHit
from explorer.core.store import CaseStore
from explorer.ui.search import keys
from explorer.ui.search.delegate import SearchHitDelegate, search_icon
from explorer.ui.search.filter_box import FilterBox
from explorer.ui.search.model import SearchResultsModel
from explorer.ui.search.wording import PLACEHOLDER, SEARCHING, summary
from explorer.ui.search.worker import SearchPage, SearchWorker

MIN_RESULTS_HEIGHT = 160  # opening the filters leaves the results at least this tall
SEARCHING_AFTER_MS = 150  # say "Searching…" only for queries slower than this


class SearchPanel(QWidget):
    event_chosen = Signal(str)
    entity_chosen = Signal(str)
    note_chosen = Signal(str)
    filter_changed = Signal(object)  # EventFilter

    def __init__(self, store: CaseStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._store = store
        self._page: SearchPage | None = None
        self._hidden_count = self._dimmed_count = 0
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(PLACEHOLDER)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search"))
        for button in self.search_edit.findChildren(QToolButton):  # the line edit's own clear button
            button.setAccessibleName(self.tr("Clear search"))
        self.search_edit.setAccessibleDescription(self.tr("Search events, entities and notes; results appear as you type"))
        self._search_action = self.search_edit.addAction(QIcon(), QLineEdit.ActionPosition.LeadingPosition)
        self._search_action.setText(self.tr("Search"))
        for button in self.search_edit.findChildren(QToolButton):  # the magnifier's button
            if button.defaultAction() is self._search_action:
                button.setAccessibleName(self.tr("Search"))
        self.filters_button = QToolButton(self)
        self.filters_button.setObjectName("filtersButton")
        self.filters_button.setCheckable(True)
        self.filters_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.filters_button.setArrowType(Qt.ArrowType.RightArrow)
        self.filters_button.setAutoRaise(True)
        self.filters_button.setAccessibleName(self.tr("Show filters"))
        self.clear_filters_button = QToolButton(self)
        self.clear_filters_button.setText(self.tr("Clear filters"))
        self.clear_filters_button.setAutoRaise(True)
        self.clear_filters_button.setAccessibleName(self.tr("Clear filters"))
        self.filter_box = FilterBox(self)
        self.filter_area = QScrollArea(self)  # lets the filters shrink in a short dock
        self.filter_area.setWidget(self.filter_box)
        self.filter_area.setAccessibleName(self.tr("Filters"))
        self.filter_area.setWidgetResizable(True)
        self.filter_area.setFrameShape(QFrame.Shape.NoFrame)
        self.filter_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("searchCount")
        self.count_label.setAccessibleName(self.tr("Search results"))
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setWordWrap(True)
        self.results_model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results list"))
        self.results.setModel(self.results_model)
        self.results.setItemDelegate(SearchHitDelegate(self.results))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setMouseTracking(True)
        self._build_layout()
        self._searching_timer = QTimer(self, singleShot=True, interval=SEARCHING_AFTER_MS)
        self._searching_timer.timeout.connect(lambda: self.count_label.setText(SEARCHING))
        self.search_edit.textChanged.connect(self._on_text_changed)
        self.search_edit.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.activated.connect(self._choose)
        self.filters_button.toggled.connect(self._on_filters_toggled)
        self.clear_filters_button.clicked.connect(self.filter_box.clear)
        self.filter_box.filter_changed.connect(self._on_filter_changed)
        self._worker = self._start_worker(store)
        self._worker.load_categories()
        self._on_filters_toggled(False)
        self._show_filter_state()
        self._update_colors()
        self._show_count()

    def _build_layout(self) -> None:
        filter_row = QHBoxLayout()
        filter_row.setContentsMargins(0, 0, 0, 0)
        filter_row.addWidget(self.filters_button)
        filter_row.addStretch(1)
        filter_row.addWidget(self.clear_filters_button)
        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 4, 0, 0)
        results_layout.setSpacing(4)
        results_layout.addWidget(self.count_label)
        results_layout.addWidget(self.results, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.filter_area)  # hidden while folded, and its handle with it
        self.splitter.addWidget(results)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.search_edit)
        layout.addLayout(filter_row)
        layout.addWidget(self.splitter, 1)

    def sizeHint(self) -> QSize:
        return QSize(380, 640)

    # --- the case --------------------------------------------------------------------------

    @property
    def store(self) -> CaseStore:
        return self._store

    @property
    def worker(self) -> SearchWorker:
        return self._worker

    def _start_worker(self, store: CaseStore) -> SearchWorker:
        worker = SearchWorker(store, parent=self)
        worker.page_ready.connect(self._on_page)
        worker.categories_ready.connect(self._on_categories)
        self.destroyed.connect(lambda *_: worker.close())
        self.filter_box.set_entities(store.entities())
        return worker

    def set_store(self, store: CaseStore) -> None:
        """Search another case; its filters start cleared (the dim/hide choice stays)."""
        self._worker.close()
        self._worker.deleteLater()
        self._store = store
        self._page = None
        self.results_model.clear()
        self.filter_box.set_categories([])
        self._worker = self._start_worker(store)
        self._worker.load_categories()
        self.filter_box.clear()
        self._search_now()

    def refresh(self, changes: Changes) -> None:
        """Follow an edit: new entity and category lists, and the current search run again."""
        if changes.touches(Changed.ENTITIES):
            self.filter_box.set_entities(self._store.entities())
        if changes.touches(Changed.EVENTS):
            self._worker.load_categories()
        if changes.touches(Changed.EVENTS | Changed.ENTITIES | Changed.NOTES | Changed.PARTICIPANTS):
            self._search_now()

    def shutdown(self) -> None:
        """Stop the search thread (the panel's owner calls this when the window closes)."""
        self._worker.close()

    # --- searching -------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Focus the box with its text selected, ready to type over (Ctrl+F)."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def text(self) -> str:
        return self.search_edit.text()

    @property
    def pending(self) -> bool:
        """Whether the newest query's page has yet to arrive."""
        return self._worker.generation != (self._page.generation if self._page else 0)

    def set_text(self, text: str) -> None:
        self.search_edit.setText(text)

    def _on_text_changed(self, _text: str) -> None:
        self._search_now()

    def _search_now(self) -> None:
        text = self.search_edit.text()
        if text.strip():
            self._searching_timer.start()
        self._worker.submit(text)

    def _on_page(self, page: SearchPage) -> None:
        if page.generation != self._worker.generation or self.sender() is not self._worker:
            return  # a stale page, or one from the case this panel showed before
        self._searching_timer.stop()
        self._page = page
        self._show_rows(keep_current=False)

    def _on_categories(self, names: list[str]) -> None:
        if self.sender() is self._worker:
            self.filter_box.set_categories(names)

    def _show_rows(self, keep_current: bool) -> None:
        """Fill the list from the current page, dimming or hiding event hits outside the filters."""
        current = self.current_hit() if keep_current else None
        event_filter = self.filter_box.event_filter()
        rows: list[tuple[SearchHit, bool]] = []
        hidden = dimmed = 0
        for hit in self._page.hits if self._page else ():
            event = self._page.events.get(hit.uid) if hit.kind is HitKind.EVENT else None
            outside = event is not None and event_filter.is_active and not event_filter.matches(event)
            if outside and event_filter.hide:
                hidden += 1
            else:
                dimmed += outside
                rows.append((hit, outside))
        self._hidden_count, self._dimmed_count = hidden, dimmed
        with QSignalBlocker(self.results.selectionModel()):
            self.results_model.set_rows(rows)
        row = next((r for r, (hit, _) in enumerate(rows) if hit == current), 0 if rows else -1)
        if row >= 0:
            self.results.setCurrentIndex(self.results_model.index(row))
            self.results.scrollTo(self.results_model.index(row))
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(summary(self._page, self._hidden_count, self._dimmed_count))

    # --- choosing --------------------------------------------------------------------------

    def current_hit(self) -> SearchHit | None:
        index = self.results.currentIndex()
        return self.results_model.hit_at(index.row()) if index.isValid() else None

    def _choose(self, index: object = None) -> None:
        row = index.row() if index is not None and index.isValid() else self.results.currentIndex().row()
        hit = self.results_model.hit_at(row)
        if hit is None:
            return
        {HitKind.EVENT: self.event_chosen, HitKind.ENTITY: self.entity_chosen, HitKind.NOTE: self.note_chosen}[hit.kind].emit(hit.uid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search_edit:
                return self._on_search_key(event)
            if watched is self.results:
                return self._on_results_key(event)
        return super().eventFilter(watched, event)

    def _on_search_key(self, event: QKeyEvent) -> bool:
        """The search field's keys, as ``keys.FIELD_KEYS`` lists them."""
        chosen = keys.command(keys.FIELD_KEYS, event.key())
        rows = self.results_model.rowCount()
        if chosen == "to_results" and rows:
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.results_model.index(0))
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if chosen == "choose" and rows:
            self._choose()
            return True
        if chosen == "clear" and self.search_edit.text():
            self.search_edit.clear()
            return True
        return False

    def _on_results_key(self, event: QKeyEvent) -> bool:
        """The result list's keys, as ``keys.RESULT_KEYS`` lists them."""
        chosen = keys.command(keys.RESULT_KEYS, event.key())
        if chosen == "choose":
            self._choose()
            return True
        at_top = self.results.currentIndex().row() <= 0
        if (chosen == "to_field_at_top" and at_top) or chosen == "to_field":
            self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    # --- filters ---------------------------------------------------------------------------

    def event_filter(self) -> EventFilter:
        return self.filter_box.event_filter()

    def set_event_filter(self, event_filter: EventFilter) -> None:
        """Show a filter (e.g. restored from settings) and apply it, emitting ``filter_changed`` if it differs."""
        if event_filter != self.filter_box.event_filter():
            self.filter_box.set_event_filter(event_filter)
            self._on_filter_changed(event_filter)

    def show_filters(self, visible: bool = True) -> None:
        self.filters_button.setChecked(visible)

    def _on_filters_toggled(self, visible: bool) -> None:
        self.filter_area.setVisible(visible)
        if visible:  # room for every filter, as long as the results keep some
            total = sum(self.splitter.sizes())
            wanted = min(self.filter_box.sizeHint().height(), max(0, total - MIN_RESULTS_HEIGHT))
            self.splitter.setSizes([wanted, total - wanted])
        self.filters_button.setArrowType(Qt.ArrowType.DownArrow if visible else Qt.ArrowType.RightArrow)
        self.filters_button.setAccessibleName(self.tr("Hide filters") if visible else self.tr("Show filters"))

    def _on_filter_changed(self, event_filter: EventFilter) -> None:
        self._show_filter_state()
        self._show_rows(keep_current=True)
        self.filter_changed.emit(event_filter)

    def _show_filter_state(self) -> None:
        active = self.filter_box.event_filter().active_count
        self.filters_button.setText(self.tr("Filters · %1 on").replace("%1", str(active)) if active else self.tr("Filters"))
        self.clear_filters_button.setVisible(active > 0)

    # --- look ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._update_colors()

    def _update_colors(self) -> None:
        palette = self.palette()
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        self._search_action.setIcon(search_icon(muted))
        label_palette = self.count_label.palette()
        label_palette.setColor(QPalette.ColorRole.WindowText, muted)
        self.count_label.setPalette(label_palette)
