"""A bundle verifier written from docs/bundle-format.md alone, to show that one can be.

Issue 4 asks that anyone with the document and libsodium, in any language, can
write a verifier. This module is that exercise in Python: it imports nothing from
FieldKit, only the standard library and PyNaCl's libsodium bindings, and follows
the document's sections and the order of the checks of section 6. The tests run
it over every vector and over bundles exported by real profiles, and require the
same verdict as FieldKit's importer.

It acts as HQ with the HQ box key (a bundle for the clinical key is ``held``),
keeps its ledger in memory, and leaves out two checks that need FieldKit's record
types or HQ's records: whether a body is a valid record of its kind (here: a
canonical JSON object) and whether a record belongs to another laptop (step 9,
checks 8 and 9). It holds the whole bundle in memory, which is fine for tests.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
from dataclasses import dataclass, field
from typing import Any

import nacl.bindings as sodium
import nacl.exceptions
import nacl.signing

HEADER = struct.Struct(">8sBBH32s32s80sIQ24s")  # section 3.1
TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
HEX64 = re.compile(r"[0-9a-f]{64}\Z")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
MANIFEST_KEYS = {
    "bundle_id", "chain_head", "created_at", "device", "exhibits", "format",
    "payload_length", "prev_bundle_hash", "profile_id", "recipient", "revisions",
    "role", "seq", "signing_public",
}  # fmt: skip


class Refused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Ledger:
    """What an HQ remembers between imports (section 6, steps 2, 8 and 9)."""

    seen: set[tuple[bytes, bytes, int]] = field(default_factory=set)
    bundles: dict[tuple[str, int], tuple[str, int, str | None]] = field(default_factory=dict)
    # (profile id, seq) -> (bundle hash, chain_head.seq, prev_bundle_hash)
    revisions: dict[tuple[str, int], tuple[str, str | None]] = field(default_factory=dict)
    # (profile id, seq) -> (hash, prev_hash)


@dataclass
class Keys:
    hq_box_public: bytes
    hq_box_secret: bytes
    clinical_box_public: bytes
    roster: dict[bytes, dict[str, Any]]  # signing key -> profile_id, role, status


def canonical(untrusted: bytes) -> Any:
    """vault-format.md 4.1: parse, refusing anything not already in canonical form."""

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        if len({k for k, _ in items}) != len(items):
            raise ValueError("repeated key")
        return dict(items)

    def no_float(_text: str) -> Any:
        raise ValueError("fraction")

    value = json.loads(
        untrusted.decode("utf-8"),
        object_pairs_hook=pairs,
        parse_float=no_float,
        parse_constant=no_float,
    )
    again = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    if again.encode("utf-8") != untrusted or not _in_range(value):
        raise ValueError("not canonical")
    return value


def _in_range(value: Any) -> bool:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return True
    if isinstance(value, int):
        return -(2**53) <= value <= 2**53
    if isinstance(value, list):
        return all(_in_range(v) for v in value)
    return all(_in_range(v) for v in value.values())


def verify(data: bytes, keys: Keys, ledger: Ledger, max_bytes: int = 32 << 30) -> str:
    """Return ``success``, ``replay`` or ``held``; raise ``Refused(reason)`` otherwise.

    On success the bundle's revisions and hash are added to ``ledger``.
    """
    # 1. Size and header.
    if len(data) > max_bytes:
        raise Refused("oversize")
    if len(data) < 256:
        raise Refused("truncated")
    magic, version, kind, reserved, sender, recipient, sealed, chunk, length, ss_header = (
        HEADER.unpack(data[:192])
    )
    if (
        magic != b"FKBUNDLE"
        or version != 2
        or kind not in (1, 2)
        or reserved != 0
        or not 4096 <= chunk <= 1048576
        or length > max_bytes
    ):
        raise Refused("bad-header")
    count = max(1, -(-length // chunk))
    expected = 192 + length + 17 * count + 64
    if len(data) != expected:
        raise Refused("truncated" if len(data) < expected else "trailing-data")
    signature = data[-64:]
    # 2. Replay.
    if (sender, signature, len(data)) in ledger.seen:
        return "replay"
    # 3. Signature (section 3.3).
    message = b"fieldkit.bundle-signature/2\x00" + hashlib.sha256(data[:-64]).digest()
    try:
        nacl.signing.VerifyKey(sender).verify(message, signature)
    except nacl.exceptions.BadSignatureError:
        raise Refused("bad-signature") from None
    bundle_hash = hashlib.sha256(data).hexdigest()
    # 4. Roster.
    device = keys.roster.get(sender)
    if device is None:
        raise Refused("unknown-key")
    if device["status"] != "active":
        raise Refused("revoked-key")
    # 5. Recipient.
    if kind == 2:
        if recipient != keys.clinical_box_public:
            raise Refused("wrong-recipient")
        return "held"  # for the clinical key: HQ stores it unread
    if recipient != keys.hq_box_public:
        raise Refused("wrong-recipient")
    try:
        file_key = sodium.crypto_box_seal_open(sealed, keys.hq_box_public, keys.hq_box_secret)
    except nacl.exceptions.CryptoError:
        raise Refused("wrong-recipient") from None
    # 6. Decryption (section 3.2).
    plain = _decrypt(data, file_key, ss_header, chunk, length, count)
    # 7. Payload (section 4).
    manifest_bytes, revision_items, exhibit_items = _items(plain)
    # 8. Manifest (section 5).
    manifest = _manifest(
        manifest_bytes, sender, kind, device, length, revision_items, exhibit_items
    )
    profile, seq = manifest["profile_id"], manifest["seq"]
    held = ledger.bundles.get((profile, seq))
    before = ledger.bundles.get((profile, seq - 1))
    after = ledger.bundles.get((profile, seq + 1))
    if (
        (held is not None and held[0] != bundle_hash)
        or (before is not None and before[0] != manifest["prev_bundle_hash"])
        or (after is not None and after[2] != bundle_hash)
    ):
        raise Refused("fork")
    head_seq = manifest["chain_head"]["seq"]
    if any(
        p == profile and ((s < seq and h > head_seq) or (s > seq and h < head_seq))
        for (p, s), (_, h, _) in ledger.bundles.items()
    ):
        raise Refused("rollback")
    # 9. Revisions and exhibits.
    new = _revisions(revision_items, sender, profile, ledger)
    for sha, content in exhibit_items:
        if hashlib.sha256(content).hexdigest() != sha.hex():
            raise Refused("bad-revision")
    # 10. Commit.
    ledger.seen.add((sender, signature, len(data)))
    ledger.bundles[(profile, seq)] = (bundle_hash, head_seq, manifest["prev_bundle_hash"])
    ledger.revisions.update(new)
    return "success"


def _decrypt(
    data: bytes, file_key: bytes, ss_header: bytes, chunk: int, length: int, count: int
) -> bytes:
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, ss_header, file_key)
    out, position = bytearray(), 192
    for index in range(count):
        size = (chunk if index < count - 1 else length - chunk * (count - 1)) + 17
        try:
            piece, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(
                state, data[position : position + size], data[:192] if index == 0 else None
            )
        except nacl.exceptions.CryptoError:
            raise Refused("bad-chunk") from None
        last = index == count - 1
        if tag == TAG_FINAL and not last:
            raise Refused("early-final-tag")
        if last and tag != TAG_FINAL:
            raise Refused("missing-final-tag")
        out += piece
        position += size
    return bytes(out)


def _items(plain: bytes) -> tuple[bytes, list[bytes], list[tuple[bytes, bytes]]]:
    manifest: bytes | None = None
    revisions: list[bytes] = []
    exhibits: list[tuple[bytes, bytes]] = []
    position = 0
    while position < len(plain):
        if position + 9 > len(plain):
            raise Refused("bad-payload")
        kind, size = struct.unpack(">BQ", plain[position : position + 9])
        content = plain[position + 9 : position + 9 + size]
        if len(content) != size:
            raise Refused("bad-payload")
        position += 9 + size
        if kind in (1, 2) and size > 64 << 20:
            raise Refused("bad-payload")
        if kind == 1 and manifest is None:
            manifest = content
        elif kind == 2 and manifest is not None and not exhibits:
            if size < 68:
                raise Refused("bad-payload")
            (envelope_length,) = struct.unpack(">I", content[64:68])
            if envelope_length < 1 or 68 + envelope_length > size:
                raise Refused("bad-payload")
            revisions.append(content)
        elif kind == 3 and manifest is not None and size >= 32:
            exhibits.append((content[:32], content[32:]))
        else:
            raise Refused("bad-payload")
    if manifest is None:
        raise Refused("bad-payload")
    try:
        if not isinstance(canonical(manifest), dict):
            raise ValueError("not an object")
    except ValueError:
        raise Refused("bad-payload") from None
    return manifest, revisions, exhibits


def _manifest(
    raw: bytes,
    sender: bytes,
    kind: int,
    device: dict[str, Any],
    length: int,
    revisions: list[bytes],
    exhibits: list[tuple[bytes, bytes]],
) -> dict[str, Any]:
    value = canonical(raw)

    def integer(v: Any) -> bool:
        return isinstance(v, int) and not isinstance(v, bool)

    head = value.get("chain_head") if isinstance(value, dict) else None
    ok = (
        isinstance(value, dict)
        and set(value) == MANIFEST_KEYS
        and value["format"] == "fieldkit.bundle-manifest/1"
        and isinstance(value["bundle_id"], str)
        and UUID.match(value["bundle_id"]) is not None
        and isinstance(value["created_at"], str)
        and isinstance(value["device"], str)
        and value["recipient"] == {1: "hq", 2: "clinical"}[kind]
        and value["signing_public"] == sender.hex()
        and value["profile_id"] == device["profile_id"]
        and value["role"] == device["role"]
        and value["recipient"] == ("clinical" if device["role"] == "psychologist" else "hq")
        and integer(value["seq"])
        and 1 <= value["seq"] <= 2**31
        and (value["prev_bundle_hash"] is None) == (value["seq"] == 1)
        and (value["prev_bundle_hash"] is None or HEX64.match(str(value["prev_bundle_hash"])))
        and isinstance(head, dict)
        and set(head) == {"hash", "seq"}
        and integer(head["seq"])
        and head["seq"] >= 0
        and (head["hash"] is None) == (head["seq"] == 0)
        and (head["hash"] is None or HEX64.match(str(head["hash"])))
        and value["revisions"] == len(revisions)
        and integer(value["revisions"])
        and value["exhibits"] == [{"sha256": s.hex(), "size": len(c)} for s, c in exhibits]
        and all(integer(e["size"]) for e in value["exhibits"])
        and value["payload_length"] == length
        and integer(value["payload_length"])
    )
    if not ok:
        raise Refused("bad-manifest")
    return value  # type: ignore[no-any-return]


ENVELOPE_TEXT = ("format", "kind", "status", "reason", "created_at", "zone", "author_role",
                 "body_sha256")  # fmt: skip


def _envelope_ok(envelope: Any, profile: str) -> bool:
    """vault-format.md 4.2, field by field."""
    if not isinstance(envelope, dict) or set(envelope) != {
        *ENVELOPE_TEXT, "profile_id", "record_id", "seq", "revision", "prev_hash",
        "supersedes", "vocabularies",
    }:  # fmt: skip
        return False

    def count(name: str) -> bool:
        v = envelope[name]
        return isinstance(v, int) and not isinstance(v, bool) and v >= 1

    def text(v: Any) -> bool:
        return isinstance(v, str) and len(v) <= 2_000_000

    vocabularies = envelope["vocabularies"]
    return (
        all(text(envelope[name]) for name in ENVELOPE_TEXT)
        and envelope["format"] == "fieldkit.revision/1"
        and count("seq")
        and count("revision")
        and all(
            isinstance(envelope[n], str) and UUID.match(envelope[n]) is not None
            for n in ("profile_id", "record_id")
        )
        and envelope["kind"] in ("person", "interview", "exhibit", "custody", "note")
        and envelope["status"] in ("draft", "sealed", "withdrawn")
        and (envelope["prev_hash"] is None) == (envelope["seq"] == 1)
        and (envelope["supersedes"] is None) == (envelope["revision"] == 1)
        and all(text(envelope[n]) for n in ("prev_hash", "supersedes") if envelope[n] is not None)
        and isinstance(vocabularies, dict)
        and len(vocabularies) <= 10_000
        and all(text(v) for v in vocabularies.values())
    )


def _revisions(
    items: list[bytes], sender: bytes, profile: str, ledger: Ledger
) -> dict[tuple[str, int], tuple[str, str | None]]:
    """Step 9, its checks 1 to 8 in order, for each revision item in bundle order."""
    new: dict[tuple[str, int], tuple[str, str | None]] = {}
    last: tuple[int, str] | None = None
    for content in items:
        signature = content[:64]
        (envelope_length,) = struct.unpack(">I", content[64:68])
        envelope_bytes = content[68 : 68 + envelope_length]
        body = content[68 + envelope_length :] or None
        try:  # 1
            envelope = canonical(envelope_bytes)
        except ValueError:
            raise Refused("bad-revision") from None
        if not _envelope_ok(envelope, profile) or envelope["profile_id"] != profile:  # 1, 2
            raise Refused("bad-revision")
        revision_hash = hashlib.sha256(envelope_bytes).hexdigest()
        message = b"fieldkit.revision-signature/1\x00" + bytes.fromhex(revision_hash)
        try:  # 3
            nacl.signing.VerifyKey(sender).verify(message, signature)
        except nacl.exceptions.BadSignatureError:
            raise Refused("bad-revision") from None
        if body is not None and hashlib.sha256(body).hexdigest() != envelope["body_sha256"]:
            raise Refused("bad-revision")  # 4
        seq = envelope["seq"]
        if last is not None and seq <= last[0]:  # 5
            raise Refused("bad-revision")
        if last is not None and seq == last[0] + 1:  # 6
            expected: str | None = last[1]
        elif seq == 1:
            expected = None
        else:
            before = ledger.revisions.get((profile, seq - 1))
            expected = envelope["prev_hash"] if before is None else before[0]
        after = ledger.revisions.get((profile, seq + 1))
        held = ledger.revisions.get((profile, seq))
        if (
            envelope["prev_hash"] != expected
            or (after is not None and after[1] != revision_hash)
            or (held is not None and held[0] != revision_hash)
        ):
            raise Refused("fork")
        last = (seq, revision_hash)
        if held is not None:  # 7
            continue
        try:  # 8, as far as canonical JSON goes
            if body is None or not isinstance(canonical(body), dict):
                raise ValueError("no body, or not an object")
        except ValueError:
            raise Refused("bad-revision") from None
        new[(profile, seq)] = (revision_hash, envelope["prev_hash"])
    return new
