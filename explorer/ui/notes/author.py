"""The author name stamped on new notes: QSettings key ``author``, the login name by default."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QSettings

AUTHOR_KEY = "author"


def login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in this environment
        return ""


def author_name() -> str:
    """The name notes are signed with: the one set in Preferences, else the login name."""
    value = QSettings().value(AUTHOR_KEY)
    name = str(value).strip() if value is not None else ""
    return name or login_name()


def set_author_name(name: str) -> None:
    """Remember the name (an empty one goes back to the login name)."""
    settings = QSettings()
    if name.strip():
        settings.setValue(AUTHOR_KEY, " ".join(name.split()))
    else:
        settings.remove(AUTHOR_KEY)
