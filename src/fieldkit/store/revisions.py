"""Appending revisions to the profile's chain, and reading them back.

``append`` must run inside ``Vault.write()``: the revision row, its body, the
signed chain head and the projections commit together or not at all. After
the commit the head is also written to ``vault.head``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from fieldkit.domain import canonical, serialize
from fieldkit.domain.ids import local_zone, utc_now
from fieldkit.domain.records import RecordBody, body_from_json, kind_of
from fieldkit.domain.revision import (
    REVISION_FORMAT,
    Envelope,
    StoredRevision,
    envelope_bytes,
    head_message,
    parse_envelope,
    signing_message,
)
from fieldkit.errors import InvalidRecord, RecordNotFound, RecordSealed
from fieldkit.store import projections
from fieldkit.store.vault import Vault


@dataclass(frozen=True)
class Appended:
    envelope: Envelope
    hash: str


def record_state(vault: Vault, record_id: str) -> tuple[str, int, str, str] | None:
    """(kind, revision, status, head hash) of a record, or None if it does not exist."""
    row = vault.conn.execute(
        "SELECT kind, revision, status, head_hash FROM records WHERE record_id = ?",
        (record_id,),
    ).fetchone()
    return None if row is None else (row[0], int(row[1]), row[2], row[3])


def append(
    vault: Vault,
    record_id: str,
    body: RecordBody,
    *,
    status: str,
    reason: str = "",
    vocabularies: dict[str, str] | None = None,
) -> Appended:
    """Sign and store a new revision of ``record_id`` holding ``body``."""
    if not vault.conn.in_transaction:
        raise RuntimeError("revisions.append outside Vault.write()")
    kind = kind_of(body)
    state = record_state(vault, record_id)
    if state is None:
        revision, supersedes = 1, None
        if status == "withdrawn":
            raise InvalidRecord("A record cannot begin withdrawn.")
    else:
        old_kind, old_revision, old_status, old_hash = state
        if old_kind != kind:
            raise InvalidRecord("A record cannot change its kind.")
        if old_status in ("sealed", "withdrawn"):
            if status == "draft":
                raise RecordSealed("This record is sealed: it cannot go back to a draft.")
            if old_status == "withdrawn" and status != "withdrawn":
                raise RecordSealed("This record was withdrawn and cannot change any more.")
            if not reason.strip():
                raise RecordSealed("This record is sealed: a correction needs a reason.")
        revision, supersedes = old_revision + 1, old_hash
    body_bytes = canonical.dumps(serialize.to_json(body))
    head = vault.conn.execute("SELECT seq, hash FROM chain_head").fetchone()
    seq, prev = (1, None) if head is None else (int(head[0]) + 1, head[1])
    envelope = Envelope(
        format=REVISION_FORMAT,
        profile_id=vault.info.id,
        seq=seq,
        prev_hash=prev,
        record_id=record_id,
        kind=kind,
        revision=revision,
        supersedes=supersedes,
        status=status,
        reason=reason,
        created_at=utc_now(),
        zone=local_zone(),
        author_role=vault.info.role,
        body_sha256=canonical.sha256_hex(body_bytes),
        vocabularies=dict(vocabularies or {}),
    )
    env_bytes = envelope_bytes(envelope)
    rev_hash = canonical.sha256_hex(env_bytes)
    signature = vault.sign(signing_message(rev_hash))
    conn = vault.conn
    conn.execute(
        "INSERT INTO revisions (seq, hash, record_id, kind, revision, status, created_at,"
        " envelope, signature) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            seq,
            rev_hash,
            record_id,
            kind,
            revision,
            status,
            envelope.created_at,
            env_bytes,
            signature,
        ),
    )
    conn.execute("INSERT INTO revision_bodies (hash, body) VALUES (?, ?)", (rev_hash, body_bytes))
    head_sig = vault.sign(head_message(vault.info.id, seq, rev_hash))
    conn.execute(
        "INSERT INTO chain_head (id, seq, hash, signature) VALUES (1, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash,"
        " signature = excluded.signature",
        (seq, rev_hash, head_sig),
    )
    projections.apply(conn, envelope, rev_hash, body, created=state is None)
    vault.after_commit(vault.write_head_file)
    return Appended(envelope, rev_hash)


def iter_stored(vault: Vault) -> Iterator[StoredRevision]:
    """Every revision in sequence order, as stored (for verification and export)."""
    cursor = vault.conn.execute(
        "SELECT r.envelope, r.hash, r.signature, b.body FROM revisions r"
        " LEFT JOIN revision_bodies b ON b.hash = r.hash ORDER BY r.seq"
    )
    for env, rev_hash, sig, body in cursor:
        yield StoredRevision(
            bytes(env), rev_hash, bytes(sig), None if body is None else bytes(body)
        )


@dataclass(frozen=True)
class LoadedRevision:
    envelope: Envelope
    hash: str
    body: RecordBody | None


def history(vault: Vault, record_id: str) -> list[LoadedRevision]:
    rows = vault.conn.execute(
        "SELECT r.envelope, r.hash, b.body FROM revisions r"
        " LEFT JOIN revision_bodies b ON b.hash = r.hash"
        " WHERE r.record_id = ? ORDER BY r.revision",
        (record_id,),
    ).fetchall()
    if not rows:
        raise RecordNotFound("There is no record with this id in the profile.")
    result = []
    for env_bytes, rev_hash, body_bytes in rows:
        env = parse_envelope(bytes(env_bytes))
        body = (
            None
            if body_bytes is None
            else body_from_json(env.kind, canonical.parse(bytes(body_bytes)))
        )
        result.append(LoadedRevision(env, rev_hash, body))
    return result


def latest(vault: Vault, record_id: str) -> LoadedRevision:
    row = vault.conn.execute(
        "SELECT r.envelope, r.hash, b.body FROM records c JOIN revisions r ON r.hash = c.head_hash"
        " LEFT JOIN revision_bodies b ON b.hash = r.hash WHERE c.record_id = ?",
        (record_id,),
    ).fetchone()
    if row is None:
        raise RecordNotFound("There is no record with this id in the profile.")
    env = parse_envelope(bytes(row[0]))
    body = None if row[2] is None else body_from_json(env.kind, canonical.parse(bytes(row[2])))
    return LoadedRevision(env, row[1], body)
