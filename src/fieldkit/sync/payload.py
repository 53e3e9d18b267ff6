"""The plaintext inside a bundle: framed items (docs/bundle-format.md, section 4).

Writing knows every length in advance (the header declares the payload length);
reading is a streaming parser over decrypted pieces that never holds an exhibit
in memory.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from fieldkit.crypto.bundle import BundleRejected
from fieldkit.domain import canonical
from fieldkit.domain.errors import FieldKitError

ITEM_MANIFEST: Final = 1
ITEM_REVISION: Final = 2
ITEM_EXHIBIT: Final = 3
_FRAME = struct.Struct(">BQ")
_ENVELOPE_LENGTH = struct.Struct(">I")
SIGNATURE_BYTES: Final = 64
FRAME_BYTES: Final = _FRAME.size
MAX_ITEM: Final = 64 << 20  # a manifest or one revision (section 4); accounts are far smaller


class PayloadInvalid(BundleRejected):
    def __init__(self, message: str) -> None:
        super().__init__("bad-payload", f"The bundle's content is malformed: {message}.")


def frame(item_type: int, length: int) -> bytes:
    return _FRAME.pack(item_type, length)


def revision_item(envelope: bytes, signature: bytes, body: bytes | None) -> bytes:
    """The framed item of section 4: signature, envelope length, envelope, then the body.

    The envelope and body are the exact canonical JSON bytes stored on the
    laptop, written as they are (no escaping); a purged body is no bytes.
    """
    content_length = REVISION_FIXED + len(envelope) + (0 if body is None else len(body))
    return b"".join(
        (
            frame(ITEM_REVISION, content_length),
            signature,
            _ENVELOPE_LENGTH.pack(len(envelope)),
            envelope,
            b"" if body is None else body,
        )
    )


REVISION_FIXED: Final = SIGNATURE_BYTES + 4
"""Bytes of a revision item's content besides its envelope and body."""
ITEM_FIXED: Final = FRAME_BYTES + REVISION_FIXED
"""Bytes of a framed revision item besides its envelope and body."""


def revision_item_length(envelope_length: int, body_length: int | None) -> int:
    """``len(revision_item(...))`` from the lengths alone (export sizes the payload first)."""
    return ITEM_FIXED + envelope_length + (body_length or 0)


def json_item(item_type: int, value: object) -> bytes:
    content = canonical.dumps(value)
    return frame(item_type, len(content)) + content


def exhibit_frame(sha256: str, size: int) -> bytes:
    return frame(ITEM_EXHIBIT, 32 + size) + bytes.fromhex(sha256)


@dataclass(frozen=True)
class RevisionItem:
    envelope: bytes
    signature: bytes
    body: bytes | None


@dataclass(frozen=True)
class ExhibitStart:
    sha256: str
    size: int


@dataclass(frozen=True)
class ExhibitPiece:
    data: bytes


@dataclass(frozen=True)
class ExhibitEnd:
    pass


Event = dict[str, object] | RevisionItem | ExhibitStart | ExhibitPiece | ExhibitEnd


class _Reader:
    """Pull exact byte counts out of an iterator of decrypted pieces."""

    def __init__(self, pieces: Iterator[bytes]) -> None:
        self._pieces = pieces
        self._buffer = bytearray()
        self.consumed = 0

    def _fill(self, count: int) -> bool:
        while len(self._buffer) < count:
            piece = next(self._pieces, None)
            if piece is None:
                return False
            self._buffer += piece
        return True

    def exact(self, count: int) -> bytes:
        if not self._fill(count):
            raise PayloadInvalid("an item runs past the end of the payload")
        data = bytes(self._buffer[:count])
        del self._buffer[:count]
        self.consumed += count
        return data

    def upto(self, count: int) -> bytes:
        """At most ``count`` bytes (at least one), for streaming exhibits."""
        if not self._buffer and not self._fill(1):
            raise PayloadInvalid("an exhibit runs past the end of the payload")
        data = bytes(self._buffer[:count])
        del self._buffer[:count]
        self.consumed += len(data)
        return data

    def at_end(self) -> bool:
        return not self._buffer and not self._fill(1)


def _json(untrusted: bytes, what: str) -> object:
    try:
        return canonical.parse(untrusted)
    except FieldKitError:
        raise PayloadInvalid(f"the {what} is not canonical JSON") from None


def parse(pieces: Iterator[bytes], payload_length: int) -> Iterator[Event]:
    """Events in payload order: the manifest dict, revisions, exhibit streams.

    Enforces the item order of the spec and that items end exactly at the
    declared payload length. Exhibit content arrives as ``ExhibitPiece`` events
    between ``ExhibitStart`` and ``ExhibitEnd``.
    """
    reader = _Reader(pieces)
    stage = 0  # 0: expect manifest, 1: revisions, 2: exhibits
    while True:
        if reader.consumed == payload_length:
            if not reader.at_end():
                raise PayloadInvalid("there is data after the declared end")
            if stage == 0:
                raise PayloadInvalid("there is no manifest")
            return
        untrusted_type, untrusted_length = _FRAME.unpack(reader.exact(FRAME_BYTES))
        if reader.consumed + untrusted_length > payload_length:
            raise PayloadInvalid("an item is longer than the rest of the payload")
        if untrusted_type == ITEM_MANIFEST and stage == 0:
            value = _json(_bounded(reader, untrusted_length), "manifest")
            if not isinstance(value, dict):
                raise PayloadInvalid("the manifest is not an object")
            stage = 1
            yield value
        elif untrusted_type == ITEM_REVISION and stage == 1:
            yield _revision(_bounded(reader, untrusted_length))
        elif untrusted_type == ITEM_EXHIBIT and stage in (1, 2):
            stage = 2
            if untrusted_length < 32:
                raise PayloadInvalid("an exhibit item is too short")
            sha = reader.exact(32).hex()
            remaining = untrusted_length - 32
            yield ExhibitStart(sha, remaining)
            while remaining:
                data = reader.upto(min(remaining, 1 << 20))
                remaining -= len(data)
                yield ExhibitPiece(data)
            yield ExhibitEnd()
        else:
            raise PayloadInvalid("an item is of an unknown type or out of order")


def _bounded(reader: _Reader, length: int) -> bytes:
    if length > MAX_ITEM:
        raise PayloadInvalid("an item is larger than FieldKit accepts")
    return reader.exact(length)


def _revision(untrusted: bytes) -> RevisionItem:
    """Split a revision item's content; the envelope and body are checked in step 9."""
    if len(untrusted) < REVISION_FIXED:
        raise PayloadInvalid("a revision item is too short")
    (untrusted_envelope_length,) = _ENVELOPE_LENGTH.unpack_from(untrusted, SIGNATURE_BYTES)
    body_start = REVISION_FIXED + untrusted_envelope_length
    if untrusted_envelope_length == 0 or body_start > len(untrusted):
        raise PayloadInvalid("a revision item's envelope length does not fit the item")
    return RevisionItem(
        untrusted[REVISION_FIXED:body_start],
        untrusted[:SIGNATURE_BYTES],
        untrusted[body_start:] if body_start < len(untrusted) else None,
    )
