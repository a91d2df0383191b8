"""Paints one search hit (kind badge with its word, bold title, snippet with matches marked) and the box's magnifier.

Case text is laid out with QTextLayout as plain text, never as HTML: the marks become format
ranges (bold on a highlight colour), so nothing in a case can inject markup. Lines break only at
spaces (never inside "c++", "e-mail" or a marked run) and end in "…" when text is left out.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from explorer.core.search import ELLIPSIS, HitKind, snippet_parts
from explorer.ui.search.model import KIND_LABELS, OUTSIDE_FILTERS, SearchResultsModel, plain_snippet

Index = QModelIndex | QPersistentModelIndex

PAD_X, PAD_Y, GAP = 10, 7, 8
SNIPPET_LINES = 2
MARK_CONTEXT_CHARS = 24  # text kept before a match that had to be scrolled into view
DIMMED_OPACITY = 0.5
# (light theme, dark theme) colour of each kind's badge; the badge always carries the word too
KIND_COLORS: dict[HitKind, tuple[str, str]] = {
    HitKind.EVENT: ("#1f5fae", "#8ab8f0"),
    HitKind.ENTITY: ("#186a47", "#7fd4a8"),
    HitKind.NOTE: ("#87500a", "#f0c070"),
}
MARK_COLORS = ("#ffe08a", "#6e5800")  # behind matched words
_MARKDOWN_EMPHASIS = re.compile(r"\*\*|__|`")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` of the way towards ``b``."""
    return QColor.fromRgbF(*(x + (y - x) * amount for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3], strict=True)))


