"""Selecting in the relationship panel: a relationship or an entity, from the graph, the table,
the detail's links or the compare list; the others follow, and the detail explains it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsItem

from explorer.ui.relationships.edge_item import EdgeItem
from explorer.ui.relationships.node_item import NodeItem


class SelectionMixin:
    """The selection half of ``RelationshipsPanel`` (which provides the widgets and signals used here)."""

    def _on_scene_selection(self) -> None:
        if self._selecting:
            return
        items = self.scene.selectedItems()
        item = items[0] if items else None
        if isinstance(item, EdgeItem):
            self.select_relationship(item.uid)
        elif isinstance(item, NodeItem):
            self.select_entity(item.uid)
        else:
            self.clear_selection()

    def _select_in_scene(self, item: QGraphicsItem | None) -> None:
        self._selecting = True
        try:
            self.scene.clearSelection()
            if item is not None:
                item.setSelected(True)
        finally:
            self._selecting = False

    def select_relationship(self, uid: str) -> None:
        if self.network.relationship(uid) is None:
            return
        self.selected = ("relationship", uid)
        self._select_in_scene(self.scene.edges.get(uid))
        self.scene.set_focus(relationship_uid=uid)
        self.table.select_uid(uid)
        self._refresh_detail()
        self._show_detail_tab()
        self.relationship_selected.emit(uid)

    def select_entity(self, uid: str) -> None:
        if uid not in self.network.entities:
            return
        self.selected = ("entity", uid)
        self._select_in_scene(self.scene.nodes.get(uid))
        self.scene.set_focus(entity_uid=uid)
        self.table.select_uid(None)
        self._refresh_detail()
        self._show_detail_tab()
        self.entity_chosen.emit(uid)

    def _show_detail_tab(self) -> None:
        if not self.comparing:  # the compare list stays in view while its changes are clicked
            self.tabs.setCurrentWidget(self.detail)

    def clear_selection(self) -> None:
        self.selected = None
        self._select_in_scene(None)
        self.scene.set_focus()
        self.table.select_uid(None)
        self.detail.show_nothing()

    def _restore_selection(self) -> None:
        kind, uid = self.selected or ("", "")
        if kind == "relationship" and self.network.relationship(uid) is not None:
            self._select_in_scene(self.scene.edges.get(uid))
            self.scene.set_focus(relationship_uid=uid)
            self.table.select_uid(uid)
        elif kind == "entity" and uid in self.network.entities:
            self._select_in_scene(self.scene.nodes.get(uid))
            self.scene.set_focus(entity_uid=uid)
        elif self.selected is not None:
            self.clear_selection()
        self._refresh_detail()

    def _refresh_detail(self) -> None:
        kind, uid = self.selected or ("", "")
        seconds = self.shown_seconds()
        if kind == "relationship":
            self.detail.show_relationship(self.network, uid, seconds)
        elif kind == "entity":
            self.detail.show_entity(self.network, uid, seconds, self.mode)
        else:
            self.detail.show_nothing()
