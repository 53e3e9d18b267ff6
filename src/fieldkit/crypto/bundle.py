"""The bundle container: one signed, encrypted file from a laptop to HQ.

This is the reference implementation of sections 3 and 7 of
``docs/bundle-format.md`` and of the container checks of section 6 (steps 1,
3, 5 and 6). What the payload means (section 4), the roster, replay, manifest
and revision checks belong to the importer, which calls, in this order:

1. :func:`read_header` (step 1: size and header);
2. :func:`signature_of` (the replay lookup of step 2);
3. :func:`verify_signature` (step 3; returns the bundle hash);
4. :func:`open_file_key` (step 5);
5. :func:`decrypt_payload` (step 6), consumed to the very end.

Every failure is a :class:`BundleRejected` whose ``reason`` is the spec's
code. Everything read from a bundle is named ``untrusted_*`` until the check
that covers it has passed. The reader functions seek in the file they are
given, so it must be a seekable binary file that nobody else writes while the
import runs: the importer SHOULD copy a bundle from removable media to local
storage first, so that a stick cannot show one content to the signature check
and another to the decryption.

Memory stays at a few chunks (at most 1 MiB each, plus overhead) for writer and
reader alike, whatever the bundle's size. The writer writes and hashes on a
second thread (``hashlib``, file writes and libsodium release the GIL), so
encrypting the next chunk overlaps hashing and writing the last one.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import queue
import struct
import threading
import weakref
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Final

import nacl.exceptions
import nacl.signing
import nacl.utils
from nacl.bindings import (
    crypto_box_PUBLICKEYBYTES,
    crypto_box_seal,
    crypto_box_seal_open,
    crypto_box_SEALBYTES,
    crypto_box_SECRETKEYBYTES,
    crypto_scalarmult_base,
    crypto_secretstream_xchacha20poly1305_ABYTES,
    crypto_secretstream_xchacha20poly1305_HEADERBYTES,
    crypto_secretstream_xchacha20poly1305_init_pull,
    crypto_secretstream_xchacha20poly1305_init_push,
    crypto_secretstream_xchacha20poly1305_KEYBYTES,
    crypto_secretstream_xchacha20poly1305_pull,
    crypto_secretstream_xchacha20poly1305_push,
    crypto_secretstream_xchacha20poly1305_state,
    crypto_secretstream_xchacha20poly1305_TAG_FINAL,
    crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
)

from fieldkit.crypto import identity
from fieldkit.crypto.atomic import fsync_dir
from fieldkit.domain.errors import FieldKitError

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_MAX_BUNDLE_BYTES",
    "HEADER_BYTES",
    "MAGIC",
    "MAX_CHUNK_SIZE",
    "MIN_CHUNK_SIZE",
    "MIN_FILE_BYTES",
    "RECIPIENT_CLINICAL",
    "RECIPIENT_HQ",
    "SIGNATURE_BYTES",
    "SIGNATURE_CONTEXT",
    "VERSION",
    "BundleHeader",
    "BundleRejected",
    "BundleWriter",
    "ciphertext_size",
    "decrypt_payload",
    "open_file_key",
    "read_header",
    "signature_of",
    "verify_signature",
    "write_bundle_file",
]

MAGIC: Final = b"FKBUNDLE"
VERSION: Final = 1
RECIPIENT_HQ: Final = 1
RECIPIENT_CLINICAL: Final = 2
HEADER_BYTES: Final = 192
SIGNATURE_BYTES: Final = 64
MIN_FILE_BYTES: Final = HEADER_BYTES + SIGNATURE_BYTES  # the 256 bytes of step 1
MIN_CHUNK_SIZE: Final = 4096
MAX_CHUNK_SIZE: Final = 1048576
DEFAULT_CHUNK_SIZE: Final = 65536
DEFAULT_MAX_BUNDLE_BYTES: Final = 32 << 30  # 32 GiB
SIGNATURE_CONTEXT: Final = b"fieldkit.bundle-signature/1\x00"

_KEY_BYTES: Final[int] = crypto_secretstream_xchacha20poly1305_KEYBYTES
_ABYTES: Final[int] = crypto_secretstream_xchacha20poly1305_ABYTES
_SS_HEADER_BYTES: Final[int] = crypto_secretstream_xchacha20poly1305_HEADERBYTES
_SEALED_KEY_BYTES: Final[int] = crypto_box_SEALBYTES + _KEY_BYTES
_TAG_MESSAGE: Final[int] = crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL: Final[int] = crypto_secretstream_xchacha20poly1305_TAG_FINAL
_RESERVED: Final = 0
_RECIPIENT_KINDS: Final = frozenset({RECIPIENT_HQ, RECIPIENT_CLINICAL})
_MAX_PAYLOAD_LENGTH: Final = (1 << 64) - 1
_READ_BLOCK: Final = 1 << 20
_SINK_DEPTH: Final = 4  # batches queued for each writing thread at most
_SINK_BATCH: Final = 1 << 20  # bytes handed to the writing threads at once
_PARTIAL_SUFFIX: Final = ".partial"

# Section 3.1: magic, version, recipient kind, reserved, sender key, recipient
# key, sealed file key, chunk size (u32), payload length (u64), stream header.
_HEADER: Final = struct.Struct(">8sBBH32s32s80sIQ24s")

assert _HEADER.size == HEADER_BYTES
assert _KEY_BYTES == 32 and _ABYTES == 17 and _SS_HEADER_BYTES == 24
assert _SEALED_KEY_BYTES == 80 and crypto_box_PUBLICKEYBYTES == 32

_AGAIN = "Copy it again from the laptop, or make a new bundle there."

_MESSAGES: Final[dict[str, str]] = {
    "oversize": (
        "The file is larger than the biggest bundle this HQ accepts. It is not a "
        "bundle, or the size limit in the settings is too low for it."
    ),
    "truncated": (
        "The bundle is shorter than its header says: it was cut off while copying. " + _AGAIN
    ),
    "trailing-data": (
        "The bundle is longer than its header says: extra data was added after its end. " + _AGAIN
    ),
    "bad-header": ("This file is not a FieldKit bundle, or its header is damaged. " + _AGAIN),
    "bad-signature": (
        "The bundle's signature does not match its content: it was damaged or altered "
        "after the laptop made it. " + _AGAIN
    ),
    "wrong-recipient": (
        "The bundle is not addressed to this HQ key: it was made for another "
        "organisation or another key, or its key block is damaged."
    ),
    "bad-chunk": ("Part of the bundle's encrypted content is damaged or out of order. " + _AGAIN),
    "missing-final-tag": (
        "The bundle's encrypted content stops before its end marker: part of it is "
        "missing. " + _AGAIN
    ),
    "early-final-tag": (
        "The bundle's encrypted content has an end marker before its end: it was put "
        "together wrongly or altered. " + _AGAIN
    ),
    "unknown-key": (
        "The bundle was signed by a laptop that is not in this HQ's roster. Enroll the "
        "laptop first, or check that the bundle belongs to this organisation."
    ),
    "revoked-key": (
        "The bundle was signed by a laptop whose key has been revoked; it is refused. "
        "Talk to the person who used that laptop before doing anything else."
    ),
    "bad-payload": (
        "The bundle's content is not laid out as FieldKit requires. Make a new bundle "
        "on the laptop."
    ),
    "bad-manifest": (
        "The bundle's list of contents is invalid or does not match the roster. Make a "
        "new bundle on the laptop."
    ),
    "fork": (
        "The bundle contradicts data HQ already holds from the same laptop (two "
        "different histories). Do not use that laptop until this is investigated."
    ),
    "rollback": (
        "The bundle comes from a laptop whose records went backwards (for example it "
        "was restored from an old backup). Do not use that laptop until this is "
        "investigated."
    ),
    "bad-revision": (
        "A record in the bundle is damaged, altered or not signed by its laptop. Make a "
        "new bundle on the laptop."
    ),
}


class BundleRejected(FieldKitError):
    """A bundle failed one of the checks of section 6.

    ``reason`` is the spec's code (``truncated``, ``bad-signature``, ...) and
    ``code`` is ``"bundle.<reason>"``. ``message`` defaults to a sentence a
    coordinator can act on; messages never contain key material.
    """

    code = "bundle.rejected"

    def __init__(self, reason: str, message: str | None = None) -> None:
        if not reason:
            raise ValueError("a rejection needs a reason")
        if message is None:
            message = _MESSAGES.get(reason, f"The bundle was refused ({reason}).")
        super().__init__(message, code=f"bundle.{reason}")
        self.reason: str = reason


@dataclass(frozen=True, slots=True)
class BundleHeader:
    """The 192-byte header once step 1 has accepted it.

    Only the layout has been checked: ``sender_public`` is not yet known to be
    the signer (step 3) nor in the roster (step 4), and ``sealed_key`` is not
    yet known to open (step 5).
    """

    recipient_kind: int
    sender_public: bytes
    recipient_public: bytes
    sealed_key: bytes
    chunk_size: int
    payload_length: int
    stream_header: bytes
    raw: bytes = field(repr=False)

    @property
    def chunk_count(self) -> int:
        """N = max(1, ceil(L / C)) of section 3.2."""
        return _chunk_count(self.payload_length, self.chunk_size)

    @property
    def expected_file_size(self) -> int:
        """The exact length of the file: ``192 + L + 17 N + 64``."""
        return ciphertext_size(self.payload_length, self.chunk_size)


def ciphertext_size(payload_length: int, chunk_size: int) -> int:
    """Return the whole file's size for ``payload_length`` plaintext bytes."""
    _check_chunk_size(chunk_size)
    _check_payload_length(payload_length)
    return (
        HEADER_BYTES
        + payload_length
        + _chunk_count(payload_length, chunk_size) * _ABYTES
        + SIGNATURE_BYTES
    )


