"""Qt fixtures for the reliability UI tests: the same main window and leak check as tests/ui."""

from tests.ui.conftest import main_window, no_leaked_windows, private_settings  # noqa: F401
