"""The last resort for a note the case cannot take: its text written to a Markdown file.

Used where the editor must let go of text that could not be saved (the desktop session ends
without questions, the user moves to another note while the case is locked or read-only): the
text goes to ``unsaved note <time>.md`` in the folder the case's files go to, else in the app's
data folder, so it is never simply dropped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime

from explorer import paths


def unsaved_note_names() -> list[str]:
    """``unsaved note <time>.md``, then the same with " 2", " 3"… (two rescues in the same second)."""
    stamp = QDateTime.currentDateTime().toString("yyyy-MM-dd HH.mm.ss")
    name = QCoreApplication.translate("NoteRescue", "unsaved note %1").replace("%1", stamp)
    return [f"{name}.md"] + [f"{name} {number}.md" for number in range(2, 10)]


def write_unsaved_note(text: str, case: Path | None) -> Path | None:
    """Write ``text`` to a new file beside the case (else in the data folder), never over another
    file; where it went, or None if no folder would take it."""
    for folder in (paths.folder_for_files(case), paths.data_home()):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        for name in unsaved_note_names():
            try:
                with (folder / name).open("x", encoding="utf-8", newline="\n") as file:
                    file.write(text)
                return folder / name
            except FileExistsError:
                continue
            except OSError:
                break
    return None
