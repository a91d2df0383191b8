"""Search off the main thread: one read-only connection, the newest query wins, stale pages are dropped.

Each ``submit`` gets a generation number. A newer one interrupts the statement running on the
reader (``Connection.interrupt``) and the older query's page is never delivered. Pages arrive
through ``page_ready`` on the main thread, carrying the moment their query was submitted, so
"typed → shown" can be measured (``first_page_ms``). A case without a file (in memory) has no
second connection to read from, so its queries run at once on the main connection.

Between searches the worker also reads the categories in use, which takes a full scan (a
quarter of a second at a million events); a search interrupts it and it starts again after.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal

from explorer.core import search
from explorer.core.models import Event
from explorer.core.search import HitKind, SearchHit
from explorer.core.store import CaseStore

PAGE_SIZE = 50
_log = logging.getLogger(__name__)
KIND_ORDER = (HitKind.ENTITY, HitKind.EVENT, HitKind.NOTE)
_JOIN_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class SearchPage:
    """The first page of one query: up to ``PAGE_SIZE`` hits of each kind."""

    generation: int
    text: str
    hits: tuple[SearchHit, ...] = ()
    more: frozenset[HitKind] = frozenset()  # kinds with more matches than the page holds
    events: Mapping[str, Event] = field(default_factory=dict)  # the event hits' records, for filters
    submitted: float = 0.0  # time.perf_counter() when the query was submitted

    def count(self, kind: HitKind) -> int:
        return sum(hit.kind is kind for hit in self.hits)


def run_query(store: CaseStore, text: str, generation: int, submitted: float, page_size: int,
              is_stale: Callable[[], bool] = lambda: False) -> SearchPage | None:
    """Search every kind on ``store``'s connection; None as soon as the query has gone stale."""
    hits: list[SearchHit] = []
    more: set[HitKind] = set()
    for kind in KIND_ORDER:
        if is_stale():
            return None
        found = search.search(store.conn, text, limit=page_size + 1, kinds=(kind,))
        if len(found) > page_size:
            more.add(kind)
        hits.extend(found[:page_size])
    if is_stale():
        return None
    try:
        events = {event.uid: event for event in store.events_by_uid([hit.uid for hit in hits if hit.kind is HitKind.EVENT])}
    except sqlite3.Error:
        events = {}  # interrupted (then stale) or unreadable: the hits show unfiltered
    return SearchPage(generation, text, tuple(hits), frozenset(more), events, submitted)


class _ReaderThread:
    """The thread and its read-only connection; knows nothing of Qt, delivers through callbacks."""

    def __init__(self, reader: CaseStore, page_size: int, deliver: Callable[[SearchPage], None],
                 deliver_categories: Callable[[list[str]], None]) -> None:
        self._reader = reader
        self._page_size = page_size
        self._deliver = deliver
        self._deliver_categories = deliver_categories
        self._lock = threading.Condition()
        self._query: tuple[int, str, float] | None = None  # guarded by _lock, like the fields below
        self._latest = 0
        self._want_categories = False
        self._busy = False
        self._closing = False
        self._thread = threading.Thread(target=self._run, name="search-worker", daemon=True)
        self._thread.start()

    def submit(self, generation: int, text: str, submitted: float) -> None:
        with self._lock:
            self._latest = generation
            self._query = (generation, text, submitted)
            if self._busy:
                # Only ever interrupts the job the thread runs now: a job started after this
                # call resets SQLite's interrupt flag when its first statement steps.
                self._reader.conn.interrupt()
            self._lock.notify()

    def cancel(self, generation: int) -> None:
        """Forget queued and running queries older than ``generation`` without starting one."""
        with self._lock:
            self._latest = generation
            self._query = None
            if self._busy:
                self._reader.conn.interrupt()

    def load_categories(self) -> None:
        with self._lock:
            self._want_categories = True
            self._lock.notify()

    def close(self) -> None:
        with self._lock:
            self._closing = True
            if self._busy:
                self._reader.conn.interrupt()
            self._lock.notify()
        self._thread.join(_JOIN_TIMEOUT_S)
        if not self._thread.is_alive():
            self._reader.close()

    def _stale(self, generation: int) -> bool:
        return self._closing or generation != self._latest  # a plain read of ints and bools: no lock needed

    def _run(self) -> None:
        while True:
            with self._lock:
                while not (self._closing or self._query or self._want_categories):
                    self._lock.wait()
                if self._closing:
                    return
                query, self._query = self._query, None
                if query is None:
                    self._want_categories = False
                self._busy = True
            try:
                if query is not None:
                    self._search(*query)
                else:
                    self._categories()
            finally:
                with self._lock:
                    self._busy = False

    def _search(self, generation: int, text: str, submitted: float) -> None:
        try:
            page = run_query(self._reader, text, generation, submitted, self._page_size, lambda: self._stale(generation))
        except Exception:  # the thread must outlive any failure, or search would stop for the session
            _log.exception("search for %r failed", text)
            page = SearchPage(generation, text, submitted=submitted)
        if page is not None and not self._stale(generation):
            self._deliver(page)

    def _categories(self) -> None:
        try:
            categories = self._reader.categories()
        except sqlite3.OperationalError:
            with self._lock:
                self._want_categories = not self._closing  # interrupted by a search: again afterwards
            return
        except sqlite3.Error:
            _log.exception("the categories could not be read")
            return
        self._deliver_categories(categories)


