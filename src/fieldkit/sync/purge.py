"""Purge on the laptop: content HQ has acknowledged may be removed, leaving hash stubs.

Off by default. Only sealed or withdrawn records whose every revision HQ has
acknowledged are purged, and exhibits only when HQ acknowledged them too.
The revision chain stays whole (envelopes name bodies by hash), so ``verify``
still passes; the purge is written to the audit chain.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from fieldkit.domain.errors import FieldKitError
from fieldkit.domain.ids import utc_now
from fieldkit.store import audit, exhibits
from fieldkit.store.vault import Vault

_POLICY = re.compile(r"^(off|after_receipt|after_receipt_days:(\d{1,4}))$")


class PolicyInvalid(FieldKitError):
    code = "purge.bad_policy"


def policy(vault: Vault) -> str:
    row = vault.conn.execute("SELECT value FROM meta WHERE key = 'purge_policy'").fetchone()
    return "off" if row is None else str(row[0])


def set_policy(vault: Vault, value: str) -> None:
    """``off``, ``after_receipt`` or ``after_receipt_days:N``."""
    if not _POLICY.fullmatch(value):
        raise PolicyInvalid("The purge policy must be off, after_receipt or after_receipt_days:N.")
    with vault.write() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('purge_policy', ?)", (value,)
        )


@dataclass(frozen=True)
class PurgeResult:
    records: int
    exhibits: int


def _cutoff(value: str, now: datetime) -> str | None:
    match = _POLICY.fullmatch(value)
    if match is None or value == "off":
        return None
    days = int(match.group(2) or 0)
    return (now - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def run(vault: Vault, *, now: datetime | None = None) -> PurgeResult:
    """Apply the profile's policy; returns what was removed."""
    cutoff = _cutoff(policy(vault), now or datetime.now(UTC))
    if cutoff is None:
        return PurgeResult(0, 0)
    conn = vault.conn
    candidates = [
        r[0]
        for r in conn.execute(
            "SELECT c.record_id FROM records c WHERE c.purged_at IS NULL"
            " AND c.status IN ('sealed', 'withdrawn')"
            " AND NOT EXISTS (SELECT 1 FROM revisions r WHERE r.record_id = c.record_id"
            "   AND r.hash NOT IN (SELECT hash FROM acknowledged_revisions WHERE acked_at <= ?))",
            (cutoff,),
        )
    ]
    removed_files = []
    with vault.write():
        for record_id in candidates:
            _purge_record(vault, record_id)
        for sha, name in conn.execute(
            "SELECT b.sha256, b.blob_name FROM exhibit_blobs b"
            " JOIN acknowledged_exhibits a ON a.sha256 = b.sha256"
            " WHERE a.acked_at <= ? AND b.purged_at IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM exhibits e JOIN records c ON c.record_id = e.record_id"
            "   WHERE e.sha256 = b.sha256 AND c.purged_at IS NULL)",
            (cutoff,),
        ).fetchall():
            conn.execute(
                "UPDATE exhibit_blobs SET file_key = zeroblob(32), purged_at = ? WHERE sha256 = ?",
                (utc_now(), sha),
            )
            removed_files.append(vault.exhibits_dir / f"{name}{exhibits.SUFFIX}")
        if candidates or removed_files:
            audit.record(vault, "purge", records=len(candidates), exhibits=len(removed_files))
    for path in removed_files:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    return PurgeResult(len(candidates), len(removed_files))


def _purge_record(vault: Vault, record_id: str) -> None:
    conn = vault.conn
    conn.execute(
        "DELETE FROM revision_bodies"
        " WHERE hash IN (SELECT hash FROM revisions WHERE record_id = ?)",
        (record_id,),
    )
    row = conn.execute("SELECT id FROM interviews WHERE record_id = ?", (record_id,)).fetchone()
    if row is not None:
        conn.execute("DELETE FROM interview_text WHERE rowid = ?", (row[0],))
        conn.execute(
            "UPDATE interviews SET case_number = '', person_code = '', city = '', categories = '',"
            " status = 'purged' WHERE id = ?",
            (row[0],),
        )
    conn.execute("UPDATE persons SET code = '', match_key = NULL WHERE record_id = ?", (record_id,))
    conn.execute(
        "UPDATE notes SET person_code = '', risk_level = '' WHERE record_id = ?", (record_id,)
    )
    conn.execute("UPDATE records SET purged_at = ? WHERE record_id = ?", (utc_now(), record_id))
