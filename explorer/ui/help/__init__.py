"""The Help menu: Welcome, User Guide, Keyboard Shortcuts and About (Check Case comes from
``explorer.ui.maintenance``). ``attach(window)`` fills ``window.help_menu``; ``window.help`` is
the ``HelpActions`` holding the actions and the dialogs they open."""

from explorer.ui.help.wiring import HelpActions, attach

__all__ = ["HelpActions", "attach"]
