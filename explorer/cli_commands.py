"""The headless sub-commands: ``case-explorer new|import|export|info|check|generate …``.

Each exits 0 on success, 1 with a one-line reason, or 2 for a usage error. Only the exports that
draw (slides, brief) load Qt, offscreen (``explorer.cli_exports``). ``explorer.cli`` hands the
rest of the command line to the GUI without importing this module.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from explorer import __version__, cli_exports, cli_notes
from explorer.cli import COMMANDS, PROG
from explorer.cli_args import date_arg, size_arg
from explorer.core import casefile
from explorer.core.check import check_case
from explorer.core.database import BusyError, CaseFileError, ReadOnlyError
from explorer.core.interchange.csv_mapping import CsvKind, CsvOptions
from explorer.core.interchange.formats import ExportFormat, ImportFormat
from explorer.core.interchange.json_reader import ImportFailure
from explorer.core.notes.exchange import export_notes
from explorer.core.store import TABLES, RecordError

_TABLE_LABELS = {
    "entity": "entities", "event": "events", "event_entity": "participations", "relationship": "relationships",
    "event_effect": "event effects", "source": "sources", "citation": "citations", "era": "eras", "note": "notes",
    "note_revision": "note revisions", "note_conflict": "note conflicts", "tour": "tours", "tour_step": "tour steps",
    "entity_position": "pinned places",
}


NOTES = "notes"
EXPORT_FORMATS = (*(f.value for f in ExportFormat), NOTES, cli_exports.SLIDES, *cli_exports.BRIEF_FORMATS)
IMPORT_FORMATS = (*(f.value for f in ImportFormat), NOTES)
EPILOG = f"""examples:
  {PROG} scale.case.db                                  open a case in the app
  {PROG} import events.csv --into my.case.db            import (format recognised by content)
  {PROG} import notes.json --into my.case.db            merge a notes file into a case
  {PROG} export my.case.db --to brief.pdf --format brief-pdf --as-of 2025-06-14
  {PROG} export my.case.db --to talk.pdf --format slides --tour "Important events"
  {PROG} scale.case.db --screenshot graph.png --view relationships --as-of "14 June 2025"
  {PROG} scale.case.db --screenshot slide.png --view presenter --step 3

'{PROG} COMMAND --help' explains a command; '{PROG} CASE --help' the app's options (--screenshot, --view…)."""


