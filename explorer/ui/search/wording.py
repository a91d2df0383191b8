"""What the search panel says: its placeholder, its hint, and the one-line summary of a page of results.

Every text is translated when it is asked for (context "SearchWording"), so it speaks the
language installed by then; ``PLACEHOLDER``, ``HINT``, ``NO_RESULTS`` and ``SEARCHING`` are read
through the module's ``__getattr__`` for the same reason.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from explorer.core.search import HitKind
from explorer.ui.search.worker import SearchPage


def placeholder() -> str:
    return QCoreApplication.translate("SearchWording", "Search events, entities, notes…")


def hint() -> str:
    return QCoreApplication.translate("SearchWording", "Type to search the titles and text of events, entities and notes.")


def no_results() -> str:
    return QCoreApplication.translate("SearchWording", "No results")


def searching() -> str:
    return QCoreApplication.translate("SearchWording", "Searching…")


_TEXTS = {"PLACEHOLDER": placeholder, "HINT": hint, "NO_RESULTS": no_results, "SEARCHING": searching}


def __getattr__(name: str) -> str:
    if name in _TEXTS:
        return _TEXTS[name]()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _noun(kind: HitKind, plural: bool) -> str:
    if kind is HitKind.EVENT:
        return QCoreApplication.translate("SearchWording", "events") if plural else QCoreApplication.translate("SearchWording", "event")
    if kind is HitKind.ENTITY:
        return (QCoreApplication.translate("SearchWording", "entities") if plural
                else QCoreApplication.translate("SearchWording", "entity"))
    return QCoreApplication.translate("SearchWording", "notes") if plural else QCoreApplication.translate("SearchWording", "note")


def summary(page: SearchPage | None, hidden: int = 0, dimmed: int = 0) -> str:
    """E.g. "50+ events · 2 entities · 1 note · 3 hidden by filters"."""
    if page is None or not page.text.strip():
        return hint()
    if not page.hits:
        return QCoreApplication.translate("SearchWording", "%1 for “%2”").replace("%1", no_results()).replace(
            "%2", " ".join(page.text.split())[:80])
    parts = []
    for kind in (HitKind.EVENT, HitKind.ENTITY, HitKind.NOTE):
        count = page.count(kind)
        if count:
            more = kind in page.more
            parts.append(f"{count}{'+' if more else ''} {_noun(kind, count != 1 or more)}")
    if hidden:
        parts.append(QCoreApplication.translate("SearchWording", "%1 hidden by filters").replace("%1", str(hidden)))
    elif dimmed:
        parts.append(QCoreApplication.translate("SearchWording", "%1 outside the filters").replace("%1", str(dimmed)))
    return " · ".join(parts)
