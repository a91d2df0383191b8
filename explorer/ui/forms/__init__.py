"""Forms for editing a case: events, entities, relationships, sources, eras and case details.

Each form is a dialog that builds ONE undoable ``Operation`` from what was entered and hands it
back (``EventForm.ask(...)`` and friends); it never writes to the case itself. ``actions.install``
puts them on the main window's Edit menu.
"""
