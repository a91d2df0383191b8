"""The Sources and Eras managers: every source (with how often it is cited) and every era of the case."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QWidget

from explorer.core import dates, undo
from explorer.core.models import Era, Source
from explorer.core.store import CaseStore
from explorer.core.undo import Operation
from explorer.ui.forms.era_form import EraForm
from explorer.ui.forms.manager import RecordManager, Run
from explorer.ui.forms.source_form import SourceForm


class SourcesDialog(RecordManager):
    stretch_column = 1

    def __init__(self, parent: QWidget | None, store: CaseStore, run: Run) -> None:
        super().__init__(parent, store, run, self.tr("Sources"))
        self.setObjectName("sourcesDialog")

    def column_titles(self) -> tuple[str, ...]:
        return self.tr("Publisher"), self.tr("Title"), self.tr("Published"), self.tr("Cited")

    def add_text(self) -> str:
        return self.tr("&Add source…")

    def rows(self) -> list[tuple[str, list[str]]]:
        cited = Counter(citation.source_uid for citation in self.store.citations())
        sources = sorted(self.store.sources(), key=lambda s: (s.publisher.casefold(), s.title.casefold()))
        return [
            (s.uid, [s.publisher, s.title, dates.display(s.published) if s.published else "", self.times(cited[s.uid])])
            for s in sources
        ]

    def add_operation(self) -> Operation | None:
        return SourceForm.ask(self, self.store)

    def edit_operation(self, uid: str) -> Operation | None:
        return SourceForm.ask(self, self.store, uid)

    def delete_operation(self, uid: str) -> Operation:
        return undo.delete(self.store, Source, uid, self.tr("Delete source"))

    def times(self, count: int) -> str:
        """How often a source is cited, in words (nothing for never)."""
        return "" if count == 0 else self.tr("once") if count == 1 else self.tr("%1 times").replace("%1", str(count))


class ErasDialog(RecordManager):
    def __init__(self, parent: QWidget | None, store: CaseStore, run: Run) -> None:
        super().__init__(parent, store, run, self.tr("Eras"))
        self.setObjectName("erasDialog")

    def column_titles(self) -> tuple[str, ...]:
        return self.tr("Title"), self.tr("Dates"), self.tr("Colour")

    def add_text(self) -> str:
        return self.tr("&Add era…")

    def rows(self) -> list[tuple[str, list[str]]]:
        automatic = self.tr("automatic")
        return [(era.uid, [era.title, dates.display_span(era.start, era.end), era.color or automatic]) for era in self.store.eras()]

    def add_operation(self) -> Operation | None:
        return EraForm.ask(self, self.store)

    def edit_operation(self, uid: str) -> Operation | None:
        return EraForm.ask(self, self.store, uid)

    def delete_operation(self, uid: str) -> Operation:
        return undo.delete(self.store, Era, uid, self.tr("Delete era"))
