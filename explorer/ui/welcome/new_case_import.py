"""Welcome ▸ Import from TimelineJS or CSV…: a new case made from a file, never a merge into the
case that happens to be open (on a first start, the bundled sample).

The user picks the file (and, for a generic CSV, how to read it), then where to save the new case:
a save dialog in their documents folder (their home folder when there is none), the case named
after the file, never the app's own data folder. The import runs on a worker thread with progress
and Cancel, into a case that appears only when complete (``casefile.import_into`` builds a new
case when the target does not exist); then the window opens it. File ▸ Import still imports into
the open case.

Texts are translated with ``translate("NewCaseImport", "…")``, the literal in the
call, so lupdate files them under the context they are looked up in (a one-argument ``tr()`` helper
of this module's own left them under no context, so they never matched at run time).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from explorer import paths
from explorer.ui.messages import CASE_FILTER

if TYPE_CHECKING:
    from explorer.core.interchange.merge import ImportReport
    from explorer.ui.main_window import MainWindow

translate = QCoreApplication.translate
CASE_SUFFIX = ".case.db"
_MAX_REMARKS = 8


class NewCaseQuestions:
    """The two file dialogs of this import; tests monkeypatch these classmethods."""

    @classmethod
    def source_path(cls, parent: QWidget | None) -> str | None:
        from explorer.ui.dialogs.prompts import IMPORT_FILTER

        title = translate("NewCaseImport", "Import into a new case")
        path, _ = QFileDialog.getOpenFileName(parent, title, str(documents_folder()), IMPORT_FILTER)
        return path or None

    @classmethod
    def target_path(cls, parent: QWidget | None, suggested: Path) -> str | None:
        title = translate("NewCaseImport", "Save the new case as")
        path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), CASE_FILTER)
        if path and not path.endswith(".db"):
            path += CASE_SUFFIX
        return path or None


def documents_folder() -> Path:
    """The user's documents folder, or their home folder; never the app's own data folder."""
    for location in (QStandardPaths.StandardLocation.DocumentsLocation, QStandardPaths.StandardLocation.HomeLocation):
        found = QStandardPaths.writableLocation(location)
        if found and Path(found).is_dir() and not _inside(Path(found), paths.data_home()):
            return Path(found)
    return Path.home()


def _inside(folder: Path, other: Path) -> bool:
    try:
        folder.resolve().relative_to(other.resolve())
    except ValueError:
        return False
    return True


def default_target(source: Path, folder: Path | None = None) -> Path:
    """``<folder>/<the file's name>.case.db``, numbered (" 2", " 3"…) past the names already taken."""
    folder = folder if folder is not None else documents_folder()
    stem = source.name
    for suffix in (".json", ".csv", ".tsv", ".txt", ".case"):
        stem = stem.removesuffix(suffix).removesuffix(suffix.upper())
    stem = stem.strip() or "imported"
    candidate, number = folder / f"{stem}{CASE_SUFFIX}", 2
    while candidate.exists():
        candidate, number = folder / f"{stem} {number}{CASE_SUFFIX}", number + 1
    return candidate


def import_as_new_case(window: MainWindow) -> bool:
    """Ask for a file and where to save a case made from it, import, open it; True if opened."""
    from explorer.core.interchange.formats import ImportFormat, detect
    from explorer.core.interchange.json_reader import ImportFailure
    from explorer.ui.dialogs.prompts import InterchangeDialogs

    chosen = NewCaseQuestions.source_path(window)
    if not chosen:
        return False
    source = Path(chosen)
    csv = None
    try:
        format = detect(source)
        if format is ImportFormat.CSV:
            csv = InterchangeDialogs.csv_options(window, source)
            if csv is None:
                return False
    except ImportFailure as exc:
        InterchangeDialogs.error(window, translate("NewCaseImport", "Import"), str(exc))
        return False
    target = _ask_target(window, source)
    if target is None:
        return False
    report = _run(window, source, target, format.value, csv)
    if report is None:
        return False
    _name_after_its_file(target)
    if not window.open_case_file(target):
        return False
    remarks = report.remarks[:_MAX_REMARKS]
    text = (translate("NewCaseImport", "%1: %2.\n\nThe new case is saved as %3.")
            .replace("%1", source.name).replace("%2", report.summary()).replace("%3", str(target)))
    if remarks:
        more = len(report.remarks) - len(remarks)
        text += "\n\n" + "\n".join(remarks) + (
            translate("NewCaseImport", "\n… and %1 more notes").replace("%1", str(more)) if more else "")
    InterchangeDialogs.info(window, translate("NewCaseImport", "Import finished"), text)
    return True


def _name_after_its_file(target: Path) -> None:
    """A CSV, or a timeline without a title slide, gives the case no title: name it after its file,
    as File ▸ New Case does, rather than "Untitled case"."""
    from explorer.core.casefile import open_case

    store = open_case(target)
    try:
        if not store.meta().get("title"):
            store.set_meta("title", target.name.removesuffix(".db").removesuffix(".case"))
    finally:
        store.close()


def _ask_target(window: QWidget, source: Path) -> Path | None:
    """Where to save the new case; a file that exists is refused (this import never merges or overwrites)."""
    from explorer.ui.dialogs.prompts import InterchangeDialogs

    suggested = default_target(source)
    while True:
        chosen = NewCaseQuestions.target_path(window, suggested)
        if not chosen:
            return None
        target = Path(chosen)
        if not target.exists() and not target.is_symlink():
            return target
        InterchangeDialogs.error(window, translate("NewCaseImport", "Import"), translate(
            "NewCaseImport", "%1 already exists. Choose a new name: a new case never replaces a file "
            "(File ▸ Import adds to the case that is open).").replace("%1", str(target)))
        suggested = default_target(source, target.parent)


def _run(window: QWidget, source: Path, target: Path, format: str, csv: object) -> ImportReport | None:
    """Import on a worker thread with progress and Cancel; the report, or None (said why)."""
    from explorer.core.casefile import import_into
    from explorer.core.database import BusyError, CaseFileError, ReadOnlyError
    from explorer.core.interchange.bulk_events import ImportCancelled
    from explorer.core.interchange.json_reader import ImportFailure
    from explorer.core.store import RecordError
    from explorer.ui.dialogs.prompts import InterchangeDialogs
    from explorer.ui.progress import Cancelled, Progress, run_in_thread

    def work(progress: Progress) -> ImportReport:
        return import_into(source, target, format, progress.report, csv, lambda: progress.stopped)  # type: ignore[arg-type]

    label = translate("NewCaseImport", "Importing %1 into a new case…").replace("%1", source.name)
    try:
        return run_in_thread(window, translate("NewCaseImport", "Import"), label, work)
    except (Cancelled, ImportCancelled):
        InterchangeDialogs.info(window, translate("NewCaseImport", "Import cancelled"),
                                translate("NewCaseImport", "Nothing was imported and no case was made."))
    except (ImportFailure, CaseFileError, ReadOnlyError, BusyError, RecordError, ValueError) as exc:
        InterchangeDialogs.error(window, translate("NewCaseImport", "Import failed"),
                                 str(exc) + "\n\n" + translate("NewCaseImport", "No case was made."))
    except OSError as exc:
        message = f"{exc.filename or source}: {exc.strerror or exc}"
        InterchangeDialogs.error(window, translate("NewCaseImport", "Import failed"),
                                 message + "\n\n" + translate("NewCaseImport", "No case was made."))
    return None
