"""The middle of a slide: an event's text and image, a range's events, or who was tied to whom.

An event's image comes from a local file only; when there is none to show, its caption and
credit stand in a card in its place, so a slide is never a blank hole when offline.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from explorer.core.models import Certainty, Media
from explorer.ui.presenter.content import Slide
from explorer.ui.presenter.text_fit import draw_document, elide_lines, fit_markdown
from explorer.ui.presenter.theme import SlideTheme, font
from explorer.ui.style import CERTAINTY_BADGE, certainty_word

MEDIA_SHARE = 0.4  # of the content width, for an event's image


class BlockPainter:
    def __init__(self, painter: QPainter, box: QRectF, theme: SlideTheme, u: float, device: object) -> None:
        self.p, self.box, self.theme, self.u, self.device = painter, box, theme, u, device

    def _body_sizes(self) -> list[float]:
        return [size * self.u for size in (38, 35, 32, 29, 26, 24)]

    def event(self, slide: Slide, image: QImage | None) -> None:
        box, u = self.box, self.u
        text_box = box
        if slide.media is not None:
            media_width = box.width() * MEDIA_SHARE
            text_box = QRectF(box.left(), box.top(), box.width() - media_width - 56 * u, box.height())
            self._media(slide.media, image, QRectF(box.right() - media_width, box.top(), media_width, box.height()))
        if slide.body.strip():
            document = fit_markdown(slide.body, text_box, self._body_sizes(), font, self.device)
            draw_document(self.p, document, text_box.left(), text_box.top(), self.theme.color("text"), self.theme.color("accent"))

    def _media(self, media: Media, image: QImage | None, box: QRectF) -> None:
        p, u = self.p, self.u
        caption = " ".join(part for part in (media.caption.strip(), f"— {media.credit.strip()}" if media.credit.strip() else "") if part)
        caption_font = font(22 * u)
        caption_height = QFontMetricsF(caption_font).lineSpacing() * 2 + 10 * u if caption and image is not None else 0
        if image is not None:
            frame = QRectF(box.left(), box.top(), box.width(), box.height() - caption_height)
            size = image.size().toSizeF().scaled(frame.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(frame.left() + (frame.width() - size.width()) / 2, frame.top(), size.width(), size.height())
            path = QPainterPath()
            path.addRoundedRect(target, 14 * u, 14 * u)
            p.save()
            p.setClipPath(path, Qt.ClipOperation.IntersectClip)
            p.drawImage(target, image)
            p.restore()
            if caption:
                p.setFont(caption_font)
                p.setPen(self.theme.color("muted"))
                text = elide_lines(caption, caption_font, box.width(), 2)
                p.drawText(QRectF(box.left(), target.bottom() + 10 * u, box.width(), caption_height), Qt.AlignmentFlag.AlignLeft, text)
            return
        self._media_card(media, box)

    def _media_card(self, media: Media, box: QRectF) -> None:
        """The caption and credit of an image that is not available offline, in the image's place."""
        p, u = self.p, self.u
        card = QRectF(box.left(), box.top(), box.width(), min(box.height(), box.width() * 0.75))
        p.setPen(QPen(self.theme.color("rule"), 2 * u, Qt.PenStyle.DashLine))
        p.setBrush(self.theme.color("card"))
        p.drawRoundedRect(card, 16 * u, 16 * u)
        self._picture_glyph(QPointF(card.left() + 36 * u, card.top() + 34 * u), self.theme.color("muted"))
        inner = card.adjusted(36 * u, 100 * u, -36 * u, -28 * u)
        title = media.caption.strip() or media.alt.strip() or media.title.strip() or "Image"
        title_font = font(30 * u, weight=QFont.Weight.DemiBold)
        lines = max(int(inner.height() * 0.55 // QFontMetricsF(title_font).lineSpacing()), 1)
        p.setFont(title_font)
        p.setPen(self.theme.color("text"))
        text = elide_lines(title, title_font, inner.width(), lines)
        used = QFontMetricsF(title_font).lineSpacing() * (text.count("\n") + 1)
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), used + 4 * u), Qt.AlignmentFlag.AlignLeft, text)
        small = font(22 * u)
        p.setFont(small)
        p.setPen(self.theme.color("muted"))
        host = urlsplit(media.url).hostname or ""
        notes = [f"Credit: {media.credit.strip()}" if media.credit.strip() else "",
                 "Image not available offline" + (f" ({host})" if host else "")]
        y = inner.top() + used + 16 * u
        for note in filter(None, notes):
            text = elide_lines(note, small, inner.width(), 2)
            height = QFontMetricsF(small).lineSpacing() * (text.count("\n") + 1)
            if y + height > inner.bottom() + 20 * u:
                break
            p.drawText(QRectF(inner.left(), y, inner.width(), height + 4 * u), Qt.AlignmentFlag.AlignLeft, text)
            y += height + 8 * u

    def _picture_glyph(self, at: QPointF, color: QColor) -> None:
        """A small framed landscape: "a picture goes here"."""
        p, u = self.p, self.u
        frame = QRectF(at.x(), at.y(), 64 * u, 48 * u)
        p.setPen(QPen(color, 3 * u))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(frame, 6 * u, 6 * u)
        p.drawPolyline([QPointF(frame.left() + 8 * u, frame.bottom() - 8 * u), QPointF(frame.left() + 26 * u, frame.top() + 20 * u),
                        QPointF(frame.left() + 38 * u, frame.bottom() - 18 * u), QPointF(frame.left() + 46 * u, frame.top() + 28 * u),
                        QPointF(frame.right() - 8 * u, frame.bottom() - 8 * u)])
        p.drawEllipse(QPointF(frame.right() - 16 * u, frame.top() + 14 * u), 5 * u, 5 * u)

    def relationships(self, slide: Slide, graph: QImage | None) -> None:
        """The relationship graph on the step's date; without a renderer, the ties in force as a list."""
        if graph is not None and not graph.isNull():
            size = graph.size().toSizeF().scaled(self.box.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(self.box.left() + (self.box.width() - size.width()) / 2, self.box.top(), size.width(), size.height())
            path = QPainterPath()
            path.addRoundedRect(target, 16 * self.u, 16 * self.u)
            self.p.save()
            self.p.setClipPath(path, Qt.ClipOperation.IntersectClip)
            self.p.drawImage(target, graph)
            self.p.restore()
            self.p.setPen(QPen(self.theme.color("rule"), 2 * self.u))
            self.p.setBrush(Qt.BrushStyle.NoBrush)
            self.p.drawRoundedRect(target, 16 * self.u, 16 * self.u)
            return
        if not slide.ties:
            self.message("No relationships recorded in force on this date.")
            return
        rows = [(t.source, f"{t.phrase} →" if t.directed else f"{t.phrase} ↔", t.target, t.label, t.certainty) for t in slide.ties]
        self._rows([(f"{a}", f"{b}", f"{c}" + (f"  ·  {d}" if d else ""), certainty) for a, b, c, d, certainty in rows])

    def ties_column(self, slide: Slide) -> None:
        """The ties in force, two short lines each, beside the graph: "Meta → Scale AI" / "owns a stake in · 49%"."""
        p, u, box = self.p, self.u, self.box
        if not slide.ties:
            self.message("No relationships recorded in force on this date.")
            return
        for size in (30, 28, 26):  # smaller would not read from the back row: the rest is "and N more"
            main, quiet = font(size * u, weight=QFont.Weight.DemiBold), font(size * 0.8 * u)
            height = QFontMetricsF(main).lineSpacing() + QFontMetricsF(quiet).lineSpacing() + 12 * u
            if height * len(slide.ties) <= box.height():
                break
        fits = max(int(box.height() // height), 1)
        shown = slide.ties if len(slide.ties) <= fits else slide.ties[: fits - 1]
        y = box.top()
        for tie in shown:
            arrow = "→" if tie.directed else "↔"
            p.setBrush(QColor(CERTAINTY_BADGE[tie.certainty][0]))
            p.setPen(QPen(self.theme.color("background"), 1.5 * u))
            p.drawEllipse(QPointF(box.left() + 8 * u, y + QFontMetricsF(main).lineSpacing() / 2), 8 * u, 8 * u)
            p.setFont(main)
            p.setPen(self.theme.color("text"))
            line = f"{tie.source} {arrow} {tie.target}"
            line = QFontMetricsF(main).elidedText(line, Qt.TextElideMode.ElideRight, box.width() - 28 * u)
            p.drawText(QPointF(box.left() + 28 * u, y + QFontMetricsF(main).ascent()), line)
            y += QFontMetricsF(main).lineSpacing()
            p.setFont(quiet)
            p.setPen(self.theme.color("muted"))
            word = certainty_word(Certainty(tie.certainty))
            detail = "  ·  ".join(part for part in (tie.phrase, word, tie.label) if part)  # the word before the label
            detail = QFontMetricsF(quiet).elidedText(detail, Qt.TextElideMode.ElideRight, box.width() - 28 * u)
            p.drawText(QPointF(box.left() + 28 * u, y + QFontMetricsF(quiet).ascent()), detail)
            y += QFontMetricsF(quiet).lineSpacing() + 12 * u
        if len(shown) < len(slide.ties):
            p.setFont(quiet)
            p.drawText(QPointF(box.left() + 28 * u, y + QFontMetricsF(quiet).ascent()), f"and {len(slide.ties) - len(shown)} more")

    def listed(self, slide: Slide) -> None:
        """The most important events of a date range, in date order."""
        if not slide.listed:
            self.message("No events in this period.")
            return
        rows = [(item.date_text, "", item.title, item.certainty) for item in slide.listed]
        self._rows(rows, more=slide.more_listed, ranks=[item.rank for item in slide.listed])

    def _rows(self, rows: list[tuple], more: int = 0, ranks: list[int] | None = None) -> None:
        """Rows of (first, middle, last, certainty) in columns, at the largest size at which all fit.

        When even the smallest readable size has too few lines, as many rows as the box holds are
        shown (the lowest ``ranks`` first, kept in their order) and "and N more" takes the last line;
        so N is always 2 or more: one row more never turns into "and 1 more"."""
        p, u, box = self.p, self.u, self.box
        count = len(rows) + (1 if more else 0)
        for size in (36, 33, 30, 27, 24):
            main, quiet = font(size * u, weight=QFont.Weight.DemiBold), font(size * 0.86 * u)
            height = QFontMetricsF(main).lineSpacing() * 1.5
            fits = max(int(box.height() / height + 1e-9), 1)  # whole lines the box holds at this size
            if count <= fits:
                break
        if count > fits:  # what does not fit at a readable size is counted, not squeezed
            keep = fits - 1
            more += len(rows) - keep
            kept = sorted(range(len(rows)), key=lambda i: ranks[i] if ranks else i)[:keep]
            rows = [rows[i] for i in sorted(kept)]
        if not rows:
            self._more(more, box.top(), height, quiet)
            return
        first_width = max(QFontMetricsF(main).horizontalAdvance(r[0]) for r in rows) + 24 * u
        first_width = min(first_width, box.width() * 0.34)
        middle_width = max((QFontMetricsF(quiet).horizontalAdvance(r[1]) for r in rows), default=0)
        middle_width = min(middle_width + 24 * u, box.width() * 0.26) if middle_width else 0
        y = box.top()
        for first, middle, last, certainty in rows:
            baseline = y + height / 2 + (QFontMetricsF(main).ascent() - QFontMetricsF(main).descent()) / 2
            p.setBrush(QColor(CERTAINTY_BADGE[certainty][0]))
            p.setPen(QPen(self.theme.color("background"), 1.5 * u))
            p.drawEllipse(QPointF(box.left() + 9 * u, y + height / 2), 9 * u, 9 * u)
            x = box.left() + 34 * u
            p.setFont(main)
            p.setPen(self.theme.color("text"))
            p.drawText(QPointF(x, baseline), QFontMetricsF(main).elidedText(first, Qt.TextElideMode.ElideRight, first_width - 24 * u))
            x += first_width
            if middle_width:
                p.setFont(quiet)
                p.setPen(self.theme.color("muted"))
                shown = QFontMetricsF(quiet).elidedText(middle, Qt.TextElideMode.ElideRight, middle_width - 24 * u)
                p.drawText(QPointF(x, baseline), shown)
                x += middle_width
            word = f"  {certainty_word(Certainty(certainty))}"
            word_width = QFontMetricsF(quiet).horizontalAdvance(word)
            p.setFont(main)
            p.setPen(self.theme.color("text"))
            shown = QFontMetricsF(main).elidedText(last, Qt.TextElideMode.ElideRight, box.right() - x - word_width)
            p.drawText(QPointF(x, baseline), shown)
            p.setFont(quiet)
            p.setPen(self.theme.color("muted"))
            p.drawText(QPointF(x + QFontMetricsF(main).horizontalAdvance(shown), baseline), word)
            y += height
        if more:
            self._more(more, y, height, quiet)

    def _more(self, more: int, top: float, height: float, quiet: QFont) -> None:
        """The last line of a list: "and N more", on the rows' baseline."""
        metrics = QFontMetricsF(quiet)
        self.p.setFont(quiet)
        self.p.setPen(self.theme.color("muted"))
        baseline = top + height / 2 + (metrics.ascent() - metrics.descent()) / 2
        self.p.drawText(QPointF(self.box.left() + 34 * self.u, baseline), f"and {more} more")

    def message(self, text: str) -> None:
        self.p.setFont(font(32 * self.u))
        self.p.setPen(self.theme.color("muted"))
        self.p.drawText(self.box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, text)
