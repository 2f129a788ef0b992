"""One Redactor window per user: a second launch hands its files over.

File managers start one process per selected file (Windows Explorer always,
others sometimes), and users open more pictures while the app is running.
The first process becomes the primary: it holds a lock file and listens on a
local socket (a Unix socket in the user's private folder, see `private_dir`, or
a named pipe on Windows). Every later `redactor gui FILE…` connects, sends its files as
absolute paths and exits; the primary emits `files_received`.

    instance = SingleInstance()
    if not instance.start(files):
        sys.exit(0)                      # handed over to the running window
    instance.files_received.connect(window.add_files)

This module uses Qt (QtNetwork) and belongs to the GUI; the engine stays Qt-free.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import time
import uuid
from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from .private_dir import private_dir

PROTOCOL = 1
CONNECT_TIMEOUT_MS = 1000
REPLY_TIMEOUT_MS = 5000
MAX_MESSAGE = 4 * 1024 * 1024


def _user_tag() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some sandboxes
        user = "user"
    uid = str(os.getuid()) if hasattr(os, "getuid") else ""
    return hashlib.sha256(f"{user}:{uid}".encode()).hexdigest()[:16]


def endpoint(key: str = "redactor") -> tuple[str, str]:
    """(server name, lock-file path) for this user and key, both in the user's private folder.

    On Windows a pipe's name is global, so it carries a random secret kept in that folder: another
    user cannot guess it to listen first.
    """
    tag = hashlib.sha256(f"{key}:{_user_tag()}".encode()).hexdigest()[:8]
    folder = private_dir("run")
    lock = str(folder / f"redactor-{tag}.lock")
    if os.name == "nt":
        return f"redactor-{tag}-{_pipe_secret(folder)}", lock
    # Short: a Unix socket's whole path must fit in 107 bytes (the folder is already per user).
    return str(folder / f"{tag}.sock"), lock


def _pipe_secret(folder: Path) -> str:
    path = folder / "pipe-secret"
    try:
        secret = path.read_text(encoding="ascii").strip()
        if len(secret) == 32:
            return secret
    except (OSError, UnicodeDecodeError):
        pass
    secret = uuid.uuid4().hex
    path.write_text(secret, encoding="ascii")
    return secret


def send_files(
    server_name: str,
    files: Sequence[str],
    timeout_ms: int = REPLY_TIMEOUT_MS,
    message_id: str | None = None,
) -> bool:
    """Give files to a running instance; True once it has acknowledged them.

    A busy primary may read a message but answer late; the sender then tries
    again with the same message_id, and the primary ignores the repeat.
    """
    socket = QLocalSocket()
    socket.connectToServer(server_name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    message = {"protocol": PROTOCOL, "id": message_id or uuid.uuid4().hex, "files": list(files)}
    payload = json.dumps(message).encode("utf-8") + b"\n"
    socket.write(QByteArray(payload))
    if not socket.waitForBytesWritten(timeout_ms):
        socket.abort()
        return False
    reply = b""
    deadline = time.monotonic() + timeout_ms / 1000
    while b"\n" not in reply and time.monotonic() < deadline:
        if not socket.waitForReadyRead(max(1, int((deadline - time.monotonic()) * 1000))):
            break
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply.startswith(b"ok")


class SingleInstance(QObject):
    """Primary-or-hand-over for one user; see the module docstring."""

    files_received = Signal(list)

    def __init__(self, key: str = "redactor", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server_name, lock_path = endpoint(key)
        Path(lock_path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(lock_path)
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}
        self._seen: set[str] = set()

    @property
    def is_primary(self) -> bool:
        return self._server is not None

    def start(self, files: Sequence[str] = (), timeout_s: float = 10.0) -> bool:
        """True: this process is the primary (open the window with `files`).
        False: the files went to the running instance (exit now)."""
        absolute = [os.path.abspath(f) for f in files]
        message_id = uuid.uuid4().hex
        deadline = time.monotonic() + timeout_s
        while True:
            if send_files(self.server_name, absolute, message_id=message_id):
                return False
            if self._lock.tryLock(0):
                self._listen()
                return True
            # Another process holds the lock but is not answering yet: it is
            # starting up. Try again shortly.
            if time.monotonic() > deadline:
                return True  # give up waiting and run on our own
            time.sleep(0.05)

    def _listen(self) -> None:
        # We hold the lock, so any socket left behind belongs to a dead process.
        QLocalServer.removeServer(self.server_name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.server_name):
            server.deleteLater()
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._on_ready(socket)

    def _on_ready(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE:
            socket.abort()
            self._forget(socket)
            return
        if b"\n" not in data:
            self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        try:
            message = json.loads(line.decode("utf-8"))
            files = [str(f) for f in message.get("files", [])]
            message_id = str(message.get("id", ""))
        except (ValueError, AttributeError, TypeError):
            socket.write(QByteArray(b"error\n"))
            socket.flush()
            return
        socket.write(QByteArray(b"ok\n"))
        socket.flush()
        if message_id and message_id in self._seen:
            return  # a repeat of a message that was answered too late
        if message_id:
            self._seen.add(message_id)
        self.files_received.emit(files)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()
