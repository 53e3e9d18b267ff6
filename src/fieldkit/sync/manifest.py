"""Checking a bundle's manifest against the header, the roster and HQ's ledger."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from fieldkit.crypto.bundle import RECIPIENT_CLINICAL, BundleHeader, BundleRejected
from fieldkit.domain.errors import FieldKitError
from fieldkit.domain.ids import check_id
from fieldkit.store.vault import Vault
from fieldkit.sync.org import Device

_HEX64 = re.compile(r"[0-9a-f]{64}")
FIELDS = {
    "format",
    "bundle_id",
    "profile_id",
    "role",
    "device",
    "signing_public",
    "recipient",
    "seq",
    "prev_bundle_hash",
    "created_at",
    "revisions",
    "exhibits",
    "chain_head",
    "payload_length",
}


MAX_BUNDLE_SEQ = 1 << 31  # a laptop writing a bundle a minute needs 4000 years
MAX_MISSING_LISTED = 100


def _whole(value: object) -> bool:
    return type(value) is int


def reject(reason: str, message: str) -> BundleRejected:
    return BundleRejected(reason, message)


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    profile_id: str
    seq: int
    prev_bundle_hash: str | None
    revisions: int
    exhibits: tuple[tuple[str, int], ...]
    chain_head_seq: int
    created_at: str


def check(untrusted: dict[str, Any], header: BundleHeader, device: Device) -> Manifest:
    """Shape and consistency with the header and the roster entry (``bad-manifest``)."""
    bad = "The bundle's manifest is malformed or does not match the sending device."
    try:
        if set(untrusted) != FIELDS or untrusted["format"] != "fieldkit.bundle-manifest/1":
            raise ValueError("fields")
        check_id(untrusted["bundle_id"], "bundle id")
        if untrusted["profile_id"] != device.profile_id or untrusted["role"] != device.role:
            raise ValueError("device")
        if untrusted["signing_public"] != header.sender_public.hex():
            raise ValueError("key")
        clinical = header.recipient_kind == RECIPIENT_CLINICAL
        if untrusted["recipient"] != ("clinical" if clinical else "hq"):
            raise ValueError("recipient")
        if (device.role == "psychologist") != clinical:
            raise ValueError("role recipient")
        seq, count, length = untrusted["seq"], untrusted["revisions"], untrusted["payload_length"]
        if not all(_whole(v) for v in (seq, count, length)):
            raise ValueError("ints")
        if not 1 <= seq <= MAX_BUNDLE_SEQ or count < 0 or length != header.payload_length:
            raise ValueError("ranges")
        prev = untrusted["prev_bundle_hash"]
        if (seq == 1) != (prev is None) or (prev is not None and not _HEX64.fullmatch(str(prev))):
            raise ValueError("prev")
        head = untrusted["chain_head"]
        if not isinstance(head, dict) or set(head) != {"seq", "hash"}:
            raise ValueError("head")
        if not _whole(head["seq"]) or head["seq"] < 0:
            raise ValueError("head seq")
        if head["hash"] is not None and not _HEX64.fullmatch(str(head["hash"])):
            raise ValueError("head hash")
        if (head["seq"] == 0) != (head["hash"] is None):
            raise ValueError("head")
        exhibits = []
        for entry in untrusted["exhibits"]:
            if set(entry) != {"sha256", "size"} or not _HEX64.fullmatch(str(entry["sha256"])):
                raise ValueError("exhibit")
            if not _whole(entry["size"]) or entry["size"] < 0:
                raise ValueError("exhibit size")
            exhibits.append((str(entry["sha256"]), int(entry["size"])))
        if not isinstance(untrusted["created_at"], str) or not isinstance(untrusted["device"], str):
            raise ValueError("strings")
    except (KeyError, TypeError, ValueError, AttributeError, FieldKitError):
        raise reject("bad-manifest", bad) from None
    return Manifest(
        untrusted["bundle_id"],
        device.profile_id,
        seq,
        prev,
        count,
        tuple(exhibits),
        head["seq"],
        untrusted["created_at"],
    )


def check_sequence(vault: Vault, manifest: Manifest, bundle_hash: str, device: Device) -> None:
    """Forks and rollbacks against the bundles HQ already holds from this laptop."""
    conn = vault.conn
    same = conn.execute(
        "SELECT bundle_hash FROM hq_bundles WHERE profile_id = ? AND seq = ?",
        (manifest.profile_id, manifest.seq),
    ).fetchone()
    if same is not None and same[0] != bundle_hash:
        raise reject(
            "fork",
            f"Laptop {device.name} ({device.device}) produced two different "
            f"bundles numbered {manifest.seq}. Keep both files and contact the laptop's "
            "owner: the laptop may have been restored from a backup or copied.",
        )
    before = conn.execute(
        "SELECT bundle_hash FROM hq_bundles WHERE profile_id = ? AND seq = ?",
        (manifest.profile_id, manifest.seq - 1),
    ).fetchone()
    if before is not None and before[0] != manifest.prev_bundle_hash:
        raise reject(
            "fork",
            f"Bundle {manifest.seq} from {device.name} does not follow the "
            f"bundle {manifest.seq - 1} HQ holds: the laptop's history forked.",
        )
    after = conn.execute(
        "SELECT prev_bundle_hash FROM hq_bundles WHERE profile_id = ? AND seq = ?"
        " AND prev_bundle_hash IS NOT NULL",
        (manifest.profile_id, manifest.seq + 1),
    ).fetchone()
    if after is not None and after[0] != bundle_hash:
        raise reject(
            "fork",
            f"Bundle {manifest.seq} from {device.name} is not the one the bundle "
            f"{manifest.seq + 1} HQ holds follows: the laptop's history forked.",
        )
    highest, lowest = conn.execute(
        "SELECT max(CASE WHEN seq < ? THEN chain_head_seq END),"
        " min(CASE WHEN seq > ? THEN chain_head_seq END)"
        " FROM hq_bundles WHERE profile_id = ? AND status = 'imported'",
        (manifest.seq, manifest.seq, manifest.profile_id),
    ).fetchone()
    if (highest is not None and manifest.chain_head_seq < int(highest)) or (
        lowest is not None and manifest.chain_head_seq > int(lowest)  # a gap being filled
    ):
        raise reject(
            "rollback",
            f"Bundle {manifest.seq} from {device.name} holds less than an "
            "earlier bundle: the laptop's records went backwards (restored from an old "
            "backup?). Nothing was imported.",
        )


def missing_bundles(vault: Vault, profile_id: str) -> list[int]:
    """Sequence numbers HQ has not received below the highest it has (the first 100)."""
    missing: list[int] = []
    expected = 1
    for (seq,) in vault.conn.execute(
        "SELECT seq FROM hq_bundles WHERE profile_id = ? AND seq IS NOT NULL ORDER BY seq",
        (profile_id,),
    ):
        while expected < seq and len(missing) < MAX_MISSING_LISTED:
            missing.append(expected)
            expected += 1
        if len(missing) >= MAX_MISSING_LISTED:
            break
        expected = int(seq) + 1
    return missing
