"""Contrast between two colours as WCAG 2 defines it, to check every theme's text is readable.

Colours are ``#rrggbb`` or ``#aarrggbb`` text (Qt's order: alpha first). A translucent colour is
mixed over the colour behind it first, as the screen would. AA asks 4.5:1 for body text, 3:1 for
large text (18 pt, or 14 pt bold) and for graphics people need to see (focus frames, markers).
"""

from __future__ import annotations

import functools

AA_TEXT = 4.5
AA_LARGE_TEXT = 3.0
AA_GRAPHICS = 3.0

RGB = tuple[float, float, float]


def parse(color: str) -> tuple[RGB, float]:
    """The red, green, blue (0–255) and alpha (0–1) of ``#rgb``, ``#rrggbb`` or ``#aarrggbb``."""
    text = color.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) == 6:
        text = "ff" + text
    if len(text) != 8:
        raise ValueError(f"not a colour: {color!r}")
    alpha, red, green, blue = (int(text[i:i + 2], 16) for i in range(0, 8, 2))
    return (float(red), float(green), float(blue)), alpha / 255


def over(color: str, behind: str) -> RGB:
    """The colour seen when ``color`` (maybe translucent) is drawn over the opaque ``behind``."""
    (front, alpha), (back, _) = parse(color), parse(behind)
    return tuple(f * alpha + b * (1 - alpha) for f, b in zip(front, back, strict=True))  # type: ignore[return-value]


def _channel(value: float) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: RGB) -> float:
    """Relative luminance (0 black – 1 white)."""
    red, green, blue = (_channel(v) for v in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def ratio(foreground: str, background: str, behind: str = "#ffffff") -> float:
    """The contrast ratio (1–21) of ``foreground`` on ``background``; a translucent background is
    first mixed over ``behind``, a translucent foreground over the resulting background."""
    back = over(background, behind)
    back_text = "#{:02x}{:02x}{:02x}".format(*(round(v) for v in back))
    front = over(foreground, back_text)
    lighter, darker = sorted((luminance(front), luminance(back)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def passes(foreground: str, background: str, minimum: float = AA_TEXT, behind: str = "#ffffff") -> bool:
    return ratio(foreground, background, behind) >= minimum


def _hex(rgb: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*(max(0, min(255, round(v))) for v in rgb))


def readable(color: str, backgrounds: list[str] | tuple[str, ...], minimum: float = AA_GRAPHICS) -> str:
    """``color`` (opaque ``#rrggbb``) with its hue kept, darkened on light backgrounds or lightened on
    dark ones just enough to reach ``minimum`` against each of ``backgrounds``; unchanged when it
    already does. A colour that cannot get there (backgrounds too far apart) ends at black or white."""
    return _readable(color, tuple(backgrounds), minimum)


@functools.lru_cache(maxsize=4096)  # a window asks for the same few lane colours on every reload
def _readable(color: str, backgrounds: tuple[str, ...], minimum: float) -> str:
    rgb, _alpha = parse(color)
    backs = [luminance(over(b, "#ffffff")) for b in backgrounds]
    target = (0.0, 0.0, 0.0) if sum(backs) / len(backs) >= 0.18 else (255.0, 255.0, 255.0)
    # ratio(mixed, b) for an opaque ``mixed``, with each background's luminance worked out once
    grounds = [luminance(over(b, "#ffffff")) for b in backgrounds]
    for step in range(0, 101, 2):
        amount = step / 100
        mixed = _hex(tuple(c + (t - c) * amount for c, t in zip(rgb, target, strict=True)))  # type: ignore[arg-type]
        front = luminance(parse(mixed)[0])
        if all((max(front, g) + 0.05) / (min(front, g) + 0.05) >= minimum for g in grounds):
            return mixed
    return _hex(target)


def best_text(background: str, choices: tuple[str, ...] = ("#000000", "#ffffff")) -> str:
    """Of ``choices``, the one with the most contrast on ``background`` (black or white: at least 4.58:1)."""
    return max(choices, key=lambda choice: ratio(choice, background))
