"""The process the crash tests kill: it writes to a case as the app does, and logs every step.

    python -m tests.reliability.crash_child edits CASE LOG SEED
    python -m tests.reliability.crash_child migrate CASE LOG BACKUP_DIR
    python -m tests.reliability.crash_child import CASE LOG SOURCE
    python -m tests.reliability.crash_child serve   (then one of the above per line on stdin)

Before each change it appends an ``intent`` line to LOG saying exactly what the changed records
will hold, and after the commit returns a ``done`` line; each line is fsync'd before the next
step, so after a SIGKILL the parent knows every committed change and the one that may have been
interrupted. Edits go through the core's undo stack (one transaction each, like the app); the
first line on stdout, ``ready PID``, tells the parent the work has begun.

``serve`` imports everything once and forks a fresh writer for each command line, so hundreds of
kills do not each pay for starting Python; it reports ``ended PID STATUS`` when one is gone.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
import traceback
from dataclasses import replace
from pathlib import Path

from explorer.core import dates, undo
from explorer.core.casefile import import_into, open_case
from explorer.core.database import open_database
from explorer.core.models import Event, Participant, Role
from explorer.core.undo import UndoStack

ENTITIES = ("scale-ai", "openai", "meta", "google", "microsoft", "xai", "mercor", "alexandr-wang")
State = dict | None  # the expected content of one event, or None: it does not exist


class Log:
    def __init__(self, path: Path) -> None:
        self.handle = path.open("a", encoding="utf-8")

    def write(self, **entry: object) -> None:
        self.handle.write(json.dumps(entry) + "\n")
        self.handle.flush()
        os.fsync(self.handle.fileno())


def state_of(event: Event | None) -> State:
    """What the crash tests compare: every field an edit changes, participants included."""
    if event is None:
        return None
    return {
        "title": event.title, "body": event.body, "start": event.start.iso(), "certainty": str(event.certainty),
        "participants": sorted([p.entity_uid, str(p.role)] for p in event.participants),
    }


def _event(uid: str, version: int, rng: random.Random) -> Event:
    cast = rng.sample(ENTITIES, rng.randint(1, 4))
    return Event(
        uid=uid, title=f"{uid} version {version}", body=f"{uid} body of version {version}\n\n" + "text " * rng.randint(1, 400),
        start=dates.PartialDate(rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28)),
        certainty=rng.choice(("confirmed", "reported", "rumored")),  # type: ignore[arg-type]
        participants=tuple(Participant(entity, rng.choice(tuple(Role))) for entity in cast),
    )


def run_edits(case: Path, log: Log, seed: int) -> None:
    rng = random.Random(seed)
    store = open_case(case)
    stack = UndoStack(store)
    live = [row[0] for row in store.conn.execute("SELECT uid FROM event WHERE uid LIKE 'k%' ORDER BY uid")]
    versions: dict[str, int] = {}
    undoable: list[dict[str, State]] = []  # what each undoable step replaced, newest last
    print(f"ready {os.getpid()}", flush=True)
    for step in range(10**9):
        kind = rng.choices(("add", "batch", "edit", "delete", "undo"), (3, 1, 4, 1, 1))[0]
        if (kind in ("edit", "delete") and not live) or (kind == "undo" and not undoable):
            kind = "add"
        operation, after = _plan(kind, store, live, versions, undoable, rng, f"k{seed}x{step}")
        before = {uid: state_of(store.event(uid)) for uid in after}
        log.write(intent=f"{seed}:{step}", op=kind, after=after)
        if kind == "undo":
            stack.undo()
            undoable.pop()
        else:
            stack.run(operation)  # type: ignore[arg-type]
            undoable.append(before)
        log.write(done=f"{seed}:{step}")
        for uid, state in after.items():
            if state is None and uid in live:
                live.remove(uid)
            elif state is not None and uid not in live:
                live.append(uid)


def _plan(kind: str, store, live: list[str], versions: dict[str, int], undoable: list, rng: random.Random, new_uid: str):
    if kind == "add":
        event = _event(new_uid, 1, rng)
        versions[new_uid] = 1
        return undo.put(store, event, "Add event"), {new_uid: state_of(event)}
    if kind == "batch":
        events = [_event(f"{new_uid}b{n}", 1, rng) for n in range(3)]
        return undo.batch("Add 3 events", [undo.put(store, e) for e in events]), {e.uid: state_of(e) for e in events}
    if kind == "edit":
        uid = rng.choice(live)
        versions[uid] = versions.get(uid, 1) + 1
        fresh = _event(uid, versions[uid], rng)
        edited = replace(store.event(uid), title=fresh.title, body=fresh.body, start=fresh.start,
                         certainty=fresh.certainty, participants=fresh.participants)
        return undo.put(store, edited, "Edit event"), {uid: state_of(edited)}
    if kind == "delete":
        uid = rng.choice(live)
        return undo.delete(store, Event, uid), {uid: None}
    return None, dict(undoable[-1])  # undo: back to what the last step replaced


def run_migrate(case: Path, log: Log, backup_dir: Path) -> None:
    print(f"ready {os.getpid()}", flush=True)
    log.write(intent=0, op="migrate")
    started = time.monotonic()
    db = open_database(case, backup_dir=backup_dir)
    db.close()
    log.write(done=0, seconds=time.monotonic() - started)
    time.sleep(60)  # a kill after the work is done must find it all there


def run_import(case: Path, log: Log, source: Path) -> None:
    print(f"ready {os.getpid()}", flush=True)
    log.write(intent=0, op="import", source=str(source))
    started = time.monotonic()
    report = import_into(source, case)
    log.write(done=0, seconds=time.monotonic() - started, added=dict(report.added))
    time.sleep(60)


def serve() -> None:
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                main(line.split("\t"))
            except BaseException:
                traceback.print_exc()
                os._exit(1)
            os._exit(0)
        _, status = os.waitpid(pid, 0)
        print(f"ended {pid} {status}", flush=True)


def main(argv: list[str]) -> None:
    if argv[0] == "serve":
        serve()
        return
    mode, case, log_path, extra = argv[0], Path(argv[1]), Path(argv[2]), argv[3].rstrip("\n")
    log = Log(log_path)
    if mode == "edits":
        run_edits(case, log, int(extra))
    elif mode == "migrate":
        run_migrate(case, log, Path(extra))
    elif mode == "import":
        run_import(case, log, Path(extra))
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