# --------------------------------------------------------------------------- writer


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
            sha512, sha256 = self._sink.stop()  # every byte written and hashed, or the error
        assert self._chunks_pushed == self._chunk_count
        signature = identity.sign(self._sender_seed, SIGNATURE_CONTEXT + sha512.digest())
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
    """Write the signed bytes to ``dest`` and hash them, off the encrypting thread.

    Two threads: one writes and computes the SHA-256 of the file, the other the
    SHA-512 of the signed part (the costliest step per byte). Both get the
    same chunks in the same order through short queues.
    """

    def __init__(self, dest: BinaryIO) -> None:
        self.dest = dest
        self._sha512 = hashlib.sha512()
        self._sha256 = hashlib.sha256()
        sha256 = self._sha256

        def write(data: bytes) -> None:
            _write_all(dest, data)
            sha256.update(data)

        self._pending: list[bytes] = []
        self._pending_bytes = 0
        self._workers = (
            _Worker("bundle-writer", write),
            _Worker("bundle-sha512", self._sha512.update),
        )

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
        for worker in self._workers:
            worker.put(batch)

    def abandon(self) -> None:
        with contextlib.suppress(BaseException):
            self.stop()

    def stop(self) -> tuple[hashlib._Hash, hashlib._Hash]:
        """Wait for the queued bytes; return the two hashes or raise a thread's error."""
        errors = []
        try:
            self._flush()
        except BaseException as exc:
            errors.append(exc)
        for worker in self._workers:
            try:
                worker.stop()
            except BaseException as exc:
                errors.append(exc)
        if errors:
            raise errors[0]
        return self._sha512, self._sha256


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


