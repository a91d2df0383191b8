"""Writing the case brief as Markdown, HTML or PDF (QTextDocument + QPdfWriter, no browser).

``export_brief(store, out, fmt, as_of)`` is what File ▸ Export Brief… and the command line
(``--format brief-md|brief-html|brief-pdf``) call. Markdown gets the timeline picture as a PNG
beside it; HTML carries it inside (a data URL), so the file stands alone; the PDF is A4 with
page numbers. Files replace the old ones only once complete. Without a running Qt application
(the command line) one is started offscreen.

With a ``progress`` (``explorer.ui.progress.Progress``) the export reports its steps and stops,
writing nothing, when told to; the window runs it so on a worker thread (``run_in_thread``), with
the timeline picture drawn beforehand on the GUI thread (it is a widget): ``image=``.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QThread, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from explorer.core import dates
from explorer.core.dates import PartialDate
from explorer.core.notes.brief import Brief, build_brief
from explorer.core.notes.brief_markdown import brief_markdown
from explorer.core.notes.files import write_atomic
from explorer.core.notes.links import LinkIndex
from explorer.core.store import CaseStore
from explorer.ui.brief.html import STYLE, TIMELINE_IMAGE, brief_html
from explorer.ui.brief.pages import keep_with_next, print_pages
from explorer.ui.brief.timeline_image import png_bytes, render_timeline
from explorer.ui.progress import Progress

STEPS = 1000  # the progress bar: gathering the events is the first GATHERED, the HTML up to WRITTEN
GATHERED, WRITTEN = 550, 600


class BriefFormat(StrEnum):
    MARKDOWN = "brief-md"
    HTML = "brief-html"
    PDF = "brief-pdf"

    @property
    def suffix(self) -> str:
        return {"brief-md": ".md", "brief-html": ".html", "brief-pdf": ".pdf"}[self.value]


def ensure_app() -> QApplication:
    """The running QApplication, or a new offscreen one (for the command line)."""
    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["case-explorer"])
    return app  # type: ignore[return-value]


class BriefDocument(QTextDocument):
    """A document that loads nothing but the resources we gave it (never a file named by the case)."""

    def loadResource(self, kind: int, name: QUrl) -> object:
        return None


def _document(html: str, image: QImage | None) -> BriefDocument:
    document = BriefDocument()
    document.setDefaultStyleSheet(STYLE)
    document.setDefaultFont(QFont("DejaVu Sans", 10))
    if image is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(TIMELINE_IMAGE), image)
    document.setHtml(html)
    return document


def pdf_bytes(html: str, image: QImage | None, title: str, check: Callable[[], None] | None = None) -> bytes:
    """The brief laid out on A4 pages, with page numbers; no heading ends a page (``pages``).
    ``check`` is called now and then (it raises to stop: a cancel button's)."""
    document = _document(html, image)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Case Explorer")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    keep_with_next(document, writer, check)  # Qt ignores page-break-after: avoid
    print_pages(document, writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())


def _gather(store: CaseStore, as_of: PartialDate | None, progress: Progress | None) -> Brief:
    if progress is None:
        return build_brief(store, as_of)
    progress.report(0, STEPS, QCoreApplication.translate("BriefExport", "Reading the events…"))
    return build_brief(store, as_of, lambda done, total: progress.report(GATHERED * done // max(1, total), STEPS))


def export_brief(
    store: CaseStore, out: Path | str, fmt: BriefFormat | str = BriefFormat.PDF, as_of: PartialDate | None = None,
    *, timeline: bool = True, image: QImage | None = None, progress: Progress | None = None,
) -> list[Path]:
    """Write the brief; the files written (the Markdown brief also writes its timeline PNG)."""
    fmt = BriefFormat(fmt)
    out = Path(out)
    if store.db.path is not None and out.resolve() == store.db.path.resolve():
        raise ValueError(f"{out}: refusing to overwrite the case file itself")
    app = ensure_app()
    brief = _gather(store, as_of, progress)
    index = LinkIndex(store)
    if timeline and image is None:
        if QThread.currentThread() is not app.thread():
            raise RuntimeError("the timeline picture is a widget: draw it on the GUI thread and pass image=")
        image = render_timeline(store, cursor=dates.start_seconds(brief.as_of))
    if not timeline:
        image = None

    def step(done: int, text: str | None = None) -> None:
        if progress is not None:
            progress.report(done, STEPS if done else 0, text)

    step(GATHERED, QCoreApplication.translate("BriefExport", "Writing the brief…"))
    if fmt is BriefFormat.MARKDOWN:
        picture = out.with_name(f"{out.stem}.timeline.png") if image is not None else None
        text = brief_markdown(brief, index, picture.name if picture else None).encode("utf-8")
        step(WRITTEN)
        written = [out]
        if picture is not None:
            existed = picture.exists()
            write_atomic(picture, png_bytes(image))
            try:
                write_atomic(out, text)
            except BaseException:
                if not existed:
                    picture.unlink(missing_ok=True)  # no picture left without its brief
                raise
            written.append(picture)
        else:
            write_atomic(out, text)
        return written
    if fmt is BriefFormat.HTML:
        source = f"data:image/png;base64,{base64.b64encode(png_bytes(image)).decode('ascii')}" if image is not None else None
        html = brief_html(brief, index, source)
        step(WRITTEN)
        write_atomic(out, html.encode("utf-8"))
        return [out]
    html = brief_html(brief, index, TIMELINE_IMAGE if image is not None else None)
    step(WRITTEN)
    # one call into Qt, seconds for a long brief: a busy bar
    step(0, QCoreApplication.translate("BriefExport", "Laying out the pages of the PDF…"))
    data = pdf_bytes(html, image, brief.title, progress.check if progress is not None else None)
    if progress is not None:
        progress.check()
    write_atomic(out, data)
    return [out]
