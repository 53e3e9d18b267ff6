"""The bundle container's layout: constants, the header and the sizes they imply.

Sections 3.1 and 3.2 of ``docs/bundle-format.md`` in one place, so that the
writer (:mod:`fieldkit.crypto.bundle_writer`) and the reader
(:mod:`fieldkit.crypto.bundle_reader`) cannot disagree on a field, a size or a
chunk count. Names with a leading underscore are shared by the ``bundle_*``
modules only; everything else is re-exported by :mod:`fieldkit.crypto.bundle`.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Final

from nacl.bindings import (
    crypto_box_PUBLICKEYBYTES,
    crypto_box_SEALBYTES,
    crypto_secretstream_xchacha20poly1305_ABYTES,
    crypto_secretstream_xchacha20poly1305_HEADERBYTES,
    crypto_secretstream_xchacha20poly1305_KEYBYTES,
    crypto_secretstream_xchacha20poly1305_TAG_FINAL,
    crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
)

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
    "ciphertext_size",
]

MAGIC: Final = b"FKBUNDLE"
VERSION: Final = 2
RECIPIENT_HQ: Final = 1
RECIPIENT_CLINICAL: Final = 2
HEADER_BYTES: Final = 192
SIGNATURE_BYTES: Final = 64
MIN_FILE_BYTES: Final = HEADER_BYTES + SIGNATURE_BYTES  # the 256 bytes of step 1
MIN_CHUNK_SIZE: Final = 4096
MAX_CHUNK_SIZE: Final = 1048576
DEFAULT_CHUNK_SIZE: Final = 65536
DEFAULT_MAX_BUNDLE_BYTES: Final = 32 << 30  # 32 GiB
SIGNATURE_CONTEXT: Final = b"fieldkit.bundle-signature/2\x00"

_KEY_BYTES: Final[int] = crypto_secretstream_xchacha20poly1305_KEYBYTES
_ABYTES: Final[int] = crypto_secretstream_xchacha20poly1305_ABYTES
_SS_HEADER_BYTES: Final[int] = crypto_secretstream_xchacha20poly1305_HEADERBYTES
_SEALED_KEY_BYTES: Final[int] = crypto_box_SEALBYTES + _KEY_BYTES
_TAG_MESSAGE: Final[int] = crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL: Final[int] = crypto_secretstream_xchacha20poly1305_TAG_FINAL
_RESERVED: Final = 0
_RECIPIENT_KINDS: Final = frozenset({RECIPIENT_HQ, RECIPIENT_CLINICAL})
_MAX_PAYLOAD_LENGTH: Final = (1 << 64) - 1

# Section 3.1: magic, version, recipient kind, reserved, sender key, recipient
# key, sealed file key, chunk size (u32), payload length (u64), stream header.
_HEADER: Final = struct.Struct(">8sBBH32s32s80sIQ24s")

assert _HEADER.size == HEADER_BYTES
assert _KEY_BYTES == 32 and _ABYTES == 17 and _SS_HEADER_BYTES == 24
assert _SEALED_KEY_BYTES == 80 and crypto_box_PUBLICKEYBYTES == 32


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


def _chunk_count(payload_length: int, chunk_size: int) -> int:
    return max(1, -(-payload_length // chunk_size))


def _check_chunk_size(chunk_size: int) -> None:
    if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError(f"chunk size must be between {MIN_CHUNK_SIZE} and {MAX_CHUNK_SIZE}")


def _check_payload_length(payload_length: int) -> None:
    if not 0 <= payload_length <= _MAX_PAYLOAD_LENGTH:
        raise ValueError("payload length out of range")
