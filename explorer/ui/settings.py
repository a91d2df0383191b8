"""Where the app keeps its settings (window layout, recent files, theme, lanes).

Settings live as an INI file in the app's data folder, so ``CASE_EXPLORER_HOME`` moves them
along with the working copies and backups (tests get their own; portable installs too).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from explorer import paths


def use_data_folder() -> None:
    """Point every later ``QSettings()`` at <data folder>/settings. Call before creating any."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(paths.data_home() / "settings"))
