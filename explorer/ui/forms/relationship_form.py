"""RelationshipForm: add or edit a tie between two entities, its dates, and the events that change it.

The type is one of the known ones or the user's own words (stored as a snake_case word); whether it
runs one way follows the type ("competitor of" runs both ways) until the user sets it. The tie and
the events linked to it or unlinked from it are saved as one undoable step.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from explorer.core import dates, undo
from explorer.core.models import RELATIONSHIP_TYPES, UNDIRECTED_TYPES, Certainty, Relationship, new_uid, relationship_type_label
from explorer.core.store import CaseStore
from explorer.core.undo import Operation
from explorer.ui.forms.date_edit import DateEdit
from explorer.ui.forms.fields import certainty_box, choose, line_edit, text_edit
from explorer.ui.forms.form_dialog import FormDialog, Problems, checked, end_problem
from explorer.ui.forms.pickers import RecordPicker, entity_choices, event_label, listed_events
from explorer.ui.forms.row_editors import EffectsEditor
from explorer.ui.forms.rules import check_relationship

_LABEL_TO_TYPE = {label.casefold(): key for key, label in RELATIONSHIP_TYPES.items()}


def type_key(text: str) -> str:
    """The stored type for what was typed: a known type's key, or the words as one snake_case word."""
    words = text.strip().casefold()
    if words in _LABEL_TO_TYPE:
        return _LABEL_TO_TYPE[words]
    return re.sub(r"\W+", "_", words).strip("_")


