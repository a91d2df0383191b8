"""Read a large file in a second process while this one writes the case.

Reading and checking a big TimelineJS or CSV file is Python work (decoding, dates, HTML, uids);
writing it is SQLite work. On a machine with two cores both can run at once: a worker process
runs the import job's own ``read`` into a stand-in for the bulk writer that sends each chunk of
checked rows down a pipe, already cut to the columns they need (``bulk_events.shaped``), and
this process inserts chunk after chunk as they arrive. Nothing is checked differently: the same
``read`` runs, only its rows travel (pickled, between two processes of the same program). This
process takes them off the pipe on a thread and holds at most ``INBOX_BYTES`` of them, so the
worker reads on while the writer is busy, waits when it is far behind, and memory stays bounded. A
failure in the worker comes back as the same ImportFailure with its location; cancelling, or any
error here, ends the worker. The worker never opens the case: it has no way to write it.
"""

from __future__ import annotations

import gc
import os
import pickle
import struct
import subprocess
import sys
import tempfile
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from explorer.core.interchange.bulk_events import shaped
from explorer.core.interchange.case_data import CaseData

CHUNK = 20_000  # rows per message, as many as the bulk writer inserts at a time
# Below this size (about 400,000 events) a file is read in this process: at 100,000 events the
# worker measured slower (start-up, pickling, waiting for the first chunk), at 1,000,000 faster.
WORKER_MIN_BYTES = 64 * 1024 * 1024
_BOOT = (
    "import pickle, sys; sys.path[:0] = pickle.load(sys.stdin.buffer); "
    "from explorer.core.interchange.read_worker import serve; serve()"
)
_PROTOCOL = pickle.HIGHEST_PROTOCOL
_FRAME = struct.Struct("<Q")  # each message goes down the pipe as its length, then its pickle
# Messages received and not handled yet, at most: while the writer indexes a batch for search
# (1-2 s at a time) the worker reads on instead of waiting for a full pipe to drain.
INBOX_BYTES = 64 * 1024 * 1024
_MAX_MESSAGE_BYTES = 4 * 1024**3  # a longer "length" is not one: something else wrote to the pipe
# The worker collects cyclic garbage itself, every this many chunks, instead of Python doing it
# every few hundred allocations: reading makes millions of short-lived objects and no cycles to
# speak of (2.5 % fewer instructions reading TimelineJS slides, under callgrind).
COLLECT_EVERY = 10


def worth_a_worker(size: int) -> bool:
    """Whether a file of ``size`` is read in a worker process (more than one core, a large file)."""
    if os.environ.get("CASE_EXPLORER_IMPORT_WORKER", "1") == "0":
        return False
    return size >= WORKER_MIN_BYTES and (os.cpu_count() or 1) > 1


class _ChunkSender:
    """What the job's ``read`` writes to in the worker: rows go out in chunks, progress as it comes."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.chunks = 0
        self.rows: list[tuple] = []
        self.keys: list[Any] = []
        self.participants: list[tuple[int, Sequence[tuple[int, str]]]] = []

    def add(self, row: tuple, key: Any, participants: Sequence[tuple[int, str]] = ()) -> None:
        if participants:
            self.participants.append((len(self.rows), participants))
        self.rows.append(row)
        self.keys.append(key)
        if len(self.rows) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.send(("rows", *shaped(self.rows), self.keys, self.participants))
            self.rows, self.keys, self.participants = [], [], []
            self.chunks += 1
            if not self.chunks % COLLECT_EVERY:
                gc.collect()

    def tick(self, done: int) -> None:
        self.send(("tick", done))

    def send(self, message: tuple) -> None:
        data = pickle.dumps(message, _PROTOCOL)
        self.out.write(_FRAME.pack(len(data)))
        self.out.write(data)
        self.out.flush()


def serve() -> None:
    """The worker's main: read the job from stdin, send its rows, then what else it read, to stdout."""
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but messages on the pipe
    sender = _ChunkSender(out)
    gc.disable()  # see COLLECT_EVERY
    try:
        job = pickle.load(sys.stdin.buffer)
        small = CaseData()
        job.read(sender, small, sender.tick)
        sender.flush()
        sender.send(("done", small))
    except BaseException as exc:  # every failure goes back to the writer, which raises it
        from explorer.core.interchange.json_reader import ImportFailure

        if isinstance(exc, ImportFailure):
            sender.send(("failed", exc))
        else:
            try:
                sender.send(("crashed", traceback.format_exc(), pickle.dumps(exc, _PROTOCOL)))
            except Exception:
                sender.send(("crashed", traceback.format_exc(), None))