def search_icon(color: QColor, size: int = 16) -> QIcon:
    """A magnifying glass drawn in ``color`` (no icon files needed)."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, 1.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawEllipse(QPointF(size * 0.42, size * 0.42), size * 0.26, size * 0.26)
    painter.drawLine(QPointF(size * 0.62, size * 0.62), QPointF(size * 0.84, size * 0.84))
    painter.end()
    return QIcon(pixmap)


class SearchHitDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    # --- geometry --------------------------------------------------------------------------

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        title = QFont(base)
        title.setBold(True)
        badge = QFont(base)
        badge.setPointSizeF(max(6.0, base.pointSizeF() * 0.8))
        badge.setBold(True)
        return base, title, badge

    def _badge_width(self, badge_font: QFont) -> int:
        metrics = QFontMetrics(badge_font)
        return max(metrics.horizontalAdvance(label) for label in KIND_LABELS.values()) + 12

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base, title, _ = self._fonts(option)
        height = 2 * PAD_Y + QFontMetrics(title).height()
        if self._snippet_text(index):
            height += 3 + SNIPPET_LINES * QFontMetrics(base).lineSpacing()
        return QSize(240, height)

    @staticmethod
    def _snippet_text(index: Index) -> str:
        """The snippet to show under the title, or "" when it only repeats the title."""
        snippet = plain_snippet(index.data(SearchResultsModel.SnippetRole) or "")
        return "" if snippet == (index.data(Qt.ItemDataRole.DisplayRole) or "") else snippet

    # --- painting --------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDisplay
        style = opt.widget.style() if opt.widget else None
        painter.save()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = _mix(text_color, palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base), 0.3)
        if index.data(SearchResultsModel.DimmedRole):
            painter.setOpacity(DIMMED_OPACITY)
        base, title_font, badge_font = self._fonts(opt)
        rect = opt.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        title_height = QFontMetrics(title_font).height()
        badge_width = self._badge_width(badge_font)
        kind = index.data(SearchResultsModel.KindRole)
        self._paint_badge(painter, QRect(rect.left(), rect.top(), badge_width, title_height), kind, palette, selected, badge_font)
        text_left = rect.left() + badge_width + GAP
        title_rect = QRect(text_left, rect.top(), rect.right() - text_left, title_height)
        if index.data(SearchResultsModel.DimmedRole):
            title_rect.setRight(self._paint_outside_note(painter, title_rect, base, muted) - GAP)
        title = " ".join((index.data(Qt.ItemDataRole.DisplayRole) or "").split())
        snippet = index.data(SearchResultsModel.SnippetRole) or ""
        snippet_text = self._snippet_text(index)
        title_parts = [(title, False)] if snippet_text or not snippet else _one_line(snippet_parts(snippet))
        self._paint_marked(painter, title_rect, title_parts, title_font, text_color, text_color, palette, selected, 1)
        if snippet_text:
            top = rect.top() + title_height + 3
            snippet_rect = QRect(text_left, top, rect.right() - text_left, rect.bottom() - top)
            parts = _mark_in_view(_one_line(snippet_parts(snippet)), base, snippet_rect.width(), SNIPPET_LINES)
            self._paint_marked(painter, snippet_rect, parts, base, muted, text_color, palette, selected, SNIPPET_LINES)
        painter.restore()

    def _paint_badge(self, painter: QPainter, rect: QRect, kind: HitKind | None, palette: QPalette, selected: bool, font: QFont) -> None:
        if kind is None:
            return
        light, dark = KIND_COLORS[kind]
        color = QColor(dark if is_dark(palette) else light)
        label = KIND_LABELS[kind]
        metrics = QFontMetrics(font)
        badge = QRectF(rect.left(), rect.center().y() - metrics.height() / 2 - 1, rect.width(), metrics.height() + 2)
        fill = QColor(color)
        fill.setAlphaF(0.16 if not selected else 0.3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QColor(color.red(), color.green(), color.blue(), 150))
        painter.setBrush(fill)
        painter.drawRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText) if selected else color)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_outside_note(self, painter: QPainter, rect: QRect, font: QFont, color: QColor) -> int:
        """Say "outside the filters" in words at the right of the title line; returns its left edge."""
        note = QFont(font)
        note.setItalic(True)
        note.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        width = QFontMetrics(note).horizontalAdvance(OUTSIDE_FILTERS)
        if width > rect.width() // 2:
            return rect.right()
        painter.setFont(note)
        painter.setPen(color)
        painter.drawText(QRect(rect.right() - width, rect.top(), width, rect.height()), Qt.AlignmentFlag.AlignVCenter, OUTSIDE_FILTERS)
        return rect.right() - width

    def _paint_marked(self, painter: QPainter, rect: QRect, parts: list[tuple[str, bool]], font: QFont, color: QColor,
                      mark_text: QColor, palette: QPalette, selected: bool, max_lines: int) -> None:
        """Plain text with marked pieces, wrapped to ``max_lines`` and elided with "…"."""
        mark = QColor(MARK_COLORS[1] if is_dark(palette) else MARK_COLORS[0])
        if selected:
            mark.setAlphaF(0.55)
        formats = []
        start = 0
        for piece, marked in parts:
            if marked:
                fmt = QTextLayout.FormatRange()
                fmt.start, fmt.length = start, len(piece)
                char_format = QTextCharFormat()
                char_format.setFontWeight(QFont.Weight.Bold)
                char_format.setBackground(mark)
                char_format.setForeground(mark_text if selected else palette.color(QPalette.ColorRole.Text))
                fmt.format = char_format
                formats.append(fmt)
            start += len(piece)
        lines = _layout_lines(parts, font, rect.width(), max_lines)
        metrics = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(color)
        y = rect.top()
        for line_start, line_text, kept in lines:
            layout = QTextLayout(line_text, font)
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.NoWrap)
            layout.setTextOption(option)
            layout.setFormats(_shift(formats, line_start, kept))
            layout.beginLayout()
            line = layout.createLine()
            if line.isValid():
                line.setLineWidth(rect.width())
            layout.endLayout()
            layout.draw(painter, QPointF(rect.left(), y))
            y += metrics.lineSpacing()


def _one_line(parts: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Collapse white space (line breaks too) to single spaces and drop Markdown emphasis, keeping the marks."""
    joined: list[tuple[str, bool]] = []
    previous_space = True
    for piece, marked in parts:
        piece = _MARKDOWN_EMPHASIS.sub("", piece)
        out = []
        for ch in piece:
            if ch.isspace():
                if not previous_space:
                    out.append(" ")
                previous_space = True
            else:
                out.append(ch)
                previous_space = False
        if out:
            joined.append(("".join(out), marked))
    return joined


