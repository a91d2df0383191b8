"""FormDialog: the frame every form shares — labelled fields, problems beside them, OK only when all is well.

A form adds its fields with ``add_field`` (a QFormLayout row, on a tab if it has tabs), lists
what is wrong in ``problems()`` (field key -> message, reusing the store's ``check_*`` rules),
and turns what was entered into one undoable ``Operation`` in ``operation()``. The frame shows
each problem beside its field, marks tabs that hold one, and keeps OK disabled until none is left.
Cancel, Esc and closing the window ask before throwing away fields the user changed (``reject()``
itself, for code, does not ask). Ctrl+PageDown and Ctrl+PageUp (or Ctrl+Tab and Ctrl+Shift+Tab)
turn the tabs from any field, a multi-line text box and the buttons below included.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QCloseEvent, QIcon, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.core.date_input import friendly
from explorer.core.dates import PartialDate
from explorer.core.store import CaseStore, RecordError
from explorer.core.undo import Operation
from explorer.ui.forms.date_edit import DateEdit
from explorer.ui.forms.fields import FieldMessage, plain_name

Problems = dict[str, str]


def checked(check: Callable[[object], None], record: object, fixes: dict[str, dict[str, object]] | None = None) -> Problems:
    """The store's verdict on a record, as {field: problem} (empty when it may be written).

    A check stops at the first problem; with ``fixes`` (field -> harmless values for it) the
    record is patched and checked again, so every field with a problem is named at once.
    """
    problems: Problems = {}
    fixes = dict(fixes or {})
    for _attempt in range(8):
        try:
            check(record)
        except RecordError as refused:
            field = refused.field or ""
            problems.setdefault(field, refused.problem)
            if field not in fixes:
                break
            record = replace(record, **fixes.pop(field))  # type: ignore[type-var]
        else:
            break
    return problems


def end_problem(start: PartialDate | None) -> str:
    """The words for an end before its start."""
    if start is None:
        return QCoreApplication.translate("FormDialog", "the end is before the start")
    return QCoreApplication.translate("FormDialog", "the end is before the start (%1)").replace("%1", friendly(start))


def _change_signals(control: QWidget) -> list:
    """The signals a control emits when the user changes it."""
    if isinstance(control, QLineEdit | QPlainTextEdit):
        return [control.textChanged]
    if isinstance(control, QComboBox):
        return [control.currentIndexChanged, control.editTextChanged] if control.isEditable() else [control.currentIndexChanged]
    if isinstance(control, QCheckBox):
        return [control.toggled]
    return [control.changed] if hasattr(control, "changed") else []


class FormDialog(QDialog):
    """A dialog of labelled fields whose OK button stays disabled while any field has a problem."""

    CHECKED_FIELDS: frozenset[str] = frozenset()  # fields whose problem comes and goes as one types: room is kept for it

    def __init__(self, parent: QWidget | None, store: CaseStore, title: str) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(title)
        self.setMinimumWidth(600)
        self._fields: dict[str, FieldMessage | DateEdit | QWidget] = {}  # key -> what shows its problems
        self._touched: set[str] = set()
        self._insist = False
        self._page_of: dict[str, QWidget] = {}
        self._pages: dict[int, QWidget] = {}  # id(form layout) -> its page
        self.tabs: QTabWidget | None = None
        self._layout = QVBoxLayout(self)
        self.summary = FieldMessage(None, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.cancel)

    # --- building ------------------------------------------------------------------------

    def add_form(self, tab_title: str | None = None) -> QFormLayout:
        """A new page of fields: on a tab of its own when given a title, else straight in the dialog."""
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        if tab_title is None:
            form.setContentsMargins(0, 0, 0, 0)
            self._layout.addWidget(page)
        else:
            if self.tabs is None:
                self.tabs = QTabWidget(self)
                self.tabs.setAccessibleName(self.tr("Sections"))
                line = self.tabs.fontMetrics().height()  # a warning icon no taller than the words: the page does not move
                self.tabs.setIconSize(QSize(line, line))
                self._layout.addWidget(self.tabs)
                for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1), ("Ctrl+Tab", 1), ("Ctrl+Shift+Tab", -1)):
                    turn = QShortcut(QKeySequence(keys), self)
                    turn.activated.connect(lambda step=step: self.turn_tab(step))
            self.tabs.addTab(page, tab_title)
        self._pages[id(form)] = page
        return form

    def turn_tab(self, step: int) -> None:
        """Show the next (``step`` 1) or previous (-1) enabled tab, round from the last to the first
        (the tab widget moves the focus along when it was on the page left)."""
        if self.tabs is None:
            return
        count, current = self.tabs.count(), self.tabs.currentIndex()
        for offset in range(1, count):
            index = (current + step * offset) % count
            if self.tabs.isTabEnabled(index):
                self.tabs.setCurrentIndex(index)
                return

    def add_field(self, form: QFormLayout, label: str, control: QWidget, key: str | None = None) -> QWidget:
        """A labelled row (a full-width one for an empty label); with a key, the row shows the
        problems ``problems()`` reports under that key."""
        focus = control.line if isinstance(control, DateEdit) else control
        if label and isinstance(control, DateEdit):
            control.set_name(plain_name(label))
        elif label and not focus.accessibleName():
            focus.setAccessibleName(plain_name(label))
        field = control
        if key is not None:
            if hasattr(control, "set_problem"):
                self._fields[key] = control
            else:
                field = QWidget(self._pages[id(form)])
                column = QVBoxLayout(field)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(2)
                control.setParent(field)
                column.addWidget(control)
                message = FieldMessage(focus, field, reserve=key in self.CHECKED_FIELDS)
                column.addWidget(message)
                self._fields[key] = message
            self._page_of[key] = self._pages[id(form)]
            for signal in _change_signals(control):
                signal.connect(lambda *_args, key=key: self._touched.add(key))
        if label:
            label_widget = QLabel(label, self._pages[id(form)])
            label_widget.setBuddy(focus)
            form.addRow(label_widget, field)
        else:
            form.addRow(field)
        self.watch(control)
        return control

    def watch(self, *controls: QWidget) -> None:
        """Check the form again whenever one of these controls changes."""
        for control in controls:
            for signal in _change_signals(control):
                signal.connect(self.revalidate)

    def finish(self, new: bool) -> None:
        """Call at the end of a form's __init__: adds the buttons and checks the fields once. In the
        form of a ``new`` record, problems show in grey until their field is touched or OK pressed."""
        self._layout.addWidget(self.summary)
        self._layout.addWidget(self.buttons)
        # the 600 pixels set above would win over what the fields need (longer in German): never less than that
        self.setMinimumWidth(max(self.minimumWidth(), self._layout.totalMinimumSize().width()))
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # the start of a long text, not its end
        self._touched.clear()
        self._insist = not new
        self.revalidate()

    # --- checking ------------------------------------------------------------------------

    def problems(self) -> Problems:
        """What stops the form from being accepted: {field key: message}."""
        raise NotImplementedError

    def operation(self) -> Operation | None:
        """The edit as one undoable operation; None when nothing changed."""
        raise NotImplementedError

    def revalidate(self) -> None:
        problems = self.problems()
        for key, field in self._fields.items():
            field.set_problem(problems.get(key), quiet=not (self._insist or key in self._touched))
        stray = [message for key, message in problems.items() if key not in self._fields]
        self.summary.set_problem(stray[0] if stray else None)
        if self.tabs is not None:
            warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            loud = [key for key in problems if key in self._page_of and (self._insist or key in self._touched)]
            troubled = {id(self._page_of[key]) for key in loud}
            for index in range(self.tabs.count()):
                self.tabs.setTabIcon(index, warning if id(self.tabs.widget(index)) in troubled else QIcon())
        self.ok_button.setEnabled(not problems)

    # --- leaving ---------------------------------------------------------------------------

    def cancel(self) -> None:
        """Cancel, Esc or the title bar's close: leave, but ask first when the user has changed a field."""
        if self._touched and not self.confirm_discard():
            return
        self.reject()

    def confirm_discard(self) -> bool:
        """Whether to throw away what was entered (Keep Editing is the default)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), self.tr("Discard what you entered?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep Editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.cancel()  # QDialog would reject at once
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # only the user's close (the title bar's button) asks; close() from code, as at shut-down, does not
        if event.spontaneous() and self.isVisible() and self._touched and not self.confirm_discard():
            event.ignore()
            return
        super().closeEvent(event)

    def accept(self) -> None:
        if self.problems():  # Enter in a field presses OK even while it is disabled: say what is missing
            self._insist = True
            self.revalidate()
            return
        super().accept()

    @staticmethod
    def result_of(form: FormDialog) -> Operation | None:
        """Run a form modally; its operation when accepted, else None."""
        try:
            return form.operation() if form.exec() == QDialog.DialogCode.Accepted else None
        finally:
            form.deleteLater()
