"""Keeping a heading with what follows it on the brief's PDF pages.

Qt's rich text honours ``page-break-before/after: always`` but not ``avoid``, so a heading can end
a page while its text starts the next one. ``keep_with_next`` lays the brief out on the printer's
pages exactly as ``QTextDocument.print_`` will (its 2 cm margins, the device's resolution), finds
each heading (or run of headings), the timeline picture and each note's byline and title that end
up on another page than what follows them, and moves them to the next page with
``PageBreak_AlwaysBefore`` (for a note, on its table), one at a time. ``print_pages`` then paints
that very layout with page numbers: ``print_`` would lay the document out again its own way (its
timeline picture came out a different size), and the breaks were worked out for this one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPagedPaintDevice,
    QPainter,
    QPalette,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

OBJECT = "\ufffc"  # the character an image stands on
CM_PER_INCH = 2.54


def source_dpi() -> tuple[float, float]:
    """The resolution Qt's rich text measures lengths in (``qt_defaultDpiX/Y``: the main screen's)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return 100.0, 100.0
    return float(round(screen.logicalDotsPerInchX())), float(round(screen.logicalDotsPerInchY()))


def lay_out_like_print(document: QTextDocument, device: QPagedPaintDevice) -> float:
    """Lay ``document`` out on ``device``'s pages as ``QTextDocument.print_`` does; the page height.

    Its 2 cm margins are given at the source resolution; the layout scales them to the device's."""
    document.documentLayout().setPaintDevice(device)
    dpi_x, dpi_y = source_dpi()
    frame_format = document.rootFrame().frameFormat()
    frame_format.setLeftMargin(int((2 / CM_PER_INCH) * dpi_x))
    frame_format.setRightMargin(int((2 / CM_PER_INCH) * dpi_x))
    frame_format.setTopMargin(int((2 / CM_PER_INCH) * dpi_y))
    frame_format.setBottomMargin(int((2 / CM_PER_INCH) * dpi_y))
    document.rootFrame().setFrameFormat(frame_format)
    document.setPageSize(QSizeF(device.width(), device.height()))
    return document.pageSize().height()


def _line_top(document: QTextDocument, block: QTextBlock, last: bool = False) -> float:
    """Where a block's first (or last) line starts, in document coordinates."""
    rect = document.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        return rect.top()
    line = layout.lineAt(layout.lineCount() - 1 if last else 0)
    return rect.top() + line.y()


def _table(block: QTextBlock) -> QTextTable | None:
    return QTextCursor(block).currentTable()


def _is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() > 0 and _table(block) is None


def _one_line(block: QTextBlock) -> bool:
    layout = block.layout()
    return block.isValid() and _table(block) is None and layout is not None and layout.lineCount() == 1


def _is_picture(block: QTextBlock) -> bool:
    return block.text().strip() == OBJECT and _table(block) is None


def _note_head(block: QTextBlock, document: QTextDocument) -> tuple[QTextTable, QTextBlock] | None:
    """For the first block of a top-level one-row table (a note): the table, and the block that must
    share a page with its first lines (the third of its last cell: the text after byline and title)."""
    table = _table(block)
    if table is None or table.parentFrame() is not document.rootFrame() or table.firstPosition() != block.position():
        return None
    if table.rows() != 1:
        return None
    cell = table.cellAt(0, table.columns() - 1)
    first, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
    if first.blockNumber() == last.blockNumber():
        return None
    second = first.next()
    follower = second.next() if second.blockNumber() < last.blockNumber() else second
    return table, follower


