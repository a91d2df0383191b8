"""The ``case-explorer`` command: headless sub-commands, and hand-off to the GUI for the rest.

``case-explorer new|import|export|info|check|generate …`` run without a display
(``explorer.cli_commands``); ``case-explorer [PATH] [--screenshot …]`` starts the app
(``explorer.app``). This module imports neither until it knows which is wanted, so that a start
handing a file to the running app does not first load the case store and numpy.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

PROG = "case-explorer"
COMMANDS = ("new", "import", "export", "info", "check", "generate")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and (argv[0] in COMMANDS or argv[0] in ("--version", "-h", "--help")):
        from explorer.cli_commands import run_command

        return run_command(argv)
    from explorer import app  # Qt is imported only when the GUI is wanted

    return app.main(argv)
