"""Choose an export format and the file to write.

Under the choice a line says what the chosen format keeps of the case and what it leaves out
(TimelineJS has no place for certainty, participants, relationships, sources or notes). The
format chosen last is chosen again next time (``FORMAT_KEY`` in the app's settings).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.interchange.exports import DEFAULT_ENDINGS, DESCRIPTIONS, SUFFIXES
from explorer.core.interchange.formats import ExportFormat

FORMAT_KEY = "export/lastFormat"  # the format chosen at the last export
_ABOUT_LINES = 5  # the most lines a format's description wraps to at the dialog's narrowest


class ExportDialog(QDialog):
    def __init__(self, case_name: str, parent: QWidget | None = None, folder: Path | None = None) -> None:
        """``folder``: where the file goes unless the user picks another (by default the home folder)."""
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.case_name = case_name
        self.folder = folder if folder is not None else Path.home()
        self.formats = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Export this case as:"), self))
        for index, format in enumerate(ExportFormat):
            button = QRadioButton(DESCRIPTIONS[format], self)
            button.setObjectName(f"format_{format.value}")
            self.formats.addButton(button, index)
            layout.addWidget(button)
        self.about = QLabel(self)
        self.about.setObjectName("exportFormatAbout")
        self.about.setWordWrap(True)
        self.about.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        metrics = self.about.fontMetrics()
        self.about.setMinimumWidth(metrics.averageCharWidth() * 60)
        self.about.setMinimumHeight(metrics.lineSpacing() * _ABOUT_LINES)  # the dialog keeps its size as the text changes
        self.about.setContentsMargins(metrics.averageCharWidth() * 3, 0, 0, 0)  # under the choices, not under their heading
        layout.addSpacing(metrics.lineSpacing() // 3)
        layout.addWidget(self.about)
        self.formats.button(list(ExportFormat).index(_last_format())).setChecked(True)
        self.path = QLineEdit(self)
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("File"), self))
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.formats.idToggled.connect(self._on_format)
        self.path.textChanged.connect(self._check)
        self._on_format()

    @property
    def format(self) -> ExportFormat:
        return list(ExportFormat)[self.formats.checkedId()]

    def choose(self, format: ExportFormat) -> None:
        self.formats.button(list(ExportFormat).index(format)).setChecked(True)

    def _on_format(self, *_: object) -> None:
        """A name the dialog made becomes the new format's default name (in the same folder); a name
        the user typed keeps its stem and only takes the format's suffix."""
        self.about.setText(self._about(self.format))
        suffix = SUFFIXES[self.format]
        current = self.path.text().strip()
        default_names = {f"{self.case_name}{ending}" for ending in DEFAULT_ENDINGS.values()}
        if not current or Path(current).name in default_names:
            folder = Path(current).parent if current else self.folder
            self.path.setText(str(folder / f"{self.case_name}{DEFAULT_ENDINGS[self.format]}"))
        elif not current.endswith(suffix):
            self.path.setText(str(Path(current).with_suffix(suffix)))
        self._check()

    def _about(self, format: ExportFormat) -> str:
        """What ``format`` keeps of the case and what it leaves out, in a sentence or two."""
        timeline_leaves_out = self.tr(
            "Leaves out certainty (rumoured or denied events read as plain events), importance, participants, "
            "relationships, sources, notes and tours.")
        network_leaves_out = self.tr("Leaves out events, eras, sources, notes and tours.")
        return {
            ExportFormat.NATIVE: self.tr(
                "Keeps everything: events, entities, relationships, sources, notes, eras and tours. "
                "Case Explorer imports it back whole."),
            ExportFormat.TIMELINEJS: self.tr("Keeps the title, the events (dates, text, media, category) and the eras.")
            + " " + timeline_leaves_out,
            ExportFormat.TIMELINEJS_CSV: self.tr(
                "Rows for the TimelineJS Google Sheets template: the title, the events (dates, text, media, category) "
                "and the eras; milliseconds only in whole tenths of a second, as the template reads no finer.")
            + " " + timeline_leaves_out,
            ExportFormat.GEXF: self.tr("Keeps entities and relationships, with their dates and certainty, for Gephi's timeline.")
            + " " + network_leaves_out,
            ExportFormat.GRAPHML: self.tr("Keeps entities and relationships, with their dates and certainty, for graph tools.")
            + " " + network_leaves_out,
            ExportFormat.CSV: self.tr("One row per relationship, with the names and kinds of both entities.")
            + " " + self.tr("Leaves out events, eras, entities without relationships, sources, notes and tours."),
        }[format]

    def _accept(self) -> None:
        QSettings().setValue(FORMAT_KEY, self.format.value)
        self.accept()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.path.text().strip()))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(), f"*{SUFFIXES[self.format]}")
        if path:
            self.path.setText(path)

    def choice(self) -> tuple[Path, ExportFormat]:
        return Path(self.path.text().strip()), self.format


def _last_format() -> ExportFormat:
    """The format chosen at the last export; case JSON the first time (or for a value not known)."""
    try:
        return ExportFormat(str(QSettings().value(FORMAT_KEY, ExportFormat.NATIVE.value)))
    except ValueError:
        return ExportFormat.NATIVE
