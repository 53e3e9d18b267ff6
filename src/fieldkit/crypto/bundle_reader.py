"""Checking and opening a bundle: the container checks of section 6 (steps 1, 3, 5, 6).

The importer calls these in the order that :mod:`fieldkit.crypto.bundle`
lists. Everything read from the file is named ``untrusted_*`` until the
check that covers it has passed; each failure is a
:class:`~fieldkit.crypto.bundle_errors.BundleRejected` with the spec's code.
Files are read in blocks of at most 1 MiB whatever the bundle's size.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Generator
from typing import BinaryIO, Final

import nacl.exceptions
from nacl.bindings import (
    crypto_box_seal_open,
    crypto_box_SECRETKEYBYTES,
    crypto_scalarmult_base,
    crypto_secretstream_xchacha20poly1305_init_pull,
    crypto_secretstream_xchacha20poly1305_pull,
    crypto_secretstream_xchacha20poly1305_state,
)

from fieldkit.crypto import identity
from fieldkit.crypto.bundle_errors import _AGAIN, BundleRejected
from fieldkit.crypto.bundle_format import (
    _ABYTES,
    _HEADER,
    _KEY_BYTES,
    _RECIPIENT_KINDS,
    _RESERVED,
    _TAG_FINAL,
    _TAG_MESSAGE,
    DEFAULT_MAX_BUNDLE_BYTES,
    HEADER_BYTES,
    MAGIC,
    MAX_CHUNK_SIZE,
    MIN_CHUNK_SIZE,
    MIN_FILE_BYTES,
    SIGNATURE_BYTES,
    SIGNATURE_CONTEXT,
    VERSION,
    BundleHeader,
    ciphertext_size,
)
from fieldkit.crypto.stream import read_exact

__all__ = [
    "decrypt_payload",
    "open_file_key",
    "read_header",
    "signature_of",
    "verify_signature",
]

_READ_BLOCK: Final = 1 << 20


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
    untrusted_raw = read_exact(f, HEADER_BYTES)
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
            "cannot read. Update FieldKit on the laptop and at HQ to the same release and "
            "export again, or check that the file is not damaged.",
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
    untrusted_signature = read_exact(f, SIGNATURE_BYTES)
    if len(untrusted_signature) != SIGNATURE_BYTES:
        raise BundleRejected("truncated")
    return untrusted_signature


def verify_signature(f: BinaryIO, header: BundleHeader, file_size: int) -> str:
    """Step 3: verify the bundle signature with the header's sender key.

    Streams the whole file once through one SHA-256: its value after the signed
    part is what the signature covers, and its value after the signature too is
    the bundle hash (hex), which it returns; or raises
    ``BundleRejected("bad-signature")``. The sender key is only known to have
    signed the bundle, not to be in the roster: that is step 4.
    """
    _check_file_size(header, file_size)
    signed_length = file_size - SIGNATURE_BYTES
    sha256 = hashlib.sha256()
    f.seek(0)
    untrusted_first = read_exact(f, HEADER_BYTES)
    if not hmac.compare_digest(untrusted_first, header.raw):
        # The file changed since step 1 read it: what is verified must be
        # exactly what the later steps use.
        raise BundleRejected(
            "bad-signature",
            "The bundle changed while it was being checked. Copy it to this computer "
            "and import the copy.",
        )
    sha256.update(untrusted_first)
    remaining = signed_length - HEADER_BYTES
    while remaining:
        untrusted_block = read_exact(f, min(_READ_BLOCK, remaining))
        if not untrusted_block:
            raise BundleRejected("truncated")
        sha256.update(untrusted_block)
        remaining -= len(untrusted_block)
    untrusted_signature = read_exact(f, SIGNATURE_BYTES)
    if len(untrusted_signature) != SIGNATURE_BYTES:
        raise BundleRejected("truncated")
    message = SIGNATURE_CONTEXT + sha256.digest()  # H(every byte before the signature)
    sha256.update(untrusted_signature)
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
        untrusted_chunk = read_exact(f, size)
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


def _check_file_size(header: BundleHeader, file_size: int) -> None:
    if file_size != header.expected_file_size:
        raise ValueError("file_size does not match the header: call read_header first")
