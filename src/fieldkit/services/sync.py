"""Use cases for enrollment, export to USB, import at HQ and receipts."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldkit.crypto.atomic import atomic_write_bytes, atomic_writer
from fieldkit.errors import FieldKitError
from fieldkit.services.session import Session
from fieldkit.store import revisions
from fieldkit.sync import export, importer, org, purge, receipts
from fieldkit.sync.export import ExportResult, Pending
from fieldkit.sync.importer import ImportOutcome
from fieldkit.sync.org import Device, Org

__all__ = [
    "Device",
    "ExportResult",
    "ImportOutcome",
    "Org",
    "Pending",
    "SyncStatus",
]

MAX_DOCUMENT_FILE = 4 << 20
BUNDLE_SUFFIX = ".fkb"


def _read_small(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_DOCUMENT_FILE + 1)
    except OSError as exc:
        raise FieldKitError(
            f"Cannot read {path.name}: {exc.strerror}.", code="file.unreadable"
        ) from None
    if len(data) > MAX_DOCUMENT_FILE:
        raise FieldKitError(
            f"{path.name} is too large to be a FieldKit document.", code="document.too_large"
        )
    return data


# -- HQ -------------------------------------------------------------------------------


def setup_organisation(
    session: Session, name: str, clinical_request: Path, out: Path, *, inbox_url: str | None = None
) -> Org:
    """Create HQ's keys; write the provisioning file for laptops to ``out``."""
    data = org.setup_org(session.vault, name, _read_small(clinical_request), inbox_url=inbox_url)
    atomic_write_bytes(out, data)
    return org.require_org(session.vault)


def write_provisioning(session: Session, out: Path) -> None:
    atomic_write_bytes(out, org.provisioning_file(session.vault))


def receive_request(session: Session, path: Path) -> dict[str, Any]:
    """Store a laptop's request; the coordinator compares ``fingerprint`` before approving."""
    document = org.receive_request(session.vault, _read_small(path))
    return {**document, "fingerprint": org.request_fingerprint(document)}


def pending_requests(session: Session) -> list[dict[str, Any]]:
    return [
        {**d, "fingerprint": org.request_fingerprint(d)}
        for d in org.pending_requests(session.vault)
    ]


def approve(session: Session, profile_id: str) -> int:
    return org.approve(session.vault, profile_id)


def revoke(session: Session, profile_id: str) -> int:
    return org.revoke(session.vault, profile_id)


def devices(session: Session) -> list[Device]:
    return org.devices(session.vault)


def write_roster(session: Session, out: Path) -> None:
    atomic_write_bytes(out, org.roster_file(session.vault))


def import_roster(session: Session, path: Path) -> int:
    return org.import_roster(session.vault, _read_small(path))


def bundle_files(paths: Iterable[Path]) -> list[Path]:
    """Bundle files among ``paths``; folders (a whole USB stick) are searched."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob(f"*{BUNDLE_SUFFIX}") if p.is_file())
        elif path.suffix == BUNDLE_SUFFIX or path.is_file():
            found.append(path)
    return found


def import_bundles(
    session: Session,
    paths: Iterable[Path],
    *,
    receipts_dir: Path | None = None,
    progress: Callable[[int, int, int, int], None] | None = None,
) -> list[ImportOutcome]:
    """Import each bundle in turn; a bad one is quarantined and the rest go on."""
    files = bundle_files(paths)
    outcomes = []
    for index, path in enumerate(files):

        def step(done: int, total: int, index: int = index) -> None:
            if progress is not None:
                progress(index, len(files), done, total)

        outcomes.append(
            importer.import_bundle(session.vault, path, receipts_dir=receipts_dir, progress=step)
        )
    return outcomes


@dataclass(frozen=True)
class HqRecord:
    record_id: str
    profile_id: str
    kind: str
    revision: int
    status: str
    case_number: str
    city: str
    interview_date: str


def hq_records(session: Session, limit: int = 1000) -> list[HqRecord]:
    """The current state of each record across every laptop."""
    return [
        HqRecord(*row)
        for row in session.vault.conn.execute(
            "SELECT record_id, profile_id, kind, revision, status, case_number, city,"
            " interview_date FROM hq_records ORDER BY interview_date DESC, record_id LIMIT ?",
            (limit,),
        )
    ]


def hq_history(session: Session, record_id: str) -> list[tuple[int, str, str, str]]:
    """(revision, status, created_at, hash) of every revision HQ holds of a record."""
    return [
        (r[0], r[1], r[2], r[3])
        for r in session.vault.conn.execute(
            "SELECT revision, status, created_at, hash FROM hq_revisions WHERE record_id = ?"
            " ORDER BY revision",
            (record_id,),
        )
    ]


def missing_bundles(session: Session) -> dict[str, list[int]]:
    from fieldkit.sync.manifest import missing_bundles as missing  # noqa: PLC0415

    result = {}
    for device in org.devices(session.vault):
        gaps = missing(session.vault, device.profile_id)
        if gaps:
            result[f"{device.name} ({device.device})"] = gaps
    return result


def held_bundles(session: Session) -> list[Path]:
    """Psychologists' bundles HQ holds unread, to forward to the clinical lead."""
    folder = session.vault.folder / "held"
    return sorted(folder.glob(f"*{BUNDLE_SUFFIX}")) if folder.is_dir() else []


