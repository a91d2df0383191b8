"""Colours and words for certainty, shared by every view; certainty is never shown by colour alone.

``certainty_word`` is how a certainty reads for people (British spelling: "rumoured"), while the
case file keeps its stored values ("rumored").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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


def certainty_word(certainty: Certainty) -> str:
    """The certainty as a lower-case word for people, in every view alike."""
    words = {
        Certainty.CONFIRMED: QCoreApplication.translate("Certainty", "confirmed"),
        Certainty.REPORTED: QCoreApplication.translate("Certainty", "reported"),
        Certainty.RUMORED: QCoreApplication.translate("Certainty", "rumoured"),
        Certainty.PLANNED: QCoreApplication.translate("Certainty", "planned"),
        Certainty.DENIED: QCoreApplication.translate("Certainty", "denied"),
        Certainty.DISPUTED: QCoreApplication.translate("Certainty", "disputed"),
    }
    return words[certainty]


def certainty_label(certainty: Certainty) -> str:
    """The certainty as a label starting with a capital (menus, lists, forms)."""
    word = certainty_word(certainty)
    return word[:1].upper() + word[1:]


def badge_style(certainty: Certainty) -> str:
    background, foreground = CERTAINTY_BADGE[certainty]
    return f"background: {background}; color: {foreground}; border-radius: 4px; padding: 2px 8px; font-weight: 600;"
