"""Help ▸ User Guide: the bundled, offline guide (resources/help/user-guide.md) in a browser window.

The guide is opened by its file URL so that its relative image links resolve; links to the
web open in the user's browser, links inside the guide stay in the window. The window fits the
screen, and its screenshots shrink to the width of the text (Qt's rich text knows no CSS
``max-width``), so the guide never scrolls sideways.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPixmap, QResizeEvent, QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from explorer import paths
from explorer.ui.help.screen_fit import fit_to_screen

WANTED_SIZE = QSize(860, 760)  # on a large screen; less where the screen has less room


def guide_path() -> Path:
    return paths.resources_dir() / "help" / "user-guide.md"


class GuideBrowser(QTextBrowser):
    """A text browser whose images are never wider than the text: each is shown at its own size,
    or scaled down (keeping its proportions) to the width the viewport leaves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._natural: dict[str, QSize] = {}  # image name -> its own size
        self.sourceChanged.connect(lambda _url: self.fit_images())

    def text_width(self) -> int:
        """The width the guide's text gets: the viewport less the document's margins."""
        return max(self.viewport().width() - 2 * int(self.document().documentMargin()) - 2, 16)

    def _natural_size(self, name: str) -> QSize:
        if name not in self._natural:
            url = self.source().resolved(QUrl(name)) if self.source().isValid() else QUrl(name)
            image = self.document().resource(QTextDocument.ResourceType.ImageResource.value, url)
            if image is None:
                image = self.loadResource(QTextDocument.ResourceType.ImageResource.value, url)
            if isinstance(image, QImage | QPixmap) and not image.isNull():
                self._natural[name] = image.deviceIndependentSize().toSize()
            else:
                self._natural[name] = QSize()
        return self._natural[name]

    def images(self) -> list[tuple[int, int, QTextImageFormat]]:
        """Every image of the document: (position, length, format)."""
        found = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().isImageFormat():
                    found.append((fragment.position(), fragment.length(), fragment.charFormat().toImageFormat()))
                it += 1
            block = block.next()
        return found

    def fit_images(self) -> None:
        """Give every image of the document the width it may have now."""
        width = self.text_width()
        for position, length, image in self.images():  # found first: a format set below changes the fragments
            natural = self._natural_size(image.name())
            if natural.isEmpty():
                continue
            shown = min(natural.width(), width)
            if round(image.width()) == shown:
                continue
            image.setWidth(shown)
            image.setHeight(natural.height() * shown / natural.width())
            cursor = QTextCursor(self.document())
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_images()


class UserGuideDialog(QDialog):
    """A non-modal window showing the user guide, with Back and Home."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuideDialog")
        self.setWindowTitle(self.tr("Case Explorer User Guide"))
        self.browser = GuideBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        home = QPushButton(self.tr("&Contents"), self)
        home.clicked.connect(self.browser.home)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(home, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        path = guide_path()
        if path.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:
            self.browser.setPlainText(self.tr("The user guide is missing from this installation: %1").replace("%1", str(path)))
        fit_to_screen(self, WANTED_SIZE)

    def _follow(self, url: QUrl) -> None:
        """Anchors and local files in the window; the web in the user's browser."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        else:
            self.browser.setSource(url)
