"""Qt without a display, for screenshots and drawn exports: the offscreen platform, no chatter.

``use_offscreen()`` must run before the QApplication is made. A platform the user chose with
QT_QPA_PLATFORM is kept. Qt's messages still reach stderr, except the offscreen platform's notes
about window hints it cannot honour (nothing is wrong; they would only hide real problems).
"""

from __future__ import annotations

import os
import sys

_NOISE = ("does not support propagateSizeHints",)


def use_offscreen() -> None:
    """Draw offscreen unless a Qt platform was chosen, and keep stderr for real problems."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and not any(noise in message for noise in _NOISE):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)
