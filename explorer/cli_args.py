"""Argument types shared by the command line and the GUI start: dates and WIDTHxHEIGHT sizes.

They raise ``argparse.ArgumentTypeError`` so that a bad value is a usage error (exit 2) whose
one-line message names the value and says why it is wrong. No Qt here.
"""

from __future__ import annotations

import argparse

from explorer.core.date_input import EXAMPLES, parse_input
from explorer.core.dates import DateError, PartialDate

MIN_SIDE, MAX_SIDE = 200, 10_000


def date_arg(text: str) -> PartialDate:
    """A date as people type it ("14 June 2025", "2025-06", "44 BCE"), at the precision typed."""
    try:
        return parse_input(text)
    except DateError as exc:
        reason = str(exc)
        if "try" not in reason:
            reason += f"; try {EXAMPLES}"
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: {reason}") from None


def size_arg(text: str) -> tuple[int, int]:
    """WIDTHxHEIGHT in pixels, each side 200 to 10000."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, e.g. 1920x1080") from None
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        raise argparse.ArgumentTypeError(f"{text!r} is out of range ({MIN_SIDE} to {MAX_SIDE} pixels a side)")
    return width, height


def step_arg(text: str) -> int:
    """A step number, counted from 1 as people count slides."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a step number (1 is the first step)") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a step number (1 is the first step)")
    return value
