"""Write a case in one of the export formats; ``casefile.export_case`` puts the file in place."""

from __future__ import annotations

from typing import IO

from explorer.core.interchange import graph_export, native_json, timelinejs_export
from explorer.core.interchange.formats import ExportFormat
from explorer.core.store import CaseStore

SUFFIXES = {
    ExportFormat.NATIVE: ".json", ExportFormat.TIMELINEJS: ".json", ExportFormat.TIMELINEJS_CSV: ".csv",
    ExportFormat.GEXF: ".gexf", ExportFormat.GRAPHML: ".graphml", ExportFormat.CSV: ".csv",
}
DESCRIPTIONS = {
    ExportFormat.NATIVE: "Case Explorer case JSON (everything)",
    ExportFormat.TIMELINEJS: "TimelineJS 3 JSON (title, events, eras)",
    ExportFormat.TIMELINEJS_CSV: "TimelineJS Google Sheets template (CSV)",
    ExportFormat.GEXF: "Relationship network for Gephi, with dates (GEXF 1.3)",
    ExportFormat.GRAPHML: "Relationship network (GraphML)",
    ExportFormat.CSV: "Relationships as a table (CSV)",
}


def write(store: CaseStore, out: IO[str], format: ExportFormat | str = ExportFormat.NATIVE) -> None:
    chosen = ExportFormat(format)
    if chosen is ExportFormat.NATIVE:
        out.write(native_json.case_to_json(store))
    elif chosen is ExportFormat.TIMELINEJS:
        timelinejs_export.write_json(store, out)
    elif chosen is ExportFormat.TIMELINEJS_CSV:
        timelinejs_export.write_sheet(store, out)
    elif chosen is ExportFormat.GEXF:
        graph_export.write_gexf(store, out)
    elif chosen is ExportFormat.GRAPHML:
        graph_export.write_graphml(store, out)
    else:
        graph_export.write_relationships_csv(store, out)
