"""EventForm: add or edit an event — what, when (both clocks), how sure, who took part, which sources say so.

The event, the sources made while the form was open and the citations added, changed or removed
are saved as one undoable step ("Add event", "Change date", "Edit event").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QWidget

from explorer.core import undo
from explorer.core.dates import PartialDate
from explorer.core.models import Certainty, Citation, CitationTarget, Event, Media, Participant, Role, Source, new_uid
from explorer.core.store import CaseStore
from explorer.core.undo import Operation
from explorer.ui.forms.date_edit import DateEdit
from explorer.ui.forms.fields import certainty_box, choose, importance_box, line_edit, text_edit
from explorer.ui.forms.form_dialog import FormDialog, Problems, checked, end_problem
from explorer.ui.forms.pickers import entity_choices, source_choices
from explorer.ui.forms.row_editors import CitationsEditor, ParticipantsEditor
from explorer.ui.forms.rules import check_event
from explorer.ui.forms.source_form import SourceForm

_PLACEHOLDER_START = PartialDate(1970)  # lets the other fields be checked while the start is missing


class EventForm(FormDialog):
    CHECKED_FIELDS = frozenset({"title"})

    def __init__(
        self, parent: QWidget | None, store: CaseStore, event_uid: str | None = None,
        start: PartialDate | None = None, participants: Iterable[str] = (),
    ) -> None:
        self.original = store.event(event_uid) if event_uid else None
        super().__init__(parent, store, self.tr("Edit Event") if self.original else self.tr("New Event"))
        self.setObjectName("eventForm")
        self.uid = self.original.uid if self.original else new_uid()
        self.new_sources: list[Source] = []
        self._build_event_tab()
        self._build_other_tabs()
        self.date_edits = {"start": self.start_edit, "end": self.end_edit, "reported_at": self.reported_edit}
        self._fill(self.original or Event(self.uid, "", _PLACEHOLDER_START, participants=tuple(
            Participant(uid, Role.ACTOR) for uid in participants if store.exists("entity", uid)
        )))
        if self.original is None:
            self.start_edit.set_date(start)
        self.finish(new=self.original is None)
        self.title_edit.setFocus()

    def _build_event_tab(self) -> None:
        form = self.add_form(self.tr("E&vent"))
        self.title_edit = self.add_field(
            form, self.tr("&Title:"), line_edit(self, self.tr("Title"), self.tr("What happened, in a few words")), "title"
        )
        wording = self.tr('"Shown as"')  # the field below, where "mid-June" belongs
        self.start_edit = self.add_field(form, self.tr("&Start:"), DateEdit(self, wording_field=wording), "start")
        self.end_edit = self.add_field(
            form, self.tr("&End:"), DateEdit(self, optional=True, empty_note=self.tr("optional, for a span"), wording_field=wording), "end"
        )
        shown_as = line_edit(self, self.tr("Shown as"), self.tr("optional wording, e.g. mid-June 2025"))
        self.display_edit = self.add_field(form, self.tr("Shown &as:"), shown_as, "display_date")
        reported = DateEdit(self, optional=True, empty_note=self.tr("optional, if not at the start"))
        self.reported_edit = self.add_field(form, self.tr("&Became public:"), reported, "reported_at")
        self.category_edit = self.add_field(
            form, self.tr("Cate&gory:"), line_edit(self, self.tr("Category"), self.tr("e.g. deal, leadership")), "category"
        )
        completer = QCompleter([c for c in self.store.categories() if c], self.category_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.category_edit.setCompleter(completer)
        self.certainty_box = self.add_field(form, self.tr("Ce&rtainty:"), certainty_box(self), "certainty")
        self.importance_box = self.add_field(form, self.tr("&Importance:"), importance_box(self), "importance")
        self.body_edit = self.add_field(
            form, self.tr("Te&xt:"), text_edit(self, self.tr("Text"), self.tr("What happened and why it matters (Markdown)")), "body"
        )

    def _build_other_tabs(self) -> None:
        self.names = entity_choices(self.store)
        self.participants_editor = ParticipantsEditor(self, self.names)
        self.add_field(self.add_form(self.tr("&Participants")), "", self.participants_editor, "participants")
        self.citations_editor = CitationsEditor(self, source_choices(self.store.sources()))
        self.citations_editor.new_source_requested.connect(self._new_source)
        self.add_field(self.add_form(self.tr("So&urces")), "", self.citations_editor, "citations")
        media = self.add_form(self.tr("&Media"))
        self.media_url_edit = self.add_field(
            media, self.tr("&Link:"), line_edit(self, self.tr("Media link"), self.tr("https://… (an image or video)")), "media_url"
        )
        self.media_caption_edit = self.add_field(media, self.tr("Capt&ion:"), line_edit(self, self.tr("Media caption")), "media_caption")
        self.media_credit_edit = self.add_field(media, self.tr("Cre&dit:"), line_edit(self, self.tr("Media credit")), "media_credit")

    def _fill(self, event: Event) -> None:
        self.title_edit.setText(event.title)
        self.start_edit.set_date(event.start)
        self.end_edit.set_date(event.end)
        self.display_edit.setText(event.display_date)
        self.reported_edit.set_date(event.reported_at)
        self.category_edit.setText(event.category)
        choose(self.certainty_box, str(event.certainty))
        choose(self.importance_box, event.importance)
        self.body_edit.setPlainText(event.body)
        for participant in event.participants:
            self.participants_editor.add(participant)
        for citation in self.citations_before():
            self.citations_editor.add(citation)
        media = event.media or Media()
        self.media_url_edit.setText(media.url)
        self.media_caption_edit.setText(media.caption)
        self.media_credit_edit.setText(media.credit)

    @classmethod
    def ask(
        cls, parent: QWidget | None, store: CaseStore, event_uid: str | None = None,
        start: PartialDate | None = None, participants: Iterable[str] = (),
    ) -> Operation | None:
        """Add an event (starting at ``start``, with these entity uids taking part) or edit the one with
        ``event_uid``: the edit as one undoable operation, or None when cancelled or nothing changed."""
        return cls.result_of(cls(parent, store, event_uid, start, participants))

    def _new_source(self) -> None:
        source = SourceForm.ask_source(self, self.store)
        if source is not None:
            self.new_sources.append(source)
            self.citations_editor.add_source(source)

    # --- the records -----------------------------------------------------------------------

    def entered_event(self) -> Event:
        """The event as entered (with a stand-in start while none is given)."""
        base = self.original or Event(self.uid, "", _PLACEHOLDER_START)
        media = replace(
            base.media or Media(), url=self.media_url_edit.text().strip(), caption=self.media_caption_edit.text().strip(),
            credit=self.media_credit_edit.text().strip(),
        )
        return replace(
            base, title=self.title_edit.text().strip(), body=self.body_edit.toPlainText(),
            start=self.start_edit.date() or _PLACEHOLDER_START, end=self.end_edit.date(),
            display_date=self.display_edit.text().strip(), reported_at=self.reported_edit.date(),
            category=self.category_edit.text().strip(), certainty=Certainty(self.certainty_box.currentData()),
            importance=self.importance_box.currentData(), media=media if media != Media() else None,
            participants=self.participants_editor.participants(),
        )

    def citations_before(self) -> list[Citation]:
        return self.store.citations_on(CitationTarget.EVENT, self.original.uid) if self.original else []

    def problems(self) -> Problems:
        problems = {key: edit.problem() for key, edit in self.date_edits.items() if edit.problem()}
        event = self.entered_event()
        if self.start_edit.date() is None:
            event = replace(event, end=None)
        found = checked(check_event, event, {"title": {"title": "-"}, "end": {"end": None}, "importance": {"importance": 2}})
        if "end" in found:
            found["end"] = end_problem(event.start)
        if "participants" in found:
            for label, uid in self.names:
                found["participants"] = found["participants"].replace(repr(uid), label)
        return {**found, **problems}

    def operation(self) -> Operation | None:
        event = self.entered_event()
        steps = [undo.put(self.store, source) for source in self.new_sources]
        if event != self.original:
            steps.append(undo.put(self.store, event))
        before = {c.uid: c for c in self.citations_before()}
        after = self.citations_editor.citations(CitationTarget.EVENT, event.uid)
        cited = [undo.put(self.store, c) for c in after if before.get(c.uid) != c]
        kept = {c.uid for c in after}
        cited += [undo.delete(self.store, Citation, uid) for uid in before if uid not in kept]
        if not steps and not cited:
            return None
        return undo.batch(self._label(event, bool(cited or self.new_sources)), steps + cited)

    def _label(self, event: Event, sources_changed: bool) -> str:
        if self.original is None:
            return self.tr("Add event")
        changed = {f.name for f in fields(Event) if getattr(event, f.name) != getattr(self.original, f.name)}
        if changed and changed <= {"start", "end"} and not sources_changed:
            return self.tr("Change date")
        if changed == {"title"} and not sources_changed:
            return self.tr("Rename event")
        if not changed:
            return self.tr("Edit sources")
        return self.tr("Edit event")