class RelationshipForm(FormDialog):
    CHECKED_FIELDS = frozenset({"source", "type", "target"})

    def __init__(
        self, parent: QWidget | None, store: CaseStore, relationship_uid: str | None = None,
        source: str | None = None, target: str | None = None, selected_event: str | None = None,
    ) -> None:
        """``selected_event``: the event selected in the window, which Add Event offers first (without
        one it offers the event closest to the relationship's start, or the first)."""
        self.original = store.relationship(relationship_uid) if relationship_uid else None
        super().__init__(parent, store, self.tr("Edit Relationship") if self.original else self.tr("New Relationship"))
        self.setObjectName("relationshipForm")
        self.uid = self.original.uid if self.original else new_uid()
        self.effects_before = store.effects_on_relationship(self.uid) if self.original else []
        self._build()
        self._direction_set = self.original is not None
        original = self.original or Relationship(self.uid, source or "", target or "", "")
        self.source_picker.set_uid(original.source_uid)
        self.target_picker.set_uid(original.target_uid)
        if self.original is None and target is None and self.target_picker.count() > 1:
            self.target_picker.setCurrentIndex(1 if self.source_picker.currentIndex() == 0 else 0)
        self.type_box.setEditText(relationship_type_label(original.type) if original.type else "")
        self.directed_box.setChecked(original.directed)
        self.label_edit.setText(original.label)
        self.start_edit.set_date(original.start)
        self.end_edit.set_date(original.end)
        choose(self.certainty_box, str(original.certainty))
        self.summary_edit.setPlainText(original.summary)
        for effect in self.effects_before:
            self.effects_editor.add(effect)
        self.effects_editor.preferred_event = selected_event
        # the two ends are judged together: choosing From as the entity at To shows the problem at once
        self.source_picker.currentIndexChanged.connect(lambda: self._touched.add("target"))
        self.finish(new=self.original is None)
        self.type_box.setFocus()

    def _build(self) -> None:
        form = self.add_form(self.tr("Relations&hip"))
        entities = entity_choices(self.store)
        self.source_picker = self.add_field(form, self.tr("&From:"), RecordPicker(self, self.tr("From"), entities), "source")
        self.type_box = QComboBox(self)
        self.type_box.setEditable(True)
        self.type_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.type_box.addItems(list(RELATIONSHIP_TYPES.values()))
        self.type_box.lineEdit().setPlaceholderText(self.tr("e.g. investor in, or your own words"))
        self.add_field(form, self.tr("T&ype:"), self.type_box, "type")
        self.target_picker = self.add_field(form, self.tr("&To:"), RecordPicker(self, self.tr("To"), entities), "target")
        self.directed_box = self.add_field(form, "", QCheckBox(self.tr("O&ne way, from → to (else both ways)"), self))
        self.directed_box.setAccessibleName(self.tr("One way"))
        self.directed_box.clicked.connect(self._direction_chosen)
        self.type_box.editTextChanged.connect(self._type_changed)
        self.label_edit = self.add_field(
            form, self.tr("&Label:"), line_edit(self, self.tr("Label"), self.tr("optional, e.g. 49%, non-voting")), "label"
        )
        self.start_edit = self.add_field(
            form, self.tr("&Start:"), DateEdit(self, optional=True, empty_note=self.tr("optional, if unknown")), "start"
        )
        self.end_edit = self.add_field(
            form, self.tr("&End:"), DateEdit(self, optional=True, empty_note=self.tr("optional, empty while it lasts")), "end"
        )
        self.certainty_box = self.add_field(form, self.tr("Ce&rtainty:"), certainty_box(self), "certainty")
        self.summary_edit = self.add_field(
            form, self.tr("S&ummary:"), text_edit(self, self.tr("Summary"), self.tr("What ties them (Markdown)"), lines=3), "summary"
        )
        keep = [effect.event_uid for effect in self.effects_before]
        events = listed_events(self.store, keep)
        starts = {e.uid: dates.start_seconds(e.start) for e in events}
        self.effects_editor = EffectsEditor(self, [(event_label(e), e.uid) for e in events], starts)
        self.effects_editor.near = self.start_edit.date  # the start as typed, when Add Event is pressed
        self.add_field(self.add_form(self.tr("E&vents")), "", self.effects_editor, "effects")

    @classmethod
    def ask(
        cls, parent: QWidget | None, store: CaseStore, relationship_uid: str | None = None,
        source: str | None = None, target: str | None = None, selected_event: str | None = None,
    ) -> Operation | None:
        """Add a relationship (from ``source`` to ``target`` entity uids) or edit the one with
        ``relationship_uid``: the edit as one undoable operation, or None."""
        return cls.result_of(cls(parent, store, relationship_uid, source, target, selected_event))

    def _direction_chosen(self) -> None:
        self._direction_set = True

    def _type_changed(self, text: str) -> None:
        if not self._direction_set:
            self.directed_box.setChecked(type_key(text) not in UNDIRECTED_TYPES)

    # --- the records -----------------------------------------------------------------------

    def relationship(self) -> Relationship:
        base = self.original or Relationship(self.uid, "", "", "")
        return replace(
            base, source_uid=self.source_picker.uid() or "", target_uid=self.target_picker.uid() or "",
            type=type_key(self.type_box.currentText()), directed=self.directed_box.isChecked(), label=self.label_edit.text().strip(),
            start=self.start_edit.date(), end=self.end_edit.date(), certainty=Certainty(self.certainty_box.currentData()),
            summary=self.summary_edit.toPlainText(),
        )

    def problems(self) -> Problems:
        problems = {key: edit.problem() for key, edit in (("start", self.start_edit), ("end", self.end_edit)) if edit.problem()}
        if self.source_picker.count() < 2:
            return {"source": self.tr("a relationship needs two entities: add them first with New Entity…")}
        relationship = self.relationship()
        found = checked(check_relationship, relationship, {"type": {"type": "_"}, "target": {"target_uid": "\0"}})
        if "end" in found:
            found["end"] = end_problem(relationship.start)
        effects = self.effects_editor.effects(relationship.uid)
        if len(set(effects)) < len(effects):
            found["effects"] = self.tr("an event is listed twice with the same effect")
        return {**found, **problems}

    def operation(self) -> Operation | None:
        relationship = self.relationship()
        steps = [undo.put(self.store, relationship)] if relationship != self.original else []
        wanted = list(dict.fromkeys(self.effects_editor.effects(relationship.uid)))
        steps += [undo.remove_effect(effect) for effect in self.effects_before if effect not in wanted]
        steps += [undo.add_effect(effect) for effect in wanted if effect not in self.effects_before]
        if not steps:
            return None
        return undo.batch(self.tr("Add relationship") if self.original is None else self.tr("Edit relationship"), steps)
