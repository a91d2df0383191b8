"""Notes beyond storage (Qt-free): saving with history, links and backlinks, merging, the case brief.

- ``history``: one save = one transaction that keeps the replaced body as a revision and thins
  old revisions; the thinning rule itself.
- ``links``: the ``[[link]]`` syntax (see ``docs/notes.md``), resolving names, preview Markdown.
- ``backlinks``: the notes that link to an event, entity or relationship.
- ``editing``: undoable operations (an editing session, restore, conflict resolution).
- ``merge`` and ``exchange``: notes from a colleague (notes JSON or another case file).
- ``brief`` and ``brief_markdown``: the case brief as data and as Markdown.
"""
