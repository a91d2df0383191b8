"""EraForm: add or edit an era, a named span shaded on the timeline."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from explorer.core import undo
from explorer.core.dates import PartialDate
from explorer.core.models import Era, new_uid
from explorer.core.store import CaseStore
from explorer.core.undo import Operation
from explorer.ui.forms.date_edit import DateEdit
from explorer.ui.forms.fields import ColorField, line_edit, text_edit
from explorer.ui.forms.form_dialog import FormDialog, Problems, checked, end_problem
from explorer.ui.forms.rules import check_era

_STAND_IN = PartialDate(1970)  # lets the other fields be checked while a date is missing


class EraForm(FormDialog):
    CHECKED_FIELDS = frozenset({"title", "color"})

    def __init__(self, parent: QWidget | None, store: CaseStore, era_uid: str | None = None) -> None:
        self.original = store.era(era_uid) if era_uid else None
        super().__init__(parent, store, self.tr("Edit Era") if self.original else self.tr("New Era"))
        self.setObjectName("eraForm")
        self.uid = self.original.uid if self.original else new_uid()
        form = self.add_form()
        self.title_edit = self.add_field(
            form, self.tr("&Title:"), line_edit(self, self.tr("Title"), self.tr("e.g. Scale as a neutral supplier")), "title"
        )
        self.start_edit = self.add_field(form, self.tr("&Start:"), DateEdit(self), "start")
        self.end_edit = self.add_field(form, self.tr("&End:"), DateEdit(self), "end")
        self.color_field = self.add_field(form, self.tr("Co&lour:"), ColorField(self), "color")
        summary = text_edit(self, self.tr("Summary"), self.tr("What marks this era (Markdown)"), lines=3)
        self.summary_edit = self.add_field(form, self.tr("S&ummary:"), summary, "summary")
        if self.original is not None:
            self.title_edit.setText(self.original.title)
            self.start_edit.set_date(self.original.start)
            self.end_edit.set_date(self.original.end)
            self.color_field.set_color(self.original.color)
            self.summary_edit.setPlainText(self.original.summary)
        self.finish(new=self.original is None)
        self.title_edit.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, store: CaseStore, era_uid: str | None = None) -> Operation | None:
        """Add an era (or edit the one with ``era_uid``): the edit as one operation, or None."""
        return cls.result_of(cls(parent, store, era_uid))

    def era(self) -> Era:
        base = self.original or Era(self.uid, "", _STAND_IN, _STAND_IN)
        start = self.start_edit.date()
        end = self.end_edit.date() if start is not None else None
        return replace(
            base, title=self.title_edit.text().strip(), start=start or _STAND_IN, end=end or start or _STAND_IN,
            color=self.color_field.color(), summary=self.summary_edit.toPlainText(),
        )

    def problems(self) -> Problems:
        problems = {key: edit.problem() for key, edit in (("start", self.start_edit), ("end", self.end_edit)) if edit.problem()}
        era = self.era()
        found = checked(check_era, era, {"title": {"title": "-"}, "end": {"end": era.start}, "color": {"color": None}})
        if "end" in found:
            found["end"] = end_problem(era.start)
        return {**found, **problems}

    def operation(self) -> Operation | None:
        era = self.era()
        if era == self.original:
            return None
        return undo.put(self.store, era, self.tr("Add era") if self.original is None else self.tr("Edit era"))
