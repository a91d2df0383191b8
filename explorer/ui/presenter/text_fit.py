"""Text that fits its box on a slide: Markdown shrunk to fit (never clipped), safe, plain lines elided.

Slide text is untrusted case text. Markdown is laid out by Qt with HTML off, and the document
refuses every resource (a Markdown image never loads, local or remote). When a body is too long
even at the smallest readable size it is cut at a word and ends in "…", so nothing is clipped.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QUrl
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QFontMetricsF, QPainter, QPalette, QTextDocument, QTextOption

from explorer.ui.safe_text import MARKDOWN_FEATURES


class SlideDocument(QTextDocument):
    """A text document that never loads images, style sheets or files named in its text."""

    def loadResource(self, kind: int, name: QUrl) -> object:
        return None


def markdown_document(text: str, base_font: QFont, width: float, device: object | None = None) -> SlideDocument:
    document = SlideDocument()
    if device is not None:
        document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(base_font)
    document.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setMarkdown(text, MARKDOWN_FEATURES)
    document.setTextWidth(width)
    return document


def fit_markdown(text: str, box: QRectF, sizes: list[float], make_font: object, device: object | None = None) -> SlideDocument:
    """The largest of ``sizes`` at which the Markdown fits the box; cut with "…" if none does."""
    document = None
    for size in sizes:
        document = markdown_document(text, make_font(size), box.width(), device)
        if document.size().height() <= box.height():
            return document
    plain = document.toPlainText() if document is not None else text
    low, high = 0, len(plain)
    while low < high:  # the longest word-boundary prefix that fits
        middle = (low + high + 1) // 2
        candidate = markdown_document(_cut(plain, middle), make_font(sizes[-1]), box.width(), device)
        if candidate.size().height() <= box.height():
            low = middle
        else:
            high = middle - 1
    return markdown_document(_cut(plain, low).replace("\n", "\n\n"), make_font(sizes[-1]), box.width(), device)


def _cut(text: str, length: int) -> str:
    if length >= len(text):
        return text
    head = text[:length]
    space = head.rfind(" ")
    return (head[:space] if space > length // 2 else head).rstrip(" ,.;:") + "…"


def draw_document(painter: QPainter, document: QTextDocument, top_left_x: float, top_left_y: float, color: QColor,
                  link: QColor | None = None) -> None:
    painter.save()
    painter.translate(top_left_x, top_left_y)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, color)
    context.palette.setColor(QPalette.ColorRole.Link, link or color)
    document.documentLayout().draw(painter, context)
    painter.restore()


def wrapped_height(text: str, font: QFont, width: float) -> float:
    metrics = QFontMetricsF(font)
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), text).height()


def fit_font(text: str, sizes: list[float], make_font: object, width: float, max_height: float) -> QFont:
    """The largest font of ``sizes`` at which the wrapped text fits ``max_height``."""
    for size in sizes:
        candidate = make_font(size)
        if wrapped_height(text, candidate, width) <= max_height:
            return candidate
    return make_font(sizes[-1])


def elide_lines(text: str, font: QFont, width: float, max_lines: int) -> str:
    """The text wrapped to at most ``max_lines`` lines, the last one elided ("…")."""
    metrics = QFontMetricsF(font)
    words, lines, line = text.split(), [], ""
    for word in words:
        trial = f"{line} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    if lines:
        lines[-1] = metrics.elidedText(lines[-1], Qt.TextElideMode.ElideRight, width)
    return "\n".join(lines)
