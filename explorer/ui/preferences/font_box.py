"""Preferences ▸ Font size: a spin box whose lowest entry is "System default" (0).

A plain ``QSpinBox`` over 0–32 would step from "System default" to 1 pt, a size nobody can
read (and the live preview shrinks the whole app, this dialog too). Here every step from
"System default" starts at the system font's own size (10 → 11 up, 9 down); no size below
``READABLE_MINIMUM`` can be stepped to or typed (typing "3" and leaving the box gives the
minimum); stepping down from the minimum stays there. "System default" is chosen again by
typing 0 (or its name) or with Restore Defaults.
"""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QSpinBox, QWidget

from explorer.ui import settings
from explorer.ui.preferences.font_size import system_point_size

SYSTEM_DEFAULT = 0
READABLE_MINIMUM = 6  # points


class FontSizeBox(QSpinBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(SYSTEM_DEFAULT, settings.FONT_SIZE_RANGE[1])

    @property
    def lowest(self) -> int:
        """The smallest real size that can be chosen."""
        return max(READABLE_MINIMUM, settings.FONT_SIZE_RANGE[0])

    def _clamped(self, points: int) -> int:
        return min(max(points, self.lowest), self.maximum())

    def readable(self, points: int) -> int:
        """A size from the settings as this box can show it (one set by hand may be tiny)."""
        return SYSTEM_DEFAULT if points <= SYSTEM_DEFAULT else self._clamped(points)

    def stepBy(self, steps: int) -> None:
        now = self.value()
        start = system_point_size() if now == SYSTEM_DEFAULT else now
        self.setValue(self._clamped(start + steps * self.singleStep()))
        self.selectAll()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.isReadOnly():
            return flags
        now = self.value()
        if now == SYSTEM_DEFAULT or now < self.maximum():
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if now == SYSTEM_DEFAULT or now > self.lowest:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def validate(self, text: str, pos: int) -> object:
        state, text, pos = super().validate(text, pos)
        if state == QValidator.State.Acceptable:
            points = self.valueFromText(text)
            if SYSTEM_DEFAULT < points < self.lowest:  # "1" may yet become "12"; left alone, fixup raises it
                state = QValidator.State.Intermediate
        return state, text, pos

    def fixup(self, text: str) -> str:
        digits = "".join(ch for ch in text if ch.isdigit())
        if digits and SYSTEM_DEFAULT < int(digits) < self.lowest:
            return self.textFromValue(self.lowest)
        return text