class CommandFailed(Exception):
    """A command could not do its job; the message is shown as one line."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Study, annotate and present business case studies.\n"
        f"Run '{PROG} [CASE]' to open the app (the bundled case when no CASE is given).",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    new = commands.add_parser("new", help="create a new, empty case file")
    new.add_argument("path", type=Path, help="the case file to create (e.g. my-case.case.db)")
    new.add_argument("--title", help="the case title (default: the file name)")

    imp = commands.add_parser(
        "import", help="import a file into a case (a new case if PATH does not exist), or merge a notes file",
        description="Import case JSON, TimelineJS JSON (3 or 2), a TimelineJS sheet saved as CSV, a CSV table of "
        "events, entities or relationships, or a notes file (from 'export --format notes'), whose notes are merged into "
        "the existing case. The format is recognised by content; --format overrides it ('--format notes' also merges "
        "just the notes of a case JSON file or of another case file).",
    )
    imp.add_argument("source", type=Path, help="the file to import")
    imp.add_argument("--into", type=Path, required=True, metavar="PATH", help="the case file to import into")
    imp.add_argument("--format", choices=IMPORT_FORMATS, help="the source format (default: recognised by content)")
    table = imp.add_argument_group("CSV tables (--format csv)")
    table.add_argument("--kind", choices=[k.value for k in CsvKind], help="what the rows are (default: guessed from the headers)")
    table.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                       help="the column holding a field, e.g. --map title=Headline --map start=Date (repeatable; "
                       "fields not named are guessed from the headers)")
    order = table.add_mutually_exclusive_group()
    order.add_argument("--day-first", dest="day_first", action="store_true", default=None, help="dates like 03/04/2025 are 3 April")
    order.add_argument("--month-first", dest="day_first", action="store_false", help="dates like 03/04/2025 are 4 March")
    table.add_argument("--delimiter", choices=[",", ";", "tab", "|"], help="the cell separator (default: found from the header row)")
    imp.add_argument("--progress", action="store_true", help="show progress on stderr even when it is not a terminal")

    exp = commands.add_parser(
        "export", help="export a case to a file: case JSON, TimelineJS, network, notes, slides or a brief",
        description="Write a case, or a part of it, in another format. The case itself is never changed, and a "
        "file is replaced only once the new one is complete.",
    )
    exp.add_argument("path", type=Path, help="the case file")
    exp.add_argument("--to", type=Path, required=True, metavar="OUT",
                     help="the file to write (for --format slides: a .pdf file, or a folder for PNG images)")
    exp.add_argument("--format", choices=EXPORT_FORMATS, default=None,
                     help="native (case JSON), timelinejs, timelinejs-csv (the Google Sheets template), gexf or graphml "
                     "(the relationship network), csv (the relationships as a table), notes (every note with its "
                     "history, as JSON), slides (a tour: one PDF page or PNG image a step), brief-md, brief-html or "
                     "brief-pdf (the case brief; Markdown also writes OUT's name + .timeline.png); default native")
    exp.add_argument("--notes-only", action="store_true", help="the same as --format notes")
    brief = exp.add_argument_group("the brief (--format brief-md, brief-html, brief-pdf)")
    brief.add_argument("--as-of", type=date_arg, metavar="DATE",
                       help="show the relationships as they stood on DATE, e.g. 2025-06-14 or '14 June 2025' "
                       "(default: the day of the latest event)")
    slides = exp.add_argument_group("slides (--format slides)")
    slides.add_argument("--tour", metavar="NAME",
                        help="the tour, by title or id (default: the case's default tour); the built-in tours are "
                        "'All events by date' and 'Important events'")
    slides.add_argument("--theme", choices=cli_exports.SLIDE_THEMES, help="the slide theme (default light)")
    slides.add_argument("--size", type=size_arg, metavar="WxH", help="slide size in pixels (default 1920x1080)")
    exp.set_defaults(usage_error=exp.error)

    info = commands.add_parser("info", help="show a case's title, schema version and counts per table")
    info.add_argument("path", type=Path)

    check = commands.add_parser("check", help="check a case file's integrity, schema and search index (changes nothing)")
    check.add_argument("path", type=Path)

    gen = commands.add_parser("generate", help="write a synthetic case of any size (for benchmarks and trying things out)")
    gen.add_argument("path", type=Path, help="the case file to create")
    gen.add_argument("--events", type=_positive, required=True, metavar="N", help="how many events")
    gen.add_argument("--entities", type=_positive, default=200, metavar="M", help="how many entities (default 200)")
    gen.add_argument("--seed", type=int, default=0, metavar="S", help="random seed (default 0); the same seed gives the same case")
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not at least 1")
    return value


def _progress_on_stderr(label: str) -> Callable[[int, int], None]:
    """A progress callback that rewrites one stderr line, only when stderr is a terminal."""
    interactive = sys.stderr.isatty()

    def report(done: int, total: int) -> None:
        if interactive:
            end = "\n" if done >= total else ""
            print(f"\r{label}: {done:,} / {total:,}", end=end, file=sys.stderr, flush=True)

    return report


def _new(args: argparse.Namespace) -> int:
    casefile.new_case(args.path, args.title)
    print(f"created {args.path}")
    return 0


class _PercentOnStderr:
    """A progress callback that rewrites one stderr line with a percentage (terminals, or when forced).

    The line is left open between reports; ``end_line`` ends it, so that what is printed next (an
    error, a note, a traceback after Ctrl+C) starts a line of its own.
    """

    def __init__(self, label: str, force: bool) -> None:
        self.label = label
        self.interactive = force or sys.stderr.isatty()
        self.shown = -1
        self.open = False  # a percentage is on the line and no newline after it yet

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // max(1, total)
        if self.interactive and percent != self.shown:
            self.shown = percent
            self.open = True  # first: Ctrl+C may stop the print after its text is out
            print(f"\r{self.label}: {percent}%", end="", file=sys.stderr, flush=True)
            if done >= total:
                self.end_line()

    def end_line(self) -> None:
        if self.open:
            print(file=sys.stderr, flush=True)
            self.open = False


def _import(args: argparse.Namespace) -> int:
    if args.format == NOTES or (args.format is None and cli_notes.is_notes_file(args.source)):
        print(cli_notes.merge_notes_into(args.source, args.into))
        return 0
    existed = args.into.exists()
    csv_options = CsvOptions(
        kind=CsvKind(args.kind) if args.kind else None, map_options=tuple(args.map), day_first=args.day_first,
        delimiter="\t" if args.delimiter == "tab" else args.delimiter,
    )
    progress = _PercentOnStderr(f"importing {args.source.name}", args.progress)
    try:
        report = casefile.import_into(args.source, args.into, args.format, progress, csv_options)
    finally:  # also on failure, cancel or Ctrl+C: the error starts a line of its own
        progress.end_line()
    print(f"{'merged into' if existed else 'created'} {args.into}: {report.summary()}")
    for remark in report.remarks:
        print(f"note: {remark}")
    return 0


def _export(args: argparse.Namespace) -> int:
    fmt = args.format
    store = casefile.open_case(args.path, readonly=True)
    try:
        if fmt == NOTES:
            count = export_notes(store, args.to)
            print(f"exported {count} note{'s' if count != 1 else ''} of {args.path} to {args.to} (notes)")
        elif fmt == cli_exports.SLIDES:
            size = args.size or (1920, 1080)
            print(cli_exports.export_slides_to(store, args.to, args.tour, size, args.theme or "light"))
        elif fmt in cli_exports.BRIEF_FORMATS:
            print(cli_exports.export_brief_to(store, args.to, fmt, args.as_of))
        else:
            casefile.export_case(store, args.to, fmt)
            print(f"exported {args.path} to {args.to} ({fmt})")
    finally:
        store.close()
    return 0


def _check_export_options(args: argparse.Namespace) -> None:
    """Options that belong to one kind of export are usage errors with another."""
    if args.notes_only:
        if args.format not in (None, NOTES):
            args.usage_error(f"--notes-only writes notes; it cannot be combined with --format {args.format}")
        args.format = NOTES
    args.format = args.format or ExportFormat.NATIVE.value
    if args.as_of is not None and args.format not in cli_exports.BRIEF_FORMATS:
        args.usage_error(f"--as-of is for the brief (--format brief-md, brief-html or brief-pdf), not --format {args.format}")
    for option in ("tour", "theme", "size"):
        if getattr(args, option) is not None and args.format != cli_exports.SLIDES:
            args.usage_error(f"--{option} is for --format slides, not --format {args.format}")


def _info(args: argparse.Namespace) -> int:
    store = casefile.open_case(args.path, readonly=True)
    try:
        print(f"title:          {store.title}")
        print(f"file:           {args.path} ({args.path.stat().st_size:,} bytes)")
        print(f"schema version: {store.schema_version()}")
        for table, count in store.counts().items():
            print(f"{_TABLE_LABELS[table] + ':':<16}{count}")
    finally:
        store.close()
    return 0


def _check(args: argparse.Namespace) -> int:
    report = check_case(args.path)
    for line in report.lines():
        print(line)
    if report.ok:
        print(f"{args.path}: no problems found")
        return 0
    failed = "; ".join(f"{f.name} ({f.detail})" for f in report.findings if not f.ok)
    raise CommandFailed(f"{args.path}: problems found: {failed}")


def _generate(args: argparse.Namespace) -> int:
    from explorer.core.generate import generate_case

    casefile.build_case(
        args.path,
        lambda store: generate_case(store, args.events, args.entities, args.seed, _progress_on_stderr("events written")),
    )
    print(f"created {args.path}: {args.events:,} events, {args.entities:,} entities (seed {args.seed})")
    return 0


_HANDLERS = {"new": _new, "import": _import, "export": _export, "info": _info, "check": _check, "generate": _generate}
assert set(_HANDLERS) == set(COMMANDS) and len(TABLES) == len(_TABLE_LABELS)


def run_command(argv: Sequence[str]) -> int:
    """Run one headless command; print a one-line reason and return 1 when it fails."""
    args = _parser().parse_args(argv)
    if args.command == "export":
        _check_export_options(args)
    try:
        return _HANDLERS[args.command](args)
    except (CaseFileError, ImportFailure, CommandFailed, ReadOnlyError, BusyError, RecordError, ValueError, OSError) as exc:
        message = str(exc) if not isinstance(exc, OSError) or exc.filename is None else f"{exc.filename}: {exc.strerror}"
        print(f"{PROG}: error: {message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # Ctrl+C: one line, not a traceback (an import is one transaction: it is rolled back)
        print(f"{PROG}: stopped by Ctrl+C", file=sys.stderr)
        return 130
