"""A child process for the kill test: the real notes panel, offscreen, typing into a note until killed.

    python notes_typist.py CASE NOTE_UID LOG SEED

It opens the case (recovering it if the last run was killed mid-write), shows the ``NotesPanel``
offscreen on the note, puts the cursor at the end and "types" with real key events at a human,
uneven pace: bursts of keystrokes 15–120 ms apart, pauses of 0.5–1.6 s, words and new lines.
After each keystroke reaches the editor it appends ``<unix time> <code point>`` to LOG with one
unbuffered write, so the parent knows what was typed when. The panel autosaves exactly as in the
app; "SAVING" and "SAVED <ms>" lines on stdout let the parent aim kills into a transaction.
"""

from __future__ import annotations

import os
import random
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

WORDS = ("neutral", "supplier", "stake", "board", "seat", "trust", "data", "labs", "Meta", "Scale", "49%", "vote", "risk", "é", "—")


class Typist:
    def __init__(self, panel: object, log_path: str, seed: int) -> None:
        self.panel = panel
        self.edit = panel.editor.text_edit
        self.random = random.Random(seed)
        self.log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self.pending = ""
        self.timer = QTimer(singleShot=True)
        self.timer.timeout.connect(self.type_one)

    def next_chunk(self) -> str:
        roll = self.random.random()
        if roll < 0.08:
            return "\n"
        word = self.random.choice(WORDS)
        return word + ("." if roll > 0.9 else "") + " "

    def type_one(self) -> None:
        if not self.pending:
            self.pending = self.next_chunk()
        char, self.pending = self.pending[0], self.pending[1:]
        if char == "\n":
            QTest.keyClick(self.edit, Qt.Key.Key_Return)
        else:  # a key event carrying the character, as a keyboard layout would send it (QTest knows only ASCII)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(self.edit, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
        os.write(self.log, f"{time.time():.6f} {ord(char)}\n".encode("ascii"))
        pause = self.random.random() < 0.03
        self.timer.start(int(self.random.uniform(500, 1600) if pause else self.random.uniform(15, 120)))


def main(case_path: str, note_uid: str, log_path: str, seed: int) -> int:
    app = QApplication(sys.argv[:1])
    from explorer.core.database import open_database
    from explorer.core.store import CaseStore
    from explorer.ui.notes.panel import NotesPanel
    from explorer.ui.session import CaseSession
    from explorer.ui.settings import use_data_folder

    use_data_folder()
    store = CaseStore(open_database(case_path))  # what open_case does, without importing every file format
    session = CaseSession(store)

    def run(operation: object) -> bool:
        session.run(operation, None)
        return True

    panel = NotesPanel(session, run)
    panel.resize(420, 640)
    panel.show()
    panel.show_note(note_uid)
    edit = panel.editor.text_edit
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    started: list[float] = []
    panel.autosaver.saving.connect(lambda _uid: (started.append(time.perf_counter()), print("SAVING", flush=True)))
    panel.autosaver.saved.connect(lambda _note: print(f"SAVED {1000 * (time.perf_counter() - started[-1]):.1f}", flush=True))
    typist = Typist(panel, log_path, seed)
    print("READY", flush=True)
    typist.timer.start(0)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))
