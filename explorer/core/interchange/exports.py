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
# the name a file of each format gets by default (case name + ending): no two formats share one,
# so exporting a case as case JSON and as TimelineJS JSON with the defaults keeps both files
DEFAULT_ENDINGS = {
    ExportFormat.NATIVE: ".json", ExportFormat.TIMELINEJS: ".timeline.json", ExportFormat.TIMELINEJS_CSV: ".timeline.csv",
    ExportFormat.GEXF: ".gexf", ExportFormat.GRAPHML: ".graphml", ExportFormat.CSV: ".relationships.csv",
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
