"""The audit chain: unlock, seal, export, print, import and purge events.

Each entry is canonical JSON linked to the one before by hash and signed by
the profile. Entries hold ids, counts and hashes only, never testimony.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from fieldkit.domain import canonical
from fieldkit.domain.errors import InvalidRecord
from fieldkit.domain.ids import utc_now
from fieldkit.store.vault import Vault

AUDIT_FORMAT: Final = "fieldkit.audit/1"
AUDIT_SIGNATURE_CONTEXT: Final = b"fieldkit.audit-signature/1\x00"
AUDIT_HEAD_CONTEXT: Final = b"fieldkit.audit-head-signature/1\x00"
EVENTS: Final = frozenset(
    {
        "profile.created",
        "unlock",
        "lock",
        "passphrase.changed",
        "seal",
        "correct",
        "withdraw",
        "export",
        "print",
        "import",
        "purge",
        "identity.revealed",
        "exhibit.exported",
        "enroll",
        "revoke",
        "receipt",
    }
)
DetailValue = str | int | bool | None


def record(vault: Vault, event: str, **detail: DetailValue) -> str:
    """Append one event; returns its hash. Joins the caller's transaction if any."""
    if event not in EVENTS:
        raise ValueError(f"unknown audit event {event}")
    with vault.write() as conn:
        last = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (1, None) if last is None else (int(last[0]) + 1, last[1])
        at = utc_now()
        entry = canonical.dumps(
            {
                "format": AUDIT_FORMAT,
                "seq": seq,
                "at": at,
                "event": event,
                "profile_id": vault.info.id,
                "prev": prev,
                "detail": detail,
            }
        )
        entry_hash = canonical.sha256_hex(entry)
        signature = vault.sign(AUDIT_SIGNATURE_CONTEXT + bytes.fromhex(entry_hash))
        conn.execute(
            "INSERT INTO audit (seq, at, event, entry, prev_hash, hash, signature)"
            " VALUES (?,?,?,?,?,?,?)",
            (seq, at, event, entry, prev, entry_hash, signature),
        )
        head = canonical.dumps({"seq": seq, "hash": entry_hash})
        head_sig = vault.sign(AUDIT_HEAD_CONTEXT + head)
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', ?)",
            (
                canonical.dumps(
                    {"seq": seq, "hash": entry_hash, "signature": head_sig.hex()}
                ).decode(),
            ),
        )
    return entry_hash


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    event: str
    detail: dict[str, DetailValue]


def entries(vault: Vault, limit: int = 1000) -> list[AuditEntry]:
    rows = vault.conn.execute(
        "SELECT entry FROM audit ORDER BY seq DESC LIMIT ?", (limit,)
    ).fetchall()
    result = []
    for (entry,) in rows:
        value = canonical.parse(bytes(entry))
        result.append(AuditEntry(value["seq"], value["at"], value["event"], value["detail"]))
    return result


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    checked: int
    first_broken_seq: int | None = None
    problem: str = ""


def verify(vault: Vault) -> AuditReport:
    prev: str | None = None
    expected = 0
    for seq, stored_entry, stored_hash, signature in vault.conn.execute(
        "SELECT seq, entry, hash, signature FROM audit ORDER BY seq"
    ):
        expected += 1
        entry = bytes(stored_entry)
        try:
            value = canonical.parse(entry)
        except InvalidRecord:
            return AuditReport(False, expected - 1, seq, "an audit entry is malformed")
        if canonical.sha256_hex(entry) != stored_hash:
            return AuditReport(False, expected - 1, seq, "an audit entry does not match its hash")
        if value.get("seq") != expected or seq != expected:
            return AuditReport(
                False, expected - 1, seq, "an audit entry is missing or out of order"
            )
        if value.get("prev") != prev:
            return AuditReport(
                False, expected - 1, seq, "an audit entry is not linked to the one before"
            )
        if not vault.verify_own(
            AUDIT_SIGNATURE_CONTEXT + bytes.fromhex(stored_hash), bytes(signature)
        ):
            return AuditReport(False, expected - 1, seq, "an audit entry's signature is not valid")
        prev = stored_hash
    return _check_head(vault, expected, prev)


def _check_head(vault: Vault, count: int, last_hash: str | None) -> AuditReport:
    """The signed audit head in ``meta`` catches entries cut from the end of the chain."""
    row = vault.conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if row is None:
        if count:
            return AuditReport(False, count, None, "the audit head record is missing")
        return AuditReport(True, count)
    try:
        value = canonical.parse(str(row[0]).encode("utf-8"))
        seq, head_hash = value["seq"], value["hash"]
        signature = bytes.fromhex(value["signature"])
    except (InvalidRecord, KeyError, TypeError, ValueError):
        return AuditReport(False, count, None, "the audit head record is damaged")
    message = AUDIT_HEAD_CONTEXT + canonical.dumps({"seq": seq, "hash": head_hash})
    if not vault.verify_own(message, signature):
        return AuditReport(False, count, None, "the audit head's signature is not valid")
    if seq != count or head_hash != last_hash:
        return AuditReport(
            False,
            count,
            min(seq, count + 1),
            f"the audit chain ends at entry {count} but entry {seq} was recorded",
        )
    return AuditReport(True, count)
