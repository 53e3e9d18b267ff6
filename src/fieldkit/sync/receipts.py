"""Receipts: HQ's signed word that a bundle's revisions and exhibits are safe at HQ."""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.crypto import signed_doc
from fieldkit.domain.errors import FieldKitError
from fieldkit.domain.ids import utc_now
from fieldkit.store import audit
from fieldkit.store.vault import Vault
from fieldkit.sync.org import HQ_SIGNING, require_org


class ReceiptInvalid(FieldKitError):
    code = "receipt.invalid"


def issue(vault: Vault, bundle_hash: str) -> tuple[bytes, str]:
    """The signed receipt for an imported or held bundle, and its file name."""
    org = require_org(vault)
    row = vault.conn.execute(
        "SELECT profile_id, seq, status, chain_head_seq FROM hq_bundles WHERE bundle_hash = ?",
        (bundle_hash,),
    ).fetchone()
    if row is None:
        raise ReceiptInvalid("HQ has no such bundle.", code="receipt.unknown_bundle")
    profile_id, seq, status, head = row
    revisions = [
        r[0]
        for r in vault.conn.execute(
            "SELECT hash FROM hq_revisions WHERE bundle_hash = ? ORDER BY seq", (bundle_hash,)
        )
    ]
    document = {
        "format": "fieldkit.receipt/1",
        "org_id": org.org_id,
        "profile_id": profile_id,
        "bundle_seq": seq,
        "bundle_hash": bundle_hash,
        "status": status,
        "chain_head_seq": head,
        "revisions": revisions,
        "exhibits": _exhibits_of(vault, bundle_hash),
        "issued_at": utc_now(),
    }
    data = signed_doc.sign_document("receipt", document, vault.secret(HQ_SIGNING))
    return data, f"fieldkit-receipt-{profile_id}-{bundle_hash[:16]}.fkr"


def _exhibits_of(vault: Vault, bundle_hash: str) -> list[str]:
    return [
        r[0]
        for r in vault.conn.execute(
            "SELECT sha256 FROM hq_bundle_exhibits WHERE bundle_hash = ? ORDER BY sha256",
            (bundle_hash,),
        )
    ]


@dataclass(frozen=True)
class AppliedReceipt:
    bundle_seq: int
    revisions_acknowledged: int
    exhibits_acknowledged: int


def apply(vault: Vault, untrusted: bytes) -> AppliedReceipt:
    """On the laptop: verify a receipt with the HQ key and mark what it covers as safe."""
    org = require_org(vault)
    document = signed_doc.open_document("receipt", untrusted, org.hq_signing_public)
    if document.get("org_id") != org.org_id or document.get("profile_id") != vault.info.id:
        raise ReceiptInvalid(
            "This receipt is for another profile or organisation.", code="receipt.other_profile"
        )
    bundle_hash = document.get("bundle_hash")
    row = vault.conn.execute(
        "SELECT seq, chain_head_seq FROM outbox_bundles WHERE bundle_hash = ?", (bundle_hash,)
    ).fetchone()
    if row is None:
        raise ReceiptInvalid(
            "This receipt names a bundle this profile did not write.",
            code="receipt.not_ours",
        )
    seq, head = int(row[0]), int(row[1])
    now = utc_now()
    with vault.write() as conn:
        # Every bundle carries all unacknowledged revisions up to its chain head, so a
        # receipt for it covers every revision up to that head.
        revs = conn.execute(
            "INSERT OR IGNORE INTO acknowledged_revisions (hash, bundle_seq, acked_at)"
            " SELECT hash, ?, ? FROM revisions WHERE seq <= ?",
            (seq, now, head),
        ).rowcount
        sent = {str(s) for s in document.get("exhibits", []) if isinstance(s, str)}
        local = [r[0] for r in conn.execute("SELECT sha256 FROM exhibit_blobs")]
        ex = 0
        for sha in local:
            if sha in sent:
                ex += conn.execute(
                    "INSERT OR IGNORE INTO acknowledged_exhibits (sha256, bundle_seq, acked_at)"
                    " VALUES (?,?,?)",
                    (sha, seq, now),
                ).rowcount
        conn.execute(
            "INSERT OR REPLACE INTO receipts (bundle_seq, document, imported_at) VALUES (?,?,?)",
            (seq, untrusted, now),
        )
        conn.execute("UPDATE outbox_bundles SET receipt_at = ? WHERE seq = ?", (now, seq))
        audit.record(vault, "receipt", bundle_seq=seq, revisions=revs, exhibits=ex)
    return AppliedReceipt(seq, revs, ex)
