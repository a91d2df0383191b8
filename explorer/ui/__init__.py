"""The PySide6 and pyqtgraph user interface; it talks to the core through CaseStore."""
