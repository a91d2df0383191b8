"""Start the GUI: open a case (the bundled one by default) in the main window, or render it
offscreen to a PNG with ``--screenshot`` and exit.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from explorer import __version__, paths

VIEWS = ("main", "timeline")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="case-explorer", description="Open a case in Case Explorer.")
    parser.add_argument("path", nargs="?", type=Path, help="the case file to open (default: the bundled case)")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png", help="render the window to a PNG and exit")
    parser.add_argument("--view", choices=VIEWS, default="main", help="what to render with --screenshot")
    parser.add_argument("--size", default="1600x1000", help="window size for --screenshot, WIDTHxHEIGHT")
    parser.add_argument("--theme", choices=("light", "dark"), help="use this theme for this run (the saved choice is kept)")
    parser.add_argument("--version", action="version", version=f"case-explorer {__version__}")
    return parser


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"case-explorer: error: --size {text!r} is not WIDTHxHEIGHT, e.g. 1600x1000") from None
    if not (200 <= width <= 10000 and 200 <= height <= 10000):
        raise SystemExit(f"case-explorer: error: --size {text!r} is out of range (200 to 10000 pixels)")
    return width, height


def main(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    size = _size(args.size)
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from explorer.core.casefile import ensure_working_copy, open_case
    from explorer.core.database import CaseFileError
    from explorer.ui.main_window import MainWindow
    from explorer.ui.messages import Dialogs
    from explorer.ui.settings import use_data_folder

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Case Explorer")
    app.setApplicationName("case-explorer")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "case-explorer.svg")))
    app.setStyle("Fusion")
    use_data_folder()

    try:
        path = args.path or ensure_working_copy()
        store = open_case(path)
    except CaseFileError as exc:
        if args.screenshot is not None:
            print(f"case-explorer: error: {exc}", file=sys.stderr)
            return 1
        Dialogs.error(None, "Cannot open case", f"The case could not be opened.\n\n{exc}")
        if args.path is None:
            return 1
        store = open_case(ensure_working_copy())  # fall back to the bundled case

    window = MainWindow(store, theme=args.theme)
    if args.screenshot is not None:
        window.remember_layout = False  # a rendering must not change the user's saved layout
        window.resize(*size)
        window.show()
        app.processEvents()
        shown = window.timeline if args.view == "timeline" else window
        ok = shown.grab().save(str(args.screenshot))
        window.close()
        if not ok:
            print(f"case-explorer: error: could not write {args.screenshot}", file=sys.stderr)
            return 1
        print(f"wrote {args.screenshot}")
        return 0
    window.show()
    return app.exec()
