"""Case Explorer: study, annotate and present business case studies."""

__version__ = "0.1.0"
