"""The list of notes in the panel: a thin model over a row cache, and a delegate that draws cards.

A card shows the author's initials badge, the note's title, then the author's name, the date and
what the note is on (or how it goes on, as plain text: links as their labels, no Markdown marks),
and its tags as chips, and marks for pinned, "for the speaker" and waiting conflicts (each as an
icon with words in its tooltip and accessible text, never colour alone). The model never reads
the store: the panel hands it rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from explorer.core.models import Note
from explorer.core.notes.authors import shown_name
from explorer.core.notes.brief_markdown import note_date
from explorer.core.notes.plain_text import excerpt, plain_title
from explorer.ui.notes.badges import paint_author_badge, paint_chip
from explorer.ui.notes.icons import icon

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
PAD = 7
BADGE = 24
LINE_GAP = 3


def card_height(line: int) -> int:
    """The height of a card for a font whose lines are ``line`` pixels high."""
    return PAD * 2 + line * 2 + LINE_GAP + 2


@dataclass(frozen=True)
class NoteRow:
    note: Note
    conflicts: int = 0
    context: str = ""  # what the note is attached to, when the list mixes targets
    excerpt: str = ""


class NoteListModel(QAbstractListModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.rows: list[NoteRow] = []

    def set_rows(self, rows: list[NoteRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def update_note(self, note: Note) -> bool:
        """Refresh one card in place (after an autosave); False if the note is not listed."""
        for i, row in enumerate(self.rows):
            if row.note.uid == note.uid:
                self.rows[i] = NoteRow(note, row.conflicts, row.context, excerpt(note.body))
                index = self.index(i)
                self.dataChanged.emit(index, index)
                return True
        return False

    def row_of(self, uid: str) -> int:
        return next((i for i, row in enumerate(self.rows) if row.note.uid == uid), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.note.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        if role == NOTE_ROLE:
            return row.note
        if role == ROW_ROLE:
            return row
        return None

    def _spoken(self, row: NoteRow) -> str:
        note = row.note
        parts = [plain_title(note.title), f"by {shown_name(note.author)}", note_date(note.updated)]
        if note.pinned:
            parts.append("pinned")
        if note.for_speaker:
            parts.append("for the speaker")
        if row.conflicts:
            parts.append(f"{row.conflicts} conflicting version{'s' if row.conflicts != 1 else ''} to resolve")
        if note.tags:
            parts.append("tags " + ", ".join(note.tags))
        return "; ".join(parts)


class NoteCardDelegate(QStyledItemDelegate):
    """Two-line cards, so a docked list shows several notes: the title (and its marks), then who
    wrote it when, what it is on or how it begins, and its tags."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(200, card_height(QFontMetrics(option.font).height()))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        row: NoteRow = index.data(ROW_ROLE)
        if row is None:
            return
        painter.save()
        palette, rect = option.palette, QRectF(option.rect).adjusted(3, 1, -3, -1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        if selected:
            fill.setAlpha(60)
        painter.setBrush(fill)
        painter.setPen(palette.color(QPalette.ColorRole.Highlight) if selected else palette.color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(rect, 6, 6)
        note, metrics = row.note, QFontMetrics(option.font)
        line = metrics.height()
        x, y, right = rect.left() + PAD, rect.top() + PAD - 1, rect.right() - PAD
        badge_top = rect.top() + (rect.height() - BADGE) / 2
        paint_author_badge(painter, QRectF(x, badge_top, BADGE, BADGE), note.author)
        text_x = x + BADGE + 8
        width = int(right - text_x)
        text_color, muted = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.PlaceholderText)
        marks_width = self._paint_marks(painter, row, right, y, line)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        title_width = int(width - marks_width)
        painter.drawText(QRectF(text_x, y, title_width, line), Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(plain_title(note.title), Qt.TextElideMode.ElideRight, title_width))
        painter.setFont(option.font)
        y += line + LINE_GAP
        chips = self._paint_tags(painter, row, right, y, line, palette, metrics, limit=width * 0.45)
        painter.setPen(muted)
        about = row.context or row.excerpt
        text = f"{shown_name(note.author)} · {note_date(note.updated)}" + (f" — {about}" if about else "")
        painter.drawText(QRectF(text_x, y, width - chips, line), Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width - chips)))
        painter.restore()

    def _paint_marks(self, painter: QPainter, row: NoteRow, right: float, y: float, line: float) -> float:
        marks = [name for name, on in (("conflict", row.conflicts), ("speaker", row.note.for_speaker), ("pin", row.note.pinned)) if on]
        x = right
        for name in marks:
            color = QColor("#b26a00") if name == "conflict" else None
            x -= 16
            painter.drawPixmap(int(x), int(y + (line - 16) / 2), icon(name, color).pixmap(16, 16))
            x -= 2
        return right - x

    def _paint_tags(self, painter: QPainter, row: NoteRow, right: float, y: float, line: float, palette: QPalette,
                    metrics: QFontMetrics, limit: float) -> float:
        """Tag chips right-aligned on the last line, as many as fit in ``limit``; the width they took."""
        fitting, used = [], 0.0
        for tag in row.note.tags if not row.context else ():
            width = metrics.horizontalAdvance(f"#{tag}") + 12
            if used + width > limit:
                break
            fitting.append((f"#{tag}", width))
            used += width + 4
        x = right - used + 4
        for label, width in fitting:
            paint_chip(painter, QRectF(x, y, width, line), label, palette)
            x += width + 4
        return used + (8 if used else 0)
