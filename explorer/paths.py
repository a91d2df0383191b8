"""Where the app's files live: bundled resources and db/ (wheel or source tree) and user data.

Installed from a wheel, ``resources/`` and ``db/`` sit inside the ``explorer`` package; in a
source checkout (editable install, tests) they sit beside it at the top of the repository.
User data (working copies of cases, backups) lives in the platform's data folder, or in
``$CASE_EXPLORER_HOME`` when that is set (tests and portable installs use it).
This module is a leaf: stdlib only, importable from every layer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "case-explorer"
HOME_VARIABLE = "CASE_EXPLORER_HOME"
BUNDLED_CASE = "scale-ai-2025"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled_dir(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the installation is incomplete: no {name}/ folder near {_PACKAGE_DIR}")


def resources_dir() -> Path:
    return _bundled_dir("resources")


def db_dir() -> Path:
    return _bundled_dir("db")


def migrations_dir() -> Path:
    return db_dir() / "migrations"


def bundled_case_json(name: str = BUNDLED_CASE) -> Path:
    return db_dir() / "cases" / f"{name}.json"


def data_home() -> Path:
    """The user's data folder for this app (not created here)."""
    override = os.environ.get(HOME_VARIABLE)
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def cases_dir() -> Path:
    return data_home() / "cases"


def backups_dir() -> Path:
    return data_home() / "backups"


def working_copy(name: str = BUNDLED_CASE) -> Path:
    """Where the bundled case's working copy (with the user's notes) lives."""
    return cases_dir() / f"{name}.case.db"


def folder_for_files(case: Path | None) -> Path:
    """Where file dialogs start for a case: its own folder, except for a case kept in the app's
    data folder (the bundled case's working copy), whose files belong with the user's documents."""
    if case is not None:
        folder = Path(case).resolve().parent
        try:
            folder.relative_to(data_home().resolve())
        except ValueError:
            return folder
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()
