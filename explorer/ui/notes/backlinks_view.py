"""Backlinks as rich text: "Linked from: …" in the notes panel, "Notes linking here" for other panels.

``backlinks_html(store, kind, uid)`` is safe HTML (every title escaped) listing the notes that
link to the record, each a ``note:<uid>`` link; ``note_uid_from_url`` reads such a link back, so
a panel can hand the click to ``NotesController.show_note``. Empty when nothing links here.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote, unquote

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QLabel, QWidget

from explorer.core.models import Note, NoteTarget
from explorer.core.notes.anchors import NoteAnchor
from explorer.core.notes.authors import shown_name
from explorer.core.notes.backlinks import backlinks
from explorer.core.notes.brief_markdown import note_date
from explorer.core.notes.plain_text import plain_title
from explorer.core.store import CaseStore

SCHEME = "note"


def note_url(uid: str) -> str:
    return f"{SCHEME}:{quote(uid, safe='')}"


def note_uid_from_url(url: QUrl | str) -> str | None:
    """The note uid of a ``note:`` link, or None for any other link."""
    text = url.toString(QUrl.ComponentFormattingOption.FullyEncoded) if isinstance(url, QUrl) else url
    scheme, _, rest = text.partition(":")
    return unquote(rest) if scheme == SCHEME and rest else None


def _note_link(note: Note) -> str:
    """A link to the note, its title as read."""
    return f"<a href='{escape(note_url(note.uid), quote=True)}'>{escape(plain_title(note.title))}</a>"


def backlinks_html(store: CaseStore, kind: NoteTarget, uid: str, limit: int = 20) -> str:
    """A heading and a list of the notes linking to the record ("" when there are none)."""
    notes = backlinks(store, kind, uid)
    if not notes:
        return ""
    items = [
        f"<li>{_note_link(n)} "
        f"<span style='color:gray'>— {escape(shown_name(n.author))}, {escape(note_date(n.updated))}</span></li>"
        for n in notes[:limit]
    ]
    more = f"<p style='color:gray'>… and {len(notes) - limit} more.</p>" if len(notes) > limit else ""
    return f"<h4>Notes linking here</h4><ul>{''.join(items)}</ul>{more}"


class BacklinksLabel(QLabel):
    """One wrapped line under the notes list: "Linked from: Note A, Note B"; hidden when none."""

    note_chosen = Signal(str)
    SHOWN = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backlinksLabel")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.linkActivated.connect(lambda url: self.note_chosen.emit(note_uid_from_url(url) or ""))
        self.hide()

    def show_for(self, store: CaseStore, anchor: NoteAnchor | None) -> None:
        linkable = (NoteTarget.EVENT, NoteTarget.ENTITY, NoteTarget.RELATIONSHIP)
        notes = backlinks(store, anchor.kind, anchor.uid) if anchor is not None and anchor.kind in linkable else []
        if not notes:
            self.hide()
            return
        links = ", ".join(_note_link(n) for n in notes[: self.SHOWN])
        more = " " + escape(self.tr("and %1 more").replace("%1", str(len(notes) - self.SHOWN))) if len(notes) > self.SHOWN else ""
        heading = escape(self.tr("Linked from:"))
        self.setText(f"<span style='color:gray'>{heading}</span> {links}{more}")
        self.show()
