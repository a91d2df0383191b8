"""What the search panel says: its hint, and the one-line summary of a page of results."""

from __future__ import annotations

from explorer.core.search import HitKind
from explorer.ui.search.worker import SearchPage

PLACEHOLDER = "Search events, entities, notes…"
HINT = "Type to search the titles and text of events, entities and notes."
NO_RESULTS = "No results"
SEARCHING = "Searching…"
_NOUNS = {HitKind.EVENT: ("event", "events"), HitKind.ENTITY: ("entity", "entities"), HitKind.NOTE: ("note", "notes")}


def summary(page: SearchPage | None, hidden: int = 0, dimmed: int = 0) -> str:
    """E.g. "50+ events · 2 entities · 1 note · 3 hidden by filters"."""
    if page is None or not page.text.strip():
        return HINT
    if not page.hits:
        return f"{NO_RESULTS} for “{' '.join(page.text.split())[:80]}”"
    parts = []
    for kind in (HitKind.EVENT, HitKind.ENTITY, HitKind.NOTE):
        count = page.count(kind)
        if count:
            more = kind in page.more
            parts.append(f"{count}{'+' if more else ''} {_NOUNS[kind][count != 1 or more]}")
    if hidden:
        parts.append(f"{hidden} hidden by filters")
    elif dimmed:
        parts.append(f"{dimmed} outside the filters")
    return " · ".join(parts)
