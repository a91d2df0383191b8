"""Backlinks as rich text for other panels: "Notes linking here" under an event's or entity's detail.

``backlinks_html(store, kind, uid)`` is safe HTML (every title escaped) listing the notes that
link to the record, each a ``note:<uid>`` link; ``note_uid_from_url`` reads such a link back, so
a panel can hand the click to ``NotesController.show_note``. Empty when nothing links here.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote, unquote

from PySide6.QtCore import QUrl

from explorer.core.models import NoteTarget
from explorer.core.notes.authors import shown_name
from explorer.core.notes.backlinks import backlinks
from explorer.core.notes.brief_markdown import note_date
from explorer.core.store import CaseStore

SCHEME = "note"


def note_url(uid: str) -> str:
    return f"{SCHEME}:{quote(uid, safe='')}"


def note_uid_from_url(url: QUrl | str) -> str | None:
    """The note uid of a ``note:`` link, or None for any other link."""
    text = url.toString(QUrl.ComponentFormattingOption.FullyEncoded) if isinstance(url, QUrl) else url
    scheme, _, rest = text.partition(":")
    return unquote(rest) if scheme == SCHEME and rest else None


def backlinks_html(store: CaseStore, kind: NoteTarget, uid: str, limit: int = 20) -> str:
    """A heading and a list of the notes linking to the record ("" when there are none)."""
    notes = backlinks(store, kind, uid)
    if not notes:
        return ""
    items = [
        f"<li><a href='{escape(note_url(n.uid), quote=True)}'>{escape(n.title)}</a> "
        f"<span style='color:gray'>— {escape(shown_name(n.author))}, {escape(note_date(n.updated))}</span></li>"
        for n in notes[:limit]
    ]
    more = f"<p style='color:gray'>… and {len(notes) - limit} more.</p>" if len(notes) > limit else ""
    return f"<h4>Notes linking here</h4><ul>{''.join(items)}</ul>{more}"
