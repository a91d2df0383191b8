"""The bar above a note that has versions from a merge waiting: compare, keep mine, take theirs, keep both.

One conflict is shown at a time (the oldest); resolving it shows the next. "Compare" shows their
version in the preview under the editor, so the bar stays two lines high even in a narrow dock.
The amber tint is translucent, so it reads in the light and the dark theme alike.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from explorer.core.models import NoteConflict
from explorer.core.notes.authors import shown_name
from explorer.core.notes.brief_markdown import note_date
from explorer.ui.notes.icons import icon

AMBER = "#b26a00"
STYLE = (
    "QFrame#noteConflictBar { background-color: rgba(178, 106, 0, 40); border: 1px solid rgba(178, 106, 0, 140); "
    "border-radius: 4px; }"
)


class ConflictBar(QFrame):
    resolve = Signal(str, object)  # "mine" | "theirs" | "both", the NoteConflict
    compare = Signal(object)  # the NoteConflict to show in the preview, or None to show the note again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteConflictBar")
        self.setStyleSheet(STYLE)
        self.conflict: NoteConflict | None = None
        self.mark = QLabel(self)
        self.mark.setPixmap(icon("conflict", QColor(AMBER)).pixmap(18, 18))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.toggle = QPushButton(self.tr("Compare"), self)
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(self.tr("Show their version in the preview below"))
        self.toggle.toggled.connect(self._on_compare)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, tip in (
            ("mine", self.tr("Keep mine"), self.tr("Keep your text; their version is dropped")),
            ("theirs", self.tr("Take theirs"), self.tr("Use their text; yours stays in the note's history")),
            ("both", self.tr("Keep both"), self.tr("Keep their text as a second note on the same item")),
        ):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, k=key: self._decide(k))
            self.buttons[key] = button
        top = QHBoxLayout()
        top.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.message, 1)
        row = QHBoxLayout()
        row.addWidget(self.toggle)
        row.addStretch(1)
        for button in self.buttons.values():
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(row)
        self.hide()

    def show_conflicts(self, conflicts: list[NoteConflict]) -> None:
        self.toggle.setChecked(False)
        self.conflict = conflicts[0] if conflicts else None
        if self.conflict is None:
            self.hide()
            return
        c = self.conflict
        where = ", ".join(part for part in (c.origin, note_date(c.updated)) if part)
        more = " " + self.tr("(%1 versions wait.)").replace("%1", str(len(conflicts))) if len(conflicts) > 1 else ""
        text = self.tr("%1 also changed this note (%2). Both versions are kept until you choose.")
        self.message.setText(text.replace("%1", shown_name(c.author)).replace("%2", where) + more)
        self.setToolTip(self.message.text())
        self.show()
        self._fit_message()

    def _fit_message(self) -> None:
        width = self.message.width() if self.message.width() > 50 else max(200, self.width() - 60)
        height = self.message.heightForWidth(width)
        if height > 0 and height != self.message.minimumHeight():
            self.message.setMinimumHeight(height)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)
        self._fit_message()

    def _on_compare(self, shown: bool) -> None:
        self.toggle.setText(self.tr("Show mine") if shown else self.tr("Compare"))
        self.compare.emit(self.conflict if shown else None)

    def _decide(self, key: str) -> None:
        if self.conflict is not None:
            self.resolve.emit(key, self.conflict)
