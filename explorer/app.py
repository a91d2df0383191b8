"""Start the GUI: open a case (the bundled one by default) in the main window, or render a view
of it offscreen to a PNG with ``--screenshot`` and exit (``explorer.screenshot``).

Started without a case, the app reopens the case that was open last (the first recent file), or
the bundled case the first time or when that file is gone; on the first run (or when the user
asked for it) the welcome page comes up over it. A start with a case while the app already runs hands the case to the
running app (``explorer.single_instance``) unless ``--new-instance`` is given.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from explorer import __version__, pyqtgraph_import, pyside_import
from explorer.cli_args import date_arg, size_arg, step_arg

if TYPE_CHECKING:
    from explorer.core.store import CaseStore

VIEWS = ("main", "timeline", "relationships", "presenter")
EPILOG = """examples:
  case-explorer my.case.db --screenshot main.png --theme dark
  case-explorer my.case.db --screenshot graph.png --view relationships --as-of "14 June 2025" --known
  case-explorer my.case.db --screenshot slide.png --view presenter --step 3 --tour "Important events"

'case-explorer --help' lists the commands (new, import, export, info, check, generate)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="case-explorer", description="Open a case in Case Explorer, or render a view of it to a PNG.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("path", nargs="?", type=Path, help="the case file to open (default: the bundled case)")
    parser.add_argument("--new-instance", action="store_true",
                        help="start a separate app even when one is running (normally the running app opens the case)")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png", help="render a view to a PNG (no window shown) and exit")
    parser.add_argument("--view", choices=VIEWS, default="main",
                        help="what --screenshot renders: main (the whole window), timeline, relationships (the graph on "
                        "a date) or presenter (one slide); default main")
    parser.add_argument("--size", type=size_arg, default=(1600, 1000), metavar="WxH",
                        help="the picture's size in pixels for --screenshot (default 1600x1000)")
    parser.add_argument("--theme", choices=("light", "dark", "contrast"),
                        help="use this theme for this run (the saved choice is kept); contrast is the high-contrast theme")
    graph = parser.add_argument_group("--view relationships")
    graph.add_argument("--as-of", type=date_arg, metavar="DATE",
                       help="the date of the graph, e.g. 2025-06-14, '14 June 2025' or 'June 2025' (its first day); "
                       "default: the day of the latest event")
    graph.add_argument("--known", action="store_true", help="as publicly known on that date, not as it happened")
    slides = parser.add_argument_group("--view presenter")
    slides.add_argument("--step", type=step_arg, metavar="N", help="the step to show, counted from 1 (default 1)")
    slides.add_argument("--tour", metavar="NAME", help="the tour, by title or id (default: the case's default tour)")
    parser.add_argument("--version", action="version", version=f"case-explorer {__version__}")
    return parser


def _check_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """View options with the wrong view, or without --screenshot, are usage errors."""
    for view, options in (("relationships", ("as_of", "known")), ("presenter", ("step", "tour"))):
        for option in options:
            if getattr(args, option) not in (None, False):
                flag = "--" + option.replace("_", "-")
                if args.screenshot is None:
                    parser.error(f"{flag} is for --screenshot --view {view}")
                if args.view != view:
                    parser.error(f"{flag} is for --view {view}, not --view {args.view}")
    if args.view != "main" and args.screenshot is None:
        parser.error(f"--view {args.view} is for --screenshot OUT.png")


def main(argv: Sequence[str]) -> int:
    parser = _parser()
    args = parser.parse_args(list(argv))
    _check_options(parser, args)
    pyside_import.import_pyside()  # first: every module imported after PySide6 costs less
    if args.screenshot is None and not args.new_instance:  # first of all: the running app may take the file
        from explorer import single_instance

        if single_instance.send_to_running(args.path):
            print("case-explorer: the running Case Explorer opens it" if args.path else "case-explorer: already running")
            return 0
    pyqtgraph_import.import_pyqtgraph()  # before any panel: only the Qt classes the app uses are made
    size = args.size
    if args.screenshot is not None:
        from explorer.headless import use_offscreen

        use_offscreen()

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from explorer import single_instance
    from explorer.ui import app_theme, translation
    from explorer.ui.app_icon import app_icon
    from explorer.ui.cycle_collector import collect_on_event_loop
    from explorer.ui.settings import use_data_folder

    # Qt 6 scales for high-DPI screens by itself (no AA_EnableHighDpiScaling needed); pass
    # fractional scale factors (e.g. 150 %) through unrounded so text and icons stay crisp.
    if QApplication.instance() is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Case Explorer")
    app.setApplicationName("case-explorer")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("case-explorer")  # Wayland/X11 match the window to case-explorer.desktop
    app.setWindowIcon(app_icon())
    app_theme.use_theme_style(app)  # Fusion, with on/off states that read in every theme
    collect_on_event_loop(app)  # cycles collected on the event loop, never inside a Qt call (see cycle_collector)
    use_data_folder()
    translation.install(app)
    from explorer.core.casefile import ensure_working_copy, open_case
    from explorer.core.database import CaseFileError
    from explorer.ui.main_window import MainWindow

    path = args.path
    try:
        if path is None:  # a picture is of the bundled case; the app reopens the case last open
            path = (None if args.screenshot is not None else last_case()) or ensure_working_copy()
        store = open_case(path)
    except CaseFileError as exc:
        if args.screenshot is not None:
            print(f"case-explorer: error: {exc}", file=sys.stderr)
            return 1
        store = _open_instead(path, exc, args.theme)
        if store is None:
            return 1

    if args.screenshot is not None:
        return _screenshot(store, args, size)
    from explorer.ui import error_hook

    error_hook.install()  # an error no panel handled is shown, not only printed
    window = MainWindow(store, theme=args.theme)
    window.fit_to_screen()
    window.show()
    server = None if args.new_instance else single_instance.serve(window.open_case_file, window.bring_to_front)
    if args.path is None:
        from explorer.ui.welcome import should_show_at_start

        if should_show_at_start():
            window.help.show_welcome()
    code = app.exec()
    if server is not None:
        server.close()
    return code


