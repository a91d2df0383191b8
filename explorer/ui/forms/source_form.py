"""SourceForm: add or edit a source (publisher, title, link, date published)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from explorer.core import undo
from explorer.core.models import Source, new_uid
from explorer.core.store import CaseStore
from explorer.core.undo import Operation
from explorer.ui.forms.date_edit import DateEdit
from explorer.ui.forms.fields import line_edit, optional_text
from explorer.ui.forms.form_dialog import FormDialog, Problems, checked
from explorer.ui.forms.rules import check_source


class SourceForm(FormDialog):
    CHECKED_FIELDS = frozenset({"publisher", "title"})

    def __init__(self, parent: QWidget | None, store: CaseStore, source_uid: str | None = None) -> None:
        self.original = store.source(source_uid) if source_uid else None
        super().__init__(parent, store, self.tr("Edit Source") if self.original else self.tr("New Source"))
        self.setObjectName("sourceForm")
        self.uid = self.original.uid if self.original else new_uid()
        form = self.add_form()
        self.publisher_edit = self.add_field(
            form, self.tr("&Publisher:"), line_edit(self, self.tr("Publisher"), self.tr("e.g. Reuters")), "publisher"
        )
        self.title_edit = self.add_field(
            form, self.tr("&Title:"), line_edit(self, self.tr("Title"), self.tr("The article's headline")), "title"
        )
        self.url_edit = self.add_field(form, self.tr("&Link:"), line_edit(self, self.tr("Link"), "https://…"), "url")
        self.published_edit = self.add_field(form, self.tr("P&ublished:"), DateEdit(self, optional=True), "published")
        if self.original is not None:
            self.publisher_edit.setText(self.original.publisher)
            self.title_edit.setText(self.original.title)
            self.url_edit.setText(self.original.url or "")
            self.published_edit.set_date(self.original.published)
        self.finish(new=self.original is None)

    @classmethod
    def ask(cls, parent: QWidget | None, store: CaseStore, source_uid: str | None = None) -> Operation | None:
        """Add a source (or edit the one with ``source_uid``): the edit as one operation, or None."""
        return cls.result_of(cls(parent, store, source_uid))

    @classmethod
    def ask_source(cls, parent: QWidget | None, store: CaseStore) -> Source | None:
        """A new source, not yet written (for a form that cites it and adds both as one step)."""
        form = cls(parent, store)
        try:
            return form.source() if form.exec() == cls.DialogCode.Accepted else None
        finally:
            form.deleteLater()

    def source(self) -> Source:
        return Source(
            uid=self.uid, publisher=self.publisher_edit.text().strip(),
            title=self.title_edit.text().strip(), url=optional_text(self.url_edit), published=self.published_edit.date(),
            id=self.original.id if self.original else None,
        )

    def problems(self) -> Problems:
        if self.published_edit.problem():
            return {"published": self.published_edit.problem(), **checked(check_source, self.source())}
        return checked(check_source, self.source())

    def operation(self) -> Operation | None:
        source = self.source()
        if source == self.original:
            return None
        return undo.put(self.store, source, self.tr("Add source") if self.original is None else self.tr("Edit source"))
