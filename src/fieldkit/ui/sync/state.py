"""What the Sync page shows, read in one task, and the purge policy values it offers."""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.services import sync as sync_service
from fieldkit.services.session import Session
from fieldkit.services.sync import Org, SyncStatus

__all__ = [
    "MAX_DAYS",
    "POLICY_AFTER_RECEIPT",
    "POLICY_DAYS",
    "POLICY_OFF",
    "REQUEST_SUFFIX",
    "SyncSnapshot",
    "load_snapshot",
    "parse_policy",
]

POLICY_OFF = "off"
POLICY_AFTER_RECEIPT = "after_receipt"
POLICY_DAYS = "after_receipt_days"
REQUEST_SUFFIX = ".fkq"
MAX_DAYS = 3650


@dataclass(frozen=True)
class SyncSnapshot:
    """What the page shows, read in one task."""

    status: SyncStatus
    org: Org | None
    policy: str
    fingerprint: str
    role: str


def load_snapshot(session: Session) -> SyncSnapshot:
    """Read everything the page shows (on the worker thread)."""
    return SyncSnapshot(
        sync_service.status(session),
        sync_service.current_org(session),
        sync_service.purge_policy(session),
        session.fingerprint,
        session.info.role,
    )


def parse_policy(value: str) -> tuple[str, int]:
    """``after_receipt_days:30`` -> (``after_receipt_days``, 30); unknown values -> off."""
    if value == POLICY_AFTER_RECEIPT:
        return POLICY_AFTER_RECEIPT, 0
    kind, _, days = value.partition(":")
    if kind == POLICY_DAYS and days.isdigit():
        return POLICY_DAYS, int(days)
    return POLICY_OFF, 0