# --------------------------------------------------------------------------- reader


def read_header(
    f: BinaryIO, file_size: int, *, max_bytes: int = DEFAULT_MAX_BUNDLE_BYTES
) -> BundleHeader:
    """Step 1: check the file's size and header, in the spec's order.

    ``file_size`` is the file's length (``os.fstat``); ``f`` is read from
    offset 0. Raises ``BundleRejected`` with ``oversize``, ``truncated``,
    ``trailing-data`` or ``bad-header``.
    """
    if file_size > max_bytes:
        raise BundleRejected("oversize")
    if file_size < MIN_FILE_BYTES:
        raise BundleRejected(
            "truncated",
            "The file is too short to be a bundle: it was cut off while copying, or it "
            "is not a FieldKit bundle. " + _AGAIN,
        )
    f.seek(0)
    untrusted_raw = _read_exact(f, HEADER_BYTES)
    if len(untrusted_raw) != HEADER_BYTES:
        raise BundleRejected("truncated")  # the file shrank after it was measured
    (
        untrusted_magic,
        untrusted_version,
        untrusted_kind,
        untrusted_reserved,
        untrusted_sender,
        untrusted_recipient,
        untrusted_sealed_key,
        untrusted_chunk_size,
        untrusted_length,
        untrusted_stream_header,
    ) = _HEADER.unpack(untrusted_raw)
    if untrusted_magic != MAGIC:
        raise BundleRejected(
            "bad-header",
            "This file is not a FieldKit bundle (it does not start with the bundle "
            "marker). Check that the right file was copied.",
        )
    if untrusted_version != VERSION:
        raise BundleRejected(
            "bad-header",
            f"The bundle uses format version {untrusted_version}, which this FieldKit "
            "cannot read. Update FieldKit at HQ, or check that the file is not damaged.",
        )
    if untrusted_kind not in _RECIPIENT_KINDS:
        raise BundleRejected(
            "bad-header",
            "The bundle's header names an unknown kind of recipient: it is damaged or "
            "was made by an incompatible program. " + _AGAIN,
        )
    if untrusted_reserved != _RESERVED:
        raise BundleRejected(
            "bad-header",
            "The bundle's header has reserved bytes set: it is damaged or was made by an "
            "incompatible program. " + _AGAIN,
        )
    if not MIN_CHUNK_SIZE <= untrusted_chunk_size <= MAX_CHUNK_SIZE:
        raise BundleRejected(
            "bad-header",
            "The bundle's header gives an impossible chunk size: it is damaged. " + _AGAIN,
        )
    if untrusted_length > max_bytes:
        raise BundleRejected(
            "bad-header",
            "The bundle's header announces more content than this HQ accepts: it is "
            "damaged, or the size limit in the settings is too low for it.",
        )
    expected = ciphertext_size(untrusted_length, untrusted_chunk_size)
    if file_size < expected:
        raise BundleRejected("truncated")
    if file_size > expected:
        raise BundleRejected("trailing-data")
    return BundleHeader(
        recipient_kind=untrusted_kind,
        sender_public=untrusted_sender,
        recipient_public=untrusted_recipient,
        sealed_key=untrusted_sealed_key,
        chunk_size=untrusted_chunk_size,
        payload_length=untrusted_length,
        stream_header=untrusted_stream_header,
        raw=untrusted_raw,
    )


