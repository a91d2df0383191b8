"""What a TimelineJS export (JSON or the sheet CSV) leaves out of a case, counted, in words.

TimelineJS has a place for the title, events (dates, text, media, category) and eras only; see
``interchange.timelinejs_export``. After such an export the "finished" message says what of the
case did not go into the file, so nobody mistakes it for a copy of the case. ``left_out`` counts
(read-only, on the export's own connection and thread); ``left_out_text`` words the counts.

The sheet's Time holds whole tenths of a second at most (as TimelineJS reads it), so the sheet
also leaves out the milliseconds of dates whose milliseconds are not whole tenths
(``timelinejs_dates.sheet_milliseconds_lost``): counted as dates, events' and eras' starts and ends.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from explorer.core.interchange.formats import ExportFormat
from explorer.core.store import CaseStore

TIMELINE_FORMATS = frozenset({ExportFormat.TIMELINEJS, ExportFormat.TIMELINEJS_CSV})

# what each count is, as SQL over the case (fixed strings, no user input)
_COUNTS = {
    "certainty": "SELECT count(*) FROM event WHERE certainty <> 'confirmed'",
    "importance": "SELECT count(*) FROM event WHERE importance <> 2",
    "participants": "SELECT count(DISTINCT event_id) FROM event_entity",
    "entities": "SELECT count(*) FROM entity",
    "relationships": "SELECT count(*) FROM relationship",
    "sources": "SELECT count(*) FROM source",
    "notes": "SELECT count(*) FROM note",
    "tours": "SELECT count(*) FROM tour",
    "public_dates": "SELECT count(*) FROM event WHERE reported_at IS NOT NULL AND reported_at <> ''",
    "era_colours": "SELECT count(*) FROM era WHERE color IS NOT NULL AND color <> ''",
}
# only the sheet: dates whose milliseconds are not whole tenths (ISO text ``…:05.250``; no other part has a point)
_LOST_MILLISECONDS = " + ".join(
    f"(SELECT count(*) FROM {table} WHERE instr({column}, '.') AND substr({column}, -2) <> '00')"
    for table in ("event", "era") for column in ("start", '"end"')
)
_SHEET_COUNTS = {"milliseconds": f"SELECT {_LOST_MILLISECONDS}"}


def left_out(store: CaseStore, format: ExportFormat | str) -> dict[str, int]:
    """How much of each thing ``format`` has no place for the case holds (only those it holds)."""
    chosen = ExportFormat(format)
    if chosen not in TIMELINE_FORMATS:
        return {}
    queries = _COUNTS | (_SHEET_COUNTS if chosen is ExportFormat.TIMELINEJS_CSV else {})
    counts = {name: store.conn.execute(sql).fetchone()[0] for name, sql in queries.items()}
    return {name: count for name, count in counts.items() if count}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


_CONTEXT = "ExportLosses"
_WORDS = {  # one, many (%1: the number)
    "certainty": (QT_TRANSLATE_NOOP("ExportLosses", "the certainty of 1 event"),
                  QT_TRANSLATE_NOOP("ExportLosses", "the certainty of %1 events")),
    "importance": (QT_TRANSLATE_NOOP("ExportLosses", "the importance of 1 event"),
                   QT_TRANSLATE_NOOP("ExportLosses", "the importance of %1 events")),
    "participants": (QT_TRANSLATE_NOOP("ExportLosses", "the participants of 1 event"),
                     QT_TRANSLATE_NOOP("ExportLosses", "the participants of %1 events")),
    "entities": (QT_TRANSLATE_NOOP("ExportLosses", "1 entity"), QT_TRANSLATE_NOOP("ExportLosses", "%1 entities")),
    "relationships": (QT_TRANSLATE_NOOP("ExportLosses", "1 relationship"), QT_TRANSLATE_NOOP("ExportLosses", "%1 relationships")),
    "sources": (QT_TRANSLATE_NOOP("ExportLosses", "1 source"), QT_TRANSLATE_NOOP("ExportLosses", "%1 sources")),
    "notes": (QT_TRANSLATE_NOOP("ExportLosses", "1 note"), QT_TRANSLATE_NOOP("ExportLosses", "%1 notes")),
    "tours": (QT_TRANSLATE_NOOP("ExportLosses", "1 tour"), QT_TRANSLATE_NOOP("ExportLosses", "%1 tours")),
    "public_dates": (QT_TRANSLATE_NOOP("ExportLosses", "when 1 event became public"),
                     QT_TRANSLATE_NOOP("ExportLosses", "when %1 events became public")),
    "era_colours": (QT_TRANSLATE_NOOP("ExportLosses", "the colour of 1 era"),
                    QT_TRANSLATE_NOOP("ExportLosses", "the colours of %1 eras")),
    "milliseconds": (QT_TRANSLATE_NOOP("ExportLosses", "the milliseconds of 1 date"),
                     QT_TRANSLATE_NOOP("ExportLosses", "the milliseconds of %1 dates")),
}


def _words(name: str, count: int) -> str:
    one, many = _WORDS[name]
    return _tr(one) if count == 1 else _tr(many).replace("%1", f"{count:,}")


def left_out_text(counts: dict[str, int]) -> str:
    """"Not in this format: the certainty of 3 events, 12 relationships, 4 notes." and how to keep
    everything; "" when nothing was left out."""
    if not counts:
        return ""
    listed = ", ".join(_words(name, count) for name, count in counts.items())
    lines = [QCoreApplication.translate("ExportLosses", "Not in this format: %1.").replace("%1", listed)]
    if "certainty" in counts:
        lines.append(QCoreApplication.translate("ExportLosses", "Rumoured, denied and other uncertain events read as plain events there."))
    lines.append(QCoreApplication.translate("ExportLosses", "To keep everything, export as case JSON."))
    return "\n".join(lines)
