"""Making a bundle: encrypt, sign and write one payload (section 7 of the spec).

:class:`BundleWriter` streams a payload of announced length into a bundle,
chunk by chunk; :func:`write_bundle_file` wraps it to write a file durably
(``.partial``, fsync, rename). Memory stays at a few chunks whatever the
bundle's size; the hashing and writing run on the thread of
:mod:`fieldkit.crypto.bundle_sink`, so that they overlap encryption.
"""

from __future__ import annotations

import contextlib
import os
import weakref
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Final

import nacl.exceptions
import nacl.signing
import nacl.utils
from nacl.bindings import (
    crypto_box_seal,
    crypto_secretstream_xchacha20poly1305_init_push,
    crypto_secretstream_xchacha20poly1305_push,
    crypto_secretstream_xchacha20poly1305_state,
)

from fieldkit.crypto import identity
from fieldkit.crypto.atomic import fsync_dir
from fieldkit.crypto.bundle_format import (
    _HEADER,
    _KEY_BYTES,
    _RECIPIENT_KINDS,
    _RESERVED,
    _TAG_FINAL,
    _TAG_MESSAGE,
    DEFAULT_CHUNK_SIZE,
    MAGIC,
    SIGNATURE_BYTES,
    SIGNATURE_CONTEXT,
    VERSION,
    _check_chunk_size,
    _check_payload_length,
    _chunk_count,
)
from fieldkit.crypto.bundle_sink import _Sink, _write_all

__all__ = ["BundleWriter", "write_bundle_file"]

_PARTIAL_SUFFIX: Final = ".partial"