def signature_of(f: BinaryIO, header: BundleHeader, file_size: int) -> bytes:
    """Return the (not yet verified) 64-byte signature, for the replay lookup of step 2."""
    _check_file_size(header, file_size)
    f.seek(file_size - SIGNATURE_BYTES)
    untrusted_signature = _read_exact(f, SIGNATURE_BYTES)
    if len(untrusted_signature) != SIGNATURE_BYTES:
        raise BundleRejected("truncated")
    return untrusted_signature


def verify_signature(f: BinaryIO, header: BundleHeader, file_size: int) -> str:
    """Step 3: verify the bundle signature with the header's sender key.

    Streams the whole file once, hashing the signed part with SHA-512 and the
    whole file with SHA-256; returns the bundle hash (hex SHA-256) or raises
    ``BundleRejected("bad-signature")``. The sender key is only known to have
    signed the bundle, not to be in the roster: that is step 4.
    """
    _check_file_size(header, file_size)
    signed_length = file_size - SIGNATURE_BYTES
    sha512 = hashlib.sha512()
    sha256 = hashlib.sha256()
    f.seek(0)
    untrusted_first = _read_exact(f, HEADER_BYTES)
    if not hmac.compare_digest(untrusted_first, header.raw):
        # The file changed since step 1 read it: what is verified must be
        # exactly what the later steps use.
        raise BundleRejected(
            "bad-signature",
            "The bundle changed while it was being checked. Copy it to this computer "
            "and import the copy.",
        )
    sha512.update(untrusted_first)
    sha256.update(untrusted_first)
    remaining = signed_length - HEADER_BYTES
    while remaining:
        untrusted_block = _read_exact(f, min(_READ_BLOCK, remaining))
        if not untrusted_block:
            raise BundleRejected("truncated")
        sha512.update(untrusted_block)
        sha256.update(untrusted_block)
        remaining -= len(untrusted_block)
    untrusted_signature = _read_exact(f, SIGNATURE_BYTES)
    if len(untrusted_signature) != SIGNATURE_BYTES:
        raise BundleRejected("truncated")
    sha256.update(untrusted_signature)
    message = SIGNATURE_CONTEXT + sha512.digest()
    if not identity.verify(header.sender_public, message, untrusted_signature):
        raise BundleRejected("bad-signature")
    return sha256.hexdigest()


