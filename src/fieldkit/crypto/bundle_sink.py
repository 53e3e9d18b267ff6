"""The writer's helper thread: write and hash the signed bytes off the encrypting thread.

Hashing (one SHA-256 over the file, section 3.3) and writing cost about as
much per byte as encrypting. ``hashlib``, file writes and libsodium release
the GIL, so :class:`~fieldkit.crypto.bundle_writer.BundleWriter` hands its
encrypted chunks to this thread and encrypts the next chunk while it hashes
and writes the last one. Memory stays bounded: at most ``_SINK_DEPTH``
batches of about ``_SINK_BATCH`` bytes wait.
"""

from __future__ import annotations

import contextlib
import hashlib
import queue
import threading
from collections.abc import Callable
from typing import BinaryIO, Final

_SINK_DEPTH: Final = 4  # batches queued for the writing thread at most
_SINK_BATCH: Final = 1 << 20  # bytes handed to the writing thread at once


class _Worker:
    """One thread that applies ``action`` to each piece handed to it, in order.

    The first error of the thread is raised again by the next ``put`` or by
    ``stop``, which waits until everything queued has been handled.
    """

    def __init__(self, name: str, action: Callable[[bytes], object]) -> None:
        self._action = action
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=_SINK_DEPTH)
        self._error: BaseException | None = None
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        action, get = self._action, self._queue.get
        while True:
            data = get()
            if data is None:
                return
            if self._error is not None:
                continue  # keep draining so that ``put`` never blocks for ever
            try:
                action(data)
            except BaseException as exc:  # raised again in the writer's thread
                self._error = exc

    def put(self, data: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(data)

    def stop(self) -> None:
        if not self._stopped:
            self._stopped = True
            self._queue.put(None)
            self._thread.join()
        if self._error is not None:
            raise self._error


class _Sink:
    """Write the signed bytes to ``dest`` and hash them with SHA-256, off the encrypting thread.

    The hash's value when every signed byte is in is what the signature covers;
    the writer then feeds it the signature for the bundle hash.
    """

    def __init__(self, dest: BinaryIO) -> None:
        self.dest = dest
        self._sha256 = hashlib.sha256()
        sha256 = self._sha256

        def write(data: bytes) -> None:
            _write_all(dest, data)
            sha256.update(data)

        self._pending: list[bytes] = []
        self._pending_bytes = 0
        self._worker = _Worker("bundle-writer", write)

    def put(self, data: bytes) -> None:
        """Queue ``data``; pieces go out in batches of about 1 MiB (fewer thread switches)."""
        self._pending.append(data)
        self._pending_bytes += len(data)
        if self._pending_bytes >= _SINK_BATCH:
            self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        batch = self._pending[0] if len(self._pending) == 1 else b"".join(self._pending)
        self._pending.clear()
        self._pending_bytes = 0
        self._worker.put(batch)

    def abandon(self) -> None:
        with contextlib.suppress(BaseException):
            self.stop()

    def stop(self) -> hashlib._Hash:
        """Wait for the queued bytes; return the SHA-256 so far or raise the thread's error."""
        errors = []
        try:
            self._flush()
        except BaseException as exc:
            errors.append(exc)
        try:
            self._worker.stop()
        except BaseException as exc:
            errors.append(exc)
        if errors:
            raise errors[0]
        return self._sha256


def _write_all(dest: BinaryIO, data: bytes) -> None:
    """Write all of ``data`` (raw streams may write short)."""
    view = memoryview(data)
    while view:
        written = dest.write(view)
        view = view[written:]
