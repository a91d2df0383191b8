"""Keeping a case safe from the main window: automatic backups, File ▸ Restore from Backup…
and Help ▸ Check Case…; ``attach(window)`` wires all of it into a main window."""

from explorer.ui.maintenance.wiring import Maintenance, attach

__all__ = ["Maintenance", "attach"]