def open_file_key(header: BundleHeader, recipient_secret: bytes) -> bytes:
    """Step 5: open the sealed file key with the secret key for the header's recipient.

    The caller picks ``recipient_secret`` by ``header.recipient_kind`` (HQ or
    clinical). The header's recipient key must be the public key of that
    secret and the sealed box must open, else ``wrong-recipient``.
    """
    if not isinstance(recipient_secret, bytes) or len(recipient_secret) != (
        crypto_box_SECRETKEYBYTES
    ):
        raise ValueError("the recipient secret key must be 32 bytes")
    recipient_public: bytes = crypto_scalarmult_base(recipient_secret)
    if not hmac.compare_digest(recipient_public, header.recipient_public):
        raise BundleRejected("wrong-recipient")
    try:
        file_key: bytes = crypto_box_seal_open(
            header.sealed_key, recipient_public, recipient_secret
        )
    except nacl.exceptions.CryptoError as exc:
        raise BundleRejected("wrong-recipient") from exc
    if len(file_key) != _KEY_BYTES:  # cannot happen: the sealed key has a fixed size
        raise BundleRejected("wrong-recipient")
    return file_key


def decrypt_payload(
    f: BinaryIO, header: BundleHeader, file_key: bytes
) -> Generator[bytes, None, None]:
    """Step 6: yield the plaintext payload chunk by chunk as each one authenticates.

    Chunk boundaries follow from the header (checked in step 1), so "the last
    chunk" is the last one by position. Raises ``BundleRejected`` with
    ``bad-chunk`` (a chunk does not authenticate, or carries a tag other than
    ``TAG_MESSAGE`` before the last), ``early-final-tag`` (``TAG_FINAL`` before
    the last chunk) or ``missing-final-tag`` (the last chunk lacks it).

    Every yielded piece is authentic, but the payload is only known to be
    complete and in order when the iterator ends without error: consumers
    MUST consume it to the end before trusting or committing anything. The
    iterator seeks in ``f`` as it goes; do not read ``f`` elsewhere meanwhile.
    """
    if not isinstance(file_key, bytes) or len(file_key) != _KEY_BYTES:
        raise ValueError("the file key must be 32 bytes")
    state = crypto_secretstream_xchacha20poly1305_state()
    try:
        crypto_secretstream_xchacha20poly1305_init_pull(state, header.stream_header, file_key)
    except nacl.exceptions.CryptoError as exc:
        raise BundleRejected("bad-chunk") from exc

    count = header.chunk_count
    last_piece = header.payload_length - (count - 1) * header.chunk_size
    f.seek(HEADER_BYTES)
    for index in range(count):
        is_last = index == count - 1
        size = (last_piece if is_last else header.chunk_size) + _ABYTES
        untrusted_chunk = _read_exact(f, size)
        if len(untrusted_chunk) != size:
            raise BundleRejected("truncated")  # the file shrank after step 1
        ad = header.raw if index == 0 else None
        try:
            plaintext, tag = crypto_secretstream_xchacha20poly1305_pull(state, untrusted_chunk, ad)
        except nacl.exceptions.CryptoError as exc:
            raise BundleRejected("bad-chunk") from exc
        if is_last:
            if tag != _TAG_FINAL:
                raise BundleRejected("missing-final-tag")
        elif tag == _TAG_FINAL:
            raise BundleRejected("early-final-tag")
        elif tag != _TAG_MESSAGE:
            raise BundleRejected("bad-chunk")
        yield plaintext


# --------------------------------------------------------------------------- helpers


def _chunk_count(payload_length: int, chunk_size: int) -> int:
    return max(1, -(-payload_length // chunk_size))


def _check_chunk_size(chunk_size: int) -> None:
    if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError(f"chunk size must be between {MIN_CHUNK_SIZE} and {MAX_CHUNK_SIZE}")


def _check_payload_length(payload_length: int) -> None:
    if not 0 <= payload_length <= _MAX_PAYLOAD_LENGTH:
        raise ValueError("payload length out of range")


def _check_file_size(header: BundleHeader, file_size: int) -> None:
    if file_size != header.expected_file_size:
        raise ValueError("file_size does not match the header: call read_header first")


def _signing_public(signing_seed: bytes) -> bytes:
    """The Ed25519 public key of a signing seed."""
    return bytes(nacl.signing.SigningKey(signing_seed).verify_key)


def _read_exact(source: BinaryIO, size: int) -> bytes:
    """Read ``size`` bytes, or fewer only at end of file (raw streams may read short)."""
    data = source.read(size)
    if len(data) == size or not data:
        return data
    parts = [data]
    got = len(data)
    while got < size:
        more = source.read(size - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)


def _write_all(dest: BinaryIO, data: bytes) -> None:
    """Write all of ``data`` (raw streams may write short)."""
    view = memoryview(data)
    while view:
        written = dest.write(view)
        view = view[written:]