def _open_instead(path: Path | str, error: Exception, theme: str | None) -> CaseStore | None:
    """The case that could not be opened is named with the reason, and the app goes on with the
    case open last time (or the bundled one), saying which; None when none of them opens."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from explorer.core.casefile import ensure_working_copy, open_case
    from explorer.core.database import CaseFileError
    from explorer.ui import app_theme
    from explorer.ui.messages import Dialogs

    app_theme.apply(theme or str(QSettings().value("theme", "system")))  # the message in the user's theme
    failed = Path(path).resolve()
    message = QCoreApplication.translate("app", "The case could not be opened.") + f"\n\n{error}"
    if failed.suffix.lower() in (".json", ".csv"):
        message += "\n\n" + QCoreApplication.translate(
            "app", "To bring a TimelineJS or CSV file in, use File ▸ Import… (Ctrl+Shift+I) or Welcome ▸ Import.")
    for candidate in (last_case(), None):  # None: the bundled case
        try:
            target = candidate or ensure_working_copy()
            if target.resolve() == failed:
                continue
            store = open_case(target)
        except CaseFileError:
            continue
        message += "\n\n" + QCoreApplication.translate("app", "Case Explorer opens %1 instead.").replace("%1", target.name)
        Dialogs.error(None, QCoreApplication.translate("app", "Cannot open case"), message)
        return store
    Dialogs.error(None, QCoreApplication.translate("app", "Cannot open case"), message)
    return None


def last_case() -> Path | None:
    """The case open when the app last closed (the first of the recent files), if it still exists."""
    from PySide6.QtCore import QSettings

    from explorer.ui.recent_files import RecentFiles

    recent = RecentFiles(QSettings()).paths()
    return recent[0] if recent else None


def _screenshot(store: CaseStore, args: argparse.Namespace, size: tuple[int, int]) -> int:
    """Render the view asked for and write the PNG; 0, or 1 after one line on stderr."""
    from PySide6.QtWidgets import QApplication

    from explorer.screenshot import grab_timeline_alone, render_presenter_step, render_relationships_on, save_png
    from explorer.ui.main_window import MainWindow

    note = ""
    try:
        if args.view == "relationships":
            picture = render_relationships_on(store, size, args.theme, args.as_of, args.known)
        elif args.view == "presenter":  # an unknown tour is a ValueError, a step past the end an IndexError
            picture = render_presenter_step(store, size, args.theme, args.step or 1, args.tour)
        else:
            window = MainWindow(store, theme=args.theme, automatic_backups=False)  # a picture is no reason for a backup
            window.remember_layout = False  # a rendering must not change the user's saved layout
            if args.view == "timeline":  # the timeline alone at the size asked for, not what the docks leave it
                picture = grab_timeline_alone(window, size)
                drawn, why = picture.deviceIndependentSize().toSize(), "the timeline would not shrink to {}"
            else:
                window.resize(*size)
                window.show()
                QApplication.processEvents()
                picture = window.grab()
                drawn, why = window.size(), "the window would not shrink to {} with its panels"
            window.close()
            if (drawn.width(), drawn.height()) != size:
                note = f" ({drawn.width()}x{drawn.height()}: {why.format(f'{size[0]}x{size[1]}')})"
        save_png(picture, args.screenshot)
    except (ValueError, IndexError, OSError) as exc:
        message = str(exc) if not isinstance(exc, OSError) or exc.filename is None else f"{exc.filename}: {exc.strerror}"
        print(f"case-explorer: error: {message}", file=sys.stderr)
        return 1
    print(f"wrote {args.screenshot}{note}")
    return 0