def _mark_in_view(parts: list[tuple[str, bool]], font: QFont, width: int, lines: int) -> list[tuple[str, bool]]:
    """Drop leading words when the first match would fall past the visible lines, keeping some context."""
    text = "".join(piece for piece, _ in parts)
    offset = 0
    for piece, marked in parts:
        if marked:
            break
        offset += len(piece)
    else:
        return parts
    mark_end = offset + len(next(piece for piece, marked in parts if marked))
    if QFontMetrics(font).horizontalAdvance(text[:mark_end]) <= width * lines * 0.85:  # wrapping wastes some of each line
        return parts
    space = text.rfind(" ", 0, max(0, offset - MARK_CONTEXT_CHARS))
    cut = space + 1 if space >= 0 else max(0, offset - MARK_CONTEXT_CHARS)
    kept: list[tuple[str, bool]] = [(ELLIPSIS, False)]
    position = 0
    for piece, marked in parts:
        if position + len(piece) > cut:
            kept.append((piece[max(0, cut - position):], marked))
        position += len(piece)
    return kept


Line = tuple[int, str, int]  # where it starts in the text, what it shows, how many of the text's characters


def _layout_lines(parts: list[tuple[str, bool]], font: QFont, width: int, max_lines: int) -> list[Line]:
    """Break marked text into at most ``max_lines`` lines that fit ``width``, only at spaces outside
    a marked run (never inside a word such as "c++" or "e-mail"); the last line ends in "…" when
    text is left out, after the last whole word that fits. A word wider than a whole line is cut
    and ends in "…" on a line of its own."""
    text = "".join(piece for piece, _ in parts)
    marked = [is_match for piece, is_match in parts for _ in piece]
    plain, bold = QFontMetricsF(font), QFontMetricsF(_bold(font))
    room = max(1, width)

    def advance(first: int, last: int) -> float:
        total, run = 0.0, first
        for at in range(first + 1, last + 1):
            if at == last or marked[at] != marked[run]:
                total += (bold if marked[run] else plain).horizontalAdvance(text[run:at])
                run = at
        return total

    def cut(first: int, last: int) -> Line:  # as much of [first, last) as fits before "…"
        low, high = first, last  # advance(first, low) + "…" fits; find the largest such low
        while low < high:
            middle = (low + high + 1) // 2
            if advance(first, middle) + plain.horizontalAdvance(ELLIPSIS) <= room:
                low = middle
            else:
                high = middle - 1
        return first, text[first:low] + ELLIPSIS, low - first

    words = _join_marked([match.span() for match in _WORDS.finditer(text)], marked)
    lines: list[Line] = []
    index = 0
    while index < len(words) and len(lines) < max_lines:
        last_line = len(lines) == max_lines - 1
        first = words[index][0]
        end = index
        while end < len(words) and advance(first, words[end][1]) <= room:
            end += 1
        if end == index:  # one word wider than a line
            lines.append(cut(first, words[index][1]))
            index += 1
            continue
        if last_line and end < len(words):  # text is left out: make room for "…"
            while end > index and advance(first, words[end - 1][1]) + plain.horizontalAdvance(ELLIPSIS) > room:
                end -= 1
            if end == index:
                lines.append(cut(first, words[index][1]))
            else:
                kept = words[end - 1][1] - first
                lines.append((first, text[first : first + kept] + ELLIPSIS, kept))
            break
        kept = words[end - 1][1] - first
        lines.append((first, text[first : first + kept], kept))
        index = end
    return lines


_WORDS = re.compile(r"\S+")


def _join_marked(words: list[tuple[int, int]], marked: list[bool]) -> list[tuple[int, int]]:
    """Words joined where the space between them is inside a marked run (a phrase is not broken)."""
    joined: list[tuple[int, int]] = []
    for first, last in words:
        if joined and all(marked[joined[-1][1] : first]) and first > joined[-1][1]:
            joined[-1] = (joined[-1][0], last)
        else:
            joined.append((first, last))
    return joined


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _shift(formats: list[QTextLayout.FormatRange], start: int, length: int) -> list[QTextLayout.FormatRange]:
    """The format ranges that fall in [start, start + length), relative to ``start``."""
    shifted = []
    for fmt in formats:
        lo, hi = max(fmt.start, start), min(fmt.start + fmt.length, start + length)
        if lo < hi:
            piece = QTextLayout.FormatRange()
            piece.start, piece.length, piece.format = lo - start, hi - lo, fmt.format
            shifted.append(piece)
    return shifted
