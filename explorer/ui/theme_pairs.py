"""Every foreground/background pair each theme draws, with the WCAG AA contrast it must reach.

The accessibility tests (and anyone changing a colour) check these with ``core.contrast``: the
app palettes, the timeline's (its lane colours and the labels on and beside its marks), the
relationship graph's, the presenter's slides, the certainty badges, the search result badges and
the on/off states of buttons, radio buttons and check boxes.
Graphics (focus frames, selection, markers) need 3:1, text 4.5:1.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from explorer.core import contrast
from explorer.ui import app_theme
from explorer.ui.presenter.theme import THEMES as SLIDE_THEMES
from explorer.ui.relationships.theme import GRAPH_THEMES
from explorer.ui.search.delegate import KIND_COLORS
from explorer.ui.style import CERTAINTY_BADGE
from explorer.ui.theme_style import checked_fill, indicator_outline
from explorer.ui.timeline.theme import FAINT, FAINT_CONFIRMED
from explorer.ui.timeline.theme import THEMES as TIMELINE_THEMES

Role = QPalette.ColorRole
CHECKED_APART = 1.5  # a checked button against an unchecked one: on and off told apart at a glance


@dataclass(frozen=True)
class Pair:
    where: str  # e.g. "dark palette: Text on Base"
    foreground: str
    background: str
    minimum: float

    @property
    def ratio(self) -> float:
        return contrast.ratio(self.foreground, self.background)

    @property
    def passes(self) -> bool:
        return self.ratio >= self.minimum


def _hex(color: QColor) -> str:
    return color.name(QColor.NameFormat.HexArgb)


PALETTE_TEXT = [
    (Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button), (Role.HighlightedText, Role.Highlight), (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base), (Role.Link, Role.Base),
]
PALETTE_GRAPHICS = [(Role.Highlight, Role.Window), (Role.Highlight, Role.Base)]  # focus frames and selection


def palette_pairs(look: str) -> list[Pair]:
    palette = app_theme.palette(look)
    pairs = [Pair(f"{look} palette: {f.name} on {b.name}", _hex(palette.color(f)), _hex(palette.color(b)), contrast.AA_TEXT)
             for f, b in PALETTE_TEXT]
    pairs += [Pair(f"{look} palette: {f.name} (focus) on {b.name}", _hex(palette.color(f)), _hex(palette.color(b)),
                   contrast.AA_GRAPHICS) for f, b in PALETTE_GRAPHICS]
    return pairs


def timeline_pairs(look: str) -> list[Pair]:
    theme = TIMELINE_THEMES[look]
    pairs = []
    for back_name in ("background", "stripe"):
        back = _hex(getattr(theme, back_name))
        for name, minimum in (("text", contrast.AA_TEXT), ("muted", contrast.AA_TEXT), ("cursor", contrast.AA_TEXT),
                              ("selection", contrast.AA_GRAPHICS)):
            pairs.append(Pair(f"{look} timeline: {name} on {back_name}", _hex(getattr(theme, name)), back, minimum))
    return pairs


def _mix(color: QColor, share: float, base: QColor) -> str:
    """``color`` laid over ``base`` at ``share`` opacity, as an opaque colour."""
    mixed = (round(a * share + b * (1 - share)) for a, b in
             ((color.red(), base.red()), (color.green(), base.green()), (color.blue(), base.blue())))
    return "#{:02x}{:02x}{:02x}".format(*mixed)


def lane_pairs(look: str, own_colors: tuple[str, ...] = (), era_colors: tuple[str | None, ...] = (None, None)) -> list[Pair]:
    """The timeline's marks and what is written on and around them, for every palette colour and
    every ``own_colors`` (a case's entity and category colours, as the theme adjusts them), drawn
    over the bands of eras coloured ``era_colors`` (None: the palette's; by default two, as in the
    bundled case) as well as the background.

    Marks of every certainty are drawn in the lane colour (filled, hollow outline, dashed or dotted
    edges, crossed), so the lane colour must stand out 3:1 on the background and the stripes.
    Labels on solid bars (confirmed, and disputed at half strength) use black or white, labels on
    faint bars (dates known to the month or year, unconfirmed spans) and on era bands the text colour.
    """
    theme = TIMELINE_THEMES[look]
    eras = tuple(theme.lane_color(i, own) for i, own in enumerate(era_colors))
    colors = [theme.lane_color(i, None, eras) for i in range(len(theme.palette))]
    colors += [theme.lane_color(0, own, eras) for own in own_colors]
    pairs = [Pair(f"{look} timeline: lane {color.name()} on {ground}", color.name(), ground, contrast.AA_GRAPHICS)
             for color in colors for ground in theme.grounds(eras)[2:]]  # on each era's band
    for color in colors:
        name = color.name()
        for back in (theme.background, theme.stripe):
            on = f"over {back.name()}"
            pairs.append(Pair(f"{look} timeline: lane {name} on {back.name()}", name, _hex(back), contrast.AA_GRAPHICS))
            for share, kind in ((FAINT_CONFIRMED, "faint confirmed bar"), (FAINT, "faint bar")):
                pairs.append(Pair(f"{look} timeline: text on a {kind} of {name} {on}", _hex(theme.text),
                                  _mix(color, share, back), contrast.AA_TEXT))
            era = _mix(color, theme.era_alpha / 255, back)
            for part in ("text", "muted"):
                pairs.append(Pair(f"{look} timeline: {part} on an era band of {name} {on}", _hex(getattr(theme, part)), era,
                                  contrast.AA_TEXT))
        disputed = QColor(_mix(color, 110 / 255, theme.background))
        for fill, kind in ((color, "confirmed"), (disputed, "disputed")):
            pairs.append(Pair(f"{look} timeline: label on a {kind} bar of {name}", _hex(theme.text_on(fill)), _hex(fill),
                              contrast.AA_TEXT))
    pairs.append(Pair(f"{look} timeline: note count on its badge", _hex(theme.text_on(theme.selection)), _hex(theme.selection),
                      contrast.AA_TEXT))
    return pairs


def graph_pairs(look: str) -> list[Pair]:
    theme = GRAPH_THEMES[look]
    back, label = _hex(theme.background), _hex(theme.label_background)
    pairs = [Pair(f"{look} graph: {name} on background", _hex(getattr(theme, name)), back, contrast.AA_TEXT)
             for name in ("text", "muted")]
    label_back = "#{:02x}{:02x}{:02x}".format(*(round(v) for v in contrast.over(label, back)))
    pairs += [Pair(f"{look} graph: {name} on a label", _hex(getattr(theme, name)), label_back, contrast.AA_TEXT)
              for name in ("text", "muted")]
    pairs += [Pair(f"{look} graph: {family} edge label", _hex(color), label_back, contrast.AA_TEXT)
              for family, color in theme.families.items()]
    pairs.append(Pair(f"{look} graph: selection", _hex(theme.selection), back, contrast.AA_GRAPHICS))
    pairs += [Pair(f"{look} graph: entity {i}", _hex(theme.entity_color(i, None)), back, contrast.AA_GRAPHICS)
              for i in range(len(TIMELINE_THEMES[look].palette))]
    return pairs


def slide_pairs(name: str) -> list[Pair]:
    theme = SLIDE_THEMES[name]
    pairs = [Pair(f"{name} slides: {part} on background", getattr(theme, part), theme.background, contrast.AA_TEXT)
             for part in ("text", "muted", "accent")]
    pairs.append(Pair(f"{name} slides: text on card", theme.text, theme.card, contrast.AA_TEXT))
    pairs.append(Pair(f"{name} slides: strip events", theme.strip_event, theme.strip_background, contrast.AA_GRAPHICS))
    pairs.append(Pair(f"{name} slides: current event on strip", theme.accent, theme.strip_background, contrast.AA_GRAPHICS))
    return pairs


def badge_pairs() -> list[Pair]:
    """Certainty badges: the same in every theme, white words on a coloured chip."""
    return [Pair(f"certainty badge: {certainty}", fore, back, contrast.AA_TEXT) for certainty, (back, fore) in CERTAINTY_BADGE.items()]


def search_badge_pairs(look: str) -> list[Pair]:
    """The kind badges of search results: coloured words on a faint chip of their colour over Base."""
    base = _hex(app_theme.palette(look).color(Role.Base))
    pairs = []
    for kind, (light, dark) in KIND_COLORS.items():
        color = light if QColor(base).lightness() >= 128 else dark
        chip = QColor(color)
        chip.setAlphaF(0.16)
        chip_back = "#{:02x}{:02x}{:02x}".format(*(round(v) for v in contrast.over(_hex(chip), base)))
        pairs.append(Pair(f"{look} search: {kind} badge", color, chip_back, contrast.AA_TEXT))
    return pairs


def all_pairs() -> dict[str, list[Pair]]:
    """Every pair, by theme ("system" is light or dark, already among them)."""
    result = {}
    for look in app_theme.LOOKS:
        result[look] = (palette_pairs(look) + timeline_pairs(look) + lane_pairs(look) + graph_pairs(look) + slide_pairs(look)
                        + badge_pairs() + search_badge_pairs(look) + on_off_pairs(look))
    return result


def on_off_pairs(look: str) -> list[Pair]:
    """Checked buttons and the outlines of radio buttons and check boxes (``theme_style``): a checked
    button's fill stands 1.5:1 off an unchecked one's, its text 4.5:1 on it; outlines 3:1 on the window."""
    palette = app_theme.palette(look)
    fill, button = _hex(checked_fill(palette)), _hex(palette.color(Role.Button))
    window = _hex(palette.color(Role.Window))
    return [
        Pair(f"{look} checked button: fill against an unchecked button", fill, button, CHECKED_APART),
        Pair(f"{look} checked button: ButtonText on its fill", _hex(palette.color(Role.ButtonText)), fill, contrast.AA_TEXT),
        Pair(f"{look} radio and check box: outline on Window", _hex(indicator_outline(palette)), window, contrast.AA_GRAPHICS),
        Pair(f"{look} radio button: checked dot on Base", _hex(palette.color(Role.Highlight)), _hex(palette.color(Role.Base)),
             contrast.AA_GRAPHICS),
    ]
