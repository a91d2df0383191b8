"""Exports that draw with Qt, for the command line: a tour's slides and the case brief.

Qt is imported only here and only when such an export is asked for, with the offscreen platform
unless one is set, so these work without a display. Nothing is left half-written: slides are
made in a temporary folder beside the target and moved into place once all are drawn.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

from explorer.core import dates
from explorer.core.dates import PartialDate
from explorer.core.store import CaseStore
from explorer.headless import use_offscreen

SLIDES = "slides"
BRIEF_FORMATS = ("brief-md", "brief-html", "brief-pdf")
SLIDE_THEMES = ("light", "dark", "contrast")
_STEP_FILE = re.compile(r"step-\d+\.png")


def _cannot_write(out: Path, exc: OSError) -> OSError:
    """The error naming the path asked for, not a temporary one."""
    return OSError(exc.errno, f"cannot be written ({exc.strerror or exc})", str(out))


def _check_target(store: CaseStore, out: Path) -> None:
    if store.db.path is not None and out.resolve() == store.db.path.resolve():
        raise ValueError(f"{out}: refusing to overwrite the case file itself")
    parent = out.resolve().parent
    if not parent.is_dir():
        raise ValueError(f"{out}: cannot be written: the folder {parent} does not exist")


def export_slides_to(store: CaseStore, out: Path, tour: str | None, size: tuple[int, int], theme: str) -> str:
    """A tour's slides as a PDF (``out`` ends in .pdf) or a folder of step-NN.png; one line for people."""
    use_offscreen()
    from explorer.ui.presenter import export_slides
    from explorer.ui.presenter.export import choose_tour, ensure_gui

    pdf = out.suffix.lower() == ".pdf"
    _check_target(store, out)
    if pdf and out.is_dir():
        raise ValueError(f"{out}: is a folder; give a .pdf file, or a folder name without .pdf for PNG images")
    if not pdf and out.exists() and not out.is_dir():
        raise ValueError(f"{out}: is a file; slides go to a .pdf file or to a folder of PNG images")
    ensure_gui()
    chosen = choose_tour(store, tour)  # an unknown tour fails here, before anything is written
    try:
        work = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".partial", dir=out.resolve().parent))
    except OSError as exc:
        raise _cannot_write(out, exc) from None
    try:
        staged = work / ("slides.pdf" if pdf else "slides")
        count = export_slides(store, staged, chosen.uid, size, theme)
        if pdf or not out.exists():
            os.replace(staged, out)
        else:
            _replace_images(staged, out)
    except OSError as exc:
        raise _cannot_write(out, exc) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    what = "a PDF" if pdf else "PNG images"
    return f'exported {count} slide{"s" if count != 1 else ""} of the tour "{chosen.title}" to {out} ({what})'


def _replace_images(staged: Path, out: Path) -> None:
    """Move new step images into an existing folder; older step images beyond the new tour go."""
    written = {image.name for image in staged.iterdir()}
    for name in sorted(written):
        os.replace(staged / name, out / name)
    for old in out.iterdir():
        if _STEP_FILE.fullmatch(old.name) and old.name not in written and old.is_file():
            old.unlink()


def export_brief_to(store: CaseStore, out: Path, fmt: str, as_of: PartialDate | None) -> str:
    """The case brief as Markdown (with a timeline PNG beside it), HTML or PDF; one line for people."""
    use_offscreen()
    from explorer.ui.brief import export_brief

    _check_target(store, out)
    picture = out.with_name(f"{out.stem}.timeline.png")
    picture_existed = picture.exists()
    try:
        written = export_brief(store, out, fmt, as_of)
    except BaseException:
        if fmt == "brief-md" and not picture_existed:
            picture.unlink(missing_ok=True)  # no timeline picture left without its brief
        raise
    extra = f"; also wrote {written[1]}" if len(written) > 1 else ""
    when = f", as of {dates.display(as_of)}" if as_of is not None else ""
    return f"exported the brief of {store.title!r} to {out} ({fmt}{when}{extra})"
