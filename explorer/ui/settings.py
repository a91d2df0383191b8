"""Where the app keeps its settings (window layout, recent files, theme, lanes, preferences).

Settings live as an INI file in the app's data folder, so ``CASE_EXPLORER_HOME`` moves them
along with the working copies and backups (tests get their own; portable installs too).

The preferences other modules read where they are made (autosave delay, backups, font size,
date display) have their keys, defaults and limits here, so the Preferences dialog and the
modules that use them agree on one meaning.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from explorer import paths

THEME_KEY = "theme"
LANES_KEY = "laneMode"
FONT_SIZE_KEY = "fontSize"  # points; 0 = the platform's size
AUTOSAVE_KEY = "notes/autosaveDelayMs"
BACKUP_INTERVAL_KEY = "backups/intervalMinutes"
BACKUP_KEEP_KEY = "backups/keepWeeks"  # 0 = keep the weekly backups for ever
FILES_FOLDER_KEY = "files/lastFolder"  # where the last import or export went
DATE_LOCALE_KEY = "dates/locale"  # "" = English as written in the case, "system", "iso" or a locale name

AUTOSAVE_DEFAULT_MS, AUTOSAVE_RANGE_MS = 400, (100, 2000)
BACKUP_INTERVAL_DEFAULT_MIN, BACKUP_INTERVAL_RANGE_MIN = 10, (1, 240)
BACKUP_KEEP_DEFAULT_WEEKS, BACKUP_KEEP_RANGE_WEEKS = 0, (0, 520)
FONT_SIZE_RANGE = (0, 32)


def use_data_folder() -> None:
    """Point every later ``QSettings()`` at <data folder>/settings. Call before creating any.

    Qt's own file dialog keeps its settings with ``QSettings(UserScope, "QtProject")``, which is
    the native format: on Linux that is an ini file too, so it goes to the same folder instead of
    ~/.config (elsewhere the native format is the registry or a plist, and the path is ignored)."""
    folder = str(paths.data_home() / "settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, folder)


def read_int(key: str, default: int, limits: tuple[int, int]) -> int:
    """A whole-number setting, its default when missing or unreadable, kept within ``limits``."""
    try:
        value = int(QSettings().value(key, default))
    except (TypeError, ValueError):
        value = default
    low, high = limits
    return min(max(value, low), high)


def autosave_delay_ms() -> int:
    """How long after typing stops a note is saved."""
    return read_int(AUTOSAVE_KEY, AUTOSAVE_DEFAULT_MS, AUTOSAVE_RANGE_MS)


def backup_interval_s() -> float:
    """How old changes may get before a periodic backup takes them."""
    return 60.0 * read_int(BACKUP_INTERVAL_KEY, BACKUP_INTERVAL_DEFAULT_MIN, BACKUP_INTERVAL_RANGE_MIN)


def backup_keep_weeks() -> int | None:
    """For how many weeks weekly backups are kept; None for ever."""
    return read_int(BACKUP_KEEP_KEY, BACKUP_KEEP_DEFAULT_WEEKS, BACKUP_KEEP_RANGE_WEEKS) or None


def font_size() -> int:
    """The app's font size in points; 0 for the platform's own."""
    return read_int(FONT_SIZE_KEY, 0, FONT_SIZE_RANGE)


def date_locale() -> str:
    """How dates are written: "" (English, as the case writes them), "system", "iso" or a locale name."""
    return str(QSettings().value(DATE_LOCALE_KEY, "") or "")


def files_folder(case: Path | None) -> Path:
    """Where an import or export dialog starts: beside the case; for a case kept in the app's own
    data folder (the bundled case), the folder of the last import or export, else the documents."""
    folder = paths.folder_for_files(case)
    if case is not None and folder == Path(case).resolve().parent:
        return folder
    last = QSettings().value(FILES_FOLDER_KEY, "", type=str)
    return Path(last) if last and Path(last).is_dir() else folder


def remember_files_folder(chosen: Path) -> None:
    """The folder of a file just imported or exported, for the next dialog of a case without a folder of its own."""
    QSettings().setValue(FILES_FOLDER_KEY, str(Path(chosen).resolve().parent))
