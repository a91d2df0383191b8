"""A text browser for untrusted Markdown: no raw HTML, no remote or local file loads, no auto-links.

Case files come from strangers, so their Markdown is shown with Qt's own renderer with HTML
turned off; images and other resources are never fetched, and a link does nothing until the
app decides what a click on it means (``link_clicked``).

Text is also bounded before Qt lays it out (``bounded_text``, ``bounded_line``): Qt's default
wrapping costs the square of the length of a run of characters it may not break (a body of
100,000 ``<div>`` with HTML off, shown as text: 147 s in the event detail pane, the window frozen),
so runs longer than ``LONG_RUN_CHARS`` get a zero-width space every ``BREAK_EVERY`` characters,
and at most ``MAX_SHOWN_CHARS`` of a text are shown, with a note saying how much was left out.
Markdown nesting itself (100,000 quotes, 3,000 list levels) costs Qt little and is left as it is.
"""

from __future__ import annotations

import re
import textwrap
from html import escape

from PySide6 import QtGui
from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

_BLANK_IMAGE = QImage(1, 1, QImage.Format.Format_ARGB32)  # what every picture named in case text shows as
_BLANK_IMAGE.fill(0)
MARKDOWN_FEATURES = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML

MAX_SHOWN_CHARS = 200_000  # of one text: about half a second of layout at worst on a slow laptop
MAX_LINE_CHARS = 1_000  # of a title, name or other one-line field
LONG_RUN_CHARS = 1_000  # longer runs without a space get break opportunities
BREAK_EVERY = 250
ZERO_WIDTH_SPACE = "\u200b"
_LONG_RUN = re.compile(rf"[^\s{ZERO_WIDTH_SPACE}]{{{LONG_RUN_CHARS + 1},}}")


def _break_runs(text: str) -> str:
    def broken(match: re.Match[str]) -> str:
        run = match[0]
        return ZERO_WIDTH_SPACE.join(run[i : i + BREAK_EVERY] for i in range(0, len(run), BREAK_EVERY))

    return _LONG_RUN.sub(broken, text)


def longest_run(text: str) -> int:
    """The longest run of characters Qt may not break a line in (tests check what was shown)."""
    return max((len(run) for run in re.findall(rf"[^\s{ZERO_WIDTH_SPACE}]+", text)), default=0)


def bounded_text(text: str, limit: int = MAX_SHOWN_CHARS) -> str:
    """Case text (Markdown or plain) as it may be handed to Qt: cut to ``limit`` characters, with a
    paragraph saying how many were left out, and no run too long to wrap quickly."""
    if len(text) > limit:
        left_out = QCoreApplication.translate("SafeText", "… (%1 more characters are not shown here)")
        text = text[:limit] + "\n\n" + left_out.replace("%1", f"{len(text) - limit:,}")
    return _break_runs(text)


def bounded_line(text: str, limit: int = MAX_LINE_CHARS) -> str:
    """A one-line field (title, name, date wording) cut to ``limit`` characters, ending in "…" if cut."""
    return _break_runs(text[:limit] + "…" if len(text) > limit else text)


def tooltip_html(title: str, *lines: str, width: int = 60) -> str:
    """A tooltip of a bold ``title`` and plain ``lines``, escaped, each wrapped at ``width``
    characters: Qt's own wrapping of a rich-text tooltip squeezes a short title into a narrow column."""
    wrapped = [escape(part) for part in textwrap.wrap(title, width) or [""]]
    rest = [escape(part) for line in lines for part in (textwrap.wrap(line, width) or [""])]
    return '<p style="white-space:pre"><b>' + "<br>".join(wrapped) + "</b>" + "".join("<br>" + line for line in rest) + "</p>"


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
        self.document().setMarkdown(bounded_text(text), MARKDOWN_FEATURES)

    def loadResource(self, kind: int, name: QUrl) -> object:
        # never fetch images, style sheets or files named by untrusted text. The answer must be a
        # real (blank) one: on no answer QTextDocument reads a local file itself, and on an empty
        # image Qt's image handler opens the file by its name
        if kind in (QTextDocument.ResourceType.ImageResource, QTextDocument.ResourceType.ImageResource.value):
            return _BLANK_IMAGE
        return QByteArray()
