"""Where settings go: every QSettings of the app, and Qt's own file dialog's, in the data folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


def test_the_app_settings_are_kept_in_the_data_folder(private_home: Path) -> None:
    assert Path(QSettings().fileName()).is_relative_to(private_home)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="elsewhere Qt's native settings are the registry or a plist")
def test_qts_file_dialog_settings_stay_out_of_the_users_config_folder(private_home: Path) -> None:
    """A trial with CASE_EXPLORER_HOME set found ~/.config/QtProject.conf written by the file dialog."""
    dialog_settings = QSettings(QSettings.Scope.UserScope, "QtProject")  # as QFileDialog opens them
    assert Path(dialog_settings.fileName()).is_relative_to(private_home)
