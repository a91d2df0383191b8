"""An import, ready to write into a case: the one interface casefile, the CLI and the GUI use.

A job is made by reading (and for small files validating) the source; ``write(store)`` then adds
everything in one transaction, so a failure or a cancel anywhere leaves the case as it was.
``StreamedImport`` streams events from a large file straight into the bulk writer while reading
(a large file is read in a worker process, see ``read_worker``, while this one writes);
``CaseDataImport`` writes records already read into memory (native case JSON, entity and
relationship CSV).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from explorer.core.interchange.bulk_events import EventBulkWriter, ImportCancelled
from explorer.core.interchange.case_data import CaseData
from explorer.core.interchange.merge import ImportReport, merge_into
from explorer.core.interchange.read_worker import read_in_worker, worth_a_worker
from explorer.core.store import CaseStore

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
# What is left once the file is read (indexing the last events for search, building the event
# table's indexes) counts as this share of the bar.
_INDEX_SHARE = 0.2
_INDEX_STEPS_PER_EVENT = 0.08  # progress-handler calls (every 10,000 SQLite steps) per event indexed, measured


class ImportJob:
    """Something that can write itself into a case, all or nothing."""

    format_name = ""

    def write(self, store: CaseStore, progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportReport:
        raise NotImplementedError


class CaseDataImport(ImportJob):
    def __init__(self, data: CaseData, format_name: str) -> None:
        self.data = data
        self.format_name = format_name

    def write(self, store: CaseStore, progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportReport:
        def report_progress(done: int, total: int) -> None:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(done, total)

        return merge_into(store, self.data, report_progress)


class StreamedImport(ImportJob):
    """Reads its source while writing: events go to the bulk writer, the rest is merged at the end."""

    def size(self) -> int:
        """How much there is to read, in the units ``read`` reports (bytes or characters)."""
        raise NotImplementedError

    def location(self, key: Any) -> str:
        """Where the event with this key came from (``events[3]``, ``line 12``)."""
        raise NotImplementedError

    def read(self, writer: EventBulkWriter, small: CaseData, tick: Callable[[int], None]) -> None:
        """Add every event to ``writer`` and every other record to ``small``; call ``tick(read so far)``.

        In a worker process ``writer`` is a stand-in that has only ``add`` and ``flush``.
        """
        raise NotImplementedError

    def reads_alone(self) -> bool:
        """Whether ``read`` needs nothing from the case (so it can run in a worker process)."""
        return True

    def write(self, store: CaseStore, progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportReport:
        report = ImportReport()
        small = CaseData()
        reading = max(1, self.size())
        total = int(reading / (1 - _INDEX_SHARE))
        is_cancelled = cancelled or (lambda: False)

        def tick(done: int) -> None:
            if is_cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(min(done, reading), total)

        with store.db.atomic():
            writer = EventBulkWriter(store, report, self.location, is_cancelled)
            try:
                self._write(store, writer, small, tick, report, progress, reading, total)
            except BaseException:
                writer.close()
                raise
        if progress is not None:
            progress(total, total)
        return report

    def _write(
        self, store: CaseStore, writer: EventBulkWriter, small: CaseData, tick: Callable[[int], None], report: ImportReport,
        progress: Progress | None, reading: int, total: int,
    ) -> None:
        if self.reads_alone() and worth_a_worker(reading):
            small.__dict__.update(read_in_worker(self, writer.add_chunk, tick).__dict__)
        else:
            self.read(writer, small, tick)
        writer.flush()
        _combine(report, merge_into(store, small))
        expected_steps = max(1.0, (writer.unindexed + 1) * _INDEX_STEPS_PER_EVENT)

        def indexing(steps: int) -> None:
            if progress is not None:
                share = min(0.99, steps / expected_steps)
                progress(reading + int((total - reading) * share), total)

        writer.finish(indexing)


def _combine(report: ImportReport, other: ImportReport) -> None:
    report.added.update(other.added)
    report.skipped.update(other.skipped)
    report.remarks.extend(other.remarks)
    report.kept_meta.extend(other.kept_meta)
