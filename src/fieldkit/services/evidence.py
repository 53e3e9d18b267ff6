"""Exhibits: intake (encrypted, hashed, with a first custody entry), viewing, export."""

from __future__ import annotations

import mimetypes
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from fieldkit.domain import vocabulary
from fieldkit.domain.evidence import CustodyEntry, Exhibit
from fieldkit.domain.ids import check_id, utc_now, uuid7
from fieldkit.domain.interview import Interview
from fieldkit.domain.validation import check_codes
from fieldkit.errors import FieldKitError, InvalidRecord, RecordNotFound
from fieldkit.services.session import Session
from fieldkit.store import audit, exhibits, revisions

MAX_VIEW_BYTES = 64 << 20


@dataclass(frozen=True)
class AttachedExhibit:
    exhibit_id: str
    custody_id: str
    sha256: str
    size: int


def attach(
    session: Session,
    interview_id: str,
    source_path: Path,
    details: Exhibit,
    *,
    received_from: str = "",
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AttachedExhibit:
    """Encrypt a file into the vault as an exhibit of ``interview_id``.

    The SHA-256 of the plaintext is computed while the file streams in; a custody
    entry records the intake.
    """
    session.require_kind("exhibit")
    vault = session.vault
    parent = revisions.latest(vault, check_id(interview_id, "interview id"))
    if not isinstance(parent.body, Interview):
        raise InvalidRecord("Exhibits belong to interviews; that id is not an interview.")
    check_codes(details)
    try:
        handle = source_path.open("rb")
    except OSError as exc:
        raise FieldKitError(
            f"The chosen file cannot be read: {exc.strerror}.",
            code="exhibit.unreadable",
        ) from None
    with handle:
        blob = exhibits.ingest(vault, handle, progress=progress, cancelled=cancelled)
    media_type = details.media_type or (
        mimetypes.guess_type(source_path.name)[0] or "application/octet-stream"
    )
    body = replace(
        details,
        interview_id=interview_id,
        sha256=blob.sha256,
        size=blob.size,
        media_type=media_type,
        original_filename=details.original_filename or source_path.name,
        obtained_at=details.obtained_at or utc_now(),
    )
    exhibit_id, custody_id = uuid7(), uuid7()
    custody = CustodyEntry(
        exhibit_id=exhibit_id,
        at=utc_now(),
        from_party=received_from or details.provided_by,
        to_party=session.info.display_name,
        purpose="intake",
        by=session.info.display_name,
    )
    versions = vocabulary.versions()
    with vault.write():
        exhibits.register(vault, blob)
        revisions.append(vault, exhibit_id, body, status="sealed", vocabularies=versions)
        revisions.append(vault, custody_id, custody, status="sealed", vocabularies=versions)
    return AttachedExhibit(exhibit_id, custody_id, blob.sha256, blob.size)


def add_custody(session: Session, entry: CustodyEntry) -> str:
    """Record a transfer of an exhibit (each entry is its own sealed record)."""
    session.require_kind("custody")
    exhibit = revisions.latest(session.vault, check_id(entry.exhibit_id, "exhibit id"))
    if not isinstance(exhibit.body, Exhibit):
        raise InvalidRecord("A custody entry must name an exhibit.")
    custody_id = uuid7()
    with session.vault.write():
        revisions.append(
            session.vault,
            custody_id,
            replace(entry, at=entry.at or utc_now()),
            status="sealed",
            vocabularies=vocabulary.versions(),
        )
    return custody_id


def exhibits_of(session: Session, interview_id: str) -> list[tuple[str, Exhibit]]:
    session.require_kind("exhibit")
    rows = session.vault.conn.execute(
        "SELECT record_id FROM exhibits WHERE interview_id = ? ORDER BY record_id",
        (check_id(interview_id),),
    ).fetchall()
    result = []
    for (record_id,) in rows:
        body = revisions.latest(session.vault, record_id).body
        if isinstance(body, Exhibit):
            result.append((record_id, body))
    return result


def custody_of(session: Session, exhibit_id: str) -> list[CustodyEntry]:
    session.require_kind("custody")
    rows = session.vault.conn.execute(
        "SELECT record_id FROM custody WHERE exhibit_id = ? ORDER BY at, record_id",
        (check_id(exhibit_id),),
    ).fetchall()
    entries = [revisions.latest(session.vault, r[0]).body for r in rows]
    return [e for e in entries if isinstance(e, CustodyEntry)]


def _exhibit(session: Session, exhibit_id: str) -> Exhibit:
    session.require_kind("exhibit")
    body = revisions.latest(session.vault, check_id(exhibit_id)).body
    if not isinstance(body, Exhibit):
        raise RecordNotFound("That id is not an exhibit.")
    return body


def view_chunks(session: Session, exhibit_id: str) -> Iterator[bytes]:
    """Decrypted content in memory, for viewing inside the app only."""
    yield from exhibits.open_chunks(session.vault, _exhibit(session, exhibit_id).sha256)


def view_bytes(session: Session, exhibit_id: str, max_bytes: int = MAX_VIEW_BYTES) -> bytes:
    return exhibits.read_small(session.vault, _exhibit(session, exhibit_id).sha256, max_bytes)


def export_plaintext(session: Session, exhibit_id: str, dest: Path) -> None:
    """Write an UNENCRYPTED copy where the user chose; the fronts warn first. Audited."""
    exhibit = _exhibit(session, exhibit_id)
    exhibits.export_to(session.vault, exhibit.sha256, dest)
    audit.record(session.vault, "exhibit.exported", record=exhibit_id, sha256=exhibit.sha256)
