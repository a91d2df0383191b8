"""First run: the welcome page (open the bundled case, a file, a new case, an import, a recent
case) and a short guided walkthrough of the panels; Help ▸ Welcome brings the page back.

- ``should_show_at_start()`` / ``mark_shown()``: the first start, or when the user asked for it.
- ``WelcomeDialog(window)``: the page; its choices act on the main window.
- ``Walkthrough(window)``: the guided steps over the main window (Esc or Skip ends it).
"""

from explorer.ui.welcome.page import SHOW_AT_START_KEY, WelcomeDialog, mark_shown, should_show_at_start
from explorer.ui.welcome.walkthrough import Walkthrough

__all__ = ["SHOW_AT_START_KEY", "Walkthrough", "WelcomeDialog", "mark_shown", "should_show_at_start"]
