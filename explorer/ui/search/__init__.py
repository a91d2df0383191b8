"""Search across events, entities and notes as you type, with the event filters beside it."""

from explorer.ui.search.panel import SearchPanel

__all__ = ["SearchPanel"]
