"""Colours and words for certainty, shared by every view; certainty is never shown by colour alone."""

from __future__ import annotations

from explorer.core.models import Certainty

# (badge background, badge text) readable in light and dark themes
CERTAINTY_BADGE: dict[Certainty, tuple[str, str]] = {
    Certainty.CONFIRMED: ("#2e7d32", "#ffffff"),
    Certainty.REPORTED: ("#9a5b00", "#ffffff"),
    Certainty.RUMORED: ("#6a1b9a", "#ffffff"),
    Certainty.PLANNED: ("#1565c0", "#ffffff"),
    Certainty.DENIED: ("#c62828", "#ffffff"),
    Certainty.DISPUTED: ("#5d4037", "#ffffff"),
}

CERTAINTY_HINT: dict[Certainty, str] = {
    Certainty.CONFIRMED: "confirmed by a party to it",
    Certainty.REPORTED: "reported by the press, not confirmed",
    Certainty.RUMORED: "rumoured; treat with care",
    Certainty.PLANNED: "announced or planned, not yet happened",
    Certainty.DENIED: "denied by a party to it",
    Certainty.DISPUTED: "sources disagree",
}


def badge_style(certainty: Certainty) -> str:
    background, foreground = CERTAINTY_BADGE[certainty]
    return f"background: {background}; color: {foreground}; border-radius: 4px; padding: 2px 8px; font-weight: 600;"
