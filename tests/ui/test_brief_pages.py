"""The brief's PDF pages: no heading ends a page while its text starts the next (Qt's rich text
ignores ``page-break-after: avoid``, so ``explorer.ui.brief.pages`` adds the breaks itself)."""

from __future__ import annotations

import re

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from explorer.core import dates
from explorer.core.notes.brief import build_brief
from explorer.core.notes.links import LinkIndex
from explorer.ui.brief import pages
from explorer.ui.brief.export import _document, export_brief
from explorer.ui.brief.html import brief_html
from explorer.ui.brief.timeline_image import render_timeline


def _writer() -> tuple[QPdfWriter, QBuffer, QByteArray]:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    return writer, buffer, data


def _stranded(document) -> list[str]:
    """Headings whose page is not the page where the text after them starts."""
    height = document.pageSize().height()
    found = []
    block = document.begin()
    while block.isValid():
        if pages._is_heading(block):
            follower = block.next()
            while follower.isValid() and pages._is_heading(follower):
                follower = follower.next()
            if follower.isValid() and pages._line_top(document, block) // height != pages._line_top(document, follower) // height:
                found.append(block.text())
        block = block.next()
    return found


def _filler_then_heading(paragraphs: int) -> str:
    filler = "".join(f"<p>Paragraph {n}: " + "words that fill the page " * 12 + "</p>" for n in range(paragraphs))
    return f"<html><body>{filler}<h2>Timeline</h2><h3>2016 — Founded</h3><p>{'The text under the heading. ' * 20}</p></body></html>"


def test_a_heading_at_the_foot_of_a_page_moves_to_the_next_with_its_text(qapp) -> None:
    writer, _buffer, _data = _writer()
    for paragraphs in range(1, 80):  # find how much text leaves the headings at the foot of page 1
        document = _document(_filler_then_heading(paragraphs), None)
        pages.lay_out_like_print(document, writer)
        if _stranded(document):
            break
    else:
        raise AssertionError("no amount of text left the heading at the foot of a page")
    assert "Timeline" in _stranded(document)  # Qt alone: the heading ends page 1, its text starts page 2
    made = pages.keep_with_next(document, writer)
    assert made and _stranded(document) == []
    heading = next(b for b in _blocks(document) if b.text() == "Timeline")
    assert pages._line_top(document, heading) // document.pageSize().height() == 1  # on page 2, with its text


def _blocks(document):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_the_bundled_brief_keeps_every_heading_with_its_text(qapp, bundled_store) -> None:
    brief = build_brief(bundled_store, None)
    html = brief_html(brief, LinkIndex(bundled_store))
    image = render_timeline(bundled_store, cursor=dates.start_seconds(brief.as_of))
    writer, buffer, data = _writer()
    document = _document(html, image)
    pages.keep_with_next(document, writer)
    assert _stranded(document) == []
    size = document.documentLayout().documentSize()
    document.markContentsDirty(0, document.characterCount())  # laid out again from scratch: the same pages
    assert document.documentLayout().documentSize() == size and _stranded(document) == []
    count = pages.print_pages(document, writer)
    del writer
    buffer.close()
    assert count == document.pageCount() >= 3
    assert len(re.findall(rb"/Type\s*/Page[^s]", bytes(data.data()))) == count  # every page of the layout, numbered


def test_the_exported_pdf_is_the_checked_layout(qapp, bundled_store, tmp_path) -> None:
    (pdf,) = export_brief(bundled_store, tmp_path / "brief.pdf", "brief-pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"Case Explorer" in data  # the creator is still set
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) >= 3
