"""Paint one slide into any rectangle: headline, date, certainty badge, text, image, people, strip.

People are chips in their entity's colour, the one the timeline and the relationship graph give
it, with black or white words on it, whichever reads. Past the last step comes the end screen.

The same code paints the audience screen, the console's previews, PNG images and PDF pages.
Every size is a reference size at 1920×1080 times ``unit(rect)``, so the slide keeps its look
at any resolution. Certainty is shown by a badge *with its word*, never by colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from explorer.core import contrast
from explorer.core.models import Certainty, StepKind
from explorer.ui.presenter.content import Person, Slide, StripData
from explorer.ui.presenter.media import MediaImages
from explorer.ui.presenter.slide_blocks import BlockPainter
from explorer.ui.presenter.strip import StripPainter
from explorer.ui.presenter.text_fit import elide_lines, fit_font
from explorer.ui.presenter.theme import SlideTheme, font, unit
from explorer.ui.style import CERTAINTY_BADGE, CERTAINTY_HINT, certainty_word
from explorer.ui.timeline.theme import THEMES as TIMELINE_THEMES

STRIP_SHARE = 0.235  # of the slide's height, for the timeline strip
MARGIN = 96.0  # reference pixels left and right

GraphRenderer = Callable[[int, QSize, str, float], "QImage | None"]


@dataclass
class SlideAssets:
    """What slides need besides their text: the strip's events, local images, the graph renderer."""

    strip: StripData
    images: MediaImages
    graph: GraphRenderer | None = None


def strip_rect(rect: QRectF) -> QRectF:
    height = rect.height() * STRIP_SHARE
    return QRectF(rect.left(), rect.bottom() - height, rect.width(), height)


def paint_strip(painter: QPainter, rect: QRectF, slide: Slide, assets: SlideAssets, theme: SlideTheme,
                window: tuple[float, float] | None = None) -> None:
    """Only the strip, at ``window`` (the step's own window when None): animation frames."""
    u = unit(rect)
    StripPainter(painter, strip_rect(rect), theme, u, MARGIN * u).paint(
        assets.strip, window or slide.window, slide.focus, slide.focus_event_id
    )


def paint_slide(painter: QPainter, rect: QRectF, slide: Slide, assets: SlideAssets, theme: SlideTheme,
                window: tuple[float, float] | None = None, with_strip: bool = True) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setClipRect(rect)
    painter.fillRect(rect, theme.color("background"))
    SlideFrame(painter, rect, theme, assets).paint(slide)
    if with_strip:
        paint_strip(painter, rect, slide, assets, theme, window)
    painter.restore()


def chip_colors(person: Person, theme: SlideTheme) -> tuple[QColor, QColor]:
    """(fill, text) of a participant's chip: the entity's colour as the timeline and the graph draw it
    in this look, and black or white text, whichever reads better on it (WCAG AA, 4.5:1 or more)."""
    fill = TIMELINE_THEMES.get(theme.name, TIMELINE_THEMES["light"]).lane_color(person.slot, person.color)
    return fill, QColor(contrast.best_text(fill.name()))


def end_text() -> str:
    """What the end screen says (translated)."""
    return QCoreApplication.translate("Slides", "End of the presentation")


