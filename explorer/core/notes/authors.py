"""Telling note authors apart: initials and a stable colour derived from the name.

The colour is never the only cue (the name and initials are shown with it). The hue comes from
a hash of the name folded to lower case, so "Ana Lopez" gets the same colour in every case and
on every machine; saturation and lightness are fixed so white initials stay readable.
"""

from __future__ import annotations

import colorsys
import hashlib
import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
UNKNOWN_AUTHOR = "Unknown author"


def initials(name: str) -> str:
    """Up to two letters: "Ana Lopez" -> "AL", "ana" -> "AN", "" -> "?"."""
    words = _WORD.findall(name)
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()


def color(name: str) -> str:
    """A ``#rrggbb`` colour for the author, dark enough for white text on it."""
    if not name.strip():
        return "#6b7280"
    digest = hashlib.sha1(name.strip().casefold().encode("utf-8")).digest()
    hue = int.from_bytes(digest[:2], "big") / 65536
    red, green, blue = colorsys.hls_to_rgb(hue, 0.38, 0.55)
    return f"#{round(red * 255):02x}{round(green * 255):02x}{round(blue * 255):02x}"


def shown_name(name: str) -> str:
    return name.strip() or UNKNOWN_AUTHOR
