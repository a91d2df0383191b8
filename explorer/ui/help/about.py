"""Help ▸ About: the version, where this case, its backups and the app's data live, and the
versions of Qt, PySide and Python it runs on (what a bug report needs)."""

from __future__ import annotations

import html
import importlib.metadata
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QSize, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from explorer import __version__, paths
from explorer.core import backups
from explorer.ui.help.screen_fit import keep_on_screen


def app_version() -> str:
    """The installed distribution's version; the package's own when it is not installed."""
    try:
        return importlib.metadata.version("case-explorer")
    except importlib.metadata.PackageNotFoundError:
        return __version__


def facts(case_path: Path | None) -> list[tuple[str, str]]:
    """(label, value) rows: what the About box shows and "Copy" copies. Labels are translated by the caller."""
    return [
        ("Version", app_version()),
        ("Case", str(case_path) if case_path else "(in memory)"),
        ("Backups of this case", str(backups.folder_for(case_path)) if case_path else "(none: the case is in memory)"),
        ("Data folder", str(paths.data_home())),
        ("Qt", qVersion()),
        ("PySide", PySide6.__version__),
        ("Python", f"{platform.python_version()} ({platform.system()})"),
    ]


def _link(value: str) -> str:
    target = Path(value)
    shown = html.escape(value)
    return f'<a href="{QUrl.fromLocalFile(str(target)).toString()}">{shown}</a>' if target.is_absolute() and target.exists() else shown


class AboutDialog(QDialog):
    def __init__(self, case_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Case Explorer"))
        self.rows = facts(case_path)
        labels = {
            "Version": self.tr("Version"), "Case": self.tr("Case"), "Backups of this case": self.tr("Backups of this case"),
            "Data folder": self.tr("Data folder"), "Qt": "Qt", "PySide": "PySide", "Python": "Python",
        }
        table = "".join(
            f"<tr><td style='padding-right:12px'><b>{html.escape(labels[k])}</b></td><td>{_link(v)}</td></tr>" for k, v in self.rows
        )
        blurb = html.escape(self.tr("Study, annotate and present business case studies."))
        self.text = QLabel(f"<h2>Case Explorer</h2><p>{blurb}</p><table>{table}</table>", self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setOpenExternalLinks(False)
        self.text.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.text.setWordWrap(True)
        icon = QLabel(self)
        if not self.windowIcon().isNull():
            icon.setPixmap(self.windowIcon().pixmap(QSize(64, 64), self.devicePixelRatioF()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        keep_on_screen(self)
