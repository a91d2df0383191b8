"""Where the reader was in each case: the timeline's visible range, the time cursor and the lanes
chosen, kept in the app's settings (keyed by the case file's path) so that a case reopens as it
was left. Preferences' default lanes serve a case that has no choice of its own."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

_GROUP = "caseViews"


def _key(path: Path) -> str:
    return hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()  # a settings key holds no slashes


def remember(settings: QSettings, path: Path, start: float, end: float, cursor: int) -> None:
    settings.setValue(f"{_GROUP}/{_key(path)}", [float(start), float(end), int(cursor)])


def recall(settings: QSettings, path: Path) -> tuple[float, float, int] | None:
    """The range and cursor last seen in this case, or None (never seen, or unreadable)."""
    value = settings.value(f"{_GROUP}/{_key(path)}")
    try:
        start, end, cursor = (float(v) for v in value)
    except (TypeError, ValueError):
        return None
    return (start, end, int(cursor)) if end > start else None


def remember_lanes(settings: QSettings, path: Path, mode: str) -> None:
    settings.setValue(f"{_GROUP}/{_key(path)}-lanes", str(mode))


def recall_lanes(settings: QSettings, path: Path) -> str | None:
    value = settings.value(f"{_GROUP}/{_key(path)}-lanes")
    return str(value) if value else None
