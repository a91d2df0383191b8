"""EntityForm: add or edit a company, person, organization or group."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from explorer.core import undo
from explorer.core.models import Entity, EntityKind, new_uid
from explorer.core.store import CaseStore, RecordError
from explorer.core.undo import Operation
from explorer.ui.forms.fields import ColorField, choice_box, choose, kind_label, line_edit, optional_text, text_edit
from explorer.ui.forms.form_dialog import FormDialog, Problems, checked
from explorer.ui.forms.rules import check_entity, check_web_page, web_address


class EntityForm(FormDialog):
    CHECKED_FIELDS = frozenset({"name", "color", "url", "wikidata"})

    def __init__(self, parent: QWidget | None, store: CaseStore, entity_uid: str | None = None) -> None:
        self.original = store.entity(entity_uid) if entity_uid else None
        super().__init__(parent, store, self.tr("Edit Entity") if self.original else self.tr("New Entity"))
        self.setObjectName("entityForm")
        self.uid = self.original.uid if self.original else new_uid()
        form = self.add_form()
        kinds = choice_box(self, self.tr("Kind"), ((kind_label(k), str(k)) for k in EntityKind))
        self.kind_box = self.add_field(form, self.tr("&Kind:"), kinds)
        self.name_edit = self.add_field(
            form, self.tr("&Name:"), line_edit(self, self.tr("Name"), self.tr("e.g. Scale AI, Alexandr Wang")), "name"
        )
        aliases = text_edit(self, self.tr("Aliases"), self.tr("Other names search should find, one per line"), lines=3, grow=False)
        self.aliases_edit = self.add_field(form, self.tr("&Aliases:"), aliases, "aliases")
        self.summary_edit = self.add_field(
            form, self.tr("&Summary:"), text_edit(self, self.tr("Summary"), self.tr("Who they are (Markdown)")), "summary"
        )
        self.color_field = self.add_field(form, self.tr("Co&lour:"), ColorField(self), "color")
        self.url_edit = self.add_field(form, self.tr("We&b page:"), line_edit(self, self.tr("Web page"), "https://…"), "url")
        self.url_edit.editingFinished.connect(self._complete_url)
        self.wikidata_edit = self.add_field(
            form, self.tr("&Wikidata:"), line_edit(self, self.tr("Wikidata"), self.tr("optional, e.g. Q42")), "wikidata"
        )
        if self.original is not None:
            entity = self.original
            choose(self.kind_box, str(entity.kind))
            self.name_edit.setText(entity.name)
            self.aliases_edit.setPlainText("\n".join(entity.aliases))
            self.summary_edit.setPlainText(entity.summary)
            self.color_field.set_color(entity.color)
            self.url_edit.setText(entity.url or "")
            self.wikidata_edit.setText(entity.wikidata or "")
        self.finish(new=self.original is None)
        self.name_edit.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, store: CaseStore, entity_uid: str | None = None) -> Operation | None:
        """Add an entity (or edit the one with ``entity_uid``): the edit as one operation, or None."""
        return cls.result_of(cls(parent, store, entity_uid))

    def _complete_url(self) -> None:
        """Leaving the web page field shows the address that will be saved (https:// added to a bare domain)."""
        url = web_address(self.url_edit.text())
        try:
            check_web_page(url)
        except RecordError:
            return
        if url is not None and url != self.url_edit.text():
            self.url_edit.setText(url)

    def entity(self) -> Entity:
        aliases = tuple(dict.fromkeys(line.strip() for line in self.aliases_edit.toPlainText().splitlines() if line.strip()))
        base = self.original or Entity(self.uid, EntityKind.COMPANY, "")
        return replace(
            base, kind=EntityKind(self.kind_box.currentData()), name=self.name_edit.text().strip(), aliases=aliases,
            summary=self.summary_edit.toPlainText(), color=self.color_field.color(), url=web_address(self.url_edit.text()),
            wikidata=optional_text(self.wikidata_edit),
        )

    def problems(self) -> Problems:
        return checked(check_entity, self.entity(), {"name": {"name": "-"}, "color": {"color": None}, "url": {"url": None}})

    def operation(self) -> Operation | None:
        entity = self.entity()
        if entity == self.original:
            return None
        if self.original is None:
            return undo.put(self.store, entity, self.tr("Add entity"))
        renamed = replace(entity, name=self.original.name) == self.original
        return undo.put(self.store, entity, self.tr("Rename entity") if renamed else self.tr("Edit entity"))