class _Inbox:
    """Messages read off the pipe by a thread of their own, held (up to a byte budget) until handled.

    Without it the worker stops whenever the pipe is full, which is whenever this process is busy
    indexing for search; with it the two processes work at once. The thread spends its time in
    ``read`` calls, which release Python's lock.
    """

    def __init__(self, pipe: IO[bytes], budget: int) -> None:
        self._pipe = pipe
        self._budget = budget
        self._items: deque[bytes | None] = deque()
        self._bytes = 0
        self._closed = False
        self.problem = ""  # why the messages stopped, when the pipe carried something else
        self._ready = threading.Condition()
        self._thread = threading.Thread(target=self._receive, name="import-inbox", daemon=True)
        self._thread.start()

    def _receive(self) -> None:
        try:
            while (head := self._pipe.read(_FRAME.size)) and len(head) == _FRAME.size:
                (size,) = _FRAME.unpack(head)
                if size > _MAX_MESSAGE_BYTES:
                    self.problem = f"it wrote something other than its messages ({bytes(head)!r})"
                    break
                data = self._pipe.read(size)
                if len(data) < size or not self._put(data):
                    break
        except (OSError, ValueError):  # the pipe was closed under it: the worker was ended
            pass
        except Exception as exc:  # the import fails with it (see messages), not this thread
            self.problem = f"its messages could not be received ({type(exc).__name__}: {exc})"
        finally:
            self._put(None)  # the end: what was read so far is still handed out first

    def _put(self, item: bytes | None) -> bool:
        with self._ready:
            while item is not None and self._bytes >= self._budget and not self._closed:
                self._ready.wait()
            if self._closed:
                return False
            self._items.append(item)
            self._bytes += len(item) if item is not None else 0
            self._ready.notify_all()
            return True

    def get(self) -> bytes | None:
        """The next message's pickle, waiting for it; None once the pipe has ended."""
        with self._ready:
            while not self._items:
                self._ready.wait()
            item = self._items.popleft()
            self._bytes -= len(item) if item is not None else 0
            self._ready.notify_all()
            return item

    def close(self) -> None:
        """Stop holding messages and let the thread end (it does once the pipe is at its end)."""
        with self._ready:
            self._closed = True
            self._items.clear()
            self._ready.notify_all()
        self._thread.join(timeout=5)  # a daemon: were anything else to hold the pipe open, it is left behind


class ReadWorker:
    """A worker process reading ``job``; iterate ``messages()``, and close it (``with``) in any case."""

    def __init__(self, job: object) -> None:
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115 - closed in close(), with the process
        self.process = subprocess.Popen(
            [sys.executable, "-I", "-c", _BOOT], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._errors,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self._inbox = _Inbox(self.process.stdout, INBOX_BYTES)
        try:
            pickle.dump([p for p in sys.path if p], self.process.stdin, _PROTOCOL)
            pickle.dump(job, self.process.stdin, _PROTOCOL)
            self.process.stdin.close()
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> ReadWorker:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def messages(self) -> Iterator[tuple]:
        """("rows", columns, rows, keys, participants), ("tick", done)…, then ("done", CaseData); failures are raised."""
        while True:
            data = self._inbox.get()
            if data is None:
                if self._inbox.problem:  # the worker may still be writing: nobody reads its pipe now
                    self.process.kill()
                self.process.wait()
                self._errors.seek(0)
                detail = self._errors.read().decode("utf-8", "replace").strip()[-2000:]
                if self._inbox.problem:
                    raise RuntimeError(f"the reading process failed: {self._inbox.problem}" + (f"; {detail}" if detail else ""))
                raise RuntimeError(f"the reading process ended unexpectedly (exit code {self.process.returncode})"
                                   + (f": {detail}" if detail else ""))
            message = pickle.loads(data)
            kind = message[0]
            if kind == "failed":
                raise message[1]
            if kind == "crashed":
                error = pickle.loads(message[2]) if message[2] is not None else None
                if isinstance(error, BaseException):
                    raise error from RuntimeError(f"in the reading process:\n{message[1]}")
                raise RuntimeError(f"the reading process failed:\n{message[1]}")
            yield message
            if kind == "done":
                return

    def close(self) -> None:
        """End the worker (it is killed if it is still reading) and wait for it."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self._inbox.close()  # its thread sees the pipe's end (the process is gone) and stops
        if self.process.stdout is not None:
            self.process.stdout.close()
        self._errors.close()


def read_in_worker(
    job: object, add_chunk: Callable[[tuple[int, ...], list[tuple], list[Any], list], None], tick: Callable[[int], None],
) -> CaseData:
    """Run ``job.read`` in a worker; hand each chunk of rows to ``add_chunk``; what else it read."""
    with ReadWorker(job) as worker:
        for message in worker.messages():
            if message[0] == "rows":
                add_chunk(*message[1:])
            elif message[0] == "tick":
                tick(message[1])
            else:
                return message[1]
    raise AssertionError("unreachable")