class BundleWriter:
    """Write one bundle to ``dest`` as its plaintext payload arrives.

    The header goes out at construction. ``write`` takes the payload in pieces
    of any size (buffering at most one chunk); ``finish`` writes the final
    chunk and the signature and returns the bundle hash. Both hashes are
    computed as the bytes go out, so nothing is read back.

    As a context manager, a block that ends normally calls ``finish`` (the
    hash is then in ``bundle_hash``); a block that raises leaves ``dest``
    holding an incomplete file that the caller MUST discard
    (:func:`write_bundle_file` does so). Writing more or fewer bytes than
    ``payload_length`` is a programming error (``ValueError``).
    """

    def __init__(
        self,
        dest: BinaryIO,
        *,
        sender_seed: bytes,
        recipient_public: bytes,
        recipient_kind: int,
        payload_length: int,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> None:
        if not isinstance(sender_seed, bytes) or len(sender_seed) != 32:
            raise ValueError("the sender seed must be 32 bytes")
        if not isinstance(recipient_public, bytes) or len(recipient_public) != 32:
            raise ValueError("the recipient public key must be 32 bytes")
        if recipient_kind not in _RECIPIENT_KINDS:
            raise ValueError("unknown recipient kind")
        _check_chunk_size(chunk_size)
        _check_payload_length(payload_length)

        self._sender_seed = sender_seed
        self._chunk_size = chunk_size
        self._payload_length = payload_length
        self._chunk_count = _chunk_count(payload_length, chunk_size)
        self._chunks_pushed = 0
        self._received = 0
        self._buffer = bytearray()
        self._closed = False
        self._bundle_hash: str | None = None

        sender_public = _signing_public(sender_seed)
        # A fresh file key for every bundle (section 7); it lives on only
        # inside the secretstream state and the sealed box.
        file_key: bytes = nacl.utils.random(_KEY_BYTES)
        try:
            sealed_key: bytes = crypto_box_seal(file_key, recipient_public)
        except nacl.exceptions.CryptoError as exc:
            raise ValueError("the recipient public key is not usable") from exc
        self._state = crypto_secretstream_xchacha20poly1305_state()
        stream_header: bytes = crypto_secretstream_xchacha20poly1305_init_push(
            self._state, file_key
        )
        del file_key
        self._sink = _Sink(dest)
        weakref.finalize(self, self._sink.abandon)  # an abandoned writer ends its thread
        self._header = _HEADER.pack(
            MAGIC,
            VERSION,
            recipient_kind,
            _RESERVED,
            sender_public,
            recipient_public,
            sealed_key,
            chunk_size,
            payload_length,
            stream_header,
        )
        self._sink.put(self._header)

    @property
    def bundle_hash(self) -> str | None:
        """The bundle hash once ``finish`` has run, else ``None``."""
        return self._bundle_hash

    def write(self, data: bytes | bytearray | memoryview) -> None:
        """Add plaintext payload bytes; full chunks are encrypted and written at once."""
        self._check_open()
        view = memoryview(data).cast("B")
        if self._received + len(view) > self._payload_length:
            raise ValueError("more payload bytes than the payload length given")
        self._received += len(view)
        last_index = self._chunk_count - 1
        while view:
            room = self._chunk_size - len(self._buffer)
            if not self._buffer and len(view) >= room and self._chunks_pushed < last_index:
                # Fast path: a whole chunk straight from the caller's buffer.
                self._push(bytes(view[:room]), _TAG_MESSAGE)
            else:
                self._buffer += view[:room]
                if len(self._buffer) == self._chunk_size and self._chunks_pushed < last_index:
                    self._push(bytes(self._buffer), _TAG_MESSAGE)
                    self._buffer.clear()
            view = view[room:]

    def finish(self) -> str:
        """Write the final chunk and the signature; return the bundle hash (hex SHA-256)."""
        self._check_open()
        if self._received != self._payload_length:
            raise ValueError(
                f"the payload has {self._received} bytes, "
                f"but the header announced {self._payload_length}"
            )
        self._closed = True
        try:
            self._push(bytes(self._buffer), _TAG_FINAL)
        finally:
            self._buffer.clear()
            sha256 = self._sink.stop()  # every byte written and hashed, or the error
        assert self._chunks_pushed == self._chunk_count
        signature = identity.sign(self._sender_seed, SIGNATURE_CONTEXT + sha256.digest())
        assert len(signature) == SIGNATURE_BYTES
        _write_all(self._sink.dest, signature)
        sha256.update(signature)
        self._bundle_hash = sha256.hexdigest()
        return self._bundle_hash

    def close(self) -> None:
        """Abandon the bundle: nothing more is written (``dest`` stays incomplete)."""
        self._closed = True
        self._buffer.clear()
        self._sink.abandon()

    def __enter__(self) -> BundleWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is None and not self._closed:
            self.finish()
        else:
            self.close()

    def _check_open(self) -> None:
        if self._closed:
            raise ValueError("the bundle writer is finished or closed")

    def _push(self, piece: bytes, tag: int) -> None:
        ad = self._header if self._chunks_pushed == 0 else None
        ciphertext: bytes = crypto_secretstream_xchacha20poly1305_push(self._state, piece, ad, tag)
        self._chunks_pushed += 1
        self._sink.put(ciphertext)


def write_bundle_file(
    path: Path,
    *,
    sender_seed: bytes,
    recipient_public: bytes,
    recipient_kind: int,
    payload_length: int,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    chunks: Iterable[bytes],
) -> str:
    """Write a bundle to ``path`` durably (section 7) and return its bundle hash.

    The bytes go to ``<name>.partial`` in the same folder (mode 0600), which
    is fsynced and renamed to ``path`` only when complete; the folder is then
    fsynced. On any exception the partial file is removed and ``path`` is
    untouched. A partial file left by an earlier crash is replaced. Two
    writers MUST NOT write the same ``path`` at once (the partial name is
    fixed by the spec); the callers serialise bundle creation per profile.
    """
    path = Path(path)
    partial = path.with_name(path.name + _PARTIAL_SUFFIX)
    # By construction a partial file is never a finished bundle: a leftover
    # one is from a crash and is only in the way. (Unlinking also removes a
    # planted symlink rather than following it; O_EXCL refuses a new one.)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(partial)
    flags = (
        os.O_CREAT
        | os.O_EXCL
        | os.O_WRONLY
        | getattr(os, "O_BINARY", 0)
        | getattr(os, "O_CLOEXEC", 0)
    )
    fd = os.open(partial, flags, 0o600)
    try:
        handle = os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(partial)
        raise
    try:
        with handle:
            writer = BundleWriter(
                handle,
                sender_seed=sender_seed,
                recipient_public=recipient_public,
                recipient_kind=recipient_kind,
                payload_length=payload_length,
                chunk_size=chunk_size,
            )
            with writer:
                for piece in chunks:
                    writer.write(piece)
            bundle_hash = writer.bundle_hash
            assert bundle_hash is not None
            handle.flush()
            os.fsync(handle.fileno())
            ours, named = os.fstat(handle.fileno()), os.stat(partial)
            if (ours.st_dev, ours.st_ino) != (named.st_dev, named.st_ino):
                raise FileExistsError(f"{partial} was replaced while the bundle was written")
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(partial)
        raise
    fsync_dir(path.parent)
    return bundle_hash


def _signing_public(signing_seed: bytes) -> bytes:
    """The Ed25519 public key of a signing seed."""
    return bytes(nacl.signing.SigningKey(signing_seed).verify_key)
