"""The command line: headless sub-commands, and hand-off to the GUI for everything else.

``case-explorer new|import|export|info|check …`` run without Qt and exit 0 on success or 1 with
a one-line reason; ``case-explorer [PATH] [--screenshot …]`` starts the app (``explorer.app``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from explorer import __version__
from explorer.core import casefile
from explorer.core.check import check_case
from explorer.core.database import CaseFileError, ReadOnlyError
from explorer.core.interchange.csv_mapping import CsvKind, CsvOptions
from explorer.core.interchange.formats import ExportFormat, ImportFormat
from explorer.core.interchange.json_reader import ImportFailure
from explorer.core.store import TABLES, RecordError

PROG = "case-explorer"
COMMANDS = ("new", "import", "export", "info", "check", "generate")
_TABLE_LABELS = {
    "entity": "entities", "event": "events", "event_entity": "participations", "relationship": "relationships",
    "event_effect": "event effects", "source": "sources", "citation": "citations", "era": "eras", "note": "notes",
    "note_revision": "note revisions", "note_conflict": "note conflicts", "tour": "tours", "tour_step": "tour steps",
    "entity_position": "pinned places",
}


class CommandFailed(Exception):
    """A command could not do its job; the message is shown as one line."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Study, annotate and present business case studies. "
        f"Run '{PROG} [CASE]' to open the app (the bundled case when no CASE is given).",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    new = commands.add_parser("new", help="create a new, empty case file")
    new.add_argument("path", type=Path, help="the case file to create (e.g. my-case.case.db)")
    new.add_argument("--title", help="the case title (default: the file name)")

    imp = commands.add_parser(
        "import", help="import a file into a case (a new case if PATH does not exist)",
        description="Import case JSON, TimelineJS JSON (3 or 2), a TimelineJS sheet saved as CSV, or a CSV table of "
        "events, entities or relationships. The format is recognised by content; --format overrides it.",
    )
    imp.add_argument("source", type=Path, help="the file to import")
    imp.add_argument("--into", type=Path, required=True, metavar="PATH", help="the case file to import into")
    imp.add_argument("--format", choices=[f.value for f in ImportFormat], help="the source format (default: recognised by content)")
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

    exp = commands.add_parser("export", help="export a case to a file")
    exp.add_argument("path", type=Path, help="the case file")
    exp.add_argument("--to", type=Path, required=True, metavar="OUT", help="the file to write")
    exp.add_argument("--format", choices=[f.value for f in ExportFormat], default="native",
                     help="native (case JSON), timelinejs, timelinejs-csv (the Google Sheets template), gexf or graphml "
                     "(the relationship network) or csv (the relationships as a table); default native")

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


def _percent_on_stderr(label: str, force: bool) -> Callable[[int, int], None]:
    """A progress callback that rewrites one stderr line with a percentage (terminals, or when forced)."""
    interactive = force or sys.stderr.isatty()
    shown = -1

    def report(done: int, total: int) -> None:
        nonlocal shown
        percent = 100 * done // max(1, total)
        if interactive and percent != shown:
            shown = percent
            print(f"\r{label}: {percent}%", end="\n" if done >= total else "", file=sys.stderr, flush=True)

    return report


def _import(args: argparse.Namespace) -> int:
    existed = args.into.exists()
    csv_options = CsvOptions(
        kind=CsvKind(args.kind) if args.kind else None, map_options=tuple(args.map), day_first=args.day_first,
        delimiter="\t" if args.delimiter == "tab" else args.delimiter,
    )
    progress = _percent_on_stderr(f"importing {args.source.name}", args.progress)
    report = casefile.import_into(args.source, args.into, args.format, progress, csv_options)
    print(f"{'merged into' if existed else 'created'} {args.into}: {report.summary()}")
    for remark in report.remarks:
        print(f"note: {remark}")
    return 0


def _export(args: argparse.Namespace) -> int:
    store = casefile.open_case(args.path, readonly=True)
    try:
        casefile.export_case(store, args.to, args.format)
    finally:
        store.close()
    print(f"exported {args.path} to {args.to} ({args.format})")
    return 0


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
    try:
        return _HANDLERS[args.command](args)
    except (CaseFileError, ImportFailure, CommandFailed, ReadOnlyError, RecordError, ValueError, OSError) as exc:
        message = str(exc) if not isinstance(exc, OSError) or exc.filename is None else f"{exc.filename}: {exc.strerror}"
        print(f"{PROG}: error: {message}", file=sys.stderr)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and (argv[0] in COMMANDS or argv[0] in ("--version", "-h", "--help")):
        return run_command(argv)
    from explorer import app  # Qt is imported only when the GUI is wanted

    return app.main(argv)
