"""What the panel does when the user edits the graph: pin a dragged entity, add a relationship
drawn between two entities, delete the selected one, unpin, export the picture.

Every change to the case is an undoable operation sent through the panel's ``run`` (the main
window's ``run(operation, initiator=panel)``); the panel updates itself, since it skips the
echo of its own edits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from explorer.core import dates, position_ops, undo
from explorer.core.models import Relationship
from explorer.ui.messages import Dialogs
from explorer.ui.relationships.dialogs import RelationshipDialogs

if TYPE_CHECKING:
    from explorer.ui.relationships.panel import RelationshipsPanel


def can_edit(panel: RelationshipsPanel) -> bool:
    return panel.run is not None and not panel.store.readonly


def pin_entity(panel: RelationshipsPanel, uid: str, position: tuple[float, float]) -> None:
    """An entity was dragged: it stays there, and the place is saved in the case (undoably)."""
    before = panel.network.pinned.get(uid)
    panel.network.pinned[uid] = position
    panel.scene.entity_moved()
    if not can_edit(panel):
        return  # a read-only case: the entity stays put for this session only
    if not panel.run(position_ops.pin(panel.store, uid, position)):
        if before is None:
            panel.network.pinned.pop(uid, None)
        else:
            panel.network.pinned[uid] = before
        panel.scene.set_positions(panel.positions())


def connect_entities(panel: RelationshipsPanel, source_uid: str, target_uid: str) -> None:
    """A line was drawn from one entity to another: ask what relationship it is, then add it."""
    if not can_edit(panel):
        return
    source, target = panel.network.entities.get(source_uid), panel.network.entities.get(target_uid)
    if source is None or target is None:
        return
    types = sorted({r.type for r in panel.network.relationships})
    relationship = RelationshipDialogs.new_relationship(panel, source, target, types)
    if relationship is not None and panel.run(undo.put(panel.store, relationship, "Add relationship")):
        panel.reload()
        panel.select_relationship(relationship.uid)


def delete_selected(panel: RelationshipsPanel) -> None:
    kind, uid = panel.selected or ("", "")
    if kind != "relationship" or not can_edit(panel):
        return
    if panel.run(undo.delete(panel.store, Relationship, uid, "Delete relationship")):
        panel.selected = None
        panel.reload()


def unpin_selected(panel: RelationshipsPanel) -> None:
    """Unpin the selected entity, or every pinned entity when none is selected."""
    if not can_edit(panel):
        return
    kind, uid = panel.selected or ("", "")
    if kind == "entity" and uid in panel.network.pinned:
        operation = position_ops.unpin(panel.store, uid)
    else:
        operation = position_ops.unpin_all(panel.store)
    if operation is not None and panel.run(operation):
        panel.network.pinned = panel.store.positions()
        panel.scene.set_positions(panel.positions())


def export_chosen(panel: RelationshipsPanel, fmt: str) -> None:
    day = dates.from_seconds_at(panel.shown_seconds(), dates.Precision.DAY).iso()
    suggested = f"relationships-{day}-{panel.mode}.{fmt}"
    path = RelationshipDialogs.export_path(panel, fmt, suggested)
    if path:
        export_to(panel, path, fmt)


def export_to(panel: RelationshipsPanel, path: str, fmt: str) -> None:
    """Write the graph as the panel shows it (date, clock, filters, layout, pins) to a PNG or SVG file."""
    from explorer.ui.relationships.export import export_png, export_svg, title_for  # with QtSvg: not at start

    panel.scene.settle()
    title = title_for(panel.shown_seconds(), panel.mode)
    if panel.comparing:
        title = panel.controls.date_label.text() + f" — {panel.mode.label}"
    writer = export_png if fmt == "png" else export_svg
    try:
        writer(path, panel.scene, title, panel.store.title, panel.legend.items)
    except OSError as exc:
        Dialogs.error(panel, QCoreApplication.translate("Editing", "Cannot export the graph"),
                      QCoreApplication.translate("Editing", "Nothing was written.") + f"\n\n{exc}")
