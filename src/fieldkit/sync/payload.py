"""The plaintext inside a bundle: framed items (docs/bundle-format.md, section 4).

Writing knows every length in advance (the header declares the payload length);
reading is a streaming parser over decrypted pieces that never holds an exhibit
in memory.
"""

from __future__ import annotations

import json.encoder
import re
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
_HEX128 = re.compile(r"[0-9a-f]{128}")
FRAME_BYTES: Final = _FRAME.size
MAX_JSON_ITEM: Final = 64 << 20  # a manifest or one revision; accounts are far smaller
_encode_string: Final = json.encoder.encode_basestring  # what json.dumps uses, ensure_ascii=False
_CONTROL: Final = bytes(range(32))


class PayloadInvalid(BundleRejected):
    def __init__(self, message: str) -> None:
        super().__init__("bad-payload", f"The bundle's content is malformed: {message}.")


def frame(item_type: int, length: int) -> bytes:
    return _FRAME.pack(item_type, length)


def revision_item(envelope: bytes, signature: bytes, body: bytes | None) -> bytes:
    """The framed item: ``canonical.dumps`` of {body, envelope, signature}, byte for byte.

    Spelled out because it runs for every revision of an export: the keys are
    already in order, and ``_json_text`` writes a string exactly as
    ``canonical.dumps`` does (UTF-8 that decodes strictly holds no lone
    surrogates, so there is nothing for its checks to refuse).
    """
    content = b"".join(
        (
            b'{"body":',
            b"null" if body is None else _json_text(body),
            b',"envelope":',
            _json_text(envelope),
            b',"signature":"',
            signature.hex().encode("ascii"),
            b'"}',
        )
    )
    return frame(ITEM_REVISION, len(content)) + content


def _json_text(text: bytes) -> bytes:
    """UTF-8 ``text`` as a canonical JSON string (``json.dumps(..., ensure_ascii=False)``).

    That escapes only quotes, backslashes and control characters. Canonical
    JSON (every envelope and body) holds no raw control character, so the
    common case is two byte replacements; anything else takes ``json``'s path.
    """
    decoded = text.decode("utf-8")  # strict: refuses what json.dumps would never see
    if len(text.translate(None, _CONTROL)) != len(text):
        encoded: str = _encode_string(decoded)
        return encoded.encode("utf-8")
    return b'"' + text.replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"'


ITEM_FIXED: Final = FRAME_BYTES + len(b'{"body":,"envelope":,"signature":""}') + 128
"""Bytes of a revision item besides its envelope and body strings (frame, keys, signature)."""
NULL_BODY: Final = len(b"null")


def revision_item_length(envelope: bytes, body: bytes | None) -> int:
    """``len(revision_item(...))`` without building it (export sizes the payload first)."""
    body_length = NULL_BODY if body is None else canonical.string_length(body)
    return ITEM_FIXED + body_length + canonical.string_length(envelope)


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
            yield _revision(_json(_bounded(reader, untrusted_length), "revision"))
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
    if length > MAX_JSON_ITEM:
        raise PayloadInvalid("an item is larger than FieldKit accepts")
    return reader.exact(length)


def _revision(value: object) -> RevisionItem:
    if not isinstance(value, dict) or set(value) != {"body", "envelope", "signature"}:
        raise PayloadInvalid("a revision item has the wrong fields")
    envelope, signature, body = value["envelope"], value["signature"], value["body"]
    if not isinstance(envelope, str) or not isinstance(signature, str):
        raise PayloadInvalid("a revision item has the wrong field types")
    if body is not None and not isinstance(body, str):
        raise PayloadInvalid("a revision body is not text")
    if not _HEX128.fullmatch(signature):
        raise PayloadInvalid("a revision signature is not 64 bytes of lower-case hex")
    signature_bytes = bytes.fromhex(signature)
    return RevisionItem(
        envelope.encode("utf-8"),
        signature_bytes,
        None if body is None else body.encode("utf-8"),
    )
