"""Revisions: the append-only, hash-chained, signed unit of every save.

A revision is an *envelope* (who, when, which record, which place in the
profile's chain) that names its body by hash. The envelope's canonical JSON is
hashed; the hash is what the profile signs and what the next revision points
to. Because the envelope holds only the body's hash, the chain can still be
verified after a body is purged from a laptop under policy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Final

from fieldkit.domain import canonical, serialize
from fieldkit.domain.errors import InvalidRecord
from fieldkit.domain.ids import check_id
from fieldkit.domain.records import KINDS, STATUSES

REVISION_FORMAT: Final = "fieldkit.revision/1"
SIGNATURE_CONTEXT: Final = b"fieldkit.revision-signature/1\x00"
HEAD_FORMAT: Final = "fieldkit.chain-head/1"
HEAD_SIGNATURE_CONTEXT: Final = b"fieldkit.chain-head-signature/1\x00"


@dataclass(frozen=True)
class Envelope:
    format: str
    profile_id: str
    seq: int  # 1, 2, 3 ... per profile, no gaps
    prev_hash: str | None  # hash of revision seq-1, None for seq 1
    record_id: str
    kind: str
    revision: int  # 1, 2, 3 ... per record
    supersedes: str | None  # hash of the record's previous revision
    status: str  # draft | sealed | withdrawn, after this revision
    reason: str  # why a sealed record changed; "" otherwise
    created_at: str  # UTC
    zone: str  # the author's local zone at that moment
    author_role: str
    body_sha256: str
    vocabularies: dict[str, str]


def envelope_bytes(envelope: Envelope) -> bytes:
    return canonical.dumps(serialize.to_json(envelope))


def envelope_hash(envelope: Envelope) -> str:
    return canonical.sha256_hex(envelope_bytes(envelope))


def signing_message(revision_hash: str) -> bytes:
    """What the profile's Ed25519 key signs: a purpose string, then the hash."""
    return SIGNATURE_CONTEXT + bytes.fromhex(revision_hash)


def parse_envelope(untrusted: bytes) -> Envelope:
    value = canonical.parse(untrusted)
    if not isinstance(value, dict) or value.get("format") != REVISION_FORMAT:
        raise InvalidRecord("This is not a FieldKit revision.", code="revision.format")
    envelope = serialize.from_json(Envelope, value, "revision")
    if (
        envelope.seq < 1
        or envelope.revision < 1
        or envelope.status not in STATUSES
        or envelope.kind not in KINDS
        or (envelope.prev_hash is None) != (envelope.seq == 1)
        or (envelope.supersedes is None) != (envelope.revision == 1)
    ):
        raise InvalidRecord(
            "The revision's numbering, status or kind is invalid.", code="revision.format"
        )
    check_id(envelope.record_id)
    check_id(envelope.profile_id, "profile id")
    return envelope


@dataclass(frozen=True)
class StoredRevision:
    """A revision as it sits in a vault or a bundle: bytes as they were signed."""

    envelope: bytes
    hash: str
    signature: bytes
    body: bytes | None  # None once purged


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_broken_seq: int | None = None
    problem: str = ""
    code: str = ""


def _broken(checked: int, seq: int, code: str, problem: str) -> ChainReport:
    return ChainReport(False, checked, seq, problem, code)


def verify_chain(
    revisions: Iterable[StoredRevision],
    verify_signature: Callable[[bytes, bytes], bool],
    profile_id: str,
    expected_head: tuple[int, str | None] | None = None,
) -> ChainReport:
    """Check every revision of one profile in sequence order; stop at the first break.

    ``verify_signature(message, signature)`` is the profile key's check (crypto is
    injected so this stays pure). ``expected_head`` is the (seq, hash) of the
    newest revision recorded elsewhere; a chain that ends before it was rolled
    back or cut.
    """
    prev: str | None = None
    seq = 0
    hash_at_head: str | None = None
    for stored in revisions:
        seq += 1
        if expected_head is not None and seq == expected_head[0]:
            hash_at_head = stored.hash
        try:
            env = parse_envelope(stored.envelope)
        except InvalidRecord as exc:
            return _broken(seq - 1, seq, "revision.malformed", exc.message)
        if canonical.sha256_hex(stored.envelope) != stored.hash:
            return _broken(seq - 1, seq, "revision.hash", "the revision does not match its hash")
        if env.seq != seq:
            return _broken(
                seq - 1,
                seq,
                "revision.sequence",
                f"expected revision number {seq} but found {env.seq}: "
                "a revision was deleted or reordered",
            )
        if env.profile_id != profile_id:
            return _broken(
                seq - 1, seq, "revision.profile", "the revision belongs to another profile"
            )
        if env.prev_hash != prev:
            return _broken(
                seq - 1,
                seq,
                "revision.link",
                "the revision does not point to the one before it",
            )
        if not verify_signature(signing_message(stored.hash), stored.signature):
            return _broken(seq - 1, seq, "revision.signature", "the signature is not valid")
        if stored.body is not None and canonical.sha256_hex(stored.body) != env.body_sha256:
            return _broken(
                seq - 1, seq, "revision.body", "the record content does not match its hash"
            )
        prev = stored.hash
    if expected_head is not None:
        head_seq, head_hash = expected_head
        if seq < head_seq:
            return _broken(
                seq,
                seq + 1,
                "revision.rollback",
                f"the chain ends at revision {seq} but revision {head_seq} was recorded: "
                "revisions were removed or an older copy was restored",
            )
        if head_seq > 0 and hash_at_head != head_hash:
            return _broken(
                seq,
                head_seq,
                "revision.fork",
                "the recorded newest revision is not the one in the chain",
            )
    return ChainReport(True, seq)


def head_message(profile_id: str, seq: int, head_hash: str | None) -> bytes:
    """Signed statement of the newest revision, kept outside the database too."""
    body: dict[str, Any] = {
        "format": HEAD_FORMAT,
        "profile_id": profile_id,
        "seq": seq,
        "hash": head_hash,
    }
    return HEAD_SIGNATURE_CONTEXT + canonical.dumps(body)
