"""The notes panel saving onto a full disk, in a process of its own (offscreen).

    python -m tests.reliability.disk_full_child CASE NOTE_UID OUT.json fsize
    python -m tests.reliability.disk_full_child CASE NOTE_UID OUT.json filler FILLER

``fsize`` caps the size of any file this process writes at the case's current size
(``RLIMIT_FSIZE``, with SIGXFSZ ignored, so a write past it fails with EFBIG as on a full disk);
``filler`` expects the case on a tiny file system that FILLER fills to the last byte. The child
types a long addition into the note, saves (it must fail), records what the user sees, then
frees the space (raises the cap, or deletes FILLER) and saves again. OUT gets the observations.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

ADDITION = "\n\nTyped while the disk was full. " + "Meta, Scale and the question of neutrality. " * 4000  # ~180 KB


def main(case: Path, note_uid: str, out: Path, mode: str, filler: Path | None) -> None:
    app = QApplication(sys.argv[:1])
    from explorer.core.database import open_database
    from explorer.core.store import CaseStore
    from explorer.ui.notes.panel import NotesPanel
    from explorer.ui.session import CaseSession
    from explorer.ui.settings import use_data_folder

    use_data_folder()
    store = CaseStore(open_database(case))
    session = CaseSession(store)
    panel = NotesPanel(session, lambda operation: (session.run(operation, None), True)[1])
    panel.show()
    panel.show_note(note_uid)
    app.processEvents()
    before = store.note(note_uid).body
    failures: list[str] = []
    panel.autosaver.failed.connect(failures.append)

    if mode == "fsize":
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (case.stat().st_size, hard))

    edit = panel.editor.text_edit
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    edit.insertPlainText(ADDITION)  # as typing or a paste arrives: textChanged, the autosave timers start
    typed = edit.toPlainText()
    first = panel.flush()
    app.processEvents()
    seen = {
        "first_save": first,
        "failures": failures[:],
        "state": panel.editor.state.text(),
        "tooltip": panel.editor.problem.toolTip(),  # the problem, in full on its own line
        "problem": panel.editor.problem.text(),
        "kept_in_editor": edit.toPlainText() == typed,
        "dirty": panel.autosaver.dirty,
        "stored_unchanged": store.note(note_uid).body == before,
        "in_transaction": store.conn.in_transaction,
    }
    if mode == "fsize":
        resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
    elif filler is not None:
        filler.unlink()
    seen["second_save"] = panel.flush()
    seen["state_after"] = panel.editor.state.text()
    seen["stored_after"] = store.note(note_uid).body == typed
    panel.shutdown()
    store.close()
    out.write_text(json.dumps(seen), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), sys.argv[4], Path(sys.argv[5]) if len(sys.argv) > 5 else None)
