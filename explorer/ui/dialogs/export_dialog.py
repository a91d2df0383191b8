"""Choose an export format and the file to write."""

from __future__ import annotations

from pathlib import Path

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
        self.formats.button(0).setChecked(True)
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
        self.buttons.accepted.connect(self.accept)
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
        suffix = SUFFIXES[self.format]
        current = self.path.text().strip()
        default_names = {f"{self.case_name}{ending}" for ending in DEFAULT_ENDINGS.values()}
        if not current or Path(current).name in default_names:
            folder = Path(current).parent if current else self.folder
            self.path.setText(str(folder / f"{self.case_name}{DEFAULT_ENDINGS[self.format]}"))
        elif not current.endswith(suffix):
            self.path.setText(str(Path(current).with_suffix(suffix)))
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.path.text().strip()))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(), f"*{SUFFIXES[self.format]}")
        if path:
            self.path.setText(path)

    def choice(self) -> tuple[Path, ExportFormat]:
        return Path(self.path.text().strip()), self.format
