"""Edit ▸ Preferences…: author name, theme, font size, default lanes, how dates are written,
how soon notes are saved and how often backups are taken and for how long they are kept.

The theme and the font size show at once while the dialog is open (``preview``), so people see
what they pick; Cancel puts back what was there, OK saves everything, Restore Defaults fills the
form with the defaults (saved only on OK); the dialog itself shows in the theme previewed. Until a
theme is picked here (or Restore Defaults), the preview keeps the theme in use, which may not be
the saved one (a session started with ``--theme contrast``). Every
field has a mnemonic (Alt+letter) and the tab order runs down the form. The default theme is
"system" (the platform's light or dark scheme).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from explorer.core import dates
from explorer.core.notes import authors
from explorer.core.timeline_index import LaneMode
from explorer.ui import app_theme, date_text, settings
from explorer.ui.notes.author import login_name
from explorer.ui.notes.badges import AuthorBadge
from explorer.ui.preferences.font_box import FontSizeBox
from explorer.ui.preferences.values import PreferenceValues

DATE_LOCALES = ("en_US", "en_GB", "fr_FR", "de_DE", "es_ES", "it_IT", "nl_NL", "pt_BR")
SAMPLE_DAY, SAMPLE_MONTH = dates.parse("2025-06-18"), dates.parse("2025-06")


class PreferencesDialog(QDialog):
    preview = Signal(object)  # PreferenceValues to show now (theme, font size); saved only on OK

    def __init__(self, values: PreferenceValues, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.original = values
        self.theme_in_use = app_theme.chosen()  # may differ from the saved one (--theme contrast)
        self.theme_picked = False  # until the user picks a theme here, the preview keeps the one in use
        self._filling = False
        layout = QVBoxLayout(self)
        layout.addWidget(self._notes_group())
        layout.addWidget(self._looks_group())
        layout.addWidget(self._timeline_group())
        layout.addWidget(self._backups_group())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults, self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout.addWidget(self.buttons)
        self.fill(values)
        self.theme_box.currentIndexChanged.connect(self._theme_changed)
        self.font_spin.valueChanged.connect(self._preview)
        self.resize(520, self.sizeHint().height())

    # --- the form ----------------------------------------------------------------------------------

    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title, self)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        return group, form

    def _notes_group(self) -> QGroupBox:
        group, form = self._group(self.tr("Notes"))
        self.author_edit = QLineEdit(self)
        self.author_edit.setAccessibleName(self.tr("Author name"))
        self.author_edit.setPlaceholderText(login_name() or self.tr("Your name"))
        self.author_edit.setMaxLength(120)
        self.author_edit.setToolTip(self.tr("Stamped on each note you write; empty uses your login name"))
        self.badge = AuthorBadge("", 22, self)
        self.author_sample = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.author_edit, 1)
        row.addWidget(self.badge)
        row.addWidget(self.author_sample)
        form.addRow(self.tr("&Author name:"), row)
        form.labelForField(row).setBuddy(self.author_edit)
        self.author_edit.textChanged.connect(self._show_author)
        self.autosave_spin = QDoubleSpinBox(self)
        low, high = settings.AUTOSAVE_RANGE_MS
        self.autosave_spin.setRange(low / 1000, high / 1000)
        self.autosave_spin.setSingleStep(0.1)
        self.autosave_spin.setDecimals(1)
        self.autosave_spin.setSuffix(self.tr(" s"))
        self.autosave_spin.setAccessibleName(self.tr("Save notes after typing stops for"))
        self.autosave_spin.setToolTip(self.tr("A note is saved this long after you stop typing, and on leaving it"))
        form.addRow(self.tr("&Save notes after typing stops for:"), self.autosave_spin)
        return group

    def _looks_group(self) -> QGroupBox:
        group, form = self._group(self.tr("Appearance"))
        self.theme_box = QComboBox(self)
        self.theme_box.setAccessibleName(self.tr("Theme"))
        for name in app_theme.THEMES:
            self.theme_box.addItem(app_theme.label(name), name)
        form.addRow(self.tr("&Theme:"), self.theme_box)
        self.font_spin = FontSizeBox(self)
        self.font_spin.setSpecialValueText(self.tr("System default"))
        self.font_spin.setSuffix(self.tr(" pt"))
        self.font_spin.setAccessibleName(self.tr("Font size"))
        form.addRow(self.tr("&Font size:"), self.font_spin)
        return group

    def _timeline_group(self) -> QGroupBox:
        group, form = self._group(self.tr("Timeline and dates"))
        self.lanes_box = QComboBox(self)
        self.lanes_box.setAccessibleName(self.tr("Default lanes"))
        for mode, label in ((LaneMode.ENTITY, self.tr("By entity")), (LaneMode.CATEGORY, self.tr("By category")),
                            (LaneMode.PACKED, self.tr("One packed lane"))):
            self.lanes_box.addItem(label, str(mode))
        form.addRow(self.tr("Default &lanes:"), self.lanes_box)
        self.dates_box = QComboBox(self)
        self.dates_box.setAccessibleName(self.tr("Dates"))
        self.dates_box.addItem(self.tr("As in the case: {day}").format(day=date_text.display(SAMPLE_DAY, date_text.ENGLISH)),
                               date_text.ENGLISH)
        system = QLocale.system()
        self.dates_box.addItem(self.tr("System language ({language}): {day}").format(
            language=system.nativeLanguageName() or system.name(), day=date_text.display(SAMPLE_DAY, date_text.SYSTEM)), date_text.SYSTEM)
        for name in DATE_LOCALES:
            where = QLocale(name)
            sample = f"{date_text.display(SAMPLE_DAY, name)} · {date_text.display(SAMPLE_MONTH, name)}"
            self.dates_box.addItem(f"{where.nativeLanguageName()} ({where.nativeTerritoryName()}): {sample}", name)
        self.dates_box.addItem(self.tr("ISO 8601: {day}").format(day=date_text.display(SAMPLE_DAY, date_text.ISO)), date_text.ISO)
        form.addRow(self.tr("&Dates:"), self.dates_box)
        return group

    def _backups_group(self) -> QGroupBox:
        group, form = self._group(self.tr("Backups"))
        self.backup_spin = QSpinBox(self)
        self.backup_spin.setRange(*settings.BACKUP_INTERVAL_RANGE_MIN)
        self.backup_spin.setSuffix(self.tr(" min"))
        self.backup_spin.setAccessibleName(self.tr("Back up changes every"))
        form.addRow(self.tr("&Back up changes every:"), self.backup_spin)
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(*settings.BACKUP_KEEP_RANGE_WEEKS)
        self.keep_spin.setSpecialValueText(self.tr("for ever"))
        self.keep_spin.setSuffix(self.tr(" weeks"))
        self.keep_spin.setAccessibleName(self.tr("Keep weekly backups for"))
        self.keep_spin.setToolTip(self.tr("Every backup of the last day and one a day for a week are always kept"))
        form.addRow(self.tr("&Keep weekly backups for:"), self.keep_spin)
        return group

    # --- values in and out -------------------------------------------------------------------------

    def fill(self, values: PreferenceValues) -> None:
        self._filling = True
        try:
            self.author_edit.setText(values.author)
            self.autosave_spin.setValue(values.autosave_ms / 1000)
            self.theme_box.setCurrentIndex(max(self.theme_box.findData(values.theme), 0))
            self.font_spin.setValue(self.font_spin.readable(values.font_size))
            self.lanes_box.setCurrentIndex(max(self.lanes_box.findData(str(values.lanes)), 0))
            index = self.dates_box.findData(values.date_style)
            if index < 0:  # a locale set by hand in the settings file
                self.dates_box.addItem(values.date_style, values.date_style)
                index = self.dates_box.count() - 1
            self.dates_box.setCurrentIndex(index)
            self.backup_spin.setValue(values.backup_minutes)
            self.keep_spin.setValue(values.keep_weeks)
        finally:
            self._filling = False
        self._show_author(self.author_edit.text())

    def values(self) -> PreferenceValues:
        """What the form says now."""
        return replace(
            self.original, author=" ".join(self.author_edit.text().split()), theme=self.theme_box.currentData(),
            font_size=self.font_spin.value(), lanes=LaneMode(self.lanes_box.currentData()),
            date_style=self.dates_box.currentData(), autosave_ms=round(self.autosave_spin.value() * 1000),
            backup_minutes=self.backup_spin.value(), keep_weeks=self.keep_spin.value(),
        )

    def shown(self) -> PreferenceValues:
        """What to show now: the form's values, but the theme in use until the user picks one here."""
        values = self.values()
        return values if self.theme_picked else replace(values, theme=self.theme_in_use)

    def restore_defaults(self) -> None:
        self.fill(self.values().defaults())
        self.theme_picked = True
        self._preview()

    def _theme_changed(self) -> None:
        if not self._filling:
            self.theme_picked = True
        self._preview()

    def _show_author(self, text: str) -> None:
        name = text.strip() or login_name()
        self.badge.set_name(name)
        self.author_sample.setText(authors.shown_name(name))

    def _preview(self) -> None:
        if not self._filling:
            self.preview.emit(self.shown())
            self.follow_theme()

    def follow_theme(self) -> None:
        """Show the dialog itself in the theme just previewed: Qt passes a new application palette on
        to open windows only when it next handles events, so re-resolve this one's now."""
        self.setPalette(QPalette())

    def reject(self) -> None:
        self.preview.emit(replace(self.original, theme=self.theme_in_use))  # the theme and font size as they were
        super().reject()
