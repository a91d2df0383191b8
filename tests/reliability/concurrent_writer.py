"""One of several programs writing the same case at once, as an app instance does.

    python -m tests.reliability.concurrent_writer CASE LOG NAME STEPS

Each step adds an event (through the undo stack, one transaction) or rewrites this writer's note
(as autosave does). When another program holds the write lock for longer than the busy timeout
the store raises ``BusyError`` (rare here: writes are short); the writer says "busy, retrying" on stderr and tries again, as
the app's autosave does on its next tick. Each committed step is logged (fsync'd) as ``done``,
so the parent can check that every one of them is in the file.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from explorer.core import dates, undo
from explorer.core.casefile import open_case
from explorer.core.database import DEFAULT_BUSY_TIMEOUT_S, BusyError
from explorer.core.models import Event, Note, NoteTarget
from explorer.core.undo import UndoStack
from tests.reliability.crash_child import Log

# The app's own busy timeout. (With 0.5 s, a read outside a transaction, such as the undo stack
# reading the record it replaces, fails with a bare "database is locked" OperationalError while an
# import commits: reads are not turned into BusyError. Reported; the app waits 5 s.)
BUSY_TIMEOUT_S = DEFAULT_BUSY_TIMEOUT_S
PAUSE_S = 0.01  # between writes: far busier than autosave (one a second), yet others get a turn


def main(case: Path, log: Log, name: str, steps: int) -> None:
    store = open_case(case, busy_timeout=BUSY_TIMEOUT_S)
    stack = UndoStack(store)
    retries = 0
    print(f"ready {name}", flush=True)
    for step in range(steps):
        if step % 4 == 3:
            body = f"{name} note, version {step}"
            note = Note(uid=f"note-{name}", target_kind=NoteTarget.CASE, body=body, created="2026-01-01T00:00:00",
                        updated="2026-01-01T00:00:00")
            write, record = (lambda n=note: store.put_note(n)), {"note": note.uid, "body": body}
        else:
            event = Event(uid=f"{name}-{step}", title=f"{name} event {step}", body=f"written by {name} at step {step}",
                          start=dates.PartialDate(2000 + step % 30, 1 + step % 12, 1 + step % 28))
            write, record = (lambda e=event: stack.run(undo.put(store, e, "Add event"))), {"event": event.uid, "title": event.title}
        while True:
            try:
                write()
                break
            except BusyError as exc:
                retries += 1
                print(f"{name}: {exc}; busy, retrying", file=sys.stderr, flush=True)
                time.sleep(0.05)
        log.write(done=step, **record)
        time.sleep(PAUSE_S)
    store.close()
    print(json.dumps({"name": name, "steps": steps, "retries": retries}), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Log(Path(sys.argv[2])), sys.argv[3], int(sys.argv[4]))
