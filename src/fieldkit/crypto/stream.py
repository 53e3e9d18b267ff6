"""Streaming encryption of exhibits (photos, scans, audio) with secretstream.

Exhibits can be several GB, so they are encrypted and decrypted chunk by
chunk and never held in memory whole. The byte layout is specified in
``docs/exhibit-format.md``; this module is its reference implementation.
Everything read from an exhibit file is named ``untrusted_*`` until libsodium
has authenticated it.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import struct
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final

import nacl.exceptions
import nacl.utils
from nacl.bindings import (
    crypto_secretstream_xchacha20poly1305_ABYTES,
    crypto_secretstream_xchacha20poly1305_HEADERBYTES,
    crypto_secretstream_xchacha20poly1305_init_pull,
    crypto_secretstream_xchacha20poly1305_init_push,
    crypto_secretstream_xchacha20poly1305_pull,
    crypto_secretstream_xchacha20poly1305_push,
    crypto_secretstream_xchacha20poly1305_state,
    crypto_secretstream_xchacha20poly1305_TAG_FINAL,
    crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
)

from fieldkit.crypto.atomic import atomic_writer
from fieldkit.domain.errors import FieldKitError

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "FORMAT_VERSION",
    "HEADER_BYTES",
    "KEY_BYTES",
    "MAGIC",
    "MAX_CHUNK_SIZE",
    "MIN_CHUNK_SIZE",
    "EncryptResult",
    "ExhibitCorrupt",
    "ExhibitTooLarge",
    "OperationCancelled",
    "decrypt_chunks",
    "decrypt_to",
    "encrypt_file",
    "encrypt_stream",
    "encrypted_size",
    "new_key",
    "read_all",
    "read_exact",
]

MAGIC: Final = b"FKEXHIB1"
FORMAT_VERSION: Final = 1
_FLAGS: Final = 0
KEY_BYTES: Final = 32
DEFAULT_CHUNK_SIZE: Final = 65536
MIN_CHUNK_SIZE: Final = 4096
MAX_CHUNK_SIZE: Final = 4 * 1024 * 1024

_ABYTES: Final[int] = crypto_secretstream_xchacha20poly1305_ABYTES
_SS_HEADER_BYTES: Final[int] = crypto_secretstream_xchacha20poly1305_HEADERBYTES
_TAG_MESSAGE: Final[int] = crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL: Final[int] = crypto_secretstream_xchacha20poly1305_TAG_FINAL
# magic, version, flags, chunk size (big-endian u32); the secretstream header follows.
_PREFIX: Final = struct.Struct(">8sBBI")
HEADER_BYTES: Final[int] = _PREFIX.size + _SS_HEADER_BYTES

assert KEY_BYTES == 32 and _ABYTES == 17 and _SS_HEADER_BYTES == 24 and HEADER_BYTES == 38

_DAMAGED = "The exhibit file is damaged or was altered; restore it from a backup or from HQ."


class ExhibitCorrupt(FieldKitError):
    """An exhibit file failed a format or authentication check."""

    code = "exhibit.corrupt"


class ExhibitTooLarge(FieldKitError):
    """An exhibit is bigger than the caller is willing to hold in memory."""

    code = "exhibit.too_large"


class OperationCancelled(FieldKitError):
    """The person cancelled a long operation; nothing was committed."""

    code = "operation.cancelled"


@dataclass(frozen=True, slots=True)
class EncryptResult:
    """What the store records about an exhibit it has just encrypted."""

    sha256: str  # hex SHA-256 of the plaintext: the exhibit's content address
    size: int  # plaintext bytes
    ciphertext_size: int  # bytes written to the destination, header included


def new_key() -> bytes:
    """Return a fresh random exhibit key (one key per exhibit file)."""
    key: bytes = nacl.utils.random(KEY_BYTES)
    return key


def encrypted_size(size: int, chunk_size: int = DEFAULT_CHUNK_SIZE) -> int:
    """Return the exact file size for ``size`` plaintext bytes (the format is canonical)."""
    _check_chunk_size(chunk_size)
    if size < 0:
        raise ValueError("size must not be negative")
    chunks = max(1, -(-size // chunk_size))
    return HEADER_BYTES + size + chunks * _ABYTES


def encrypt_stream(
    source: BinaryIO,
    dest: BinaryIO,
    key: bytes,
    *,
    context: bytes,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> EncryptResult:
    """Encrypt ``source`` to ``dest`` chunk by chunk; memory stays at ~2 chunks.

    ``context`` (e.g. the exhibit id) is authenticated but not stored, so a
    file cannot be passed off as another exhibit. ``progress`` receives the
    plaintext bytes done after each chunk. If ``cancelled()`` turns true,
    ``OperationCancelled`` is raised and ``dest`` holds an incomplete file that
    the caller must discard (``encrypt_file`` does so).
    """
    _check_key(key)
    _check_chunk_size(chunk_size)
    context = bytes(context)

    state = crypto_secretstream_xchacha20poly1305_state()
    ss_header: bytes = crypto_secretstream_xchacha20poly1305_init_push(state, key)
    header = _PREFIX.pack(MAGIC, FORMAT_VERSION, _FLAGS, chunk_size) + ss_header
    _write_all(dest, header)
    written = len(header)

    digest = hashlib.sha256()
    done = 0
    ad = header + context
    _check_cancelled(cancelled)
    current = read_exact(source, chunk_size)
    while True:
        # One-chunk look-ahead: a chunk is final iff nothing follows it.
        following = read_exact(source, chunk_size) if len(current) == chunk_size else b""
        final = not following
        ciphertext: bytes = crypto_secretstream_xchacha20poly1305_push(
            state, current, ad, _TAG_FINAL if final else _TAG_MESSAGE
        )
        _write_all(dest, ciphertext)
        written += len(ciphertext)
        digest.update(current)
        done += len(current)
        if progress is not None:
            progress(done)
        if final:
            break
        _check_cancelled(cancelled)
        current = following
        ad = context
    return EncryptResult(sha256=digest.hexdigest(), size=done, ciphertext_size=written)


def encrypt_file(
    source_path: Path,
    dest_path: Path,
    key: bytes,
    *,
    context: bytes,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> EncryptResult:
    """Encrypt a file to ``dest_path`` atomically (mode 0600).

    On any failure or cancellation ``dest_path`` is untouched and no temp
    file is left behind.
    """
    _check_key(key)
    _check_chunk_size(chunk_size)
    with open(source_path, "rb") as source, atomic_writer(dest_path, mode=0o600) as dest:
        return encrypt_stream(
            source,
            dest,
            key,
            context=context,
            chunk_size=chunk_size,
            progress=progress,
            cancelled=cancelled,
        )


def decrypt_chunks(source: BinaryIO, key: bytes, *, context: bytes) -> Generator[bytes, None, None]:
    """Yield authenticated plaintext chunks of an exhibit, in order.

    Each yielded chunk is authentic, but the exhibit is only known to be
    complete when the iterator ends without error: a truncated file yields
    its intact leading chunks and then raises ``ExhibitCorrupt``. Consumers
    MUST iterate to the end before trusting or committing what they got.
    All format and authentication failures raise ``ExhibitCorrupt``.
    """
    _check_key(key)
    context = bytes(context)

    untrusted_header = read_exact(source, HEADER_BYTES)
    chunk_size = _parse_header(untrusted_header)
    state = crypto_secretstream_xchacha20poly1305_state()
    try:
        crypto_secretstream_xchacha20poly1305_init_pull(
            state, untrusted_header[_PREFIX.size :], key
        )
    except nacl.exceptions.CryptoError as exc:
        raise ExhibitCorrupt(_DAMAGED + " (bad stream header)") from exc

    block = chunk_size + _ABYTES
    ad = untrusted_header + context
    first = True
    untrusted_chunk = read_exact(source, block)
    while True:
        # A short read means EOF, so only a full block can have a successor.
        untrusted_next = read_exact(source, block) if len(untrusted_chunk) == block else b""
        is_last = not untrusted_next
        if len(untrusted_chunk) < _ABYTES:
            raise ExhibitCorrupt(_DAMAGED + " (file is truncated)")
        try:
            plaintext, tag = crypto_secretstream_xchacha20poly1305_pull(state, untrusted_chunk, ad)
        except nacl.exceptions.CryptoError as exc:
            raise ExhibitCorrupt(
                _DAMAGED + " (authentication failed: altered data, wrong key or wrong exhibit)"
            ) from exc
        if is_last:
            if tag != _TAG_FINAL:
                raise ExhibitCorrupt(_DAMAGED + " (file is truncated)")
            if not plaintext and not first:
                raise ExhibitCorrupt(_DAMAGED + " (non-canonical empty final chunk)")
            yield plaintext
            return
        if tag == _TAG_FINAL:
            raise ExhibitCorrupt(_DAMAGED + " (unexpected data after the end)")
        if tag != _TAG_MESSAGE:
            raise ExhibitCorrupt(_DAMAGED + " (unexpected chunk tag)")
        yield plaintext
        untrusted_chunk = untrusted_next
        ad = context
        first = False


def decrypt_to(
    source: BinaryIO,
    dest: BinaryIO,
    key: bytes,
    *,
    context: bytes,
    expected_sha256: str | None = None,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> str:
    """Decrypt an exhibit into ``dest`` and return the plaintext SHA-256 (hex).

    ``dest`` receives plaintext before the end is verified; on
    ``ExhibitCorrupt`` or ``OperationCancelled`` the caller MUST discard it
    (write through ``atomic_writer`` to get that for free). A mismatch with
    ``expected_sha256`` is ``ExhibitCorrupt``.
    """
    digest = hashlib.sha256()
    done = 0
    with contextlib.closing(decrypt_chunks(source, key, context=context)) as chunks:
        for chunk in chunks:
            _check_cancelled(cancelled)
            _write_all(dest, chunk)
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done)
    actual = digest.hexdigest()
    if expected_sha256 is not None and not hmac.compare_digest(
        actual.encode(), expected_sha256.strip().lower().encode()
    ):
        raise ExhibitCorrupt(_DAMAGED + " (content does not match its recorded hash)")
    return actual


def read_all(source: BinaryIO, key: bytes, *, context: bytes, max_bytes: int) -> bytes:
    """Decrypt a small exhibit into memory for in-app viewing.

    Refuses (``ExhibitTooLarge``) as soon as the plaintext exceeds
    ``max_bytes``, so a huge file cannot exhaust memory.
    """
    parts: list[bytes] = []
    total = 0
    with contextlib.closing(decrypt_chunks(source, key, context=context)) as chunks:
        for chunk in chunks:
            total += len(chunk)
            if total > max_bytes:
                raise ExhibitTooLarge(
                    f"The exhibit is larger than {max_bytes} bytes and cannot be shown "
                    "in the app; export it instead."
                )
            parts.append(chunk)
    return b"".join(parts)


def _parse_header(untrusted_header: bytes) -> int:
    """Check the fixed header fields and return the chunk size."""
    if len(untrusted_header) < HEADER_BYTES:
        raise ExhibitCorrupt(_DAMAGED + " (file is shorter than the header)")
    untrusted_fields = _PREFIX.unpack_from(untrusted_header)
    untrusted_magic, untrusted_version, untrusted_flags, untrusted_chunk_size = untrusted_fields
    if untrusted_magic != MAGIC:
        raise ExhibitCorrupt("This is not a FieldKit exhibit file (bad magic).")
    if untrusted_version != FORMAT_VERSION:
        raise ExhibitCorrupt(
            f"Unsupported exhibit format version {untrusted_version}; "
            "update FieldKit or restore the file from a backup."
        )
    if untrusted_flags != _FLAGS:
        raise ExhibitCorrupt(_DAMAGED + " (unknown header flags)")
    if not MIN_CHUNK_SIZE <= untrusted_chunk_size <= MAX_CHUNK_SIZE:
        raise ExhibitCorrupt(_DAMAGED + " (chunk size out of range)")
    chunk_size: int = untrusted_chunk_size
    return chunk_size


def _check_key(key: bytes) -> None:
    if not isinstance(key, bytes) or len(key) != KEY_BYTES:
        raise ValueError(f"an exhibit key must be {KEY_BYTES} bytes")


def _check_chunk_size(chunk_size: int) -> None:
    if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError(f"chunk size must be between {MIN_CHUNK_SIZE} and {MAX_CHUNK_SIZE}")


def _check_cancelled(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise OperationCancelled("The operation was cancelled.")


def read_exact(source: BinaryIO, size: int) -> bytes:
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
