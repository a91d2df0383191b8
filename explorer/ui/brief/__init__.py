"""The case brief rendered with Qt: HTML and PDF (QTextDocument + QPdfWriter), with a timeline picture.

``export_brief(store, path, fmt, as_of)`` writes ``brief-md``, ``brief-html`` or ``brief-pdf``;
the data and the Markdown come from ``explorer.core.notes.brief``.
"""

from explorer.ui.brief.export import BriefFormat, export_brief

__all__ = ["BriefFormat", "export_brief"]
