"""Small field widgets the forms share: problem messages, choice boxes, Markdown text, colours.

Every control gets an accessible name; problem messages use a red that reads in light and dark
themes and are also put in the control's accessible description, for screen readers. The words
are translated: the functions here under the context "Fields", the classes under their own names.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from explorer.core.models import Certainty, EntityKind
from explorer.core.store import RecordError
from explorer.core.store.entities import check_color
from explorer.ui.drawn_icon import swatch
from explorer.ui.style import CERTAINTY_HINT, certainty_label


def importance_labels() -> dict[int, str]:
    """An event's importance (1 to 3) in words, in the user's language."""
    return {
        1: QCoreApplication.translate("Fields", "Minor"),
        2: QCoreApplication.translate("Fields", "Normal"),
        3: QCoreApplication.translate("Fields", "Turning point"),
    }


def kind_label(kind: EntityKind | str) -> str:
    """An entity's kind as a capitalised word in the user's language ("Company"); an unknown kind as it is."""
    labels = {
        EntityKind.COMPANY: QCoreApplication.translate("Fields", "Company"),
        EntityKind.PERSON: QCoreApplication.translate("Fields", "Person"),
        EntityKind.ORGANIZATION: QCoreApplication.translate("Fields", "Organization"),
        EntityKind.GROUP: QCoreApplication.translate("Fields", "Group"),
    }
    return labels.get(kind, str(kind).capitalize())  # type: ignore[call-overload]


def kind_word(kind: EntityKind | str) -> str:
    """An entity's kind as a word within a line ("Meta (company)"), in the user's language."""
    words = {
        EntityKind.COMPANY: QCoreApplication.translate("Fields", "company"),
        EntityKind.PERSON: QCoreApplication.translate("Fields", "person"),
        EntityKind.ORGANIZATION: QCoreApplication.translate("Fields", "organization"),
        EntityKind.GROUP: QCoreApplication.translate("Fields", "group"),
    }
    return words.get(kind, str(kind))  # type: ignore[call-overload]


def sentence(text: str) -> str:
    """Text as a sentence: its first letter upper-case."""
    return text[:1].upper() + text[1:] if text else text


def plain_name(label: str) -> str:
    """A label's words without the mnemonic '&' and trailing colon: the accessible name of its control."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").strip()


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def problem_color(widget: QWidget) -> str:
    return "#ff8a80" if is_dark(widget) else "#b3261e"


def hint_color(widget: QWidget) -> str:
    """The theme's grey for hints: from the application's palette, since the widget's own palette
    takes the colour of any style sheet set on it (a message once red would stay red)."""
    return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()


class FieldMessage(QLabel):
    """What is wrong with one field, shown beside it; hidden when nothing is.

    The rows below must not move as the user types (a click aimed at the next field has to land
    there): with ``reserve`` the message holds a line's room from the start, and any message, once
    shown, keeps its room when it is hidden again.
    """

    def __init__(self, control: QWidget | None = None, parent: QWidget | None = None, reserve: bool = False) -> None:
        super().__init__(parent)
        self.control = control
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Problem"))
        self.hide()
        if reserve:
            self._keep_room()

    def _keep_room(self) -> None:
        """From now on hold a line's height, also while hidden."""
        self.setMinimumHeight(self.fontMetrics().lineSpacing())
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)

    def set_problem(self, message: str | None, quiet: bool = False) -> None:
        """Show a problem (in a hint's grey while ``quiet``: a field of a new record not yet touched)."""
        self.setText(sentence(message or ""))
        self.setStyleSheet(f"color: {hint_color(self) if quiet else problem_color(self)};")
        if message and not self.sizePolicy().retainSizeWhenHidden():
            self._keep_room()
        self.setVisible(bool(message))
        if self.control is not None:
            self.control.setAccessibleDescription(sentence(message or ""))


def text_edit(parent: QWidget, name: str, placeholder: str = "", lines: int = 5, grow: bool = True) -> QPlainTextEdit:
    """A plain-text (Markdown) box where Tab moves on to the next field, as in the rest of the form;
    ``lines`` tall, or taller when it may ``grow`` with the dialog."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    height = edit.fontMetrics().lineSpacing() * lines + 2 * edit.frameWidth() + 8
    edit.setMinimumHeight(height)
    if not grow:
        edit.setMaximumHeight(height)
    return edit


def line_edit(parent: QWidget, name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


def choice_box(parent: QWidget, name: str, choices: Iterable[tuple[str, object]], tips: dict[object, str] | None = None) -> QComboBox:
    """A drop-down of (label, value) choices; ``value_of`` and ``choose`` read and set it by value."""
    box = QComboBox(parent)
    box.setAccessibleName(name)
    for label, value in choices:
        box.addItem(label, value)
        if tips and value in tips:
            box.setItemData(box.count() - 1, tips[value], Qt.ItemDataRole.ToolTipRole)
    return box


def certainty_box(parent: QWidget) -> QComboBox:
    choices = ((certainty_label(c), str(c)) for c in Certainty)
    tips = {str(c): sentence(h) for c, h in CERTAINTY_HINT.items()}  # explorer.ui.style's words, in English
    return choice_box(parent, QCoreApplication.translate("Fields", "Certainty"), choices, tips)


def importance_box(parent: QWidget) -> QComboBox:
    choices = ((label, value) for value, label in importance_labels().items())
    return choice_box(parent, QCoreApplication.translate("Fields", "Importance"), choices)


def choose(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)


def value_of(box: QComboBox) -> object:
    return box.currentData()


def optional_text(edit: QLineEdit) -> str | None:
    """A line edit's text, stripped; None when empty (for the optional fields of a record)."""
    return edit.text().strip() or None


class ColorField(QWidget):
    """A colour as '#rrggbb' text (empty for none), with a swatch button that opens the colour chooser."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, name: str | None = None) -> None:
        """``name``: the accessible name of the colour's text (else "Colour"), in the user's language."""
        super().__init__(parent)
        self.edit = line_edit(self, name or self.tr("Colour"), self.tr("none (#rrggbb)"))
        self.edit.setMaxLength(7)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Choose…"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setAccessibleName(self.tr("Choose colour") if name is None else self.tr("Choose %1").replace("%1", name))
        self.button.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._on_text)
        self._on_text()

    @classmethod
    def pick(cls, parent: QWidget, initial: str | None) -> str | None:
        """Ask for a colour with the system chooser (tests replace this, as they do file dialogs)."""
        color = QColorDialog.getColor(QColor(initial or "#1f77b4"), parent, QCoreApplication.translate("ColorField", "Choose a colour"))
        return color.name() if color.isValid() else None

    def _choose(self) -> None:
        chosen = type(self).pick(self, self.color() if self.problem() is None else None)
        if chosen:
            self.edit.setText(chosen)

    def color(self) -> str | None:
        return optional_text(self.edit)

    def set_color(self, color: str | None) -> None:
        self.edit.setText(color or "")

    def problem(self) -> str | None:
        try:
            check_color(self.color(), "color")
        except RecordError as refused:
            return refused.problem
        return None

    def _on_text(self) -> None:
        color = self.color()
        self.button.setIcon(swatch(color if color and self.problem() is None else QColor(), 14, radius=0, inset=0))
        self.changed.emit()
