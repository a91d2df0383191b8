"""The list of recently opened cases, kept in the app's settings (most recent first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 10
_KEY = "recentFiles"


class RecentFiles:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[Path]:
        """Recent cases that still exist, most recent first."""
        stored = self._settings.value(_KEY, []) or []
        if isinstance(stored, str):  # QSettings gives a lone string for a one-item list on some platforms
            stored = [stored]
        return [Path(p) for p in stored if Path(p).is_file()]

    def add(self, path: Path) -> None:
        resolved = str(Path(path).resolve())
        paths = [resolved] + [str(p) for p in self.paths() if str(p) != resolved]
        self._settings.setValue(_KEY, paths[:MAX_RECENT])

    def clear(self) -> None:
        self._settings.setValue(_KEY, [])