def forward_held(session: Session, dest_dir: Path) -> list[Path]:
    """Copy every held bundle to ``dest_dir`` (a USB stick for the clinical lead).

    The files stay sealed to the clinical key: copying them reveals nothing.
    """
    dest_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for source in held_bundles(session):
        target = dest_dir / source.name
        with source.open("rb") as handle, atomic_writer(target) as out:
            shutil.copyfileobj(handle, out, 1 << 20)
        written.append(target)
    return written


def quarantine(session: Session) -> list[tuple[str, str, str, str]]:
    return [
        (r[0], r[1], r[2], r[3])
        for r in session.vault.conn.execute(
            "SELECT at, file_name, reason, message FROM quarantine ORDER BY id DESC"
        )
    ]


# -- field ----------------------------------------------------------------------------


def read_provisioning(path: Path) -> dict[str, Any]:
    """Check a provisioning file and return it with the HQ fingerprint to compare aloud."""
    document = org.read_provisioning(_read_small(path))
    return {**document, "fingerprint": org.provisioning_fingerprint(document)}


def join(session: Session, provisioning: Path, device: str) -> Org:
    return org.join(session.vault, _read_small(provisioning), device)


def write_request(session: Session, out: Path, device: str = "") -> str:
    """Write this profile's enrollment request; returns its fingerprint."""
    atomic_write_bytes(out, org.enrollment_request(session.vault, device))
    return session.fingerprint


def current_org(session: Session) -> Org | None:
    return org.current_org(session.vault)


def pending(session: Session) -> Pending:
    return export.pending(session.vault)


def export_bundle(
    session: Session,
    dest_dir: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    return export.export_bundle(session.vault, dest_dir, progress=progress, cancelled=cancelled)


def apply_receipt(session: Session, path: Path) -> receipts.AppliedReceipt:
    """Verify a receipt, mark what it covers as safe at HQ, then apply the purge policy."""
    applied = receipts.apply(session.vault, _read_small(path))
    purge.run(session.vault)
    return applied


def purge_policy(session: Session) -> str:
    return purge.policy(session.vault)


def set_purge_policy(session: Session, value: str) -> None:
    """``off`` (the default), ``after_receipt`` or ``after_receipt_days:N``."""
    purge.set_policy(session.vault, value)


def purge_now(session: Session) -> purge.PurgeResult:
    return purge.run(session.vault)


@dataclass(frozen=True)
class SyncStatus:
    pending_revisions: int
    pending_exhibits: int
    last_receipt_at: str | None
    bundles_written: int


def status(session: Session) -> SyncStatus:
    p = export.pending(session.vault)
    row = session.vault.conn.execute(
        "SELECT max(receipt_at), count(*) FROM outbox_bundles"
    ).fetchone()
    return SyncStatus(p.revisions, p.exhibits, row[0], int(row[1]))


def safe_at_hq(session: Session, record_id: str) -> bool:
    """True when HQ acknowledged the record's newest revision."""
    latest = revisions.latest(session.vault, record_id)
    row = session.vault.conn.execute(
        "SELECT 1 FROM acknowledged_revisions WHERE hash = ?", (latest.hash,)
    ).fetchone()
    return row is not None
