"""Write the bundle test vectors: one valid bundle, one vector per failure.

Run from the repository root: ``.venv/bin/python -m tests.vectors.generate``.
Each ``NAME.vector`` file is text lines (``expect: <code>``, ``comment: ...``,
optionally ``prior: a, b`` naming vectors HQ imports first, and ``max-bytes:
N`` for the size cap), an empty line, then the bundle bytes. ``keys.json``
holds the HQ keys and the roster the vectors are checked against.

Bad vectors are crafted byte by byte with libsodium, and every one that should
get past the signature check is signed with the enrolled laptop's real key, so
each vector fails at exactly the check it names.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import nacl.bindings as sodium
import nacl.public
import nacl.signing

from fieldkit.crypto import bundle
from fieldkit.domain import canonical
from fieldkit.domain.ids import uuid7
from fieldkit.store import revisions
from fieldkit.sync import payload

HERE = Path(__file__).resolve().parent
CHUNK = 4096
TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL


class Keys:
    def __init__(self) -> None:
        self.hq_signing = nacl.signing.SigningKey.generate()
        self.hq_box = nacl.public.PrivateKey.generate()
        self.clinical = nacl.public.PrivateKey.generate()
        self.stranger = nacl.signing.SigningKey.generate()
        self.revoked = nacl.signing.SigningKey.generate()
        self.other_box = nacl.public.PrivateKey.generate()
        self.org_id = uuid7()


def laptop_revisions(count: int) -> tuple[bytes, bytes, str, list[revisions.StoredRevision]]:
    """A real laptop profile with ``count`` signed revisions: (seed, box public, id, revisions)."""
    from fieldkit.services import profiles, records
    from fieldkit.store.vault import BOX_PURPOSE, SIGNING_PURPOSE
    from tests.samples import interview

    with tempfile.TemporaryDirectory() as home:
        os.environ["FIELDKIT_HOME"] = home
        session = profiles.create_profile(
            "Vector laptop", "interviewer", "vector passphrase", params=profiles.KdfParams.floor()
        )
        for index in range(count):
            records.save_draft(session, interview(narrative=f"Тестове свідчення {index} " * 40))
        vault = session.vault
        stored = list(revisions.iter_stored(vault))
        result = (
            vault.secret(SIGNING_PURPOSE),
            vault.public_key(BOX_PURPOSE),
            vault.info.id,
            stored,
        )
        session.lock()
    return result


def manifest(
    profile_id: str,
    signing_public: bytes,
    seq: int,
    prev: str | None,
    count: int,
    head_seq: int,
    head_hash: str,
    length: int = 0,
) -> dict[str, Any]:
    return {
        "format": "fieldkit.bundle-manifest/1",
        "bundle_id": uuid7(),
        "profile_id": profile_id,
        "role": "interviewer",
        "device": "Vector laptop",
        "signing_public": signing_public.hex(),
        "recipient": "hq",
        "seq": seq,
        "prev_bundle_hash": prev,
        "created_at": "2026-12-01T00:00:00Z",
        "revisions": count,
        "exhibits": [],
        "chain_head": {"seq": head_seq, "hash": head_hash},
        "payload_length": length,
    }


def build_payload(man: dict[str, Any], items: list[bytes]) -> bytes:
    body = b"".join(items)
    for _ in range(4):
        plain = payload.json_item(payload.ITEM_MANIFEST, man) + body
        if man["payload_length"] == len(plain):
            return plain
        man["payload_length"] = len(plain)
    raise RuntimeError("manifest length did not settle")


def rev_items(stored: list[revisions.StoredRevision]) -> list[bytes]:
    return [payload.revision_item(r.envelope, r.signature, r.body) for r in stored]


ChunkHook = Callable[[list[tuple[bytes, int]]], list[tuple[bytes, int]]]


def craft(
    plain: bytes,
    seed: bytes,
    recipient: bytes,
    *,
    kind: int = bundle.RECIPIENT_HQ,
    version: int = bundle.VERSION,
    declared_length: int | None = None,
    chunks_hook: ChunkHook | None = None,
    sign_with: bytes | None = None,
) -> bytes:
    """A bundle built by hand, so any single rule can be broken and still be signed."""
    sender = bytes(nacl.signing.SigningKey(seed).verify_key)
    file_key = os.urandom(32)
    sealed = sodium.crypto_box_seal(file_key, recipient)
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    stream_header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, file_key)
    pieces = [plain[i : i + CHUNK] for i in range(0, len(plain), CHUNK)] or [b""]
    plan = [
        (piece, TAG_FINAL if i == len(pieces) - 1 else TAG_MESSAGE)
        for i, piece in enumerate(pieces)
    ]
    if chunks_hook is not None:
        plan = chunks_hook(plan)
    length = len(plain) if declared_length is None else declared_length
    header = (
        b"FKBUNDLE"
        + bytes([version, kind, 0, 0])
        + sender
        + recipient
        + sealed
        + struct.pack(">IQ", CHUNK, length)
        + stream_header
    )
    body = bytearray(header)
    for index, (piece, tag) in enumerate(plan):
        ad = header if index == 0 else b""
        body += sodium.crypto_secretstream_xchacha20poly1305_push(state, piece, ad, tag)
    digest = hashlib.sha256(bytes(body)).digest()
    signature = (
        nacl.signing.SigningKey(sign_with or seed).sign(bundle.SIGNATURE_CONTEXT + digest).signature
    )
    return bytes(body) + signature


def write_vector(name: str, data: bytes, expect: str, comment: str, **extra: str) -> None:
    lines = [f"expect: {expect}", f"comment: {comment}"]
    lines += [f"{key.replace('_', '-')}: {value}" for key, value in extra.items()]
    (HERE / f"{name}.vector").write_bytes("\n".join(lines).encode() + b"\n\n" + data)


def main() -> None:
    keys = Keys()
    seed, box_public, profile_id, stored = laptop_revisions(5)
    sender = bytes(nacl.signing.SigningKey(seed).verify_key)
    hq = bytes(keys.hq_box.public_key)
    first, rest = stored[:3], stored[3:]

    def plain_for(
        revs: list[revisions.StoredRevision],
        seq: int,
        prev: str | None,
        head: revisions.StoredRevision,
    ) -> bytes:
        man = manifest(
            profile_id,
            sender,
            seq,
            prev,
            len(revs),
            len(stored[: stored.index(head) + 1]),
            head.hash,
        )
        return build_payload(man, rev_items(revs))

    for old in HERE.glob("*.vector"):
        old.unlink()
    valid_plain = plain_for(first, 1, None, first[-1])
    valid = craft(valid_plain, seed, hq)
    valid_hash = hashlib.sha256(valid).hexdigest()
    write_vector("valid", valid, "success", "three revisions from an enrolled laptop")
    second = craft(plain_for(rest, 2, valid_hash, rest[-1]), seed, hq)
    write_vector("valid-second", second, "success", "the next bundle, after valid", prior="valid")
    write_vector("replay", valid, "replay", "the same bundle again", prior="valid")

    flipped = bytearray(valid)
    flipped[bundle.HEADER_BYTES + 10] ^= 0x01
    write_vector("bad-signature", bytes(flipped), "bad-signature", "one payload byte flipped")
    write_vector(
        "unknown-key",
        craft(valid_plain, bytes(keys.stranger), hq),
        "unknown-key",
        "signed by a key that is not in the roster",
    )
    write_vector(
        "revoked-key",
        craft(valid_plain, bytes(keys.revoked), hq),
        "revoked-key",
        "signed by a device the roster marks revoked",
    )
    write_vector(
        "wrong-recipient",
        craft(valid_plain, seed, bytes(keys.other_box.public_key)),
        "wrong-recipient",
        "the file key is sealed to another organisation's key",
    )
    write_vector("truncated", valid[:-100], "truncated", "the last 100 bytes are missing")
    write_vector("trailing-data", valid + b"\0", "trailing-data", "one byte after the signature")
    write_vector("oversize", valid, "oversize", "larger than the configured cap", max_bytes="1024")
    write_vector(
        "bad-header",
        craft(valid_plain, seed, hq, version=1),
        "bad-header",
        "version 1 in the header (the format before SHA-256 signing)",
    )
    write_vector(
        "missing-final-tag",
        craft(valid_plain, seed, hq, chunks_hook=lambda p: [(c, TAG_MESSAGE) for c, _ in p]),
        "missing-final-tag",
        "every chunk carries TAG_MESSAGE: cut at a chunk boundary",
    )
    write_vector(
        "early-final-tag",
        craft(
            valid_plain,
            seed,
            hq,
            chunks_hook=lambda p: [(c, TAG_FINAL if i == 0 else t) for i, (c, t) in enumerate(p)],
        ),
        "early-final-tag",
        "the first chunk claims to be the last",
    )

    def swap(plan: list[tuple[bytes, int]]) -> list[tuple[bytes, int]]:
        plan = list(plan)
        plan[0], plan[1] = (plan[1][0], plan[0][1]), (plan[0][0], plan[1][1])
        return plan

    # Reordering is simulated at the ciphertext level: encrypt in order, then swap.
    ordered = craft(valid_plain, seed, hq)
    size0 = CHUNK + 17
    start = bundle.HEADER_BYTES
    reordered_body = (
        ordered[:start]
        + ordered[start + size0 : start + 2 * size0]
        + ordered[start : start + size0]
        + ordered[start + 2 * size0 : -64]
    )
    write_vector(
        "reordered-chunk",
        resign(reordered_body, seed),
        "bad-chunk",
        "chunks 1 and 2 swapped, file re-signed by the laptop key",
    )
    dup_len = len(valid_plain) + CHUNK
    duplicated = craft(valid_plain, seed, hq, declared_length=dup_len)
    dup_body = duplicated[:start] + duplicated[start : start + size0] + duplicated[start:-64]
    write_vector(
        "duplicated-chunk",
        resign(dup_body, seed),
        "bad-chunk",
        "chunk 1 repeated, length adjusted, re-signed",
    )
    del swap

    bad_man = manifest(profile_id, sender, 1, None, 7, 3, first[-1].hash)
    write_vector(
        "bad-manifest",
        craft(build_payload(bad_man, rev_items(first)), seed, hq),
        "bad-manifest",
        "the manifest declares 7 revisions, the bundle holds 3",
    )
    junk = build_payload(
        manifest(profile_id, sender, 1, None, 3, 3, first[-1].hash),
        [*rev_items(first), payload.frame(9, 2) + b"xx"],
    )
    write_vector("bad-payload", craft(junk, seed, hq), "bad-payload", "an item of unknown type 9")
    tampered = list(first)
    tampered[1] = revisions.StoredRevision(
        tampered[1].envelope, tampered[1].hash, bytes(64), tampered[1].body
    )
    write_vector(
        "bad-revision",
        craft(
            build_payload(
                manifest(profile_id, sender, 1, None, 3, 3, first[-1].hash), rev_items(tampered)
            ),
            seed,
            hq,
        ),
        "bad-revision",
        "revision 2's own signature is zeroed; the bundle is signed",
    )
    fork_plain = build_payload(
        manifest(profile_id, sender, 1, None, 2, 2, first[1].hash), rev_items(first[:2])
    )
    write_vector(
        "fork",
        craft(fork_plain, seed, hq),
        "fork",
        "a different bundle 1 after valid was imported",
        prior="valid",
    )
    rollback_plain = build_payload(
        manifest(profile_id, sender, 2, valid_hash, 0, 1, first[0].hash), []
    )
    write_vector(
        "rollback",
        craft(rollback_plain, seed, hq),
        "rollback",
        "bundle 2 whose chain head (1) is behind bundle 1's (3)",
        prior="valid",
    )

    roster = [
        {
            "profile_id": profile_id,
            "name": "Vector laptop",
            "role": "interviewer",
            "device": "Vector laptop",
            "signing_public": sender.hex(),
            "box_public": box_public.hex(),
            "status": "active",
        },
        {
            "profile_id": uuid7(),
            "name": "Revoked laptop",
            "role": "interviewer",
            "device": "lost",
            "signing_public": bytes(keys.revoked.verify_key).hex(),
            "box_public": bytes(nacl.public.PrivateKey.generate().public_key).hex(),
            "status": "revoked",
        },
    ]
    (HERE / "keys.json").write_text(
        json.dumps(
            {
                "comment": "TEST KEYS ONLY. Never use them for anything else.",
                "org_id": keys.org_id,
                "hq_signing_seed": bytes(keys.hq_signing).hex(),
                "hq_signing_public": bytes(keys.hq_signing.verify_key).hex(),
                "hq_box_secret": bytes(keys.hq_box).hex(),
                "hq_box_public": hq.hex(),
                "clinical_box_public": bytes(keys.clinical.public_key).hex(),
                "roster": roster,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {len(list(HERE.glob('*.vector')))} vectors to {HERE}")


def resign(body: bytes, seed: bytes) -> bytes:
    digest = hashlib.sha256(body).digest()
    return body + nacl.signing.SigningKey(seed).sign(bundle.SIGNATURE_CONTEXT + digest).signature


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[1]))
    main()
    del canonical
