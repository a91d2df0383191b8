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
    columns = ("Publisher", "Title", "Published", "Cited")
    stretch_column = 1
    noun = "source"

    def __init__(self, parent: QWidget | None, store: CaseStore, run: Run) -> None:
        super().__init__(parent, store, run, "Sources")
        self.setObjectName("sourcesDialog")

    def rows(self) -> list[tuple[str, list[str]]]:
        cited = Counter(citation.source_uid for citation in self.store.citations())
        sources = sorted(self.store.sources(), key=lambda s: (s.publisher.casefold(), s.title.casefold()))
        return [
            (s.uid, [s.publisher, s.title, dates.display(s.published) if s.published else "", _times(cited[s.uid])])
            for s in sources
        ]

    def add_operation(self) -> Operation | None:
        return SourceForm.ask(self, self.store)

    def edit_operation(self, uid: str) -> Operation | None:
        return SourceForm.ask(self, self.store, uid)

    def delete_operation(self, uid: str) -> Operation:
        return undo.delete(self.store, Source, uid, "Delete source")


def _times(count: int) -> str:
    return "" if count == 0 else "once" if count == 1 else f"{count} times"


class ErasDialog(RecordManager):
    columns = ("Title", "Dates", "Colour")
    noun = "era"

    def __init__(self, parent: QWidget | None, store: CaseStore, run: Run) -> None:
        super().__init__(parent, store, run, "Eras")
        self.setObjectName("erasDialog")

    def rows(self) -> list[tuple[str, list[str]]]:
        return [(era.uid, [era.title, dates.display_span(era.start, era.end), era.color or "automatic"]) for era in self.store.eras()]

    def add_operation(self) -> Operation | None:
        return EraForm.ask(self, self.store)

    def edit_operation(self, uid: str) -> Operation | None:
        return EraForm.ask(self, self.store, uid)

    def delete_operation(self, uid: str) -> Operation:
        return undo.delete(self.store, Era, uid, "Delete era")