class _Pages:
    def __init__(self, document: QTextDocument, page_height: float, device: QPagedPaintDevice) -> None:
        self.document = document
        self.height = page_height
        self.margin = document.rootFrame().frameFormat().topMargin() * device.logicalDpiY() / source_dpi()[1]

    def page(self, y: float) -> int:
        return int(y // self.height)

    def at_top(self, y: float) -> bool:
        """Already the first thing on its page: moving it would only leave an empty page."""
        return y - self.page(y) * self.height <= self.margin + 1


def _first_stranded(document: QTextDocument, pages: _Pages, block: QTextBlock) -> tuple[str, QTextBlock] | None:
    """From ``block`` on, the first heading (run of headings), picture or note head that ends a page
    while what follows it starts the next: ("block"|"table", where to break)."""
    while block.isValid():
        start, follower, table = block, None, None
        if _is_heading(block):
            follower = block.next()
            while follower.isValid() and _is_heading(follower):
                follower = follower.next()
            after = follower.next() if follower.isValid() else follower
            if _one_line(follower) and after.isValid() and not _is_heading(after) and _table(after) is None:
                follower = after  # an event's one-line facts: the heading stays with its text too
        elif _is_picture(block):
            follower = block.next()
        else:
            head = _note_head(block, document)
            if head is not None:
                table, follower = head
        if follower is not None and follower.isValid():
            top = _line_top(document, start)
            if pages.page(top) != pages.page(_line_top(document, follower)) and not pages.at_top(top):
                return ("table" if table is not None else "block"), start
            if _is_heading(start):
                block = follower
                continue
        block = block.next()
    return None


def _break_before(block: QTextBlock) -> None:
    block_format = block.blockFormat()
    block_format.setPageBreakPolicy(block_format.pageBreakPolicy() | QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(block_format)


def keep_with_next(document: QTextDocument, device: QPagedPaintDevice,
                   check: Callable[[], None] | None = None) -> list[tuple[str, int]]:
    """Lay ``document`` out on ``device``'s pages and add the page breaks that keep headings, the
    picture and note heads with what follows; the breaks made ("block"|"table", block number).

    One break at a time, each followed by a fresh layout of the document from the break on (marked
    dirty): Qt's own relayout after a format change, with positions asked for in between, left the
    layout wrong (a third of the pages went missing). Each break puts its block at the top of a
    page, so the search goes on from there and no block is broken twice. Laying out the rest again
    each time takes about 20 s in all for the longest brief (5,000 events, 460 pages, 313 breaks), so
    ``check`` (a cancel button's) is called after each break."""
    pages = _Pages(document, lay_out_like_print(document, device), device)
    made: list[tuple[str, int]] = []
    block = document.begin()
    for _limit in range(document.blockCount()):
        found = _first_stranded(document, pages, block)
        if found is None:
            break
        kind, block = found
        if kind == "table":
            table = _table(block)
            table_format = table.format()
            table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(table_format)
        else:
            _break_before(block)
        document.markContentsDirty(block.position(), document.characterCount() - block.position())  # lay out again from here
        made.append((kind, block.blockNumber()))
        if check is not None:
            check()
    return made


def print_pages(document: QTextDocument, writer: QPagedPaintDevice) -> int:
    """Paint a document laid out by ``lay_out_like_print`` page by page, numbered at the bottom right
    as ``QTextDocument.print_`` numbers them (which would lay it out again, its own way); the page count."""
    layout = document.documentLayout()
    height = document.pageSize().height()
    width = document.pageSize().width()
    count = document.pageCount()
    scale_y = writer.logicalDpiY() / source_dpi()[1]
    margin_x = document.rootFrame().frameFormat().rightMargin() * writer.logicalDpiX() / source_dpi()[0]
    margin_y = document.rootFrame().frameFormat().bottomMargin() * scale_y
    painter = QPainter(writer)
    try:
        font = QFont(document.defaultFont())
        number_y = height - margin_y + QFontMetrics(font, writer).ascent() + 5 * writer.logicalDpiY() / 72.0
        for index in range(count):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, -index * height)
            view = QRectF(0, index * height, width, height)
            painter.setClipRect(view)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = view
            context.palette.setColor(QPalette.ColorRole.Text, QColor("black"))
            layout.draw(painter, context)
            painter.setClipping(False)
            painter.setFont(font)
            text = str(index + 1)
            painter.drawText(round(width - margin_x - painter.fontMetrics().horizontalAdvance(text)), round(number_y + view.top()), text)
            painter.restore()
    finally:
        painter.end()
    return count
