"""The values Preferences edits: read from the settings, their defaults, and saved back.

Each value keeps the key and limits of ``explorer.ui.settings`` (which the notes autosaver and
the backups read where they are made); the author name goes through the notes' own functions.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QSettings

from explorer.core.timeline_index import LaneMode
from explorer.ui import app_theme, settings
from explorer.ui.notes.author import author_name, set_author_name


@dataclass(frozen=True)
class PreferenceValues:
    author: str = ""  # "" = the login name
    theme: str = "system"  # follows the platform's light or dark colour scheme
    font_size: int = 0  # points; 0 = the platform's size
    lanes: LaneMode = LaneMode.ENTITY
    date_style: str = ""  # see explorer.ui.date_text
    autosave_ms: int = settings.AUTOSAVE_DEFAULT_MS
    backup_minutes: int = settings.BACKUP_INTERVAL_DEFAULT_MIN
    keep_weeks: int = settings.BACKUP_KEEP_DEFAULT_WEEKS  # 0 = for ever

    @classmethod
    def stored(cls) -> PreferenceValues:
        """The values as the settings hold them now."""
        store = QSettings()
        theme = str(store.value(settings.THEME_KEY, "system"))
        try:
            lanes = LaneMode(str(store.value(settings.LANES_KEY, LaneMode.ENTITY)))
        except ValueError:
            lanes = LaneMode.ENTITY
        return cls(
            author=str(store.value("author", "") or ""),
            theme=theme if theme in app_theme.THEMES else "system",
            font_size=settings.font_size(),
            lanes=lanes,
            date_style=settings.date_locale(),
            autosave_ms=settings.autosave_delay_ms(),
            backup_minutes=settings.read_int(settings.BACKUP_INTERVAL_KEY, settings.BACKUP_INTERVAL_DEFAULT_MIN,
                                             settings.BACKUP_INTERVAL_RANGE_MIN),
            keep_weeks=settings.backup_keep_weeks() or 0,
        )

    def defaults(self) -> PreferenceValues:
        """Every preference back to its default, except the author's name (it is not a look)."""
        return replace(PreferenceValues(), author=self.author)

    @property
    def shown_author(self) -> str:
        return self.author.strip() or author_name()

    def save(self) -> None:
        store = QSettings()
        set_author_name(self.author)
        store.setValue(settings.THEME_KEY, self.theme)
        store.setValue(settings.FONT_SIZE_KEY, self.font_size)
        store.setValue(settings.LANES_KEY, str(self.lanes))
        store.setValue(settings.DATE_LOCALE_KEY, self.date_style)
        store.setValue(settings.AUTOSAVE_KEY, self.autosave_ms)
        store.setValue(settings.BACKUP_INTERVAL_KEY, self.backup_minutes)
        store.setValue(settings.BACKUP_KEEP_KEY, self.keep_weeks)
        store.sync()
