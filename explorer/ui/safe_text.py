"""A text browser for untrusted Markdown: no raw HTML, no remote or local file loads, no auto-links.

Case files come from strangers, so their Markdown is shown with Qt's own renderer with HTML
turned off; images and other resources are never fetched, and a link does nothing until the
app decides what a click on it means (``link_clicked``).
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QByteArray, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

_BLANK_IMAGE = QImage(1, 1, QImage.Format.Format_ARGB32)  # what every picture named in case text shows as
_BLANK_IMAGE.fill(0)
MARKDOWN_FEATURES = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML


def plain_tooltip(text: str) -> str:
    """A tooltip showing ``text`` literally: Qt would render a tooltip that looks like HTML as HTML."""
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


class SafeTextBrowser(QTextBrowser):
    link_clicked = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.link_clicked)

    def set_markdown(self, text: str) -> None:
        self.document().setMarkdown(text, MARKDOWN_FEATURES)

    def loadResource(self, kind: int, name: QUrl) -> object:
        # never fetch images, style sheets or files named by untrusted text. The answer must be a
        # real (blank) one: on no answer QTextDocument reads a local file itself, and on an empty
        # image Qt's image handler opens the file by its name
        if kind in (QTextDocument.ResourceType.ImageResource, QTextDocument.ResourceType.ImageResource.value):
            return _BLANK_IMAGE
        return QByteArray()
