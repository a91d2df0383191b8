"""CaseForm: the case's details — title, subtitle, summary, language, authors, and the opening view.

Only the values that changed are written, as one undoable step; an emptied field removes its key
(a case without a title shows as "Untitled case").
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from explorer.core import dates, undo
from explorer.core.date_input import friendly
from explorer.core.store import CaseStore
from explorer.core.undo import Operation
from explorer.ui.forms.date_edit import DateEdit
from explorer.ui.forms.fields import line_edit, text_edit
from explorer.ui.forms.form_dialog import FormDialog, Problems, end_problem

_TEXT_KEYS = ("title", "subtitle", "summary", "language", "authors")
_DATE_KEYS = ("view_start", "view_end")


class CaseForm(FormDialog):
    def __init__(self, parent: QWidget | None, store: CaseStore) -> None:
        super().__init__(parent, store, self.tr("Case Details"))
        self.setObjectName("caseForm")
        self.before = store.meta()
        form = self.add_form()
        self.title_edit = self.add_field(form, self.tr("&Title:"), line_edit(self, self.tr("Title"), self.tr("Untitled case")), "title")
        self.subtitle_edit = self.add_field(form, self.tr("Su&btitle:"), line_edit(self, self.tr("Subtitle")), "subtitle")
        self.summary_edit = self.add_field(
            form, self.tr("&Summary:"), text_edit(self, self.tr("Summary"), self.tr("What the case is about (Markdown)")), "summary"
        )
        self.language_edit = self.add_field(
            form, self.tr("&Language:"), line_edit(self, self.tr("Language"), self.tr("e.g. en")), "language"
        )
        self.authors_edit = self.add_field(
            form, self.tr("&Authors:"), line_edit(self, self.tr("Authors"), self.tr("Who wrote the case")), "authors"
        )
        whole = self.tr("optional, else the whole case")
        self.view_start_edit = self.add_field(
            form, self.tr("Opening &view from:"), DateEdit(self, optional=True, empty_note=whole), "view_start"
        )
        self.view_end_edit = self.add_field(
            form, self.tr("Opening view &until:"), DateEdit(self, optional=True, empty_note=whole), "view_end"
        )
        self.text_edits = dict(zip(_TEXT_KEYS, (self.title_edit, self.subtitle_edit, self.summary_edit, self.language_edit,
                                                self.authors_edit), strict=True))
        self.date_edits = {"view_start": self.view_start_edit, "view_end": self.view_end_edit}
        for key, edit in self.text_edits.items():
            edit.setPlainText(self.before.get(key, "")) if key == "summary" else edit.setText(self.before.get(key, ""))
        for key, edit in self.date_edits.items():
            stored = self.before.get(key, "")
            edit.line.setText(friendly(dates.parse(stored)) if dates.is_valid(stored) else stored)  # else shows why it is not a date
        self.finish(new=False)
        self.title_edit.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, store: CaseStore) -> Operation | None:
        """Edit the case's details: the changes as one operation, or None."""
        return cls.result_of(cls(parent, store))

    def values(self) -> dict[str, str | None]:
        """Every detail as it would be stored (None: the key is removed)."""
        found: dict[str, str | None] = {}
        for key, edit in self.text_edits.items():
            text = edit.toPlainText() if key == "summary" else edit.text().strip()
            found[key] = text or None
        for key, edit in self.date_edits.items():
            found[key] = edit.date().iso() if edit.date() is not None else None
        return found

    def problems(self) -> Problems:
        problems = {key: edit.problem() for key, edit in self.date_edits.items() if edit.problem()}
        start, end = self.view_start_edit.date(), self.view_end_edit.date()
        if start is not None and end is not None and dates.end_seconds(end) <= dates.start_seconds(start):
            problems["view_end"] = end_problem(start)
        return problems

    def operation(self) -> Operation | None:
        changed = {key: value for key, value in self.values().items() if value != (self.before.get(key) or None)}
        if not changed:
            return None
        label = self.tr("Rename case") if set(changed) == {"title"} else self.tr("Edit case details")
        return undo.batch(label, [undo.set_meta(self.store, key, value) for key, value in changed.items()])