class SearchWorker(QObject):
    """Runs searches for one case; ``page_ready`` delivers only the newest query's page."""

    page_ready = Signal(object)  # SearchPage
    categories_ready = Signal(object)  # list[str]

    def __init__(self, store: CaseStore, page_size: int = PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._page_size = page_size
        self._generation = 0
        self._thread: _ReaderThread | None = None
        if store.db.path is not None:
            try:
                reader = CaseStore(store.db.open_reader())
            except (sqlite3.Error, OSError):
                reader = None  # e.g. the file went away: search on the main connection instead
            if reader is not None:
                this = weakref.ref(self)
                self._thread = _ReaderThread(
                    reader, page_size, lambda page: _emit(this, "page_ready", page), lambda names: _emit(this, "categories_ready", names)
                )

    @property
    def threaded(self) -> bool:
        return self._thread is not None

    @property
    def generation(self) -> int:
        """The newest query's generation; a page of any other generation is stale."""
        return self._generation

    def submit(self, text: str) -> int:
        """Search for ``text``, cancelling any query still running; returns its generation."""
        self._generation += 1
        submitted = time.perf_counter()
        if search.match_expression(text) is None:  # nothing to look for: answer at once
            if self._thread is not None:
                self._thread.cancel(self._generation)
            self.page_ready.emit(SearchPage(self._generation, text, submitted=submitted))
        elif self._thread is not None:
            self._thread.submit(self._generation, text, submitted)
        else:
            try:
                page = run_query(self._store, text, self._generation, submitted, self._page_size)
            except sqlite3.DatabaseError:
                _log.exception("search for %r failed", text)
                page = SearchPage(self._generation, text, submitted=submitted)
            if page is not None:
                self.page_ready.emit(page)
        return self._generation

    def load_categories(self) -> None:
        """Read the categories in use; ``categories_ready`` delivers them."""
        if self._thread is not None:
            self._thread.load_categories()
        else:
            self.categories_ready.emit(self._store.categories())

    def close(self) -> None:
        """Stop the thread and close its connection; nothing is delivered afterwards."""
        self._generation += 1
        if self._thread is not None:
            self._thread.close()
            self._thread = None


def _emit(worker_ref: weakref.ref[SearchWorker], signal: str, value: object) -> None:
    """Emit from the reader thread; Qt queues it to the worker's (main) thread."""
    worker = worker_ref()
    if worker is None:
        return
    with contextlib.suppress(RuntimeError):  # the Qt side is already gone
        getattr(worker, signal).emit(value)


def first_page_ms(store_path: Path | str, text: str, timeout_s: float = 10.0) -> float:
    """Milliseconds from submitting ``text`` to its first page arriving on the main thread.

    Opens the case read-only and searches through a ``SearchWorker``, the path the search
    panel takes. Needs (or makes) a QCoreApplication; ``inf`` if no page came in time.
    """
    from explorer.core.casefile import open_case

    if QCoreApplication.instance() is None:
        _keep(QCoreApplication([]))
    store = open_case(store_path, readonly=True)
    worker = SearchWorker(store)
    arrived: list[float] = []
    loop = QEventLoop()
    timer = QTimer(singleShot=True, interval=int(timeout_s * 1000))
    timer.timeout.connect(loop.quit)

    def on_page(page: SearchPage) -> None:
        arrived.append((time.perf_counter() - page.submitted) * 1000)
        loop.quit()

    try:
        worker.page_ready.connect(on_page)
        timer.start()
        worker.submit(text)
        if not arrived:
            loop.exec()
        return arrived[0] if arrived else float("inf")
    finally:
        timer.stop()
        worker.close()
        store.close()


_APPS: list[QCoreApplication] = []


def _keep(app: QCoreApplication) -> QCoreApplication:
    _APPS.append(app)  # an application made here must outlive the call
    return app
