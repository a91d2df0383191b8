"""One running app per user: a second ``case-explorer file.case.db`` hands its file to the first.

The first app listens on a per-user local socket (``server_name()``); a later start connects,
sends the absolute path of the case (one UTF-8 line, empty for "just come forward") and waits
for "ok". The running app opens the case in its window (saving notes first, as any open does)
and raises itself. When nobody answers within ``TIMEOUT_MS`` the new start runs normally (and
takes over the name if the old server died). ``--new-instance`` skips all of this.

``send_to_running`` needs no QApplication and this module imports nothing heavy (a test keeps it
so): a start that calls it before importing the rest of the app hands over in about 0.3 s
(``bench/handover_bench.py``); the socket exchange itself takes a few milliseconds.
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from explorer import paths

TIMEOUT_MS = 1000
ANSWER = b"ok\n"


def server_name() -> str:
    """Per user and per data folder (a portable install or a test's CASE_EXPLORER_HOME is its own)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name known to the system
        user = "user"
    digest = hashlib.sha256(f"{user}\0{paths.data_home()}".encode()).hexdigest()[:16]
    return f"case-explorer-{digest}"


def send_to_running(path: Path | None, name: str | None = None, timeout_ms: int = TIMEOUT_MS) -> bool:
    """Hand ``path`` to a running app; True when it answered (this start should then exit)."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(timeout_ms):
        return False
    message = (str(Path(path).resolve()) if path is not None else "").encode() + b"\n"
    socket.write(message)
    if not socket.waitForBytesWritten(timeout_ms):
        socket.abort()
        return False
    answered = b""
    while not answered.endswith(b"\n") and socket.waitForReadyRead(timeout_ms):
        answered += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answered == ANSWER


class InstanceServer(QObject):
    """Listens for later starts; ``path_received`` carries each case they asked for (None: none)."""

    path_received = Signal(object)  # Path | None

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)

    def listen(self) -> bool:
        """Start listening; a stale name left by a crashed app is removed first."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket, buffer)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer.extend(bytes(socket.readAll().data()))
        if not buffer.endswith(b"\n"):
            return
        text = bytes(buffer).decode("utf-8", "replace").strip()
        buffer.clear()
        socket.write(ANSWER)
        socket.flush()
        self.path_received.emit(Path(text) if text else None)


def serve(window_open: Callable[[Path], object], window_raise: Callable[[], None], name: str | None = None) -> InstanceServer | None:
    """Listen for later starts on behalf of a window; None when the name cannot be taken."""
    server = InstanceServer(name)
    if not server.listen():
        return None

    def received(path: Path | None) -> None:
        if path is not None:
            window_open(path)
        window_raise()

    server.path_received.connect(received)
    return server