def paint_end_screen(painter: QPainter, rect: QRectF, theme: SlideTheme) -> None:
    """The screen after the last step, as PowerPoint shows one: the theme's background and a quiet
    "End of the presentation" in the middle (how to leave is the console's to say, not the room's)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setClipRect(rect)
    painter.fillRect(rect, theme.color("background"))
    u = unit(rect)
    painter.setFont(font(44 * u, weight=QFont.Weight.DemiBold))
    painter.setPen(theme.color("muted"))
    margin = MARGIN * u
    painter.drawText(rect.adjusted(margin, 0, -margin, 0), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), end_text())
    painter.restore()


class SlideFrame:
    """Lays out and paints everything above the strip."""

    def __init__(self, painter: QPainter, rect: QRectF, theme: SlideTheme, assets: SlideAssets) -> None:
        self.p, self.rect, self.theme, self.assets = painter, rect, theme, assets
        self.u = u = unit(rect)
        self.left = rect.left() + MARGIN * u
        self.width = rect.width() - 2 * MARGIN * u
        self.bottom = strip_rect(rect).top()

    def paint(self, slide: Slide) -> None:
        u = self.u
        y = self._kicker(slide, self.rect.top() + 44 * u)
        if slide.kind is StepKind.RELATIONSHIPS and self._graph_beside(slide, y + 22 * u):
            return
        y = self._headline(slide, y + 22 * u, self.width)
        y = self._meta(slide, y + 20 * u)
        people_top = self.bottom - 40 * u - (58 * u if slide.participants else 0)
        if slide.participants:
            self._participants(slide, people_top + 14 * u)
        content = QRectF(self.left, y + 34 * u, self.width, people_top - y - 52 * u)
        blocks = BlockPainter(self.p, content, self.theme, u, self.p.device())
        if slide.missing:
            blocks.message("This step's event has been deleted from the case. Remove the step in Present ▸ Tours…")
        elif slide.kind is StepKind.EVENT:
            blocks.event(slide, self.assets.images.image(slide.media))
        elif slide.kind is StepKind.RELATIONSHIPS:
            blocks.relationships(slide, None)
        else:
            blocks.listed(slide)

    def _graph_beside(self, slide: Slide, top: float) -> bool:
        """A relationships slide with its graph: words in a column on the left, the graph filling the right."""
        u = self.u
        column = self.width * 0.34
        box = QRectF(self.left + column + 56 * u, top, self.width - column - 56 * u, self.bottom - 36 * u - top)
        if self.assets.graph is None or slide.focus is None or box.width() < 10 or box.height() < 10:
            return False
        graph = self.assets.graph(slide.focus[0], QSize(int(box.width()), int(box.height())), self.theme.name, u)
        if graph is None:
            return False
        y = self._headline(slide, top, column, sizes=(60, 54, 48, 42))
        y = self._meta(slide, y + 20 * u)
        blocks = BlockPainter(self.p, QRectF(self.left, y + 30 * u, column, self.bottom - y - 66 * u), self.theme, u, self.p.device())
        blocks.ties_column(slide)
        BlockPainter(self.p, box, self.theme, u, self.p.device()).relationships(slide, graph)
        return True

    def _kicker(self, slide: Slide, top: float) -> float:
        """The case title on the left, "3 / 12" on the right, small and quiet."""
        p, u = self.p, self.u
        p.setFont(font(24 * u, weight=QFont.Weight.DemiBold))
        metrics = QFontMetricsF(p.font())
        counter = f"{slide.index + 1} / {slide.total}"
        counter_width = metrics.horizontalAdvance(counter)
        p.setPen(self.theme.color("muted"))
        title = metrics.elidedText(slide.case_title.upper(), Qt.TextElideMode.ElideRight, self.width - counter_width - 60 * u)
        baseline = top + metrics.ascent()
        p.drawText(self.left, baseline, title)
        p.drawText(self.left + self.width - counter_width, baseline, counter)
        return top + metrics.height()

    def _headline(self, slide: Slide, top: float, width: float, sizes: tuple[float, ...] = (70, 62, 54, 48)) -> float:
        """The headline, at the largest size that fits three lines; longer ones end in "…"."""
        p, u = self.p, self.u
        scaled = [size * u for size in sizes]
        room = 3 * QFontMetricsF(font(scaled[0], bold=True)).lineSpacing()
        chosen = fit_font(slide.headline, scaled, lambda size: font(size, bold=True), width, room)
        text = elide_lines(slide.headline, chosen, width, 3)
        p.setFont(chosen)
        p.setPen(self.theme.color("text"))
        metrics = QFontMetricsF(chosen)
        height = metrics.lineSpacing() * (text.count("\n") + 1)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        p.drawText(QRectF(self.left, top, width, height + metrics.descent()), flags, text)
        return top + height

    def _meta(self, slide: Slide, top: float) -> float:
        """The date in the accent colour, the certainty badge with its word and meaning, a turning point."""
        p, u = self.p, self.u
        x = self.left
        row_height = 50 * u
        date_font = font(38 * u, weight=QFont.Weight.DemiBold)
        p.setFont(date_font)
        metrics = QFontMetricsF(date_font)
        baseline = top + (row_height + metrics.ascent() - metrics.descent()) / 2
        date_text = metrics.elidedText(slide.date_text, Qt.TextElideMode.ElideRight, self.width * 0.7)
        p.setPen(self.theme.color("accent"))
        p.drawText(x, baseline, date_text)
        x += metrics.horizontalAdvance(date_text) + 28 * u
        small = font(28 * u)
        if slide.exact_date:
            p.setFont(small)
            p.setPen(self.theme.color("muted"))
            exact = "(" + QCoreApplication.translate("Slides", "recorded as %1").replace("%1", slide.exact_date) + ")"
            if x + QFontMetricsF(small).horizontalAdvance(exact) < self.left + self.width * 0.75:
                p.drawText(x, baseline, exact)
                x += QFontMetricsF(small).horizontalAdvance(exact) + 28 * u
        if slide.certainty is not None:
            x = self._badge(slide, x, top, row_height, baseline)
        return top + row_height

    def _badge(self, slide: Slide, x: float, top: float, row_height: float, baseline: float) -> float:
        p, u = self.p, self.u
        background, foreground = CERTAINTY_BADGE[slide.certainty]
        word = certainty_word(Certainty(slide.certainty)).upper()
        badge_font = font(25 * u, bold=True)
        badge_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
        metrics = QFontMetricsF(badge_font)
        box = QRectF(x, top + (row_height - 44 * u) / 2, metrics.horizontalAdvance(word) + 32 * u, 44 * u)
        if box.right() > self.left + self.width:
            return x
        p.setBrush(QColor(background))
        p.setPen(QPen(QColor(self.theme.badge_border), 2.5 * u) if self.theme.badge_border else Qt.PenStyle.NoPen)
        p.drawRoundedRect(box, 22 * u, 22 * u)
        p.setFont(badge_font)
        p.setPen(QColor(foreground))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, word)
        x = box.right() + 20 * u
        small = font(27 * u)
        metrics = QFontMetricsF(small)
        room = self.left + self.width - x
        meaning = CERTAINTY_HINT[slide.certainty]
        turning = "★ turning point" if slide.importance >= 3 else ""
        candidates = [" · ".join(filter(None, (meaning, turning))), meaning, turning]
        hint = next((text for text in candidates if text and metrics.horizontalAdvance(text) <= room), "")
        if hint:  # whole phrases or none: a badge's meaning is never cut off mid-word
            p.setFont(small)
            p.setPen(self.theme.color("muted"))
            p.drawText(x, baseline, hint)
        return x + metrics.horizontalAdvance(hint)

    def _participants(self, slide: Slide, top: float) -> None:
        """Chips in each participant's colour with its name and role; "+N more" when they do not fit."""
        p, u = self.p, self.u
        name_font, role_font = font(27 * u, weight=QFont.Weight.DemiBold), font(22 * u)
        names, roles = QFontMetricsF(name_font), QFontMetricsF(role_font)
        height = 46 * u
        x = self.left
        people = list(slide.participants)
        for i, person in enumerate(people):
            width = 22 * u + names.horizontalAdvance(person.name) + 10 * u + roles.horizontalAdvance(person.role) + 22 * u
            rest = len(people) - i - 1
            reserve = (names.horizontalAdvance(f"+{rest} more") + 30 * u) if rest else 0
            if x + width + reserve > self.left + self.width:
                p.setFont(name_font)
                p.setPen(self.theme.color("muted"))
                p.drawText(QRectF(x, top, self.left + self.width - x, height), Qt.AlignmentFlag.AlignVCenter, f"+{len(people) - i} more")
                return
            chip = QRectF(x, top, width, height)
            fill, ink = chip_colors(person, self.theme)
            border = self.theme.badge_border  # high contrast outlines it, as it does the certainty badge
            p.setPen(QPen(QColor(border), 2 * u) if border else Qt.PenStyle.NoPen)
            p.setBrush(fill)
            p.drawRoundedRect(chip, height / 2, height / 2)
            baseline = top + (height + names.ascent() - names.descent()) / 2
            p.setPen(ink)
            p.setFont(name_font)
            p.drawText(x + 22 * u, baseline, person.name)
            p.setFont(role_font)
            p.drawText(x + 22 * u + names.horizontalAdvance(person.name) + 10 * u, baseline, person.role)
            x += width + 14 * u
